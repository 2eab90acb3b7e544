"""`__consumer_offsets` records: the key and value bytes of every group coordinator record.

Layout (Kafka's CoordinatorRecordSerde and GroupCoordinatorRecordSerde):
  key   = int16 record type, then the key struct (version 0, never flexible)
  value = int16 value version, then the value struct at that version; no value is a tombstone
Record types and their structs come from `spec.generated_coordinator` (Kafka's
CoordinatorRecordType). Kafka 4 writes OffsetCommit values at version 3, or 1 when the commit
carries an expire timestamp (GroupCoordinatorRecordHelpers.offsetCommitValueVersion),
GroupMetadata values at version 3, and every consumer-group value at version 0.

Reading follows Kafka, including KIP-915: a value version above the highest one known is read
with the newest layout (tagged fields it does not know are kept), and bytes after the key or
value struct are ignored. An unknown record type raises `UnknownRecordType`, which a loader
skips as Kafka's CoordinatorLoaderImpl does.
Divergences: a negative value version is a DecodeError (Kafka would read it as the oldest
layout).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from spec.decode_error import DecodeError
from spec.generated_coordinator.group_metadata import GroupMetadataKey, GroupMetadataValue
from spec.generated_coordinator.offset_commit import OffsetCommitKey, OffsetCommitValue
from spec.generated_coordinator.record_types import RECORD_TYPES
from spec.wire import Message, Reader, Writer

__all__ = [
    "CoordinatorRecord", "CoordinatorRecordType", "UnknownRecordType", "decode_record",
    "encode_group_metadata", "encode_offset_commit", "encode_record", "offset_commit_value_version",
    "record_of", "written_value_version",
]

_NO_EXPIRE_TIMESTAMP = -1  # OffsetCommitRequest.DEFAULT_TIMESTAMP


class CoordinatorRecordType(IntEnum):
    """The int16 that starts every key (Kafka's CoordinatorRecordType ids)."""

    LEGACY_OFFSET_COMMIT = 0
    OFFSET_COMMIT = 1
    GROUP_METADATA = 2
    CONSUMER_GROUP_METADATA = 3
    CONSUMER_GROUP_PARTITION_METADATA = 4
    CONSUMER_GROUP_MEMBER_METADATA = 5
    CONSUMER_GROUP_TARGET_ASSIGNMENT_METADATA = 6
    CONSUMER_GROUP_TARGET_ASSIGNMENT_MEMBER = 7
    CONSUMER_GROUP_CURRENT_MEMBER_ASSIGNMENT = 8
    CONSUMER_GROUP_REGULAR_EXPRESSION = 16


_KEY_CLASSES: dict[int, type[Message]] = {entry[0]: entry[2] for entry in RECORD_TYPES}
_VALUE_CLASSES: dict[int, type[Message]] = {entry[0]: entry[3] for entry in RECORD_TYPES}
_TYPE_OF_KEY: dict[type[Message], CoordinatorRecordType] = {
    key: CoordinatorRecordType(record_type) for record_type, key in _KEY_CLASSES.items()}
assert sorted(_KEY_CLASSES) == sorted(CoordinatorRecordType), "enum and generated table differ"


class UnknownRecordType(DecodeError):
    """A key whose record type this coordinator does not know (Kafka's
    CoordinatorLoader.UnknownRecordTypeException): skipped on load, not fatal."""

    def __init__(self, record_type: int) -> None:
        super().__init__(f"unknown record type {record_type}", offset=0,
                         field="CoordinatorRecord.type")
        self.record_type = record_type


@dataclass(frozen=True, slots=True)
class CoordinatorRecord:
    """One decoded record: its type, key struct, and value struct (None: a tombstone)."""

    record_type: CoordinatorRecordType
    key: Message
    value: Message | None
    value_version: int | None  # None exactly when `value` is None

    @property
    def is_tombstone(self) -> bool:
        return self.value is None


def offset_commit_value_version(has_expire_timestamp: bool) -> int:
    """Version 1 is the only one with an expire timestamp; otherwise Kafka writes 3, the
    newest non-flexible version."""
    return 1 if has_expire_timestamp else 3


def written_value_version(record_type: CoordinatorRecordType, value: Message) -> int:
    """The value version Kafka 4 writes for a record of this type."""
    if record_type is CoordinatorRecordType.OFFSET_COMMIT:
        assert isinstance(value, OffsetCommitValue), type(value)
        return offset_commit_value_version(value.expire_timestamp != _NO_EXPIRE_TIMESTAMP)
    if record_type is CoordinatorRecordType.GROUP_METADATA:
        return 3
    if record_type is CoordinatorRecordType.LEGACY_OFFSET_COMMIT:
        raise ValueError("Kafka 4 reads legacy offset commits but never writes them")
    return 0


def record_of(key: Message, value: Message | None) -> CoordinatorRecord:
    """A record from its key and value structs, at the value version Kafka 4 writes."""
    record_type = _TYPE_OF_KEY.get(type(key))
    if record_type is None:
        raise TypeError(f"{type(key).__name__} is not a coordinator record key")
    if value is None:
        return CoordinatorRecord(record_type, key, None, None)
    if not isinstance(value, _VALUE_CLASSES[record_type]):
        raise TypeError(f"{type(value).__name__} is not the value of {record_type.name}")
    return CoordinatorRecord(record_type, key, value, written_value_version(record_type, value))


def encode_record(record: CoordinatorRecord) -> tuple[bytes, bytes | None]:
    """(key bytes, value bytes or None for a tombstone)."""
    assert isinstance(record.key, _KEY_CLASSES[record.record_type]), record
    assert (record.value is None) == (record.value_version is None), record
    writer = Writer()
    writer.int16(record.record_type)
    record.key.write(writer, 0)
    key_bytes = writer.getvalue()
    if record.value is None or record.value_version is None:
        return key_bytes, None
    value_bytes = record.value_version.to_bytes(2, "big", signed=True) + record.value.encode(
        record.value_version)
    return key_bytes, value_bytes


def encode_offset_commit(group: str, topic: str, partition: int,
                         value: OffsetCommitValue | None) -> tuple[bytes, bytes | None]:
    """An OffsetCommit record (None value: the tombstone that deletes the offset)."""
    key = OffsetCommitKey(group=group, topic=topic, partition=partition)
    return encode_record(record_of(key, value))


def encode_group_metadata(group: str,
                          value: GroupMetadataValue | None) -> tuple[bytes, bytes | None]:
    """A classic group's GroupMetadata record (None value: the group's tombstone)."""
    return encode_record(record_of(GroupMetadataKey(group=group), value))


def decode_record(key: bytes | bytearray | memoryview,
                  value: bytes | bytearray | memoryview | None) -> CoordinatorRecord:
    """The record stored under `key` with `value` (None: a tombstone)."""
    reader = Reader(key)
    record_type = reader.int16("CoordinatorRecord.type")
    if record_type not in _KEY_CLASSES:
        raise UnknownRecordType(record_type)
    kind = CoordinatorRecordType(record_type)
    key_message = _KEY_CLASSES[kind].read(reader, 0)
    if value is None:
        return CoordinatorRecord(kind, key_message, None, None)
    reader = Reader(value)
    version = reader.int16("CoordinatorRecord.value_version")
    value_class = _VALUE_CLASSES[kind]
    if version < value_class.MIN_VERSION:
        raise DecodeError(f"value version {version} below {value_class.MIN_VERSION}",
                          offset=0, field=f"{kind.name}.value_version")
    return CoordinatorRecord(kind, key_message, value_class.read(reader, version), version)
