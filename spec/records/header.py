"""The 61-byte header of a record batch v2, and the arithmetic on its fields.

Mirrors Kafka's `org.apache.kafka.common.record.DefaultRecordBatch` (field layout, attribute
bits, `incrementSequence`) and the size checks of `ByteBufferLogInputStream.nextBatchSize`.
Layout (big-endian): base offset i64 | batch length i32 | partition leader epoch i32 |
magic i8 | crc u32 | attributes i16 | last offset delta i32 | base timestamp i64 |
max timestamp i64 | producer id i64 | producer epoch i16 | base sequence i32 | records count i32.
The batch length counts every byte after itself; the CRC-32C covers attributes to batch end.
Attributes: bits 0-2 compression, 3 timestamp type, 4 transactional, 5 control,
6 delete horizon (KIP-534: base timestamp then holds the delete horizon), 7-15 unused.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from enum import IntEnum

from spec.decode_error import DecodeError
from spec.records.crc import Buffer, crc32c

BASE_OFFSET_OFFSET = 0
LENGTH_OFFSET = 8
PARTITION_LEADER_EPOCH_OFFSET = 12
MAGIC_OFFSET = 16
CRC_OFFSET = 17
ATTRIBUTES_OFFSET = 21
LAST_OFFSET_DELTA_OFFSET = 23
BASE_TIMESTAMP_OFFSET = 27
MAX_TIMESTAMP_OFFSET = 35
PRODUCER_ID_OFFSET = 43
PRODUCER_EPOCH_OFFSET = 51
BASE_SEQUENCE_OFFSET = 53
RECORDS_COUNT_OFFSET = 57
RECORDS_OFFSET = 61

BATCH_HEADER_SIZE = 61  # Kafka's RECORD_BATCH_OVERHEAD
BATCH_OVERHEAD_BYTES = 12  # Kafka's LOG_OVERHEAD: base offset and length prefix
HEADER_SIZE_UP_TO_MAGIC = 17
MAGIC_V0 = 0
MAGIC_V1 = 1
MAGIC_V2 = 2
MIN_BATCH_LENGTH = BATCH_HEADER_SIZE - BATCH_OVERHEAD_BYTES
LEGACY_MIN_RECORD_LENGTH = 14  # LegacyRecord.RECORD_OVERHEAD_V0: the smallest length field
INT32_MAX = 2**31 - 1
MAX_BATCH_LENGTH = INT32_MAX - BATCH_OVERHEAD_BYTES  # sizeInBytes() is a Java int

NO_SEQUENCE = -1
NO_PRODUCER_ID = -1
NO_PRODUCER_EPOCH = -1
NO_PARTITION_LEADER_EPOCH = -1
NO_TIMESTAMP = -1

COMPRESSION_CODEC_MASK = 0x07
TIMESTAMP_TYPE_MASK = 0x08
TRANSACTIONAL_FLAG_MASK = 0x10
CONTROL_FLAG_MASK = 0x20
DELETE_HORIZON_FLAG_MASK = 0x40

# Module-level struct calls rather than a compiled Struct: CrossHair models those symbolically.
_HEADER_FORMAT = ">qiibIHiqqqhii"
assert struct.calcsize(_HEADER_FORMAT) == BATCH_HEADER_SIZE


class Compression(IntEnum):
    """Attribute bits 0-2, as Kafka's `CompressionType` ids."""

    NONE = 0
    GZIP = 1
    SNAPPY = 2
    LZ4 = 3
    ZSTD = 4


class TimestampType(IntEnum):
    """Attribute bit 3, as Kafka's `TimestampType` ids (NO_TIMESTAMP_TYPE is never in v2)."""

    CREATE_TIME = 0
    LOG_APPEND_TIME = 1


class UnsupportedMagicError(DecodeError):
    """A message set in magic 0 or 1, which kspec refuses rather than misreads.

    Kafka's answers: inside a produce v3+ (and Kafka 4 serves only v3+), the batch fails
    `ProduceRequest.validateRecords` with `InvalidRecordException` "... only allowed to contain
    record batches with magic version 2", which `Errors.forException` turns into
    INVALID_RECORD (87) for that partition. The requests that legitimately carried magic 0/1
    (produce v0-v2) are refused whole by Kafka 4 with UNSUPPORTED_VERSION (35), since KIP-896
    removed them. A magic above 2 or negative is CORRUPT_MESSAGE instead (`CorruptBatchError`).
    """

    kafka_error_name = "INVALID_RECORD"
    kafka_error_code = 87

    def __init__(self, magic: int, *, offset: int) -> None:
        super().__init__(f"unsupported magic {magic} (only 2 is read)", offset=offset,
                         field="RecordBatch.magic")
        self.magic = magic


