"""Kafka's wire primitives: a bounds-checked `Reader`, an appending `Writer`, and `EncodeError`.

Generated message classes (`spec/generated/`) are written in terms of these methods only.
Encodings follow Kafka's `Readable`/`Writable` and `ByteUtils`: big-endian fixed-width
integers, unsigned varints of at most 5 bytes, zigzag varints/varlongs, int16-length strings
and int32-length bytes/arrays (-1 is null), and in flexible versions "compact" forms whose
unsigned-varint length is stored plus one (0 is null).

Reading never raises anything but `DecodeError`, and checks every length against the bytes
that remain before slicing or allocating, so hostile input cannot cause a big allocation.
"""

from __future__ import annotations

import struct
import uuid
from collections.abc import Callable, Sequence
from typing import ClassVar, Protocol, Self, TypeVar, runtime_checkable

from spec.decode_error import DecodeError

__all__ = [
    "DecodeError", "EncodeError", "ExternalBytes", "Message", "Reader", "Writer",
    "check_decode_version",
    "encode_checked", "require_non_null",
]

_T = TypeVar("_T")

_INT8 = struct.Struct(">b")
_INT16 = struct.Struct(">h")
_UINT16 = struct.Struct(">H")
_INT32 = struct.Struct(">i")
_UINT32 = struct.Struct(">I")
_INT64 = struct.Struct(">q")
_FLOAT64 = struct.Struct(">d")

_INT32_LIMIT = 1 << 31
_UINT32_LIMIT = 1 << 32
_MAX_STRING_BYTES = 0x7FFF  # Kafka rejects longer strings in both encodings
_EMPTY_TAGGED_FIELDS = b"\x00"


class EncodeError(ValueError):
    """A message that cannot be written at the asked version (Kafka's UnsupportedVersionException
    for fields, or a value out of its type's range)."""


def require_non_null(value: _T | None, field: str, version: int) -> _T:
    """`value`, or EncodeError when a field that is nullable only in other versions is null."""
    if value is None:
        raise EncodeError(f"{field} is null, but it is not nullable at version {version}")
    return value


def encode_checked(write: Callable[[Writer, int], None], version: int, name: str,
                   lowest: int, highest: int) -> Writer:
    """Run a message's `write` at `version`, turning every failure into an EncodeError."""
    if not lowest <= version <= highest:
        raise EncodeError(f"{name} has no version {version} (valid: {lowest}-{highest})")
    writer = Writer()
    try:
        write(writer, version)
    except struct.error as error:  # a number outside its field's range
        raise EncodeError(f"{name} v{version}: {error}") from error
    return writer


def check_decode_version(version: int, name: str, lowest: int, highest: int) -> None:
    if not lowest <= version <= highest:
        raise DecodeError(f"no version {version} (valid: {lowest}-{highest})", offset=0,
                          field=name)


@runtime_checkable
class ExternalBytes(Protocol):
    """Bytes that live outside the process (a file region the TCP shell sends with sendfile);
    a `records` field may hold one when encoding, and the Writer keeps it as its own chunk."""

    @property
    def size_bytes(self) -> int: ...


