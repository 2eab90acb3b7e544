"""`__consumer_offsets` records: bytes as Kafka 4 writes them, tombstones, record types, and
round trips of every key and value type at every version."""

from __future__ import annotations

import functools
import struct
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spec.codegen.schema import MessageSpec, load_schemas
from spec.coordinator_records import (
    CoordinatorRecord,
    CoordinatorRecordType,
    UnknownRecordType,
    decode_record,
    encode_group_metadata,
    encode_offset_commit,
    encode_record,
    record_of,
)
from spec.decode_error import DecodeError
from spec.generated_coordinator.consumer_group_member_metadata import (
    ConsumerGroupMemberMetadataKey,
    ConsumerGroupMemberMetadataValue,
)
from spec.generated_coordinator.consumer_group_metadata import ConsumerGroupMetadataKey
from spec.generated_coordinator.group_metadata import GroupMetadataValue
from spec.generated_coordinator.offset_commit import OffsetCommitKey, OffsetCommitValue
from spec.generated_coordinator.record_types import RECORD_TYPES
from tests.message_strategies import _Builder

SCHEMAS = Path(__file__).resolve().parents[1] / "spec" / "coordinator_schemas"
ClassicMetadata = ConsumerGroupMemberMetadataValue.ClassicMemberMetadata


def _string(text: str) -> bytes:
    raw = text.encode()
    return struct.pack(">h", len(raw)) + raw


# --- OffsetCommit, byte for byte ------------------------------------------------------------

def test_offset_commit_key_is_type_1_then_group_topic_partition() -> None:
    key, _ = encode_offset_commit("g", "orders", 7, None)
    assert key == b"\x00\x01" + _string("g") + _string("orders") + b"\x00\x00\x00\x07"


def test_offset_commit_value_is_written_at_version_3() -> None:
    value = OffsetCommitValue(offset=42, leader_epoch=5, metadata="m", commit_timestamp=1000)
    _, value_bytes = encode_offset_commit("g", "t", 0, value)
    assert value_bytes == (b"\x00\x03" + struct.pack(">q", 42) + struct.pack(">i", 5)
                           + _string("m") + struct.pack(">q", 1000))


def test_offset_commit_with_an_expire_timestamp_is_written_at_version_1() -> None:
    value = OffsetCommitValue(offset=42, leader_epoch=5, metadata="", commit_timestamp=1000,
                              expire_timestamp=9000)
    _, value_bytes = encode_offset_commit("g", "t", 0, value)
    # Version 1 has no leader epoch: Kafka drops it (the field is ignorable).
    assert value_bytes == (b"\x00\x01" + struct.pack(">q", 42) + _string("")
                           + struct.pack(">q", 1000) + struct.pack(">q", 9000))


def test_offset_commit_tombstone_has_no_value() -> None:
    key, value = encode_offset_commit("g", "t", 3, None)
    record = decode_record(key, value)
    assert value is None and record.is_tombstone and record.value_version is None
    assert record.key == OffsetCommitKey(group="g", topic="t", partition=3)


def test_offset_commit_decodes_back() -> None:
    value = OffsetCommitValue(offset=1, leader_epoch=-1, metadata="x", commit_timestamp=2)
    record = decode_record(*encode_offset_commit("g", "t", 0, value))
    assert record == CoordinatorRecord(CoordinatorRecordType.OFFSET_COMMIT,
                                       OffsetCommitKey(group="g", topic="t"), value, 3)


def test_legacy_key_type_0_still_decodes() -> None:
    key = b"\x00\x00" + _string("g") + _string("t") + b"\x00\x00\x00\x01"
    value = b"\x00\x00" + struct.pack(">q", 9) + _string("") + struct.pack(">q", 5)
    record = decode_record(key, value)
    assert record.record_type is CoordinatorRecordType.LEGACY_OFFSET_COMMIT
    assert record.value is not None and record.value_version == 0
    with pytest.raises(ValueError, match="never writes"):
        record_of(record.key, record.value)