class CorruptBatchError(DecodeError):
    """A batch Kafka calls corrupt: `CorruptRecordException`, answered with CORRUPT_MESSAGE (2).

    Raised for what `ByteBufferLogInputStream.nextBatchSize` and `DefaultRecordBatch.ensureValid`
    refuse: a length field below 14 or past a Java int, a magic that is neither 0, 1 nor 2, a
    length below the 61-byte v2 header, and (as `CrcMismatchError`) a failed CRC.
    """

    kafka_error_name = "CORRUPT_MESSAGE"
    kafka_error_code = 2


class CrcMismatchError(CorruptBatchError):
    """A batch whose stored CRC-32C does not match its bytes.

    Kafka's `DefaultRecordBatch.ensureValid` throws `CorruptRecordException`, which a produce
    answers with CORRUPT_MESSAGE (2) and which ends the valid prefix in log recovery.
    """

    def __init__(self, stored_crc: int, computed_crc: int, *, offset: int) -> None:
        super().__init__(f"crc mismatch: stored {stored_crc}, computed {computed_crc}",
                         offset=offset, field="RecordBatch.crc")
        self.stored_crc = stored_crc
        self.computed_crc = computed_crc


def increment_sequence(sequence: int, increment: int) -> int:
    """`sequence + increment` wrapping past INT32_MAX to 0, as `incrementSequence`."""
    assert 0 <= sequence <= INT32_MAX and 0 <= increment <= INT32_MAX, (sequence, increment)
    if sequence > INT32_MAX - increment:
        result = increment - (INT32_MAX - sequence) - 1
    else:
        result = sequence + increment
    assert 0 <= result <= INT32_MAX
    return result


def decrement_sequence(sequence: int, decrement: int) -> int:
    """`sequence - decrement` wrapping below 0 to INT32_MAX, as `decrementSequence`."""
    assert 0 <= sequence <= INT32_MAX and 0 <= decrement <= INT32_MAX, (sequence, decrement)
    if sequence < decrement:
        result = INT32_MAX - (decrement - sequence) + 1
    else:
        result = sequence - decrement
    assert 0 <= result <= INT32_MAX
    return result


def compute_attributes(compression: Compression, timestamp_type: TimestampType, *,
                       is_transactional: bool, is_control: bool,
                       has_delete_horizon: bool = False) -> int:
    """The attributes word, as `DefaultRecordBatch.computeAttributes`."""
    attributes = int(compression) & COMPRESSION_CODEC_MASK
    if timestamp_type == TimestampType.LOG_APPEND_TIME:
        attributes |= TIMESTAMP_TYPE_MASK
    if is_transactional:
        attributes |= TRANSACTIONAL_FLAG_MASK
    if is_control:
        attributes |= CONTROL_FLAG_MASK
    if has_delete_horizon:
        attributes |= DELETE_HORIZON_FLAG_MASK
    assert 0 <= attributes < DELETE_HORIZON_FLAG_MASK * 2
    return attributes


@dataclass(frozen=True, slots=True)
class BatchHeader:
    """The fixed fields of one batch v2, exactly as on the wire (attributes as unsigned 16 bits)."""

    base_offset: int
    batch_length: int
    partition_leader_epoch: int
    magic: int
    crc: int
    attributes: int
    last_offset_delta: int
    base_timestamp: int
    max_timestamp: int
    producer_id: int
    producer_epoch: int
    base_sequence: int
    records_count: int

    @property
    def compression(self) -> Compression:
        return Compression(self.attributes & COMPRESSION_CODEC_MASK)

    @property
    def timestamp_type(self) -> TimestampType:
        is_log_append = self.attributes & TIMESTAMP_TYPE_MASK != 0
        return TimestampType.LOG_APPEND_TIME if is_log_append else TimestampType.CREATE_TIME

    @property
    def is_transactional(self) -> bool:
        return self.attributes & TRANSACTIONAL_FLAG_MASK != 0

    @property
    def is_control(self) -> bool:
        return self.attributes & CONTROL_FLAG_MASK != 0

    @property
    def has_delete_horizon(self) -> bool:
        return self.attributes & DELETE_HORIZON_FLAG_MASK != 0

    @property
    def delete_horizon_ms(self) -> int | None:
        """The base timestamp when bit 6 is set, as `deleteHorizonMs()`; otherwise None."""
        return self.base_timestamp if self.has_delete_horizon else None

    @property
    def last_offset(self) -> int:
        return self.base_offset + self.last_offset_delta

    @property
    def next_offset(self) -> int:
        return self.last_offset + 1

    @property
    def size_bytes(self) -> int:
        return self.batch_length + BATCH_OVERHEAD_BYTES

    @property
    def has_producer_id(self) -> bool:
        return self.producer_id >= 0

    @property
    def last_sequence(self) -> int:
        """The sequence of the last record, wrapping at INT32_MAX; NO_SEQUENCE stays -1."""
        if self.base_sequence == NO_SEQUENCE:
            return NO_SEQUENCE
        return increment_sequence(self.base_sequence, self.last_offset_delta)


def _fail(reason: str, position: int, field: str) -> DecodeError:
    return DecodeError(reason, offset=position, field=f"RecordBatch.{field}")


