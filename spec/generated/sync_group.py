# generated from SyncGroupRequest.json, SyncGroupResponse.json; do not edit
"""SyncGroup (API key 14): request and response."""

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

__all__ = ['SyncGroupRequest', 'SyncGroupResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class SyncGroupRequest:
    """SyncGroupRequest, API key 14: versions 0-5, flexible 4+."""

    API_KEY: ClassVar[int] = 14
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 4

    group_id: str = ''  # versions 0+
    generation_id: int = 0  # versions 0+
    member_id: str = ''  # versions 0+
    group_instance_id: str | None = None  # versions 3+; nullable 3+
    protocol_type: str | None = None  # versions 5+; nullable 5+; ignorable
    protocol_name: str | None = None  # versions 5+; nullable 5+; ignorable
    assignments: tuple[SyncGroupRequest.SyncGroupRequestAssignment, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class SyncGroupRequestAssignment:
        """SyncGroupRequest.SyncGroupRequestAssignment: versions 0+."""

        member_id: str = ''  # versions 0+
        assignment: bytes = b''  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 3:
                writer.string(self.member_id)
            else:
                writer.compact_string(self.member_id)
            if version <= 3:
                writer.bytes_(self.assignment)
            else:
                writer.compact_bytes(self.assignment)
            if version <= 3:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'SyncGroupRequest.SyncGroupRequestAssignment has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> SyncGroupRequest.SyncGroupRequestAssignment:
            f_member_id: str
            f_assignment: bytes
            f_member_id = reader.string('SyncGroupRequest.SyncGroupRequestAssignment.member_id') if version <= 3 else reader.compact_string('SyncGroupRequest.SyncGroupRequestAssignment.member_id')
            f_assignment = reader.bytes_('SyncGroupRequest.SyncGroupRequestAssignment.assignment') if version <= 3 else reader.compact_bytes('SyncGroupRequest.SyncGroupRequestAssignment.assignment')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 3 else reader.unknown_tagged_fields('SyncGroupRequest.SyncGroupRequestAssignment.tagged_fields')
            return _new_SyncGroupRequest__SyncGroupRequestAssignment(f_member_id, f_assignment, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 3:
            writer.string(self.group_id)
        else:
            writer.compact_string(self.group_id)
        writer.int32(self.generation_id)
        if version <= 3:
            writer.string(self.member_id)
        else:
            writer.compact_string(self.member_id)
        if version <= 2:
            if self.group_instance_id is not None:
                raise EncodeError(f'SyncGroupRequest.group_instance_id is set, but version {version} lacks it')
        elif version <= 3:
            writer.nullable_string(self.group_instance_id)
        else:
            writer.compact_nullable_string(self.group_instance_id)
        if version <= 4:
            pass
        else:
            writer.compact_nullable_string(self.protocol_type)
        if version <= 4:
            pass
        else:
            writer.compact_nullable_string(self.protocol_name)
        if version <= 3:
            items_assignments = self.assignments
            writer.array_length(items_assignments)
            for each_assignments in items_assignments:
                each_assignments.write(writer, version)
        else:
            items_assignments = self.assignments
            writer.compact_array_length(items_assignments)
            for each_assignments in items_assignments:
                each_assignments.write(writer, version)
        if version <= 3:
            if self.unknown_tagged_fields:
                raise EncodeError(f'SyncGroupRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> SyncGroupRequest:
        f_group_id: str
        f_generation_id: int
        f_member_id: str
        f_group_instance_id: str | None
        f_protocol_type: str | None
        f_protocol_name: str | None
        f_assignments: tuple[SyncGroupRequest.SyncGroupRequestAssignment, ...]
        f_group_id = reader.string('SyncGroupRequest.group_id') if version <= 3 else reader.compact_string('SyncGroupRequest.group_id')
        f_generation_id = reader.int32('SyncGroupRequest.generation_id')
        f_member_id = reader.string('SyncGroupRequest.member_id') if version <= 3 else reader.compact_string('SyncGroupRequest.member_id')
        if version <= 2:
            f_group_instance_id = None
        elif version <= 3:
            f_group_instance_id = reader.nullable_string('SyncGroupRequest.group_instance_id')
        else:
            f_group_instance_id = reader.compact_nullable_string('SyncGroupRequest.group_instance_id')
        f_protocol_type = None if version <= 4 else reader.compact_nullable_string('SyncGroupRequest.protocol_type')
        f_protocol_name = None if version <= 4 else reader.compact_nullable_string('SyncGroupRequest.protocol_name')
        if version <= 3:
            count_f_assignments = reader.array_length('SyncGroupRequest.assignments')
            read_f_assignments = SyncGroupRequest.SyncGroupRequestAssignment.read
            f_assignments = tuple([read_f_assignments(reader, version) for _ in range(count_f_assignments)])
        else:
            count_f_assignments = reader.compact_array_length('SyncGroupRequest.assignments')
            read_f_assignments = SyncGroupRequest.SyncGroupRequestAssignment.read
            f_assignments = tuple([read_f_assignments(reader, version) for _ in range(count_f_assignments)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 3 else reader.unknown_tagged_fields('SyncGroupRequest.tagged_fields')
        return _new_SyncGroupRequest(f_group_id, f_generation_id, f_member_id, f_group_instance_id, f_protocol_type, f_protocol_name, f_assignments, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'SyncGroupRequest', 0, 5).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'SyncGroupRequest', 0, 5).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> SyncGroupRequest:
        check_decode_version(version, 'SyncGroupRequest', 0, 5)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('SyncGroupRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class SyncGroupResponse:
    """SyncGroupResponse, API key 14: versions 0-5, flexible 4+."""

    API_KEY: ClassVar[int] = 14
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 4

    throttle_time_ms: int = 0  # versions 1+; ignorable
    error_code: int = 0  # versions 0+
    protocol_type: str | None = None  # versions 5+; nullable 5+; ignorable
    protocol_name: str | None = None  # versions 5+; nullable 5+; ignorable
    assignment: bytes = b''  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        if version <= 0:
            pass
        else:
            writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        if version <= 4:
            pass
        else:
            writer.compact_nullable_string(self.protocol_type)
        if version <= 4:
            pass
        else:
            writer.compact_nullable_string(self.protocol_name)
        if version <= 3:
            writer.bytes_(self.assignment)
        else:
            writer.compact_bytes(self.assignment)
        if version <= 3:
            if self.unknown_tagged_fields:
                raise EncodeError(f'SyncGroupResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> SyncGroupResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_protocol_type: str | None
        f_protocol_name: str | None
        f_assignment: bytes
        f_throttle_time_ms = 0 if version <= 0 else reader.int32('SyncGroupResponse.throttle_time_ms')
        f_error_code = reader.int16('SyncGroupResponse.error_code')
        f_protocol_type = None if version <= 4 else reader.compact_nullable_string('SyncGroupResponse.protocol_type')
        f_protocol_name = None if version <= 4 else reader.compact_nullable_string('SyncGroupResponse.protocol_name')
        f_assignment = reader.bytes_('SyncGroupResponse.assignment') if version <= 3 else reader.compact_bytes('SyncGroupResponse.assignment')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 3 else reader.unknown_tagged_fields('SyncGroupResponse.tagged_fields')
        return _new_SyncGroupResponse(f_throttle_time_ms, f_error_code, f_protocol_type, f_protocol_name, f_assignment, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'SyncGroupResponse', 0, 5).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'SyncGroupResponse', 0, 5).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> SyncGroupResponse:
        check_decode_version(version, 'SyncGroupResponse', 0, 5)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('SyncGroupResponse')
        return result


_SET_SyncGroupRequest__SyncGroupRequestAssignment: tuple[Any, ...] = tuple(
    vars(SyncGroupRequest.SyncGroupRequestAssignment)[name].__set__ for name in ('member_id', 'assignment', 'unknown_tagged_fields', ))


def _new_SyncGroupRequest__SyncGroupRequestAssignment(member_id: str, assignment: bytes, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> SyncGroupRequest.SyncGroupRequestAssignment:
    instance_: SyncGroupRequest.SyncGroupRequestAssignment = object.__new__(SyncGroupRequest.SyncGroupRequestAssignment)
    set0_, set1_, set2_, = _SET_SyncGroupRequest__SyncGroupRequestAssignment
    set0_(instance_, member_id)
    set1_(instance_, assignment)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_SyncGroupRequest: tuple[Any, ...] = tuple(
    vars(SyncGroupRequest)[name].__set__ for name in ('group_id', 'generation_id', 'member_id', 'group_instance_id', 'protocol_type', 'protocol_name', 'assignments', 'unknown_tagged_fields', ))


def _new_SyncGroupRequest(group_id: str, generation_id: int, member_id: str, group_instance_id: str | None, protocol_type: str | None, protocol_name: str | None, assignments: tuple[SyncGroupRequest.SyncGroupRequestAssignment, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> SyncGroupRequest:
    instance_: SyncGroupRequest = object.__new__(SyncGroupRequest)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, = _SET_SyncGroupRequest
    set0_(instance_, group_id)
    set1_(instance_, generation_id)
    set2_(instance_, member_id)
    set3_(instance_, group_instance_id)
    set4_(instance_, protocol_type)
    set5_(instance_, protocol_name)
    set6_(instance_, assignments)
    set7_(instance_, unknown_tagged_fields)
    return instance_


_SET_SyncGroupResponse: tuple[Any, ...] = tuple(
    vars(SyncGroupResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'protocol_type', 'protocol_name', 'assignment', 'unknown_tagged_fields', ))


def _new_SyncGroupResponse(throttle_time_ms: int, error_code: int, protocol_type: str | None, protocol_name: str | None, assignment: bytes, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> SyncGroupResponse:
    instance_: SyncGroupResponse = object.__new__(SyncGroupResponse)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_SyncGroupResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, protocol_type)
    set3_(instance_, protocol_name)
    set4_(instance_, assignment)
    set5_(instance_, unknown_tagged_fields)
    return instance_
