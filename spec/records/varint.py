"""Zigzag varints and varlongs, the integers inside a v2 record.

Mirrors Kafka's `org.apache.kafka.common.utils.ByteUtils` (`readVarint`, `readVarlong`,
`writeVarint`, `writeVarlong`, `sizeOfVarint`, `sizeOfVarlong`). A varint is at most 5 bytes
and a varlong at most 10: a continuation bit on the 5th (10th) byte is an error, as in Kafka.
Like Kafka, the spare high bits of that last byte are dropped (the value wraps to 32 or 64
bits) rather than refused, so we accept exactly the inputs Kafka accepts.
"""

from __future__ import annotations

from spec.decode_error import DecodeError
from spec.records.crc import Buffer

INT32_MIN = -(2**31)
INT32_MAX = 2**31 - 1
INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
VARINT_MAX_BYTES = 5
VARLONG_MAX_BYTES = 10


def zigzag_encode(value: int, width_bits: int) -> int:
    """The unsigned zigzag form of a signed `width_bits` integer: 0,-1,1,-2 -> 0,1,2,3.

    Kafka writes it with shifts and xor; the arithmetic below is the same map for in-range
    values, and keeps CrossHair's solver in linear arithmetic (see models/contracts.py).
    """
    assert width_bits in (32, 64), width_bits
    assert -(1 << (width_bits - 1)) <= value < (1 << (width_bits - 1)), value
    return 2 * value if value >= 0 else -2 * value - 1


def zigzag_decode(raw: int) -> int:
    """The signed integer whose zigzag form is the non-negative `raw`."""
    assert raw >= 0, raw
    return raw // 2 if raw % 2 == 0 else -(raw // 2) - 1


def _encode_unsigned(raw: int) -> bytes:
    """Base-128 digits, least significant first, the top bit set on all but the last."""
    assert raw >= 0, raw
    out = bytearray()
    while raw >= 0x80:
        out.append(raw % 0x80 + 0x80)
        raw //= 0x80
    out.append(raw)
    return bytes(out)


def encode_varint(value: int) -> bytes:
    """A signed 32-bit integer as a zigzag varint (1 to 5 bytes)."""
    encoded = _encode_unsigned(zigzag_encode(value, 32))
    assert 1 <= len(encoded) <= VARINT_MAX_BYTES
    return encoded


def encode_varlong(value: int) -> bytes:
    """A signed 64-bit integer as a zigzag varlong (1 to 10 bytes)."""
    encoded = _encode_unsigned(zigzag_encode(value, 64))
    assert 1 <= len(encoded) <= VARLONG_MAX_BYTES
    return encoded


def _size_of_unsigned(raw: int) -> int:
    size_bytes = 1
    while raw >= 0x80:
        raw //= 0x80
        size_bytes += 1
    return size_bytes


def size_of_varint(value: int) -> int:
    """How many bytes `encode_varint(value)` takes, as `sizeOfVarint`."""
    return _size_of_unsigned(zigzag_encode(value, 32))


def size_of_varlong(value: int) -> int:
    """How many bytes `encode_varlong(value)` takes, as `sizeOfVarlong`."""
    return _size_of_unsigned(zigzag_encode(value, 64))


def _decode_unsigned(buf: Buffer, position: int, end: int, max_bytes: int,
                     field: str) -> tuple[int, int]:
    """(raw value wrapped to max_bytes' width, next position), reading no byte at or past
    `end`; DecodeError if cut or overlong. Indexes `buf` directly: no view, no slice."""
    assert position >= 0 and end <= len(buf), (position, end)
    raw = 0
    scale = 1
    cursor = position
    while True:
        if cursor >= end:
            raise DecodeError("truncated varint", offset=cursor, field=field)
        byte = buf[cursor]
        cursor += 1
        raw += (byte % 0x80) * scale
        if byte < 0x80:
            break
        if cursor - position >= max_bytes:
            raise DecodeError(f"varint longer than {max_bytes} bytes", offset=position,
                              field=field)
        scale *= 0x80
    assert cursor - position <= max_bytes
    return raw % (1 << (32 if max_bytes == VARINT_MAX_BYTES else 64)), cursor


def decode_varint(buf: Buffer, position: int = 0, field: str = "varint",
                  end: int | None = None) -> tuple[int, int]:
    """(signed 32-bit value, next position) read at `position` and before `end` (default: the
    buffer's end), as `ByteUtils.readVarint`."""
    raw, cursor = _decode_unsigned(buf, position, len(buf) if end is None else end,
                                   VARINT_MAX_BYTES, field)
    value = zigzag_decode(raw)
    assert INT32_MIN <= value <= INT32_MAX
    return value, cursor


def decode_varlong(buf: Buffer, position: int = 0, field: str = "varlong",
                   end: int | None = None) -> tuple[int, int]:
    """(signed 64-bit value, next position) read at `position` and before `end`, as
    `ByteUtils.readVarlong`."""
    raw, cursor = _decode_unsigned(buf, position, len(buf) if end is None else end,
                                   VARLONG_MAX_BYTES, field)
    value = zigzag_decode(raw)
    assert INT64_MIN <= value <= INT64_MAX
    return value, cursor
