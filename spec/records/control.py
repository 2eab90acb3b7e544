"""Control records: the transaction markers (and KRaft's) inside control batches.

Mirrors Kafka's `ControlRecordType` (key: version int16 = 0, type int16), `EndTransactionMarker`
(value: version int16 = 0, coordinator epoch int32; from EndTxnMarker.json) and
`MemoryRecords.withEndTransactionMarker` (the marker batch: transactional, control, CREATE_TIME,
uncompressed, no sequence, one record at offset delta 0 with the marker's timestamp).
Newer key/value versions are read as version 0, negative ones are corrupt, as in Kafka.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from enum import IntEnum

from spec.decode_error import DecodeError
from spec.records.batch import NO_SEQUENCE, Record, encode_batch

CONTROL_KEY_VERSION = 0
CONTROL_KEY_SIZE_BYTES = 4
END_TXN_MARKER_VERSION = 0
END_TXN_MARKER_VALUE_SIZE_BYTES = 6


class ControlRecordType(IntEnum):
    """The type field of a control record key; UNKNOWN stands for any id not listed."""

    ABORT = 0
    COMMIT = 1
    LEADER_CHANGE = 2
    SNAPSHOT_HEADER = 3
    SNAPSHOT_FOOTER = 4
    KRAFT_VERSION = 5
    KRAFT_VOTERS = 6
    UNKNOWN = -1


def encode_control_key(control_type: ControlRecordType) -> bytes:
    assert control_type != ControlRecordType.UNKNOWN, "UNKNOWN cannot be serialized"
    return struct.pack(">hh", CONTROL_KEY_VERSION, control_type)


def parse_control_key(key: bytes | None) -> ControlRecordType:
    """The control type of a control record's key, as `ControlRecordType.parse`."""
    if key is None or len(key) < CONTROL_KEY_SIZE_BYTES:
        size = "null" if key is None else len(key)
        raise DecodeError(f"control record key of {size} bytes, need 4", offset=0,
                          field="ControlRecord.key")
    version, type_id = struct.unpack_from(">hh", key)
    if version < 0:
        raise DecodeError(f"invalid control record key version {version}", offset=0,
                          field="ControlRecord.key.version")
    try:
        return ControlRecordType(type_id)
    except ValueError:
        return ControlRecordType.UNKNOWN


@dataclass(frozen=True)
class EndTransactionMarker:
    """A COMMIT or ABORT marker and the coordinator epoch that wrote it."""

    control_type: ControlRecordType
    coordinator_epoch: int

    def __post_init__(self) -> None:
        assert self.control_type in (ControlRecordType.COMMIT, ControlRecordType.ABORT)
        assert -(2**31) <= self.coordinator_epoch < 2**31, self.coordinator_epoch

    @property
    def is_commit(self) -> bool:
        return self.control_type == ControlRecordType.COMMIT

    def key_bytes(self) -> bytes:
        return encode_control_key(self.control_type)

    def value_bytes(self) -> bytes:
        return struct.pack(">hi", END_TXN_MARKER_VERSION, self.coordinator_epoch)


def decode_end_txn_marker(record: Record) -> EndTransactionMarker:
    """The marker a control record carries, as `EndTransactionMarker.deserialize`."""
    control_type = parse_control_key(record.key)
    if control_type not in (ControlRecordType.COMMIT, ControlRecordType.ABORT):
        raise DecodeError(f"control type {control_type.name} is not a transaction marker",
                          offset=0, field="ControlRecord.key.type")
    value = record.value
    if value is None or len(value) < END_TXN_MARKER_VALUE_SIZE_BYTES:
        size = "null" if value is None else len(value)
        raise DecodeError(f"end transaction marker value of {size} bytes, need 6", offset=0,
                          field="EndTxnMarker")
    version, coordinator_epoch = struct.unpack_from(">hi", value)
    if version < 0:
        raise DecodeError(f"invalid end transaction marker version {version}", offset=0,
                          field="EndTxnMarker.version")
    return EndTransactionMarker(control_type, coordinator_epoch)


def control_batch(commit: bool, producer_id: int, producer_epoch: int, coordinator_epoch: int,
                  base_offset: int, timestamp_ms: int, partition_leader_epoch: int) -> bytes:
    """The one-record control batch a transaction coordinator's marker appends."""
    assert producer_id >= 0 and producer_epoch >= 0, (producer_id, producer_epoch)
    control_type = ControlRecordType.COMMIT if commit else ControlRecordType.ABORT
    marker = EndTransactionMarker(control_type, coordinator_epoch)
    record = Record(offset_delta=0, timestamp_delta=0, key=marker.key_bytes(),
                    value=marker.value_bytes())
    batch = encode_batch(
        [record], base_offset=base_offset, producer_id=producer_id,
        producer_epoch=producer_epoch, base_sequence=NO_SEQUENCE, is_transactional=True,
        is_control=True, partition_leader_epoch=partition_leader_epoch,
        base_timestamp=timestamp_ms,
    )
    assert len(batch) == 61 + 1 + 1 + 1 + 1 + 1 + 4 + 1 + 6 + 1
    return batch
