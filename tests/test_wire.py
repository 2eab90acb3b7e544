"""Wire primitives: varint edges, compact nullables, tagged fields, external chunks, and hostile
input that must fail with a DecodeError naming the offset and field, never allocate."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spec.decode_error import DecodeError
from spec.wire import EncodeError, ExternalBytes, Reader, Writer


def written(method: str, *args: object) -> bytes:
    writer = Writer()
    getattr(writer, method)(*args)
    return writer.getvalue()


@pytest.mark.parametrize(("value", "encoded"), [
    (0, "00"), (1, "01"), (127, "7f"), (128, "8001"), (300, "ac02"),
    (16383, "ff7f"), (16384, "808001"), ((1 << 32) - 1, "ffffffff0f"),
])
def test_unsigned_varint_edges(value: int, encoded: str) -> None:
    assert written("unsigned_varint", value).hex() == encoded
    assert Reader(bytes.fromhex(encoded)).unsigned_varint("v") == value


@pytest.mark.parametrize(("value", "encoded"), [
    (0, "00"), (-1, "01"), (1, "02"), (-64, "7f"), (64, "8001"),
    ((1 << 31) - 1, "feffffff0f"), (-(1 << 31), "ffffffff0f"),
])
def test_zigzag_varint_edges(value: int, encoded: str) -> None:
    assert written("varint", value).hex() == encoded
    assert Reader(bytes.fromhex(encoded)).varint("v") == value


def test_varlong_extremes_take_ten_bytes() -> None:
    for value in (-(1 << 63), (1 << 63) - 1):
        encoded = written("varlong", value)
        assert len(encoded) == 10
        assert Reader(encoded).varlong("v") == value


def test_out_of_range_varints_are_encode_errors() -> None:
    with pytest.raises(EncodeError):
        written("unsigned_varint", 1 << 32)
    with pytest.raises(EncodeError):
        written("varint", 1 << 31)


def test_sixth_varint_byte_is_rejected() -> None:
    with pytest.raises(DecodeError) as caught:
        Reader(bytes.fromhex("ffffffffff01")).unsigned_varint("Some.count")
    assert caught.value.field == "Some.count"


def test_compact_nullables_store_length_plus_one() -> None:
    assert written("compact_nullable_string", None) == b"\x00"
    assert written("compact_nullable_string", "") == b"\x01"
    assert written("compact_nullable_string", "ab") == b"\x03ab"
    assert written("compact_nullable_bytes", None) == b"\x00"
    assert written("compact_nullable_bytes", b"\x07") == b"\x02\x07"
    assert Reader(b"\x00").compact_nullable_string("s") is None
    assert Reader(b"\x01").compact_nullable_bytes("b") == b""


def test_null_in_a_non_nullable_compact_string_is_rejected() -> None:
    with pytest.raises(DecodeError, match="serialized as null"):
        Reader(b"\x00").compact_string("Topic.name")


def test_classic_nulls_are_minus_one() -> None:
    assert written("nullable_string", None) == b"\xff\xff"
    assert written("nullable_bytes", None) == b"\xff\xff\xff\xff"
    assert Reader(b"\xff\xff").nullable_string("s") is None


@pytest.mark.parametrize(("method", "data"), [
    ("array_length", bytes.fromhex("7fffffff")),
    ("compact_array_length", bytes.fromhex("ffffffff07")),
    ("bytes_", bytes.fromhex("7fffffff") + b"x"),
    ("compact_bytes", bytes.fromhex("ffffffff07")),
    ("string", bytes.fromhex("7fff")),
    ("bytes_", bytes.fromhex("ffffff00")),  # negative length
    ("array_length", bytes.fromhex("80000000")),  # negative count, not nullable
])
def test_hostile_lengths_fail_at_their_offset(method: str, data: bytes) -> None:
    reader = Reader(b"\x00\x00" + data, position=2)
    with pytest.raises(DecodeError) as caught:
        getattr(reader, method)("Hostile.field")
    assert caught.value.field == "Hostile.field"
    assert caught.value.offset >= 2


def test_hostile_tagged_field_size_is_rejected() -> None:
    reader = Reader(bytes.fromhex("01" "05" "ffffffff0f"))
    with pytest.raises(DecodeError, match="tagged field 5"):
        reader.unknown_tagged_fields("S.tagged_fields")


_READ_METHODS = ["int8", "int16", "uint16", "int32", "uint32", "int64", "float64", "boolean",
                 "uuid", "unsigned_varint", "varint", "varlong", "string", "nullable_string",
                 "compact_string", "compact_nullable_string", "bytes_", "nullable_bytes",
                 "compact_bytes", "compact_nullable_bytes", "array_length",
                 "nullable_array_length", "compact_array_length",
                 "compact_nullable_array_length", "unknown_tagged_fields"]


@given(data=st.binary(max_size=12), method=st.sampled_from(_READ_METHODS))
def test_any_bytes_read_or_raise_decode_error(data: bytes, method: str) -> None:
    reader = Reader(data)
    try:
        getattr(reader, method)("Fuzz.field")
    except DecodeError as error:
        assert 0 <= error.offset <= len(data)
    assert reader.position <= len(data)


def test_unknown_tagged_fields_merge_in_tag_order() -> None:
    writer = Writer()
    writer.tagged_fields([(2, b"k")], [(1, b"a"), (7, b"z")])
    assert writer.getvalue().hex() == "03" "0101" "61" "0201" "6b" "0701" "7a"


def test_unknown_tag_equal_to_a_known_tag_is_an_encode_error() -> None:
    with pytest.raises(EncodeError):
        Writer().tagged_fields([(2, b"k")], [(2, b"a")])


@dataclass(frozen=True)
class FileRegion:
    size_bytes: int


def test_external_bytes_become_their_own_chunk() -> None:
    region = FileRegion(1000)
    assert isinstance(region, ExternalBytes)
    writer = Writer()
    writer.int8(1)
    writer.compact_records(region)
    writer.int8(2)
    writer.int8(3)
    assert writer.chunks() == [b"\x01" + bytes.fromhex("e907"), region, b"\x02\x03"]
    with pytest.raises(EncodeError):
        writer.getvalue()


def test_records_from_memory_stay_in_line() -> None:
    writer = Writer()
    writer.nullable_records(b"abc")
    writer.nullable_records(None)
    assert writer.chunks() == [b"\x00\x00\x00\x03abc\xff\xff\xff\xff"]
