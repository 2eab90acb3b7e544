"""The classic group models under the active Hypothesis profile (ci in `make test`), the consumer
protocol pieces their clients use, and proof that their checks catch broken coordinators."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import pytest
from hypothesis import Phase, settings
from hypothesis.stateful import run_state_machine_as_test

from models.classic_group_model import GROUP, PARTITION_COUNTS, ClassicGroupMachine
from models.classic_group_offsets_model import ClassicGroupOffsetsMachine
from models.consumer_protocol_client import (
    decode_assignment,
    decode_subscription,
    encode_assignment,
    encode_subscription,
    leader_assignment,
)
from reference.core.groups.classic import ClassicGroupCoordinator
from reference.core.groups.classic_group import ClassicGroup, ClassicGroupState
from reference.core.groups.classic_offsets_view import ClassicGroupDirectory
from reference.core.groups.classic_results import (
    JoinMember,
    JoinResult,
    LeaveResult,
    Pending,
    SyncRequest,
    SyncResult,
)
from reference.core.groups.offsets_classic import ClassicGroupView
from spec.errors import ErrorCode
from spec.invariants import InvariantViolated

STEPS = settings(stateful_step_count=40)
HUNT = settings(STEPS, report_multiple_bugs=False, phases=(Phase.generate,))


def test_classic_group_model_keeps_its_invariants() -> None:
    run_state_machine_as_test(ClassicGroupMachine, settings=STEPS)


def test_classic_group_offsets_model_keeps_its_invariants() -> None:
    run_state_machine_as_test(ClassicGroupOffsetsMachine, settings=STEPS)


# --- the consumer protocol as the model's clients speak it ---------------------------------------

def test_assignment_bytes_round_trip_in_the_kip_429_layout() -> None:
    owned = {"orders": frozenset({0, 2}), "audit": frozenset({0}), "payments": frozenset()}
    data = encode_assignment(owned)
    assert data[:2] == b"\x00\x03"  # version 3, then the assigned partitions, audit first
    assert data[2:6] == b"\x00\x00\x00\x02" and data[6:13] == b"\x00\x05audit"
    assert data[-4:] == b"\xff\xff\xff\xff"  # null user data
    assert decode_assignment(data) == {"orders": frozenset({0, 2}), "audit": frozenset({0})}
    assert decode_assignment(b"") == {}


def test_subscription_bytes_carry_the_topics_in_the_v1_layout() -> None:
    data = encode_subscription(("orders", "audit"))
    assert data[:2] == b"\x00\x01" and data.endswith(b"\xff\xff\xff\xff\x00\x00\x00\x00")
    assert decode_subscription(data) == frozenset({"orders", "audit"})


def _members(*names: str) -> tuple[JoinMember, ...]:
    return tuple(JoinMember(name, None, encode_subscription(("orders", "payments")))
                 for name in names)


def test_leader_assigns_as_kafkas_client_assignors() -> None:
    # RangeAssignor: per topic, contiguous ranges in member order, the first ones one more.
    ranged = leader_assignment("range", _members("c1", "c0"), PARTITION_COUNTS)
    assert ranged["c0"] == {"orders": frozenset({0, 1, 2}), "payments": frozenset({0, 1})}
    assert ranged["c1"] == {"orders": frozenset({3, 4, 5}), "payments": frozenset({2})}
    # RoundRobinAssignor: all partitions, topics by name, dealt to the members in turn.
    dealt = leader_assignment("roundrobin", _members("c1", "c0"), PARTITION_COUNTS)
    assert dealt["c0"] == {"orders": frozenset({0, 2, 4}), "payments": frozenset({0, 2})}
    assert dealt["c1"] == {"orders": frozenset({1, 3, 5}), "payments": frozenset({1})}


def test_static_members_come_first_in_the_assignors_member_order() -> None:
    static = JoinMember("a-dynamic-looking-id", "zz", encode_subscription(("payments",)))
    dynamic = JoinMember("0-first-by-id", None, encode_subscription(("payments",)))
    assigned = leader_assignment("range", (dynamic, static), PARTITION_COUNTS)
    assert assigned["a-dynamic-looking-id"] == {"payments": frozenset({0, 1})}


# --- broken coordinators the models must catch ----------------------------------------------------

class StaleGenerationCoordinator(ClassicGroupCoordinator):
    """Answers followers with the previous generation and the leader with no member list."""

    def current_generation_answer(self, group: ClassicGroup, member_id: str,
                                  leader_id: str | None = None) -> JoinResult:
        answer = super().current_generation_answer(group, member_id, leader_id)
        if answer.leader_id == member_id:
            return dataclasses.replace(answer, members=())
        return dataclasses.replace(answer, generation_id=answer.generation_id - 1)


class StaleGenerationMachine(ClassicGroupMachine):
    coordinator_class = StaleGenerationCoordinator


def test_model_catches_members_told_a_stale_generation() -> None:
    # The leader, told no members, assigns nothing: that shows first at times.
    with pytest.raises(InvariantViolated,
                       match=r"StableMembersCurrent|SubscribedPartitionsAssigned"):
        run_state_machine_as_test(StaleGenerationMachine, settings=HUNT)


class StaleSyncCoordinator(ClassicGroupCoordinator):
    """Answers a SyncGroup from an older generation with the member's current assignment,
    where Kafka says ILLEGAL_GENERATION."""

    def sync(self, request: SyncRequest, now_ms: int) -> SyncResult | Pending:
        group = self.group(request.group_id)
        if (group is not None and group.state is ClassicGroupState.STABLE
                and request.member_id in group.members
                and request.generation_id < group.generation_id):
            return SyncResult(ErrorCode.NONE, group.protocol_type, group.protocol_name,
                              group.members[request.member_id].assignment)
        return super().sync(request, now_ms)


class StaleSyncMachine(ClassicGroupMachine):
    coordinator_class = StaleSyncCoordinator


def _leave_d1_unsynced_in_generation_2(machine: ClassicGroupMachine) -> None:
    """d0 and d1 split orders in generation 1; d2 joins and generation 2 goes Stable while
    d1, on a slow link, has its JoinGroup answer but has not synced: it holds generation 2 and
    generation 1's assignment."""
    machine.join("d0", "range", 9, ("orders",))
    machine.join("d1", "range", 9, ("orders",))
    machine.time_passes(3_000)  # the initial delay, extended once for d1
    machine.link_speed_changes("d1", is_slow=True)
    machine.join("d2", "range", 9, ("orders",))
    machine.heartbeat("d0")  # REBALANCE_IN_PROGRESS: d0 and d1 rejoin
    machine.heartbeat("d1")
    group = machine.coordinator.group(GROUP)
    assert group is not None and group.state is ClassicGroupState.STABLE
    assert group.generation_id == 2
    d1 = machine.clients["d1"]
    assert (d1.generation_id, d1.previous_generation_id, d1.assignment) == (
        2, 1, {"orders": frozenset({3, 4, 5})})


