# generated from LeaveGroupRequest.json, LeaveGroupResponse.json; do not edit
"""LeaveGroup (API key 13): request and response."""

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

__all__ = ['LeaveGroupRequest', 'LeaveGroupResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class LeaveGroupRequest:
    """LeaveGroupRequest, API key 13: versions 0-5, flexible 4+."""

    API_KEY: ClassVar[int] = 13
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 4

    group_id: str = ''  # versions 0+
    member_id: str = ''  # versions 0-2
    members: tuple[LeaveGroupRequest.MemberIdentity, ...] = ()  # versions 3+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class MemberIdentity:
        """LeaveGroupRequest.MemberIdentity: versions 3+."""

        member_id: str = ''  # versions 3+
        group_instance_id: str | None = None  # versions 3+; nullable 3+
        reason: str | None = None  # versions 5+; nullable 5+; ignorable
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 3:
                writer.string(self.member_id)
            else:
                writer.compact_string(self.member_id)
            if version <= 3:
                writer.nullable_string(self.group_instance_id)
            else:
                writer.compact_nullable_string(self.group_instance_id)
            if version <= 4:
                pass
            else:
                writer.compact_nullable_string(self.reason)
            if version <= 3:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'LeaveGroupRequest.MemberIdentity has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> LeaveGroupRequest.MemberIdentity:
            f_member_id: str
            f_group_instance_id: str | None
            f_reason: str | None
            f_member_id = reader.string('LeaveGroupRequest.MemberIdentity.member_id') if version <= 3 else reader.compact_string('LeaveGroupRequest.MemberIdentity.member_id')
            f_group_instance_id = reader.nullable_string('LeaveGroupRequest.MemberIdentity.group_instance_id') if version <= 3 else reader.compact_nullable_string('LeaveGroupRequest.MemberIdentity.group_instance_id')
            f_reason = None if version <= 4 else reader.compact_nullable_string('LeaveGroupRequest.MemberIdentity.reason')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 3 else reader.unknown_tagged_fields('LeaveGroupRequest.MemberIdentity.tagged_fields')
            return _new_LeaveGroupRequest__MemberIdentity(f_member_id, f_group_instance_id, f_reason, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 3:
            writer.string(self.group_id)
        else:
            writer.compact_string(self.group_id)
        if version <= 2:
            writer.string(self.member_id)
        else:
            if self.member_id != '':
                raise EncodeError(f'LeaveGroupRequest.member_id is set, but version {version} lacks it')
        if version <= 2:
            if self.members != ():
                raise EncodeError(f'LeaveGroupRequest.members is set, but version {version} lacks it')
        elif version <= 3:
            items_members = self.members
            writer.array_length(items_members)
            for each_members in items_members:
                each_members.write(writer, version)
        else:
            items_members = self.members
            writer.compact_array_length(items_members)
            for each_members in items_members:
                each_members.write(writer, version)
        if version <= 3:
            if self.unknown_tagged_fields:
                raise EncodeError(f'LeaveGroupRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> LeaveGroupRequest:
        f_group_id: str
        f_member_id: str
        f_members: tuple[LeaveGroupRequest.MemberIdentity, ...]
        f_group_id = reader.string('LeaveGroupRequest.group_id') if version <= 3 else reader.compact_string('LeaveGroupRequest.group_id')
        f_member_id = reader.string('LeaveGroupRequest.member_id') if version <= 2 else ''
        if version <= 2:
            f_members = ()
        elif version <= 3:
            count_f_members = reader.array_length('LeaveGroupRequest.members')
            read_f_members = LeaveGroupRequest.MemberIdentity.read
            f_members = tuple([read_f_members(reader, version) for _ in range(count_f_members)])
        else:
            count_f_members = reader.compact_array_length('LeaveGroupRequest.members')
            read_f_members = LeaveGroupRequest.MemberIdentity.read
            f_members = tuple([read_f_members(reader, version) for _ in range(count_f_members)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 3 else reader.unknown_tagged_fields('LeaveGroupRequest.tagged_fields')
        return _new_LeaveGroupRequest(f_group_id, f_member_id, f_members, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'LeaveGroupRequest', 0, 5).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'LeaveGroupRequest', 0, 5).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> LeaveGroupRequest:
        check_decode_version(version, 'LeaveGroupRequest', 0, 5)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('LeaveGroupRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class LeaveGroupResponse:
    """LeaveGroupResponse, API key 13: versions 0-5, flexible 4+."""

    API_KEY: ClassVar[int] = 13
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 4

    throttle_time_ms: int = 0  # versions 1+; ignorable
    error_code: int = 0  # versions 0+
    members: tuple[LeaveGroupResponse.MemberResponse, ...] = ()  # versions 3+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class MemberResponse:
        """LeaveGroupResponse.MemberResponse: versions 3+."""

        member_id: str = ''  # versions 3+
        group_instance_id: str | None = ''  # versions 3+; nullable 3+
        error_code: int = 0  # versions 3+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 3:
                writer.string(self.member_id)
            else:
                writer.compact_string(self.member_id)
            if version <= 3:
                writer.nullable_string(self.group_instance_id)
            else:
                writer.compact_nullable_string(self.group_instance_id)
            writer.int16(self.error_code)
            if version <= 3:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'LeaveGroupResponse.MemberResponse has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> LeaveGroupResponse.MemberResponse:
            f_member_id: str
            f_group_instance_id: str | None
            f_error_code: int
            f_member_id = reader.string('LeaveGroupResponse.MemberResponse.member_id') if version <= 3 else reader.compact_string('LeaveGroupResponse.MemberResponse.member_id')
            f_group_instance_id = reader.nullable_string('LeaveGroupResponse.MemberResponse.group_instance_id') if version <= 3 else reader.compact_nullable_string('LeaveGroupResponse.MemberResponse.group_instance_id')
            f_error_code = reader.int16('LeaveGroupResponse.MemberResponse.error_code')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 3 else reader.unknown_tagged_fields('LeaveGroupResponse.MemberResponse.tagged_fields')
            return _new_LeaveGroupResponse__MemberResponse(f_member_id, f_group_instance_id, f_error_code, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 0:
            pass
        else:
            writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        if version <= 2:
            if self.members != ():
                raise EncodeError(f'LeaveGroupResponse.members is set, but version {version} lacks it')
        elif version <= 3:
            items_members = self.members
            writer.array_length(items_members)
            for each_members in items_members:
                each_members.write(writer, version)
        else:
            items_members = self.members
            writer.compact_array_length(items_members)
            for each_members in items_members:
                each_members.write(writer, version)
        if version <= 3:
            if self.unknown_tagged_fields:
                raise EncodeError(f'LeaveGroupResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> LeaveGroupResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_members: tuple[LeaveGroupResponse.MemberResponse, ...]
        f_throttle_time_ms = 0 if version <= 0 else reader.int32('LeaveGroupResponse.throttle_time_ms')
        f_error_code = reader.int16('LeaveGroupResponse.error_code')
        if version <= 2:
            f_members = ()
        elif version <= 3:
            count_f_members = reader.array_length('LeaveGroupResponse.members')
            read_f_members = LeaveGroupResponse.MemberResponse.read
            f_members = tuple([read_f_members(reader, version) for _ in range(count_f_members)])
        else:
            count_f_members = reader.compact_array_length('LeaveGroupResponse.members')
            read_f_members = LeaveGroupResponse.MemberResponse.read
            f_members = tuple([read_f_members(reader, version) for _ in range(count_f_members)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 3 else reader.unknown_tagged_fields('LeaveGroupResponse.tagged_fields')
        return _new_LeaveGroupResponse(f_throttle_time_ms, f_error_code, f_members, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'LeaveGroupResponse', 0, 5).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'LeaveGroupResponse', 0, 5).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> LeaveGroupResponse:
        check_decode_version(version, 'LeaveGroupResponse', 0, 5)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('LeaveGroupResponse')
        return result


_SET_LeaveGroupRequest__MemberIdentity: tuple[Any, ...] = tuple(
    vars(LeaveGroupRequest.MemberIdentity)[name].__set__ for name in ('member_id', 'group_instance_id', 'reason', 'unknown_tagged_fields', ))


def _new_LeaveGroupRequest__MemberIdentity(member_id: str, group_instance_id: str | None, reason: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> LeaveGroupRequest.MemberIdentity:
    instance_: LeaveGroupRequest.MemberIdentity = object.__new__(LeaveGroupRequest.MemberIdentity)
    set0_, set1_, set2_, set3_, = _SET_LeaveGroupRequest__MemberIdentity
    set0_(instance_, member_id)
    set1_(instance_, group_instance_id)
    set2_(instance_, reason)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_LeaveGroupRequest: tuple[Any, ...] = tuple(
    vars(LeaveGroupRequest)[name].__set__ for name in ('group_id', 'member_id', 'members', 'unknown_tagged_fields', ))


def _new_LeaveGroupRequest(group_id: str, member_id: str, members: tuple[LeaveGroupRequest.MemberIdentity, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> LeaveGroupRequest:
    instance_: LeaveGroupRequest = object.__new__(LeaveGroupRequest)
    set0_, set1_, set2_, set3_, = _SET_LeaveGroupRequest
    set0_(instance_, group_id)
    set1_(instance_, member_id)
    set2_(instance_, members)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_LeaveGroupResponse__MemberResponse: tuple[Any, ...] = tuple(
    vars(LeaveGroupResponse.MemberResponse)[name].__set__ for name in ('member_id', 'group_instance_id', 'error_code', 'unknown_tagged_fields', ))


def _new_LeaveGroupResponse__MemberResponse(member_id: str, group_instance_id: str | None, error_code: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> LeaveGroupResponse.MemberResponse:
    instance_: LeaveGroupResponse.MemberResponse = object.__new__(LeaveGroupResponse.MemberResponse)
    set0_, set1_, set2_, set3_, = _SET_LeaveGroupResponse__MemberResponse
    set0_(instance_, member_id)
    set1_(instance_, group_instance_id)
    set2_(instance_, error_code)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_LeaveGroupResponse: tuple[Any, ...] = tuple(
    vars(LeaveGroupResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'members', 'unknown_tagged_fields', ))


def _new_LeaveGroupResponse(throttle_time_ms: int, error_code: int, members: tuple[LeaveGroupResponse.MemberResponse, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> LeaveGroupResponse:
    instance_: LeaveGroupResponse = object.__new__(LeaveGroupResponse)
    set0_, set1_, set2_, set3_, = _SET_LeaveGroupResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, members)
    set3_(instance_, unknown_tagged_fields)
    return instance_