class Writer:
    """Appends encoded primitives to a bytearray; `ExternalBytes` values become separate chunks.

    `getvalue()` returns the bytes so far (and refuses if external chunks were written);
    `chunks()` returns them in order, adjacent in-memory bytes joined.
    """

    __slots__ = ("_external", "buffer")

    def __init__(self) -> None:
        self.buffer = bytearray()
        self._external: list[bytes | ExternalBytes] = []

    def getvalue(self) -> bytes:
        if self._external:
            raise EncodeError("the message holds external bytes; write it with chunks()")
        return bytes(self.buffer)

    def chunks(self) -> list[bytes | ExternalBytes]:
        result = list(self._external)
        if self.buffer or not result:
            result.append(bytes(self.buffer))
        return result

    def external(self, value: ExternalBytes) -> None:
        if self.buffer:
            self._external.append(bytes(self.buffer))
            self.buffer = bytearray()
        self._external.append(value)

    def raw(self, data: bytes | bytearray | memoryview) -> None:
        self.buffer += data

    # --- fixed width ---------------------------------------------------------------------------

    def int8(self, value: int) -> None:
        self.buffer += _INT8.pack(value)

    def int16(self, value: int) -> None:
        self.buffer += _INT16.pack(value)

    def uint16(self, value: int) -> None:
        self.buffer += _UINT16.pack(value)

    def int32(self, value: int) -> None:
        self.buffer += _INT32.pack(value)

    def uint32(self, value: int) -> None:
        self.buffer += _UINT32.pack(value)

    def int64(self, value: int) -> None:
        self.buffer += _INT64.pack(value)

    def float64(self, value: float) -> None:
        self.buffer += _FLOAT64.pack(value)

    def boolean(self, value: bool) -> None:
        self.buffer.append(1 if value else 0)

    def uuid(self, value: uuid.UUID) -> None:
        self.buffer += value.bytes

    # --- variable width integers ---------------------------------------------------------------

    def unsigned_varint(self, value: int) -> None:
        if 0 <= value < 0x80:
            self.buffer.append(value)
            return
        if not 0 <= value < _UINT32_LIMIT:
            raise EncodeError(f"unsigned varint {value} is outside 0..2^32-1")
        while value >= 0x80:
            self.buffer.append((value & 0x7F) | 0x80)
            value >>= 7
        self.buffer.append(value)

    def varint(self, value: int) -> None:
        if not -_INT32_LIMIT <= value < _INT32_LIMIT:
            raise EncodeError(f"varint {value} is outside the int32 range")
        self.unsigned_varint(((value << 1) ^ (value >> 31)) & 0xFFFFFFFF)

    def varlong(self, value: int) -> None:
        if not -(1 << 63) <= value < (1 << 63):
            raise EncodeError(f"varlong {value} is outside the int64 range")
        zigzag = ((value << 1) ^ (value >> 63)) & 0xFFFFFFFFFFFFFFFF
        while zigzag >= 0x80:
            self.buffer.append((zigzag & 0x7F) | 0x80)
            zigzag >>= 7
        self.buffer.append(zigzag)

    # --- strings and bytes ---------------------------------------------------------------------

    def string(self, value: str) -> None:
        encoded = _utf8(value)
        self.buffer += _INT16.pack(len(encoded))
        self.buffer += encoded

    def nullable_string(self, value: str | None) -> None:
        if value is None:
            self.buffer += b"\xff\xff"
        else:
            self.string(value)

    def compact_string(self, value: str) -> None:
        encoded = _utf8(value)
        self.unsigned_varint(len(encoded) + 1)
        self.buffer += encoded

    def compact_nullable_string(self, value: str | None) -> None:
        if value is None:
            self.buffer.append(0)
        else:
            self.compact_string(value)

    def bytes_(self, value: bytes) -> None:
        self.buffer += _INT32.pack(len(value))
        self.buffer += value

    def nullable_bytes(self, value: bytes | None) -> None:
        if value is None:
            self.buffer += b"\xff\xff\xff\xff"
        else:
            self.bytes_(value)

    def compact_bytes(self, value: bytes) -> None:
        self.unsigned_varint(len(value) + 1)
        self.buffer += value

    def compact_nullable_bytes(self, value: bytes | None) -> None:
        if value is None:
            self.buffer.append(0)
        else:
            self.compact_bytes(value)

    # --- records: bytes, or external bytes kept as their own chunk ------------------------------

    def _records_body(self, value: bytes | ExternalBytes) -> None:
        if isinstance(value, bytes | bytearray | memoryview):
            self.buffer += value
        else:
            self.external(value)

    @staticmethod
    def _records_size(value: bytes | ExternalBytes) -> int:
        if isinstance(value, bytes | bytearray | memoryview):
            return len(value)
        return value.size_bytes

    def records(self, value: bytes | ExternalBytes) -> None:
        self.buffer += _INT32.pack(self._records_size(value))
        self._records_body(value)

    def nullable_records(self, value: bytes | ExternalBytes | None) -> None:
        if value is None:
            self.buffer += b"\xff\xff\xff\xff"
        else:
            self.records(value)

    def compact_records(self, value: bytes | ExternalBytes) -> None:
        self.unsigned_varint(self._records_size(value) + 1)
        self._records_body(value)

    def compact_nullable_records(self, value: bytes | ExternalBytes | None) -> None:
        if value is None:
            self.buffer.append(0)
        else:
            self.compact_records(value)

    # --- arrays: the length only; generated code writes the elements ---------------------------

    def array_length(self, items: Sequence[object] | None) -> None:
        self.buffer += _INT32.pack(-1 if items is None else len(items))

    def compact_array_length(self, items: Sequence[object] | None) -> None:
        self.unsigned_varint(0 if items is None else len(items) + 1)

    def int32_items(self, items: Sequence[int]) -> None:
        self.buffer += struct.pack(f">{len(items)}i", *items)

    def int64_items(self, items: Sequence[int]) -> None:
        self.buffer += struct.pack(f">{len(items)}q", *items)

    # --- tagged fields -------------------------------------------------------------------------

    def tagged_fields(self, known: Sequence[tuple[int, bytes]],
                      unknown: Sequence[tuple[int, bytes]]) -> None:
        """Write a tagged-field section: `known` (sorted by tag) merged with `unknown` the way
        Kafka's RawTaggedFieldWriter does it: each unknown field goes out just before the first
        known field with a higher tag, and unknown fields keep their order."""
        if not known and not unknown:
            self.buffer += _EMPTY_TAGGED_FIELDS
            return
        self.unsigned_varint(len(known) + len(unknown))
        pending = iter(unknown)
        next_unknown = next(pending, None)
        for tag, data in known:
            while next_unknown is not None and next_unknown[0] < tag:
                self._tagged_field(*next_unknown)
                next_unknown = next(pending, None)
            if next_unknown is not None and next_unknown[0] == tag:
                raise EncodeError(f"unknown tagged field uses tag {tag}, which is a known tag")
            self._tagged_field(tag, data)
        while next_unknown is not None:
            self._tagged_field(*next_unknown)
            next_unknown = next(pending, None)

    def _tagged_field(self, tag: int, data: bytes) -> None:
        self.unsigned_varint(tag)
        self.unsigned_varint(len(data))
        self.buffer += data


