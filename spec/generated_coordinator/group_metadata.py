# generated from GroupMetadataKey.json, GroupMetadataValue.json; do not edit
# ruff: noqa: E501
"""GroupMetadata (record type 2): key and value."""

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

__all__ = ['GroupMetadataKey', 'GroupMetadataValue']

@dataclass(frozen=True, slots=True, kw_only=True)
class GroupMetadataKey:
    """GroupMetadataKey, API key 2: versions 0, flexible none."""

    API_KEY: ClassVar[int] = 2
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = None

    group: str = ''  # versions 0

    def write(self, writer: Writer, version: int) -> None:
        writer.string(self.group)

    @classmethod
    def read(cls, reader: Reader, version: int) -> GroupMetadataKey:
        f_group: str
        f_group = reader.string('GroupMetadataKey.group')
        return _new_GroupMetadataKey(f_group)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'GroupMetadataKey', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'GroupMetadataKey', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> GroupMetadataKey:
        check_decode_version(version, 'GroupMetadataKey', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('GroupMetadataKey')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class GroupMetadataValue:
    """GroupMetadataValue, API key 2: versions 0-4, flexible 4+."""

    API_KEY: ClassVar[int] = 2
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 4

    protocol_type: str = ''  # versions 0+
    generation: int = 0  # versions 0+
    protocol: str | None = ''  # versions 0+; nullable 0+
    leader: str | None = ''  # versions 0+; nullable 0+
    current_state_timestamp: int = -1  # versions 2+; ignorable
    members: tuple[GroupMetadataValue.MemberMetadata, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class MemberMetadata:
        """GroupMetadataValue.MemberMetadata: versions 0+."""

        member_id: str = ''  # versions 0+
        group_instance_id: str | None = None  # versions 3+; nullable 3+; ignorable
        client_id: str = ''  # versions 0+
        client_host: str = ''  # versions 0+
        rebalance_timeout: int = -1  # versions 1+; ignorable
        session_timeout: int = 0  # versions 0+
        subscription: bytes = b''  # versions 0+
        assignment: bytes = b''  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 3:
                writer.string(self.member_id)
            else:
                writer.compact_string(self.member_id)
            if version <= 2:
                pass
            elif version <= 3:
                writer.nullable_string(self.group_instance_id)
            else:
                writer.compact_nullable_string(self.group_instance_id)
            if version <= 3:
                writer.string(self.client_id)
            else:
                writer.compact_string(self.client_id)
            if version <= 3:
                writer.string(self.client_host)
            else:
                writer.compact_string(self.client_host)
            if version <= 0:
                pass
            else:
                writer.int32(self.rebalance_timeout)
            writer.int32(self.session_timeout)
            if version <= 3:
                writer.bytes_(self.subscription)
            else:
                writer.compact_bytes(self.subscription)
            if version <= 3:
                writer.bytes_(self.assignment)
            else:
                writer.compact_bytes(self.assignment)
            if version <= 3:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'GroupMetadataValue.MemberMetadata has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> GroupMetadataValue.MemberMetadata:
            f_member_id: str
            f_group_instance_id: str | None
            f_client_id: str
            f_client_host: str
            f_rebalance_timeout: int
            f_session_timeout: int
            f_subscription: bytes
            f_assignment: bytes
            f_member_id = reader.string('GroupMetadataValue.MemberMetadata.member_id') if version <= 3 else reader.compact_string('GroupMetadataValue.MemberMetadata.member_id')
            if version <= 2:
                f_group_instance_id = None
            elif version <= 3:
                f_group_instance_id = reader.nullable_string('GroupMetadataValue.MemberMetadata.group_instance_id')
            else:
                f_group_instance_id = reader.compact_nullable_string('GroupMetadataValue.MemberMetadata.group_instance_id')
            f_client_id = reader.string('GroupMetadataValue.MemberMetadata.client_id') if version <= 3 else reader.compact_string('GroupMetadataValue.MemberMetadata.client_id')
            f_client_host = reader.string('GroupMetadataValue.MemberMetadata.client_host') if version <= 3 else reader.compact_string('GroupMetadataValue.MemberMetadata.client_host')
            f_rebalance_timeout = -1 if version <= 0 else reader.int32('GroupMetadataValue.MemberMetadata.rebalance_timeout')
            f_session_timeout = reader.int32('GroupMetadataValue.MemberMetadata.session_timeout')
            f_subscription = reader.bytes_('GroupMetadataValue.MemberMetadata.subscription') if version <= 3 else reader.compact_bytes('GroupMetadataValue.MemberMetadata.subscription')
            f_assignment = reader.bytes_('GroupMetadataValue.MemberMetadata.assignment') if version <= 3 else reader.compact_bytes('GroupMetadataValue.MemberMetadata.assignment')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 3 else reader.unknown_tagged_fields('GroupMetadataValue.MemberMetadata.tagged_fields')
            return _new_GroupMetadataValue__MemberMetadata(f_member_id, f_group_instance_id, f_client_id, f_client_host, f_rebalance_timeout, f_session_timeout, f_subscription, f_assignment, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 3:
            writer.string(self.protocol_type)
        else:
            writer.compact_string(self.protocol_type)
        writer.int32(self.generation)
        if version <= 3:
            writer.nullable_string(self.protocol)
        else:
            writer.compact_nullable_string(self.protocol)
        if version <= 3:
            writer.nullable_string(self.leader)
        else:
            writer.compact_nullable_string(self.leader)
        if version <= 1:
            pass
        else:
            writer.int64(self.current_state_timestamp)
        if version <= 3:
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
                raise EncodeError(f'GroupMetadataValue has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> GroupMetadataValue:
        f_protocol_type: str
        f_generation: int
        f_protocol: str | None
        f_leader: str | None
        f_current_state_timestamp: int
        f_members: tuple[GroupMetadataValue.MemberMetadata, ...]
        f_protocol_type = reader.string('GroupMetadataValue.protocol_type') if version <= 3 else reader.compact_string('GroupMetadataValue.protocol_type')
        f_generation = reader.int32('GroupMetadataValue.generation')
        f_protocol = reader.nullable_string('GroupMetadataValue.protocol') if version <= 3 else reader.compact_nullable_string('GroupMetadataValue.protocol')
        f_leader = reader.nullable_string('GroupMetadataValue.leader') if version <= 3 else reader.compact_nullable_string('GroupMetadataValue.leader')
        f_current_state_timestamp = -1 if version <= 1 else reader.int64('GroupMetadataValue.current_state_timestamp')
        if version <= 3:
            count_f_members = reader.array_length('GroupMetadataValue.members')
            read_f_members = GroupMetadataValue.MemberMetadata.read
            f_members = tuple([read_f_members(reader, version) for _ in range(count_f_members)])
        else:
            count_f_members = reader.compact_array_length('GroupMetadataValue.members')
            read_f_members = GroupMetadataValue.MemberMetadata.read
            f_members = tuple([read_f_members(reader, version) for _ in range(count_f_members)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 3 else reader.unknown_tagged_fields('GroupMetadataValue.tagged_fields')
        return _new_GroupMetadataValue(f_protocol_type, f_generation, f_protocol, f_leader, f_current_state_timestamp, f_members, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'GroupMetadataValue', 0, 4).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'GroupMetadataValue', 0, 4).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> GroupMetadataValue:
        check_decode_version(version, 'GroupMetadataValue', 0, 4)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('GroupMetadataValue')
        return result


_SET_GroupMetadataKey: tuple[Any, ...] = tuple(
    vars(GroupMetadataKey)[name].__set__ for name in ('group', ))


def _new_GroupMetadataKey(group: str) -> GroupMetadataKey:
    instance_: GroupMetadataKey = object.__new__(GroupMetadataKey)
    set0_, = _SET_GroupMetadataKey
    set0_(instance_, group)
    return instance_


_SET_GroupMetadataValue__MemberMetadata: tuple[Any, ...] = tuple(
    vars(GroupMetadataValue.MemberMetadata)[name].__set__ for name in ('member_id', 'group_instance_id', 'client_id', 'client_host', 'rebalance_timeout', 'session_timeout', 'subscription', 'assignment', 'unknown_tagged_fields', ))


def _new_GroupMetadataValue__MemberMetadata(member_id: str, group_instance_id: str | None, client_id: str, client_host: str, rebalance_timeout: int, session_timeout: int, subscription: bytes, assignment: bytes, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> GroupMetadataValue.MemberMetadata:
    instance_: GroupMetadataValue.MemberMetadata = object.__new__(GroupMetadataValue.MemberMetadata)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, = _SET_GroupMetadataValue__MemberMetadata
    set0_(instance_, member_id)
    set1_(instance_, group_instance_id)
    set2_(instance_, client_id)
    set3_(instance_, client_host)
    set4_(instance_, rebalance_timeout)
    set5_(instance_, session_timeout)
    set6_(instance_, subscription)
    set7_(instance_, assignment)
    set8_(instance_, unknown_tagged_fields)
    return instance_


_SET_GroupMetadataValue: tuple[Any, ...] = tuple(
    vars(GroupMetadataValue)[name].__set__ for name in ('protocol_type', 'generation', 'protocol', 'leader', 'current_state_timestamp', 'members', 'unknown_tagged_fields', ))


def _new_GroupMetadataValue(protocol_type: str, generation: int, protocol: str | None, leader: str | None, current_state_timestamp: int, members: tuple[GroupMetadataValue.MemberMetadata, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> GroupMetadataValue:
    instance_: GroupMetadataValue = object.__new__(GroupMetadataValue)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, = _SET_GroupMetadataValue
    set0_(instance_, protocol_type)
    set1_(instance_, generation)
    set2_(instance_, protocol)
    set3_(instance_, leader)
    set4_(instance_, current_state_timestamp)
    set5_(instance_, members)
    set6_(instance_, unknown_tagged_fields)
    return instance_
