"""Produce validation and offset assignment, as Kafka's LogValidator answers."""

from __future__ import annotations

import struct
from dataclasses import replace

from reference.core.log.settings import LogSettings, TimestampPolicy
from reference.core.log.validator import (
    AppendOrigin,
    ErrorCode,
    ValidatedRecords,
    ValidationFailure,
    validate_and_assign,
)
from spec.records.batch import (
    Compression,
    Record,
    batch_is_valid_crc,
    decode_batch,
    encode_batch,
    parse_batch_header,
)
from spec.records.header import BASE_OFFSET_OFFSET, CRC_OFFSET

NOW_MS = 1_700_000_000_000
SETTINGS = LogSettings()


def batch(*timestamps: int, keys: bool = True, **options: object) -> bytes:
    records = [Record(index, timestamp, b"k%d" % index if keys else None, b"value")
               for index, timestamp in enumerate(timestamps)]
    return encode_batch(records, **options)  # type: ignore[arg-type]


def validate(records: bytes, settings: LogSettings = SETTINGS,
             origin: AppendOrigin = AppendOrigin.CLIENT) -> ValidatedRecords | ValidationFailure:
    return validate_and_assign(records, next_offset=500, settings=settings, now_ms=NOW_MS,
                               partition_leader_epoch=7, origin=origin, topic_partition="t-0")


def failure(records: bytes, settings: LogSettings = SETTINGS) -> ValidationFailure:
    result = validate(records, settings)
    assert isinstance(result, ValidationFailure), result
    return result


def test_offsets_and_leader_epoch_are_assigned_in_place() -> None:
    source = batch(NOW_MS - 5, NOW_MS - 1, NOW_MS - 3)
    result = validate(source)
    assert isinstance(result, ValidatedRecords)
    header = parse_batch_header(result.records)
    assert (header.base_offset, header.partition_leader_epoch) == (500, 7)
    assert (result.first_offset, result.last_offset, result.record_count) == (500, 502, 3)
    assert result.max_timestamp == NOW_MS - 1
    assert result.shallow_offset_of_max_timestamp == 502  # uncompressed v2: the last offset
    assert result.log_append_time_ms == -1
    assert result.records[CRC_OFFSET:] == source[CRC_OFFSET:]  # CRC untouched


def test_log_append_time_rewrites_max_timestamp_and_crc() -> None:
    settings = replace(SETTINGS, message_timestamp_type=TimestampPolicy.LOG_APPEND_TIME)
    result = validate(batch(1, 2), settings)
    assert isinstance(result, ValidatedRecords)
    header = parse_batch_header(result.records)
    assert header.max_timestamp == NOW_MS and header.timestamp_type.name == "LOG_APPEND_TIME"
    assert batch_is_valid_crc(result.records)
    assert (result.log_append_time_ms, result.shallow_offset_of_max_timestamp) == (NOW_MS, 500)
    assert [record.timestamp(header) for record in decode_batch(result.records).records] == [
        NOW_MS, NOW_MS]


def test_lying_max_timestamp_is_corrected_from_the_records() -> None:
    source = batch(NOW_MS - 10, NOW_MS - 2, max_timestamp=NOW_MS - 10)
    result = validate(source)
    assert isinstance(result, ValidatedRecords)
    assert parse_batch_header(result.records).max_timestamp == NOW_MS - 2
    assert batch_is_valid_crc(result.records)


def test_compressed_batch_max_timestamp_offset_is_the_record_with_it() -> None:
    result = validate(batch(NOW_MS - 5, NOW_MS - 1, NOW_MS - 3, compression=Compression.GZIP))
    assert isinstance(result, ValidatedRecords)
    assert result.shallow_offset_of_max_timestamp == 501
    assert decode_batch(result.records).header.base_offset == 500


def test_non_zero_base_offset_from_a_client_is_invalid_record() -> None:
    assert failure(batch(NOW_MS, base_offset=3)).error_code == ErrorCode.INVALID_RECORD


def test_batch_larger_than_max_message_bytes_is_message_too_large() -> None:
    source = batch(NOW_MS)
    settings = replace(SETTINGS, max_message_bytes=len(source) - 1)
    assert failure(source, settings).error_code == ErrorCode.MESSAGE_TOO_LARGE
    assert isinstance(validate(source, replace(SETTINGS, max_message_bytes=len(source))),
                      ValidatedRecords)


def test_size_is_checked_before_the_crc() -> None:
    corrupt = bytearray(batch(NOW_MS))
    corrupt[-1] ^= 0xFF
    settings = replace(SETTINGS, max_message_bytes=10)
    assert failure(bytes(corrupt), settings).error_code == ErrorCode.MESSAGE_TOO_LARGE
    assert failure(bytes(corrupt)).error_code == ErrorCode.CORRUPT_MESSAGE


def test_older_magic_is_invalid_record() -> None:
    legacy = bytearray(batch(NOW_MS))
    legacy[16] = 1
    assert failure(bytes(legacy)).error_code == ErrorCode.INVALID_RECORD


def test_two_batches_are_invalid_record() -> None:
    assert failure(batch(NOW_MS) + batch(NOW_MS)).error_code == ErrorCode.INVALID_RECORD


