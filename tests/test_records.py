"""Record batch v2: round trips, known bytes, header arithmetic, offsets, walking, markers."""

from __future__ import annotations

import struct

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spec.decode_error import DecodeError
from spec.records.batch import (
    BATCH_HEADER_SIZE,
    Compression,
    CrcMismatchError,
    Record,
    TimestampType,
    UnsupportedMagicError,
    assign_offsets,
    batch_is_valid_crc,
    compute_batch_crc,
    decode_batch,
    decrement_sequence,
    encode_batch,
    increment_sequence,
    iter_batches,
    parse_batch_header,
    scan_batches,
    serialize_batch_header,
)
from spec.records.control import (
    ControlRecordType,
    EndTransactionMarker,
    control_batch,
    decode_end_txn_marker,
    parse_control_key,
)
from spec.records.crc import crc32c
from spec.records.header import ATTRIBUTES_OFFSET
from spec.records.varint import (
    decode_varint,
    decode_varlong,
    encode_varint,
    encode_varlong,
    size_of_varlong,
    zigzag_encode,
)
from tests.records_strategies import batch_kwargs, records_lists

INT32_MAX = 2**31 - 1


def _reference_crc32c(data: bytes) -> int:
    """Bitwise CRC-32C (reflected 0x82F63B78), independent of the C package under test."""
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF


def test_crc32c_matches_the_castagnoli_check_value() -> None:
    assert crc32c(b"123456789") == 0xE3069283 == _reference_crc32c(b"123456789")
    assert crc32c(memoryview(b"xx123456789"), 2) == 0xE3069283


def test_hand_built_batch_matches_kafka_layout_byte_for_byte() -> None:
    # One record: key b"k", value b"hello", one header ("h", b"1"), at offset 0, ts 1000.
    record_body = (b"\x00" + b"\x00" + b"\x00" + b"\x02k" + b"\x0ahello"
                   + b"\x02" + b"\x02h" + b"\x021")
    record_bytes = bytes([len(record_body) * 2]) + record_body
    after_crc = struct.pack(">hiqqqhii", 0, 0, 1000, 1000, -1, -1, -1, 1) + record_bytes
    crc = _reference_crc32c(after_crc)
    length = 4 + 1 + 4 + len(after_crc)
    expected = struct.pack(">qiibI", 0, length, -1, 2, crc) + after_crc
    built = encode_batch([Record(0, 1000, b"k", b"hello", (("h", b"1"),))])
    assert built == expected
    header = parse_batch_header(built)
    assert header.crc == crc and header.size_bytes == len(built) == 61 + len(record_bytes)


def test_batch_matches_kafka_python_builder_byte_for_byte() -> None:
    from kafka.record.default_records import DefaultRecordBatchBuilder

    builder = DefaultRecordBatchBuilder(2, 0, True, 7, 3, INT32_MAX - 1, 1 << 20)
    builder.append(0, 1000, b"k", b"v", [])
    builder.append(1, 1005, None, b"vv" * 100, [("h", b"x"), ("h2", None)])
    builder.append(2, 1002, None, None, [])
    theirs = bytes(builder.build())
    ours = encode_batch(
        [Record(0, 1000, b"k", b"v"), Record(1, 1005, None, b"vv" * 100,
                                             (("h", b"x"), ("h2", None))),
         Record(2, 1002, None, None)],
        producer_id=7, producer_epoch=3, base_sequence=INT32_MAX - 1, is_transactional=True,
        partition_leader_epoch=0,  # kafka-python writes 0 where the Java producer writes -1
    )
    assert ours == theirs
    header = parse_batch_header(theirs)
    assert header.last_sequence == 0  # INT32_MAX - 1 + 2 wraps, as incrementSequence
    assert (header.base_timestamp, header.max_timestamp) == (1000, 1005)


@given(records=records_lists(), kwargs=batch_kwargs())
def test_decode_of_encode_is_identity(records: list[Record], kwargs: dict[str, object]) -> None:
    batch = encode_batch(records, **kwargs)  # type: ignore[arg-type]
    decoded = decode_batch(batch)
    assert decoded.records == tuple(records)
    header = decoded.header
    assert header.compression == kwargs["compression"]
    assert header.records_count == len(records) and header.size_bytes == len(batch)
    assert header.producer_id == kwargs["producer_id"]
    assert batch_is_valid_crc(batch)
    if header.compression == Compression.NONE:
        assert decoded.to_bytes() == batch


