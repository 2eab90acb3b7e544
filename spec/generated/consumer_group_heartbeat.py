# generated from ConsumerGroupHeartbeatRequest.json, ConsumerGroupHeartbeatResponse.json; do not edit
"""ConsumerGroupHeartbeat (API key 68): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Self
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
        def read(cls, reader: Reader, version: int) -> Self:
            f_topic_id: UUID
            f_partitions: tuple[int, ...]
            f_topic_id = reader.uuid('ConsumerGroupHeartbeatRequest.TopicPartitions.topic_id')
            count_f_partitions = reader.compact_array_length('ConsumerGroupHeartbeatRequest.TopicPartitions.partitions')
            f_partitions = reader.int32_items(count_f_partitions, 'ConsumerGroupHeartbeatRequest.TopicPartitions.partitions')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ConsumerGroupHeartbeatRequest.TopicPartitions.tagged_fields')
            return cls(topic_id=f_topic_id, partitions=f_partitions, unknown_tagged_fields=unknown)

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
    def read(cls, reader: Reader, version: int) -> Self:
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
        return cls(group_id=f_group_id, member_id=f_member_id, member_epoch=f_member_epoch, instance_id=f_instance_id, rack_id=f_rack_id, rebalance_timeout_ms=f_rebalance_timeout_ms, subscribed_topic_names=f_subscribed_topic_names, subscribed_topic_regex=f_subscribed_topic_regex, server_assignor=f_server_assignor, topic_partitions=f_topic_partitions, unknown_tagged_fields=unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ConsumerGroupHeartbeatRequest', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ConsumerGroupHeartbeatRequest', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> Self:
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
        def read(cls, reader: Reader, version: int) -> Self:
            f_topic_id: UUID
            f_partitions: tuple[int, ...]
            f_topic_id = reader.uuid('ConsumerGroupHeartbeatResponse.TopicPartitions.topic_id')
            count_f_partitions = reader.compact_array_length('ConsumerGroupHeartbeatResponse.TopicPartitions.partitions')
            f_partitions = reader.int32_items(count_f_partitions, 'ConsumerGroupHeartbeatResponse.TopicPartitions.partitions')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ConsumerGroupHeartbeatResponse.TopicPartitions.tagged_fields')
            return cls(topic_id=f_topic_id, partitions=f_partitions, unknown_tagged_fields=unknown)

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
        def read(cls, reader: Reader, version: int) -> Self:
            f_topic_partitions: tuple[ConsumerGroupHeartbeatResponse.TopicPartitions, ...]
            count_f_topic_partitions = reader.compact_array_length('ConsumerGroupHeartbeatResponse.Assignment.topic_partitions')
            read_f_topic_partitions = ConsumerGroupHeartbeatResponse.TopicPartitions.read
            f_topic_partitions = tuple([read_f_topic_partitions(reader, version) for _ in range(count_f_topic_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ConsumerGroupHeartbeatResponse.Assignment.tagged_fields')
            return cls(topic_partitions=f_topic_partitions, unknown_tagged_fields=unknown)

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
    def read(cls, reader: Reader, version: int) -> Self:
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
        return cls(throttle_time_ms=f_throttle_time_ms, error_code=f_error_code, error_message=f_error_message, member_id=f_member_id, member_epoch=f_member_epoch, heartbeat_interval_ms=f_heartbeat_interval_ms, assignment=f_assignment, unknown_tagged_fields=unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ConsumerGroupHeartbeatResponse', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ConsumerGroupHeartbeatResponse', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> Self:
        check_decode_version(version, 'ConsumerGroupHeartbeatResponse', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ConsumerGroupHeartbeatResponse')
        return result