def test_late_sync_from_an_older_generation_is_refused() -> None:
    machine = ClassicGroupMachine()
    _leave_d1_unsynced_in_generation_2(machine)
    machine.late_sync(who=1)  # d1, ILLEGAL_GENERATION: the late answer carries no partitions
    machine.sync("d1")
    machine.stable_group_owns_every_subscribed_partition_once()
    assert machine.clients["d1"].assignment == {"orders": frozenset({2, 3})}


def test_model_catches_a_stale_sync_answered_with_the_new_assignment() -> None:
    machine = StaleSyncMachine()
    _leave_d1_unsynced_in_generation_2(machine)
    with pytest.raises(InvariantViolated, match="NoDoubleAssignment"):
        machine.late_sync(who=1)  # d1: generation 2's orders 2-3 as if d1 held them in generation 1


class DroppedAssignmentCoordinator(ClassicGroupCoordinator):
    """Hands a follower that syncs in a Stable group an empty assignment."""

    def sync(self, request: SyncRequest, now_ms: int) -> SyncResult | Pending:
        answer = super().sync(request, now_ms)
        group = self.group(request.group_id)
        if (isinstance(answer, SyncResult) and group is not None
                and not group.is_leader(request.member_id)):
            return dataclasses.replace(answer, assignment=b"")
        return answer


