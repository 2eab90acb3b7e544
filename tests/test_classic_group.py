"""The classic group coordinator against Kafka 4.x's behaviour: the rebalance and every error."""

from __future__ import annotations

import random

import pytest

from reference.core.groups.classic import ClassicGroupCoordinator
from reference.core.groups.classic_group import (
    ClassicGroupState,
    Protocol,
    java_hash_map_order,
)
from reference.core.groups.classic_results import (
    ClassicGroupSettings,
    JoinRequest,
    JoinResult,
    Pending,
    SyncRequest,
    SyncResult,
)
from spec.config.java import java_string_hash
from spec.errors import ErrorCode
from spec.invariants import InvariantViolated

GROUP = "orders"
SESSION_MS = 10_000
REBALANCE_MS = 20_000
DELAY_MS = 3_000
RANGE = (Protocol("range", b"r"),)


def coordinator(**settings: int) -> ClassicGroupCoordinator:
    return ClassicGroupCoordinator(ClassicGroupSettings(**settings), random.Random(7))


def join_request(member_id: str = "", *, instance: str | None = None,
                 protocols: tuple[Protocol, ...] = RANGE, protocol_type: str = "consumer",
                 session_ms: int = SESSION_MS, version: int = 9,
                 group_id: str = GROUP) -> JoinRequest:
    return JoinRequest(group_id, member_id, protocol_type, protocols, session_ms, REBALANCE_MS,
                       instance, client_id="client", api_version=version)


def member_id_for(coord: ClassicGroupCoordinator, now_ms: int = 0) -> str:
    """KIP-394's first round trip: ask for a member id."""
    answer = coord.join(join_request(), now_ms)
    assert isinstance(answer, JoinResult) and answer.error is ErrorCode.MEMBER_ID_REQUIRED
    return answer.member_id


def joined(coord: ClassicGroupCoordinator, answer: JoinResult | Pending) -> JoinResult:
    if isinstance(answer, Pending):
        polled = coord.poll(answer.ticket)
        assert isinstance(polled, JoinResult), polled
        return polled
    return answer


def stable_pair(coord: ClassicGroupCoordinator) -> tuple[str, str]:
    """Two dynamic members, A the leader, Stable in generation 1 at time 10_000."""
    a, b = member_id_for(coord), member_id_for(coord)
    pending_a, pending_b = coord.join(join_request(a), 0), coord.join(join_request(b), 0)
    assert isinstance(pending_a, Pending) and isinstance(pending_b, Pending)
    coord.tick(10_000)
    assert joined(coord, pending_a).generation_id == 1
    assert joined(coord, pending_b).leader_id == a
    coord.sync(SyncRequest(GROUP, 1, b), 10_000)
    coord.sync(SyncRequest(GROUP, 1, a, assignments=((a, b"A"), (b, b"B"))), 10_000)
    return a, b


def state(coord: ClassicGroupCoordinator) -> ClassicGroupState:
    group = coord.group(GROUP)
    assert group is not None
    return group.state


def test_two_member_rebalance_from_join_to_stable() -> None:
    coord = coordinator()
    a, b = member_id_for(coord), member_id_for(coord)
    assert a != b and a.startswith("client-")
    pending_a = coord.join(join_request(a), 0)
    pending_b = coord.join(join_request(b), 100)
    assert isinstance(pending_a, Pending) and isinstance(pending_b, Pending)
    # B arrived during the initial delay, so the delay is extended once (3000 + 3000).
    assert coord.completed(5_999) == {}
    answers = coord.completed(6_000)
    leader, follower = answers[pending_a.ticket], answers[pending_b.ticket]
    assert isinstance(leader, JoinResult) and isinstance(follower, JoinResult)
    assert (leader.generation_id, leader.leader_id, leader.protocol_name) == (1, a, "range")
    assert [member.member_id for member in leader.members] == [a, b]
    assert follower.members == () and follower.leader_id == a
    assert state(coord) is ClassicGroupState.COMPLETING_REBALANCE
    waiting = coord.sync(SyncRequest(GROUP, 1, b), 6_000)
    assert isinstance(waiting, Pending)
    mine = coord.sync(SyncRequest(GROUP, 1, a, protocol_type="consumer", protocol_name="range",
                                  assignments=((a, b"A"), (b, b"B"))), 6_001)
    assert mine == SyncResult(ErrorCode.NONE, "consumer", "range", b"A")
    assert coord.poll(waiting.ticket) == SyncResult(ErrorCode.NONE, "consumer", "range", b"B")
    assert state(coord) is ClassicGroupState.STABLE
    assert coord.heartbeat(group_id=GROUP, generation_id=1, member_id=b,
                           now_ms=7_000) is ErrorCode.NONE


