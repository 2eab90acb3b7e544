"""The KIP-848 consumer group coordinator: ConsumerGroupHeartbeat as a pure state machine.

Source: Kafka 4.x group-coordinator GroupMetadataManager.consumerGroupHeartbeat (and
GroupCoordinatorService's request validation). A heartbeat, in Kafka's order:
  1. validate the request: INVALID_REQUEST (empty group/instance/rack id; member id on epochs
     above 0 and -1; a join without rebalance timeout, with owned partitions, or with neither
     topic names nor regex; epoch -2 without instance id; epochs below -2), then
     UNSUPPORTED_ASSIGNOR; epochs -1 and -2 leave (see `leave`);
  2. the group: GROUP_ID_NOT_FOUND unless it is a consumer group or the epoch is 0 (creates
     it); GROUP_MAX_SIZE_REACHED for a newcomer to a full group;
  3. the member: dynamic - UNKNOWN_MEMBER_ID, then FENCED_MEMBER_EPOCH (an epoch ahead, or
     behind unless it is the previous epoch and the owned partitions are a subset); static -
     a join while the instance id is held by a member not at epoch -2 is UNRELEASED_INSTANCE_ID,
     else the old member is replaced by the new id, keeping its assignment; a heartbeat for an
     unknown instance id is UNKNOWN_MEMBER_ID, for another member id FENCED_INSTANCE_ID;
  4. a new regex is checked (INVALID_REGULAR_EXPRESSION);
  5. records: the member's subscription when it changed, resolved regexes, subscription
     metadata; the group epoch is bumped when a subscription or the metadata changed;
  6. a new target assignment when the group epoch is ahead of it (consumer_assign.py);
  7. the member reconciles towards its target (consumer_reconcile.py); entering
     UNREVOKED_PARTITIONS arms the rebalance timeout;
  8. the session timeout is re-armed; the answer carries the assignment on a full request
     (epoch 0, or rebalance timeout, topic names and owned partitions all sent) or a change.
`tick` fences members silent past the session timeout (group.consumer.session.timeout.ms) and
members that did not revoke within their rebalance timeout.
Divergences: regexes resolve synchronously in the heartbeat that needs them (Kafka resolves them
in a background task and at most every 10 s); the per-group configs (GroupConfig) are not
modelled; a non-empty classic group is not converted online (see the heartbeat handler, which
also deletes an Empty classic group a join replaces); member ids are Kafka-style Uuids from
the injected random generator; a resolved regex's version is 0 (Kafka: the metadata offset).
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Mapping, Sequence

from reference.core.groups.assignors import PartitionAssignorError
from reference.core.groups.classic_results import ListedGroup
from reference.core.groups.consumer_assign import (
    is_valid_regex,
    resolve_regex,
    subscription_metadata,
    target_assignment,
)
from reference.core.groups.consumer_describe import describe_group, list_groups
from reference.core.groups.consumer_errors import HeartbeatError, validate_request
from reference.core.groups.consumer_group import ConsumerGroup, ResolvedRegex
from reference.core.groups.consumer_member import (
    LEAVE_GROUP_STATIC_MEMBER_EPOCH,
    ConsumerMember,
    MemberState,
)
from reference.core.groups.consumer_members import (
    checked_dynamic_member,
    checked_static_member,
    static_replacement_records,
    updated_member,
)
from reference.core.groups.consumer_reconcile import FencedMemberEpoch, reconcile
from reference.core.groups.consumer_records import (
    current_assignment_record,
    epoch_record,
    group_tombstones,
    member_record,
    member_tombstones,
    partition_metadata_record,
    regex_record,
    regex_tombstone,
)
from reference.core.groups.consumer_replay import replay
from reference.core.groups.consumer_results import (
    ConsumerGroupSettings,
    ConsumerHeartbeatRequest,
    ConsumerHeartbeatResult,
    DescribedConsumerGroup,
)
from reference.core.groups.offsets_group import OffsetsGroup
from reference.core.groups.topics_view import TopicInfo
from reference.core.identity import random_kafka_uuid
from reference.core.log.checkpoints import uuid_to_kafka_string
from spec.coordinator_records import CoordinatorRecord
from spec.errors import ErrorCode

Topics = Mapping[str, TopicInfo]
MemberKey = tuple[str, str]  # (group id, member id)


class ConsumerGroupCoordinator:
    def __init__(self, settings: ConsumerGroupSettings,
                 rng: random.Random | None = None) -> None:
        self.settings = settings
        self._rng = rng if rng is not None else random.Random(0)
        self._groups: dict[str, ConsumerGroup] = {}
        self._session_deadlines_ms: dict[MemberKey, int] = {}
        self._rebalance_deadlines_ms: dict[MemberKey, tuple[int, int]] = {}  # (deadline, epoch)
        self._written: list[CoordinatorRecord] = []

    # --- the operations ----------------------------------------------------------------------

    def heartbeat(self, request: ConsumerHeartbeatRequest, topics: Topics,
                  now_ms: int) -> tuple[ConsumerHeartbeatResult, list[CoordinatorRecord]]:
        """Records returned are already applied to this coordinator; the caller writes them."""
        self._written = []
        try:
            validate_request(request, self.settings.assignors)
            if request.member_epoch < 0:
                result = self.leave(request, topics)
            else:
                result = self._heartbeat(request, topics, now_ms)
        except HeartbeatError as error:
            assert not self._written, "an error after records were applied"
            return ConsumerHeartbeatResult(error.error, error.message), []
        return result, self._take_written()

    def tick(self, now_ms: int, topics: Topics) -> list[CoordinatorRecord]:
        """Session and rebalance timeouts fence members; records are already applied."""
        self._written = []
        self._arm_loaded_members(now_ms)
        for key, deadline_ms in list(self._session_deadlines_ms.items()):
            if deadline_ms <= now_ms:
                self._fence_if_present(key, topics)
        for key, (deadline_ms, epoch) in list(self._rebalance_deadlines_ms.items()):
            member = self._member(key)
            if deadline_ms <= now_ms and member is not None and member.member_epoch == epoch:
                self._fence_if_present(key, topics)
            elif deadline_ms <= now_ms:
                del self._rebalance_deadlines_ms[key]
        return self._take_written()

    def replay(self, record: CoordinatorRecord) -> None:
        """Load path: rebuild state from records; ignore record types it does not own."""
        replay(self._groups, record)

    def has_group(self, group_id: str) -> bool:
        return group_id in self._groups

    def group(self, group_id: str) -> OffsetsGroup | None:
        return self._groups.get(group_id)

    def consumer_group(self, group_id: str) -> ConsumerGroup | None:
        return self._groups.get(group_id)

    def group_ids(self) -> list[str]:
        return list(self._groups)

    def delete_group_records(self, group_id: str) -> list[CoordinatorRecord]:
        """Tombstones for every record of the group (applied by the caller via replay)."""
        group = self._groups.get(group_id)
        return [] if group is None else group_tombstones(group)

    def describe(self, group_ids: Sequence[str], topics: Topics) -> list[DescribedConsumerGroup]:
        return [describe_group(group_id, self._groups.get(group_id), topics,
                               self.settings.assignors[0]) for group_id in group_ids]

    def list_groups(self, states_filter: Sequence[str] = (),
                    types_filter: Sequence[str] = ()) -> list[ListedGroup]:
        return list_groups(self._groups.values(), states_filter, types_filter)

    def next_deadline_ms(self) -> int | None:
        deadlines = [*self._session_deadlines_ms.values(),
                     *(deadline for deadline, _ in self._rebalance_deadlines_ms.values())]
        return min(deadlines, default=None)

    # --- a heartbeat ---------------------------------------------------------------------------

    def _heartbeat(self, request: ConsumerHeartbeatRequest, topics: Topics,
                   now_ms: int) -> ConsumerHeartbeatResult:
        is_join = request.member_epoch == 0
        group = self._groups.get(request.group_id)
        if group is None and not is_join:
            raise HeartbeatError(ErrorCode.GROUP_ID_NOT_FOUND,
                                 f"Consumer group {request.group_id} not found.")
        group = group if group is not None else ConsumerGroup(request.group_id)
        if len(group.members) >= self.settings.max_size and request.member_id not in group.members:
            raise HeartbeatError(ErrorCode.GROUP_MAX_SIZE_REACHED,
                                 "The consumer group has reached its maximum capacity of "
                                 f"{self.settings.max_size} members.")
        member_id = request.member_id or uuid_to_kafka_string(random_kafka_uuid(self._rng))
        member, replaced = self._checked_member(group, member_id, request)
        updated = updated_member(member, request)
        regex_bump, regex_tombstones = self._regex_changes(group, member, updated)
        if replaced is not None:
            self._apply(static_replacement_records(group, replaced, member))
        group = self._groups.get(request.group_id, group)
        bump = group.group_epoch == 0
        if updated != member:
            self._apply([member_record(group.group_id, updated)])
            bump = bump or updated.subscribed_topic_names != member.subscribed_topic_names
        self._apply(regex_tombstones)
        group = self._groups[request.group_id]
        bump = self._refresh_regexes(group, topics, now_ms) or regex_bump or bump
        self._refresh_metadata_and_epoch(group, topics, bump)
        self._update_target(group)
        return self._reconcile_and_answer(group, member_id, request, now_ms)

    def _checked_member(self, group: ConsumerGroup, member_id: str,
                        request: ConsumerHeartbeatRequest
                        ) -> tuple[ConsumerMember, ConsumerMember | None]:
        """The member the heartbeat speaks for, and the static member it replaces if any."""
        if request.instance_id is None:
            return checked_dynamic_member(group, member_id, request), None
        return checked_static_member(group, member_id, request)

    def _regex_changes(self, group: ConsumerGroup, member: ConsumerMember,
                       updated: ConsumerMember) -> tuple[bool, list[CoordinatorRecord]]:
        """Kafka's maybeUpdateRegularExpressions, judged on the group before this heartbeat:
        whether an already resolved regex makes the group rebalance, and the tombstone of the
        regex the member dropped when nobody else uses it. A new regex is checked here."""
        old_regex, new_regex = member.subscribed_topic_regex, updated.subscribed_topic_regex
        if old_regex == new_regex:
            return False, []
        tombstones = []
        if old_regex and group.regex_subscribers(old_regex) == 1:
            tombstones = [regex_tombstone(group.group_id, old_regex)]
        if not new_regex:
            return False, tombstones
        if group.regex_subscribers(new_regex) == 0:
            if not is_valid_regex(new_regex):
                raise HeartbeatError(ErrorCode.INVALID_REGULAR_EXPRESSION,
                                     f"SubscribedTopicRegex `{new_regex}` is not a valid "
                                     "regular expression.")
            return False, tombstones
        return new_regex in group.resolved_regexes, tombstones

    def _refresh_regexes(self, group: ConsumerGroup, topics: Topics, now_ms: int) -> bool:
        """Resolve every regex the group uses whose topics changed; True when any did."""
        changed = False
        for regex in sorted({member.subscribed_topic_regex for member in group.members.values()
                             if member.subscribed_topic_regex}):
            resolved = resolve_regex(regex, topics)
            old = group.resolved_regexes.get(regex)
            if old is None or old.topics != resolved:
                changed = changed or resolved != (old.topics if old else frozenset())
                self._apply([regex_record(group.group_id, regex,
                                          ResolvedRegex(resolved, 0, now_ms))])
        return changed

    def _refresh_metadata_and_epoch(self, group: ConsumerGroup, topics: Topics,
                                    bump: bool) -> None:
        metadata = subscription_metadata(group, topics)
        if metadata != group.subscription_metadata:
            self._apply([partition_metadata_record(group.group_id, metadata)])
            bump = True
        if bump:
            self._apply([epoch_record(group.group_id, group.group_epoch + 1)])

    def _update_target(self, group: ConsumerGroup) -> None:
        if group.group_epoch <= group.assignment_epoch:
            return
        assignor = group.preferred_server_assignor() or self.settings.assignors[0]
        try:
            _, records = target_assignment(group, assignor)
        except PartitionAssignorError as error:  # unreachable: only existing topics go in
            raise AssertionError(f"target assignment failed: {error}") from error
        self._apply(records)

    def _reconcile_and_answer(self, group: ConsumerGroup, member_id: str,
                              request: ConsumerHeartbeatRequest,
                              now_ms: int) -> ConsumerHeartbeatResult:
        member = group.members[member_id]
        updated = member
        if not member.is_reconciled_to(group.assignment_epoch):
            try:
                updated = reconcile(member, group.assignment_epoch,
                                    group.target_assignment.get(member_id, {}),
                                    group.partition_epoch, request.owned_partitions)
            except FencedMemberEpoch as error:
                raise HeartbeatError(ErrorCode.FENCED_MEMBER_EPOCH, str(error)) from error
        if updated != member:
            self._apply([current_assignment_record(group.group_id, updated)])
            self._arm_rebalance_timeout(group.group_id, updated, now_ms)
        key = (group.group_id, member_id)
        self._session_deadlines_ms[key] = now_ms + self.settings.session_timeout_ms
        is_full = request.member_epoch == 0 or (
            request.rebalance_timeout_ms != -1 and request.subscribed_topic_names is not None
            and request.owned_partitions is not None)
        changed = updated.assigned_partitions != member.assigned_partitions
        return ConsumerHeartbeatResult(
            ErrorCode.NONE, None, member_id, updated.member_epoch,
            self.settings.heartbeat_interval_ms,
            dict(updated.assigned_partitions) if is_full or changed else None)

    def _arm_rebalance_timeout(self, group_id: str, member: ConsumerMember,
                               now_ms: int) -> None:
        key = (group_id, member.member_id)
        if member.state is MemberState.UNREVOKED_PARTITIONS:
            self._rebalance_deadlines_ms[key] = (now_ms + member.rebalance_timeout_ms,
                                                 member.member_epoch)
        else:
            self._rebalance_deadlines_ms.pop(key, None)

    # --- leaving and fencing -----------------------------------------------------------------

    def leave(self, request: ConsumerHeartbeatRequest, topics: Topics) -> ConsumerHeartbeatResult:
        """Epoch -1: the member leaves (a static one for good); -2: a static member leaves for
        now, keeping its assignment until it rejoins or its session times out."""
        group = self._groups.get(request.group_id)
        if group is None:
            raise HeartbeatError(ErrorCode.GROUP_ID_NOT_FOUND,
                                 f"Consumer group {request.group_id} not found.")
        answer = ConsumerHeartbeatResult(ErrorCode.NONE, None, request.member_id,
                                         request.member_epoch)
        if request.instance_id is None:
            if request.member_id not in group.members:
                raise HeartbeatError(ErrorCode.UNKNOWN_MEMBER_ID,
                                     f"Member {request.member_id} is not a member of group "
                                     f"{group.group_id}.")
            self._fence(group, request.member_id, topics)
            return answer
        member = checked_static_member(group, request.member_id, request)[0]
        if request.member_epoch == LEAVE_GROUP_STATIC_MEMBER_EPOCH:
            leaving = dataclasses.replace(member, member_epoch=LEAVE_GROUP_STATIC_MEMBER_EPOCH,
                                          partitions_pending_revocation={})
            self._apply([current_assignment_record(group.group_id, leaving)])
            return dataclasses.replace(answer, member_id=member.member_id)
        self._fence(group, member.member_id, topics)
        return answer

    def _fence(self, group: ConsumerGroup, member_id: str, topics: Topics) -> None:
        """Kafka's consumerGroupFenceMember: the member's tombstones, the subscription metadata
        without it, and a new group epoch."""
        gone = group.members[member_id]
        self._apply(member_tombstones(group.group_id, member_id))
        group = self._groups[group.group_id]
        metadata = subscription_metadata(group, topics)
        if metadata != group.subscription_metadata:
            self._apply([partition_metadata_record(group.group_id, metadata)])
        self._apply([epoch_record(group.group_id, group.group_epoch + 1)])
        for timers in (self._session_deadlines_ms, self._rebalance_deadlines_ms):
            timers.pop((group.group_id, gone.member_id), None)

    def _fence_if_present(self, key: MemberKey, topics: Topics) -> None:
        group = self._groups.get(key[0])
        if group is not None and key[1] in group.members:
            self._fence(group, key[1], topics)
        self._session_deadlines_ms.pop(key, None)
        self._rebalance_deadlines_ms.pop(key, None)

    def _arm_loaded_members(self, now_ms: int) -> None:
        """Members rebuilt by replay get their timers on the first tick (Kafka's onLoaded)."""
        for group in self._groups.values():
            for member in group.members.values():
                key = (group.group_id, member.member_id)
                if key not in self._session_deadlines_ms:
                    self._session_deadlines_ms[key] = now_ms + self.settings.session_timeout_ms
                    if member.state is MemberState.UNREVOKED_PARTITIONS:
                        self._arm_rebalance_timeout(group.group_id, member, now_ms)

    # --- records ---------------------------------------------------------------------------------

    def _apply(self, records: list[CoordinatorRecord]) -> None:
        for record in records:
            replay(self._groups, record)
        self._written.extend(records)

    def _take_written(self) -> list[CoordinatorRecord]:
        written, self._written = self._written, []
        return written

    def _member(self, key: MemberKey) -> ConsumerMember | None:
        group = self._groups.get(key[0])
        return None if group is None else group.members.get(key[1])