class DroppedAssignmentMachine(ClassicGroupMachine):
    coordinator_class = DroppedAssignmentCoordinator


def test_model_catches_a_follower_sent_nothing_for_its_partitions() -> None:
    with pytest.raises(InvariantViolated, match="AssignmentAsLeaderSent"):
        run_state_machine_as_test(DroppedAssignmentMachine, settings=HUNT)


class QuietLeaveCoordinator(ClassicGroupCoordinator):
    """Lets a member leave a Stable group without the rebalance that would hand its partitions
    to the members that stay."""

    def leave(self, *, group_id: str, members: Sequence[tuple[str, str | None]],
              now_ms: int) -> LeaveResult:
        group = self.group(group_id)
        if group is None or group.state is not ClassicGroupState.STABLE:
            return super().leave(group_id=group_id, members=members, now_ms=now_ms)
        for member_id, _ in members:
            group.remove(member_id)
        return LeaveResult(ErrorCode.NONE)


class QuietLeaveMachine(ClassicGroupMachine):
    coordinator_class = QuietLeaveCoordinator


def _split_orders_then_d1_leaves(machine: ClassicGroupMachine) -> None:
    machine.join("d0", "range", 9, ("orders",))
    machine.join("d1", "range", 9, ("orders",))
    machine.time_passes(3_000)  # generation 1: d0 owns orders 0-2, d1 orders 3-5
    machine.stable_group_owns_every_subscribed_partition_once()
    machine.leave("d1")


def test_a_leave_rebalances_the_partitions_to_the_members_that_stay() -> None:
    machine = ClassicGroupMachine()
    _split_orders_then_d1_leaves(machine)
    machine.heartbeat("d0")  # REBALANCE_IN_PROGRESS: d0 rejoins alone
    machine.stable_group_owns_every_subscribed_partition_once()
    assert machine.clients["d0"].assignment == {"orders": frozenset(range(6))}


def test_model_catches_partitions_orphaned_by_a_leave_without_rebalance() -> None:
    machine = QuietLeaveMachine()
    _split_orders_then_d1_leaves(machine)
    with pytest.raises(InvariantViolated, match="SubscribedPartitionsAssigned"):
        machine.stable_group_owns_every_subscribed_partition_once()


class AnyGenerationView(ClassicGroupView):
    """A group view that takes any generation as the current one."""

    __slots__ = ()

    def validate_offset_commit(self, member_id: str, group_instance_id: str | None,
                               generation_id: int, is_transactional: bool = False) -> ErrorCode:
        if generation_id >= 0:
            generation_id = self.generation_id
        return super().validate_offset_commit(member_id, group_instance_id, generation_id,
                                              is_transactional)


class AnyGenerationDirectory(ClassicGroupDirectory):
    def group(self, group_id: str) -> ClassicGroupView | None:
        view = super().group(group_id)
        if view is None:
            return None
        return AnyGenerationView(**{field.name: getattr(view, field.name)
                                    for field in dataclasses.fields(view)})


class AnyGenerationMachine(ClassicGroupOffsetsMachine):
    directory_class = AnyGenerationDirectory


def test_late_commit_from_an_older_generation_is_refused() -> None:
    machine = ClassicGroupOffsetsMachine()
    _leave_d1_unsynced_in_generation_2(machine)
    machine.commit(who=1, choice=0, advance=1, is_late=True)  # d1, generation 1
    machine.commit(who=0, choice=0, advance=4, is_late=False)  # d0, generation 2
    machine.committed_offsets_change_only_by_commit()
    assert {key: committed.offset for key, committed in machine.store.committed().items()} == {
        (GROUP, "orders", 0): 4}


def test_model_catches_a_commit_accepted_from_a_stale_generation() -> None:
    machine = AnyGenerationMachine()
    _leave_d1_unsynced_in_generation_2(machine)
    with pytest.raises(InvariantViolated, match="StaleCommitRefused"):
        machine.commit(who=1, choice=0, advance=1, is_late=True)  # d1, generation 1