def test_single_member_waits_exactly_the_initial_delay() -> None:
    coord = coordinator()
    member = member_id_for(coord)
    pending = coord.join(join_request(member), 0)
    assert isinstance(pending, Pending)
    assert coord.completed(DELAY_MS - 1) == {}
    assert coord.completed(DELAY_MS)[pending.ticket].error is ErrorCode.NONE


def test_join_v3_without_member_id_joins_at_once() -> None:
    coord = coordinator(initial_rebalance_delay_ms=0)
    answer = coord.join(join_request(version=3), 0)
    assert isinstance(answer, Pending)
    coord.tick(0)
    result = coord.poll(answer.ticket)
    assert isinstance(result, JoinResult) and result.generation_id == 1


@pytest.mark.parametrize(("request_", "error"), [
    (join_request(group_id=""), ErrorCode.INVALID_GROUP_ID),
    (join_request(session_ms=5_999), ErrorCode.INVALID_SESSION_TIMEOUT),
    (join_request(session_ms=1_800_001), ErrorCode.INVALID_SESSION_TIMEOUT),
    (join_request("ghost"), ErrorCode.UNKNOWN_MEMBER_ID),
    (join_request(protocol_type=""), ErrorCode.INCONSISTENT_GROUP_PROTOCOL),
    (join_request(protocols=()), ErrorCode.INCONSISTENT_GROUP_PROTOCOL),
])
def test_join_rejections_on_a_new_group(request_: JoinRequest, error: ErrorCode) -> None:
    answer = coordinator().join(request_, 0)
    assert isinstance(answer, JoinResult) and answer.error is error


def test_join_with_other_protocol_type_or_no_common_protocol_is_inconsistent() -> None:
    coord = coordinator()
    stable_pair(coord)
    other_type = coord.join(join_request(protocol_type="connect"), 10_000)
    no_common = coord.join(join_request(protocols=(Protocol("sticky", b""),)), 10_000)
    assert isinstance(other_type, JoinResult) and isinstance(no_common, JoinResult)
    assert other_type.error is no_common.error is ErrorCode.INCONSISTENT_GROUP_PROTOCOL


def test_group_max_size_rejects_a_new_member_of_a_full_group() -> None:
    coord = coordinator(max_size=2)
    stable_pair(coord)
    answer = coord.join(join_request(version=3), 10_000)
    assert answer == JoinResult(ErrorCode.GROUP_MAX_SIZE_REACHED, "")


def test_dead_group_answers_coordinator_not_available() -> None:
    coord = coordinator()
    a, _ = stable_pair(coord)
    group = coord.group(GROUP)
    assert group is not None
    group.transition_to(ClassicGroupState.DEAD, 10_000)
    answer = coord.join(join_request(a), 10_000)
    assert isinstance(answer, JoinResult)
    assert answer.error is ErrorCode.COORDINATOR_NOT_AVAILABLE
    assert coord.heartbeat(group_id=GROUP, generation_id=1, member_id=a,
                           now_ms=10_000) is ErrorCode.COORDINATOR_NOT_AVAILABLE
    assert coord.sync(SyncRequest(GROUP, 1, a), 10_000).error is ErrorCode.COORDINATOR_NOT_AVAILABLE  # type: ignore[union-attr]
    assert coord.leave(group_id=GROUP, members=[(a, None)],
                       now_ms=10_000).error is ErrorCode.COORDINATOR_NOT_AVAILABLE


