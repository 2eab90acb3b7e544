"""`__consumer_offsets` records of the committed-offsets store, and back.

Kafka 4.x GroupCoordinatorRecordHelpers.newOffsetCommitRecord / newOffsetCommitTombstoneRecord /
newGroupMetadataTombstoneRecord, and OffsetAndMetadata.fromRecord (legacy type-0 records too).
"""

from __future__ import annotations

from reference.core.groups.offsets_group import NO_EXPIRE_TIMESTAMP
from reference.core.groups.offsets_values import NO_LEADER_EPOCH, CommittedOffset
from spec.coordinator_records import CoordinatorRecord, record_of
from spec.generated_coordinator.group_metadata import GroupMetadataKey
from spec.generated_coordinator.legacy_offset_commit import (
    LegacyOffsetCommitKey,
    LegacyOffsetCommitValue,
)
from spec.generated_coordinator.offset_commit import OffsetCommitKey, OffsetCommitValue
from spec.invariants import OffsetKey
from spec.wire import Message

__all__ = ["committed_from", "group_tombstone", "offset_commit_record", "offset_key"]


def offset_commit_record(key: OffsetKey, committed: CommittedOffset | None) -> CoordinatorRecord:
    """An OffsetCommit record for `key` (None: its tombstone)."""
    group, topic, partition = key
    record_key = OffsetCommitKey(group=group, topic=topic, partition=partition)
    if committed is None:
        return record_of(record_key, None)
    return record_of(record_key, OffsetCommitValue(
        offset=committed.offset, leader_epoch=committed.leader_epoch, metadata=committed.metadata,
        commit_timestamp=committed.commit_timestamp_ms,
        expire_timestamp=committed.expire_timestamp_ms))


def offset_key(key: Message) -> OffsetKey:
    """(group, topic, partition) of an OffsetCommit or legacy OffsetCommit key."""
    assert isinstance(key, OffsetCommitKey | LegacyOffsetCommitKey), key
    return key.group, key.topic, key.partition


def committed_from(value: Message, record_offset: int) -> CommittedOffset:
    """The offset an OffsetCommit (or legacy) value holds, as stored at `record_offset`."""
    if isinstance(value, LegacyOffsetCommitValue):
        return CommittedOffset(value.offset, NO_LEADER_EPOCH, value.metadata,
                               value.commit_timestamp, NO_EXPIRE_TIMESTAMP, record_offset)
    assert isinstance(value, OffsetCommitValue), value
    return CommittedOffset(value.offset, value.leader_epoch, value.metadata,
                           value.commit_timestamp, value.expire_timestamp, record_offset)


def group_tombstone(group_id: str) -> CoordinatorRecord:
    """The GroupMetadata tombstone that deletes a (classic or simple) group."""
    return record_of(GroupMetadataKey(group=group_id), None)
