# generated from ConsumerGroupCurrentMemberAssignmentKey.json, ConsumerGroupCurrentMemberAssignmentValue.json; do not edit
# ruff: noqa: E501
"""ConsumerGroupCurrentMemberAssignment (record type 8): key and value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar
from uuid import UUID

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

_ZERO_UUID = UUID(int=0)
__all__ = ['ConsumerGroupCurrentMemberAssignmentKey', 'ConsumerGroupCurrentMemberAssignmentValue']

@dataclass(frozen=True, slots=True, kw_only=True)
class ConsumerGroupCurrentMemberAssignmentKey:
    """ConsumerGroupCurrentMemberAssignmentKey, API key 8: versions 0, flexible none."""

    API_KEY: ClassVar[int] = 8
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = None

    group_id: str = ''  # versions 0
    member_id: str = ''  # versions 0

    def write(self, writer: Writer, version: int) -> None:
        writer.string(self.group_id)
        writer.string(self.member_id)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ConsumerGroupCurrentMemberAssignmentKey:
        f_group_id: str
        f_member_id: str
        f_group_id = reader.string('ConsumerGroupCurrentMemberAssignmentKey.group_id')
        f_member_id = reader.string('ConsumerGroupCurrentMemberAssignmentKey.member_id')
        return _new_ConsumerGroupCurrentMemberAssignmentKey(f_group_id, f_member_id)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ConsumerGroupCurrentMemberAssignmentKey', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ConsumerGroupCurrentMemberAssignmentKey', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ConsumerGroupCurrentMemberAssignmentKey:
        check_decode_version(version, 'ConsumerGroupCurrentMemberAssignmentKey', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ConsumerGroupCurrentMemberAssignmentKey')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsumerGroupCurrentMemberAssignmentValue:
    """ConsumerGroupCurrentMemberAssignmentValue, API key 8: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 8
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    member_epoch: int = 0  # versions 0+
    previous_member_epoch: int = 0  # versions 0+
    state: int = 0  # versions 0+
    assigned_partitions: tuple[ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions, ...] = ()  # versions 0+
    partitions_pending_revocation: tuple[ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicPartitions:
        """ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions: versions 0+."""

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
        def read(cls, reader: Reader, version: int) -> ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions:
            f_topic_id: UUID
            f_partitions: tuple[int, ...]
            f_topic_id = reader.uuid('ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions.topic_id')
            count_f_partitions = reader.compact_array_length('ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions.partitions')
            f_partitions = reader.int32_items(count_f_partitions, 'ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions.partitions')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions.tagged_fields')
            return _new_ConsumerGroupCurrentMemberAssignmentValue__TopicPartitions(f_topic_id, f_partitions, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.member_epoch)
        writer.int32(self.previous_member_epoch)
        writer.int8(self.state)
        items_assigned_partitions = self.assigned_partitions
        writer.compact_array_length(items_assigned_partitions)
        for each_assigned_partitions in items_assigned_partitions:
            each_assigned_partitions.write(writer, version)
        items_partitions_pending_revocation = self.partitions_pending_revocation
        writer.compact_array_length(items_partitions_pending_revocation)
        for each_partitions_pending_revocation in items_partitions_pending_revocation:
            each_partitions_pending_revocation.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ConsumerGroupCurrentMemberAssignmentValue:
        f_member_epoch: int
        f_previous_member_epoch: int
        f_state: int
        f_assigned_partitions: tuple[ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions, ...]
        f_partitions_pending_revocation: tuple[ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions, ...]
        f_member_epoch = reader.int32('ConsumerGroupCurrentMemberAssignmentValue.member_epoch')
        f_previous_member_epoch = reader.int32('ConsumerGroupCurrentMemberAssignmentValue.previous_member_epoch')
        f_state = reader.int8('ConsumerGroupCurrentMemberAssignmentValue.state')
        count_f_assigned_partitions = reader.compact_array_length('ConsumerGroupCurrentMemberAssignmentValue.assigned_partitions')
        read_f_assigned_partitions = ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions.read
        f_assigned_partitions = tuple([read_f_assigned_partitions(reader, version) for _ in range(count_f_assigned_partitions)])
        count_f_partitions_pending_revocation = reader.compact_array_length('ConsumerGroupCurrentMemberAssignmentValue.partitions_pending_revocation')
        read_f_partitions_pending_revocation = ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions.read
        f_partitions_pending_revocation = tuple([read_f_partitions_pending_revocation(reader, version) for _ in range(count_f_partitions_pending_revocation)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ConsumerGroupCurrentMemberAssignmentValue.tagged_fields')
        return _new_ConsumerGroupCurrentMemberAssignmentValue(f_member_epoch, f_previous_member_epoch, f_state, f_assigned_partitions, f_partitions_pending_revocation, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ConsumerGroupCurrentMemberAssignmentValue', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ConsumerGroupCurrentMemberAssignmentValue', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ConsumerGroupCurrentMemberAssignmentValue:
        check_decode_version(version, 'ConsumerGroupCurrentMemberAssignmentValue', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ConsumerGroupCurrentMemberAssignmentValue')
        return result


_SET_ConsumerGroupCurrentMemberAssignmentKey: tuple[Any, ...] = tuple(
    vars(ConsumerGroupCurrentMemberAssignmentKey)[name].__set__ for name in ('group_id', 'member_id', ))


def _new_ConsumerGroupCurrentMemberAssignmentKey(group_id: str, member_id: str) -> ConsumerGroupCurrentMemberAssignmentKey:
    instance_: ConsumerGroupCurrentMemberAssignmentKey = object.__new__(ConsumerGroupCurrentMemberAssignmentKey)
    set0_, set1_, = _SET_ConsumerGroupCurrentMemberAssignmentKey
    set0_(instance_, group_id)
    set1_(instance_, member_id)
    return instance_


_SET_ConsumerGroupCurrentMemberAssignmentValue__TopicPartitions: tuple[Any, ...] = tuple(
    vars(ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions)[name].__set__ for name in ('topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_ConsumerGroupCurrentMemberAssignmentValue__TopicPartitions(topic_id: UUID, partitions: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions:
    instance_: ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions = object.__new__(ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions)
    set0_, set1_, set2_, = _SET_ConsumerGroupCurrentMemberAssignmentValue__TopicPartitions
    set0_(instance_, topic_id)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ConsumerGroupCurrentMemberAssignmentValue: tuple[Any, ...] = tuple(
    vars(ConsumerGroupCurrentMemberAssignmentValue)[name].__set__ for name in ('member_epoch', 'previous_member_epoch', 'state', 'assigned_partitions', 'partitions_pending_revocation', 'unknown_tagged_fields', ))


def _new_ConsumerGroupCurrentMemberAssignmentValue(member_epoch: int, previous_member_epoch: int, state: int, assigned_partitions: tuple[ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions, ...], partitions_pending_revocation: tuple[ConsumerGroupCurrentMemberAssignmentValue.TopicPartitions, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ConsumerGroupCurrentMemberAssignmentValue:
    instance_: ConsumerGroupCurrentMemberAssignmentValue = object.__new__(ConsumerGroupCurrentMemberAssignmentValue)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_ConsumerGroupCurrentMemberAssignmentValue
    set0_(instance_, member_epoch)
    set1_(instance_, previous_member_epoch)
    set2_(instance_, state)
    set3_(instance_, assigned_partitions)
    set4_(instance_, partitions_pending_revocation)
    set5_(instance_, unknown_tagged_fields)
    return instance_
