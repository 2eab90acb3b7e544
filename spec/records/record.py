"""One record inside a batch v2: its encoding and its bounded, hostile-safe decoding.

Mirrors Kafka's `org.apache.kafka.common.record.DefaultRecord`:
  length varint | attributes i8 | timestamp delta varlong | offset delta varint |
  key length varint, key | value length varint, value |
  header count varint, then per header: key length varint, UTF-8 key, value length varint, value.
As in Kafka, any negative key/value length means null (-1 is written), a negative header key
length or header count is invalid, and the record must end exactly where its length says.
Header keys are decoded like Java's `new String(bytes, UTF_8)`: malformed bytes become U+FFFD
(Python and Java may differ in how many replacement characters one bad sequence yields).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from spec.decode_error import DecodeError
from spec.records.crc import Buffer
from spec.records.header import NO_SEQUENCE, BatchHeader, TimestampType, increment_sequence
from spec.records.varint import (
    INT32_MAX,
    INT32_MIN,
    decode_varint,
    decode_varlong,
    encode_varint,
    encode_varlong,
)

RecordHeaders = tuple[tuple[str, bytes | None], ...]


@dataclass(frozen=True)
class Record:
    """A record as stored: deltas against its batch's base offset and base timestamp."""

    offset_delta: int
    timestamp_delta: int
    key: bytes | None
    value: bytes | None
    headers: RecordHeaders = ()
    attributes: int = 0

    def offset(self, header: BatchHeader) -> int:
        return header.base_offset + self.offset_delta

    def timestamp(self, header: BatchHeader) -> int:
        """Create time from the deltas, or the batch's max timestamp under LOG_APPEND_TIME."""
        if header.timestamp_type == TimestampType.LOG_APPEND_TIME:
            return header.max_timestamp
        return header.base_timestamp + self.timestamp_delta

    def sequence(self, header: BatchHeader) -> int:
        if header.base_sequence < 0:
            return NO_SEQUENCE
        return increment_sequence(header.base_sequence, self.offset_delta)


def _encode_bytes(data: bytes | None) -> bytes:
    if data is None:
        return encode_varint(-1)
    return encode_varint(len(data)) + data


def encode_record(record: Record) -> bytes:
    """The record's bytes, length prefix included, as `DefaultRecord.writeTo`."""
    assert -128 <= record.attributes <= 127, record.attributes
    assert INT32_MIN <= record.offset_delta <= INT32_MAX, record.offset_delta
    parts = [
        struct.pack(">b", record.attributes),
        encode_varlong(record.timestamp_delta),
        encode_varint(record.offset_delta),
        _encode_bytes(record.key),
        _encode_bytes(record.value),
        encode_varint(len(record.headers)),
    ]
    for header_key, header_value in record.headers:
        parts.append(_encode_bytes(header_key.encode("utf-8")))
        parts.append(_encode_bytes(header_value))
    body = b"".join(parts)
    return encode_varint(len(body)) + body


class _Reader:
    """A cursor over `view[position:end]` whose every read is bounds-checked."""

    __slots__ = ("end", "position", "view")

    def __init__(self, view: memoryview, position: int, end: int) -> None:
        assert 0 <= position <= end <= len(view), (position, end, len(view))
        self.view = view
        self.position = position
        self.end = end

    def _fail(self, reason: str, field: str) -> DecodeError:
        return DecodeError(reason, offset=self.position, field=f"Record.{field}")

    def varint(self, field: str) -> int:
        value, self.position = decode_varint(self.view, self.position, f"Record.{field}",
                                             self.end)
        return value

    def varlong(self, field: str) -> int:
        value, self.position = decode_varlong(self.view, self.position, f"Record.{field}",
                                              self.end)
        return value

    def int8(self, field: str) -> int:
        if self.position >= self.end:
            raise self._fail("truncated record", field)
        (value,) = struct.unpack_from(">b", self.view, self.position)
        self.position += 1
        return int(value)

    def raw(self, size_bytes: int, field: str) -> bytes:
        if size_bytes > self.end - self.position:
            raise self._fail(f"{size_bytes} bytes declared, {self.end - self.position} left",
                             field)
        data = bytes(self.view[self.position:self.position + size_bytes])
        self.position += size_bytes
        return data

    def nullable_bytes(self, field: str) -> bytes | None:
        size_bytes = self.varint(field)
        return None if size_bytes < 0 else self.raw(size_bytes, field)


def _decode_headers(reader: _Reader) -> RecordHeaders:
    count = reader.varint("headers")
    if count < 0 or count > reader.end - reader.position:
        raise reader._fail(f"invalid number of record headers {count}", "headers")
    headers: list[tuple[str, bytes | None]] = []
    for _ in range(count):
        key_size_bytes = reader.varint("headers.key")
        if key_size_bytes < 0:
            raise reader._fail(f"invalid negative header key size {key_size_bytes}",
                               "headers.key")
        header_key = reader.raw(key_size_bytes, "headers.key").decode("utf-8", "replace")
        headers.append((header_key, reader.nullable_bytes("headers.value")))
    return tuple(headers)


def decode_record(view: memoryview, position: int, end: int) -> tuple[Record, int]:
    """(record, next position) for the record at `position`, never reading at or past `end`."""
    outer = _Reader(view, position, end)
    body_size_bytes = outer.varint("length")
    if body_size_bytes < 0 or body_size_bytes > outer.end - outer.position:
        raise outer._fail(f"invalid record size {body_size_bytes}", "length")
    body_end = outer.position + body_size_bytes
    reader = _Reader(view, outer.position, body_end)
    attributes = reader.int8("attributes")
    timestamp_delta = reader.varlong("timestamp_delta")
    offset_delta = reader.varint("offset_delta")
    key = reader.nullable_bytes("key")
    value = reader.nullable_bytes("value")
    headers = _decode_headers(reader)
    if reader.position != body_end:
        raise reader._fail(f"record ends {body_end - reader.position} bytes before its length",
                           "length")
    record = Record(offset_delta, timestamp_delta, key, value, headers, attributes)
    assert position < body_end <= end
    return record, body_end


def decode_records(data: Buffer, count: int, base_position: int = 0) -> tuple[Record, ...]:
    """Exactly `count` records filling `data`; `base_position` only shifts reported offsets."""
    view = memoryview(data)
    if count < 0:
        raise DecodeError(f"invalid record count {count}", offset=base_position,
                          field="RecordBatch.records_count")
    records: list[Record] = []
    position = 0
    for _ in range(count):
        if position >= len(view):
            raise DecodeError("premature end of records: fewer than the count",
                              offset=base_position + position, field="RecordBatch.records")
        try:
            record, position = decode_record(view, position, len(view))
        except DecodeError as error:
            raise DecodeError(error.reason, offset=base_position + error.offset,
                              field=error.field) from error
        records.append(record)
    if position != len(view):
        raise DecodeError(f"{len(view) - position} bytes remain after {count} records",
                          offset=base_position + position, field="RecordBatch.records")
    return tuple(records)