def test_count_not_matching_last_offset_delta_is_invalid_record() -> None:
    source = batch(NOW_MS, NOW_MS, last_offset_delta=2)
    result = failure(source)
    assert result.error_code == ErrorCode.INVALID_RECORD
    assert "Inconsistent batch offset range" in result.message


def test_control_batch_from_a_client_is_invalid_record() -> None:
    source = batch(NOW_MS, is_control=True)
    assert failure(source).error_code == ErrorCode.INVALID_RECORD
    coordinator = validate(source, origin=AppendOrigin.COORDINATOR)
    assert isinstance(coordinator, ValidatedRecords)


def test_producer_id_without_sequence_is_invalid_record() -> None:
    source = batch(NOW_MS, producer_id=5, producer_epoch=0, base_sequence=-1)
    assert "Invalid sequence number" in failure(source).message


def test_compacted_topic_rejects_keyless_records_with_their_batch_index() -> None:
    compacted = replace(SETTINGS, cleanup_policy=frozenset({"compact"}))
    source = encode_batch([Record(0, NOW_MS, b"k", b"v"), Record(1, NOW_MS, None, b"v"),
                           Record(2, NOW_MS, None, None)])
    result = failure(source, compacted)
    assert result.error_code == ErrorCode.INVALID_RECORD
    assert [error.batch_index for error in result.record_errors] == [1, 2]
    assert "Compacted topic cannot accept message without key" in result.record_errors[0].message
    assert "2 record errors in total" in result.message


def test_timestamp_too_far_ahead_is_invalid_timestamp_per_record() -> None:
    ahead_ms = SETTINGS.message_timestamp_after_max_ms
    result = failure(batch(NOW_MS, NOW_MS + ahead_ms + 1, NOW_MS + ahead_ms))
    assert result.error_code == ErrorCode.INVALID_TIMESTAMP
    assert [error.batch_index for error in result.record_errors] == [1]
    assert result.record_errors[0].message.startswith(
        f"Timestamp {NOW_MS + ahead_ms + 1} of message with offset 1 is out of range.")


def test_timestamp_too_old_is_invalid_timestamp_when_configured() -> None:
    settings = replace(SETTINGS, message_timestamp_before_max_ms=1000)
    assert failure(batch(NOW_MS - 1001), settings).error_code == ErrorCode.INVALID_TIMESTAMP
    assert isinstance(validate(batch(NOW_MS - 1000), settings), ValidatedRecords)


def test_invalid_timestamp_wins_over_invalid_record() -> None:
    compacted = replace(SETTINGS, cleanup_policy=frozenset({"compact"}))
    source = encode_batch([Record(0, NOW_MS, None, b"v"), Record(1, NOW_MS + 2**40, b"k", b"v")])
    result = failure(source, compacted)
    assert result.error_code == ErrorCode.INVALID_TIMESTAMP
    assert [error.batch_index for error in result.record_errors] == [0, 1]


def test_result_larger_than_a_segment_is_record_list_too_large() -> None:
    source = batch(NOW_MS)
    settings = replace(SETTINGS, segment_bytes=len(source) - 1)
    assert failure(source, settings).error_code == ErrorCode.RECORD_LIST_TOO_LARGE


def test_trailing_partial_batch_is_trimmed() -> None:
    source = batch(NOW_MS)
    result = validate(source + source[:30])
    assert isinstance(result, ValidatedRecords)
    assert len(result.records) == len(source)


def test_validation_does_not_touch_its_input() -> None:
    source = batch(NOW_MS)
    before = bytes(source)
    validate(source)
    assert source == before
    assert struct.unpack_from(">q", source, BASE_OFFSET_OFFSET) == (0,)


def follower_batch(base_offset: int, count: int, epoch: int) -> bytes:
    return encode_batch([Record(index, NOW_MS, b"k", b"v") for index in range(count)],
                        base_offset=base_offset, partition_leader_epoch=epoch)


def test_follower_records_keep_the_leaders_offsets() -> None:
    from reference.core.log.follower import validate_follower_records

    records = follower_batch(10, 2, 3) + follower_batch(12, 1, 3)
    result = validate_follower_records(records, log_end_offset=10, leader_epoch=3)
    assert isinstance(result, ValidatedRecords)
    assert (result.first_offset, result.last_offset, result.records) == (10, 12, records)


def test_follower_drops_batches_from_a_newer_leader_epoch() -> None:
    from reference.core.log.follower import validate_follower_records

    records = follower_batch(10, 2, 3) + follower_batch(12, 1, 4)
    result = validate_follower_records(records, log_end_offset=10, leader_epoch=3)
    assert isinstance(result, ValidatedRecords) and result.last_offset == 11


def test_follower_refuses_corrupt_out_of_order_or_stale_batches() -> None:
    from reference.core.log.follower import validate_follower_records

    corrupt = bytearray(follower_batch(10, 1, 0))
    corrupt[-1] ^= 1
    cases = {
        bytes(corrupt): ErrorCode.CORRUPT_MESSAGE,
        follower_batch(10, 2, 0) + follower_batch(11, 1, 0): ErrorCode.UNKNOWN_SERVER_ERROR,
        follower_batch(5, 1, 0): ErrorCode.UNKNOWN_SERVER_ERROR,
    }
    for records, code in cases.items():
        result = validate_follower_records(records, log_end_offset=10, leader_epoch=0)
        assert isinstance(result, ValidationFailure) and result.error_code == code
