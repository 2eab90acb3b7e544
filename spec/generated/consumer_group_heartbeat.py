# generated from ConsumerGroupHeartbeatRequest.json, ConsumerGroupHeartbeatResponse.json; do not edit
"""ConsumerGroupHeartbeat (API key 68): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar
from uuid import UUID

from spec.wire import (
    EncodeError,
    ExternalBytes,
    Reader,
    Writer,
    check_decode_version,
    encode_checked,
)

_ZERO_UUID = UUID(int=0)
__all__ = ['ConsumerGroupHeartbeatRequest', 'ConsumerGroupHeartbeatResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class ConsumerGroupHeartbeatRequest:
    """ConsumerGroupHeartbeatRequest, API key 68: versions 0-1, flexible 0+."""

    API_KEY: ClassVar[int] = 68
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    group_id: str = ''  # versions 0+
    member_id: str = ''  # versions 0+
    member_epoch: int = 0  # versions 0+
    instance_id: str | None = None  # versions 0+; nullable 0+
    rack_id: str | None = None  # versions 0+; nullable 0+
    rebalance_timeout_ms: int = -1  # versions 0+
    subscribed_topic_names: tuple[str, ...] | None = None  # versions 0+; nullable 0+
    subscribed_topic_regex: str | None = None  # versions 1+; nullable 1+
    server_assignor: str | None = None  # versions 0+; nullable 0+
    topic_partitions: tuple[ConsumerGroupHeartbeatRequest.TopicPartitions, ...] | None = None  # versions 0+; nullable 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicPartitions:
        """ConsumerGroupHeartbeatRequest.TopicPartitions: versions 0+."""

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
        def read(cls, reader: Reader, version: int) -> ConsumerGroupHeartbeatRequest.TopicPartitions:
            f_topic_id: UUID
            f_partitions: tuple[int, ...]
            f_topic_id = reader.uuid('ConsumerGroupHeartbeatRequest.TopicPartitions.topic_id')
            count_f_partitions = reader.compact_array_length('ConsumerGroupHeartbeatRequest.TopicPartitions.partitions')
            f_partitions = reader.int32_items(count_f_partitions, 'ConsumerGroupHeartbeatRequest.TopicPartitions.partitions')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ConsumerGroupHeartbeatRequest.TopicPartitions.tagged_fields')
            return _new_ConsumerGroupHeartbeatRequest__TopicPartitions(f_topic_id, f_partitions, unknown)

    def write(self, writer: Writer, version: int) -> None:
        items_subscribed_topic_names: tuple[str, ...] | None
        items_topic_partitions: tuple[ConsumerGroupHeartbeatRequest.TopicPartitions, ...] | None
        writer.compact_string(self.group_id)
        writer.compact_string(self.member_id)
        writer.int32(self.member_epoch)
        writer.compact_nullable_string(self.instance_id)
        writer.compact_nullable_string(self.rack_id)
        writer.int32(self.rebalance_timeout_ms)
        items_subscribed_topic_names = self.subscribed_topic_names
        writer.compact_array_length(items_subscribed_topic_names)
        if items_subscribed_topic_names is not None:
            for each_subscribed_topic_names in items_subscribed_topic_names:
                writer.compact_string(each_subscribed_topic_names)
        if version <= 0:
            if self.subscribed_topic_regex is not None:
                raise EncodeError(f'ConsumerGroupHeartbeatRequest.subscribed_topic_regex is set, but version {version} lacks it')
        else:
            writer.compact_nullable_string(self.subscribed_topic_regex)
        writer.compact_nullable_string(self.server_assignor)
        items_topic_partitions = self.topic_partitions
        writer.compact_array_length(items_topic_partitions)
        if items_topic_partitions is not None:
            for each_topic_partitions in items_topic_partitions:
                each_topic_partitions.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ConsumerGroupHeartbeatRequest:
        f_group_id: str
        f_member_id: str
        f_member_epoch: int
        f_instance_id: str | None
        f_rack_id: str | None
        f_rebalance_timeout_ms: int
        f_subscribed_topic_names: tuple[str, ...] | None
        f_subscribed_topic_regex: str | None
        f_server_assignor: str | None
        f_topic_partitions: tuple[ConsumerGroupHeartbeatRequest.TopicPartitions, ...] | None
        f_group_id = reader.compact_string('ConsumerGroupHeartbeatRequest.group_id')
        f_member_id = reader.compact_string('ConsumerGroupHeartbeatRequest.member_id')
        f_member_epoch = reader.int32('ConsumerGroupHeartbeatRequest.member_epoch')
        f_instance_id = reader.compact_nullable_string('ConsumerGroupHeartbeatRequest.instance_id')
        f_rack_id = reader.compact_nullable_string('ConsumerGroupHeartbeatRequest.rack_id')
        f_rebalance_timeout_ms = reader.int32('ConsumerGroupHeartbeatRequest.rebalance_timeout_ms')
        count_f_subscribed_topic_names = reader.compact_nullable_array_length('ConsumerGroupHeartbeatRequest.subscribed_topic_names')
        f_subscribed_topic_names = None if count_f_subscribed_topic_names < 0 else tuple([reader.compact_string('ConsumerGroupHeartbeatRequest.subscribed_topic_names') for _ in range(count_f_subscribed_topic_names)])
        f_subscribed_topic_regex = None if version <= 0 else reader.compact_nullable_string('ConsumerGroupHeartbeatRequest.subscribed_topic_regex')
        f_server_assignor = reader.compact_nullable_string('ConsumerGroupHeartbeatRequest.server_assignor')
        count_f_topic_partitions = reader.compact_nullable_array_length('ConsumerGroupHeartbeatRequest.topic_partitions')
        read_f_topic_partitions = ConsumerGroupHeartbeatRequest.TopicPartitions.read
        f_topic_partitions = None if count_f_topic_partitions < 0 else tuple([read_f_topic_partitions(reader, version) for _ in range(count_f_topic_partitions)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ConsumerGroupHeartbeatRequest.tagged_fields')
        return _new_ConsumerGroupHeartbeatRequest(f_group_id, f_member_id, f_member_epoch, f_instance_id, f_rack_id, f_rebalance_timeout_ms, f_subscribed_topic_names, f_subscribed_topic_regex, f_server_assignor, f_topic_partitions, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ConsumerGroupHeartbeatRequest', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ConsumerGroupHeartbeatRequest', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ConsumerGroupHeartbeatRequest:
        check_decode_version(version, 'ConsumerGroupHeartbeatRequest', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ConsumerGroupHeartbeatRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsumerGroupHeartbeatResponse:
    """ConsumerGroupHeartbeatResponse, API key 68: versions 0-1, flexible 0+."""

    API_KEY: ClassVar[int] = 68
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 0+
    error_message: str | None = None  # versions 0+; nullable 0+
    member_id: str | None = None  # versions 0+; nullable 0+
    member_epoch: int = 0  # versions 0+
    heartbeat_interval_ms: int = 0  # versions 0+
    assignment: ConsumerGroupHeartbeatResponse.Assignment | None = None  # versions 0+; nullable 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicPartitions:
        """ConsumerGroupHeartbeatResponse.TopicPartitions: versions 0+."""

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
        def read(cls, reader: Reader, version: int) -> ConsumerGroupHeartbeatResponse.TopicPartitions:
            f_topic_id: UUID
            f_partitions: tuple[int, ...]
            f_topic_id = reader.uuid('ConsumerGroupHeartbeatResponse.TopicPartitions.topic_id')
            count_f_partitions = reader.compact_array_length('ConsumerGroupHeartbeatResponse.TopicPartitions.partitions')
            f_partitions = reader.int32_items(count_f_partitions, 'ConsumerGroupHeartbeatResponse.TopicPartitions.partitions')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ConsumerGroupHeartbeatResponse.TopicPartitions.tagged_fields')
            return _new_ConsumerGroupHeartbeatResponse__TopicPartitions(f_topic_id, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class Assignment:
        """ConsumerGroupHeartbeatResponse.Assignment: versions 0+."""

        topic_partitions: tuple[ConsumerGroupHeartbeatResponse.TopicPartitions, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            items_topic_partitions = self.topic_partitions
            writer.compact_array_length(items_topic_partitions)
            for each_topic_partitions in items_topic_partitions:
                each_topic_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ConsumerGroupHeartbeatResponse.Assignment:
            f_topic_partitions: tuple[ConsumerGroupHeartbeatResponse.TopicPartitions, ...]
            count_f_topic_partitions = reader.compact_array_length('ConsumerGroupHeartbeatResponse.Assignment.topic_partitions')
            read_f_topic_partitions = ConsumerGroupHeartbeatResponse.TopicPartitions.read
            f_topic_partitions = tuple([read_f_topic_partitions(reader, version) for _ in range(count_f_topic_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ConsumerGroupHeartbeatResponse.Assignment.tagged_fields')
            return _new_ConsumerGroupHeartbeatResponse__Assignment(f_topic_partitions, unknown)

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
    def read(cls, reader: Reader, version: int) -> ConsumerGroupHeartbeatResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_error_message: str | None
        f_member_id: str | None
        f_member_epoch: int
        f_heartbeat_interval_ms: int
        f_assignment: ConsumerGroupHeartbeatResponse.Assignment | None
        f_throttle_time_ms = reader.int32('ConsumerGroupHeartbeatResponse.throttle_time_ms')
        f_error_code = reader.int16('ConsumerGroupHeartbeatResponse.error_code')
        f_error_message = reader.compact_nullable_string('ConsumerGroupHeartbeatResponse.error_message')
        f_member_id = reader.compact_nullable_string('ConsumerGroupHeartbeatResponse.member_id')
        f_member_epoch = reader.int32('ConsumerGroupHeartbeatResponse.member_epoch')
        f_heartbeat_interval_ms = reader.int32('ConsumerGroupHeartbeatResponse.heartbeat_interval_ms')
        f_assignment = None if reader.int8('ConsumerGroupHeartbeatResponse.assignment') < 0 else ConsumerGroupHeartbeatResponse.Assignment.read(reader, version)
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ConsumerGroupHeartbeatResponse.tagged_fields')
        return _new_ConsumerGroupHeartbeatResponse(f_throttle_time_ms, f_error_code, f_error_message, f_member_id, f_member_epoch, f_heartbeat_interval_ms, f_assignment, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ConsumerGroupHeartbeatResponse', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ConsumerGroupHeartbeatResponse', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ConsumerGroupHeartbeatResponse:
        check_decode_version(version, 'ConsumerGroupHeartbeatResponse', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ConsumerGroupHeartbeatResponse')
        return result


_SET_ConsumerGroupHeartbeatRequest__TopicPartitions: tuple[Any, ...] = tuple(
    vars(ConsumerGroupHeartbeatRequest.TopicPartitions)[name].__set__ for name in ('topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_ConsumerGroupHeartbeatRequest__TopicPartitions(topic_id: UUID, partitions: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ConsumerGroupHeartbeatRequest.TopicPartitions:
    instance_: ConsumerGroupHeartbeatRequest.TopicPartitions = object.__new__(ConsumerGroupHeartbeatRequest.TopicPartitions)
    set0_, set1_, set2_, = _SET_ConsumerGroupHeartbeatRequest__TopicPartitions
    set0_(instance_, topic_id)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ConsumerGroupHeartbeatRequest: tuple[Any, ...] = tuple(
    vars(ConsumerGroupHeartbeatRequest)[name].__set__ for name in ('group_id', 'member_id', 'member_epoch', 'instance_id', 'rack_id', 'rebalance_timeout_ms', 'subscribed_topic_names', 'subscribed_topic_regex', 'server_assignor', 'topic_partitions', 'unknown_tagged_fields', ))


def _new_ConsumerGroupHeartbeatRequest(group_id: str, member_id: str, member_epoch: int, instance_id: str | None, rack_id: str | None, rebalance_timeout_ms: int, subscribed_topic_names: tuple[str, ...] | None, subscribed_topic_regex: str | None, server_assignor: str | None, topic_partitions: tuple[ConsumerGroupHeartbeatRequest.TopicPartitions, ...] | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ConsumerGroupHeartbeatRequest:
    instance_: ConsumerGroupHeartbeatRequest = object.__new__(ConsumerGroupHeartbeatRequest)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, set9_, set10_, = _SET_ConsumerGroupHeartbeatRequest
    set0_(instance_, group_id)
    set1_(instance_, member_id)
    set2_(instance_, member_epoch)
    set3_(instance_, instance_id)
    set4_(instance_, rack_id)
    set5_(instance_, rebalance_timeout_ms)
    set6_(instance_, subscribed_topic_names)
    set7_(instance_, subscribed_topic_regex)
    set8_(instance_, server_assignor)
    set9_(instance_, topic_partitions)
    set10_(instance_, unknown_tagged_fields)
    return instance_


_SET_ConsumerGroupHeartbeatResponse__TopicPartitions: tuple[Any, ...] = tuple(
    vars(ConsumerGroupHeartbeatResponse.TopicPartitions)[name].__set__ for name in ('topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_ConsumerGroupHeartbeatResponse__TopicPartitions(topic_id: UUID, partitions: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ConsumerGroupHeartbeatResponse.TopicPartitions:
    instance_: ConsumerGroupHeartbeatResponse.TopicPartitions = object.__new__(ConsumerGroupHeartbeatResponse.TopicPartitions)
    set0_, set1_, set2_, = _SET_ConsumerGroupHeartbeatResponse__TopicPartitions
    set0_(instance_, topic_id)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ConsumerGroupHeartbeatResponse__Assignment: tuple[Any, ...] = tuple(
    vars(ConsumerGroupHeartbeatResponse.Assignment)[name].__set__ for name in ('topic_partitions', 'unknown_tagged_fields', ))


def _new_ConsumerGroupHeartbeatResponse__Assignment(topic_partitions: tuple[ConsumerGroupHeartbeatResponse.TopicPartitions, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ConsumerGroupHeartbeatResponse.Assignment:
    instance_: ConsumerGroupHeartbeatResponse.Assignment = object.__new__(ConsumerGroupHeartbeatResponse.Assignment)
    set0_, set1_, = _SET_ConsumerGroupHeartbeatResponse__Assignment
    set0_(instance_, topic_partitions)
    set1_(instance_, unknown_tagged_fields)
    return instance_


_SET_ConsumerGroupHeartbeatResponse: tuple[Any, ...] = tuple(
    vars(ConsumerGroupHeartbeatResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'error_message', 'member_id', 'member_epoch', 'heartbeat_interval_ms', 'assignment', 'unknown_tagged_fields', ))


def _new_ConsumerGroupHeartbeatResponse(throttle_time_ms: int, error_code: int, error_message: str | None, member_id: str | None, member_epoch: int, heartbeat_interval_ms: int, assignment: ConsumerGroupHeartbeatResponse.Assignment | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ConsumerGroupHeartbeatResponse:
    instance_: ConsumerGroupHeartbeatResponse = object.__new__(ConsumerGroupHeartbeatResponse)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, = _SET_ConsumerGroupHeartbeatResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, member_id)
    set4_(instance_, member_epoch)
    set5_(instance_, heartbeat_interval_ms)
    set6_(instance_, assignment)
    set7_(instance_, unknown_tagged_fields)
    return instance_
