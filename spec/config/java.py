"""Java's text rules that Kafka's config parsing and messages inherit.

Kafka parses config values with `String.trim`, `Integer.parseInt`, `Double.parseDouble` and
a `\\s*,\\s*` split, and prints values inside messages with Java's `toString`. Python's
`str.strip`, `int` and `repr` differ at the edges (Unicode whitespace, underscores, "1e+16"),
so the registry goes through these instead.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_EVEN, Decimal

# java.util.regex `\s` without UNICODE_CHARACTER_CLASS: exactly these six characters.
_JAVA_REGEX_WHITESPACE = " \t\n\x0b\f\r"
_LIST_SEPARATOR = re.compile(f"[{_JAVA_REGEX_WHITESPACE}]*,[{_JAVA_REGEX_WHITESPACE}]*")
_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL_DOUBLE = re.compile(
    r"[+-]?(?:NaN|Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[fFdD]?)", re.ASCII)
_HEX_DOUBLE = re.compile(
    r"([+-]?0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)[pP][+-]?\d+)[fFdD]?", re.ASCII)


def java_trim(text: str) -> str:
    """String.trim: drop every leading and trailing character at or below U+0020."""
    start, end = 0, len(text)
    while start < end and text[start] <= " ":
        start += 1
    while end > start and text[end - 1] <= " ":
        end -= 1
    return text[start:end]


def split_java_list(trimmed: str) -> tuple[str, ...]:
    """ConfigDef's LIST parse of an already trimmed string: "" is empty, else split on commas."""
    if trimmed == "":
        return ()
    return tuple(_LIST_SEPARATOR.split(trimmed))


def java_split_comma(text: str) -> list[str]:
    """String.split(","): like str.split, but trailing empty strings are dropped (not "")."""
    parts = text.split(",")
    if text == "":
        return parts
    while parts and parts[-1] == "":
        parts.pop()
    return parts


def parse_java_integer(text: str, bits: int) -> int | None:
    """Short/Integer/Long.parseXxx: an optional sign and decimal digits in range, else None."""
    if _INTEGER.fullmatch(text) is None:
        return None
    value = int(text)
    limit = 1 << (bits - 1)
    return value if -limit <= value < limit else None


def parse_java_double(text: str) -> float | None:
    """Double.parseDouble (which trims first): decimal or hex literals, NaN, Infinity."""
    text = java_trim(text)
    if _DECIMAL_DOUBLE.fullmatch(text) is not None:
        literal = text[:-1] if text[-1] in "fFdD" else text
        return float(literal.replace("Infinity", "inf"))
    hex_match = _HEX_DOUBLE.fullmatch(text)
    if hex_match is not None:
        return float.fromhex(hex_match.group(1))
    return None


def java_double_to_string(value: float) -> str:
    """Double.toString (JDK 19+): "0.5", "100.0", "1.0E7", "1.0E-4", "4.9E-324"."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0.0:
        return "-0.0" if math.copysign(1.0, value) < 0 else "0.0"
    digits, point = _shortest_digits(value)
    prefix = "-" if value < 0 else ""
    if 1e-3 <= abs(value) < 1e7:
        if point >= 0:
            whole = digits[: point + 1].ljust(point + 1, "0")
            fraction = digits[point + 1:] or "0"
            return f"{prefix}{whole}.{fraction}"
        return f"{prefix}0.{'0' * (-point - 1)}{digits}"
    return f"{prefix}{digits[0]}.{digits[1:] or '0'}E{point}"


def _shortest_digits(value: float) -> tuple[str, int]:
    """Significant digits (no trailing zeros) and the decimal exponent of the first one.

    Python's repr already gives the shortest digits that round-trip. Java differs in one case:
    when one digit would do, it prints the two-digit decimal closest to the exact binary value
    (so Double.MIN_VALUE is "4.9E-324", not "5.0E-324").
    """
    normal = Decimal(repr(abs(value))).normalize()
    if len(normal.as_tuple().digits) == 1:
        exact = Decimal(abs(value))
        normal = exact.quantize(Decimal(1).scaleb(exact.adjusted() - 1),
                                rounding=ROUND_HALF_EVEN).normalize()
    _, digit_tuple, exponent = normal.as_tuple()
    assert isinstance(exponent, int)
    digits = "".join(str(digit) for digit in digit_tuple)
    return digits, len(digits) + exponent - 1


def java_to_string(value: object) -> str:
    """The text Java's string concatenation gives `value` (used inside Kafka's messages)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return java_double_to_string(value)
    if isinstance(value, tuple | list):
        return "[" + ", ".join(java_to_string(item) for item in value) + "]"
    return str(value)


def java_string_hash(text: str) -> int:
    """String.hashCode over UTF-16 code units, as a signed 32-bit int."""
    units = text.encode("utf-16-be")
    hash_value = 0
    for index in range(0, len(units), 2):
        hash_value = (31 * hash_value + int.from_bytes(units[index:index + 2], "big")) & 0xFFFFFFFF
    return hash_value - (1 << 32) if hash_value >= 1 << 31 else hash_value


def java_hash_set_order(items: Iterable[str]) -> tuple[str, ...]:
    """The iteration order of a java.util.HashSet built by adding `items` in order.

    Kafka joins such sets into messages (CaseInsensitiveValidString), so the order matters for
    byte-identical errors. Buckets are visited by index; a bucket keeps insertion order.
    """
    unique: list[str] = list(dict.fromkeys(items))
    capacity = 16
    while len(unique) > capacity * 3 // 4:
        capacity *= 2

    def bucket(text: str) -> int:
        hash_value = java_string_hash(text) & 0xFFFFFFFF
        return (hash_value ^ (hash_value >> 16)) & (capacity - 1)

    order: Sequence[str] = sorted(unique, key=lambda text: (bucket(text), unique.index(text)))
    return tuple(order)
