"""Record batches v2 as a whole: walk a buffer of them, assign offsets, decode and encode.

Mirrors Kafka's `DefaultRecordBatch` and `MemoryRecords`/`ByteBufferLogInputStream` (walking),
`LogValidator.assignOffsetsNonCompressed`'s in-place rewrite (offsets), and
`MemoryRecordsBuilder` (encoding). The header itself lives in `spec.records.header` and is
re-exported here, so `from spec.records.batch import parse_batch_header` is the public door.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spec.decode_error import DecodeError
from spec.records.codecs import DEFAULT_MAX_DECOMPRESSED_BYTES, compress, decompress
from spec.records.crc import Buffer, crc32c
from spec.records.header import (
    ATTRIBUTES_OFFSET,
    BASE_OFFSET_OFFSET,
    BATCH_HEADER_SIZE,
    BATCH_OVERHEAD_BYTES,
    CRC_OFFSET,
    MAGIC_V2,
    MAX_TIMESTAMP_OFFSET,
    NO_PARTITION_LEADER_EPOCH,
    NO_PRODUCER_EPOCH,
    NO_PRODUCER_ID,
    NO_SEQUENCE,
    NO_TIMESTAMP,
    PARTITION_LEADER_EPOCH_OFFSET,
    BatchHeader,
    Compression,
    CorruptBatchError,
    CrcMismatchError,
    TimestampType,
    UnsupportedMagicError,
    batch_is_valid_crc,
    compute_attributes,
    compute_batch_crc,
    decrement_sequence,
    ensure_valid_crc,
    increment_sequence,
    parse_batch_header,
    serialize_batch_header,
)
from spec.records.record import Record, RecordHeaders, decode_records, encode_record

__all__ = [
    "BATCH_HEADER_SIZE",
    "BATCH_OVERHEAD_BYTES",
    "MAGIC_V2",
    "NO_PARTITION_LEADER_EPOCH",
    "NO_PRODUCER_EPOCH",
    "NO_PRODUCER_ID",
    "NO_SEQUENCE",
    "NO_TIMESTAMP",
    "BatchHeader",
    "Compression",
    "CorruptBatchError",
    "CrcMismatchError",
    "Record",
    "RecordBatch",
    "RecordHeaders",
    "TimestampType",
    "UnsupportedMagicError",
    "assign_offsets",
    "batch_is_valid_crc",
    "compute_batch_crc",
    "decode_batch",
    "decrement_sequence",
    "encode_batch",
    "ensure_valid_crc",
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


@dataclass(frozen=True)
class RecordBatch:
    """A decoded batch: its header as on the wire and its records, decompressed."""

    header: BatchHeader
    records: tuple[Record, ...]

    def to_bytes(self) -> bytes:
        """Encode again with every header field kept (the CRC recomputed). Byte-identical to
        the source when uncompressed; compressed bodies are re-compressed by our codecs."""
        header = self.header
        return _build_batch(
            self.records, base_offset=header.base_offset, attributes=header.attributes,
            partition_leader_epoch=header.partition_leader_epoch,
            last_offset_delta=header.last_offset_delta, base_timestamp=header.base_timestamp,
            max_timestamp=header.max_timestamp, producer_id=header.producer_id,
            producer_epoch=header.producer_epoch, base_sequence=header.base_sequence,
        )


def decode_batch(buf: Buffer, position: int = 0, *, verify_crc: bool = True,
                 max_decompressed_bytes: int = DEFAULT_MAX_DECOMPRESSED_BYTES) -> RecordBatch:
    """Header and records of the batch at `position`, decompressing at most the cap.

    Raises `CrcMismatchError` (when `verify_crc`), `UnsupportedMagicError`, or `DecodeError`.
    Errors inside a compressed body report offsets into the decompressed bytes.
    """
    header = _complete_header(buf, position)
    if verify_crc:
        ensure_valid_crc(buf, position)
    body = memoryview(buf)[position + BATCH_HEADER_SIZE:position + header.size_bytes]
    if header.compression != Compression.NONE:
        body = memoryview(decompress(header.compression, body, max_decompressed_bytes))
    records = decode_records(body, header.records_count, position + BATCH_HEADER_SIZE)
    assert len(records) == header.records_count
    return RecordBatch(header, records)


def encode_batch(
    records: Sequence[Record], *, base_offset: int = 0,
    compression: Compression = Compression.NONE, producer_id: int = NO_PRODUCER_ID,
    producer_epoch: int = NO_PRODUCER_EPOCH, base_sequence: int = NO_SEQUENCE,
    is_transactional: bool = False, is_control: bool = False,
    timestamp_type: TimestampType = TimestampType.CREATE_TIME,
    partition_leader_epoch: int = NO_PARTITION_LEADER_EPOCH, base_timestamp: int | None = None,
    max_timestamp: int | None = None, last_offset_delta: int | None = None,
) -> bytes:
    """One batch holding `records`, as `MemoryRecordsBuilder` builds it.

    With `base_timestamp` None, each `timestamp_delta` is read as an absolute timestamp and
    the batch is based on the first one (Kafka's builder); otherwise deltas are kept as given.
    `max_timestamp` defaults to the largest record timestamp (for LOG_APPEND_TIME pass the
    append time); `last_offset_delta` to the last record's (pass it for a compacted batch).
    Empty batches get NO_TIMESTAMP, as `writeEmptyHeader` writes them.
    """
    if base_timestamp is None:
        base_timestamp = records[0].timestamp_delta if records else NO_TIMESTAMP
        records = [_rebase(record, base_timestamp) for record in records]
    if max_timestamp is None:
        deltas = [record.timestamp_delta for record in records]
        max_timestamp = base_timestamp + max(deltas) if deltas else NO_TIMESTAMP
    if last_offset_delta is None:
        last_offset_delta = records[-1].offset_delta if records else 0
    attributes = compute_attributes(compression, timestamp_type,
                                    is_transactional=is_transactional, is_control=is_control)
    return _build_batch(
        records, base_offset=base_offset, attributes=attributes,
        partition_leader_epoch=partition_leader_epoch, last_offset_delta=last_offset_delta,
        base_timestamp=base_timestamp, max_timestamp=max_timestamp, producer_id=producer_id,
        producer_epoch=producer_epoch, base_sequence=base_sequence,
    )


def _rebase(record: Record, base_timestamp: int) -> Record:
    return Record(record.offset_delta, record.timestamp_delta - base_timestamp, record.key,
                  record.value, record.headers, record.attributes)


def _build_batch(records: Sequence[Record], *, base_offset: int, attributes: int,
                 partition_leader_epoch: int, last_offset_delta: int, base_timestamp: int,
                 max_timestamp: int, producer_id: int, producer_epoch: int,
                 base_sequence: int) -> bytes:
    """Header fields as given, body compressed per `attributes`, length and CRC computed."""
    body = b"".join(encode_record(record) for record in records)
    compression = Compression(attributes & 0x07)
    if compression != Compression.NONE:
        body = compress(compression, body)
    header = BatchHeader(
        base_offset=base_offset, batch_length=BATCH_HEADER_SIZE - BATCH_OVERHEAD_BYTES + len(body),
        partition_leader_epoch=partition_leader_epoch, magic=MAGIC_V2, crc=0,
        attributes=attributes, last_offset_delta=last_offset_delta,
        base_timestamp=base_timestamp, max_timestamp=max_timestamp, producer_id=producer_id,
        producer_epoch=producer_epoch, base_sequence=base_sequence, records_count=len(records),
    )
    prefix = bytearray(serialize_batch_header(header))
    crc = crc32c(body, initial=crc32c(prefix, ATTRIBUTES_OFFSET))
    struct.pack_into(">I", prefix, CRC_OFFSET, crc)
    batch = b"".join((prefix, body))
    assert len(batch) == header.size_bytes
    return batch