def test_pending_member_id_expires_after_the_session_timeout() -> None:
    coord = coordinator()
    member = member_id_for(coord, now_ms=0)
    late = coord.join(join_request(member), SESSION_MS)
    assert isinstance(late, JoinResult) and late.error is ErrorCode.UNKNOWN_MEMBER_ID


def test_follower_rejoin_with_same_metadata_in_stable_gets_current_generation() -> None:
    coord = coordinator()
    a, b = stable_pair(coord)
    answer = coord.join(join_request(b), 10_000)
    assert isinstance(answer, JoinResult)
    assert (answer.error, answer.generation_id, answer.leader_id) == (ErrorCode.NONE, 1, a)
    assert state(coord) is ClassicGroupState.STABLE


def test_leader_rejoin_in_stable_starts_a_rebalance() -> None:
    coord = coordinator()
    a, b = stable_pair(coord)
    pending = coord.join(join_request(a), 10_000)
    assert isinstance(pending, Pending)
    assert state(coord) is ClassicGroupState.PREPARING_REBALANCE
    assert coord.heartbeat(group_id=GROUP, generation_id=1, member_id=b,
                           now_ms=10_001) is ErrorCode.REBALANCE_IN_PROGRESS
    assert coord.sync(SyncRequest(GROUP, 1, b), 10_001) == SyncResult(
        ErrorCode.REBALANCE_IN_PROGRESS)
    rejoin = coord.join(join_request(b), 10_002)  # the last one in ends the join phase
    assert isinstance(rejoin, JoinResult) and rejoin.generation_id == 2
    assert joined(coord, pending).generation_id == 2


def test_a_member_that_does_not_rejoin_is_dropped_after_the_rebalance_timeout() -> None:
    coord = coordinator()
    a, b = stable_pair(coord)
    pending = coord.join(join_request(a), 10_000)
    assert isinstance(pending, Pending)
    for now_ms in range(15_000, 10_000 + REBALANCE_MS, 5_000):  # B keeps its session alive
        coord.heartbeat(group_id=GROUP, generation_id=1, member_id=b, now_ms=now_ms)
    result = coord.completed(10_000 + REBALANCE_MS)[pending.ticket]
    assert isinstance(result, JoinResult) and result.generation_id == 2
    assert [member.member_id for member in result.members] == [a]


def test_session_timeout_removes_a_silent_member_and_rebalances() -> None:
    coord = coordinator()
    a, b = stable_pair(coord)
    coord.heartbeat(group_id=GROUP, generation_id=1, member_id=a, now_ms=15_000)
    coord.tick(10_000 + SESSION_MS)  # B's session ends; A's runs until 25_000
    group = coord.group(GROUP)
    assert group is not None and b not in group.members
    assert group.state is ClassicGroupState.PREPARING_REBALANCE
    answer = coord.join(join_request(a), 20_001)
    assert isinstance(answer, JoinResult) and answer.generation_id == 2


def test_pending_sync_expiry_removes_members_that_never_synced() -> None:
    coord = coordinator()
    a, b = member_id_for(coord), member_id_for(coord)
    coord.join(join_request(a), 0)
    coord.join(join_request(b), 0)
    coord.tick(10_000)
    coord.sync(SyncRequest(GROUP, 1, a, assignments=((a, b"A"), (b, b"B"))), 10_000)
    for now_ms in (14_000, 22_000):  # both sessions stay alive; B just never syncs
        for member_id in (a, b):
            coord.heartbeat(group_id=GROUP, generation_id=1, member_id=member_id, now_ms=now_ms)
    coord.tick(2 * DELAY_MS + REBALANCE_MS)  # the join phase ended at 6_000
    group = coord.group(GROUP)
    assert group is not None and list(group.members) == [a]
    assert group.state is ClassicGroupState.PREPARING_REBALANCE


