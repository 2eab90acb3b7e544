"""Rebuild consumer-group state from its `__consumer_offsets` records (Kafka 4.x's
GroupMetadataManager.replay for record types 3-8 and 16). Records of other types are ignored.

A value creates its group when missing; tombstones for a missing group or member do nothing
(Kafka's loader tolerates them the same way).
"""

from __future__ import annotations

import dataclasses

from reference.core.groups.consumer_group import ConsumerGroup, ResolvedRegex
from reference.core.groups.consumer_member import (
    LEAVE_GROUP_MEMBER_EPOCH,
    ConsumerMember,
    MemberState,
    partitions_from_pairs,
)
from reference.core.groups.consumer_records import CONSUMER_RECORD_TYPES
from reference.core.groups.topics_view import TopicInfo
from spec.coordinator_records import CoordinatorRecord, CoordinatorRecordType
from spec.generated_coordinator.consumer_group_current_member_assignment import (
    ConsumerGroupCurrentMemberAssignmentValue as CurrentValue,
)
from spec.generated_coordinator.consumer_group_member_metadata import (
    ConsumerGroupMemberMetadataValue as MemberValue,
)
from spec.generated_coordinator.consumer_group_metadata import ConsumerGroupMetadataValue
from spec.generated_coordinator.consumer_group_partition_metadata import (
    ConsumerGroupPartitionMetadataValue,
)
from spec.generated_coordinator.consumer_group_regular_expression import (
    ConsumerGroupRegularExpressionValue,
)
from spec.generated_coordinator.consumer_group_target_assignment_member import (
    ConsumerGroupTargetAssignmentMemberValue,
)
from spec.generated_coordinator.consumer_group_target_assignment_metadata import (
    ConsumerGroupTargetAssignmentMetadataValue,
)

T = CoordinatorRecordType


def _key_field(record: CoordinatorRecord, name: str) -> str:
    value = getattr(record.key, name)
    assert isinstance(value, str), (record, name)
    return value


def replay(groups: dict[str, ConsumerGroup], record: CoordinatorRecord) -> None:
    if record.record_type not in CONSUMER_RECORD_TYPES:
        return
    group_id = _key_field(record, "group_id")
    group = groups.get(group_id)
    if record.value is None:
        if group is not None:
            _replay_tombstone(groups, group, record)
        return
    if group is None:
        group = groups[group_id] = ConsumerGroup(group_id)
    _replay_value(group, record)


def _replay_value(group: ConsumerGroup, record: CoordinatorRecord) -> None:
    value = record.value
    if isinstance(value, ConsumerGroupMetadataValue):
        group.group_epoch = value.epoch
    elif isinstance(value, ConsumerGroupTargetAssignmentMetadataValue):
        group.assignment_epoch = value.assignment_epoch
    elif isinstance(value, ConsumerGroupPartitionMetadataValue):
        group.subscription_metadata = {
            topic.topic_name: TopicInfo(topic.topic_id, topic.num_partitions)
            for topic in value.topics}
    elif isinstance(value, ConsumerGroupTargetAssignmentMemberValue):
        group.target_assignment[_key_field(record, "member_id")] = partitions_from_pairs(
            (item.topic_id, item.partitions) for item in value.topic_partitions)
    elif isinstance(value, ConsumerGroupRegularExpressionValue):
        group.resolved_regexes[_key_field(record, "regular_expression")] = ResolvedRegex(
            frozenset(value.topics), value.version, value.timestamp)
    elif isinstance(value, MemberValue):
        _replay_member(group, _key_field(record, "member_id"), value)
    elif isinstance(value, CurrentValue):
        _replay_current(group, _key_field(record, "member_id"), value)


def _replay_member(group: ConsumerGroup, member_id: str, value: MemberValue) -> None:
    member = group.members.get(member_id) or ConsumerMember(member_id)
    group.update_member(dataclasses.replace(
        member, instance_id=value.instance_id, rack_id=value.rack_id,
        client_id=value.client_id, client_host=value.client_host,
        subscribed_topic_names=frozenset(value.subscribed_topic_names),
        subscribed_topic_regex=value.subscribed_topic_regex,
        rebalance_timeout_ms=value.rebalance_timeout_ms, server_assignor=value.server_assignor))


def _replay_current(group: ConsumerGroup, member_id: str, value: CurrentValue) -> None:
    member = group.members.get(member_id)
    if member is None:
        raise ValueError(f"assignment of unknown member {member_id} in {group.group_id}")
    group.update_member(dataclasses.replace(
        member, member_epoch=value.member_epoch,
        previous_member_epoch=value.previous_member_epoch,
        state=MemberState.from_value(value.state),
        assigned_partitions=partitions_from_pairs(
            (item.topic_id, item.partitions) for item in value.assigned_partitions),
        partitions_pending_revocation=partitions_from_pairs(
            (item.topic_id, item.partitions) for item in value.partitions_pending_revocation)))


def _replay_tombstone(groups: dict[str, ConsumerGroup], group: ConsumerGroup,
                      record: CoordinatorRecord) -> None:
    kind = record.record_type
    if kind is T.CONSUMER_GROUP_METADATA:
        del groups[group.group_id]
    elif kind is T.CONSUMER_GROUP_PARTITION_METADATA:
        group.subscription_metadata = {}
    elif kind is T.CONSUMER_GROUP_TARGET_ASSIGNMENT_METADATA:
        group.assignment_epoch = 0
    elif kind is T.CONSUMER_GROUP_TARGET_ASSIGNMENT_MEMBER:
        group.target_assignment.pop(_key_field(record, "member_id"), None)
    elif kind is T.CONSUMER_GROUP_REGULAR_EXPRESSION:
        group.resolved_regexes.pop(_key_field(record, "regular_expression"), None)
    elif kind is T.CONSUMER_GROUP_MEMBER_METADATA:
        group.remove_member(_key_field(record, "member_id"))
    elif kind is T.CONSUMER_GROUP_CURRENT_MEMBER_ASSIGNMENT:
        member = group.members.get(_key_field(record, "member_id"))
        if member is not None:
            group.update_member(dataclasses.replace(
                member, member_epoch=LEAVE_GROUP_MEMBER_EPOCH,
                previous_member_epoch=LEAVE_GROUP_MEMBER_EPOCH, assigned_partitions={},
                partitions_pending_revocation={}))
