"""The `__consumer_offsets` records of KIP-848 consumer groups: written as Kafka 4.x's
GroupCoordinatorRecordHelpers writes them, and replayed as GroupMetadataManager.replay does.

Record types (spec/coordinator_records.py): 3 ConsumerGroupMetadata (group epoch),
4 ConsumerGroupPartitionMetadata (subscribed topics' ids and partition counts), 5 MemberMetadata
(subscription), 6 TargetAssignmentMetadata (assignment epoch), 7 TargetAssignmentMember,
8 CurrentMemberAssignment (epochs, state, partitions), 16 RegularExpression (resolved topics).
Replay: any value creates the group; a CurrentMemberAssignment tombstone leaves the member at
epoch -1 with nothing (its MemberMetadata tombstone then removes it); a ConsumerGroupMetadata
tombstone removes the group.
Divergences: Kafka lists topics and partitions in its hash-map order; we sort them (topic ids
by their string form).
"""

from __future__ import annotations

import uuid

from reference.core.groups.consumer_group import ConsumerGroup, ResolvedRegex
from reference.core.groups.consumer_member import (
    ConsumerMember,
    PartitionsById,
)
from reference.core.groups.topics_view import TopicInfo
from spec.coordinator_records import CoordinatorRecord, CoordinatorRecordType, record_of
from spec.generated_coordinator.consumer_group_current_member_assignment import (
    ConsumerGroupCurrentMemberAssignmentKey as CurrentKey,
)
from spec.generated_coordinator.consumer_group_current_member_assignment import (
    ConsumerGroupCurrentMemberAssignmentValue as CurrentValue,
)
from spec.generated_coordinator.consumer_group_member_metadata import (
    ConsumerGroupMemberMetadataKey as MemberKey,
)
from spec.generated_coordinator.consumer_group_member_metadata import (
    ConsumerGroupMemberMetadataValue as MemberValue,
)
from spec.generated_coordinator.consumer_group_metadata import (
    ConsumerGroupMetadataKey as EpochKey,
)
from spec.generated_coordinator.consumer_group_metadata import (
    ConsumerGroupMetadataValue as EpochValue,
)
from spec.generated_coordinator.consumer_group_partition_metadata import (
    ConsumerGroupPartitionMetadataKey as PartitionMetadataKey,
)
from spec.generated_coordinator.consumer_group_partition_metadata import (
    ConsumerGroupPartitionMetadataValue as PartitionMetadataValue,
)
from spec.generated_coordinator.consumer_group_regular_expression import (
    ConsumerGroupRegularExpressionKey as RegexKey,
)
from spec.generated_coordinator.consumer_group_regular_expression import (
    ConsumerGroupRegularExpressionValue as RegexValue,
)
from spec.generated_coordinator.consumer_group_target_assignment_member import (
    ConsumerGroupTargetAssignmentMemberKey as TargetKey,
)
from spec.generated_coordinator.consumer_group_target_assignment_member import (
    ConsumerGroupTargetAssignmentMemberValue as TargetValue,
)
from spec.generated_coordinator.consumer_group_target_assignment_metadata import (
    ConsumerGroupTargetAssignmentMetadataKey as TargetEpochKey,
)
from spec.generated_coordinator.consumer_group_target_assignment_metadata import (
    ConsumerGroupTargetAssignmentMetadataValue as TargetEpochValue,
)

CONSUMER_RECORD_TYPES = frozenset({
    CoordinatorRecordType.CONSUMER_GROUP_METADATA,
    CoordinatorRecordType.CONSUMER_GROUP_PARTITION_METADATA,
    CoordinatorRecordType.CONSUMER_GROUP_MEMBER_METADATA,
    CoordinatorRecordType.CONSUMER_GROUP_TARGET_ASSIGNMENT_METADATA,
    CoordinatorRecordType.CONSUMER_GROUP_TARGET_ASSIGNMENT_MEMBER,
    CoordinatorRecordType.CONSUMER_GROUP_CURRENT_MEMBER_ASSIGNMENT,
    CoordinatorRecordType.CONSUMER_GROUP_REGULAR_EXPRESSION,
})


def _sorted_pairs(partitions: PartitionsById) -> list[tuple[uuid.UUID, tuple[int, ...]]]:
    return [(topic_id, tuple(sorted(partitions[topic_id])))
            for topic_id in sorted(partitions, key=str) if partitions[topic_id]]