@given(records=records_lists(max_records=8), producer_id=st.integers(-1, 2**62),
       base_sequence=st.integers(-1, INT32_MAX), is_transactional=st.booleans())
def test_encode_of_decode_restores_foreign_uncompressed_bytes(
        records: list[Record], producer_id: int, base_sequence: int,
        is_transactional: bool) -> None:
    from kafka.record.default_records import DefaultRecordBatchBuilder

    builder = DefaultRecordBatchBuilder(2, 0, is_transactional, producer_id, 0, base_sequence,
                                        1 << 24)
    for record in records:
        timestamp_ms = abs(record.timestamp_delta)
        builder.append(record.offset_delta, timestamp_ms, record.key, record.value,
                       list(record.headers))
    theirs = bytes(builder.build())
    assert decode_batch(theirs).to_bytes() == theirs


@given(records=records_lists(), kwargs=batch_kwargs())
def test_header_serialize_of_parse_is_identity(records: list[Record],
                                               kwargs: dict[str, object]) -> None:
    batch = encode_batch(records, **kwargs)  # type: ignore[arg-type]
    header = parse_batch_header(batch)
    assert serialize_batch_header(header) == batch[:BATCH_HEADER_SIZE]


@given(st.integers(-(2**31), INT32_MAX))
def test_varint_round_trip(value: int) -> None:
    encoded = encode_varint(value)
    assert decode_varint(encoded + b"\xff") == (value, len(encoded))


@given(st.integers(-(2**63), 2**63 - 1))
def test_zigzag_matches_kafkas_shift_and_xor(value: int) -> None:
    # ByteUtils writes (v << 1) ^ (v >> 63); ours is the same map in plain arithmetic.
    assert zigzag_encode(value, 64) == ((value << 1) ^ (value >> 63)) & (2**64 - 1)
    if -(2**31) <= value <= INT32_MAX:
        assert zigzag_encode(value, 32) == ((value << 1) ^ (value >> 31)) & (2**32 - 1)
    assert size_of_varlong(value) == len(encode_varlong(value))


@given(st.integers(-(2**63), 2**63 - 1))
def test_varlong_round_trip(value: int) -> None:
    encoded = encode_varlong(value)
    assert decode_varlong(encoded) == (value, len(encoded))


def test_varint_refuses_a_sixth_byte_and_truncation_like_kafka() -> None:
    with pytest.raises(DecodeError):
        decode_varint(b"\xff\xff\xff\xff\xff\x01")
    with pytest.raises(DecodeError):
        decode_varlong(b"\xff" * 10 + b"\x01")
    with pytest.raises(DecodeError):
        decode_varint(b"\x80\x80")
    assert decode_varint(b"\xff\xff\xff\xff\x7f") == (-(2**31), 5)  # high bits dropped


@given(st.integers(0, INT32_MAX), st.integers(0, INT32_MAX))
def test_sequence_increment_and_decrement_are_inverse(sequence: int, delta: int) -> None:
    assert decrement_sequence(increment_sequence(sequence, delta), delta) == sequence


def test_sequence_wraps_past_int32_max_to_zero() -> None:
    assert increment_sequence(INT32_MAX, 1) == 0
    assert increment_sequence(INT32_MAX - 2, 5) == 2
    assert decrement_sequence(0, 1) == INT32_MAX


def test_tampered_batch_fails_its_crc() -> None:
    batch = bytearray(encode_batch([Record(0, 5, b"key", b"value")]))
    batch[-1] ^= 0x01
    assert not batch_is_valid_crc(batch)
    with pytest.raises(CrcMismatchError) as caught:
        decode_batch(batch)
    assert caught.value.kafka_error_code == 2


@given(records=records_lists(max_records=3), data=st.data())
def test_every_single_bit_flip_after_the_crc_field_is_detected(records: list[Record],
                                                               data: st.DataObject) -> None:
    batch = bytearray(encode_batch(records, base_timestamp=0))
    stored_crc = parse_batch_header(batch).crc
    position = data.draw(st.integers(ATTRIBUTES_OFFSET, len(batch) - 1))
    batch[position] ^= 1 << data.draw(st.integers(0, 7))
    assert compute_batch_crc(batch) != stored_crc
    with pytest.raises(DecodeError):  # CrcMismatchError, or an earlier header check
        decode_batch(batch)