# --- GroupMetadata -------------------------------------------------------------------------

def test_group_metadata_is_written_at_version_3() -> None:
    member = GroupMetadataValue.MemberMetadata(
        member_id="m1", group_instance_id=None, client_id="c", client_host="/h",
        rebalance_timeout=300, session_timeout=45, subscription=b"\x01", assignment=b"")
    value = GroupMetadataValue(protocol_type="consumer", generation=2, protocol="range",
                               leader="m1", current_state_timestamp=77, members=(member,))
    key, value_bytes = encode_group_metadata("g", value)
    assert key == b"\x00\x02" + _string("g")
    member_bytes = (_string("m1") + b"\xff\xff" + _string("c") + _string("/h")
                    + struct.pack(">ii", 300, 45) + b"\x00\x00\x00\x01\x01" + b"\x00" * 4)
    assert value_bytes == (b"\x00\x03" + _string("consumer") + struct.pack(">i", 2)
                           + _string("range") + _string("m1") + struct.pack(">q", 77)
                           + struct.pack(">i", 1) + member_bytes)


# --- Reading as Kafka reads ----------------------------------------------------------------

def test_unknown_record_type_is_reported_for_the_loader_to_skip() -> None:
    with pytest.raises(UnknownRecordType) as caught:
        decode_record(b"\x00\x09" + _string("g"), None)
    assert caught.value.record_type == 9
    assert isinstance(caught.value, DecodeError)


@pytest.mark.parametrize("key", [b"", b"\x00", b"\x00\x01" + _string("g")])
def test_truncated_keys_are_decode_errors(key: bytes) -> None:
    with pytest.raises(DecodeError):
        decode_record(key, None)


def test_truncated_value_is_a_decode_error() -> None:
    key, value = encode_offset_commit("g", "t", 0, OffsetCommitValue(offset=1))
    assert value is not None
    with pytest.raises(DecodeError):
        decode_record(key, value[:-1])


def test_negative_value_version_is_a_decode_error() -> None:
    key, _ = encode_offset_commit("g", "t", 0, None)
    with pytest.raises(DecodeError, match="value version"):
        decode_record(key, b"\xff\xff" + struct.pack(">q", 1))


def test_a_newer_value_version_is_read_with_the_newest_layout_keeping_unknown_tags() -> None:
    """KIP-915: a coordinator must load records a newer Kafka wrote."""
    key, _ = encode_offset_commit("g", "t", 0, None)
    newest = OffsetCommitValue(offset=5, metadata="m", commit_timestamp=6,
                               unknown_tagged_fields=((3, b"\x01\x02"),))
    record = decode_record(key, b"\x00\x07" + newest.encode(4))
    assert record.value == newest and record.value_version == 7


def test_bytes_after_the_structs_are_ignored_as_kafka_does() -> None:
    key, value = encode_offset_commit("g", "t", 0, OffsetCommitValue(offset=1))
    assert value is not None
    assert decode_record(key + b"junk", value + b"junk") == decode_record(key, value)


def test_value_of_the_wrong_type_is_refused() -> None:
    with pytest.raises(TypeError):
        record_of(ConsumerGroupMetadataKey(group_id="g"), OffsetCommitValue())
    with pytest.raises(TypeError):
        record_of(OffsetCommitValue(), None)


# --- The nullable tagged struct (ConsumerGroupMemberMetadataValue.ClassicMemberMetadata) ---

def _member(classic: ClassicMetadata | None) -> bytes:
    value = ConsumerGroupMemberMetadataValue(
        instance_id=None, rack_id=None, client_id="c", client_host="h",
        subscribed_topic_regex=None, server_assignor=None, classic_member_metadata=classic)
    _, value_bytes = encode_record(record_of(
        ConsumerGroupMemberMetadataKey(group_id="g", member_id="m"), value))
    assert value_bytes is not None
    assert decode_record(b"\x00\x05" + _string("g") + _string("m"), value_bytes).value == value
    return value_bytes


