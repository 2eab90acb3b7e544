# generated from DescribeGroupsRequest.json, DescribeGroupsResponse.json; do not edit
"""DescribeGroups (API key 15): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from spec.wire import (
    EncodeError,
    ExternalBytes,
    Reader,
    Writer,
    check_decode_version,
    encode_checked,
)

__all__ = ['DescribeGroupsRequest', 'DescribeGroupsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class DescribeGroupsRequest:
    """DescribeGroupsRequest, API key 15: versions 0-5, flexible 5+."""

    API_KEY: ClassVar[int] = 15
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 5

    groups: tuple[str, ...] = ()  # versions 0+
    include_authorized_operations: bool = False  # versions 3+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        if version <= 4:
            items_groups = self.groups
            writer.array_length(items_groups)
            for each_groups in items_groups:
                writer.string(each_groups)
        else:
            items_groups = self.groups
            writer.compact_array_length(items_groups)
            for each_groups in items_groups:
                writer.compact_string(each_groups)
        if version <= 2:
            if self.include_authorized_operations:
                raise EncodeError(f'DescribeGroupsRequest.include_authorized_operations is set, but version {version} lacks it')
        else:
            writer.boolean(self.include_authorized_operations)
        if version <= 4:
            if self.unknown_tagged_fields:
                raise EncodeError(f'DescribeGroupsRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DescribeGroupsRequest:
        f_groups: tuple[str, ...]
        f_include_authorized_operations: bool
        if version <= 4:
            count_f_groups = reader.array_length('DescribeGroupsRequest.groups')
            f_groups = tuple([reader.string('DescribeGroupsRequest.groups') for _ in range(count_f_groups)])
        else:
            count_f_groups = reader.compact_array_length('DescribeGroupsRequest.groups')
            f_groups = tuple([reader.compact_string('DescribeGroupsRequest.groups') for _ in range(count_f_groups)])
        f_include_authorized_operations = False if version <= 2 else reader.boolean('DescribeGroupsRequest.include_authorized_operations')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 4 else reader.unknown_tagged_fields('DescribeGroupsRequest.tagged_fields')
        return _new_DescribeGroupsRequest(f_groups, f_include_authorized_operations, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DescribeGroupsRequest', 0, 5).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DescribeGroupsRequest', 0, 5).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DescribeGroupsRequest:
        check_decode_version(version, 'DescribeGroupsRequest', 0, 5)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DescribeGroupsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class DescribeGroupsResponse:
    """DescribeGroupsResponse, API key 15: versions 0-5, flexible 5+."""

    API_KEY: ClassVar[int] = 15
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 5

    throttle_time_ms: int = 0  # versions 1+; ignorable
    groups: tuple[DescribeGroupsResponse.DescribedGroup, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DescribedGroup:
        """DescribeGroupsResponse.DescribedGroup: versions 0+."""

        error_code: int = 0  # versions 0+
        group_id: str = ''  # versions 0+
        group_state: str = ''  # versions 0+
        protocol_type: str = ''  # versions 0+
        protocol_data: str = ''  # versions 0+
        members: tuple[DescribeGroupsResponse.DescribedGroupMember, ...] = ()  # versions 0+
        authorized_operations: int = -2147483648  # versions 3+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int16(self.error_code)
            if version <= 4:
                writer.string(self.group_id)
            else:
                writer.compact_string(self.group_id)
            if version <= 4:
                writer.string(self.group_state)
            else:
                writer.compact_string(self.group_state)
            if version <= 4:
                writer.string(self.protocol_type)
            else:
                writer.compact_string(self.protocol_type)
            if version <= 4:
                writer.string(self.protocol_data)
            else:
                writer.compact_string(self.protocol_data)
            if version <= 4:
                items_members = self.members
                writer.array_length(items_members)
                for each_members in items_members:
                    each_members.write(writer, version)
            else:
                items_members = self.members
                writer.compact_array_length(items_members)
                for each_members in items_members:
                    each_members.write(writer, version)
            if version <= 2:
                if self.authorized_operations != -2147483648:
                    raise EncodeError(f'DescribeGroupsResponse.DescribedGroup.authorized_operations is set, but version {version} lacks it')
            else:
                writer.int32(self.authorized_operations)
            if version <= 4:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'DescribeGroupsResponse.DescribedGroup has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeGroupsResponse.DescribedGroup:
            f_error_code: int
            f_group_id: str
            f_group_state: str
            f_protocol_type: str
            f_protocol_data: str
            f_members: tuple[DescribeGroupsResponse.DescribedGroupMember, ...]
            f_authorized_operations: int
            f_error_code = reader.int16('DescribeGroupsResponse.DescribedGroup.error_code')
            f_group_id = reader.string('DescribeGroupsResponse.DescribedGroup.group_id') if version <= 4 else reader.compact_string('DescribeGroupsResponse.DescribedGroup.group_id')
            f_group_state = reader.string('DescribeGroupsResponse.DescribedGroup.group_state') if version <= 4 else reader.compact_string('DescribeGroupsResponse.DescribedGroup.group_state')
            f_protocol_type = reader.string('DescribeGroupsResponse.DescribedGroup.protocol_type') if version <= 4 else reader.compact_string('DescribeGroupsResponse.DescribedGroup.protocol_type')
            f_protocol_data = reader.string('DescribeGroupsResponse.DescribedGroup.protocol_data') if version <= 4 else reader.compact_string('DescribeGroupsResponse.DescribedGroup.protocol_data')
            if version <= 4:
                count_f_members = reader.array_length('DescribeGroupsResponse.DescribedGroup.members')
                read_f_members = DescribeGroupsResponse.DescribedGroupMember.read
                f_members = tuple([read_f_members(reader, version) for _ in range(count_f_members)])
            else:
                count_f_members = reader.compact_array_length('DescribeGroupsResponse.DescribedGroup.members')
                read_f_members = DescribeGroupsResponse.DescribedGroupMember.read
                f_members = tuple([read_f_members(reader, version) for _ in range(count_f_members)])
            f_authorized_operations = -2147483648 if version <= 2 else reader.int32('DescribeGroupsResponse.DescribedGroup.authorized_operations')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 4 else reader.unknown_tagged_fields('DescribeGroupsResponse.DescribedGroup.tagged_fields')
            return _new_DescribeGroupsResponse__DescribedGroup(f_error_code, f_group_id, f_group_state, f_protocol_type, f_protocol_data, f_members, f_authorized_operations, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DescribedGroupMember:
        """DescribeGroupsResponse.DescribedGroupMember: versions 0+."""

        member_id: str = ''  # versions 0+
        group_instance_id: str | None = None  # versions 4+; nullable 4+; ignorable
        client_id: str = ''  # versions 0+
        client_host: str = ''  # versions 0+
        member_metadata: bytes = b''  # versions 0+
        member_assignment: bytes = b''  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 4:
                writer.string(self.member_id)
            else:
                writer.compact_string(self.member_id)
            if version <= 3:
                pass
            elif version <= 4:
                writer.nullable_string(self.group_instance_id)
            else:
                writer.compact_nullable_string(self.group_instance_id)
            if version <= 4:
                writer.string(self.client_id)
            else:
                writer.compact_string(self.client_id)
            if version <= 4:
                writer.string(self.client_host)
            else:
                writer.compact_string(self.client_host)
            if version <= 4:
                writer.bytes_(self.member_metadata)
            else:
                writer.compact_bytes(self.member_metadata)
            if version <= 4:
                writer.bytes_(self.member_assignment)
            else:
                writer.compact_bytes(self.member_assignment)
            if version <= 4:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'DescribeGroupsResponse.DescribedGroupMember has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeGroupsResponse.DescribedGroupMember:
            f_member_id: str
            f_group_instance_id: str | None
            f_client_id: str
            f_client_host: str
            f_member_metadata: bytes
            f_member_assignment: bytes
            f_member_id = reader.string('DescribeGroupsResponse.DescribedGroupMember.member_id') if version <= 4 else reader.compact_string('DescribeGroupsResponse.DescribedGroupMember.member_id')
            if version <= 3:
                f_group_instance_id = None
            elif version <= 4:
                f_group_instance_id = reader.nullable_string('DescribeGroupsResponse.DescribedGroupMember.group_instance_id')
            else:
                f_group_instance_id = reader.compact_nullable_string('DescribeGroupsResponse.DescribedGroupMember.group_instance_id')
            f_client_id = reader.string('DescribeGroupsResponse.DescribedGroupMember.client_id') if version <= 4 else reader.compact_string('DescribeGroupsResponse.DescribedGroupMember.client_id')
            f_client_host = reader.string('DescribeGroupsResponse.DescribedGroupMember.client_host') if version <= 4 else reader.compact_string('DescribeGroupsResponse.DescribedGroupMember.client_host')
            f_member_metadata = reader.bytes_('DescribeGroupsResponse.DescribedGroupMember.member_metadata') if version <= 4 else reader.compact_bytes('DescribeGroupsResponse.DescribedGroupMember.member_metadata')
            f_member_assignment = reader.bytes_('DescribeGroupsResponse.DescribedGroupMember.member_assignment') if version <= 4 else reader.compact_bytes('DescribeGroupsResponse.DescribedGroupMember.member_assignment')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 4 else reader.unknown_tagged_fields('DescribeGroupsResponse.DescribedGroupMember.tagged_fields')
            return _new_DescribeGroupsResponse__DescribedGroupMember(f_member_id, f_group_instance_id, f_client_id, f_client_host, f_member_metadata, f_member_assignment, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 0:
            pass
        else:
            writer.int32(self.throttle_time_ms)
        if version <= 4:
            items_groups = self.groups
            writer.array_length(items_groups)
            for each_groups in items_groups:
                each_groups.write(writer, version)
        else:
            items_groups = self.groups
            writer.compact_array_length(items_groups)
            for each_groups in items_groups:
                each_groups.write(writer, version)
        if version <= 4:
            if self.unknown_tagged_fields:
                raise EncodeError(f'DescribeGroupsResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DescribeGroupsResponse:
        f_throttle_time_ms: int
        f_groups: tuple[DescribeGroupsResponse.DescribedGroup, ...]
        f_throttle_time_ms = 0 if version <= 0 else reader.int32('DescribeGroupsResponse.throttle_time_ms')
        if version <= 4:
            count_f_groups = reader.array_length('DescribeGroupsResponse.groups')
            read_f_groups = DescribeGroupsResponse.DescribedGroup.read
            f_groups = tuple([read_f_groups(reader, version) for _ in range(count_f_groups)])
        else:
            count_f_groups = reader.compact_array_length('DescribeGroupsResponse.groups')
            read_f_groups = DescribeGroupsResponse.DescribedGroup.read
            f_groups = tuple([read_f_groups(reader, version) for _ in range(count_f_groups)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 4 else reader.unknown_tagged_fields('DescribeGroupsResponse.tagged_fields')
        return _new_DescribeGroupsResponse(f_throttle_time_ms, f_groups, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DescribeGroupsResponse', 0, 5).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DescribeGroupsResponse', 0, 5).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DescribeGroupsResponse:
        check_decode_version(version, 'DescribeGroupsResponse', 0, 5)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DescribeGroupsResponse')
        return result


_SET_DescribeGroupsRequest: tuple[Any, ...] = tuple(
    vars(DescribeGroupsRequest)[name].__set__ for name in ('groups', 'include_authorized_operations', 'unknown_tagged_fields', ))


def _new_DescribeGroupsRequest(groups: tuple[str, ...], include_authorized_operations: bool, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeGroupsRequest:
    instance_: DescribeGroupsRequest = object.__new__(DescribeGroupsRequest)
    set0_, set1_, set2_, = _SET_DescribeGroupsRequest
    set0_(instance_, groups)
    set1_(instance_, include_authorized_operations)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeGroupsResponse__DescribedGroup: tuple[Any, ...] = tuple(
    vars(DescribeGroupsResponse.DescribedGroup)[name].__set__ for name in ('error_code', 'group_id', 'group_state', 'protocol_type', 'protocol_data', 'members', 'authorized_operations', 'unknown_tagged_fields', ))


def _new_DescribeGroupsResponse__DescribedGroup(error_code: int, group_id: str, group_state: str, protocol_type: str, protocol_data: str, members: tuple[DescribeGroupsResponse.DescribedGroupMember, ...], authorized_operations: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeGroupsResponse.DescribedGroup:
    instance_: DescribeGroupsResponse.DescribedGroup = object.__new__(DescribeGroupsResponse.DescribedGroup)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, = _SET_DescribeGroupsResponse__DescribedGroup
    set0_(instance_, error_code)
    set1_(instance_, group_id)
    set2_(instance_, group_state)
    set3_(instance_, protocol_type)
    set4_(instance_, protocol_data)
    set5_(instance_, members)
    set6_(instance_, authorized_operations)
    set7_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeGroupsResponse__DescribedGroupMember: tuple[Any, ...] = tuple(
    vars(DescribeGroupsResponse.DescribedGroupMember)[name].__set__ for name in ('member_id', 'group_instance_id', 'client_id', 'client_host', 'member_metadata', 'member_assignment', 'unknown_tagged_fields', ))


def _new_DescribeGroupsResponse__DescribedGroupMember(member_id: str, group_instance_id: str | None, client_id: str, client_host: str, member_metadata: bytes, member_assignment: bytes, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeGroupsResponse.DescribedGroupMember:
    instance_: DescribeGroupsResponse.DescribedGroupMember = object.__new__(DescribeGroupsResponse.DescribedGroupMember)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, = _SET_DescribeGroupsResponse__DescribedGroupMember
    set0_(instance_, member_id)
    set1_(instance_, group_instance_id)
    set2_(instance_, client_id)
    set3_(instance_, client_host)
    set4_(instance_, member_metadata)
    set5_(instance_, member_assignment)
    set6_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeGroupsResponse: tuple[Any, ...] = tuple(
    vars(DescribeGroupsResponse)[name].__set__ for name in ('throttle_time_ms', 'groups', 'unknown_tagged_fields', ))


def _new_DescribeGroupsResponse(throttle_time_ms: int, groups: tuple[DescribeGroupsResponse.DescribedGroup, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeGroupsResponse:
    instance_: DescribeGroupsResponse = object.__new__(DescribeGroupsResponse)
    set0_, set1_, set2_, = _SET_DescribeGroupsResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, groups)
    set2_(instance_, unknown_tagged_fields)
    return instance_