def test_parked_follower_sync_gets_rebalance_in_progress_when_a_member_joins() -> None:
    coord = coordinator()
    a, b = member_id_for(coord), member_id_for(coord)
    coord.join(join_request(a), 0)
    coord.join(join_request(b), 0)
    coord.tick(10_000)
    parked = coord.sync(SyncRequest(GROUP, 1, b), 10_000)
    assert isinstance(parked, Pending)
    coord.join(join_request(version=3), 10_001)
    assert coord.poll(parked.ticket) == SyncResult(ErrorCode.REBALANCE_IN_PROGRESS, "consumer",
                                                   "range", b"")


@pytest.mark.parametrize(("request_", "error"), [
    (SyncRequest("", 1, "x"), ErrorCode.INVALID_GROUP_ID),
    (SyncRequest("nobody", 1, "x"), ErrorCode.UNKNOWN_MEMBER_ID),
    (SyncRequest(GROUP, 1, "stranger"), ErrorCode.UNKNOWN_MEMBER_ID),
    (SyncRequest(GROUP, 1, "stranger", group_instance_id="i"), ErrorCode.UNKNOWN_MEMBER_ID),
])
def test_sync_rejections(request_: SyncRequest, error: ErrorCode) -> None:
    coord = coordinator()
    stable_pair(coord)
    assert coord.sync(request_, 10_000) == SyncResult(error)


def test_sync_checks_generation_then_protocol_type_and_name() -> None:
    coord = coordinator()
    a, _ = stable_pair(coord)
    assert coord.sync(SyncRequest(GROUP, 2, a, protocol_type="other"), 10_000) == SyncResult(
        ErrorCode.ILLEGAL_GENERATION)
    assert coord.sync(SyncRequest(GROUP, 1, a, protocol_type="connect"), 10_000) == SyncResult(
        ErrorCode.INCONSISTENT_GROUP_PROTOCOL)
    assert coord.sync(SyncRequest(GROUP, 1, a, protocol_type="consumer",
                                      protocol_name="sticky"), 10_000) == SyncResult(
        ErrorCode.INCONSISTENT_GROUP_PROTOCOL)
    assert coord.sync(SyncRequest(GROUP, 1, a), 10_000).assignment == b"A"  # type: ignore[union-attr]


def test_heartbeat_errors_in_kafkas_order() -> None:
    coord = coordinator()
    a, _ = stable_pair(coord)

    def beat(member_id: str, generation_id: int = 1, instance: str | None = None,
             group_id: str = GROUP) -> ErrorCode:
        return coord.heartbeat(group_id=group_id, generation_id=generation_id,
                               member_id=member_id, group_instance_id=instance, now_ms=10_000)

    assert beat(a, group_id="") is ErrorCode.INVALID_GROUP_ID
    assert beat(a, group_id="nobody") is ErrorCode.UNKNOWN_MEMBER_ID
    assert beat("stranger", generation_id=7) is ErrorCode.UNKNOWN_MEMBER_ID
    assert beat(a, generation_id=7) is ErrorCode.ILLEGAL_GENERATION
    assert beat(a, instance="not-static") is ErrorCode.UNKNOWN_MEMBER_ID


def test_static_member_restart_replaces_its_id_and_fences_the_old_one() -> None:
    coord = coordinator(initial_rebalance_delay_ms=0)
    first = coord.join(join_request(instance="i-1"), 0)  # static: no MEMBER_ID_REQUIRED
    assert isinstance(first, Pending)
    coord.tick(0)
    old = joined(coord, first)
    assert old.member_id.startswith("i-1-") and old.leader_id == old.member_id
    coord.sync(SyncRequest(GROUP, 1, old.member_id, "i-1", assignments=((old.member_id, b"P"),)),
               0)
    restarted = coord.join(join_request(instance="i-1", version=8), 1_000)
    assert isinstance(restarted, JoinResult) and restarted.error is ErrorCode.NONE
    assert restarted.member_id != old.member_id
    # Before v9 the old leader id comes back, so the new id does not assign for a Stable group.
    assert (restarted.generation_id, restarted.leader_id) == (1, old.member_id)
    assert restarted.members == () and not restarted.skip_assignment
    assert state(coord) is ClassicGroupState.STABLE
    assert coord.heartbeat(group_id=GROUP, generation_id=1, member_id=old.member_id,
                           group_instance_id="i-1", now_ms=1_000) is ErrorCode.FENCED_INSTANCE_ID
    assert coord.sync(SyncRequest(GROUP, 1, restarted.member_id, "i-1"), 1_000) == SyncResult(
        ErrorCode.NONE, "consumer", "range", b"P")


