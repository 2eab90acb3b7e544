"""The classic group coordinator: JoinGroup, SyncGroup, Heartbeat, LeaveGroup, Describe/ListGroups.

Behaviour: Kafka 4.x GroupMetadataManager's classic protocol, as a pure state machine. Checks run
in Kafka's order: empty group id (INVALID_GROUP_ID), session timeout bounds
(INVALID_SESSION_TIMEOUT), unknown group (UNKNOWN_MEMBER_ID), group.max.size
(GROUP_MAX_SIZE_REACHED), Dead group (COORDINATOR_NOT_AVAILABLE), protocol type and support
(INCONSISTENT_GROUP_PROTOCOL), then the member (UNKNOWN_MEMBER_ID, FENCED_INSTANCE_ID) and the
generation (ILLEGAL_GENERATION). KIP-394: a JoinGroup v4+ without member id gets
MEMBER_ID_REQUIRED and a new id; KIP-345: a static member rejoining without member id replaces
its old id, and the old id is fenced; KIP-814 (v9): a replaced static leader of a Stable group
is told it leads, with skip_assignment set.
API: operations take plain values and `now_ms`; a JoinGroup or SyncGroup that must wait returns
`Pending(ticket)`, whose answer `poll(ticket)` gives once a later call or `tick(now_ms)` ends
the phase. GroupMetadata records (a completed sync, an emptied generation, a replaced static
member) queue for `drain_records`; `replay` loads them back.
Divergences: a rejoin that replaces a still-parked JoinGroup of the same member drops the old
ticket unanswered, as Kafka drops the old future; "first member" choices use join order where
Kafka iterates a HashMap (see classic_group.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from reference.core.groups.classic_describe import describe_group, list_groups
from reference.core.groups.classic_group import ClassicGroup, ClassicGroupState, ClassicMember
from reference.core.groups.classic_rebalance import ClassicRebalancer
from reference.core.groups.classic_results import (
    UNKNOWN_MEMBER_ID,
    DescribedGroup,
    JoinRequest,
    JoinResult,
    LeaveMemberResult,
    LeaveResult,
    ListedGroup,
    Pending,
    SyncRequest,
    SyncResult,
)
from spec.errors import ErrorCode

State = ClassicGroupState


class ClassicGroupCoordinator(ClassicRebalancer):
    """All classic groups of one coordinator; every operation first advances time to `now_ms`."""

    # --- JoinGroup -----------------------------------------------------------------------------

    def join_request_error(self, request: JoinRequest) -> ErrorCode:
        """The checks Kafka's GroupCoordinatorService makes before it routes a JoinGroup to the
        group's partition (so they come before COORDINATOR_LOAD_IN_PROGRESS)."""
        if not request.group_id:
            return ErrorCode.INVALID_GROUP_ID
        if not (self.settings.min_session_timeout_ms <= request.session_timeout_ms
                <= self.settings.max_session_timeout_ms):
            return ErrorCode.INVALID_SESSION_TIMEOUT
        return ErrorCode.NONE

    def join(self, request: JoinRequest, now_ms: int) -> JoinResult | Pending:
        self.tick(now_ms)
        error = self.join_request_error(request)
        if error is not ErrorCode.NONE:
            return JoinResult(error, request.member_id)
        is_unknown_member = request.member_id == UNKNOWN_MEMBER_ID
        group = self._groups.get(request.group_id)
        if group is None:
            if not is_unknown_member:
                return JoinResult(ErrorCode.UNKNOWN_MEMBER_ID, request.member_id)
            group = self._groups[request.group_id] = ClassicGroup(request.group_id,
                                                                  state_changed_ms=now_ms)
        if not self._accepts_joining_member(group, request.member_id):
            group.remove(request.member_id)
            return JoinResult(ErrorCode.GROUP_MAX_SIZE_REACHED, UNKNOWN_MEMBER_ID)
        ticket = self._new_ticket()
        if is_unknown_member:
            answer = self._join_new_member(group, request, ticket, now_ms)
        else:
            answer = self._join_existing_member(group, request, ticket, now_ms)
        if answer is not None:
            return answer
        parked = self.poll(ticket)
        if parked is None:
            return Pending(ticket)
        assert isinstance(parked, JoinResult), parked
        return parked

    def _accepts_joining_member(self, group: ClassicGroup, member_id: str) -> bool:
        member = group.members.get(member_id)
        if group.state is State.PREPARING_REBALANCE:
            # Counting the members that rejoined (not all members) lets a lowered group.max.size
            # shed the members that rejoin last.
            return ((member is not None and member.is_awaiting_join)
                    or group.awaiting_join_count() < self.settings.max_size)
        if group.state in (State.COMPLETING_REBALANCE, State.STABLE):
            return member is not None or len(group.members) < self.settings.max_size
        return True

    def _join_new_member(self, group: ClassicGroup, request: JoinRequest, ticket: int,
                         now_ms: int) -> JoinResult | None:
        if group.state is State.DEAD:
            return JoinResult(ErrorCode.COORDINATOR_NOT_AVAILABLE, request.member_id)
        if not group.supports_protocols(request.protocol_type, _names(request)):
            return JoinResult(ErrorCode.INCONSISTENT_GROUP_PROTOCOL, request.member_id)
        new_member_id = self._new_member_id(request.client_id, request.group_instance_id)
        if request.group_instance_id is not None:
            if group.static_member_id(request.group_instance_id) is not None:
                return self._replace_static_member(group, new_member_id, request, ticket, now_ms)
            return self._add_member(group, new_member_id, request, ticket, now_ms)
        if request.api_version >= 4:
            # KIP-394: hand out the id first, so a client that times out cannot leave a
            # member behind that nobody will ever heartbeat for.
            group.pending_join_members.add(new_member_id)
            self._schedule(("heartbeat", group.group_id, new_member_id),
                           now_ms + request.session_timeout_ms)
            return JoinResult(ErrorCode.MEMBER_ID_REQUIRED, new_member_id)
        return self._add_member(group, new_member_id, request, ticket, now_ms)

    def _join_existing_member(self, group: ClassicGroup, request: JoinRequest, ticket: int,
                              now_ms: int) -> JoinResult | None:
        member_id = request.member_id
        if group.state is State.DEAD:
            return JoinResult(ErrorCode.COORDINATOR_NOT_AVAILABLE, member_id)
        if not group.supports_protocols(request.protocol_type, _names(request)):
            return JoinResult(ErrorCode.INCONSISTENT_GROUP_PROTOCOL, member_id)
        if member_id in group.pending_join_members:
            if request.group_instance_id is not None:  # Kafka: IllegalStateException
                return JoinResult(ErrorCode.UNKNOWN_SERVER_ERROR, member_id)
            return self._add_member(group, member_id, request, ticket, now_ms)
        error = _validate_member(group, member_id, request.group_instance_id)
        if error is not ErrorCode.NONE:
            return JoinResult(error, member_id)
        member = group.members[member_id]
        is_same_metadata = member.protocols == request.protocols
        if group.state is State.PREPARING_REBALANCE:
            return self._update_member(group, member, request, ticket, now_ms)
        if group.state is State.COMPLETING_REBALANCE:
            if is_same_metadata:  # it probably missed its JoinGroup answer: send it again
                return self.current_generation_answer(group, member_id)
            return self._update_member(group, member, request, ticket, now_ms)
        if group.state is State.STABLE:
            # The leader's rejoin rebalances (e.g. for topic metadata changes); a follower's
            # rebalances only if its metadata changed.
            if group.is_leader(member_id) or not is_same_metadata:
                return self._update_member(group, member, request, ticket, now_ms)
            return self.current_generation_answer(group, member_id)
        return JoinResult(ErrorCode.UNKNOWN_MEMBER_ID, member_id)  # an Empty group

    def _add_member(self, group: ClassicGroup, member_id: str, request: JoinRequest,
                    ticket: int, now_ms: int) -> JoinResult | None:
        """Add a member parked on `ticket`; None: its answer comes through the ticket."""
        member = ClassicMember(member_id, request.group_instance_id, request.client_id,
                               request.client_host, request.rebalance_timeout_ms,
                               request.session_timeout_ms, request.protocol_type,
                               request.protocols, join_ticket=ticket, is_new=True)
        if (group.state is State.PREPARING_REBALANCE
                and group.previous_state is State.EMPTY):  # extends the initial delay
            group.new_member_added = True
        group.add(member)
        # A parked new member cannot heartbeat; bound its wait instead.
        self._reschedule_heartbeat(group, member, now_ms,
                                   self.settings.new_member_join_timeout_ms)
        self._maybe_prepare_rebalance_or_complete_join(group, now_ms)
        return None

    def _update_member(self, group: ClassicGroup, member: ClassicMember, request: JoinRequest,
                       ticket: int, now_ms: int) -> JoinResult | None:
        _update_in_place(member, request, ticket)
        self._maybe_prepare_rebalance_or_complete_join(group, now_ms)
        return None

    def _replace_static_member(self, group: ClassicGroup, new_member_id: str,
                               request: JoinRequest, ticket: int,
                               now_ms: int) -> JoinResult | None:
        assert request.group_instance_id is not None
        previous_leader_id = group.leader_id
        member = self._swap_static_member_id(group, request.group_instance_id, new_member_id)
        self._reschedule_heartbeat(group, member, now_ms)
        _update_in_place(member, request, ticket)
        if group.state is State.STABLE:
            if group.protocol_name == group.select_protocol():
                member.join_ticket = None
                self._write_group(group, {each.member_id: each.assignment
                                          for each in group.all_members()})
                return self._static_rejoin_answer(group, new_member_id, previous_leader_id,
                                                  request.api_version)
            self._maybe_prepare_rebalance_or_complete_join(group, now_ms)
        elif group.state is State.COMPLETING_REBALANCE:
            # The leader may be assigning to the old id: rebalance so the new id gets a share.
            self._prepare_rebalance(group, now_ms)
        else:
            assert group.state is State.PREPARING_REBALANCE, group.state
            self._maybe_complete_join_phase(group, now_ms)
        return None

    def _static_rejoin_answer(self, group: ClassicGroup, new_member_id: str,
                              previous_leader_id: str | None, api_version: int) -> JoinResult:
        """A restarted static member of a Stable group, protocol unchanged: no rebalance."""
        if api_version >= 9:
            # KIP-814: a replaced leader learns it leads, with the members, but skips assigning.
            answer = self.current_generation_answer(group, new_member_id)
            return replace(answer, skip_assignment=group.is_leader(new_member_id))
        # Before v9 the old leader id is returned, so that a replaced leader does not run an
        # assignment a Stable group would never send out.
        return self.current_generation_answer(group, new_member_id, previous_leader_id)

    def _swap_static_member_id(self, group: ClassicGroup, group_instance_id: str,
                               new_member_id: str) -> ClassicMember:
        old_member_id = group.static_members[group_instance_id]
        old = group.members.pop(old_member_id)
        self._answer_join(old, JoinResult(ErrorCode.FENCED_INSTANCE_ID, old_member_id))
        self._answer_sync(old, SyncResult(ErrorCode.FENCED_INSTANCE_ID))
        self._cancel(("heartbeat", group.group_id, old_member_id))
        member = ClassicMember(new_member_id, group_instance_id, old.client_id, old.client_host,
                               old.rebalance_timeout_ms, old.session_timeout_ms,
                               old.protocol_type, old.protocols, old.assignment)
        group.members[new_member_id] = member
        group.static_members[group_instance_id] = new_member_id
        if group.leader_id == old_member_id:
            group.leader_id = new_member_id
        # As in Kafka, an old id still owing a SyncGroup stays pending: the sync timer then
        # finds the group incomplete and rebalances.
        return member

    # --- SyncGroup -----------------------------------------------------------------------------

    def sync(self, request: SyncRequest, now_ms: int) -> SyncResult | Pending:
        self.tick(now_ms)
        if not request.group_id:
            return SyncResult(ErrorCode.INVALID_GROUP_ID)
        group = self._groups.get(request.group_id)
        if group is None:
            return SyncResult(ErrorCode.UNKNOWN_MEMBER_ID)
        error = _validate_sync(group, request)
        if error is not ErrorCode.NONE:
            return SyncResult(error)
        if group.state is State.PREPARING_REBALANCE:
            return SyncResult(ErrorCode.REBALANCE_IN_PROGRESS)
        member = group.members[request.member_id]
        if group.state is State.STABLE:
            self._remove_pending_sync_member(group, member.member_id)
            return SyncResult(ErrorCode.NONE, group.protocol_type, group.protocol_name,
                              member.assignment)
        if group.state is not State.COMPLETING_REBALANCE:
            return SyncResult(ErrorCode.UNKNOWN_MEMBER_ID)
        ticket = self._new_ticket()
        member.sync_ticket = ticket
        self._remove_pending_sync_member(group, member.member_id)
        if group.is_leader(member.member_id):
            assignments = dict(request.assignments)
            self._write_group(group, assignments)
            for each in group.all_members():
                each.assignment = assignments.get(each.member_id, b"")
            self._propagate_assignment(group, ErrorCode.NONE, now_ms)
            group.transition_to(State.STABLE, now_ms)
        answer = self.poll(ticket)
        if answer is None:
            return Pending(ticket)
        assert isinstance(answer, SyncResult), answer
        return answer

    def _remove_pending_sync_member(self, group: ClassicGroup, member_id: str) -> None:
        group.pending_sync_members.discard(member_id)
        if not group.pending_sync_members:
            self._cancel(("sync", group.group_id))

    # --- Heartbeat and LeaveGroup --------------------------------------------------------------

    def heartbeat(self, *, group_id: str, generation_id: int, member_id: str,
                  group_instance_id: str | None = None, now_ms: int) -> ErrorCode:
        self.tick(now_ms)
        if not group_id:
            return ErrorCode.INVALID_GROUP_ID
        group = self._groups.get(group_id)
        if group is None:
            return ErrorCode.UNKNOWN_MEMBER_ID
        if group.state is State.DEAD:
            return ErrorCode.COORDINATOR_NOT_AVAILABLE
        error = _validate_member(group, member_id, group_instance_id)
        if error is not ErrorCode.NONE:
            return error
        if generation_id != group.generation_id:
            return ErrorCode.ILLEGAL_GENERATION
        if group.state is State.EMPTY:
            return ErrorCode.UNKNOWN_MEMBER_ID
        self._reschedule_heartbeat(group, group.members[member_id], now_ms)
        if group.state is State.PREPARING_REBALANCE:
            return ErrorCode.REBALANCE_IN_PROGRESS
        return ErrorCode.NONE

    def leave(self, *, group_id: str, members: Sequence[tuple[str, str | None]],
              now_ms: int) -> LeaveResult:
        """LeaveGroup for (member id, group instance id) pairs; an admin may name a static
        member by instance id alone (empty member id)."""
        self.tick(now_ms)
        if not group_id:
            return LeaveResult(ErrorCode.INVALID_GROUP_ID)
        group = self._groups.get(group_id)
        if group is None:
            return LeaveResult(ErrorCode.UNKNOWN_MEMBER_ID)
        if group.state is State.DEAD:
            return LeaveResult(ErrorCode.COORDINATOR_NOT_AVAILABLE)
        results = tuple(self._leave_one(group, member_id, instance_id, now_ms)
                        for member_id, instance_id in members)
        if any(result.error is ErrorCode.NONE for result in results):
            if group.state in (State.STABLE, State.COMPLETING_REBALANCE):
                self._maybe_prepare_rebalance_or_complete_join(group, now_ms)
            elif group.state is State.PREPARING_REBALANCE:
                self._maybe_complete_join_phase(group, now_ms)
        return LeaveResult(ErrorCode.NONE, results)

    def _leave_one(self, group: ClassicGroup, member_id: str, instance_id: str | None,
                   now_ms: int) -> LeaveMemberResult:
        if member_id == UNKNOWN_MEMBER_ID:
            static_id = group.static_member_id(instance_id)
            if static_id is None:
                return LeaveMemberResult(member_id, instance_id, ErrorCode.UNKNOWN_MEMBER_ID)
            self._remove_leaving_member(group, static_id)
        elif member_id in group.pending_join_members:
            group.remove(member_id)
            self._cancel(("heartbeat", group.group_id, member_id))
        else:
            error = _validate_member(group, member_id, instance_id)
            if error is not ErrorCode.NONE:
                return LeaveMemberResult(member_id, instance_id, error)
            self._remove_leaving_member(group, member_id)
        return LeaveMemberResult(member_id, instance_id, ErrorCode.NONE)

    def _remove_leaving_member(self, group: ClassicGroup, member_id: str) -> None:
        self._cancel(("heartbeat", group.group_id, member_id))
        member = group.members[member_id]
        self._answer_join(member, JoinResult(ErrorCode.UNKNOWN_MEMBER_ID, UNKNOWN_MEMBER_ID))
        group.remove(member_id)

    def refresh_session(self, group_id: str, member_id: str, now_ms: int) -> None:
        """A member's accepted offset commit counts as a heartbeat in a Stable or
        PreparingRebalance group (Kafka's commitOffset reschedules the member's session)."""
        group = self._groups.get(group_id)
        if group is None or group.state not in (State.STABLE, State.PREPARING_REBALANCE):
            return
        member = group.members.get(member_id)
        if member is not None:
            self._reschedule_heartbeat(group, member, now_ms)

    # --- DescribeGroups and ListGroups ---------------------------------------------------------

    def describe(self, group_ids: Iterable[str]) -> list[DescribedGroup]:
        return [describe_group(group_id, self._groups.get(group_id)) for group_id in group_ids]

    def list_groups(self, states_filter: Iterable[str] = (),
                    types_filter: Iterable[str] = ()) -> list[ListedGroup]:
        return list_groups(self._groups.values(), states_filter, types_filter)


