"""Hostile bytes: every record decoder raises DecodeError (with offset and field) or succeeds."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spec.decode_error import DecodeError
from spec.records.batch import (
    BATCH_HEADER_SIZE,
    Compression,
    CorruptBatchError,
    Record,
    decode_batch,
    encode_batch,
    iter_batches,
    parse_batch_header,
    scan_batches,
)
from spec.records.codecs import compress, decompress
from spec.records.control import decode_end_txn_marker, parse_control_key
from tests.records_strategies import batch_kwargs, records_lists

CAP_BYTES = 1 << 20


def _decode_all_ways(data: bytes) -> None:
    """Every public reader over `data`; only DecodeError may escape, and it must say where."""
    for reader in (lambda: decode_batch(data, max_decompressed_bytes=CAP_BYTES),
                   lambda: decode_batch(data, verify_crc=False,
                                        max_decompressed_bytes=CAP_BYTES),
                   lambda: list(iter_batches(data)), lambda: parse_batch_header(data)):
        try:
            reader()
        except DecodeError as error:
            assert error.offset >= 0 and error.field, error
    batches, valid_bytes = scan_batches(data)
    assert 0 <= valid_bytes <= len(data) and len(batches) <= len(data) // BATCH_HEADER_SIZE


@st.composite
def mutated_batches(draw: st.DrawFn) -> bytes:
    """A valid batch (any codec) with a few bytes flipped, cut, or inserted."""
    kwargs = draw(batch_kwargs())
    batch = bytearray(encode_batch(draw(records_lists()), **kwargs))  # type: ignore[arg-type]
    for _ in range(draw(st.integers(1, 4))):
        position = draw(st.integers(0, len(batch) - 1))
        action = draw(st.sampled_from(["flip", "set", "cut", "insert"]))
        if action == "flip":
            batch[position] ^= 1 << draw(st.integers(0, 7))
        elif action == "set":
            batch[position] = draw(st.sampled_from([0x00, 0x7F, 0x80, 0xFF]))
        elif action == "cut":
            del batch[position:position + draw(st.integers(1, 8))]
        else:
            batch[position:position] = draw(st.binary(min_size=1, max_size=8))
        if not batch:
            break
    return bytes(batch)


@given(st.binary(max_size=400))
def test_random_bytes_raise_only_decode_error(data: bytes) -> None:
    _decode_all_ways(data)


@given(st.binary(min_size=45, max_size=300))
def test_random_bodies_behind_a_plausible_header_raise_only_decode_error(body: bytes) -> None:
    # A well-formed header steers the fuzzer past the length and magic checks.
    header = bytearray(encode_batch([], base_timestamp=0))
    data = bytearray(header[:BATCH_HEADER_SIZE] + body)
    data[8:12] = (len(data) - 12).to_bytes(4, "big")
    data[22] = body[0] % 5  # compression
    data[57:61] = (body[1] % 8).to_bytes(4, "big")  # records count
    _decode_all_ways(bytes(data))


@given(mutated_batches())
def test_mutated_batches_raise_only_decode_error(data: bytes) -> None:
    _decode_all_ways(data)


@given(st.sampled_from(list(Compression)), st.binary(max_size=300))
def test_random_compressed_bodies_raise_only_decode_error(compression: Compression,
                                                          data: bytes) -> None:
    try:
        decompress(compression, data, CAP_BYTES)
    except DecodeError as error:
        assert error.field.startswith("RecordBatch.records")


@given(st.sampled_from(list(Compression)[1:]), st.binary(min_size=1, max_size=200),
       st.data())
def test_mutated_compressed_bodies_raise_only_decode_error(compression: Compression,
                                                           payload: bytes,
                                                           data: st.DataObject) -> None:
    body = bytearray(compress(compression, payload))
    position = data.draw(st.integers(0, len(body) - 1))
    body[position] ^= data.draw(st.integers(1, 255))
    with contextlib.suppress(DecodeError):
        decompress(compression, bytes(body), CAP_BYTES)


@given(st.none() | st.binary(max_size=12), st.none() | st.binary(max_size=12))
def test_control_record_parsing_raises_only_decode_error(key: bytes | None,
                                                         value: bytes | None) -> None:
    try:
        parse_control_key(key)
        decode_end_txn_marker(Record(0, 0, key, value))
    except DecodeError:
        pass


@pytest.mark.parametrize("magic", [3, 0x7F, 0x80, 0xFF])
def test_unknown_magic_is_corrupt_message(magic: int) -> None:
    batch = bytearray(encode_batch([Record(0, 0, None, b"v")]))
    batch[16] = magic
    with pytest.raises(CorruptBatchError) as caught:
        parse_batch_header(batch)
    assert caught.value.kafka_error_code == 2 and caught.value.offset == 16


@pytest.mark.parametrize("batch_length", [-1, 0, 13, 48, 2**31 - 1])
def test_bad_length_fields_are_corrupt_message(batch_length: int) -> None:
    batch = bytearray(encode_batch([Record(0, 0, None, b"v")]))
    batch[8:12] = batch_length.to_bytes(4, "big", signed=True)
    with pytest.raises(CorruptBatchError):
        parse_batch_header(batch)
