"""Generated messages to JSON-ready values, decoding record batches on the way.

Bytes become hex, UUIDs their string form, and a `records` field the list of its batches with
their records (keys and values as UTF-8 text when they are, hex otherwise).
"""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

from spec.decode_error import DecodeError
from spec.records.batch import decode_batch, iter_batches

RECORD_FIELDS = frozenset({"records"})


def message_to_json(message: Any) -> Any:
    if dataclasses.is_dataclass(message) and not isinstance(message, type):
        return {field.name: field_to_json(field.name, getattr(message, field.name))
                for field in dataclasses.fields(message)}
    return value_to_json(message)


def field_to_json(name: str, value: Any) -> Any:
    if name in RECORD_FIELDS and isinstance(value, bytes | bytearray | memoryview):
        return records_to_json(bytes(value))
    return message_to_json(value)


def value_to_json(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [message_to_json(item) for item in value]
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def text_or_hex(value: bytes | None) -> str | None:
    if value is None:
        return None
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return "0x" + value.hex()


def records_to_json(records: bytes) -> Any:
    """Every batch in a records field, decoded; undecodable bytes are shown with the reason."""
    batches: list[Any] = []
    try:
        for position, _header in iter_batches(records):
            batch = decode_batch(memoryview(records)[position:])
            batches.append(batch_to_json(batch))
    except DecodeError as error:
        batches.append({"undecodable": str(error), "bytes": len(records)})
    return batches


def batch_to_json(batch: Any) -> dict[str, Any]:
    header = batch.header
    return {
        "base_offset": header.base_offset,
        "partition_leader_epoch": header.partition_leader_epoch,
        "magic": header.magic,
        "crc": header.crc,
        "compression": header.compression.name.lower(),
        "timestamp_type": header.timestamp_type.name.lower(),
        "is_transactional": header.is_transactional,
        "is_control": header.is_control,
        "last_offset_delta": header.last_offset_delta,
        "base_timestamp": header.base_timestamp,
        "max_timestamp": header.max_timestamp,
        "producer_id": header.producer_id,
        "producer_epoch": header.producer_epoch,
        "base_sequence": header.base_sequence,
        "records": [{"offset_delta": record.offset_delta,
                     "timestamp_delta": record.timestamp_delta,
                     "key": text_or_hex(record.key),
                     "value": text_or_hex(record.value),
                     "headers": [[key, text_or_hex(value)] for key, value in record.headers]}
                    for record in batch.records],
    }