def _names(request: JoinRequest) -> tuple[str, ...]:
    return tuple(protocol.name for protocol in request.protocols)


def _update_in_place(member: ClassicMember, request: JoinRequest, ticket: int) -> None:
    member.protocols = request.protocols
    member.rebalance_timeout_ms = request.rebalance_timeout_ms
    member.session_timeout_ms = request.session_timeout_ms
    member.join_ticket = ticket


def _validate_member(group: ClassicGroup, member_id: str,
                     group_instance_id: str | None) -> ErrorCode:
    """Kafka's ClassicGroup.validateMember: a static member is checked by its instance id."""
    if group_instance_id is None:
        return ErrorCode.NONE if member_id in group.members else ErrorCode.UNKNOWN_MEMBER_ID
    existing_member_id = group.static_member_id(group_instance_id)
    if existing_member_id is None:
        return ErrorCode.UNKNOWN_MEMBER_ID
    if existing_member_id != member_id:
        return ErrorCode.FENCED_INSTANCE_ID
    return ErrorCode.NONE


def _validate_sync(group: ClassicGroup, request: SyncRequest) -> ErrorCode:
    if group.state is State.DEAD:
        return ErrorCode.COORDINATOR_NOT_AVAILABLE
    error = _validate_member(group, request.member_id, request.group_instance_id)
    if error is not ErrorCode.NONE:
        return error
    if request.generation_id != group.generation_id:
        return ErrorCode.ILLEGAL_GENERATION
    if (_is_inconsistent(request.protocol_type, group.protocol_type)
            or _is_inconsistent(request.protocol_name, group.protocol_name)):
        return ErrorCode.INCONSISTENT_GROUP_PROTOCOL
    return ErrorCode.NONE


def _is_inconsistent(asked: str | None, held: str | None) -> bool:
    return asked is not None and held is not None and asked != held
