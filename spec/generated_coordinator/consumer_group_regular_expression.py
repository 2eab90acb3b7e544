# generated from ConsumerGroupRegularExpressionKey.json, ConsumerGroupRegularExpressionValue.json; do not edit
# ruff: noqa: E501
"""ConsumerGroupRegularExpression (record type 16): key and value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

__all__ = ['ConsumerGroupRegularExpressionKey', 'ConsumerGroupRegularExpressionValue']

@dataclass(frozen=True, slots=True, kw_only=True)
class ConsumerGroupRegularExpressionKey:
    """ConsumerGroupRegularExpressionKey, API key 16: versions 0, flexible none."""

    API_KEY: ClassVar[int] = 16
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = None

    group_id: str = ''  # versions 0
    regular_expression: str = ''  # versions 0

    def write(self, writer: Writer, version: int) -> None:
        writer.string(self.group_id)
        writer.string(self.regular_expression)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ConsumerGroupRegularExpressionKey:
        f_group_id: str
        f_regular_expression: str
        f_group_id = reader.string('ConsumerGroupRegularExpressionKey.group_id')
        f_regular_expression = reader.string('ConsumerGroupRegularExpressionKey.regular_expression')
        return _new_ConsumerGroupRegularExpressionKey(f_group_id, f_regular_expression)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ConsumerGroupRegularExpressionKey', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ConsumerGroupRegularExpressionKey', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ConsumerGroupRegularExpressionKey:
        check_decode_version(version, 'ConsumerGroupRegularExpressionKey', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ConsumerGroupRegularExpressionKey')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsumerGroupRegularExpressionValue:
    """ConsumerGroupRegularExpressionValue, API key 16: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 16
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    topics: tuple[str, ...] = ()  # versions 0+
    version: int = 0  # versions 0+
    timestamp: int = 0  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        items_topics = self.topics
        writer.compact_array_length(items_topics)
        for each_topics in items_topics:
            writer.compact_string(each_topics)
        writer.int64(self.version)
        writer.int64(self.timestamp)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ConsumerGroupRegularExpressionValue:
        f_topics: tuple[str, ...]
        f_version: int
        f_timestamp: int
        count_f_topics = reader.compact_array_length('ConsumerGroupRegularExpressionValue.topics')
        f_topics = tuple([reader.compact_string('ConsumerGroupRegularExpressionValue.topics') for _ in range(count_f_topics)])
        f_version = reader.int64('ConsumerGroupRegularExpressionValue.version')
        f_timestamp = reader.int64('ConsumerGroupRegularExpressionValue.timestamp')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ConsumerGroupRegularExpressionValue.tagged_fields')
        return _new_ConsumerGroupRegularExpressionValue(f_topics, f_version, f_timestamp, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ConsumerGroupRegularExpressionValue', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ConsumerGroupRegularExpressionValue', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ConsumerGroupRegularExpressionValue:
        check_decode_version(version, 'ConsumerGroupRegularExpressionValue', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ConsumerGroupRegularExpressionValue')
        return result


_SET_ConsumerGroupRegularExpressionKey: tuple[Any, ...] = tuple(
    vars(ConsumerGroupRegularExpressionKey)[name].__set__ for name in ('group_id', 'regular_expression', ))


def _new_ConsumerGroupRegularExpressionKey(group_id: str, regular_expression: str) -> ConsumerGroupRegularExpressionKey:
    instance_: ConsumerGroupRegularExpressionKey = object.__new__(ConsumerGroupRegularExpressionKey)
    set0_, set1_, = _SET_ConsumerGroupRegularExpressionKey
    set0_(instance_, group_id)
    set1_(instance_, regular_expression)
    return instance_


_SET_ConsumerGroupRegularExpressionValue: tuple[Any, ...] = tuple(
    vars(ConsumerGroupRegularExpressionValue)[name].__set__ for name in ('topics', 'version', 'timestamp', 'unknown_tagged_fields', ))


def _new_ConsumerGroupRegularExpressionValue(topics: tuple[str, ...], version: int, timestamp: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ConsumerGroupRegularExpressionValue:
    instance_: ConsumerGroupRegularExpressionValue = object.__new__(ConsumerGroupRegularExpressionValue)
    set0_, set1_, set2_, set3_, = _SET_ConsumerGroupRegularExpressionValue
    set0_(instance_, topics)
    set1_(instance_, version)
    set2_(instance_, timestamp)
    set3_(instance_, unknown_tagged_fields)
    return instance_
