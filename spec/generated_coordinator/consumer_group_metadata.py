# generated from ConsumerGroupMetadataKey.json, ConsumerGroupMetadataValue.json; do not edit
# ruff: noqa: E501
"""ConsumerGroupMetadata (record type 3): key and value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

__all__ = ['ConsumerGroupMetadataKey', 'ConsumerGroupMetadataValue']

@dataclass(frozen=True, slots=True, kw_only=True)
class ConsumerGroupMetadataKey:
    """ConsumerGroupMetadataKey, API key 3: versions 0, flexible none."""

    API_KEY: ClassVar[int] = 3
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = None

    group_id: str = ''  # versions 0

    def write(self, writer: Writer, version: int) -> None:
        writer.string(self.group_id)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ConsumerGroupMetadataKey:
        f_group_id: str
        f_group_id = reader.string('ConsumerGroupMetadataKey.group_id')
        return _new_ConsumerGroupMetadataKey(f_group_id)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ConsumerGroupMetadataKey', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ConsumerGroupMetadataKey', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ConsumerGroupMetadataKey:
        check_decode_version(version, 'ConsumerGroupMetadataKey', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ConsumerGroupMetadataKey')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsumerGroupMetadataValue:
    """ConsumerGroupMetadataValue, API key 3: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 3
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    epoch: int = 0  # versions 0+
    metadata_hash: int = 0  # versions 0+; tag 0 in 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.epoch)
        known: list[tuple[int, bytes]] = []
        if self.metadata_hash != 0:
            tagged = Writer()
            tagged.int64(self.metadata_hash)
            known.append((0, tagged.getvalue()))
        writer.tagged_fields(known, self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ConsumerGroupMetadataValue:
        f_epoch: int
        f_metadata_hash: int
        f_epoch = reader.int32('ConsumerGroupMetadataValue.epoch')
        f_metadata_hash = 0
        unknown: tuple[tuple[int, bytes], ...]
        unknown_list: list[tuple[int, bytes]] = []
        for _ in range(reader.tagged_field_count('ConsumerGroupMetadataValue.tagged_fields')):
            tag, end = reader.tagged_field_header('ConsumerGroupMetadataValue.tagged_fields')
            if tag == 0:
                f_metadata_hash = reader.int64('ConsumerGroupMetadataValue.metadata_hash')
                reader.expect_position(end, 'ConsumerGroupMetadataValue.tagged_fields')
            else:
                unknown_list.append((tag, reader.raw(end - reader.position, 'ConsumerGroupMetadataValue.tagged_fields')))
        unknown = tuple(unknown_list)
        return _new_ConsumerGroupMetadataValue(f_epoch, f_metadata_hash, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ConsumerGroupMetadataValue', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ConsumerGroupMetadataValue', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ConsumerGroupMetadataValue:
        check_decode_version(version, 'ConsumerGroupMetadataValue', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ConsumerGroupMetadataValue')
        return result


_SET_ConsumerGroupMetadataKey: tuple[Any, ...] = tuple(
    vars(ConsumerGroupMetadataKey)[name].__set__ for name in ('group_id', ))


def _new_ConsumerGroupMetadataKey(group_id: str) -> ConsumerGroupMetadataKey:
    instance_: ConsumerGroupMetadataKey = object.__new__(ConsumerGroupMetadataKey)
    set0_, = _SET_ConsumerGroupMetadataKey
    set0_(instance_, group_id)
    return instance_


_SET_ConsumerGroupMetadataValue: tuple[Any, ...] = tuple(
    vars(ConsumerGroupMetadataValue)[name].__set__ for name in ('epoch', 'metadata_hash', 'unknown_tagged_fields', ))


def _new_ConsumerGroupMetadataValue(epoch: int, metadata_hash: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ConsumerGroupMetadataValue:
    instance_: ConsumerGroupMetadataValue = object.__new__(ConsumerGroupMetadataValue)
    set0_, set1_, set2_, = _SET_ConsumerGroupMetadataValue
    set0_(instance_, epoch)
    set1_(instance_, metadata_hash)
    set2_(instance_, unknown_tagged_fields)
    return instance_
