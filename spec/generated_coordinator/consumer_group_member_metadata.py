# generated from ConsumerGroupMemberMetadataKey.json, ConsumerGroupMemberMetadataValue.json; do not edit
# ruff: noqa: E501
"""ConsumerGroupMemberMetadata (record type 5): key and value."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

__all__ = ['ConsumerGroupMemberMetadataKey', 'ConsumerGroupMemberMetadataValue']

@dataclass(frozen=True, slots=True, kw_only=True)
class ConsumerGroupMemberMetadataKey:
    """ConsumerGroupMemberMetadataKey, API key 5: versions 0, flexible none."""

    API_KEY: ClassVar[int] = 5
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = None

    group_id: str = ''  # versions 0
    member_id: str = ''  # versions 0

    def write(self, writer: Writer, version: int) -> None:
        writer.string(self.group_id)
        writer.string(self.member_id)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ConsumerGroupMemberMetadataKey:
        f_group_id: str
        f_member_id: str
        f_group_id = reader.string('ConsumerGroupMemberMetadataKey.group_id')
        f_member_id = reader.string('ConsumerGroupMemberMetadataKey.member_id')
        return _new_ConsumerGroupMemberMetadataKey(f_group_id, f_member_id)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ConsumerGroupMemberMetadataKey', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ConsumerGroupMemberMetadataKey', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ConsumerGroupMemberMetadataKey:
        check_decode_version(version, 'ConsumerGroupMemberMetadataKey', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ConsumerGroupMemberMetadataKey')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsumerGroupMemberMetadataValue:
    """ConsumerGroupMemberMetadataValue, API key 5: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 5
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    instance_id: str | None = ''  # versions 0+; nullable 0+
    rack_id: str | None = ''  # versions 0+; nullable 0+
    client_id: str = ''  # versions 0+
    client_host: str = ''  # versions 0+
    subscribed_topic_names: tuple[str, ...] = ()  # versions 0+
    subscribed_topic_regex: str | None = ''  # versions 0+; nullable 0+
    rebalance_timeout_ms: int = -1  # versions 0+
    server_assignor: str | None = ''  # versions 0+; nullable 0+
    classic_member_metadata: ConsumerGroupMemberMetadataValue.ClassicMemberMetadata | None = field(default_factory=lambda: _EMPTY_ConsumerGroupMemberMetadataValue__ClassicMemberMetadata)  # versions 0+; nullable 0+; tag 0 in 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ClassicMemberMetadata:
        """ConsumerGroupMemberMetadataValue.ClassicMemberMetadata: versions 0+."""

        session_timeout_ms: int = 0  # versions 0+
        supported_protocols: tuple[ConsumerGroupMemberMetadataValue.ClassicProtocol, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.session_timeout_ms)
            items_supported_protocols = self.supported_protocols
            writer.compact_array_length(items_supported_protocols)
            for each_supported_protocols in items_supported_protocols:
                each_supported_protocols.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ConsumerGroupMemberMetadataValue.ClassicMemberMetadata:
            f_session_timeout_ms: int
            f_supported_protocols: tuple[ConsumerGroupMemberMetadataValue.ClassicProtocol, ...]
            f_session_timeout_ms = reader.int32('ConsumerGroupMemberMetadataValue.ClassicMemberMetadata.session_timeout_ms')
            count_f_supported_protocols = reader.compact_array_length('ConsumerGroupMemberMetadataValue.ClassicMemberMetadata.supported_protocols')
            read_f_supported_protocols = ConsumerGroupMemberMetadataValue.ClassicProtocol.read
            f_supported_protocols = tuple([read_f_supported_protocols(reader, version) for _ in range(count_f_supported_protocols)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ConsumerGroupMemberMetadataValue.ClassicMemberMetadata.tagged_fields')
            return _new_ConsumerGroupMemberMetadataValue__ClassicMemberMetadata(f_session_timeout_ms, f_supported_protocols, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ClassicProtocol:
        """ConsumerGroupMemberMetadataValue.ClassicProtocol: versions 0+."""

        name: str = ''  # versions 0+
        metadata: bytes = b''  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.name)
            writer.compact_bytes(self.metadata)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ConsumerGroupMemberMetadataValue.ClassicProtocol:
            f_name: str
            f_metadata: bytes
            f_name = reader.compact_string('ConsumerGroupMemberMetadataValue.ClassicProtocol.name')
            f_metadata = reader.compact_bytes('ConsumerGroupMemberMetadataValue.ClassicProtocol.metadata')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ConsumerGroupMemberMetadataValue.ClassicProtocol.tagged_fields')
            return _new_ConsumerGroupMemberMetadataValue__ClassicProtocol(f_name, f_metadata, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.compact_nullable_string(self.instance_id)
        writer.compact_nullable_string(self.rack_id)
        writer.compact_string(self.client_id)
        writer.compact_string(self.client_host)
        items_subscribed_topic_names = self.subscribed_topic_names
        writer.compact_array_length(items_subscribed_topic_names)
        for each_subscribed_topic_names in items_subscribed_topic_names:
            writer.compact_string(each_subscribed_topic_names)
        writer.compact_nullable_string(self.subscribed_topic_regex)
        writer.int32(self.rebalance_timeout_ms)
        writer.compact_nullable_string(self.server_assignor)
        known: list[tuple[int, bytes]] = []
        if self.classic_member_metadata != _EMPTY_ConsumerGroupMemberMetadataValue__ClassicMemberMetadata:
            tagged = Writer()
            if self.classic_member_metadata is None:
                tagged.unsigned_varint(0)
            else:
                tagged.unsigned_varint(1)
                self.classic_member_metadata.write(tagged, version)
            known.append((0, tagged.getvalue()))
        writer.tagged_fields(known, self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ConsumerGroupMemberMetadataValue:
        f_instance_id: str | None
        f_rack_id: str | None
        f_client_id: str
        f_client_host: str
        f_subscribed_topic_names: tuple[str, ...]
        f_subscribed_topic_regex: str | None
        f_rebalance_timeout_ms: int
        f_server_assignor: str | None
        f_classic_member_metadata: ConsumerGroupMemberMetadataValue.ClassicMemberMetadata | None
        f_instance_id = reader.compact_nullable_string('ConsumerGroupMemberMetadataValue.instance_id')
        f_rack_id = reader.compact_nullable_string('ConsumerGroupMemberMetadataValue.rack_id')
        f_client_id = reader.compact_string('ConsumerGroupMemberMetadataValue.client_id')
        f_client_host = reader.compact_string('ConsumerGroupMemberMetadataValue.client_host')
        count_f_subscribed_topic_names = reader.compact_array_length('ConsumerGroupMemberMetadataValue.subscribed_topic_names')
        f_subscribed_topic_names = tuple([reader.compact_string('ConsumerGroupMemberMetadataValue.subscribed_topic_names') for _ in range(count_f_subscribed_topic_names)])
        f_subscribed_topic_regex = reader.compact_nullable_string('ConsumerGroupMemberMetadataValue.subscribed_topic_regex')
        f_rebalance_timeout_ms = reader.int32('ConsumerGroupMemberMetadataValue.rebalance_timeout_ms')
        f_server_assignor = reader.compact_nullable_string('ConsumerGroupMemberMetadataValue.server_assignor')
        f_classic_member_metadata = _EMPTY_ConsumerGroupMemberMetadataValue__ClassicMemberMetadata
        unknown: tuple[tuple[int, bytes], ...]
        unknown_list: list[tuple[int, bytes]] = []
        for _ in range(reader.tagged_field_count('ConsumerGroupMemberMetadataValue.tagged_fields')):
            tag, end = reader.tagged_field_header('ConsumerGroupMemberMetadataValue.tagged_fields')
            if tag == 0:
                f_classic_member_metadata = None if reader.unsigned_varint('ConsumerGroupMemberMetadataValue.classic_member_metadata') == 0 else ConsumerGroupMemberMetadataValue.ClassicMemberMetadata.read(reader, version)
                reader.expect_position(end, 'ConsumerGroupMemberMetadataValue.tagged_fields')
            else:
                unknown_list.append((tag, reader.raw(end - reader.position, 'ConsumerGroupMemberMetadataValue.tagged_fields')))
        unknown = tuple(unknown_list)
        return _new_ConsumerGroupMemberMetadataValue(f_instance_id, f_rack_id, f_client_id, f_client_host, f_subscribed_topic_names, f_subscribed_topic_regex, f_rebalance_timeout_ms, f_server_assignor, f_classic_member_metadata, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ConsumerGroupMemberMetadataValue', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ConsumerGroupMemberMetadataValue', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ConsumerGroupMemberMetadataValue:
        check_decode_version(version, 'ConsumerGroupMemberMetadataValue', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ConsumerGroupMemberMetadataValue')
        return result


_EMPTY_ConsumerGroupMemberMetadataValue__ClassicMemberMetadata: ConsumerGroupMemberMetadataValue.ClassicMemberMetadata = ConsumerGroupMemberMetadataValue.ClassicMemberMetadata()


_SET_ConsumerGroupMemberMetadataKey: tuple[Any, ...] = tuple(
    vars(ConsumerGroupMemberMetadataKey)[name].__set__ for name in ('group_id', 'member_id', ))


def _new_ConsumerGroupMemberMetadataKey(group_id: str, member_id: str) -> ConsumerGroupMemberMetadataKey:
    instance_: ConsumerGroupMemberMetadataKey = object.__new__(ConsumerGroupMemberMetadataKey)
    set0_, set1_, = _SET_ConsumerGroupMemberMetadataKey
    set0_(instance_, group_id)
    set1_(instance_, member_id)
    return instance_


_SET_ConsumerGroupMemberMetadataValue__ClassicMemberMetadata: tuple[Any, ...] = tuple(
    vars(ConsumerGroupMemberMetadataValue.ClassicMemberMetadata)[name].__set__ for name in ('session_timeout_ms', 'supported_protocols', 'unknown_tagged_fields', ))


def _new_ConsumerGroupMemberMetadataValue__ClassicMemberMetadata(session_timeout_ms: int, supported_protocols: tuple[ConsumerGroupMemberMetadataValue.ClassicProtocol, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ConsumerGroupMemberMetadataValue.ClassicMemberMetadata:
    instance_: ConsumerGroupMemberMetadataValue.ClassicMemberMetadata = object.__new__(ConsumerGroupMemberMetadataValue.ClassicMemberMetadata)
    set0_, set1_, set2_, = _SET_ConsumerGroupMemberMetadataValue__ClassicMemberMetadata
    set0_(instance_, session_timeout_ms)
    set1_(instance_, supported_protocols)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ConsumerGroupMemberMetadataValue__ClassicProtocol: tuple[Any, ...] = tuple(
    vars(ConsumerGroupMemberMetadataValue.ClassicProtocol)[name].__set__ for name in ('name', 'metadata', 'unknown_tagged_fields', ))


def _new_ConsumerGroupMemberMetadataValue__ClassicProtocol(name: str, metadata: bytes, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ConsumerGroupMemberMetadataValue.ClassicProtocol:
    instance_: ConsumerGroupMemberMetadataValue.ClassicProtocol = object.__new__(ConsumerGroupMemberMetadataValue.ClassicProtocol)
    set0_, set1_, set2_, = _SET_ConsumerGroupMemberMetadataValue__ClassicProtocol
    set0_(instance_, name)
    set1_(instance_, metadata)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ConsumerGroupMemberMetadataValue: tuple[Any, ...] = tuple(
    vars(ConsumerGroupMemberMetadataValue)[name].__set__ for name in ('instance_id', 'rack_id', 'client_id', 'client_host', 'subscribed_topic_names', 'subscribed_topic_regex', 'rebalance_timeout_ms', 'server_assignor', 'classic_member_metadata', 'unknown_tagged_fields', ))


def _new_ConsumerGroupMemberMetadataValue(instance_id: str | None, rack_id: str | None, client_id: str, client_host: str, subscribed_topic_names: tuple[str, ...], subscribed_topic_regex: str | None, rebalance_timeout_ms: int, server_assignor: str | None, classic_member_metadata: ConsumerGroupMemberMetadataValue.ClassicMemberMetadata | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ConsumerGroupMemberMetadataValue:
    instance_: ConsumerGroupMemberMetadataValue = object.__new__(ConsumerGroupMemberMetadataValue)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, set9_, = _SET_ConsumerGroupMemberMetadataValue
    set0_(instance_, instance_id)
    set1_(instance_, rack_id)
    set2_(instance_, client_id)
    set3_(instance_, client_host)
    set4_(instance_, subscribed_topic_names)
    set5_(instance_, subscribed_topic_regex)
    set6_(instance_, rebalance_timeout_ms)
    set7_(instance_, server_assignor)
    set8_(instance_, classic_member_metadata)
    set9_(instance_, unknown_tagged_fields)
    return instance_
