# generated from the coordinator-key and coordinator-value schemas; do not edit
"""Every record type: (type, name, key class, value class), by type."""

from __future__ import annotations

from spec.generated_coordinator import (
    consumer_group_current_member_assignment,
    consumer_group_member_metadata,
    consumer_group_metadata,
    consumer_group_partition_metadata,
    consumer_group_regular_expression,
    consumer_group_target_assignment_member,
    consumer_group_target_assignment_metadata,
    group_metadata,
    legacy_offset_commit,
    offset_commit,
)
from spec.wire import Message

RECORD_TYPES: tuple[tuple[int, str, type[Message], type[Message]], ...] = (
    (0, 'LegacyOffsetCommit',
     legacy_offset_commit.LegacyOffsetCommitKey,
     legacy_offset_commit.LegacyOffsetCommitValue),
    (1, 'OffsetCommit',
     offset_commit.OffsetCommitKey,
     offset_commit.OffsetCommitValue),
    (2, 'GroupMetadata',
     group_metadata.GroupMetadataKey,
     group_metadata.GroupMetadataValue),
    (3, 'ConsumerGroupMetadata',
     consumer_group_metadata.ConsumerGroupMetadataKey,
     consumer_group_metadata.ConsumerGroupMetadataValue),
    (4, 'ConsumerGroupPartitionMetadata',
     consumer_group_partition_metadata.ConsumerGroupPartitionMetadataKey,
     consumer_group_partition_metadata.ConsumerGroupPartitionMetadataValue),
    (5, 'ConsumerGroupMemberMetadata',
     consumer_group_member_metadata.ConsumerGroupMemberMetadataKey,
     consumer_group_member_metadata.ConsumerGroupMemberMetadataValue),
    (6, 'ConsumerGroupTargetAssignmentMetadata',
     consumer_group_target_assignment_metadata.ConsumerGroupTargetAssignmentMetadataKey,
     consumer_group_target_assignment_metadata.ConsumerGroupTargetAssignmentMetadataValue),
    (7, 'ConsumerGroupTargetAssignmentMember',
     consumer_group_target_assignment_member.ConsumerGroupTargetAssignmentMemberKey,
     consumer_group_target_assignment_member.ConsumerGroupTargetAssignmentMemberValue),
    (8, 'ConsumerGroupCurrentMemberAssignment',
     consumer_group_current_member_assignment.ConsumerGroupCurrentMemberAssignmentKey,
     consumer_group_current_member_assignment.ConsumerGroupCurrentMemberAssignmentValue),
    (16, 'ConsumerGroupRegularExpression',
     consumer_group_regular_expression.ConsumerGroupRegularExpressionKey,
     consumer_group_regular_expression.ConsumerGroupRegularExpressionValue),
)
