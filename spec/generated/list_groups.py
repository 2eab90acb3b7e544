# generated from ListGroupsRequest.json, ListGroupsResponse.json; do not edit
"""ListGroups (API key 16): request and response."""

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

__all__ = ['ListGroupsRequest', 'ListGroupsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class ListGroupsRequest:
    """ListGroupsRequest, API key 16: versions 0-5, flexible 3+."""

    API_KEY: ClassVar[int] = 16
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 3

    states_filter: tuple[str, ...] = ()  # versions 4+
    types_filter: tuple[str, ...] = ()  # versions 5+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        if version <= 3:
            if self.states_filter != ():
                raise EncodeError(f'ListGroupsRequest.states_filter is set, but version {version} lacks it')
        else:
            items_states_filter = self.states_filter
            writer.compact_array_length(items_states_filter)
            for each_states_filter in items_states_filter:
                writer.compact_string(each_states_filter)
        if version <= 4:
            if self.types_filter != ():
                raise EncodeError(f'ListGroupsRequest.types_filter is set, but version {version} lacks it')
        else:
            items_types_filter = self.types_filter
            writer.compact_array_length(items_types_filter)
            for each_types_filter in items_types_filter:
                writer.compact_string(each_types_filter)
        if version <= 2:
            if self.unknown_tagged_fields:
                raise EncodeError(f'ListGroupsRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ListGroupsRequest:
        f_states_filter: tuple[str, ...]
        f_types_filter: tuple[str, ...]
        if version <= 3:
            f_states_filter = ()
        else:
            count_f_states_filter = reader.compact_array_length('ListGroupsRequest.states_filter')
            f_states_filter = tuple([reader.compact_string('ListGroupsRequest.states_filter') for _ in range(count_f_states_filter)])
        if version <= 4:
            f_types_filter = ()
        else:
            count_f_types_filter = reader.compact_array_length('ListGroupsRequest.types_filter')
            f_types_filter = tuple([reader.compact_string('ListGroupsRequest.types_filter') for _ in range(count_f_types_filter)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 2 else reader.unknown_tagged_fields('ListGroupsRequest.tagged_fields')
        return _new_ListGroupsRequest(f_states_filter, f_types_filter, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ListGroupsRequest', 0, 5).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ListGroupsRequest', 0, 5).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ListGroupsRequest:
        check_decode_version(version, 'ListGroupsRequest', 0, 5)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ListGroupsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class ListGroupsResponse:
    """ListGroupsResponse, API key 16: versions 0-5, flexible 3+."""

    API_KEY: ClassVar[int] = 16
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 3

    throttle_time_ms: int = 0  # versions 1+; ignorable
    error_code: int = 0  # versions 0+
    groups: tuple[ListGroupsResponse.ListedGroup, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ListedGroup:
        """ListGroupsResponse.ListedGroup: versions 0+."""

        group_id: str = ''  # versions 0+
        protocol_type: str = ''  # versions 0+
        group_state: str = ''  # versions 4+; ignorable
        group_type: str = ''  # versions 5+; ignorable
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 2:
                writer.string(self.group_id)
            else:
                writer.compact_string(self.group_id)
            if version <= 2:
                writer.string(self.protocol_type)
            else:
                writer.compact_string(self.protocol_type)
            if version <= 3:
                pass
            else:
                writer.compact_string(self.group_state)
            if version <= 4:
                pass
            else:
                writer.compact_string(self.group_type)
            if version <= 2:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'ListGroupsResponse.ListedGroup has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ListGroupsResponse.ListedGroup:
            f_group_id: str
            f_protocol_type: str
            f_group_state: str
            f_group_type: str
            f_group_id = reader.string('ListGroupsResponse.ListedGroup.group_id') if version <= 2 else reader.compact_string('ListGroupsResponse.ListedGroup.group_id')
            f_protocol_type = reader.string('ListGroupsResponse.ListedGroup.protocol_type') if version <= 2 else reader.compact_string('ListGroupsResponse.ListedGroup.protocol_type')
            f_group_state = '' if version <= 3 else reader.compact_string('ListGroupsResponse.ListedGroup.group_state')
            f_group_type = '' if version <= 4 else reader.compact_string('ListGroupsResponse.ListedGroup.group_type')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 2 else reader.unknown_tagged_fields('ListGroupsResponse.ListedGroup.tagged_fields')
            return _new_ListGroupsResponse__ListedGroup(f_group_id, f_protocol_type, f_group_state, f_group_type, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 0:
            pass
        else:
            writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        if version <= 2:
            items_groups = self.groups
            writer.array_length(items_groups)
            for each_groups in items_groups:
                each_groups.write(writer, version)
        else:
            items_groups = self.groups
            writer.compact_array_length(items_groups)
            for each_groups in items_groups:
                each_groups.write(writer, version)
        if version <= 2:
            if self.unknown_tagged_fields:
                raise EncodeError(f'ListGroupsResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ListGroupsResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_groups: tuple[ListGroupsResponse.ListedGroup, ...]
        f_throttle_time_ms = 0 if version <= 0 else reader.int32('ListGroupsResponse.throttle_time_ms')
        f_error_code = reader.int16('ListGroupsResponse.error_code')
        if version <= 2:
            count_f_groups = reader.array_length('ListGroupsResponse.groups')
            read_f_groups = ListGroupsResponse.ListedGroup.read
            f_groups = tuple([read_f_groups(reader, version) for _ in range(count_f_groups)])
        else:
            count_f_groups = reader.compact_array_length('ListGroupsResponse.groups')
            read_f_groups = ListGroupsResponse.ListedGroup.read
            f_groups = tuple([read_f_groups(reader, version) for _ in range(count_f_groups)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 2 else reader.unknown_tagged_fields('ListGroupsResponse.tagged_fields')
        return _new_ListGroupsResponse(f_throttle_time_ms, f_error_code, f_groups, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ListGroupsResponse', 0, 5).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ListGroupsResponse', 0, 5).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ListGroupsResponse:
        check_decode_version(version, 'ListGroupsResponse', 0, 5)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ListGroupsResponse')
        return result


_SET_ListGroupsRequest: tuple[Any, ...] = tuple(
    vars(ListGroupsRequest)[name].__set__ for name in ('states_filter', 'types_filter', 'unknown_tagged_fields', ))


def _new_ListGroupsRequest(states_filter: tuple[str, ...], types_filter: tuple[str, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ListGroupsRequest:
    instance_: ListGroupsRequest = object.__new__(ListGroupsRequest)
    set0_, set1_, set2_, = _SET_ListGroupsRequest
    set0_(instance_, states_filter)
    set1_(instance_, types_filter)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ListGroupsResponse__ListedGroup: tuple[Any, ...] = tuple(
    vars(ListGroupsResponse.ListedGroup)[name].__set__ for name in ('group_id', 'protocol_type', 'group_state', 'group_type', 'unknown_tagged_fields', ))


def _new_ListGroupsResponse__ListedGroup(group_id: str, protocol_type: str, group_state: str, group_type: str, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ListGroupsResponse.ListedGroup:
    instance_: ListGroupsResponse.ListedGroup = object.__new__(ListGroupsResponse.ListedGroup)
    set0_, set1_, set2_, set3_, set4_, = _SET_ListGroupsResponse__ListedGroup
    set0_(instance_, group_id)
    set1_(instance_, protocol_type)
    set2_(instance_, group_state)
    set3_(instance_, group_type)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_ListGroupsResponse: tuple[Any, ...] = tuple(
    vars(ListGroupsResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'groups', 'unknown_tagged_fields', ))


def _new_ListGroupsResponse(throttle_time_ms: int, error_code: int, groups: tuple[ListGroupsResponse.ListedGroup, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ListGroupsResponse:
    instance_: ListGroupsResponse = object.__new__(ListGroupsResponse)
    set0_, set1_, set2_, set3_, = _SET_ListGroupsResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, groups)
    set3_(instance_, unknown_tagged_fields)
    return instance_
