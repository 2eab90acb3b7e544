# generated from JoinGroupRequest.json, JoinGroupResponse.json; do not edit
"""JoinGroup (API key 11): request and response."""

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
    require_non_null,
)

__all__ = ['JoinGroupRequest', 'JoinGroupResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class JoinGroupRequest:
    """JoinGroupRequest, API key 11: versions 0-9, flexible 6+."""

    API_KEY: ClassVar[int] = 11
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 9
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 6

    group_id: str = ''  # versions 0+
    session_timeout_ms: int = 0  # versions 0+
    rebalance_timeout_ms: int = -1  # versions 1+; ignorable
    member_id: str = ''  # versions 0+
    group_instance_id: str | None = None  # versions 5+; nullable 5+
    protocol_type: str = ''  # versions 0+
    protocols: tuple[JoinGroupRequest.JoinGroupRequestProtocol, ...] = ()  # versions 0+
    reason: str | None = None  # versions 8+; nullable 8+; ignorable
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class JoinGroupRequestProtocol:
        """JoinGroupRequest.JoinGroupRequestProtocol: versions 0+."""

        name: str = ''  # versions 0+
        metadata: bytes = b''  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 5:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
            if version <= 5:
                writer.bytes_(self.metadata)
            else:
                writer.compact_bytes(self.metadata)
            if version <= 5:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'JoinGroupRequest.JoinGroupRequestProtocol has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> JoinGroupRequest.JoinGroupRequestProtocol:
            f_name: str
            f_metadata: bytes
            f_name = reader.string('JoinGroupRequest.JoinGroupRequestProtocol.name') if version <= 5 else reader.compact_string('JoinGroupRequest.JoinGroupRequestProtocol.name')
            f_metadata = reader.bytes_('JoinGroupRequest.JoinGroupRequestProtocol.metadata') if version <= 5 else reader.compact_bytes('JoinGroupRequest.JoinGroupRequestProtocol.metadata')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 5 else reader.unknown_tagged_fields('JoinGroupRequest.JoinGroupRequestProtocol.tagged_fields')
            return _new_JoinGroupRequest__JoinGroupRequestProtocol(f_name, f_metadata, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 5:
            writer.string(self.group_id)
        else:
            writer.compact_string(self.group_id)
        writer.int32(self.session_timeout_ms)
        if version <= 0:
            pass
        else:
            writer.int32(self.rebalance_timeout_ms)
        if version <= 5:
            writer.string(self.member_id)
        else:
            writer.compact_string(self.member_id)
        if version <= 4:
            if self.group_instance_id is not None:
                raise EncodeError(f'JoinGroupRequest.group_instance_id is set, but version {version} lacks it')
        elif version <= 5:
            writer.nullable_string(self.group_instance_id)
        else:
            writer.compact_nullable_string(self.group_instance_id)
        if version <= 5:
            writer.string(self.protocol_type)
        else:
            writer.compact_string(self.protocol_type)
        if version <= 5:
            items_protocols = self.protocols
            writer.array_length(items_protocols)
            for each_protocols in items_protocols:
                each_protocols.write(writer, version)
        else:
            items_protocols = self.protocols
            writer.compact_array_length(items_protocols)
            for each_protocols in items_protocols:
                each_protocols.write(writer, version)
        if version <= 7:
            pass
        else:
            writer.compact_nullable_string(self.reason)
        if version <= 5:
            if self.unknown_tagged_fields:
                raise EncodeError(f'JoinGroupRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> JoinGroupRequest:
        f_group_id: str
        f_session_timeout_ms: int
        f_rebalance_timeout_ms: int
        f_member_id: str
        f_group_instance_id: str | None
        f_protocol_type: str
        f_protocols: tuple[JoinGroupRequest.JoinGroupRequestProtocol, ...]
        f_reason: str | None
        f_group_id = reader.string('JoinGroupRequest.group_id') if version <= 5 else reader.compact_string('JoinGroupRequest.group_id')
        f_session_timeout_ms = reader.int32('JoinGroupRequest.session_timeout_ms')
        f_rebalance_timeout_ms = -1 if version <= 0 else reader.int32('JoinGroupRequest.rebalance_timeout_ms')
        f_member_id = reader.string('JoinGroupRequest.member_id') if version <= 5 else reader.compact_string('JoinGroupRequest.member_id')
        if version <= 4:
            f_group_instance_id = None
        elif version <= 5:
            f_group_instance_id = reader.nullable_string('JoinGroupRequest.group_instance_id')
        else:
            f_group_instance_id = reader.compact_nullable_string('JoinGroupRequest.group_instance_id')
        f_protocol_type = reader.string('JoinGroupRequest.protocol_type') if version <= 5 else reader.compact_string('JoinGroupRequest.protocol_type')
        if version <= 5:
            count_f_protocols = reader.array_length('JoinGroupRequest.protocols')
            read_f_protocols = JoinGroupRequest.JoinGroupRequestProtocol.read
            f_protocols = tuple([read_f_protocols(reader, version) for _ in range(count_f_protocols)])
        else:
            count_f_protocols = reader.compact_array_length('JoinGroupRequest.protocols')
            read_f_protocols = JoinGroupRequest.JoinGroupRequestProtocol.read
            f_protocols = tuple([read_f_protocols(reader, version) for _ in range(count_f_protocols)])
        f_reason = None if version <= 7 else reader.compact_nullable_string('JoinGroupRequest.reason')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 5 else reader.unknown_tagged_fields('JoinGroupRequest.tagged_fields')
        return _new_JoinGroupRequest(f_group_id, f_session_timeout_ms, f_rebalance_timeout_ms, f_member_id, f_group_instance_id, f_protocol_type, f_protocols, f_reason, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'JoinGroupRequest', 0, 9).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'JoinGroupRequest', 0, 9).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> JoinGroupRequest:
        check_decode_version(version, 'JoinGroupRequest', 0, 9)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('JoinGroupRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class JoinGroupResponse:
    """JoinGroupResponse, API key 11: versions 0-9, flexible 6+."""

    API_KEY: ClassVar[int] = 11
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 9
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 6

    throttle_time_ms: int = 0  # versions 2+; ignorable
    error_code: int = 0  # versions 0+
    generation_id: int = -1  # versions 0+
    protocol_type: str | None = None  # versions 7+; nullable 7+; ignorable
    protocol_name: str | None = ''  # versions 0+; nullable 7+
    leader: str = ''  # versions 0+
    skip_assignment: bool = False  # versions 9+
    member_id: str = ''  # versions 0+
    members: tuple[JoinGroupResponse.JoinGroupResponseMember, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class JoinGroupResponseMember:
        """JoinGroupResponse.JoinGroupResponseMember: versions 0+."""

        member_id: str = ''  # versions 0+
        group_instance_id: str | None = None  # versions 5+; nullable 5+; ignorable
        metadata: bytes = b''  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 5:
                writer.string(self.member_id)
            else:
                writer.compact_string(self.member_id)
            if version <= 4:
                pass
            elif version <= 5:
                writer.nullable_string(self.group_instance_id)
            else:
                writer.compact_nullable_string(self.group_instance_id)
            if version <= 5:
                writer.bytes_(self.metadata)
            else:
                writer.compact_bytes(self.metadata)
            if version <= 5:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'JoinGroupResponse.JoinGroupResponseMember has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> JoinGroupResponse.JoinGroupResponseMember:
            f_member_id: str
            f_group_instance_id: str | None
            f_metadata: bytes
            f_member_id = reader.string('JoinGroupResponse.JoinGroupResponseMember.member_id') if version <= 5 else reader.compact_string('JoinGroupResponse.JoinGroupResponseMember.member_id')
            if version <= 4:
                f_group_instance_id = None
            elif version <= 5:
                f_group_instance_id = reader.nullable_string('JoinGroupResponse.JoinGroupResponseMember.group_instance_id')
            else:
                f_group_instance_id = reader.compact_nullable_string('JoinGroupResponse.JoinGroupResponseMember.group_instance_id')
            f_metadata = reader.bytes_('JoinGroupResponse.JoinGroupResponseMember.metadata') if version <= 5 else reader.compact_bytes('JoinGroupResponse.JoinGroupResponseMember.metadata')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 5 else reader.unknown_tagged_fields('JoinGroupResponse.JoinGroupResponseMember.tagged_fields')
            return _new_JoinGroupResponse__JoinGroupResponseMember(f_member_id, f_group_instance_id, f_metadata, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 1:
            pass
        else:
            writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        writer.int32(self.generation_id)
        if version <= 6:
            pass
        else:
            writer.compact_nullable_string(self.protocol_type)
        if version <= 5:
            writer.string(require_non_null(self.protocol_name, 'JoinGroupResponse.protocol_name', version))
        elif version <= 6:
            writer.compact_string(require_non_null(self.protocol_name, 'JoinGroupResponse.protocol_name', version))
        else:
            writer.compact_nullable_string(self.protocol_name)
        if version <= 5:
            writer.string(self.leader)
        else:
            writer.compact_string(self.leader)
        if version <= 8:
            if self.skip_assignment:
                raise EncodeError(f'JoinGroupResponse.skip_assignment is set, but version {version} lacks it')
        else:
            writer.boolean(self.skip_assignment)
        if version <= 5:
            writer.string(self.member_id)
        else:
            writer.compact_string(self.member_id)
        if version <= 5:
            items_members = self.members
            writer.array_length(items_members)
            for each_members in items_members:
                each_members.write(writer, version)
        else:
            items_members = self.members
            writer.compact_array_length(items_members)
            for each_members in items_members:
                each_members.write(writer, version)
        if version <= 5:
            if self.unknown_tagged_fields:
                raise EncodeError(f'JoinGroupResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> JoinGroupResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_generation_id: int
        f_protocol_type: str | None
        f_protocol_name: str | None
        f_leader: str
        f_skip_assignment: bool
        f_member_id: str
        f_members: tuple[JoinGroupResponse.JoinGroupResponseMember, ...]
        f_throttle_time_ms = 0 if version <= 1 else reader.int32('JoinGroupResponse.throttle_time_ms')
        f_error_code = reader.int16('JoinGroupResponse.error_code')
        f_generation_id = reader.int32('JoinGroupResponse.generation_id')
        f_protocol_type = None if version <= 6 else reader.compact_nullable_string('JoinGroupResponse.protocol_type')
        if version <= 5:
            f_protocol_name = reader.string('JoinGroupResponse.protocol_name')
        elif version <= 6:
            f_protocol_name = reader.compact_string('JoinGroupResponse.protocol_name')
        else:
            f_protocol_name = reader.compact_nullable_string('JoinGroupResponse.protocol_name')
        f_leader = reader.string('JoinGroupResponse.leader') if version <= 5 else reader.compact_string('JoinGroupResponse.leader')
        f_skip_assignment = False if version <= 8 else reader.boolean('JoinGroupResponse.skip_assignment')
        f_member_id = reader.string('JoinGroupResponse.member_id') if version <= 5 else reader.compact_string('JoinGroupResponse.member_id')
        if version <= 5:
            count_f_members = reader.array_length('JoinGroupResponse.members')
            read_f_members = JoinGroupResponse.JoinGroupResponseMember.read
            f_members = tuple([read_f_members(reader, version) for _ in range(count_f_members)])
        else:
            count_f_members = reader.compact_array_length('JoinGroupResponse.members')
            read_f_members = JoinGroupResponse.JoinGroupResponseMember.read
            f_members = tuple([read_f_members(reader, version) for _ in range(count_f_members)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 5 else reader.unknown_tagged_fields('JoinGroupResponse.tagged_fields')
        return _new_JoinGroupResponse(f_throttle_time_ms, f_error_code, f_generation_id, f_protocol_type, f_protocol_name, f_leader, f_skip_assignment, f_member_id, f_members, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'JoinGroupResponse', 0, 9).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'JoinGroupResponse', 0, 9).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> JoinGroupResponse:
        check_decode_version(version, 'JoinGroupResponse', 0, 9)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('JoinGroupResponse')
        return result


_SET_JoinGroupRequest__JoinGroupRequestProtocol: tuple[Any, ...] = tuple(
    vars(JoinGroupRequest.JoinGroupRequestProtocol)[name].__set__ for name in ('name', 'metadata', 'unknown_tagged_fields', ))


def _new_JoinGroupRequest__JoinGroupRequestProtocol(name: str, metadata: bytes, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> JoinGroupRequest.JoinGroupRequestProtocol:
    instance_: JoinGroupRequest.JoinGroupRequestProtocol = object.__new__(JoinGroupRequest.JoinGroupRequestProtocol)
    set0_, set1_, set2_, = _SET_JoinGroupRequest__JoinGroupRequestProtocol
    set0_(instance_, name)
    set1_(instance_, metadata)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_JoinGroupRequest: tuple[Any, ...] = tuple(
    vars(JoinGroupRequest)[name].__set__ for name in ('group_id', 'session_timeout_ms', 'rebalance_timeout_ms', 'member_id', 'group_instance_id', 'protocol_type', 'protocols', 'reason', 'unknown_tagged_fields', ))


def _new_JoinGroupRequest(group_id: str, session_timeout_ms: int, rebalance_timeout_ms: int, member_id: str, group_instance_id: str | None, protocol_type: str, protocols: tuple[JoinGroupRequest.JoinGroupRequestProtocol, ...], reason: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> JoinGroupRequest:
    instance_: JoinGroupRequest = object.__new__(JoinGroupRequest)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, = _SET_JoinGroupRequest
    set0_(instance_, group_id)
    set1_(instance_, session_timeout_ms)
    set2_(instance_, rebalance_timeout_ms)
    set3_(instance_, member_id)
    set4_(instance_, group_instance_id)
    set5_(instance_, protocol_type)
    set6_(instance_, protocols)
    set7_(instance_, reason)
    set8_(instance_, unknown_tagged_fields)
    return instance_


_SET_JoinGroupResponse__JoinGroupResponseMember: tuple[Any, ...] = tuple(
    vars(JoinGroupResponse.JoinGroupResponseMember)[name].__set__ for name in ('member_id', 'group_instance_id', 'metadata', 'unknown_tagged_fields', ))


def _new_JoinGroupResponse__JoinGroupResponseMember(member_id: str, group_instance_id: str | None, metadata: bytes, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> JoinGroupResponse.JoinGroupResponseMember:
    instance_: JoinGroupResponse.JoinGroupResponseMember = object.__new__(JoinGroupResponse.JoinGroupResponseMember)
    set0_, set1_, set2_, set3_, = _SET_JoinGroupResponse__JoinGroupResponseMember
    set0_(instance_, member_id)
    set1_(instance_, group_instance_id)
    set2_(instance_, metadata)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_JoinGroupResponse: tuple[Any, ...] = tuple(
    vars(JoinGroupResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'generation_id', 'protocol_type', 'protocol_name', 'leader', 'skip_assignment', 'member_id', 'members', 'unknown_tagged_fields', ))


def _new_JoinGroupResponse(throttle_time_ms: int, error_code: int, generation_id: int, protocol_type: str | None, protocol_name: str | None, leader: str, skip_assignment: bool, member_id: str, members: tuple[JoinGroupResponse.JoinGroupResponseMember, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> JoinGroupResponse:
    instance_: JoinGroupResponse = object.__new__(JoinGroupResponse)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, set9_, = _SET_JoinGroupResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, generation_id)
    set3_(instance_, protocol_type)
    set4_(instance_, protocol_name)
    set5_(instance_, leader)
    set6_(instance_, skip_assignment)
    set7_(instance_, member_id)
    set8_(instance_, members)
    set9_(instance_, unknown_tagged_fields)
    return instance_