def _corrupt(reason: str, position: int, field: str) -> CorruptBatchError:
    return CorruptBatchError(reason, offset=position, field=f"RecordBatch.{field}")


def read_batch_size(buf: Buffer, position: int = 0) -> int:
    """The whole size of the batch at `position` (length + 12), checking the length field.

    Checks as `ByteBufferLogInputStream.nextBatchSize`: fewer than 12 bytes is truncated, a
    length below the smallest legacy record or above what a Java int can size is corrupt.
    """
    assert position >= 0, position
    if len(buf) - position < BATCH_OVERHEAD_BYTES:
        raise _fail("truncated batch: no length prefix", position, "batch_length")
    (batch_length,) = struct.unpack_from(">i", buf, position + LENGTH_OFFSET)
    if batch_length < LEGACY_MIN_RECORD_LENGTH:
        raise _corrupt(f"batch length {batch_length} below minimum", position + LENGTH_OFFSET,
                    "batch_length")
    if batch_length > MAX_BATCH_LENGTH:
        raise _corrupt(f"batch length {batch_length} too large", position + LENGTH_OFFSET,
                    "batch_length")
    return int(batch_length) + BATCH_OVERHEAD_BYTES


def parse_batch_header(buf: Buffer, position: int = 0) -> BatchHeader:
    """Read the 61-byte header at `position`; the body need not be in `buf`.

    Raises `UnsupportedMagicError` for magic 0 or 1 (before reading anything past the magic,
    since their layout differs), `CorruptBatchError` for a bad length or any other magic, and
    a plain `DecodeError` for a truncated header (Kafka's iterator just stops there) or a
    compression id above 4 (Kafka's `CompressionType.forId` throws IllegalArgumentException).
    """
    read_batch_size(buf, position)
    if len(buf) - position < HEADER_SIZE_UP_TO_MAGIC:
        raise _fail("truncated batch: no magic", position, "magic")
    magic = memoryview(buf)[position + MAGIC_OFFSET]
    if magic in (MAGIC_V0, MAGIC_V1):
        raise UnsupportedMagicError(magic, offset=position + MAGIC_OFFSET)
    if magic != MAGIC_V2:
        raise _corrupt(f"invalid magic {magic}", position + MAGIC_OFFSET, "magic")
    if len(buf) - position < BATCH_HEADER_SIZE:
        raise _fail("truncated batch header", position, "header")
    header = BatchHeader(*struct.unpack_from(_HEADER_FORMAT, buf, position))
    if header.batch_length < MIN_BATCH_LENGTH:
        raise _corrupt(f"batch length {header.batch_length} below the v2 header",
                    position + LENGTH_OFFSET, "batch_length")
    if header.attributes & COMPRESSION_CODEC_MASK > max(Compression):
        raise _fail(f"unknown compression id {header.attributes & COMPRESSION_CODEC_MASK}",
                    position + ATTRIBUTES_OFFSET, "attributes")
    assert header.magic == MAGIC_V2 and header.size_bytes >= BATCH_HEADER_SIZE
    return header


def serialize_batch_header(header: BatchHeader) -> bytes:
    """The 61 header bytes of `header`, its stored CRC included (the inverse of parsing)."""
    assert header.magic == MAGIC_V2, header.magic
    assert MIN_BATCH_LENGTH <= header.batch_length <= MAX_BATCH_LENGTH, header.batch_length
    return struct.pack(
        _HEADER_FORMAT,
        header.base_offset, header.batch_length, header.partition_leader_epoch, header.magic,
        header.crc, header.attributes, header.last_offset_delta, header.base_timestamp,
        header.max_timestamp, header.producer_id, header.producer_epoch, header.base_sequence,
        header.records_count,
    )


def compute_batch_crc(buf: Buffer, position: int = 0) -> int:
    """CRC-32C of the batch at `position` from its attributes to its end; the body must be there."""
    size_bytes = read_batch_size(buf, position)
    end = position + size_bytes
    if end > len(buf):
        raise _fail(f"truncated batch: {size_bytes} bytes declared, {len(buf) - position} here",
                    position, "records")
    assert size_bytes >= BATCH_OVERHEAD_BYTES
    return crc32c(buf, position + ATTRIBUTES_OFFSET, end)


def batch_is_valid_crc(buf: Buffer, position: int = 0) -> bool:
    """Whether the stored CRC matches the batch's bytes, as `DefaultRecordBatch.isValid`."""
    header = parse_batch_header(buf, position)
    return compute_batch_crc(buf, position) == header.crc


def ensure_valid_crc(buf: Buffer, position: int = 0) -> BatchHeader:
    """The header, after checking the CRC as `DefaultRecordBatch.ensureValid`."""
    header = parse_batch_header(buf, position)
    computed_crc = compute_batch_crc(buf, position)
    if computed_crc != header.crc:
        raise CrcMismatchError(header.crc, computed_crc, offset=position + CRC_OFFSET)
    return header
