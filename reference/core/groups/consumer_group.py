"""The state of one KIP-848 consumer group, and the checks the offsets store asks of it.

Mirrors Kafka 4.x `modern/consumer/ConsumerGroup.java`: the group epoch, the target assignment
and its epoch, the members (with the static ones by instance id), the epoch of the member that
owns each partition (assigned or pending revocation), the subscription metadata, and the
resolved regular expressions. Only replayed records change it (consumer_records.replay), so a
coordinator rebuilt from `__consumer_offsets` holds the same state.
Invariants checked on every member change: NoDoubleAssignment (a partition has one owner,
counting partitions pending revocation) and MemberEpochMonotonic.
State: Empty (no members), Assigning (group epoch ahead of the target assignment epoch),
  Reconciling (some member not STABLE at the target epoch), Stable.
Divergences: OffsetCommit's "version 9+ for consumer-protocol members" check needs the
  request version, which the OffsetsGroup interface does not carry; it is not made.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum

from reference.core.groups.consumer_member import ConsumerMember, PartitionsById
from reference.core.groups.offsets_group import ExpirationRule
from reference.core.groups.topics_view import TopicInfo
from spec.errors import ErrorCode
from spec.invariants import check, member_epoch_monotonic


class ConsumerGroupState(Enum):
    EMPTY = "Empty"
    ASSIGNING = "Assigning"
    RECONCILING = "Reconciling"
    STABLE = "Stable"
    DEAD = "Dead"


@dataclass(frozen=True, slots=True)
class ResolvedRegex:
    """A regular expression's topics when it was last resolved (ResolvedRegularExpression)."""

    topics: frozenset[str]
    version: int
    timestamp_ms: int


@dataclass
class ConsumerGroup:
    group_id: str
    group_epoch: int = 0
    assignment_epoch: int = 0
    members: dict[str, ConsumerMember] = field(default_factory=dict)
    static_members: dict[str, str] = field(default_factory=dict)  # instance id -> member id
    target_assignment: dict[str, PartitionsById] = field(default_factory=dict)
    # (topic id, partition) -> (owner's member id, owner's epoch)
    partition_owners: dict[tuple[uuid.UUID, int], tuple[str, int]] = field(default_factory=dict)
    subscription_metadata: dict[str, TopicInfo] = field(default_factory=dict)
    resolved_regexes: dict[str, ResolvedRegex] = field(default_factory=dict)

    # --- members -----------------------------------------------------------------------------

    def static_member(self, instance_id: str) -> ConsumerMember | None:
        member_id = self.static_members.get(instance_id)
        return None if member_id is None else self.members.get(member_id)

    def update_member(self, member: ConsumerMember) -> None:
        old = self.members.get(member.member_id)
        if old is not None:
            check("MemberEpochMonotonic",
                  member_epoch_monotonic(old.member_epoch, member.member_epoch),
                  group_id=self.group_id, member_id=member.member_id,
                  before=old.member_epoch, after=member.member_epoch)
            self._release(old)
            if old.instance_id is not None and old.instance_id != member.instance_id:
                self.static_members.pop(old.instance_id, None)
        self.members[member.member_id] = member
        if member.instance_id is not None:
            self.static_members[member.instance_id] = member.member_id
        self._claim(member)

    def remove_member(self, member_id: str) -> None:
        old = self.members.pop(member_id, None)
        if old is None:
            return
        self._release(old)
        if old.instance_id is not None and self.static_members.get(old.instance_id) == member_id:
            del self.static_members[old.instance_id]

    def _release(self, member: ConsumerMember) -> None:
        for topic_id, partitions in member.owned_partitions().items():
            for partition in partitions:
                self.partition_owners.pop((topic_id, partition), None)

    def _claim(self, member: ConsumerMember) -> None:
        for topic_id, partitions in member.owned_partitions().items():
            for partition in partitions:
                holder = self.partition_owners.get((topic_id, partition))
                check("NoDoubleAssignment", holder is None, group_id=self.group_id,
                      topic_id=topic_id, partition=partition, owner=holder,
                      claimant=member.member_id)
                self.partition_owners[(topic_id, partition)] = (member.member_id,
                                                                member.member_epoch)

    def partition_epoch(self, topic_id: uuid.UUID, partition: int) -> int:
        """The epoch of the member owning the partition, -1 when nobody does."""
        owner = self.partition_owners.get((topic_id, partition))
        return -1 if owner is None else owner[1]

    # --- derived views ------------------------------------------------------------------------

    @property
    def state(self) -> ConsumerGroupState:
        if not self.members:
            return ConsumerGroupState.EMPTY
        if self.group_epoch > self.assignment_epoch:
            return ConsumerGroupState.ASSIGNING
        if all(member.is_reconciled_to(self.assignment_epoch) for member in self.members.values()):
            return ConsumerGroupState.STABLE
        return ConsumerGroupState.RECONCILING

    def member_topics(self, member: ConsumerMember) -> frozenset[str]:
        """The topic names a member subscribes to: by name, and through its resolved regex."""
        topics = member.subscribed_topic_names
        if member.subscribed_topic_regex:
            resolved = self.resolved_regexes.get(member.subscribed_topic_regex)
            if resolved is not None:
                topics = topics | resolved.topics
        return topics

    def subscribed_topic_names(self) -> frozenset[str]:
        topics: frozenset[str] = frozenset()
        for member in self.members.values():
            topics = topics | self.member_topics(member)
        return topics

    def regex_subscribers(self, regex: str) -> int:
        return sum(1 for member in self.members.values() if member.subscribed_topic_regex == regex)

    def preferred_server_assignor(self) -> str | None:
        """The assignor most members ask for (ties: first by name, where Kafka takes its
        HashMap's order)."""
        counts = Counter(member.server_assignor for member in self.members.values()
                         if member.server_assignor is not None)
        if not counts:
            return None
        return min(counts, key=lambda name: (-counts[name], name))

    # --- what the offsets store asks (OffsetsGroup) --------------------------------------------

    @property
    def is_empty(self) -> bool:
        return self.state is ConsumerGroupState.EMPTY

    def validate_offset_commit(self, member_id: str, group_instance_id: str | None,
                               generation_id: int) -> ErrorCode:
        if generation_id < 0 and not self.members:
            return ErrorCode.NONE  # the admin client, or a consumer without group management
        member = self.members.get(member_id)
        if member is None:
            return ErrorCode.UNKNOWN_MEMBER_ID
        if generation_id != member.member_epoch:
            return ErrorCode.STALE_MEMBER_EPOCH
        return ErrorCode.NONE

    def validate_offset_fetch(self, member_id: str | None, member_epoch: int) -> ErrorCode:
        if member_id is None and member_epoch < 0:
            return ErrorCode.NONE
        member = self.members.get(member_id) if member_id is not None else None
        if member is None:
            return ErrorCode.UNKNOWN_MEMBER_ID
        if member_epoch != member.member_epoch:
            return ErrorCode.STALE_MEMBER_EPOCH
        return ErrorCode.NONE

    def validate_offset_delete(self) -> ErrorCode:
        return ErrorCode.NONE

    def validate_delete_group(self) -> ErrorCode:
        return ErrorCode.NONE if self.is_empty else ErrorCode.NON_EMPTY_GROUP

    def is_subscribed_to_topic(self, topic: str) -> bool:
        return topic in self.subscribed_topic_names()

    def offset_expiration(self) -> ExpirationRule | None:
        return ExpirationRule()  # from each offset's commit time
