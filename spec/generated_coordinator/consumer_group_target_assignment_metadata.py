# generated from ConsumerGroupTargetAssignmentMetadataKey.json, ConsumerGroupTargetAssignmentMetadataValue.json; do not edit
# ruff: noqa: E501
"""ConsumerGroupTargetAssignmentMetadata (record type 6): key and value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

__all__ = ['ConsumerGroupTargetAssignmentMetadataKey', 'ConsumerGroupTargetAssignmentMetadataValue']

@dataclass(frozen=True, slots=True, kw_only=True)
class ConsumerGroupTargetAssignmentMetadataKey:
    """ConsumerGroupTargetAssignmentMetadataKey, API key 6: versions 0, flexible none."""

    API_KEY: ClassVar[int] = 6
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = None

    group_id: str = ''  # versions 0

    def write(self, writer: Writer, version: int) -> None:
        writer.string(self.group_id)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ConsumerGroupTargetAssignmentMetadataKey:
        f_group_id: str
        f_group_id = reader.string('ConsumerGroupTargetAssignmentMetadataKey.group_id')
        return _new_ConsumerGroupTargetAssignmentMetadataKey(f_group_id)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ConsumerGroupTargetAssignmentMetadataKey', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ConsumerGroupTargetAssignmentMetadataKey', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ConsumerGroupTargetAssignmentMetadataKey:
        check_decode_version(version, 'ConsumerGroupTargetAssignmentMetadataKey', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ConsumerGroupTargetAssignmentMetadataKey')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsumerGroupTargetAssignmentMetadataValue:
    """ConsumerGroupTargetAssignmentMetadataValue, API key 6: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 6
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    assignment_epoch: int = 0  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.assignment_epoch)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ConsumerGroupTargetAssignmentMetadataValue:
        f_assignment_epoch: int
        f_assignment_epoch = reader.int32('ConsumerGroupTargetAssignmentMetadataValue.assignment_epoch')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ConsumerGroupTargetAssignmentMetadataValue.tagged_fields')
        return _new_ConsumerGroupTargetAssignmentMetadataValue(f_assignment_epoch, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ConsumerGroupTargetAssignmentMetadataValue', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ConsumerGroupTargetAssignmentMetadataValue', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ConsumerGroupTargetAssignmentMetadataValue:
        check_decode_version(version, 'ConsumerGroupTargetAssignmentMetadataValue', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ConsumerGroupTargetAssignmentMetadataValue')
        return result


_SET_ConsumerGroupTargetAssignmentMetadataKey: tuple[Any, ...] = tuple(
    vars(ConsumerGroupTargetAssignmentMetadataKey)[name].__set__ for name in ('group_id', ))


def _new_ConsumerGroupTargetAssignmentMetadataKey(group_id: str) -> ConsumerGroupTargetAssignmentMetadataKey:
    instance_: ConsumerGroupTargetAssignmentMetadataKey = object.__new__(ConsumerGroupTargetAssignmentMetadataKey)
    set0_, = _SET_ConsumerGroupTargetAssignmentMetadataKey
    set0_(instance_, group_id)
    return instance_


_SET_ConsumerGroupTargetAssignmentMetadataValue: tuple[Any, ...] = tuple(
    vars(ConsumerGroupTargetAssignmentMetadataValue)[name].__set__ for name in ('assignment_epoch', 'unknown_tagged_fields', ))


def _new_ConsumerGroupTargetAssignmentMetadataValue(assignment_epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ConsumerGroupTargetAssignmentMetadataValue:
    instance_: ConsumerGroupTargetAssignmentMetadataValue = object.__new__(ConsumerGroupTargetAssignmentMetadataValue)
    set0_, set1_, = _SET_ConsumerGroupTargetAssignmentMetadataValue
    set0_(instance_, assignment_epoch)
    set1_(instance_, unknown_tagged_fields)
    return instance_
