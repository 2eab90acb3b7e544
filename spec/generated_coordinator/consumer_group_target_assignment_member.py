# generated from ConsumerGroupTargetAssignmentMemberKey.json, ConsumerGroupTargetAssignmentMemberValue.json; do not edit
# ruff: noqa: E501
"""ConsumerGroupTargetAssignmentMember (record type 7): key and value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar
from uuid import UUID

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

_ZERO_UUID = UUID(int=0)
__all__ = ['ConsumerGroupTargetAssignmentMemberKey', 'ConsumerGroupTargetAssignmentMemberValue']

@dataclass(frozen=True, slots=True, kw_only=True)
class ConsumerGroupTargetAssignmentMemberKey:
    """ConsumerGroupTargetAssignmentMemberKey, API key 7: versions 0, flexible none."""

    API_KEY: ClassVar[int] = 7
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = None

    group_id: str = ''  # versions 0
    member_id: str = ''  # versions 0

    def write(self, writer: Writer, version: int) -> None:
        writer.string(self.group_id)
        writer.string(self.member_id)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ConsumerGroupTargetAssignmentMemberKey:
        f_group_id: str
        f_member_id: str
        f_group_id = reader.string('ConsumerGroupTargetAssignmentMemberKey.group_id')
        f_member_id = reader.string('ConsumerGroupTargetAssignmentMemberKey.member_id')
        return _new_ConsumerGroupTargetAssignmentMemberKey(f_group_id, f_member_id)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ConsumerGroupTargetAssignmentMemberKey', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ConsumerGroupTargetAssignmentMemberKey', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ConsumerGroupTargetAssignmentMemberKey:
        check_decode_version(version, 'ConsumerGroupTargetAssignmentMemberKey', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ConsumerGroupTargetAssignmentMemberKey')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsumerGroupTargetAssignmentMemberValue:
    """ConsumerGroupTargetAssignmentMemberValue, API key 7: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 7
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    topic_partitions: tuple[ConsumerGroupTargetAssignmentMemberValue.TopicPartition, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicPartition:
        """ConsumerGroupTargetAssignmentMemberValue.TopicPartition: versions 0+."""

        topic_id: UUID = _ZERO_UUID  # versions 0+
        partitions: tuple[int, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.uuid(self.topic_id)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            writer.int32_items(items_partitions)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ConsumerGroupTargetAssignmentMemberValue.TopicPartition:
            f_topic_id: UUID
            f_partitions: tuple[int, ...]
            f_topic_id = reader.uuid('ConsumerGroupTargetAssignmentMemberValue.TopicPartition.topic_id')
            count_f_partitions = reader.compact_array_length('ConsumerGroupTargetAssignmentMemberValue.TopicPartition.partitions')
            f_partitions = reader.int32_items(count_f_partitions, 'ConsumerGroupTargetAssignmentMemberValue.TopicPartition.partitions')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ConsumerGroupTargetAssignmentMemberValue.TopicPartition.tagged_fields')
            return _new_ConsumerGroupTargetAssignmentMemberValue__TopicPartition(f_topic_id, f_partitions, unknown)

    def write(self, writer: Writer, version: int) -> None:
        items_topic_partitions = self.topic_partitions
        writer.compact_array_length(items_topic_partitions)
        for each_topic_partitions in items_topic_partitions:
            each_topic_partitions.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ConsumerGroupTargetAssignmentMemberValue:
        f_topic_partitions: tuple[ConsumerGroupTargetAssignmentMemberValue.TopicPartition, ...]
        count_f_topic_partitions = reader.compact_array_length('ConsumerGroupTargetAssignmentMemberValue.topic_partitions')
        read_f_topic_partitions = ConsumerGroupTargetAssignmentMemberValue.TopicPartition.read
        f_topic_partitions = tuple([read_f_topic_partitions(reader, version) for _ in range(count_f_topic_partitions)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ConsumerGroupTargetAssignmentMemberValue.tagged_fields')
        return _new_ConsumerGroupTargetAssignmentMemberValue(f_topic_partitions, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ConsumerGroupTargetAssignmentMemberValue', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ConsumerGroupTargetAssignmentMemberValue', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ConsumerGroupTargetAssignmentMemberValue:
        check_decode_version(version, 'ConsumerGroupTargetAssignmentMemberValue', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ConsumerGroupTargetAssignmentMemberValue')
        return result


_SET_ConsumerGroupTargetAssignmentMemberKey: tuple[Any, ...] = tuple(
    vars(ConsumerGroupTargetAssignmentMemberKey)[name].__set__ for name in ('group_id', 'member_id', ))


def _new_ConsumerGroupTargetAssignmentMemberKey(group_id: str, member_id: str) -> ConsumerGroupTargetAssignmentMemberKey:
    instance_: ConsumerGroupTargetAssignmentMemberKey = object.__new__(ConsumerGroupTargetAssignmentMemberKey)
    set0_, set1_, = _SET_ConsumerGroupTargetAssignmentMemberKey
    set0_(instance_, group_id)
    set1_(instance_, member_id)
    return instance_


_SET_ConsumerGroupTargetAssignmentMemberValue__TopicPartition: tuple[Any, ...] = tuple(
    vars(ConsumerGroupTargetAssignmentMemberValue.TopicPartition)[name].__set__ for name in ('topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_ConsumerGroupTargetAssignmentMemberValue__TopicPartition(topic_id: UUID, partitions: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ConsumerGroupTargetAssignmentMemberValue.TopicPartition:
    instance_: ConsumerGroupTargetAssignmentMemberValue.TopicPartition = object.__new__(ConsumerGroupTargetAssignmentMemberValue.TopicPartition)
    set0_, set1_, set2_, = _SET_ConsumerGroupTargetAssignmentMemberValue__TopicPartition
    set0_(instance_, topic_id)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ConsumerGroupTargetAssignmentMemberValue: tuple[Any, ...] = tuple(
    vars(ConsumerGroupTargetAssignmentMemberValue)[name].__set__ for name in ('topic_partitions', 'unknown_tagged_fields', ))


def _new_ConsumerGroupTargetAssignmentMemberValue(topic_partitions: tuple[ConsumerGroupTargetAssignmentMemberValue.TopicPartition, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ConsumerGroupTargetAssignmentMemberValue:
    instance_: ConsumerGroupTargetAssignmentMemberValue = object.__new__(ConsumerGroupTargetAssignmentMemberValue)
    set0_, set1_, = _SET_ConsumerGroupTargetAssignmentMemberValue
    set0_(instance_, topic_partitions)
    set1_(instance_, unknown_tagged_fields)
    return instance_
