"""A light walk over the records of an uncompressed batch: timestamps, offset deltas, keys.

What `LogValidator` needs from each record on the produce path (the timestamp for the range
check and the batch's max, whether a key is present for compacted topics, the count) without
building `Record` objects or copying keys and values: the produce hot path. Structure is
checked as far as the walk goes (each record's length must fit, and the records must fill the
batch exactly, as Kafka's iterator insists); headers are skipped over by the length prefix.
"""

from __future__ import annotations

from dataclasses import dataclass

from spec.decode_error import DecodeError
from spec.records.varint import decode_varint, decode_varlong


@dataclass(frozen=True, slots=True)
class RecordSummary:
    """One record as validation sees it."""

    timestamp_delta: int
    offset_delta: int
    has_key: bool


def scan_records(body: memoryview, count: int, base_position: int) -> list[RecordSummary]:
    """Exactly `count` records filling `body`; `base_position` only shifts reported offsets."""
    if count < 0:
        raise DecodeError(f"invalid record count {count}", offset=base_position,
                          field="RecordBatch.records_count")
    summaries: list[RecordSummary] = []
    position = 0
    end = len(body)
    for _ in range(count):
        length, start = decode_varint(body, position, "Record.length")
        record_end = start + length
        if length < 0 or record_end > end:
            raise DecodeError(f"invalid record size {length}", offset=base_position + position,
                              field="Record.length")
        record = body[:record_end]
        timestamp_delta, cursor = decode_varlong(record, start + 1, "Record.timestamp_delta")
        offset_delta, cursor = decode_varint(record, cursor, "Record.offset_delta")
        key_length, cursor = decode_varint(record, cursor, "Record.key")
        if key_length > record_end - cursor:
            raise DecodeError("key longer than its record", offset=base_position + cursor,
                              field="Record.key")
        summaries.append(RecordSummary(timestamp_delta, offset_delta, key_length >= 0))
        position = record_end
    if position != end:
        raise DecodeError(f"{end - position} bytes remain after {count} records",
                          offset=base_position + position, field="RecordBatch.records")
    return summaries
