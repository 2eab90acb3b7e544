"""A follower's append check (`UnifiedLog.appendAsFollower`): the leader's offsets are kept.

As `analyzeAndValidateRecords` with origin REPLICATION: batches stamped with a leader epoch
above the follower's current one are dropped with all after them (KAFKA-18723); each kept batch
must pass its CRC (CORRUPT_MESSAGE) and end above the previous one
(`OffsetsOutOfOrderException`); the first must not start below the log end offset
(`UnexpectedAppendOffsetException`); a torn tail is trimmed. Sizes are not checked, as for any
replica append. Kafka's two exceptions are not API errors; both come back as
UNKNOWN_SERVER_ERROR here.
"""

from __future__ import annotations

from reference.core.log.validator import ErrorCode, ValidatedRecords, ValidationFailure
from spec.decode_error import DecodeError
from spec.records.header import (
    BATCH_HEADER_SIZE,
    NO_PARTITION_LEADER_EPOCH,
    NO_TIMESTAMP,
    BatchHeader,
    compute_batch_crc,
    parse_batch_header,
)


def _whole_batches(records: bytes) -> list[tuple[int, BatchHeader]] | ValidationFailure:
    found: list[tuple[int, BatchHeader]] = []
    position = 0
    while len(records) - position >= BATCH_HEADER_SIZE:
        try:
            header = parse_batch_header(records, position)
        except DecodeError as error:
            return ValidationFailure(ErrorCode.CORRUPT_MESSAGE, f"Record batch is corrupt: {error}")
        if position + header.size_bytes > len(records):
            break
        found.append((position, header))
        position += header.size_bytes
    return found


def validate_follower_records(records: bytes, *, log_end_offset: int,
                              leader_epoch: int) -> ValidatedRecords | ValidationFailure:
    """The part of `records` a follower appends, or why it refuses them."""
    batches = _whole_batches(records)
    if isinstance(batches, ValidationFailure):
        return batches
    kept: list[BatchHeader] = []
    kept_bytes = 0
    for position, header in batches:
        epoch = header.partition_leader_epoch
        if epoch != NO_PARTITION_LEADER_EPOCH and epoch > leader_epoch:
            break
        if compute_batch_crc(records, position) != header.crc:
            return ValidationFailure(ErrorCode.CORRUPT_MESSAGE,
                                     f"Record is corrupt (stored crc = {header.crc})")
        if kept and header.last_offset <= kept[-1].last_offset:
            return ValidationFailure(ErrorCode.UNKNOWN_SERVER_ERROR, "Out of order offsets found")
        kept.append(header)
        kept_bytes = position + header.size_bytes
    if not kept:
        return ValidatedRecords(b"", -1, -1, NO_TIMESTAMP, -1, -1, 0)
    if kept[0].base_offset < log_end_offset:
        return ValidationFailure(ErrorCode.UNKNOWN_SERVER_ERROR, f"Unexpected offset in append: "
                                 f"first offset {kept[0].base_offset} is less than the next "
                                 f"offset {log_end_offset}")
    top = max(kept, key=lambda header: header.max_timestamp)
    return ValidatedRecords(records[:kept_bytes], kept[0].base_offset, kept[-1].last_offset,
                            top.max_timestamp, top.last_offset, -1,
                            sum(header.last_offset_delta + 1 for header in kept))
