# generated from DescribeTopicPartitionsRequest.json, DescribeTopicPartitionsResponse.json; do not edit
"""DescribeTopicPartitions (API key 75): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar
from uuid import UUID

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

_ZERO_UUID = UUID(int=0)
__all__ = ['DescribeTopicPartitionsRequest', 'DescribeTopicPartitionsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class DescribeTopicPartitionsRequest:
    """DescribeTopicPartitionsRequest, API key 75: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 75
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    topics: tuple[DescribeTopicPartitionsRequest.TopicRequest, ...] = ()  # versions 0+
    response_partition_limit: int = 2000  # versions 0+
    cursor: DescribeTopicPartitionsRequest.Cursor | None = None  # versions 0+; nullable 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicRequest:
        """DescribeTopicPartitionsRequest.TopicRequest: versions 0+."""

        name: str = ''  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.name)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeTopicPartitionsRequest.TopicRequest:
            f_name: str
            f_name = reader.compact_string('DescribeTopicPartitionsRequest.TopicRequest.name')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DescribeTopicPartitionsRequest.TopicRequest.tagged_fields')
            return _new_DescribeTopicPartitionsRequest__TopicRequest(f_name, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class Cursor:
        """DescribeTopicPartitionsRequest.Cursor: versions 0+."""

        topic_name: str = ''  # versions 0+
        partition_index: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.topic_name)
            writer.int32(self.partition_index)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeTopicPartitionsRequest.Cursor:
            f_topic_name: str
            f_partition_index: int
            f_topic_name = reader.compact_string('DescribeTopicPartitionsRequest.Cursor.topic_name')
            f_partition_index = reader.int32('DescribeTopicPartitionsRequest.Cursor.partition_index')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DescribeTopicPartitionsRequest.Cursor.tagged_fields')
            return _new_DescribeTopicPartitionsRequest__Cursor(f_topic_name, f_partition_index, unknown)

    def write(self, writer: Writer, version: int) -> None:
        items_topics = self.topics
        writer.compact_array_length(items_topics)
        for each_topics in items_topics:
            each_topics.write(writer, version)
        writer.int32(self.response_partition_limit)
        if self.cursor is None:
            writer.int8(-1)
        else:
            writer.int8(1)
            self.cursor.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DescribeTopicPartitionsRequest:
        f_topics: tuple[DescribeTopicPartitionsRequest.TopicRequest, ...]
        f_response_partition_limit: int
        f_cursor: DescribeTopicPartitionsRequest.Cursor | None
        count_f_topics = reader.compact_array_length('DescribeTopicPartitionsRequest.topics')
        read_f_topics = DescribeTopicPartitionsRequest.TopicRequest.read
        f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        f_response_partition_limit = reader.int32('DescribeTopicPartitionsRequest.response_partition_limit')
        f_cursor = None if reader.int8('DescribeTopicPartitionsRequest.cursor') < 0 else DescribeTopicPartitionsRequest.Cursor.read(reader, version)
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('DescribeTopicPartitionsRequest.tagged_fields')
        return _new_DescribeTopicPartitionsRequest(f_topics, f_response_partition_limit, f_cursor, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DescribeTopicPartitionsRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DescribeTopicPartitionsRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DescribeTopicPartitionsRequest:
        check_decode_version(version, 'DescribeTopicPartitionsRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DescribeTopicPartitionsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class DescribeTopicPartitionsResponse:
    """DescribeTopicPartitionsResponse, API key 75: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 75
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+; ignorable
    topics: tuple[DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic, ...] = ()  # versions 0+
    next_cursor: DescribeTopicPartitionsResponse.Cursor | None = None  # versions 0+; nullable 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DescribeTopicPartitionsResponseTopic:
        """DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic: versions 0+."""

        error_code: int = 0  # versions 0+
        name: str | None = ''  # versions 0+; nullable 0+
        topic_id: UUID = _ZERO_UUID  # versions 0+; ignorable
        is_internal: bool = False  # versions 0+; ignorable
        partitions: tuple[DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition, ...] = ()  # versions 0+
        topic_authorized_operations: int = -2147483648  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int16(self.error_code)
            writer.compact_nullable_string(self.name)
            writer.uuid(self.topic_id)
            writer.boolean(self.is_internal)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)
            writer.int32(self.topic_authorized_operations)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic:
            f_error_code: int
            f_name: str | None
            f_topic_id: UUID
            f_is_internal: bool
            f_partitions: tuple[DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition, ...]
            f_topic_authorized_operations: int
            f_error_code = reader.int16('DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.error_code')
            f_name = reader.compact_nullable_string('DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.name')
            f_topic_id = reader.uuid('DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.topic_id')
            f_is_internal = reader.boolean('DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.is_internal')
            count_f_partitions = reader.compact_array_length('DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.partitions')
            read_f_partitions = DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            f_topic_authorized_operations = reader.int32('DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.topic_authorized_operations')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.tagged_fields')
            return _new_DescribeTopicPartitionsResponse__DescribeTopicPartitionsResponseTopic(f_error_code, f_name, f_topic_id, f_is_internal, f_partitions, f_topic_authorized_operations, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DescribeTopicPartitionsResponsePartition:
        """DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition: versions 0+."""

        error_code: int = 0  # versions 0+
        partition_index: int = 0  # versions 0+
        leader_id: int = 0  # versions 0+
        leader_epoch: int = -1  # versions 0+; ignorable
        replica_nodes: tuple[int, ...] = ()  # versions 0+
        isr_nodes: tuple[int, ...] = ()  # versions 0+
        eligible_leader_replicas: tuple[int, ...] | None = None  # versions 0+; nullable 0+
        last_known_elr: tuple[int, ...] | None = None  # versions 0+; nullable 0+
        offline_replicas: tuple[int, ...] = ()  # versions 0+; ignorable
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            items_eligible_leader_replicas: tuple[int, ...] | None
            items_last_known_elr: tuple[int, ...] | None
            writer.int16(self.error_code)
            writer.int32(self.partition_index)
            writer.int32(self.leader_id)
            writer.int32(self.leader_epoch)
            items_replica_nodes = self.replica_nodes
            writer.compact_array_length(items_replica_nodes)
            writer.int32_items(items_replica_nodes)
            items_isr_nodes = self.isr_nodes
            writer.compact_array_length(items_isr_nodes)
            writer.int32_items(items_isr_nodes)
            items_eligible_leader_replicas = self.eligible_leader_replicas
            writer.compact_array_length(items_eligible_leader_replicas)
            if items_eligible_leader_replicas is not None:
                writer.int32_items(items_eligible_leader_replicas)
            items_last_known_elr = self.last_known_elr
            writer.compact_array_length(items_last_known_elr)
            if items_last_known_elr is not None:
                writer.int32_items(items_last_known_elr)
            items_offline_replicas = self.offline_replicas
            writer.compact_array_length(items_offline_replicas)
            writer.int32_items(items_offline_replicas)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition:
            f_error_code: int
            f_partition_index: int
            f_leader_id: int
            f_leader_epoch: int
            f_replica_nodes: tuple[int, ...]
            f_isr_nodes: tuple[int, ...]
            f_eligible_leader_replicas: tuple[int, ...] | None
            f_last_known_elr: tuple[int, ...] | None
            f_offline_replicas: tuple[int, ...]
            f_error_code = reader.int16('DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.error_code')
            f_partition_index = reader.int32('DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.partition_index')
            f_leader_id = reader.int32('DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.leader_id')
            f_leader_epoch = reader.int32('DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.leader_epoch')
            count_f_replica_nodes = reader.compact_array_length('DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.replica_nodes')
            f_replica_nodes = reader.int32_items(count_f_replica_nodes, 'DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.replica_nodes')
            count_f_isr_nodes = reader.compact_array_length('DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.isr_nodes')
            f_isr_nodes = reader.int32_items(count_f_isr_nodes, 'DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.isr_nodes')
            count_f_eligible_leader_replicas = reader.compact_nullable_array_length('DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.eligible_leader_replicas')
            f_eligible_leader_replicas = None if count_f_eligible_leader_replicas < 0 else reader.int32_items(count_f_eligible_leader_replicas, 'DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.eligible_leader_replicas')
            count_f_last_known_elr = reader.compact_nullable_array_length('DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.last_known_elr')
            f_last_known_elr = None if count_f_last_known_elr < 0 else reader.int32_items(count_f_last_known_elr, 'DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.last_known_elr')
            count_f_offline_replicas = reader.compact_array_length('DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.offline_replicas')
            f_offline_replicas = reader.int32_items(count_f_offline_replicas, 'DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.offline_replicas')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.tagged_fields')
            return _new_DescribeTopicPartitionsResponse__DescribeTopicPartitionsResponsePartition(f_error_code, f_partition_index, f_leader_id, f_leader_epoch, f_replica_nodes, f_isr_nodes, f_eligible_leader_replicas, f_last_known_elr, f_offline_replicas, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class Cursor:
        """DescribeTopicPartitionsResponse.Cursor: versions 0+."""

        topic_name: str = ''  # versions 0+
        partition_index: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.topic_name)
            writer.int32(self.partition_index)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeTopicPartitionsResponse.Cursor:
            f_topic_name: str
            f_partition_index: int
            f_topic_name = reader.compact_string('DescribeTopicPartitionsResponse.Cursor.topic_name')
            f_partition_index = reader.int32('DescribeTopicPartitionsResponse.Cursor.partition_index')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DescribeTopicPartitionsResponse.Cursor.tagged_fields')
            return _new_DescribeTopicPartitionsResponse__Cursor(f_topic_name, f_partition_index, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        items_topics = self.topics
        writer.compact_array_length(items_topics)
        for each_topics in items_topics:
            each_topics.write(writer, version)
        if self.next_cursor is None:
            writer.int8(-1)
        else:
            writer.int8(1)
            self.next_cursor.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DescribeTopicPartitionsResponse:
        f_throttle_time_ms: int
        f_topics: tuple[DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic, ...]
        f_next_cursor: DescribeTopicPartitionsResponse.Cursor | None
        f_throttle_time_ms = reader.int32('DescribeTopicPartitionsResponse.throttle_time_ms')
        count_f_topics = reader.compact_array_length('DescribeTopicPartitionsResponse.topics')
        read_f_topics = DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.read
        f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        f_next_cursor = None if reader.int8('DescribeTopicPartitionsResponse.next_cursor') < 0 else DescribeTopicPartitionsResponse.Cursor.read(reader, version)
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('DescribeTopicPartitionsResponse.tagged_fields')
        return _new_DescribeTopicPartitionsResponse(f_throttle_time_ms, f_topics, f_next_cursor, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DescribeTopicPartitionsResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DescribeTopicPartitionsResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DescribeTopicPartitionsResponse:
        check_decode_version(version, 'DescribeTopicPartitionsResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DescribeTopicPartitionsResponse')
        return result


_SET_DescribeTopicPartitionsRequest__TopicRequest: tuple[Any, ...] = tuple(
    vars(DescribeTopicPartitionsRequest.TopicRequest)[name].__set__ for name in ('name', 'unknown_tagged_fields', ))


def _new_DescribeTopicPartitionsRequest__TopicRequest(name: str, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeTopicPartitionsRequest.TopicRequest:
    instance_: DescribeTopicPartitionsRequest.TopicRequest = object.__new__(DescribeTopicPartitionsRequest.TopicRequest)
    set0_, set1_, = _SET_DescribeTopicPartitionsRequest__TopicRequest
    set0_(instance_, name)
    set1_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeTopicPartitionsRequest__Cursor: tuple[Any, ...] = tuple(
    vars(DescribeTopicPartitionsRequest.Cursor)[name].__set__ for name in ('topic_name', 'partition_index', 'unknown_tagged_fields', ))


def _new_DescribeTopicPartitionsRequest__Cursor(topic_name: str, partition_index: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeTopicPartitionsRequest.Cursor:
    instance_: DescribeTopicPartitionsRequest.Cursor = object.__new__(DescribeTopicPartitionsRequest.Cursor)
    set0_, set1_, set2_, = _SET_DescribeTopicPartitionsRequest__Cursor
    set0_(instance_, topic_name)
    set1_(instance_, partition_index)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeTopicPartitionsRequest: tuple[Any, ...] = tuple(
    vars(DescribeTopicPartitionsRequest)[name].__set__ for name in ('topics', 'response_partition_limit', 'cursor', 'unknown_tagged_fields', ))


def _new_DescribeTopicPartitionsRequest(topics: tuple[DescribeTopicPartitionsRequest.TopicRequest, ...], response_partition_limit: int, cursor: DescribeTopicPartitionsRequest.Cursor | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeTopicPartitionsRequest:
    instance_: DescribeTopicPartitionsRequest = object.__new__(DescribeTopicPartitionsRequest)
    set0_, set1_, set2_, set3_, = _SET_DescribeTopicPartitionsRequest
    set0_(instance_, topics)
    set1_(instance_, response_partition_limit)
    set2_(instance_, cursor)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeTopicPartitionsResponse__DescribeTopicPartitionsResponseTopic: tuple[Any, ...] = tuple(
    vars(DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic)[name].__set__ for name in ('error_code', 'name', 'topic_id', 'is_internal', 'partitions', 'topic_authorized_operations', 'unknown_tagged_fields', ))


def _new_DescribeTopicPartitionsResponse__DescribeTopicPartitionsResponseTopic(error_code: int, name: str | None, topic_id: UUID, is_internal: bool, partitions: tuple[DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition, ...], topic_authorized_operations: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic:
    instance_: DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic = object.__new__(DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, = _SET_DescribeTopicPartitionsResponse__DescribeTopicPartitionsResponseTopic
    set0_(instance_, error_code)
    set1_(instance_, name)
    set2_(instance_, topic_id)
    set3_(instance_, is_internal)
    set4_(instance_, partitions)
    set5_(instance_, topic_authorized_operations)
    set6_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeTopicPartitionsResponse__DescribeTopicPartitionsResponsePartition: tuple[Any, ...] = tuple(
    vars(DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition)[name].__set__ for name in ('error_code', 'partition_index', 'leader_id', 'leader_epoch', 'replica_nodes', 'isr_nodes', 'eligible_leader_replicas', 'last_known_elr', 'offline_replicas', 'unknown_tagged_fields', ))


def _new_DescribeTopicPartitionsResponse__DescribeTopicPartitionsResponsePartition(error_code: int, partition_index: int, leader_id: int, leader_epoch: int, replica_nodes: tuple[int, ...], isr_nodes: tuple[int, ...], eligible_leader_replicas: tuple[int, ...] | None, last_known_elr: tuple[int, ...] | None, offline_replicas: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition:
    instance_: DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition = object.__new__(DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, set9_, = _SET_DescribeTopicPartitionsResponse__DescribeTopicPartitionsResponsePartition
    set0_(instance_, error_code)
    set1_(instance_, partition_index)
    set2_(instance_, leader_id)
    set3_(instance_, leader_epoch)
    set4_(instance_, replica_nodes)
    set5_(instance_, isr_nodes)
    set6_(instance_, eligible_leader_replicas)
    set7_(instance_, last_known_elr)
    set8_(instance_, offline_replicas)
    set9_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeTopicPartitionsResponse__Cursor: tuple[Any, ...] = tuple(
    vars(DescribeTopicPartitionsResponse.Cursor)[name].__set__ for name in ('topic_name', 'partition_index', 'unknown_tagged_fields', ))


def _new_DescribeTopicPartitionsResponse__Cursor(topic_name: str, partition_index: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeTopicPartitionsResponse.Cursor:
    instance_: DescribeTopicPartitionsResponse.Cursor = object.__new__(DescribeTopicPartitionsResponse.Cursor)
    set0_, set1_, set2_, = _SET_DescribeTopicPartitionsResponse__Cursor
    set0_(instance_, topic_name)
    set1_(instance_, partition_index)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeTopicPartitionsResponse: tuple[Any, ...] = tuple(
    vars(DescribeTopicPartitionsResponse)[name].__set__ for name in ('throttle_time_ms', 'topics', 'next_cursor', 'unknown_tagged_fields', ))


def _new_DescribeTopicPartitionsResponse(throttle_time_ms: int, topics: tuple[DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic, ...], next_cursor: DescribeTopicPartitionsResponse.Cursor | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeTopicPartitionsResponse:
    instance_: DescribeTopicPartitionsResponse = object.__new__(DescribeTopicPartitionsResponse)
    set0_, set1_, set2_, set3_, = _SET_DescribeTopicPartitionsResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, topics)
    set2_(instance_, next_cursor)
    set3_(instance_, unknown_tagged_fields)
    return instance_
