"""Producer state snapshot files (`<20-digit offset>.snapshot`), byte for byte as Kafka writes them.

Mirrors `ProducerStateManager.writeSnapshot`/`readSnapshot` and its PID_SNAPSHOT_MAP_SCHEMA,
version 1 (big-endian): version int16 | crc uint32 | entry count int32 | entries, each
producer_id int64 | epoch int16 | last_sequence int32 | last_offset int64 | offset_delta int32 |
timestamp int64 | coordinator_epoch int32 | current_txn_first_offset int64 (-1: none).
The CRC-32C covers everything after the CRC field. Only the last batch of each producer is kept:
a snapshot remembers one batch, not the five of the deduplication window.
File names follow `LogFileUtils.producerSnapshotFile`: the offset the snapshot was taken at
(the map's end offset, exclusive), zero-padded to 20 digits.
"""

from __future__ import annotations

import struct

from reference.core.producers.entry import BatchMetadata, ProducerStateEntry
from spec.records.crc import crc32c
from spec.records.header import INT32_MAX, NO_SEQUENCE

SNAPSHOT_VERSION = 1
SNAPSHOT_SUFFIX = ".snapshot"
_PREFIX = struct.Struct(">hIi")  # version, crc, entry count
_ENTRY = struct.Struct(">qhiqiqiq")
CRC_START = 6  # PRODUCER_ENTRIES_OFFSET: the CRC covers the bytes from here on
assert _PREFIX.size == CRC_START + 4 and _ENTRY.size == 46


class CorruptSnapshotError(Exception):
    """A snapshot that cannot be trusted (Kafka's `CorruptSnapshotException`): the loader deletes
    it and falls back to an older one, or to rebuilding from the log."""


def snapshot_file_name(offset: int) -> str:
    """`00000000000000001234.snapshot` for offset 1234."""
    assert offset >= 0, offset
    return f"{offset:020d}{SNAPSHOT_SUFFIX}"


def snapshot_offset(file_name: str) -> int | None:
    """The offset in a snapshot file's name, or None if the name is not a snapshot's."""
    stem = file_name.removesuffix(SNAPSHOT_SUFFIX)
    if stem == file_name or not stem.isdigit():
        return None
    return int(stem)


def encode_snapshot(entries: list[ProducerStateEntry]) -> bytes:
    """The snapshot file's bytes for these entries (in the order given)."""
    body = bytearray(_PREFIX.pack(SNAPSHOT_VERSION, 0, len(entries)))
    for entry in entries:
        last_offset = entry.last_data_offset
        txn_first_offset = entry.current_txn_first_offset
        body += _ENTRY.pack(
            entry.producer_id, entry.producer_epoch, entry.last_sequence, last_offset,
            entry.last_offset_delta, entry.last_timestamp_ms, entry.coordinator_epoch,
            -1 if txn_first_offset is None else txn_first_offset,
        )
    struct.pack_into(">I", body, 2, crc32c(body, CRC_START))
    assert len(body) == _PREFIX.size + _ENTRY.size * len(entries)
    return bytes(body)


def decode_snapshot(data: bytes) -> list[ProducerStateEntry]:
    """The entries of a snapshot file; `CorruptSnapshotError` if Kafka would refuse it.

    Kafka checks, in order: the schema can be read, the version is 1, the CRC matches.
    Beyond Kafka, values our entries cannot hold (a negative producer id, a sequence outside
    int32's positive range, an offset delta past the offset) are treated as corruption too.
    """
    if len(data) < _PREFIX.size:
        raise CorruptSnapshotError(f"snapshot of {len(data)} bytes has no header")
    version, stored_crc, count = _PREFIX.unpack_from(data)
    if count < 0 or len(data) - _PREFIX.size < count * _ENTRY.size:
        raise CorruptSnapshotError(f"snapshot claims {count} entries in {len(data)} bytes")
    if version != SNAPSHOT_VERSION:
        raise CorruptSnapshotError(f"snapshot contained an unknown file version {version}")
    computed_crc = crc32c(data, CRC_START)
    if stored_crc != computed_crc:
        raise CorruptSnapshotError(f"snapshot crc mismatch: stored {stored_crc}, "
                                   f"computed {computed_crc}")
    return [_entry(*_ENTRY.unpack_from(data, _PREFIX.size + index * _ENTRY.size))
            for index in range(count)]


def _entry(producer_id: int, epoch: int, last_sequence: int, last_offset: int,
           offset_delta: int, timestamp_ms: int, coordinator_epoch: int,
           txn_first_offset: int) -> ProducerStateEntry:
    if producer_id < 0 or not NO_SEQUENCE <= last_sequence <= INT32_MAX:
        raise CorruptSnapshotError(f"impossible entry: producer {producer_id}, "
                                   f"sequence {last_sequence}")
    batches: tuple[BatchMetadata, ...] = ()
    if last_offset >= 0:  # as readSnapshot: a negative offset means no batch is cached
        if not 0 <= offset_delta <= last_offset:
            raise CorruptSnapshotError(f"offset delta {offset_delta} at offset {last_offset}")
        batches = (BatchMetadata(last_sequence, last_offset, offset_delta, timestamp_ms),)
    return ProducerStateEntry(
        producer_id=producer_id, producer_epoch=epoch, batches=batches,
        coordinator_epoch=coordinator_epoch, last_timestamp_ms=timestamp_ms,
        current_txn_first_offset=txn_first_offset if txn_first_offset >= 0 else None,
    )
