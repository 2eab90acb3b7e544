"""Record batches v2 as a whole: walk a buffer of them, assign offsets, decode and encode.

Mirrors Kafka's `DefaultRecordBatch` and `MemoryRecords`/`ByteBufferLogInputStream` (walking),
`LogValidator.assignOffsetsNonCompressed`'s in-place rewrite (offsets), and
`MemoryRecordsBuilder` (encoding). The header itself lives in `spec.records.header` and is
re-exported here, so `from spec.records.batch import parse_batch_header` is the public door.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

from spec.decode_error import DecodeError
from spec.records.crc import Buffer, crc32c
from spec.records.header import (
    ATTRIBUTES_OFFSET,
    BASE_OFFSET_OFFSET,
    BATCH_HEADER_SIZE,
    BATCH_OVERHEAD_BYTES,
    CRC_OFFSET,
    MAGIC_V2,
    MAX_TIMESTAMP_OFFSET,
    PARTITION_LEADER_EPOCH_OFFSET,
    BatchHeader,
    Compression,
    TimestampType,
    UnsupportedMagicError,
    batch_is_valid_crc,
    compute_attributes,
    compute_batch_crc,
    decrement_sequence,
    increment_sequence,
    parse_batch_header,
    serialize_batch_header,
)

__all__ = [
    "BATCH_HEADER_SIZE",
    "BATCH_OVERHEAD_BYTES",
    "MAGIC_V2",
    "BatchHeader",
    "Compression",
    "TimestampType",
    "UnsupportedMagicError",
    "assign_offsets",
    "batch_is_valid_crc",
    "compute_batch_crc",
    "decrement_sequence",
    "increment_sequence",
    "iter_batches",
    "parse_batch_header",
    "scan_batches",
    "serialize_batch_header",
]


def _complete_header(buf: Buffer, position: int) -> BatchHeader:
    """The header at `position`, checking that the whole batch body is in `buf` too."""
    header = parse_batch_header(buf, position)
    if position + header.size_bytes > len(buf):
        raise DecodeError(
            f"partial batch: {header.size_bytes} bytes declared, {len(buf) - position} present",
            offset=position, field="RecordBatch.records",
        )
    return header


def iter_batches(buf: Buffer) -> Iterator[tuple[int, BatchHeader]]:
    """Yield (position, header) for each consecutive batch filling `buf`.

    Structural only: CRCs are not checked (see `batch_is_valid_crc`). A partial trailing batch
    or anything unreadable raises `DecodeError` when reached.
    """
    position = 0
    while position < len(buf):
        header = _complete_header(buf, position)
        yield position, header
        position += header.size_bytes
        assert position <= len(buf)


def scan_batches(buf: Buffer) -> tuple[list[tuple[int, BatchHeader]], int]:
    """The batches before the first torn or corrupt one, and how many bytes they cover.

    For log recovery (Kafka's `LogSegment.recover`): a batch that is partial, unreadable, or
    fails its CRC ends the valid prefix, and the caller truncates to `valid_bytes`.
    """
    batches: list[tuple[int, BatchHeader]] = []
    valid_bytes = 0
    while valid_bytes < len(buf):
        try:
            header = _complete_header(buf, valid_bytes)
            if compute_batch_crc(buf, valid_bytes) != header.crc:
                break
        except DecodeError:
            break
        batches.append((valid_bytes, header))
        valid_bytes += header.size_bytes
    assert 0 <= valid_bytes <= len(buf)
    return batches, valid_bytes


def assign_offsets(batch: Buffer, base_offset: int, partition_leader_epoch: int,
                   log_append_time_ms: int | None) -> bytes:
    """The batch with its base offset and partition leader epoch set, as the leader stores it.

    Both fields sit before the CRC's range, so the CRC stands. With `log_append_time_ms`, the
    timestamp type becomes LOG_APPEND_TIME and the max timestamp that time, and the CRC is
    recomputed, as `DefaultRecordBatch.setMaxTimestamp` does (which rebuilds the attributes from
    their known flags; unchanged type and time leave the bytes alone). `batch` is exactly one
    batch; the result is the only copy made.
    """
    header = parse_batch_header(batch, 0)
    if header.size_bytes != len(batch):
        raise DecodeError(f"expected one batch of {header.size_bytes} bytes, got {len(batch)}",
                          offset=0, field="RecordBatch.batch_length")
    view = memoryview(batch)
    prefix = bytearray(view[:BATCH_HEADER_SIZE])
    struct.pack_into(">q", prefix, BASE_OFFSET_OFFSET, base_offset)
    struct.pack_into(">i", prefix, PARTITION_LEADER_EPOCH_OFFSET, partition_leader_epoch)
    is_already_stamped = (header.timestamp_type == TimestampType.LOG_APPEND_TIME
                          and header.max_timestamp == log_append_time_ms)
    if log_append_time_ms is not None and not is_already_stamped:
        attributes = compute_attributes(
            header.compression, TimestampType.LOG_APPEND_TIME,
            is_transactional=header.is_transactional, is_control=header.is_control,
            has_delete_horizon=header.has_delete_horizon,
        )
        struct.pack_into(">H", prefix, ATTRIBUTES_OFFSET, attributes)
        struct.pack_into(">q", prefix, MAX_TIMESTAMP_OFFSET, log_append_time_ms)
        crc = crc32c(view, BATCH_HEADER_SIZE, initial=crc32c(prefix, ATTRIBUTES_OFFSET))
        struct.pack_into(">I", prefix, CRC_OFFSET, crc)
    result = b"".join((prefix, view[BATCH_HEADER_SIZE:]))
    assert len(result) == len(batch)
    return result