def test_static_member_restart_with_a_new_protocol_rebalances() -> None:
    coord = coordinator(initial_rebalance_delay_ms=0)
    first = coord.join(join_request(instance="i-1"), 0)
    coord.tick(0)
    old = joined(coord, first)
    coord.sync(SyncRequest(GROUP, 1, old.member_id, "i-1"), 0)
    sticky = (Protocol("sticky", b""), Protocol("range", b"r"))
    answer = coord.join(join_request(instance="i-1", protocols=sticky), 1_000)
    assert isinstance(answer, JoinResult)
    assert (answer.generation_id, answer.protocol_name) == (2, "sticky")


def test_leave_in_a_batch_with_per_member_errors() -> None:
    coord = coordinator()
    a, b = stable_pair(coord)
    result = coord.leave(group_id=GROUP, members=[(a, None), ("stranger", None),
                                                  ("", "no-such-instance")], now_ms=10_000)
    assert result.error is ErrorCode.NONE
    assert [member.error for member in result.members] == [
        ErrorCode.NONE, ErrorCode.UNKNOWN_MEMBER_ID, ErrorCode.UNKNOWN_MEMBER_ID]
    group = coord.group(GROUP)
    assert group is not None and group.leader_id == b
    assert coord.leave(group_id="nobody", members=[(a, None)],
                       now_ms=10_000).error is ErrorCode.UNKNOWN_MEMBER_ID


def test_last_member_leaving_empties_the_group_in_a_new_generation() -> None:
    coord = coordinator()
    a, b = stable_pair(coord)
    coord.leave(group_id=GROUP, members=[(a, None), (b, None)], now_ms=10_000)
    group = coord.group(GROUP)
    assert group is not None
    assert (group.state, group.generation_id) == (ClassicGroupState.EMPTY, 2)
    assert coord.heartbeat(group_id=GROUP, generation_id=2, member_id=a,
                           now_ms=10_000) is ErrorCode.UNKNOWN_MEMBER_ID


def test_admin_removes_a_static_member_by_instance_id() -> None:
    coord = coordinator(initial_rebalance_delay_ms=0)
    coord.join(join_request(instance="i-1"), 0)
    coord.tick(0)
    result = coord.leave(group_id=GROUP, members=[("", "i-1")], now_ms=1)
    assert result.members[0].error is ErrorCode.NONE
    assert state(coord) is ClassicGroupState.EMPTY


def test_describe_and_list_groups() -> None:
    coord = coordinator()
    a, _ = stable_pair(coord)
    [described] = coord.describe([GROUP])
    assert (described.state, described.protocol_type, described.protocol_data) == (
        "Stable", "consumer", "range")
    assert next((m.member_id, m.metadata, m.assignment) for m in described.members) == (
        a, b"r", b"A")
    [missing] = coord.describe(["nobody"])
    assert (missing.error, missing.state) == (ErrorCode.NONE, "Dead")
    assert [g.group_id for g in coord.list_groups(["stable"])] == [GROUP]
    assert coord.list_groups(["Empty"]) == []
    assert [g.group_type for g in coord.list_groups(types_filter=["Classic"])] == ["classic"]
    assert coord.list_groups(types_filter=["consumer"]) == []
    coord.join(join_request(a), 10_000)
    [rebalancing] = coord.describe([GROUP])
    assert (rebalancing.state, rebalancing.protocol_data) == ("PreparingRebalance", "")
    assert all(m.assignment == b"" for m in rebalancing.members)


