"""Produce validation and offset assignment, as Kafka's `LogValidator` and the checks
`UnifiedLog.analyzeAndValidateRecords`/`append` make around it, in Kafka's order:

1. each batch: magic 2 only (older magic: INVALID_RECORD, as `ProduceRequest.validateRecords`),
   base offset 0 from a client (INVALID_RECORD), size <= max.message.bytes (MESSAGE_TOO_LARGE:
   Kafka compares the whole batch size, header included), CRC (CORRUPT_MESSAGE);
2. exactly one batch (INVALID_RECORD "Compressed outer record has more than one batch");
3. `validateBatch` for clients: offset range, record count vs lastOffsetDelta, no control
   batches, a producer id needs a sequence (INVALID_RECORD);
4. each record: a key on compacted topics (INVALID_RECORD), the timestamp within
   message.timestamp.before/after.max.ms (INVALID_TIMESTAMP); all record errors are collected,
   with their batch_index, and INVALID_TIMESTAMP wins if any record has it;
5. offsets assigned in place, the leader epoch stamped, the max timestamp (or the append time
   under LogAppendTime) written and the CRC recomputed when it changed;
6. the result must fit in a segment (RECORD_LIST_TOO_LARGE).
A batch is rebuilt when its inner offsets are not 0..n-1 or when the topic's compression.type
names another codec than the producer's. A trailing partial batch is dropped as Kafka's
trimInvalidBytes does. Divergence: the compression.*.level configs are not applied.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from enum import Enum, IntEnum

from reference.core.log.record_scan import RecordScan, scan_records
from reference.core.log.settings import LogSettings, TimestampPolicy
from spec.decode_error import DecodeError
from spec.records.batch import decode_batch, encode_batch
from spec.records.crc import crc32c
from spec.records.header import (
    ATTRIBUTES_OFFSET,
    BASE_OFFSET_OFFSET,
    BATCH_HEADER_SIZE,
    BATCH_OVERHEAD_BYTES,
    CRC_OFFSET,
    MAX_TIMESTAMP_OFFSET,
    NO_TIMESTAMP,
    PARTITION_LEADER_EPOCH_OFFSET,
    BatchHeader,
    Compression,
    TimestampType,
    UnsupportedMagicError,
    compute_attributes,
    compute_batch_crc,
    parse_batch_header,
)


class ErrorCode(IntEnum):
    """The Kafka error codes validation answers with (until spec/generated/errors.py exists)."""

    UNKNOWN_SERVER_ERROR = -1
    NONE = 0
    CORRUPT_MESSAGE = 2
    MESSAGE_TOO_LARGE = 10
    RECORD_LIST_TOO_LARGE = 18
    INVALID_TIMESTAMP = 32
    INVALID_RECORD = 87


class AppendOrigin(Enum):
    """Who is appending (Kafka's `AppendOrigin`): only clients get the client-only checks."""

    CLIENT = "client"
    COORDINATOR = "coordinator"
    REPLICATION = "replication"


@dataclass(frozen=True, slots=True)
class RecordError:
    """One rejected record (ProduceResponse v8+ `BatchIndexAndErrorMessage`)."""

    batch_index: int
    message: str

    def java_string(self) -> str:
        return f"RecordError(batchIndex={self.batch_index}, message='{self.message}')"


@dataclass(frozen=True, slots=True)
class ValidationFailure:
    """The produce is refused: the error code, Kafka's message, and per-record errors."""

    error_code: ErrorCode
    message: str
    record_errors: tuple[RecordError, ...] = ()


@dataclass(frozen=True, slots=True)
class ValidatedRecords:
    """What the log stores and what the produce response reports (`ValidationResult`)."""

    records: bytes
    first_offset: int
    last_offset: int
    max_timestamp: int
    shallow_offset_of_max_timestamp: int
    log_append_time_ms: int  # -1 unless the topic uses LogAppendTime
    record_count: int


class _Reject(Exception):
    def __init__(self, failure: ValidationFailure) -> None:
        super().__init__(failure.message)
        self.failure = failure


def _fail(code: ErrorCode, message: str, errors: tuple[RecordError, ...] = ()) -> _Reject:
    return _Reject(ValidationFailure(code, message, errors))


def _wrap64(value: int) -> int:
    """Java long arithmetic: wrap to a signed 64-bit value."""
    return (value + 2**63) % 2**64 - 2**63


def validate_and_assign(records: bytes, *, next_offset: int, settings: LogSettings, now_ms: int,
                        partition_leader_epoch: int, origin: AppendOrigin = AppendOrigin.CLIENT,
                        topic_partition: str = "") -> ValidatedRecords | ValidationFailure:
    """Validate a produce's records and assign offsets from `next_offset` (pure)."""
    assert origin != AppendOrigin.REPLICATION, "followers keep the leader's offsets"
    try:
        batches = _analyze(records, settings, origin, topic_partition)
        if not batches:
            return ValidatedRecords(b"", -1, -1, NO_TIMESTAMP, -1, -1, 0)
        if len(batches) > 1:
            raise _fail(ErrorCode.INVALID_RECORD, "Compressed outer record has more than one batch")
        position, header = batches[0]
        batch = memoryview(records)[position:position + header.size_bytes]
        if origin == AppendOrigin.CLIENT:
            _validate_batch(header, topic_partition)
        result = _assign(batch, header, next_offset, settings, now_ms, partition_leader_epoch,
                         topic_partition)
        if len(result.records) > settings.segment_bytes:
            raise _fail(ErrorCode.RECORD_LIST_TOO_LARGE,
                        f"Message batch size is {len(result.records)} bytes in append to "
                        f"partition {topic_partition}, which exceeds the maximum configured "
                        f"segment size of {settings.segment_bytes}.")
        return result
    except _Reject as reject:
        return reject.failure


def _analyze(records: bytes, settings: LogSettings, origin: AppendOrigin,
             topic_partition: str) -> list[tuple[int, BatchHeader]]:
    """The whole batches in `records` after the per-batch checks of analyzeAndValidateRecords."""
    batches: list[tuple[int, BatchHeader]] = []
    position = 0
    while len(records) - position >= BATCH_OVERHEAD_BYTES:
        try:
            header = parse_batch_header(records, position)
        except UnsupportedMagicError as error:
            raise _fail(ErrorCode.INVALID_RECORD, "Produce requests are only allowed to contain "
                        f"record batches with magic version 2, not {error.magic}") from error
        except DecodeError as error:
            if len(records) - position < BATCH_HEADER_SIZE and "truncated" in error.reason:
                break
            raise _fail(ErrorCode.CORRUPT_MESSAGE, f"Record batch is corrupt: {error}") from error
        if position + header.size_bytes > len(records):
            break  # a partial trailing batch is trimmed, as trimInvalidBytes does
        _check_batch(records, position, header, settings, origin, topic_partition)
        batches.append((position, header))
        position += header.size_bytes
    return batches


def _check_batch(records: bytes, position: int, header: BatchHeader, settings: LogSettings,
                 origin: AppendOrigin, topic_partition: str) -> None:
    if origin == AppendOrigin.CLIENT and header.base_offset != 0:
        raise _fail(ErrorCode.INVALID_RECORD, f"The baseOffset of the record batch in the append "
                    f"to {topic_partition} should be 0, but it is {header.base_offset}")
    if header.size_bytes > settings.max_message_bytes:
        raise _fail(ErrorCode.MESSAGE_TOO_LARGE, f"The record batch size in the append to "
                    f"{topic_partition} is {header.size_bytes} bytes which exceeds the maximum "
                    f"configured value of {settings.max_message_bytes}).")
    if compute_batch_crc(records, position) != header.crc:
        raise _fail(ErrorCode.CORRUPT_MESSAGE, f"Record is corrupt (stored crc = {header.crc}) "
                    f"in topic partition {topic_partition}.")


def _validate_batch(header: BatchHeader, topic_partition: str) -> None:
    """Kafka's `validateBatch` for a client's v2 batch."""
    count_from_offsets = header.last_offset_delta + 1
    where = f"in topic partition {topic_partition}"
    if count_from_offsets <= 0:
        raise _fail(ErrorCode.INVALID_RECORD, f"Batch has an invalid offset range: "
                    f"[{header.base_offset}, {header.last_offset}] {where}")
    if header.records_count <= 0:
        raise _fail(ErrorCode.INVALID_RECORD,
                    f"Invalid reported count for record batch: {header.records_count} {where}")
    if count_from_offsets != header.records_count:
        raise _fail(ErrorCode.INVALID_RECORD, f"Inconsistent batch offset range "
                    f"[{header.base_offset}, {header.last_offset}] and count of records "
                    f"{header.records_count} {where}")
    if header.is_control:
        raise _fail(ErrorCode.INVALID_RECORD,
                    f"Clients are not allowed to write control records {where}")
    if header.has_producer_id and header.base_sequence < 0:
        raise _fail(ErrorCode.INVALID_RECORD, f"Invalid sequence number {header.base_sequence} "
                    f"in record batch with producerId {header.producer_id} {where}")


def _scan(batch: memoryview, header: BatchHeader, settings: LogSettings,
          *, with_offsets: bool = False) -> tuple[RecordScan, bool]:
    """The records, and whether their inner offsets are 0..n-1 (in-place assignment works)."""
    try:
        if header.compression == Compression.NONE:
            body = batch[BATCH_HEADER_SIZE:]
            scan = scan_records(body, header.records_count, BATCH_HEADER_SIZE,
                                with_keys=settings.is_compact, with_offsets=with_offsets)
            return scan, True
        decoded = decode_batch(batch, verify_crc=False)
    except DecodeError as error:
        raise _fail(ErrorCode.CORRUPT_MESSAGE, f"Record batch is corrupt: {error}") from error
    records = decoded.records
    offset_deltas = [record.offset_delta for record in records]
    scan = RecordScan(len(records), [record.timestamp_delta for record in records],
                      [index for index, record in enumerate(records) if record.key is None],
                      offset_deltas)
    return scan, offset_deltas == list(range(scan.count))


def _record_timestamps(header: BatchHeader, scan: RecordScan) -> list[int]:
    if header.timestamp_type == TimestampType.LOG_APPEND_TIME:
        return [header.max_timestamp] * scan.count
    base = header.base_timestamp
    timestamps = [base + delta for delta in scan.timestamp_deltas]
    if timestamps and not -(2**63) <= min(timestamps) <= max(timestamps) < 2**63:
        timestamps = [_wrap64(timestamp) for timestamp in timestamps]
    return timestamps


def _is_out_of_range(timestamp: int, settings: LogSettings, now_ms: int) -> bool:
    difference = _wrap64(now_ms - timestamp)
    return (difference > settings.message_timestamp_before_max_ms
            or _wrap64(-difference) > settings.message_timestamp_after_max_ms)


def _record_errors(header: BatchHeader, scan: RecordScan, timestamps: list[int],
                   settings: LogSettings, now_ms: int,
                   topic_partition: str) -> list[tuple[ErrorCode, RecordError]]:
    """Kafka's `validateRecord` per record: the key first, then the timestamp. The common
    case (keys present where needed, every timestamp in range) is settled from the extremes."""
    is_create_time = settings.message_timestamp_type == TimestampPolicy.CREATE_TIME
    needs_keys = settings.is_compact and scan.keyless_indexes
    if (not needs_keys and is_create_time and header.timestamp_type == TimestampType.CREATE_TIME
            and (not timestamps or not any(_is_out_of_range(extreme, settings, now_ms)
                                           for extreme in (min(timestamps), max(timestamps))))):
        return []
    keyless = set(scan.keyless_indexes) if settings.is_compact else set()
    low = _wrap64(now_ms - settings.message_timestamp_before_max_ms)
    high = _wrap64(now_ms + settings.message_timestamp_after_max_ms)
    errors: list[tuple[ErrorCode, RecordError]] = []
    for index, timestamp in enumerate(timestamps):
        if index in keyless:
            errors.append((ErrorCode.INVALID_RECORD, RecordError(index, "Compacted topic cannot "
                           f"accept message without key in topic partition {topic_partition}")))
        elif is_create_time and timestamp != NO_TIMESTAMP:
            if _is_out_of_range(timestamp, settings, now_ms):
                deltas = scan.offset_deltas
                offset = header.base_offset + (deltas[index] if deltas is not None else index)
                errors.append((ErrorCode.INVALID_TIMESTAMP, RecordError(index, f"Timestamp "
                               f"{timestamp} of message with offset {offset} is out of range. "
                               f"The timestamp should be within [{low}, {high}]")))
        elif header.timestamp_type == TimestampType.LOG_APPEND_TIME:
            errors.append((ErrorCode.INVALID_TIMESTAMP, RecordError(index, "Invalid timestamp "
                           "type in message. Producer should not set timestamp type to "
                           "LogAppendTime.")))
    return errors


def _raise_record_errors(errors: list[tuple[ErrorCode, RecordError]]) -> None:
    """Kafka's `processRecordErrors`: any INVALID_TIMESTAMP makes the whole error that."""
    if not errors:
        return
    record_errors = tuple(error for _, error in errors)
    if any(code == ErrorCode.INVALID_TIMESTAMP for code, _ in errors):
        raise _fail(ErrorCode.INVALID_TIMESTAMP,
                    "One or more records have been rejected due to invalid timestamp",
                    record_errors)
    shown = ", ".join(error.java_string() for error in record_errors[:3])
    raise _fail(ErrorCode.INVALID_RECORD, f"One or more records have been rejected due to "
                f"{len(record_errors)} record errors in total, and only showing the first three "
                f"errors at most: [{shown}]", record_errors)


def _assign(batch: memoryview, header: BatchHeader, next_offset: int, settings: LogSettings,
            now_ms: int, partition_leader_epoch: int, topic_partition: str) -> ValidatedRecords:
    scan, in_order = _scan(batch, header, settings)
    timestamps = _record_timestamps(header, scan)
    errors = _record_errors(header, scan, timestamps, settings, now_ms, topic_partition)
    if errors and scan.offset_deltas is None:  # the messages name offsets: walk again for them
        scan, _ = _scan(batch, header, settings, with_offsets=True)
        errors = _record_errors(header, scan, timestamps, settings, now_ms, topic_partition)
    _raise_record_errors(errors)
    is_log_append_time = settings.message_timestamp_type == TimestampPolicy.LOG_APPEND_TIME
    last_offset = next_offset + scan.count - 1
    max_timestamp = max(timestamps, default=NO_TIMESTAMP)
    if header.compression == Compression.NONE:
        shallow_offset = last_offset  # Kafka reports the batch's last offset for v2
    else:
        shallow_offset = next_offset + (timestamps.index(max_timestamp) if timestamps else -1)
    if is_log_append_time:
        max_timestamp, shallow_offset = now_ms, next_offset
    target = target_compression(settings, header.compression)
    if not in_order or target != header.compression:
        stored = _rebuild(batch, next_offset, partition_leader_epoch, max_timestamp,
                          is_log_append_time, target)
    else:
        timestamp_type = (TimestampType.LOG_APPEND_TIME if is_log_append_time
                          else TimestampType.CREATE_TIME)
        stored = stamp_batch(batch, last_offset - header.last_offset_delta,
                             partition_leader_epoch, timestamp_type, max_timestamp)
    return ValidatedRecords(stored, next_offset, last_offset, max_timestamp, shallow_offset,
                            now_ms if is_log_append_time else -1, scan.count)


def stamp_batch(batch: memoryview, base_offset: int, partition_leader_epoch: int,
                timestamp_type: TimestampType, max_timestamp: int) -> bytes:
    """The batch with base offset and leader epoch set (outside the CRC), and Kafka's
    `setMaxTimestamp`: when the type or max timestamp differ, attributes are recomputed from
    the known flags, the max timestamp written and the CRC recomputed."""
    header = parse_batch_header(batch)
    prefix = bytearray(batch[:BATCH_HEADER_SIZE])
    struct.pack_into(">q", prefix, BASE_OFFSET_OFFSET, base_offset)
    struct.pack_into(">i", prefix, PARTITION_LEADER_EPOCH_OFFSET, partition_leader_epoch)
    if header.timestamp_type != timestamp_type or header.max_timestamp != max_timestamp:
        attributes = compute_attributes(header.compression, timestamp_type,
                                        is_transactional=header.is_transactional,
                                        is_control=header.is_control,
                                        has_delete_horizon=header.has_delete_horizon)
        struct.pack_into(">H", prefix, ATTRIBUTES_OFFSET, attributes)
        struct.pack_into(">q", prefix, MAX_TIMESTAMP_OFFSET, max_timestamp)
        crc = crc32c(batch, BATCH_HEADER_SIZE, initial=crc32c(prefix, ATTRIBUTES_OFFSET))
        struct.pack_into(">I", prefix, CRC_OFFSET, crc)
    return b"".join((prefix, batch[BATCH_HEADER_SIZE:]))


TOPIC_CODECS = {"uncompressed": Compression.NONE, "gzip": Compression.GZIP,
                "snappy": Compression.SNAPPY, "lz4": Compression.LZ4, "zstd": Compression.ZSTD}


def target_compression(settings: LogSettings, source: Compression) -> Compression:
    """The codec the log stores: the producer's under compression.type=producer, else the
    topic's (Kafka's `LogValidator` then rebuilds the batch with it)."""
    if settings.compression_type == "producer":
        return source
    return TOPIC_CODECS[settings.compression_type]


def _rebuild(batch: memoryview, next_offset: int, partition_leader_epoch: int,
             max_timestamp: int, is_log_append_time: bool, compression: Compression) -> bytes:
    """Re-encode a batch: inner offsets that were not 0..n-1 (old clients), or a topic whose
    compression.type differs from the producer's codec. Codec levels are our codecs' defaults
    (Kafka's compression.*.level are not applied: the bytes would differ across libraries
    anyway)."""
    decoded = decode_batch(batch, verify_crc=False)
    header = decoded.header
    records = [type(record)(index, record.timestamp_delta, record.key, record.value,
                            record.headers, record.attributes)
               for index, record in enumerate(decoded.records)]
    return encode_batch(
        records, base_offset=next_offset, compression=compression,
        producer_id=header.producer_id, producer_epoch=header.producer_epoch,
        base_sequence=header.base_sequence, is_transactional=header.is_transactional,
        timestamp_type=(TimestampType.LOG_APPEND_TIME if is_log_append_time
                        else TimestampType.CREATE_TIME),
        partition_leader_epoch=partition_leader_epoch, base_timestamp=header.base_timestamp,
        max_timestamp=max_timestamp,
    )

