# generated from ConsumerGroupDescribeRequest.json, ConsumerGroupDescribeResponse.json; do not edit
"""ConsumerGroupDescribe (API key 69): request and response."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar
from uuid import UUID

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

_ZERO_UUID = UUID(int=0)
__all__ = ['ConsumerGroupDescribeRequest', 'ConsumerGroupDescribeResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class ConsumerGroupDescribeRequest:
    """ConsumerGroupDescribeRequest, API key 69: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 69
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    group_ids: tuple[str, ...] = ()  # versions 0+
    include_authorized_operations: bool = False  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        items_group_ids = self.group_ids
        writer.compact_array_length(items_group_ids)
        for each_group_ids in items_group_ids:
            writer.compact_string(each_group_ids)
        writer.boolean(self.include_authorized_operations)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ConsumerGroupDescribeRequest:
        f_group_ids: tuple[str, ...]
        f_include_authorized_operations: bool
        count_f_group_ids = reader.compact_array_length('ConsumerGroupDescribeRequest.group_ids')
        f_group_ids = tuple([reader.compact_string('ConsumerGroupDescribeRequest.group_ids') for _ in range(count_f_group_ids)])
        f_include_authorized_operations = reader.boolean('ConsumerGroupDescribeRequest.include_authorized_operations')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ConsumerGroupDescribeRequest.tagged_fields')
        return _new_ConsumerGroupDescribeRequest(f_group_ids, f_include_authorized_operations, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ConsumerGroupDescribeRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ConsumerGroupDescribeRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ConsumerGroupDescribeRequest:
        check_decode_version(version, 'ConsumerGroupDescribeRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ConsumerGroupDescribeRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsumerGroupDescribeResponse:
    """ConsumerGroupDescribeResponse, API key 69: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 69
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+
    groups: tuple[ConsumerGroupDescribeResponse.DescribedGroup, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicPartitions:
        """ConsumerGroupDescribeResponse.TopicPartitions: versions 0+."""

        topic_id: UUID = _ZERO_UUID  # versions 0+
        topic_name: str = ''  # versions 0+
        partitions: tuple[int, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.uuid(self.topic_id)
            writer.compact_string(self.topic_name)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            writer.int32_items(items_partitions)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ConsumerGroupDescribeResponse.TopicPartitions:
            f_topic_id: UUID
            f_topic_name: str
            f_partitions: tuple[int, ...]
            f_topic_id = reader.uuid('ConsumerGroupDescribeResponse.TopicPartitions.topic_id')
            f_topic_name = reader.compact_string('ConsumerGroupDescribeResponse.TopicPartitions.topic_name')
            count_f_partitions = reader.compact_array_length('ConsumerGroupDescribeResponse.TopicPartitions.partitions')
            f_partitions = reader.int32_items(count_f_partitions, 'ConsumerGroupDescribeResponse.TopicPartitions.partitions')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ConsumerGroupDescribeResponse.TopicPartitions.tagged_fields')
            return _new_ConsumerGroupDescribeResponse__TopicPartitions(f_topic_id, f_topic_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class Assignment:
        """ConsumerGroupDescribeResponse.Assignment: versions 0+."""

        topic_partitions: tuple[ConsumerGroupDescribeResponse.TopicPartitions, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            items_topic_partitions = self.topic_partitions
            writer.compact_array_length(items_topic_partitions)
            for each_topic_partitions in items_topic_partitions:
                each_topic_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ConsumerGroupDescribeResponse.Assignment:
            f_topic_partitions: tuple[ConsumerGroupDescribeResponse.TopicPartitions, ...]
            count_f_topic_partitions = reader.compact_array_length('ConsumerGroupDescribeResponse.Assignment.topic_partitions')
            read_f_topic_partitions = ConsumerGroupDescribeResponse.TopicPartitions.read
            f_topic_partitions = tuple([read_f_topic_partitions(reader, version) for _ in range(count_f_topic_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ConsumerGroupDescribeResponse.Assignment.tagged_fields')
            return _new_ConsumerGroupDescribeResponse__Assignment(f_topic_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DescribedGroup:
        """ConsumerGroupDescribeResponse.DescribedGroup: versions 0+."""

        error_code: int = 0  # versions 0+
        error_message: str | None = None  # versions 0+; nullable 0+
        group_id: str = ''  # versions 0+
        group_state: str = ''  # versions 0+
        group_epoch: int = 0  # versions 0+
        assignment_epoch: int = 0  # versions 0+
        assignor_name: str = ''  # versions 0+
        members: tuple[ConsumerGroupDescribeResponse.Member, ...] = ()  # versions 0+
        authorized_operations: int = -2147483648  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int16(self.error_code)
            writer.compact_nullable_string(self.error_message)
            writer.compact_string(self.group_id)
            writer.compact_string(self.group_state)
            writer.int32(self.group_epoch)
            writer.int32(self.assignment_epoch)
            writer.compact_string(self.assignor_name)
            items_members = self.members
            writer.compact_array_length(items_members)
            for each_members in items_members:
                each_members.write(writer, version)
            writer.int32(self.authorized_operations)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ConsumerGroupDescribeResponse.DescribedGroup:
            f_error_code: int
            f_error_message: str | None
            f_group_id: str
            f_group_state: str
            f_group_epoch: int
            f_assignment_epoch: int
            f_assignor_name: str
            f_members: tuple[ConsumerGroupDescribeResponse.Member, ...]
            f_authorized_operations: int
            f_error_code = reader.int16('ConsumerGroupDescribeResponse.DescribedGroup.error_code')
            f_error_message = reader.compact_nullable_string('ConsumerGroupDescribeResponse.DescribedGroup.error_message')
            f_group_id = reader.compact_string('ConsumerGroupDescribeResponse.DescribedGroup.group_id')
            f_group_state = reader.compact_string('ConsumerGroupDescribeResponse.DescribedGroup.group_state')
            f_group_epoch = reader.int32('ConsumerGroupDescribeResponse.DescribedGroup.group_epoch')
            f_assignment_epoch = reader.int32('ConsumerGroupDescribeResponse.DescribedGroup.assignment_epoch')
            f_assignor_name = reader.compact_string('ConsumerGroupDescribeResponse.DescribedGroup.assignor_name')
            count_f_members = reader.compact_array_length('ConsumerGroupDescribeResponse.DescribedGroup.members')
            read_f_members = ConsumerGroupDescribeResponse.Member.read
            f_members = tuple([read_f_members(reader, version) for _ in range(count_f_members)])
            f_authorized_operations = reader.int32('ConsumerGroupDescribeResponse.DescribedGroup.authorized_operations')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ConsumerGroupDescribeResponse.DescribedGroup.tagged_fields')
            return _new_ConsumerGroupDescribeResponse__DescribedGroup(f_error_code, f_error_message, f_group_id, f_group_state, f_group_epoch, f_assignment_epoch, f_assignor_name, f_members, f_authorized_operations, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class Member:
        """ConsumerGroupDescribeResponse.Member: versions 0+."""

        member_id: str = ''  # versions 0+
        instance_id: str | None = None  # versions 0+; nullable 0+
        rack_id: str | None = None  # versions 0+; nullable 0+
        member_epoch: int = 0  # versions 0+
        client_id: str = ''  # versions 0+
        client_host: str = ''  # versions 0+
        subscribed_topic_names: tuple[str, ...] = ()  # versions 0+
        subscribed_topic_regex: str | None = None  # versions 0+; nullable 0+
        assignment: ConsumerGroupDescribeResponse.Assignment = field(default_factory=lambda: _EMPTY_ConsumerGroupDescribeResponse__Assignment)  # versions 0+
        target_assignment: ConsumerGroupDescribeResponse.Assignment = field(default_factory=lambda: _EMPTY_ConsumerGroupDescribeResponse__Assignment)  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.member_id)
            writer.compact_nullable_string(self.instance_id)
            writer.compact_nullable_string(self.rack_id)
            writer.int32(self.member_epoch)
            writer.compact_string(self.client_id)
            writer.compact_string(self.client_host)
            items_subscribed_topic_names = self.subscribed_topic_names
            writer.compact_array_length(items_subscribed_topic_names)
            for each_subscribed_topic_names in items_subscribed_topic_names:
                writer.compact_string(each_subscribed_topic_names)
            writer.compact_nullable_string(self.subscribed_topic_regex)
            self.assignment.write(writer, version)
            self.target_assignment.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ConsumerGroupDescribeResponse.Member:
            f_member_id: str
            f_instance_id: str | None
            f_rack_id: str | None
            f_member_epoch: int
            f_client_id: str
            f_client_host: str
            f_subscribed_topic_names: tuple[str, ...]
            f_subscribed_topic_regex: str | None
            f_assignment: ConsumerGroupDescribeResponse.Assignment
            f_target_assignment: ConsumerGroupDescribeResponse.Assignment
            f_member_id = reader.compact_string('ConsumerGroupDescribeResponse.Member.member_id')
            f_instance_id = reader.compact_nullable_string('ConsumerGroupDescribeResponse.Member.instance_id')
            f_rack_id = reader.compact_nullable_string('ConsumerGroupDescribeResponse.Member.rack_id')
            f_member_epoch = reader.int32('ConsumerGroupDescribeResponse.Member.member_epoch')
            f_client_id = reader.compact_string('ConsumerGroupDescribeResponse.Member.client_id')
            f_client_host = reader.compact_string('ConsumerGroupDescribeResponse.Member.client_host')
            count_f_subscribed_topic_names = reader.compact_array_length('ConsumerGroupDescribeResponse.Member.subscribed_topic_names')
            f_subscribed_topic_names = tuple([reader.compact_string('ConsumerGroupDescribeResponse.Member.subscribed_topic_names') for _ in range(count_f_subscribed_topic_names)])
            f_subscribed_topic_regex = reader.compact_nullable_string('ConsumerGroupDescribeResponse.Member.subscribed_topic_regex')
            f_assignment = ConsumerGroupDescribeResponse.Assignment.read(reader, version)
            f_target_assignment = ConsumerGroupDescribeResponse.Assignment.read(reader, version)
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ConsumerGroupDescribeResponse.Member.tagged_fields')
            return _new_ConsumerGroupDescribeResponse__Member(f_member_id, f_instance_id, f_rack_id, f_member_epoch, f_client_id, f_client_host, f_subscribed_topic_names, f_subscribed_topic_regex, f_assignment, f_target_assignment, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        items_groups = self.groups
        writer.compact_array_length(items_groups)
        for each_groups in items_groups:
            each_groups.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ConsumerGroupDescribeResponse:
        f_throttle_time_ms: int
        f_groups: tuple[ConsumerGroupDescribeResponse.DescribedGroup, ...]
        f_throttle_time_ms = reader.int32('ConsumerGroupDescribeResponse.throttle_time_ms')
        count_f_groups = reader.compact_array_length('ConsumerGroupDescribeResponse.groups')
        read_f_groups = ConsumerGroupDescribeResponse.DescribedGroup.read
        f_groups = tuple([read_f_groups(reader, version) for _ in range(count_f_groups)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ConsumerGroupDescribeResponse.tagged_fields')
        return _new_ConsumerGroupDescribeResponse(f_throttle_time_ms, f_groups, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ConsumerGroupDescribeResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ConsumerGroupDescribeResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ConsumerGroupDescribeResponse:
        check_decode_version(version, 'ConsumerGroupDescribeResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ConsumerGroupDescribeResponse')
        return result


_EMPTY_ConsumerGroupDescribeResponse__Assignment: ConsumerGroupDescribeResponse.Assignment = ConsumerGroupDescribeResponse.Assignment()


_SET_ConsumerGroupDescribeRequest: tuple[Any, ...] = tuple(
    vars(ConsumerGroupDescribeRequest)[name].__set__ for name in ('group_ids', 'include_authorized_operations', 'unknown_tagged_fields', ))


def _new_ConsumerGroupDescribeRequest(group_ids: tuple[str, ...], include_authorized_operations: bool, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ConsumerGroupDescribeRequest:
    instance_: ConsumerGroupDescribeRequest = object.__new__(ConsumerGroupDescribeRequest)
    set0_, set1_, set2_, = _SET_ConsumerGroupDescribeRequest
    set0_(instance_, group_ids)
    set1_(instance_, include_authorized_operations)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ConsumerGroupDescribeResponse__TopicPartitions: tuple[Any, ...] = tuple(
    vars(ConsumerGroupDescribeResponse.TopicPartitions)[name].__set__ for name in ('topic_id', 'topic_name', 'partitions', 'unknown_tagged_fields', ))


def _new_ConsumerGroupDescribeResponse__TopicPartitions(topic_id: UUID, topic_name: str, partitions: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ConsumerGroupDescribeResponse.TopicPartitions:
    instance_: ConsumerGroupDescribeResponse.TopicPartitions = object.__new__(ConsumerGroupDescribeResponse.TopicPartitions)
    set0_, set1_, set2_, set3_, = _SET_ConsumerGroupDescribeResponse__TopicPartitions
    set0_(instance_, topic_id)
    set1_(instance_, topic_name)
    set2_(instance_, partitions)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_ConsumerGroupDescribeResponse__Assignment: tuple[Any, ...] = tuple(
    vars(ConsumerGroupDescribeResponse.Assignment)[name].__set__ for name in ('topic_partitions', 'unknown_tagged_fields', ))


def _new_ConsumerGroupDescribeResponse__Assignment(topic_partitions: tuple[ConsumerGroupDescribeResponse.TopicPartitions, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ConsumerGroupDescribeResponse.Assignment:
    instance_: ConsumerGroupDescribeResponse.Assignment = object.__new__(ConsumerGroupDescribeResponse.Assignment)
    set0_, set1_, = _SET_ConsumerGroupDescribeResponse__Assignment
    set0_(instance_, topic_partitions)
    set1_(instance_, unknown_tagged_fields)
    return instance_


_SET_ConsumerGroupDescribeResponse__DescribedGroup: tuple[Any, ...] = tuple(
    vars(ConsumerGroupDescribeResponse.DescribedGroup)[name].__set__ for name in ('error_code', 'error_message', 'group_id', 'group_state', 'group_epoch', 'assignment_epoch', 'assignor_name', 'members', 'authorized_operations', 'unknown_tagged_fields', ))


def _new_ConsumerGroupDescribeResponse__DescribedGroup(error_code: int, error_message: str | None, group_id: str, group_state: str, group_epoch: int, assignment_epoch: int, assignor_name: str, members: tuple[ConsumerGroupDescribeResponse.Member, ...], authorized_operations: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ConsumerGroupDescribeResponse.DescribedGroup:
    instance_: ConsumerGroupDescribeResponse.DescribedGroup = object.__new__(ConsumerGroupDescribeResponse.DescribedGroup)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, set9_, = _SET_ConsumerGroupDescribeResponse__DescribedGroup
    set0_(instance_, error_code)
    set1_(instance_, error_message)
    set2_(instance_, group_id)
    set3_(instance_, group_state)
    set4_(instance_, group_epoch)
    set5_(instance_, assignment_epoch)
    set6_(instance_, assignor_name)
    set7_(instance_, members)
    set8_(instance_, authorized_operations)
    set9_(instance_, unknown_tagged_fields)
    return instance_


_SET_ConsumerGroupDescribeResponse__Member: tuple[Any, ...] = tuple(
    vars(ConsumerGroupDescribeResponse.Member)[name].__set__ for name in ('member_id', 'instance_id', 'rack_id', 'member_epoch', 'client_id', 'client_host', 'subscribed_topic_names', 'subscribed_topic_regex', 'assignment', 'target_assignment', 'unknown_tagged_fields', ))


def _new_ConsumerGroupDescribeResponse__Member(member_id: str, instance_id: str | None, rack_id: str | None, member_epoch: int, client_id: str, client_host: str, subscribed_topic_names: tuple[str, ...], subscribed_topic_regex: str | None, assignment: ConsumerGroupDescribeResponse.Assignment, target_assignment: ConsumerGroupDescribeResponse.Assignment, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ConsumerGroupDescribeResponse.Member:
    instance_: ConsumerGroupDescribeResponse.Member = object.__new__(ConsumerGroupDescribeResponse.Member)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, set9_, set10_, = _SET_ConsumerGroupDescribeResponse__Member
    set0_(instance_, member_id)
    set1_(instance_, instance_id)
    set2_(instance_, rack_id)
    set3_(instance_, member_epoch)
    set4_(instance_, client_id)
    set5_(instance_, client_host)
    set6_(instance_, subscribed_topic_names)
    set7_(instance_, subscribed_topic_regex)
    set8_(instance_, assignment)
    set9_(instance_, target_assignment)
    set10_(instance_, unknown_tagged_fields)
    return instance_


_SET_ConsumerGroupDescribeResponse: tuple[Any, ...] = tuple(
    vars(ConsumerGroupDescribeResponse)[name].__set__ for name in ('throttle_time_ms', 'groups', 'unknown_tagged_fields', ))


def _new_ConsumerGroupDescribeResponse(throttle_time_ms: int, groups: tuple[ConsumerGroupDescribeResponse.DescribedGroup, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ConsumerGroupDescribeResponse:
    instance_: ConsumerGroupDescribeResponse = object.__new__(ConsumerGroupDescribeResponse)
    set0_, set1_, set2_, = _SET_ConsumerGroupDescribeResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, groups)
    set2_(instance_, unknown_tagged_fields)
    return instance_
