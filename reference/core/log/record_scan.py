"""A light walk over the records of an uncompressed batch: timestamps, offset deltas, keys.

What `LogValidator` needs from each record on the produce path (the timestamp for the range
check and the batch's max, whether a key is present for compacted topics, the count) without
building `Record` objects or copying keys and values: the produce hot path, so the varints are
decoded inline. Structure is checked as far as the walk goes (each record's length must fit,
and the records must fill the batch exactly, as Kafka's iterator insists); headers are skipped
over by the length prefix.
"""

from __future__ import annotations

from dataclasses import dataclass

from spec.decode_error import DecodeError
from spec.records.crc import Buffer


@dataclass(frozen=True, slots=True)
class RecordScan:
    """The records of one batch as validation sees them, in order. `offset_deltas` is filled
    only when asked for (compressed batches, error messages): the hot path skips them."""

    count: int
    timestamp_deltas: list[int]
    keyless_indexes: list[int]
    offset_deltas: list[int] | None = None


def _varint(data: bytes, position: int, max_bytes: int, end: int) -> tuple[int, int]:
    """A zigzag varint (max_bytes 5) or varlong (10) at `position`, never reading past `end`."""
    raw = shift = 0
    for _ in range(max_bytes):
        if position >= end:
            raise DecodeError("truncated varint", offset=position, field="Record")
        byte = data[position]
        position += 1
        raw |= (byte & 0x7F) << shift
        if byte < 0x80:
            raw &= (1 << (32 if max_bytes == 5 else 64)) - 1  # Kafka drops the spare bits
            return (raw >> 1) ^ -(raw & 1), position
        shift += 7
    raise DecodeError("varint too long", offset=position, field="Record")


def _small_varint(data: bytes, position: int, max_bytes: int, end: int) -> tuple[int, int]:
    """One- and two-byte varints (nearly all of them) without a loop; longer ones by `_varint`."""
    if position + 1 < end:
        first = data[position]
        if first < 0x80:
            return (first >> 1) ^ -(first & 1), position + 1
        second = data[position + 1]
        if second < 0x80:
            raw = (first & 0x7F) | (second << 7)
            return (raw >> 1) ^ -(raw & 1), position + 2
    return _varint(data, position, max_bytes, end)


def scan_records(body: Buffer, count: int, base_position: int, *,
                 with_keys: bool = True, with_offsets: bool = False) -> RecordScan:
    """Exactly `count` records filling `body`; `base_position` only shifts reported offsets.
    Keys are looked at only `with_keys` (compacted topics), offset deltas only `with_offsets`."""
    if count < 0:
        raise DecodeError(f"invalid record count {count}", offset=base_position,
                          field="RecordBatch.records_count")
    data = bytes(body)
    end = len(data)
    timestamp_deltas: list[int] = []
    offset_deltas: list[int] = []
    keyless: list[int] = []
    position = 0
    append_timestamp = timestamp_deltas.append
    for index in range(count):
        # The record length and the timestamp delta are one or two bytes in nearly every
        # record: decoded inline here (this loop is the produce path's hot spot).
        first = data[position] if position + 1 < end else 0x80
        if first < 0x80:
            length, start = (first >> 1) ^ -(first & 1), position + 1
        elif position + 2 < end and data[position + 1] < 0x80:
            raw = (first & 0x7F) | (data[position + 1] << 7)
            length, start = (raw >> 1) ^ -(raw & 1), position + 2
        else:
            length, start = _varint(data, position, 5, end)
        record_end = start + length
        if length < 1 or record_end > end:
            raise DecodeError(f"invalid record size {length}", offset=base_position + position,
                              field="Record.length")
        cursor = start + 1  # past the attributes byte
        first = data[cursor] if cursor + 1 < record_end else 0x80
        if first < 0x80:
            append_timestamp((first >> 1) ^ -(first & 1))
            cursor += 1
        else:
            timestamp_delta, cursor = _small_varint(data, cursor, 10, record_end)
            append_timestamp(timestamp_delta)
        if with_keys or with_offsets:
            offset_delta, cursor = _varint(data, cursor, 5, record_end)
            offset_deltas.append(offset_delta)
            # the zigzag sign is the first byte's low bit: a negative key length is a null key
            if cursor >= record_end or data[cursor] & 1:
                keyless.append(index)
        position = record_end
    if position != end:
        raise DecodeError(f"{end - position} bytes remain after {count} records",
                          offset=base_position + position, field="RecordBatch.records")
    return RecordScan(count, timestamp_deltas, keyless,
                      offset_deltas if with_keys or with_offsets else None)