def test_protocol_with_most_votes_wins_and_ties_follow_java_hash_map_order() -> None:
    assert java_string_hash("hello") == 99162322  # Java's "hello".hashCode()
    coord = coordinator()
    both = (Protocol("roundrobin", b""), Protocol("range", b""))
    reversed_ = (Protocol("range", b""), Protocol("roundrobin", b""))
    coord.join(join_request(version=3, protocols=both), 0)
    coord.join(join_request(version=3, protocols=reversed_), 0)
    coord.tick(2 * DELAY_MS)
    group = coord.group(GROUP)
    assert group is not None
    assert group.protocol_name == java_hash_map_order(["roundrobin", "range"])[0]
    coord.join(join_request(version=3, protocols=both), 1)
    assert group.select_protocol() == "roundrobin"  # two votes to one


def test_a_second_leader_for_one_generation_breaks_one_leader_per_generation() -> None:
    coord = coordinator()
    stable_pair(coord)
    coord._leaders[GROUP][2] = "someone-else"  # as if generation 2 had already been answered
    group = coord.group(GROUP)
    assert group is not None
    leader = group.leader_id
    assert leader is not None
    coord.join(join_request(leader), 10_000)
    with pytest.raises(InvariantViolated, match="OneLeaderPerGeneration"):
        coord.tick(10_000 + REBALANCE_MS)


def test_static_restart_while_its_sync_is_parked_fences_it_and_rebalances() -> None:
    coord = coordinator()
    leader = coord.join(join_request(instance="i-1"), 0)
    follower = coord.join(join_request(instance="i-2"), 0)
    coord.tick(2 * DELAY_MS)
    old = joined(coord, follower)
    assert joined(coord, leader).leader_id != old.member_id
    parked = coord.sync(SyncRequest(GROUP, 1, old.member_id, "i-2"), 6_000)
    assert isinstance(parked, Pending)
    restarted = coord.join(join_request(instance="i-2"), 6_001)
    assert isinstance(restarted, Pending)  # CompletingRebalance: the restart rebalances
    assert coord.poll(parked.ticket) == SyncResult(ErrorCode.FENCED_INSTANCE_ID)
    assert state(coord) is ClassicGroupState.PREPARING_REBALANCE


def test_static_restart_before_syncing_in_a_stable_group_rebalances_at_sync_expiry() -> None:
    coord = coordinator()
    leader = coord.join(join_request(instance="i-1"), 0)
    follower = coord.join(join_request(instance="i-2"), 0)
    coord.tick(2 * DELAY_MS)
    leader_id, old_id = joined(coord, leader).member_id, joined(coord, follower).member_id
    coord.sync(SyncRequest(GROUP, 1, leader_id, "i-1"), 6_000)
    assert state(coord) is ClassicGroupState.STABLE
    restarted = coord.join(join_request(instance="i-2"), 7_000)
    assert isinstance(restarted, JoinResult) and restarted.member_id != old_id
    for now_ms in (12_000, 18_000, 24_000):
        for member_id, instance in ((leader_id, "i-1"), (restarted.member_id, "i-2")):
            coord.heartbeat(group_id=GROUP, generation_id=1, member_id=member_id,
                            group_instance_id=instance, now_ms=now_ms)
    coord.sync(SyncRequest(GROUP, 1, restarted.member_id, "i-2"), 24_000)
    assert state(coord) is ClassicGroupState.STABLE
    # The old id still owes its SyncGroup, as in Kafka: the sync timer rebalances the group.
    coord.tick(2 * DELAY_MS + REBALANCE_MS)
    assert state(coord) is ClassicGroupState.PREPARING_REBALANCE


def test_static_leader_restart_in_v9_is_told_it_leads_but_skips_the_assignment() -> None:
    coord = coordinator(initial_rebalance_delay_ms=0)
    first = coord.join(join_request(instance="i-1"), 0)
    coord.tick(0)
    old = joined(coord, first)
    coord.sync(SyncRequest(GROUP, 1, old.member_id, "i-1"), 0)
    restarted = coord.join(join_request(instance="i-1"), 1_000)
    assert isinstance(restarted, JoinResult)
    assert restarted.leader_id == restarted.member_id != old.member_id
    assert restarted.skip_assignment and [m.member_id for m in restarted.members] == [
        restarted.member_id]
    assert state(coord) is ClassicGroupState.STABLE