def test_legacy_magic_is_refused_not_misread() -> None:
    from kafka.record.legacy_records import LegacyRecordBatchBuilder

    for magic in (0, 1):
        builder = LegacyRecordBatchBuilder(magic, 0, 1 << 20)
        builder.append(0, 1000 if magic else None, b"k", b"v")
        legacy = bytes(builder.build())
        with pytest.raises(UnsupportedMagicError) as caught:
            parse_batch_header(legacy)
        assert caught.value.magic == magic and caught.value.kafka_error_code == 87
        with pytest.raises(UnsupportedMagicError):
            list(iter_batches(legacy))
        assert scan_batches(legacy) == ([], 0)


def test_assign_offsets_keeps_crc_and_stamps_log_append_time() -> None:
    batch = encode_batch([Record(0, 0, None, b"a"), Record(1, 7, None, b"b")],
                         base_timestamp=1000, is_transactional=True, producer_id=4,
                         producer_epoch=0, base_sequence=0)
    stored = assign_offsets(batch, 500, 9, None)
    header = parse_batch_header(stored)
    assert (header.base_offset, header.partition_leader_epoch, header.last_offset) == (500, 9, 501)
    assert header.crc == parse_batch_header(batch).crc and batch_is_valid_crc(stored)
    stamped = assign_offsets(batch, 500, 9, 99_000)
    header = parse_batch_header(stamped)
    assert header.timestamp_type == TimestampType.LOG_APPEND_TIME
    assert header.max_timestamp == 99_000 and header.is_transactional
    assert batch_is_valid_crc(stamped)
    assert [r.timestamp(header) for r in decode_batch(stamped).records] == [99_000, 99_000]


def test_iter_and_scan_batches_stop_at_a_torn_tail() -> None:
    first = encode_batch([Record(0, 0, None, b"x" * 10)], base_timestamp=1)
    second = encode_batch([Record(0, 0, None, b"y")], base_offset=1, base_timestamp=1)
    log = first + second
    assert [pos for pos, _ in iter_batches(log)] == [0, len(first)]
    torn = log + second[:30]
    with pytest.raises(DecodeError):
        list(iter_batches(torn))
    batches, valid_bytes = scan_batches(torn)
    assert valid_bytes == len(log) and len(batches) == 2
    corrupt = bytearray(log)
    corrupt[-1] ^= 0xFF
    assert scan_batches(corrupt)[1] == len(first)


def test_control_batch_carries_an_end_transaction_marker() -> None:
    batch = control_batch(True, producer_id=5, producer_epoch=2, coordinator_epoch=9,
                          base_offset=100, timestamp_ms=12345, partition_leader_epoch=3)
    decoded = decode_batch(batch)
    header = decoded.header
    assert header.is_control and header.is_transactional and header.base_sequence == -1
    assert (header.base_offset, header.producer_id, header.max_timestamp) == (100, 5, 12345)
    marker = decode_end_txn_marker(decoded.records[0])
    assert marker == EndTransactionMarker(ControlRecordType.COMMIT, 9)
    assert decoded.records[0].key == b"\x00\x00\x00\x01"  # version 0, COMMIT = 1
    abort = decode_batch(control_batch(False, 5, 2, 9, 100, 12345, 3))
    assert decode_end_txn_marker(abort.records[0]).control_type == ControlRecordType.ABORT


@given(st.booleans(), st.integers(0, 2**62), st.integers(0, 2**15 - 1),
       st.integers(-(2**31), INT32_MAX), st.integers(0, 2**62), st.integers(0, 2**40))
def test_control_batch_round_trip(commit: bool, producer_id: int, producer_epoch: int,
                                  coordinator_epoch: int, base_offset: int,
                                  timestamp_ms: int) -> None:
    batch = control_batch(commit, producer_id, producer_epoch, coordinator_epoch, base_offset,
                          timestamp_ms, 0)
    marker = decode_end_txn_marker(decode_batch(batch).records[0])
    assert marker.is_commit == commit and marker.coordinator_epoch == coordinator_epoch


def test_control_key_parsing_follows_kafka() -> None:
    assert parse_control_key(b"\x00\x01\x00\x02") == ControlRecordType.LEADER_CHANGE  # v1 as v0
    assert parse_control_key(b"\x00\x00\x00\x63") == ControlRecordType.UNKNOWN
    for bad in (None, b"\x00\x00\x00", b"\xff\xff\x00\x00"):
        with pytest.raises(DecodeError):
            parse_control_key(bad)
    with pytest.raises(DecodeError):
        decode_end_txn_marker(Record(0, 0, b"\x00\x00\x00\x01", b"\x00\x00\x00"))