_MEMBER_FIELDS = (b"\x00\x00"  # version 0
                  + b"\x00\x00\x02c\x02h\x01"  # null instance and rack, client, host, no topics
                  + b"\x00\xff\xff\xff\xff\x00")  # null regex, rebalance timeout -1, null assignor


def test_consumer_protocol_member_writes_null_classic_metadata_as_tag_with_zero() -> None:
    # Kafka's default is the empty struct, so null is "not the default" and is written.
    assert _member(None) == _MEMBER_FIELDS + b"\x01" + b"\x00\x01\x00"


def test_empty_classic_metadata_is_the_default_and_not_written() -> None:
    assert _member(ClassicMetadata()) == _MEMBER_FIELDS + b"\x00"


def test_classic_metadata_is_written_after_a_presence_varint() -> None:
    protocol = ConsumerGroupMemberMetadataValue.ClassicProtocol(name="range", metadata=b"\x07")
    body = struct.pack(">i", 45000) + b"\x02" + b"\x06range" + b"\x02\x07" + b"\x00" + b"\x00"
    classic = ClassicMetadata(session_timeout_ms=45000, supported_protocols=(protocol,))
    assert _member(classic) == (_MEMBER_FIELDS + b"\x01" + b"\x00"
                                + bytes([len(body) + 1]) + b"\x01" + body)


# --- Every key and value type, every version ------------------------------------------------

@functools.cache
def _schemas() -> dict[str, MessageSpec]:
    return {message.name: message for message in load_schemas(SCHEMAS)}


def _drawn(cls: type[Any], version: int) -> st.SearchStrategy[Any]:
    message = _schemas()[cls.__name__]
    return _Builder(message, cls, version).struct(cls, message.fields)


_CASES = [(record_type, key, value, version) for record_type, _, key, value in RECORD_TYPES
          for version in range(value.MIN_VERSION, value.MAX_VERSION + 1)]


@pytest.mark.parametrize(("record_type", "key_class", "value_class", "version"), _CASES,
                         ids=[f"{v.__name__}-v{n}" for _, _, v, n in _CASES])
@given(data=st.data())
def test_every_record_round_trips(record_type: int, key_class: type[Any],
                                  value_class: type[Any], version: int, data: st.DataObject
                                  ) -> None:
    key = data.draw(_drawn(key_class, 0), label="key")
    value = data.draw(st.none() | _drawn(value_class, version), label="value")
    record = CoordinatorRecord(CoordinatorRecordType(record_type), key, value,
                               None if value is None else version)
    key_bytes, value_bytes = encode_record(record)
    assert key_bytes[:2] == struct.pack(">h", record_type)
    assert (value_bytes is None) == (value is None)
    assert decode_record(key_bytes, value_bytes) == record


def test_every_record_type_is_covered() -> None:
    assert sorted(entry[0] for entry in RECORD_TYPES) == sorted(CoordinatorRecordType)
    assert len(_CASES) == len(RECORD_TYPES) + 4 + 4  # OffsetCommit and GroupMetadata: v0-4


def test_topic_ids_survive_a_target_assignment_round_trip() -> None:
    from spec.generated_coordinator.consumer_group_target_assignment_member import (
        ConsumerGroupTargetAssignmentMemberKey as Key,
    )
    from spec.generated_coordinator.consumer_group_target_assignment_member import (
        ConsumerGroupTargetAssignmentMemberValue as Value,
    )
    topic_id = UUID("12345678-1234-5678-1234-567812345678")
    value = Value(topic_partitions=(Value.TopicPartition(topic_id=topic_id, partitions=(0, 2)),))
    record = record_of(Key(group_id="g", member_id="m"), value)
    assert record.value_version == 0
    assert decode_record(*encode_record(record)) == record