def test_a_member_joining_during_the_initial_delay_extends_it_up_to_the_rebalance_timeout() -> None:
    coord = coordinator()
    first = coord.join(join_request(version=3), 0)
    for now_ms in (2_000, 5_000, 8_000, 11_000, 14_000, 17_000):
        coord.join(join_request(version=3), now_ms)  # each one earns another delay
    assert isinstance(first, Pending)
    # Delays of 3_000 until the 20_000 ms rebalance timeout is used up; the last one is shorter.
    coord.tick(REBALANCE_MS - 1)
    assert coord.poll(first.ticket) is None
    coord.tick(REBALANCE_MS)
    answer = coord.poll(first.ticket)
    assert isinstance(answer, JoinResult) and len(answer.members) == 7


def test_a_static_instance_with_the_wrong_member_id_is_fenced_in_join_and_leave() -> None:
    coord = coordinator(initial_rebalance_delay_ms=0)
    first = coord.join(join_request(instance="i-1"), 0)
    coord.tick(0)
    member_id = joined(coord, first).member_id
    impostor = coord.join(join_request("someone-else", instance="i-1"), 1)
    assert isinstance(impostor, JoinResult) and impostor.error is ErrorCode.FENCED_INSTANCE_ID
    unknown = coord.join(join_request(member_id, instance="i-2"), 1)
    assert isinstance(unknown, JoinResult) and unknown.error is ErrorCode.UNKNOWN_MEMBER_ID
    left = coord.leave(group_id=GROUP, members=[("someone-else", "i-1")], now_ms=1)
    assert left.members[0].error is ErrorCode.FENCED_INSTANCE_ID


def test_a_pending_member_leaving_still_rebalances_a_stable_group() -> None:
    coord = coordinator()
    a, b = stable_pair(coord)
    pending = member_id_for(coord, now_ms=10_000)
    result = coord.leave(group_id=GROUP, members=[(pending, None)], now_ms=10_000)
    assert result.members[0].error is ErrorCode.NONE
    group = coord.group(GROUP)
    assert group is not None and not group.pending_join_members
    # Kafka counts every successful leave, even of a member that never joined.
    assert group.state is ClassicGroupState.PREPARING_REBALANCE and list(group.members) == [a, b]


def test_a_new_member_parked_past_its_join_timeout_is_told_unknown_member_id() -> None:
    coord = coordinator(new_member_join_timeout_ms=8_000)
    a, b = stable_pair(coord)
    parked = coord.join(join_request(a), 10_000)  # the leader starts a rebalance
    late = coord.join(join_request(version=3), 10_000)  # a new member parks as well
    assert isinstance(parked, Pending) and isinstance(late, Pending)
    coord.heartbeat(group_id=GROUP, generation_id=1, member_id=b, now_ms=14_000)  # B stays
    assert coord.completed(18_000)[late.ticket] == JoinResult(ErrorCode.UNKNOWN_MEMBER_ID, "")
    group = coord.group(GROUP)
    assert group is not None and list(group.members) == [a, b]


def test_next_deadline_follows_rearmed_and_cancelled_timers() -> None:
    coord = coordinator()
    assert coord.next_deadline_ms() is None
    member = member_id_for(coord)
    assert coord.next_deadline_ms() == SESSION_MS  # the pending member id's expiry
    coord.join(join_request(member), 1_000)  # joins: the pending timer becomes a join timeout
    assert coord.next_deadline_ms() == 1_000 + DELAY_MS  # the initial delay comes first
    coord.tick(1_000 + DELAY_MS)
    assert coord.next_deadline_ms() == 1_000 + DELAY_MS + SESSION_MS
    coord.heartbeat(group_id=GROUP, generation_id=1, member_id=member, now_ms=5_000)
    assert coord.next_deadline_ms() == 5_000 + SESSION_MS  # re-armed; the old entry is skipped