def _utf8(value: str) -> bytes:
    try:
        encoded = value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise EncodeError(f"string is not encodable as UTF-8: {error}") from error
    if len(encoded) > _MAX_STRING_BYTES:
        raise EncodeError(f"string of {len(encoded)} bytes is longer than {_MAX_STRING_BYTES}")
    return encoded


def _as_byte_view(data: bytes | bytearray | memoryview) -> bytes | memoryview:
    if isinstance(data, bytes):
        return data
    view = memoryview(data)
    return view if view.format == "B" and view.ndim == 1 else view.cast("B")


class Reader:
    """Reads primitives from a buffer, advancing `position`; every read is bounds-checked.

    `field` arguments name what is being read ("ProduceRequest.TopicProduceData.name") and end up
    in the `DecodeError` raised when the bytes are not a valid encoding of it.
    """

    __slots__ = ("buffer", "end", "position")

    def __init__(self, data: bytes | bytearray | memoryview, position: int = 0) -> None:
        self.buffer = _as_byte_view(data)
        self.end = len(self.buffer)
        self.position = position

    @property
    def remaining(self) -> int:
        return self.end - self.position

    def fail(self, reason: str, field: str) -> DecodeError:
        return DecodeError(reason, offset=self.position, field=field)

    def _advance(self, size: int, field: str) -> int:
        start = self.position
        if size > self.end - start:
            raise self.fail(f"needs {size} bytes but only {self.end - start} remain", field)
        self.position = start + size
        return start

    def expect_end(self, field: str) -> None:
        if self.position != self.end:
            raise self.fail(f"{self.end - self.position} unexpected trailing bytes", field)

    def expect_position(self, position: int, field: str) -> None:
        """A tagged field's value must fill exactly the size its header declared."""
        if self.position != position:
            raise self.fail(f"value ended at byte {self.position}, its size says {position}",
                            field)

    # --- fixed width ---------------------------------------------------------------------------

    def int8(self, field: str) -> int:
        start = self.position  # _advance in line: the hottest read of all
        if start + 1 > self.end:
            raise self.fail(f"needs 1 bytes but only {self.end - start} remain", field)
        self.position = start + 1
        result: int = _INT8.unpack_from(self.buffer, start)[0]
        return result

    def int16(self, field: str) -> int:
        start = self.position  # _advance in line: the hottest read of all
        if start + 2 > self.end:
            raise self.fail(f"needs 2 bytes but only {self.end - start} remain", field)
        self.position = start + 2
        result: int = _INT16.unpack_from(self.buffer, start)[0]
        return result

    def uint16(self, field: str) -> int:
        start = self.position  # _advance in line: the hottest read of all
        if start + 2 > self.end:
            raise self.fail(f"needs 2 bytes but only {self.end - start} remain", field)
        self.position = start + 2
        result: int = _UINT16.unpack_from(self.buffer, start)[0]
        return result

    def int32(self, field: str) -> int:
        start = self.position  # _advance in line: the hottest read of all
        if start + 4 > self.end:
            raise self.fail(f"needs 4 bytes but only {self.end - start} remain", field)
        self.position = start + 4
        result: int = _INT32.unpack_from(self.buffer, start)[0]
        return result

    def uint32(self, field: str) -> int:
        start = self.position  # _advance in line: the hottest read of all
        if start + 4 > self.end:
            raise self.fail(f"needs 4 bytes but only {self.end - start} remain", field)
        self.position = start + 4
        result: int = _UINT32.unpack_from(self.buffer, start)[0]
        return result

    def int64(self, field: str) -> int:
        start = self.position  # _advance in line: the hottest read of all
        if start + 8 > self.end:
            raise self.fail(f"needs 8 bytes but only {self.end - start} remain", field)
        self.position = start + 8
        result: int = _INT64.unpack_from(self.buffer, start)[0]
        return result

    def float64(self, field: str) -> float:
        result: float = _FLOAT64.unpack_from(self.buffer, self._advance(8, field))[0]
        return result

    def boolean(self, field: str) -> bool:
        # Kafka reads any non-zero byte as true.
        return self.buffer[self._advance(1, field)] != 0

    def uuid(self, field: str) -> uuid.UUID:
        start = self._advance(16, field)
        return uuid.UUID(bytes=bytes(self.buffer[start:start + 16]))

    def raw(self, size: int, field: str) -> bytes:
        if size < 0:
            raise self.fail(f"negative size {size}", field)
        start = self._advance(size, field)
        return bytes(self.buffer[start:start + size])

    # --- variable width integers ---------------------------------------------------------------

    def unsigned_varint(self, field: str) -> int:
        """At most 5 bytes, the 5th without a continuation bit; bits past 32 are dropped, as in
        Kafka's ByteUtils.readUnsignedVarint. Returns 0..2^32-1."""
        buffer, position, end = self.buffer, self.position, self.end
        result = 0
        for shift in (0, 7, 14, 21, 28):
            if position >= end:
                raise self.fail("varint runs past the end of the buffer", field)
            byte = buffer[position]
            position += 1
            result |= (byte & 0x7F) << shift
            if byte < 0x80:
                self.position = position
                return result & 0xFFFFFFFF
        raise self.fail("varint is longer than 5 bytes", field)

    def varint(self, field: str) -> int:
        value = self.unsigned_varint(field)
        return (value >> 1) ^ -(value & 1)

    def varlong(self, field: str) -> int:
        buffer, position, end = self.buffer, self.position, self.end
        result = 0
        for shift in range(0, 70, 7):
            if position >= end:
                raise self.fail("varlong runs past the end of the buffer", field)
            byte = buffer[position]
            position += 1
            result |= (byte & 0x7F) << shift
            if byte < 0x80:
                self.position = position
                value = result & 0xFFFFFFFFFFFFFFFF
                return (value >> 1) ^ -(value & 1)
        raise self.fail("varlong is longer than 10 bytes", field)

    def _compact_length(self, field: str) -> int:
        """Length stored plus one, read as Kafka does: a Java int minus one, so 0 and every
        value >= 2^31 except 2^31 itself read as negative (null)."""
        position = self.position
        if position < self.end and self.buffer[position] < 0x80:  # one byte: the usual case
            self.position = position + 1
            return self.buffer[position] - 1
        stored = self.unsigned_varint(field)
        if stored == _INT32_LIMIT:
            return _INT32_LIMIT - 1  # Integer.MIN_VALUE - 1 wraps to MAX_VALUE
        return stored - 1 if stored < _INT32_LIMIT else -1

    # --- strings and bytes ---------------------------------------------------------------------

    def _string_of(self, length: int, field: str) -> str:
        if length > _MAX_STRING_BYTES:
            raise self.fail(f"string field had invalid length {length}", field)
        start = self._advance(length, field)
        # Java's String constructor replaces malformed UTF-8 rather than rejecting it.
        return str(self.buffer[start:start + length], "utf-8", "replace")

    def string(self, field: str) -> str:
        length: int = _INT16.unpack_from(self.buffer, self._advance(2, field))[0]
        if length < 0:
            raise self.fail("non-nullable field was serialized as null", field)
        return self._string_of(length, field)

    def nullable_string(self, field: str) -> str | None:
        length: int = _INT16.unpack_from(self.buffer, self._advance(2, field))[0]
        return None if length < 0 else self._string_of(length, field)

    def compact_string(self, field: str) -> str:
        length = self._compact_length(field)
        if length < 0:
            raise self.fail("non-nullable field was serialized as null", field)
        return self._string_of(length, field)

    def compact_nullable_string(self, field: str) -> str | None:
        length = self._compact_length(field)
        return None if length < 0 else self._string_of(length, field)

    def bytes_(self, field: str) -> bytes:
        length: int = _INT32.unpack_from(self.buffer, self._advance(4, field))[0]
        if length < 0:
            raise self.fail("non-nullable field was serialized as null", field)
        return self.raw(length, field)

    def nullable_bytes(self, field: str) -> bytes | None:
        length: int = _INT32.unpack_from(self.buffer, self._advance(4, field))[0]
        return None if length < 0 else self.raw(length, field)

    def compact_bytes(self, field: str) -> bytes:
        length = self._compact_length(field)
        if length < 0:
            raise self.fail("non-nullable field was serialized as null", field)
        return self.raw(length, field)

    def compact_nullable_bytes(self, field: str) -> bytes | None:
        length = self._compact_length(field)
        return None if length < 0 else self.raw(length, field)

    # --- arrays: the length only; generated code reads the elements ----------------------------

    def _checked_count(self, count: int, field: str) -> int:
        # Kafka's rule, and what keeps a hostile count from allocating: at most one element
        # per remaining byte.
        if count > self.end - self.position:
            raise self.fail(f"array of {count} elements but only "
                            f"{self.end - self.position} bytes remain", field)
        return count

    def array_length(self, field: str) -> int:
        count = self.int32(field)
        if count < 0:
            raise self.fail("non-nullable field was serialized as null", field)
        return self._checked_count(count, field)

    def nullable_array_length(self, field: str) -> int:
        """The element count, or -1 for a null array."""
        count = self.int32(field)
        return -1 if count < 0 else self._checked_count(count, field)

    def compact_array_length(self, field: str) -> int:
        count = self._compact_length(field)
        if count < 0:
            raise self.fail("non-nullable field was serialized as null", field)
        return self._checked_count(count, field)

    def compact_nullable_array_length(self, field: str) -> int:
        count = self._compact_length(field)
        return -1 if count < 0 else self._checked_count(count, field)

    def int32_items(self, count: int, field: str) -> tuple[int, ...]:
        start = self._advance(4 * count, field)
        return struct.unpack_from(f">{count}i", self.buffer, start)

    def int64_items(self, count: int, field: str) -> tuple[int, ...]:
        start = self._advance(8 * count, field)
        return struct.unpack_from(f">{count}q", self.buffer, start)

    # --- tagged fields -------------------------------------------------------------------------

    def tagged_field_count(self, field: str) -> int:
        count = self.unsigned_varint(field)
        # Kafka loops `for (int i = 0; i < count; i++)` over a Java int: a count of 2^31 or
        # more is negative there and means no tagged fields at all.
        return count if count < _INT32_LIMIT else 0

    def tagged_field_header(self, field: str) -> tuple[int, int]:
        """(tag, position where the value must end), after checking the size fits."""
        tag = self.unsigned_varint(field)
        size = self.unsigned_varint(field)
        if size > self.end - self.position:
            raise self.fail(f"tagged field {tag} of {size} bytes but only "
                            f"{self.end - self.position} remain", field)
        return tag, self.position + size

    def unknown_tagged_fields(self, field: str) -> tuple[tuple[int, bytes], ...]:
        """A whole tagged-field section of a struct that defines no tags of its own."""
        position = self.position
        if position < self.end and self.buffer[position] == 0:  # no tags: the usual case
            self.position = position + 1
            return ()
        count = self.tagged_field_count(field)
        if count == 0:
            return ()
        fields: list[tuple[int, bytes]] = []
        for _ in range(count):
            tag, end = self.tagged_field_header(field)
            fields.append((tag, self.raw(end - self.position, field)))
        return tuple(fields)


class Message(Protocol):
    """What every generated message class offers (requests, responses and headers)."""

    MIN_VERSION: ClassVar[int]
    MAX_VERSION: ClassVar[int]
    FLEXIBLE_MIN_VERSION: ClassVar[int | None]

    def write(self, writer: Writer, version: int) -> None: ...

    def encode(self, version: int) -> bytes: ...

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]: ...

    @classmethod
    def read(cls, reader: Reader, version: int) -> Self: ...

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> Self: ...
