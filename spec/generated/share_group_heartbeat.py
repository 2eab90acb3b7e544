# generated from ShareGroupHeartbeatRequest.json, ShareGroupHeartbeatResponse.json; do not edit
"""ShareGroupHeartbeat (API key 76): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar
from uuid import UUID

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

_ZERO_UUID = UUID(int=0)
__all__ = ['ShareGroupHeartbeatRequest', 'ShareGroupHeartbeatResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class ShareGroupHeartbeatRequest:
    """ShareGroupHeartbeatRequest, API key 76: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 76
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    group_id: str = ''  # versions 0+
    member_id: str = ''  # versions 0+
    member_epoch: int = 0  # versions 0+
    rack_id: str | None = None  # versions 0+; nullable 0+
    subscribed_topic_names: tuple[str, ...] | None = None  # versions 0+; nullable 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        items_subscribed_topic_names: tuple[str, ...] | None
        writer.compact_string(self.group_id)
        writer.compact_string(self.member_id)
        writer.int32(self.member_epoch)
        writer.compact_nullable_string(self.rack_id)
        items_subscribed_topic_names = self.subscribed_topic_names
        writer.compact_array_length(items_subscribed_topic_names)
        if items_subscribed_topic_names is not None:
            for each_subscribed_topic_names in items_subscribed_topic_names:
                writer.compact_string(each_subscribed_topic_names)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ShareGroupHeartbeatRequest:
        f_group_id: str
        f_member_id: str
        f_member_epoch: int
        f_rack_id: str | None
        f_subscribed_topic_names: tuple[str, ...] | None
        f_group_id = reader.compact_string('ShareGroupHeartbeatRequest.group_id')
        f_member_id = reader.compact_string('ShareGroupHeartbeatRequest.member_id')
        f_member_epoch = reader.int32('ShareGroupHeartbeatRequest.member_epoch')
        f_rack_id = reader.compact_nullable_string('ShareGroupHeartbeatRequest.rack_id')
        count_f_subscribed_topic_names = reader.compact_nullable_array_length('ShareGroupHeartbeatRequest.subscribed_topic_names')
        f_subscribed_topic_names = None if count_f_subscribed_topic_names < 0 else tuple([reader.compact_string('ShareGroupHeartbeatRequest.subscribed_topic_names') for _ in range(count_f_subscribed_topic_names)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ShareGroupHeartbeatRequest.tagged_fields')
        return _new_ShareGroupHeartbeatRequest(f_group_id, f_member_id, f_member_epoch, f_rack_id, f_subscribed_topic_names, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ShareGroupHeartbeatRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ShareGroupHeartbeatRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ShareGroupHeartbeatRequest:
        check_decode_version(version, 'ShareGroupHeartbeatRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ShareGroupHeartbeatRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class ShareGroupHeartbeatResponse:
    """ShareGroupHeartbeatResponse, API key 76: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 76
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 0+
    error_message: str | None = None  # versions 0+; nullable 0+
    member_id: str | None = None  # versions 0+; nullable 0+
    member_epoch: int = 0  # versions 0+
    heartbeat_interval_ms: int = 0  # versions 0+
    assignment: ShareGroupHeartbeatResponse.Assignment | None = None  # versions 0+; nullable 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicPartitions:
        """ShareGroupHeartbeatResponse.TopicPartitions: versions 0+."""

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
        def read(cls, reader: Reader, version: int) -> ShareGroupHeartbeatResponse.TopicPartitions:
            f_topic_id: UUID
            f_partitions: tuple[int, ...]
            f_topic_id = reader.uuid('ShareGroupHeartbeatResponse.TopicPartitions.topic_id')
            count_f_partitions = reader.compact_array_length('ShareGroupHeartbeatResponse.TopicPartitions.partitions')
            f_partitions = reader.int32_items(count_f_partitions, 'ShareGroupHeartbeatResponse.TopicPartitions.partitions')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareGroupHeartbeatResponse.TopicPartitions.tagged_fields')
            return _new_ShareGroupHeartbeatResponse__TopicPartitions(f_topic_id, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class Assignment:
        """ShareGroupHeartbeatResponse.Assignment: versions 0+."""

        topic_partitions: tuple[ShareGroupHeartbeatResponse.TopicPartitions, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            items_topic_partitions = self.topic_partitions
            writer.compact_array_length(items_topic_partitions)
            for each_topic_partitions in items_topic_partitions:
                each_topic_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ShareGroupHeartbeatResponse.Assignment:
            f_topic_partitions: tuple[ShareGroupHeartbeatResponse.TopicPartitions, ...]
            count_f_topic_partitions = reader.compact_array_length('ShareGroupHeartbeatResponse.Assignment.topic_partitions')
            read_f_topic_partitions = ShareGroupHeartbeatResponse.TopicPartitions.read
            f_topic_partitions = tuple([read_f_topic_partitions(reader, version) for _ in range(count_f_topic_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareGroupHeartbeatResponse.Assignment.tagged_fields')
            return _new_ShareGroupHeartbeatResponse__Assignment(f_topic_partitions, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        writer.compact_nullable_string(self.error_message)
        writer.compact_nullable_string(self.member_id)
        writer.int32(self.member_epoch)
        writer.int32(self.heartbeat_interval_ms)
        if self.assignment is None:
            writer.int8(-1)
        else:
            writer.int8(1)
            self.assignment.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ShareGroupHeartbeatResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_error_message: str | None
        f_member_id: str | None
        f_member_epoch: int
        f_heartbeat_interval_ms: int
        f_assignment: ShareGroupHeartbeatResponse.Assignment | None
        f_throttle_time_ms = reader.int32('ShareGroupHeartbeatResponse.throttle_time_ms')
        f_error_code = reader.int16('ShareGroupHeartbeatResponse.error_code')
        f_error_message = reader.compact_nullable_string('ShareGroupHeartbeatResponse.error_message')
        f_member_id = reader.compact_nullable_string('ShareGroupHeartbeatResponse.member_id')
        f_member_epoch = reader.int32('ShareGroupHeartbeatResponse.member_epoch')
        f_heartbeat_interval_ms = reader.int32('ShareGroupHeartbeatResponse.heartbeat_interval_ms')
        f_assignment = None if reader.int8('ShareGroupHeartbeatResponse.assignment') < 0 else ShareGroupHeartbeatResponse.Assignment.read(reader, version)
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ShareGroupHeartbeatResponse.tagged_fields')
        return _new_ShareGroupHeartbeatResponse(f_throttle_time_ms, f_error_code, f_error_message, f_member_id, f_member_epoch, f_heartbeat_interval_ms, f_assignment, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ShareGroupHeartbeatResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ShareGroupHeartbeatResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ShareGroupHeartbeatResponse:
        check_decode_version(version, 'ShareGroupHeartbeatResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ShareGroupHeartbeatResponse')
        return result


_SET_ShareGroupHeartbeatRequest: tuple[Any, ...] = tuple(
    vars(ShareGroupHeartbeatRequest)[name].__set__ for name in ('group_id', 'member_id', 'member_epoch', 'rack_id', 'subscribed_topic_names', 'unknown_tagged_fields', ))


def _new_ShareGroupHeartbeatRequest(group_id: str, member_id: str, member_epoch: int, rack_id: str | None, subscribed_topic_names: tuple[str, ...] | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareGroupHeartbeatRequest:
    instance_: ShareGroupHeartbeatRequest = object.__new__(ShareGroupHeartbeatRequest)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_ShareGroupHeartbeatRequest
    set0_(instance_, group_id)
    set1_(instance_, member_id)
    set2_(instance_, member_epoch)
    set3_(instance_, rack_id)
    set4_(instance_, subscribed_topic_names)
    set5_(instance_, unknown_tagged_fields)
    return instance_


_SET_ShareGroupHeartbeatResponse__TopicPartitions: tuple[Any, ...] = tuple(
    vars(ShareGroupHeartbeatResponse.TopicPartitions)[name].__set__ for name in ('topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_ShareGroupHeartbeatResponse__TopicPartitions(topic_id: UUID, partitions: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareGroupHeartbeatResponse.TopicPartitions:
    instance_: ShareGroupHeartbeatResponse.TopicPartitions = object.__new__(ShareGroupHeartbeatResponse.TopicPartitions)
    set0_, set1_, set2_, = _SET_ShareGroupHeartbeatResponse__TopicPartitions
    set0_(instance_, topic_id)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ShareGroupHeartbeatResponse__Assignment: tuple[Any, ...] = tuple(
    vars(ShareGroupHeartbeatResponse.Assignment)[name].__set__ for name in ('topic_partitions', 'unknown_tagged_fields', ))


def _new_ShareGroupHeartbeatResponse__Assignment(topic_partitions: tuple[ShareGroupHeartbeatResponse.TopicPartitions, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareGroupHeartbeatResponse.Assignment:
    instance_: ShareGroupHeartbeatResponse.Assignment = object.__new__(ShareGroupHeartbeatResponse.Assignment)
    set0_, set1_, = _SET_ShareGroupHeartbeatResponse__Assignment
    set0_(instance_, topic_partitions)
    set1_(instance_, unknown_tagged_fields)
    return instance_


_SET_ShareGroupHeartbeatResponse: tuple[Any, ...] = tuple(
    vars(ShareGroupHeartbeatResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'error_message', 'member_id', 'member_epoch', 'heartbeat_interval_ms', 'assignment', 'unknown_tagged_fields', ))


def _new_ShareGroupHeartbeatResponse(throttle_time_ms: int, error_code: int, error_message: str | None, member_id: str | None, member_epoch: int, heartbeat_interval_ms: int, assignment: ShareGroupHeartbeatResponse.Assignment | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareGroupHeartbeatResponse:
    instance_: ShareGroupHeartbeatResponse = object.__new__(ShareGroupHeartbeatResponse)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, = _SET_ShareGroupHeartbeatResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, member_id)
    set4_(instance_, member_epoch)
    set5_(instance_, heartbeat_interval_ms)
    set6_(instance_, assignment)
    set7_(instance_, unknown_tagged_fields)
    return instance_
