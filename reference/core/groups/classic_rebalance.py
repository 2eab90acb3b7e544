"""The classic rebalance engine: timers, parked answers, and the join and sync phases.

Kafka 4.x's GroupMetadataManager drives these steps from a timer; here the timer is a table of
deadlines that `tick(now_ms)` fires in deadline order, so no clock is read. A parked JoinGroup or
SyncGroup holds a ticket; when its phase ends the answer is filed under the ticket for `poll`.
The request operations that use this engine are in `classic.py`.
"""

from __future__ import annotations

import heapq
import random
import uuid
from dataclasses import dataclass

from reference.core.groups.classic_group import ClassicGroup, ClassicGroupState, ClassicMember
from reference.core.groups.classic_records import group_from_value, group_metadata_record
from reference.core.groups.classic_results import (
    UNKNOWN_MEMBER_ID,
    ClassicGroupSettings,
    JoinMember,
    JoinResult,
    SyncResult,
)
from spec.coordinator_records import CoordinatorRecord, CoordinatorRecordType
from spec.errors import ErrorCode
from spec.generated_coordinator.group_metadata import GroupMetadataKey, GroupMetadataValue
from spec.invariants import check, generation_monotonic, one_leader_per_generation

State = ClassicGroupState
TimerKey = tuple[str, ...]  # ("join", group), ("sync", group) or ("heartbeat", group, member)
MAX_TIMERS_PER_TICK = 100_000  # a bound on one tick: a timer re-armed at `now` cannot spin it


@dataclass(frozen=True, slots=True)
class _Timer:
    deadline_ms: int
    sequence: int  # ties fire in the order they were armed
    delay_ms: int = 0  # the initial-delay join timer's current delay
    remaining_ms: int = 0  # ... and the rebalance time it may still extend into
    is_initial_delay: bool = False
    generation_id: int = 0  # for the sync timer: the generation it watches


