# generated from ShareGroupDescribeRequest.json, ShareGroupDescribeResponse.json; do not edit
"""ShareGroupDescribe (API key 77): request and response."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar
from uuid import UUID

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

_ZERO_UUID = UUID(int=0)
__all__ = ['ShareGroupDescribeRequest', 'ShareGroupDescribeResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class ShareGroupDescribeRequest:
    """ShareGroupDescribeRequest, API key 77: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 77
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
    def read(cls, reader: Reader, version: int) -> ShareGroupDescribeRequest:
        f_group_ids: tuple[str, ...]
        f_include_authorized_operations: bool
        count_f_group_ids = reader.compact_array_length('ShareGroupDescribeRequest.group_ids')
        f_group_ids = tuple([reader.compact_string('ShareGroupDescribeRequest.group_ids') for _ in range(count_f_group_ids)])
        f_include_authorized_operations = reader.boolean('ShareGroupDescribeRequest.include_authorized_operations')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ShareGroupDescribeRequest.tagged_fields')
        return _new_ShareGroupDescribeRequest(f_group_ids, f_include_authorized_operations, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ShareGroupDescribeRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ShareGroupDescribeRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ShareGroupDescribeRequest:
        check_decode_version(version, 'ShareGroupDescribeRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ShareGroupDescribeRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class ShareGroupDescribeResponse:
    """ShareGroupDescribeResponse, API key 77: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 77
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+
    groups: tuple[ShareGroupDescribeResponse.DescribedGroup, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicPartitions:
        """ShareGroupDescribeResponse.TopicPartitions: versions 0+."""

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
        def read(cls, reader: Reader, version: int) -> ShareGroupDescribeResponse.TopicPartitions:
            f_topic_id: UUID
            f_topic_name: str
            f_partitions: tuple[int, ...]
            f_topic_id = reader.uuid('ShareGroupDescribeResponse.TopicPartitions.topic_id')
            f_topic_name = reader.compact_string('ShareGroupDescribeResponse.TopicPartitions.topic_name')
            count_f_partitions = reader.compact_array_length('ShareGroupDescribeResponse.TopicPartitions.partitions')
            f_partitions = reader.int32_items(count_f_partitions, 'ShareGroupDescribeResponse.TopicPartitions.partitions')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareGroupDescribeResponse.TopicPartitions.tagged_fields')
            return _new_ShareGroupDescribeResponse__TopicPartitions(f_topic_id, f_topic_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class Assignment:
        """ShareGroupDescribeResponse.Assignment: versions 0+."""

        topic_partitions: tuple[ShareGroupDescribeResponse.TopicPartitions, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            items_topic_partitions = self.topic_partitions
            writer.compact_array_length(items_topic_partitions)
            for each_topic_partitions in items_topic_partitions:
                each_topic_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ShareGroupDescribeResponse.Assignment:
            f_topic_partitions: tuple[ShareGroupDescribeResponse.TopicPartitions, ...]
            count_f_topic_partitions = reader.compact_array_length('ShareGroupDescribeResponse.Assignment.topic_partitions')
            read_f_topic_partitions = ShareGroupDescribeResponse.TopicPartitions.read
            f_topic_partitions = tuple([read_f_topic_partitions(reader, version) for _ in range(count_f_topic_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareGroupDescribeResponse.Assignment.tagged_fields')
            return _new_ShareGroupDescribeResponse__Assignment(f_topic_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DescribedGroup:
        """ShareGroupDescribeResponse.DescribedGroup: versions 0+."""

        error_code: int = 0  # versions 0+
        error_message: str | None = None  # versions 0+; nullable 0+
        group_id: str = ''  # versions 0+
        group_state: str = ''  # versions 0+
        group_epoch: int = 0  # versions 0+
        assignment_epoch: int = 0  # versions 0+
        assignor_name: str = ''  # versions 0+
        members: tuple[ShareGroupDescribeResponse.Member, ...] = ()  # versions 0+
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
        def read(cls, reader: Reader, version: int) -> ShareGroupDescribeResponse.DescribedGroup:
            f_error_code: int
            f_error_message: str | None
            f_group_id: str
            f_group_state: str
            f_group_epoch: int
            f_assignment_epoch: int
            f_assignor_name: str
            f_members: tuple[ShareGroupDescribeResponse.Member, ...]
            f_authorized_operations: int
            f_error_code = reader.int16('ShareGroupDescribeResponse.DescribedGroup.error_code')
            f_error_message = reader.compact_nullable_string('ShareGroupDescribeResponse.DescribedGroup.error_message')
            f_group_id = reader.compact_string('ShareGroupDescribeResponse.DescribedGroup.group_id')
            f_group_state = reader.compact_string('ShareGroupDescribeResponse.DescribedGroup.group_state')
            f_group_epoch = reader.int32('ShareGroupDescribeResponse.DescribedGroup.group_epoch')
            f_assignment_epoch = reader.int32('ShareGroupDescribeResponse.DescribedGroup.assignment_epoch')
            f_assignor_name = reader.compact_string('ShareGroupDescribeResponse.DescribedGroup.assignor_name')
            count_f_members = reader.compact_array_length('ShareGroupDescribeResponse.DescribedGroup.members')
            read_f_members = ShareGroupDescribeResponse.Member.read
            f_members = tuple([read_f_members(reader, version) for _ in range(count_f_members)])
            f_authorized_operations = reader.int32('ShareGroupDescribeResponse.DescribedGroup.authorized_operations')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareGroupDescribeResponse.DescribedGroup.tagged_fields')
            return _new_ShareGroupDescribeResponse__DescribedGroup(f_error_code, f_error_message, f_group_id, f_group_state, f_group_epoch, f_assignment_epoch, f_assignor_name, f_members, f_authorized_operations, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class Member:
        """ShareGroupDescribeResponse.Member: versions 0+."""

        member_id: str = ''  # versions 0+
        rack_id: str | None = None  # versions 0+; nullable 0+
        member_epoch: int = 0  # versions 0+
        client_id: str = ''  # versions 0+
        client_host: str = ''  # versions 0+
        subscribed_topic_names: tuple[str, ...] = ()  # versions 0+
        assignment: ShareGroupDescribeResponse.Assignment = field(default_factory=lambda: _EMPTY_ShareGroupDescribeResponse__Assignment)  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.member_id)
            writer.compact_nullable_string(self.rack_id)
            writer.int32(self.member_epoch)
            writer.compact_string(self.client_id)
            writer.compact_string(self.client_host)
            items_subscribed_topic_names = self.subscribed_topic_names
            writer.compact_array_length(items_subscribed_topic_names)
            for each_subscribed_topic_names in items_subscribed_topic_names:
                writer.compact_string(each_subscribed_topic_names)
            self.assignment.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ShareGroupDescribeResponse.Member:
            f_member_id: str
            f_rack_id: str | None
            f_member_epoch: int
            f_client_id: str
            f_client_host: str
            f_subscribed_topic_names: tuple[str, ...]
            f_assignment: ShareGroupDescribeResponse.Assignment
            f_member_id = reader.compact_string('ShareGroupDescribeResponse.Member.member_id')
            f_rack_id = reader.compact_nullable_string('ShareGroupDescribeResponse.Member.rack_id')
            f_member_epoch = reader.int32('ShareGroupDescribeResponse.Member.member_epoch')
            f_client_id = reader.compact_string('ShareGroupDescribeResponse.Member.client_id')
            f_client_host = reader.compact_string('ShareGroupDescribeResponse.Member.client_host')
            count_f_subscribed_topic_names = reader.compact_array_length('ShareGroupDescribeResponse.Member.subscribed_topic_names')
            f_subscribed_topic_names = tuple([reader.compact_string('ShareGroupDescribeResponse.Member.subscribed_topic_names') for _ in range(count_f_subscribed_topic_names)])
            f_assignment = ShareGroupDescribeResponse.Assignment.read(reader, version)
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareGroupDescribeResponse.Member.tagged_fields')
            return _new_ShareGroupDescribeResponse__Member(f_member_id, f_rack_id, f_member_epoch, f_client_id, f_client_host, f_subscribed_topic_names, f_assignment, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        items_groups = self.groups
        writer.compact_array_length(items_groups)
        for each_groups in items_groups:
            each_groups.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ShareGroupDescribeResponse:
        f_throttle_time_ms: int
        f_groups: tuple[ShareGroupDescribeResponse.DescribedGroup, ...]
        f_throttle_time_ms = reader.int32('ShareGroupDescribeResponse.throttle_time_ms')
        count_f_groups = reader.compact_array_length('ShareGroupDescribeResponse.groups')
        read_f_groups = ShareGroupDescribeResponse.DescribedGroup.read
        f_groups = tuple([read_f_groups(reader, version) for _ in range(count_f_groups)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ShareGroupDescribeResponse.tagged_fields')
        return _new_ShareGroupDescribeResponse(f_throttle_time_ms, f_groups, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ShareGroupDescribeResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ShareGroupDescribeResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ShareGroupDescribeResponse:
        check_decode_version(version, 'ShareGroupDescribeResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ShareGroupDescribeResponse')
        return result


_EMPTY_ShareGroupDescribeResponse__Assignment: ShareGroupDescribeResponse.Assignment = ShareGroupDescribeResponse.Assignment()


_SET_ShareGroupDescribeRequest: tuple[Any, ...] = tuple(
    vars(ShareGroupDescribeRequest)[name].__set__ for name in ('group_ids', 'include_authorized_operations', 'unknown_tagged_fields', ))


def _new_ShareGroupDescribeRequest(group_ids: tuple[str, ...], include_authorized_operations: bool, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareGroupDescribeRequest:
    instance_: ShareGroupDescribeRequest = object.__new__(ShareGroupDescribeRequest)
    set0_, set1_, set2_, = _SET_ShareGroupDescribeRequest
    set0_(instance_, group_ids)
    set1_(instance_, include_authorized_operations)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ShareGroupDescribeResponse__TopicPartitions: tuple[Any, ...] = tuple(
    vars(ShareGroupDescribeResponse.TopicPartitions)[name].__set__ for name in ('topic_id', 'topic_name', 'partitions', 'unknown_tagged_fields', ))


def _new_ShareGroupDescribeResponse__TopicPartitions(topic_id: UUID, topic_name: str, partitions: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareGroupDescribeResponse.TopicPartitions:
    instance_: ShareGroupDescribeResponse.TopicPartitions = object.__new__(ShareGroupDescribeResponse.TopicPartitions)
    set0_, set1_, set2_, set3_, = _SET_ShareGroupDescribeResponse__TopicPartitions
    set0_(instance_, topic_id)
    set1_(instance_, topic_name)
    set2_(instance_, partitions)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_ShareGroupDescribeResponse__Assignment: tuple[Any, ...] = tuple(
    vars(ShareGroupDescribeResponse.Assignment)[name].__set__ for name in ('topic_partitions', 'unknown_tagged_fields', ))


def _new_ShareGroupDescribeResponse__Assignment(topic_partitions: tuple[ShareGroupDescribeResponse.TopicPartitions, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareGroupDescribeResponse.Assignment:
    instance_: ShareGroupDescribeResponse.Assignment = object.__new__(ShareGroupDescribeResponse.Assignment)
    set0_, set1_, = _SET_ShareGroupDescribeResponse__Assignment
    set0_(instance_, topic_partitions)
    set1_(instance_, unknown_tagged_fields)
    return instance_


_SET_ShareGroupDescribeResponse__DescribedGroup: tuple[Any, ...] = tuple(
    vars(ShareGroupDescribeResponse.DescribedGroup)[name].__set__ for name in ('error_code', 'error_message', 'group_id', 'group_state', 'group_epoch', 'assignment_epoch', 'assignor_name', 'members', 'authorized_operations', 'unknown_tagged_fields', ))


def _new_ShareGroupDescribeResponse__DescribedGroup(error_code: int, error_message: str | None, group_id: str, group_state: str, group_epoch: int, assignment_epoch: int, assignor_name: str, members: tuple[ShareGroupDescribeResponse.Member, ...], authorized_operations: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareGroupDescribeResponse.DescribedGroup:
    instance_: ShareGroupDescribeResponse.DescribedGroup = object.__new__(ShareGroupDescribeResponse.DescribedGroup)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, set9_, = _SET_ShareGroupDescribeResponse__DescribedGroup
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


_SET_ShareGroupDescribeResponse__Member: tuple[Any, ...] = tuple(
    vars(ShareGroupDescribeResponse.Member)[name].__set__ for name in ('member_id', 'rack_id', 'member_epoch', 'client_id', 'client_host', 'subscribed_topic_names', 'assignment', 'unknown_tagged_fields', ))


def _new_ShareGroupDescribeResponse__Member(member_id: str, rack_id: str | None, member_epoch: int, client_id: str, client_host: str, subscribed_topic_names: tuple[str, ...], assignment: ShareGroupDescribeResponse.Assignment, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareGroupDescribeResponse.Member:
    instance_: ShareGroupDescribeResponse.Member = object.__new__(ShareGroupDescribeResponse.Member)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, = _SET_ShareGroupDescribeResponse__Member
    set0_(instance_, member_id)
    set1_(instance_, rack_id)
    set2_(instance_, member_epoch)
    set3_(instance_, client_id)
    set4_(instance_, client_host)
    set5_(instance_, subscribed_topic_names)
    set6_(instance_, assignment)
    set7_(instance_, unknown_tagged_fields)
    return instance_


_SET_ShareGroupDescribeResponse: tuple[Any, ...] = tuple(
    vars(ShareGroupDescribeResponse)[name].__set__ for name in ('throttle_time_ms', 'groups', 'unknown_tagged_fields', ))


def _new_ShareGroupDescribeResponse(throttle_time_ms: int, groups: tuple[ShareGroupDescribeResponse.DescribedGroup, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareGroupDescribeResponse:
    instance_: ShareGroupDescribeResponse = object.__new__(ShareGroupDescribeResponse)
    set0_, set1_, set2_, = _SET_ShareGroupDescribeResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, groups)
    set2_(instance_, unknown_tagged_fields)
    return instance_