# --- writing -------------------------------------------------------------------------------------

def epoch_record(group_id: str, epoch: int) -> CoordinatorRecord:
    return record_of(EpochKey(group_id=group_id), EpochValue(epoch=epoch))


def member_record(group_id: str, member: ConsumerMember) -> CoordinatorRecord:
    value = MemberValue(instance_id=member.instance_id, rack_id=member.rack_id,
                        client_id=member.client_id, client_host=member.client_host,
                        subscribed_topic_names=tuple(sorted(member.subscribed_topic_names)),
                        subscribed_topic_regex=member.subscribed_topic_regex,
                        rebalance_timeout_ms=member.rebalance_timeout_ms,
                        server_assignor=member.server_assignor)
    return record_of(MemberKey(group_id=group_id, member_id=member.member_id), value)


def partition_metadata_record(group_id: str,
                              metadata: dict[str, TopicInfo]) -> CoordinatorRecord:
    topics = tuple(PartitionMetadataValue.TopicMetadata(
        topic_id=info.topic_id, topic_name=name, num_partitions=info.partition_count)
        for name, info in sorted(metadata.items()))
    return record_of(PartitionMetadataKey(group_id=group_id),
                     PartitionMetadataValue(topics=topics))


def target_member_record(group_id: str, member_id: str,
                         partitions: PartitionsById) -> CoordinatorRecord:
    value = TargetValue(topic_partitions=tuple(
        TargetValue.TopicPartition(topic_id=topic_id, partitions=items)
        for topic_id, items in _sorted_pairs(partitions)))
    return record_of(TargetKey(group_id=group_id, member_id=member_id), value)


def target_epoch_record(group_id: str, epoch: int) -> CoordinatorRecord:
    return record_of(TargetEpochKey(group_id=group_id), TargetEpochValue(assignment_epoch=epoch))


def current_assignment_record(group_id: str, member: ConsumerMember) -> CoordinatorRecord:
    def topic_partitions(partitions: PartitionsById) -> tuple[CurrentValue.TopicPartitions, ...]:
        return tuple(CurrentValue.TopicPartitions(topic_id=topic_id, partitions=items)
                     for topic_id, items in _sorted_pairs(partitions))
    value = CurrentValue(member_epoch=member.member_epoch,
                         previous_member_epoch=member.previous_member_epoch,
                         state=int(member.state),
                         assigned_partitions=topic_partitions(member.assigned_partitions),
                         partitions_pending_revocation=topic_partitions(
                             member.partitions_pending_revocation))
    return record_of(CurrentKey(group_id=group_id, member_id=member.member_id), value)


def regex_record(group_id: str, regex: str, resolved: ResolvedRegex) -> CoordinatorRecord:
    value = RegexValue(topics=tuple(sorted(resolved.topics)), version=resolved.version,
                       timestamp=resolved.timestamp_ms)
    return record_of(RegexKey(group_id=group_id, regular_expression=regex), value)


def regex_tombstone(group_id: str, regex: str) -> CoordinatorRecord:
    return record_of(RegexKey(group_id=group_id, regular_expression=regex), None)


def member_tombstones(group_id: str, member_id: str) -> list[CoordinatorRecord]:
    """Kafka's removeMember, in its order: current assignment, target, subscription."""
    return [record_of(CurrentKey(group_id=group_id, member_id=member_id), None),
            record_of(TargetKey(group_id=group_id, member_id=member_id), None),
            record_of(MemberKey(group_id=group_id, member_id=member_id), None)]


def group_tombstones(group: ConsumerGroup) -> list[CoordinatorRecord]:
    """ConsumerGroup.createGroupTombstoneRecords, in its order."""
    group_id = group.group_id
    records = [record_of(CurrentKey(group_id=group_id, member_id=member_id), None)
               for member_id in group.members]
    records += [record_of(TargetKey(group_id=group_id, member_id=member_id), None)
                for member_id in group.members]
    records.append(record_of(TargetEpochKey(group_id=group_id), None))
    records += [record_of(MemberKey(group_id=group_id, member_id=member_id), None)
                for member_id in group.members]
    records += [record_of(RegexKey(group_id=group_id, regular_expression=regex), None)
                for regex in group.resolved_regexes]
    records.append(record_of(PartitionMetadataKey(group_id=group_id), None))
    records.append(record_of(EpochKey(group_id=group_id), None))
    return records