class ClassicRebalancer:
    """Groups, timers and parked answers; subclassed by `ClassicGroupCoordinator`."""

    def __init__(self, settings: ClassicGroupSettings, rng: random.Random) -> None:
        self.settings = settings
        self._rng = rng
        self._groups: dict[str, ClassicGroup] = {}
        self._timers: dict[TimerKey, _Timer] = {}  # the armed timer of each key
        self._heap: list[tuple[int, int, TimerKey]] = []  # (deadline, sequence, key), maybe stale
        self._timer_sequence = 0
        self._next_ticket = 1
        self._answers: dict[int, JoinResult | SyncResult] = {}
        self._leaders: dict[str, dict[int, str]] = {}  # group -> generation -> leader announced
        self._records: list[CoordinatorRecord] = []  # written since the last drain_records

    # --- persistence ---------------------------------------------------------------------------

    def drain_records(self) -> list[CoordinatorRecord]:
        """The GroupMetadata records the operations since the last drain wrote, to append to
        `__consumer_offsets` (Kafka writes them before answering; here the answer waits for
        nothing, as the shell appends them before it sends any reply)."""
        records, self._records = self._records, []
        return records

    def _write_group(self, group: ClassicGroup, assignments: dict[str, bytes]) -> None:
        self._records.append(group_metadata_record(group, assignments))

    def replay(self, record: CoordinatorRecord, now_ms: int) -> None:
        """Apply a GroupMetadata record from the log (a load, or another writer's tombstone)."""
        if record.record_type is not CoordinatorRecordType.GROUP_METADATA:
            return
        assert isinstance(record.key, GroupMetadataKey), record.key
        group_id = record.key.group
        if record.value is None:
            self._delete_group(group_id)
            return
        assert isinstance(record.value, GroupMetadataValue), record.value
        self._delete_group(group_id)
        group = self._groups[group_id] = group_from_value(group_id, record.value)
        for member in group.all_members():  # Kafka's onLoaded re-arms every member's session
            self._reschedule_heartbeat(group, member, now_ms)

    def create_empty_group(self, group_id: str, now_ms: int) -> None:
        """A group that only commits offsets (generation -1, no members): Kafka's
        getOrMaybeCreateClassicGroup makes it an Empty classic group with no protocol type."""
        if group_id not in self._groups:
            self._groups[group_id] = ClassicGroup(group_id, state_changed_ms=now_ms)

    def _delete_group(self, group_id: str) -> None:
        """Kafka's group deletion: the group turns Dead and is forgotten; parked requests learn
        it from COORDINATOR_NOT_AVAILABLE, as a Dead group answers."""
        group = self._groups.pop(group_id, None)
        if group is None:
            return
        for member in group.all_members():
            self._answer_join(member, JoinResult(ErrorCode.COORDINATOR_NOT_AVAILABLE,
                                                 member.member_id))
            self._answer_sync(member, SyncResult(ErrorCode.COORDINATOR_NOT_AVAILABLE))
        group.state = ClassicGroupState.DEAD

    # --- queries and time ----------------------------------------------------------------------

    def group(self, group_id: str) -> ClassicGroup | None:
        return self._groups.get(group_id)

    def group_ids(self) -> list[str]:
        return list(self._groups)

    def next_deadline_ms(self) -> int | None:
        """When `tick` next has work to do, for a shell that sleeps until then."""
        self._drop_stale_heads()
        return self._heap[0][0] if self._heap else None

    def tick(self, now_ms: int) -> None:
        """Fire every timer due at `now_ms`, earliest first (ties in the order armed)."""
        for _ in range(MAX_TIMERS_PER_TICK):
            self._drop_stale_heads()
            if not self._heap or self._heap[0][0] > now_ms:
                return
            deadline_ms, _, key = heapq.heappop(self._heap)
            self._fire(key, self._timers.pop(key), deadline_ms)
        raise AssertionError(f"more than {MAX_TIMERS_PER_TICK} timers due at {now_ms}")

    def _drop_stale_heads(self) -> None:
        # Re-arming or cancelling leaves the old heap entry behind; it is skipped here.
        while self._heap:
            _, sequence, key = self._heap[0]
            timer = self._timers.get(key)
            if timer is not None and timer.sequence == sequence:
                return
            heapq.heappop(self._heap)

    def poll(self, ticket: int) -> JoinResult | SyncResult | None:
        """The answer for a parked request once it has one (handed out once), else None."""
        return self._answers.pop(ticket, None)

    def completed(self, now_ms: int) -> dict[int, JoinResult | SyncResult]:
        """Advance time to `now_ms` and hand out every answer parked requests have received."""
        self.tick(now_ms)
        answers, self._answers = self._answers, {}
        return answers

    # --- plumbing ------------------------------------------------------------------------------

    def _new_ticket(self) -> int:
        ticket = self._next_ticket
        self._next_ticket += 1
        return ticket

    def _new_member_id(self, client_id: str, group_instance_id: str | None) -> str:
        prefix = group_instance_id if group_instance_id is not None else client_id
        return f"{prefix}-{uuid.UUID(int=self._rng.getrandbits(128), version=4)}"

    def _schedule(self, key: TimerKey, deadline_ms: int, *, delay_ms: int = 0,
                  remaining_ms: int = 0, is_initial_delay: bool = False,
                  generation_id: int = 0) -> None:
        self._timer_sequence += 1
        self._timers[key] = _Timer(deadline_ms, self._timer_sequence, delay_ms, remaining_ms,
                                   is_initial_delay, generation_id)
        heapq.heappush(self._heap, (deadline_ms, self._timer_sequence, key))

    def _cancel(self, key: TimerKey) -> None:
        self._timers.pop(key, None)

    def _reschedule_heartbeat(self, group: ClassicGroup, member: ClassicMember, now_ms: int,
                              timeout_ms: int | None = None) -> None:
        wait_ms = member.session_timeout_ms if timeout_ms is None else timeout_ms
        self._schedule(("heartbeat", group.group_id, member.member_id), now_ms + wait_ms)

    def _answer_join(self, member: ClassicMember, result: JoinResult) -> None:
        if member.join_ticket is not None:
            self._answers[member.join_ticket] = result
            member.join_ticket = None

    def _answer_sync(self, member: ClassicMember, result: SyncResult) -> None:
        if member.sync_ticket is not None:
            self._answers[member.sync_ticket] = result
            member.sync_ticket = None

    def _fire(self, key: TimerKey, timer: _Timer, now_ms: int) -> None:
        group = self._groups.get(key[1])
        if group is None:
            return
        if key[0] == "heartbeat":
            self._expire_heartbeat(group, key[2], now_ms)
        elif key[0] == "sync":
            self._expire_pending_sync(group, timer.generation_id, now_ms)
        elif timer.is_initial_delay:
            self._try_complete_initial_rebalance(group, timer.delay_ms, timer.remaining_ms, now_ms)
        else:
            self._complete_join(group, now_ms)

    # --- the join phase ------------------------------------------------------------------------

    def _maybe_prepare_rebalance_or_complete_join(self, group: ClassicGroup, now_ms: int) -> None:
        if group.can_rebalance():
            self._prepare_rebalance(group, now_ms)
        else:
            self._maybe_complete_join_phase(group, now_ms)

    def _prepare_rebalance(self, group: ClassicGroup, now_ms: int) -> None:
        if group.state is State.COMPLETING_REBALANCE:
            # Members parked in SyncGroup learn the assignment is void and rejoin.
            for member in group.all_members():
                member.assignment = b""
            self._propagate_assignment(group, ErrorCode.REBALANCE_IN_PROGRESS, now_ms)
        self._cancel(("sync", group.group_id))
        is_initial = group.state is State.EMPTY
        if is_initial:
            # A new group waits group.initial.rebalance.delay.ms for more members to arrive.
            delay_ms = self.settings.initial_rebalance_delay_ms
            remaining_ms = max(group.rebalance_timeout_ms() - delay_ms, 0)
            self._schedule(("join", group.group_id), now_ms + delay_ms, delay_ms=delay_ms,
                           remaining_ms=remaining_ms, is_initial_delay=True)
        group.transition_to(State.PREPARING_REBALANCE, now_ms)
        if not is_initial:
            self._maybe_complete_join_else_schedule(group, now_ms)

    def _maybe_complete_join_else_schedule(self, group: ClassicGroup, now_ms: int) -> None:
        if group.has_all_members_joined():
            self._complete_join(group, now_ms)
        else:
            self._schedule(("join", group.group_id), now_ms + group.rebalance_timeout_ms())

    def _try_complete_initial_rebalance(self, group: ClassicGroup, delay_ms: int,
                                        remaining_ms: int, now_ms: int) -> None:
        if group.new_member_added and remaining_ms != 0:
            group.new_member_added = False
            next_delay_ms = min(self.settings.initial_rebalance_delay_ms, remaining_ms)
            next_remaining_ms = max(remaining_ms - delay_ms, 0)
            self._schedule(("join", group.group_id), now_ms + next_delay_ms,
                           delay_ms=next_delay_ms, remaining_ms=next_remaining_ms,
                           is_initial_delay=True)
        else:
            self._complete_join(group, now_ms)

    def _maybe_complete_join_phase(self, group: ClassicGroup, now_ms: int) -> None:
        # The initial rebalance ends only by its delay timer, however fast members arrive.
        if (group.state is State.PREPARING_REBALANCE
                and group.previous_state is not State.EMPTY
                and group.has_all_members_joined()):
            self._complete_join(group, now_ms)

    def _complete_join(self, group: ClassicGroup, now_ms: int) -> None:
        self._cancel(("join", group.group_id))
        for member in group.all_members():
            if not member.is_awaiting_join and member.group_instance_id is None:
                group.remove(member.member_id)
                self._cancel(("heartbeat", group.group_id, member.member_id))
        if group.state is State.DEAD:
            return
        if not self._elect_joined_leader(group) and group.members:
            # Nobody rejoined: wait another rebalance timeout for session expiry to clear them.
            self._schedule(("join", group.group_id), now_ms + group.rebalance_timeout_ms())
            return
        self._init_next_generation(group, now_ms)
        if group.state is State.COMPLETING_REBALANCE:
            self._answer_joined_members(group, now_ms)
        else:  # every member left: the empty generation is written so a reload knows it
            self._write_group(group, {})

    def _elect_joined_leader(self, group: ClassicGroup) -> bool:
        """Keep the leader if it rejoined, else pick a member that did (False if none did)."""
        if group.leader_id is None:
            return False
        if group.members[group.leader_id].is_awaiting_join:
            return True
        for member in group.members.values():
            if member.is_awaiting_join:
                group.leader_id = member.member_id
                return True
        return False

    def _init_next_generation(self, group: ClassicGroup, now_ms: int) -> None:
        before = group.generation_id
        group.generation_id += 1
        check("GenerationMonotonic", generation_monotonic(before, group.generation_id),
              group=group.group_id, before=before, after=group.generation_id)
        group.protocol_name = group.select_protocol() if group.members else None
        group.subscribed_topics = group.compute_subscribed_topics()
        target = State.COMPLETING_REBALANCE if group.members else State.EMPTY
        group.transition_to(target, now_ms)
        group.pending_sync_members.clear()

    def _answer_joined_members(self, group: ClassicGroup, now_ms: int) -> None:
        assert group.leader_id is not None and group.leader_id in group.members, group.leader_id
        leaders = self._leaders.setdefault(group.group_id, {})
        leader = group.members[group.leader_id]
        identity = leader.group_instance_id or leader.member_id
        check("OneLeaderPerGeneration",
              one_leader_per_generation(leaders, group.generation_id, identity),
              group=group.group_id, generation=group.generation_id,
              announced=leaders.get(group.generation_id), leader=identity)
        leaders[group.generation_id] = identity
        for member in group.all_members():
            self._answer_join(member, self.current_generation_answer(group, member.member_id))
            self._reschedule_heartbeat(group, member, now_ms)
            member.is_new = False
            group.pending_sync_members.add(member.member_id)
        self._schedule(("sync", group.group_id), now_ms + group.rebalance_timeout_ms(),
                       generation_id=group.generation_id)

    def current_generation_answer(self, group: ClassicGroup, member_id: str,
                                  leader_id: str | None = None) -> JoinResult:
        """A successful JoinGroup answer for the current generation; the leader gets members.
        A given `leader_id` (a static member replaced in a Stable group) comes without them."""
        members: tuple[JoinMember, ...] = ()
        if group.is_leader(member_id) and leader_id is None:
            members = tuple(JoinMember(*entry) for entry in group.current_member_metadata())
        announced = group.leader_id if leader_id is None else leader_id
        return JoinResult(ErrorCode.NONE, member_id, group.generation_id, group.protocol_type,
                          group.protocol_name, announced or "", members)

    # --- the sync phase and expirations --------------------------------------------------------

    def _propagate_assignment(self, group: ClassicGroup, error: ErrorCode, now_ms: int) -> None:
        for member in group.all_members():
            if member.sync_ticket is not None:
                self._answer_sync(member, SyncResult(error, group.protocol_type,
                                                     group.protocol_name, member.assignment))
                # An expiry that fired while the member was parked was spared; re-arm it.
                self._reschedule_heartbeat(group, member, now_ms)

    def _expire_pending_sync(self, group: ClassicGroup, generation_id: int, now_ms: int) -> None:
        if generation_id != group.generation_id:
            return
        if group.state not in (State.COMPLETING_REBALANCE, State.STABLE):
            return
        if group.pending_sync_members:
            for member_id in sorted(group.pending_sync_members):
                group.remove(member_id)
                self._cancel(("heartbeat", group.group_id, member_id))
            self._prepare_rebalance(group, now_ms)

    def _expire_heartbeat(self, group: ClassicGroup, member_id: str, now_ms: int) -> None:
        if group.state is State.DEAD:
            return
        if member_id in group.pending_join_members:
            group.remove(member_id)
            if group.state is State.PREPARING_REBALANCE and group.has_all_members_joined():
                self._complete_join(group, now_ms)
            return
        member = group.members.get(member_id)
        if member is not None and not member.has_satisfied_heartbeat():
            self._remove_member_and_update(group, member, now_ms)

    def _remove_member_and_update(self, group: ClassicGroup, member: ClassicMember,
                                  now_ms: int) -> None:
        # A new member may time out while parked in JoinGroup: tell it, so it can retry.
        self._answer_join(member, JoinResult(ErrorCode.UNKNOWN_MEMBER_ID, UNKNOWN_MEMBER_ID))
        group.remove(member.member_id)
        if group.state in (State.STABLE, State.COMPLETING_REBALANCE):
            self._maybe_prepare_rebalance_or_complete_join(group, now_ms)
        elif group.state is State.PREPARING_REBALANCE and group.has_all_members_joined():
            self._complete_join(group, now_ms)
