# generated from MetadataRequest.json, MetadataResponse.json; do not edit
"""Metadata (API key 3): request and response."""

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
    require_non_null,
)

_ZERO_UUID = UUID(int=0)
__all__ = ['MetadataRequest', 'MetadataResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class MetadataRequest:
    """MetadataRequest, API key 3: versions 0-12, flexible 9+."""

    API_KEY: ClassVar[int] = 3
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 12
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 9

    topics: tuple[MetadataRequest.MetadataRequestTopic, ...] | None = ()  # versions 0+; nullable 1+
    allow_auto_topic_creation: bool = True  # versions 4+
    include_cluster_authorized_operations: bool = False  # versions 8-10
    include_topic_authorized_operations: bool = False  # versions 8+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class MetadataRequestTopic:
        """MetadataRequest.MetadataRequestTopic: versions 0+."""

        topic_id: UUID = _ZERO_UUID  # versions 10+; ignorable
        name: str | None = ''  # versions 0+; nullable 10+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 9:
                pass
            else:
                writer.uuid(self.topic_id)
            if version <= 8:
                writer.string(require_non_null(self.name, 'MetadataRequest.MetadataRequestTopic.name', version))
            elif version <= 9:
                writer.compact_string(require_non_null(self.name, 'MetadataRequest.MetadataRequestTopic.name', version))
            else:
                writer.compact_nullable_string(self.name)
            if version <= 8:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'MetadataRequest.MetadataRequestTopic has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> MetadataRequest.MetadataRequestTopic:
            f_topic_id: UUID
            f_name: str | None
            f_topic_id = _ZERO_UUID if version <= 9 else reader.uuid('MetadataRequest.MetadataRequestTopic.topic_id')
            if version <= 8:
                f_name = reader.string('MetadataRequest.MetadataRequestTopic.name')
            elif version <= 9:
                f_name = reader.compact_string('MetadataRequest.MetadataRequestTopic.name')
            else:
                f_name = reader.compact_nullable_string('MetadataRequest.MetadataRequestTopic.name')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 8 else reader.unknown_tagged_fields('MetadataRequest.MetadataRequestTopic.tagged_fields')
            return _new_MetadataRequest__MetadataRequestTopic(f_topic_id, f_name, unknown)

    def write(self, writer: Writer, version: int) -> None:
        items_topics: tuple[MetadataRequest.MetadataRequestTopic, ...] | None
        if version <= 0:
            items_topics = require_non_null(self.topics, 'MetadataRequest.topics', version)
            writer.array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        elif version <= 8:
            items_topics = self.topics
            writer.array_length(items_topics)
            if items_topics is not None:
                for each_topics in items_topics:
                    each_topics.write(writer, version)
        else:
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            if items_topics is not None:
                for each_topics in items_topics:
                    each_topics.write(writer, version)
        if version <= 3:
            if not self.allow_auto_topic_creation:
                raise EncodeError(f'MetadataRequest.allow_auto_topic_creation is set, but version {version} lacks it')
        else:
            writer.boolean(self.allow_auto_topic_creation)
        if version <= 7:
            if self.include_cluster_authorized_operations:
                raise EncodeError(f'MetadataRequest.include_cluster_authorized_operations is set, but version {version} lacks it')
        elif version <= 10:
            writer.boolean(self.include_cluster_authorized_operations)
        else:
            if self.include_cluster_authorized_operations:
                raise EncodeError(f'MetadataRequest.include_cluster_authorized_operations is set, but version {version} lacks it')
        if version <= 7:
            if self.include_topic_authorized_operations:
                raise EncodeError(f'MetadataRequest.include_topic_authorized_operations is set, but version {version} lacks it')
        else:
            writer.boolean(self.include_topic_authorized_operations)
        if version <= 8:
            if self.unknown_tagged_fields:
                raise EncodeError(f'MetadataRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> MetadataRequest:
        f_topics: tuple[MetadataRequest.MetadataRequestTopic, ...] | None
        f_allow_auto_topic_creation: bool
        f_include_cluster_authorized_operations: bool
        f_include_topic_authorized_operations: bool
        if version <= 0:
            count_f_topics = reader.array_length('MetadataRequest.topics')
            read_f_topics = MetadataRequest.MetadataRequestTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        elif version <= 8:
            count_f_topics = reader.nullable_array_length('MetadataRequest.topics')
            read_f_topics = MetadataRequest.MetadataRequestTopic.read
            f_topics = None if count_f_topics < 0 else tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        else:
            count_f_topics = reader.compact_nullable_array_length('MetadataRequest.topics')
            read_f_topics = MetadataRequest.MetadataRequestTopic.read
            f_topics = None if count_f_topics < 0 else tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        f_allow_auto_topic_creation = True if version <= 3 else reader.boolean('MetadataRequest.allow_auto_topic_creation')
        if version <= 7:
            f_include_cluster_authorized_operations = False
        elif version <= 10:
            f_include_cluster_authorized_operations = reader.boolean('MetadataRequest.include_cluster_authorized_operations')
        else:
            f_include_cluster_authorized_operations = False
        f_include_topic_authorized_operations = False if version <= 7 else reader.boolean('MetadataRequest.include_topic_authorized_operations')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 8 else reader.unknown_tagged_fields('MetadataRequest.tagged_fields')
        return _new_MetadataRequest(f_topics, f_allow_auto_topic_creation, f_include_cluster_authorized_operations, f_include_topic_authorized_operations, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'MetadataRequest', 0, 12).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'MetadataRequest', 0, 12).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> MetadataRequest:
        check_decode_version(version, 'MetadataRequest', 0, 12)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('MetadataRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class MetadataResponse:
    """MetadataResponse, API key 3: versions 0-12, flexible 9+."""

    API_KEY: ClassVar[int] = 3
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 12
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 9

    throttle_time_ms: int = 0  # versions 3+; ignorable
    brokers: tuple[MetadataResponse.MetadataResponseBroker, ...] = ()  # versions 0+
    cluster_id: str | None = None  # versions 2+; nullable 2+; ignorable
    controller_id: int = -1  # versions 1+; ignorable
    topics: tuple[MetadataResponse.MetadataResponseTopic, ...] = ()  # versions 0+
    cluster_authorized_operations: int = -2147483648  # versions 8-10
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class MetadataResponseBroker:
        """MetadataResponse.MetadataResponseBroker: versions 0+."""

        node_id: int = 0  # versions 0+
        host: str = ''  # versions 0+
        port: int = 0  # versions 0+
        rack: str | None = None  # versions 1+; nullable 1+; ignorable
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.node_id)
            if version <= 8:
                writer.string(self.host)
            else:
                writer.compact_string(self.host)
            writer.int32(self.port)
            if version <= 0:
                pass
            elif version <= 8:
                writer.nullable_string(self.rack)
            else:
                writer.compact_nullable_string(self.rack)
            if version <= 8:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'MetadataResponse.MetadataResponseBroker has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> MetadataResponse.MetadataResponseBroker:
            f_node_id: int
            f_host: str
            f_port: int
            f_rack: str | None
            f_node_id = reader.int32('MetadataResponse.MetadataResponseBroker.node_id')
            f_host = reader.string('MetadataResponse.MetadataResponseBroker.host') if version <= 8 else reader.compact_string('MetadataResponse.MetadataResponseBroker.host')
            f_port = reader.int32('MetadataResponse.MetadataResponseBroker.port')
            if version <= 0:
                f_rack = None
            elif version <= 8:
                f_rack = reader.nullable_string('MetadataResponse.MetadataResponseBroker.rack')
            else:
                f_rack = reader.compact_nullable_string('MetadataResponse.MetadataResponseBroker.rack')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 8 else reader.unknown_tagged_fields('MetadataResponse.MetadataResponseBroker.tagged_fields')
            return _new_MetadataResponse__MetadataResponseBroker(f_node_id, f_host, f_port, f_rack, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class MetadataResponseTopic:
        """MetadataResponse.MetadataResponseTopic: versions 0+."""

        error_code: int = 0  # versions 0+
        name: str | None = ''  # versions 0+; nullable 12+
        topic_id: UUID = _ZERO_UUID  # versions 10+; ignorable
        is_internal: bool = False  # versions 1+; ignorable
        partitions: tuple[MetadataResponse.MetadataResponsePartition, ...] = ()  # versions 0+
        topic_authorized_operations: int = -2147483648  # versions 8+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int16(self.error_code)
            if version <= 8:
                writer.string(require_non_null(self.name, 'MetadataResponse.MetadataResponseTopic.name', version))
            elif version <= 11:
                writer.compact_string(require_non_null(self.name, 'MetadataResponse.MetadataResponseTopic.name', version))
            else:
                writer.compact_nullable_string(self.name)
            if version <= 9:
                pass
            else:
                writer.uuid(self.topic_id)
            if version <= 0:
                pass
            else:
                writer.boolean(self.is_internal)
            if version <= 8:
                items_partitions = self.partitions
                writer.array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            else:
                items_partitions = self.partitions
                writer.compact_array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            if version <= 7:
                if self.topic_authorized_operations != -2147483648:
                    raise EncodeError(f'MetadataResponse.MetadataResponseTopic.topic_authorized_operations is set, but version {version} lacks it')
            else:
                writer.int32(self.topic_authorized_operations)
            if version <= 8:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'MetadataResponse.MetadataResponseTopic has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> MetadataResponse.MetadataResponseTopic:
            f_error_code: int
            f_name: str | None
            f_topic_id: UUID
            f_is_internal: bool
            f_partitions: tuple[MetadataResponse.MetadataResponsePartition, ...]
            f_topic_authorized_operations: int
            f_error_code = reader.int16('MetadataResponse.MetadataResponseTopic.error_code')
            if version <= 8:
                f_name = reader.string('MetadataResponse.MetadataResponseTopic.name')
            elif version <= 11:
                f_name = reader.compact_string('MetadataResponse.MetadataResponseTopic.name')
            else:
                f_name = reader.compact_nullable_string('MetadataResponse.MetadataResponseTopic.name')
            f_topic_id = _ZERO_UUID if version <= 9 else reader.uuid('MetadataResponse.MetadataResponseTopic.topic_id')
            f_is_internal = False if version <= 0 else reader.boolean('MetadataResponse.MetadataResponseTopic.is_internal')
            if version <= 8:
                count_f_partitions = reader.array_length('MetadataResponse.MetadataResponseTopic.partitions')
                read_f_partitions = MetadataResponse.MetadataResponsePartition.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            else:
                count_f_partitions = reader.compact_array_length('MetadataResponse.MetadataResponseTopic.partitions')
                read_f_partitions = MetadataResponse.MetadataResponsePartition.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            f_topic_authorized_operations = -2147483648 if version <= 7 else reader.int32('MetadataResponse.MetadataResponseTopic.topic_authorized_operations')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 8 else reader.unknown_tagged_fields('MetadataResponse.MetadataResponseTopic.tagged_fields')
            return _new_MetadataResponse__MetadataResponseTopic(f_error_code, f_name, f_topic_id, f_is_internal, f_partitions, f_topic_authorized_operations, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class MetadataResponsePartition:
        """MetadataResponse.MetadataResponsePartition: versions 0+."""

        error_code: int = 0  # versions 0+
        partition_index: int = 0  # versions 0+
        leader_id: int = 0  # versions 0+
        leader_epoch: int = -1  # versions 7+; ignorable
        replica_nodes: tuple[int, ...] = ()  # versions 0+
        isr_nodes: tuple[int, ...] = ()  # versions 0+
        offline_replicas: tuple[int, ...] = ()  # versions 5+; ignorable
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int16(self.error_code)
            writer.int32(self.partition_index)
            writer.int32(self.leader_id)
            if version <= 6:
                pass
            else:
                writer.int32(self.leader_epoch)
            if version <= 8:
                items_replica_nodes = self.replica_nodes
                writer.array_length(items_replica_nodes)
                writer.int32_items(items_replica_nodes)
            else:
                items_replica_nodes = self.replica_nodes
                writer.compact_array_length(items_replica_nodes)
                writer.int32_items(items_replica_nodes)
            if version <= 8:
                items_isr_nodes = self.isr_nodes
                writer.array_length(items_isr_nodes)
                writer.int32_items(items_isr_nodes)
            else:
                items_isr_nodes = self.isr_nodes
                writer.compact_array_length(items_isr_nodes)
                writer.int32_items(items_isr_nodes)
            if version <= 4:
                pass
            elif version <= 8:
                items_offline_replicas = self.offline_replicas
                writer.array_length(items_offline_replicas)
                writer.int32_items(items_offline_replicas)
            else:
                items_offline_replicas = self.offline_replicas
                writer.compact_array_length(items_offline_replicas)
                writer.int32_items(items_offline_replicas)
            if version <= 8:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'MetadataResponse.MetadataResponsePartition has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> MetadataResponse.MetadataResponsePartition:
            f_error_code: int
            f_partition_index: int
            f_leader_id: int
            f_leader_epoch: int
            f_replica_nodes: tuple[int, ...]
            f_isr_nodes: tuple[int, ...]
            f_offline_replicas: tuple[int, ...]
            f_error_code = reader.int16('MetadataResponse.MetadataResponsePartition.error_code')
            f_partition_index = reader.int32('MetadataResponse.MetadataResponsePartition.partition_index')
            f_leader_id = reader.int32('MetadataResponse.MetadataResponsePartition.leader_id')
            f_leader_epoch = -1 if version <= 6 else reader.int32('MetadataResponse.MetadataResponsePartition.leader_epoch')
            if version <= 8:
                count_f_replica_nodes = reader.array_length('MetadataResponse.MetadataResponsePartition.replica_nodes')
                f_replica_nodes = reader.int32_items(count_f_replica_nodes, 'MetadataResponse.MetadataResponsePartition.replica_nodes')
            else:
                count_f_replica_nodes = reader.compact_array_length('MetadataResponse.MetadataResponsePartition.replica_nodes')
                f_replica_nodes = reader.int32_items(count_f_replica_nodes, 'MetadataResponse.MetadataResponsePartition.replica_nodes')
            if version <= 8:
                count_f_isr_nodes = reader.array_length('MetadataResponse.MetadataResponsePartition.isr_nodes')
                f_isr_nodes = reader.int32_items(count_f_isr_nodes, 'MetadataResponse.MetadataResponsePartition.isr_nodes')
            else:
                count_f_isr_nodes = reader.compact_array_length('MetadataResponse.MetadataResponsePartition.isr_nodes')
                f_isr_nodes = reader.int32_items(count_f_isr_nodes, 'MetadataResponse.MetadataResponsePartition.isr_nodes')
            if version <= 4:
                f_offline_replicas = ()
            elif version <= 8:
                count_f_offline_replicas = reader.array_length('MetadataResponse.MetadataResponsePartition.offline_replicas')
                f_offline_replicas = reader.int32_items(count_f_offline_replicas, 'MetadataResponse.MetadataResponsePartition.offline_replicas')
            else:
                count_f_offline_replicas = reader.compact_array_length('MetadataResponse.MetadataResponsePartition.offline_replicas')
                f_offline_replicas = reader.int32_items(count_f_offline_replicas, 'MetadataResponse.MetadataResponsePartition.offline_replicas')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 8 else reader.unknown_tagged_fields('MetadataResponse.MetadataResponsePartition.tagged_fields')
            return _new_MetadataResponse__MetadataResponsePartition(f_error_code, f_partition_index, f_leader_id, f_leader_epoch, f_replica_nodes, f_isr_nodes, f_offline_replicas, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 2:
            pass
        else:
            writer.int32(self.throttle_time_ms)
        if version <= 8:
            items_brokers = self.brokers
            writer.array_length(items_brokers)
            for each_brokers in items_brokers:
                each_brokers.write(writer, version)
        else:
            items_brokers = self.brokers
            writer.compact_array_length(items_brokers)
            for each_brokers in items_brokers:
                each_brokers.write(writer, version)
        if version <= 1:
            pass
        elif version <= 8:
            writer.nullable_string(self.cluster_id)
        else:
            writer.compact_nullable_string(self.cluster_id)
        if version <= 0:
            pass
        else:
            writer.int32(self.controller_id)
        if version <= 8:
            items_topics = self.topics
            writer.array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        else:
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        if version <= 7:
            if self.cluster_authorized_operations != -2147483648:
                raise EncodeError(f'MetadataResponse.cluster_authorized_operations is set, but version {version} lacks it')
        elif version <= 10:
            writer.int32(self.cluster_authorized_operations)
        else:
            if self.cluster_authorized_operations != -2147483648:
                raise EncodeError(f'MetadataResponse.cluster_authorized_operations is set, but version {version} lacks it')
        if version <= 8:
            if self.unknown_tagged_fields:
                raise EncodeError(f'MetadataResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> MetadataResponse:
        f_throttle_time_ms: int
        f_brokers: tuple[MetadataResponse.MetadataResponseBroker, ...]
        f_cluster_id: str | None
        f_controller_id: int
        f_topics: tuple[MetadataResponse.MetadataResponseTopic, ...]
        f_cluster_authorized_operations: int
        f_throttle_time_ms = 0 if version <= 2 else reader.int32('MetadataResponse.throttle_time_ms')
        if version <= 8:
            count_f_brokers = reader.array_length('MetadataResponse.brokers')
            read_f_brokers = MetadataResponse.MetadataResponseBroker.read
            f_brokers = tuple([read_f_brokers(reader, version) for _ in range(count_f_brokers)])
        else:
            count_f_brokers = reader.compact_array_length('MetadataResponse.brokers')
            read_f_brokers = MetadataResponse.MetadataResponseBroker.read
            f_brokers = tuple([read_f_brokers(reader, version) for _ in range(count_f_brokers)])
        if version <= 1:
            f_cluster_id = None
        elif version <= 8:
            f_cluster_id = reader.nullable_string('MetadataResponse.cluster_id')
        else:
            f_cluster_id = reader.compact_nullable_string('MetadataResponse.cluster_id')
        f_controller_id = -1 if version <= 0 else reader.int32('MetadataResponse.controller_id')
        if version <= 8:
            count_f_topics = reader.array_length('MetadataResponse.topics')
            read_f_topics = MetadataResponse.MetadataResponseTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        else:
            count_f_topics = reader.compact_array_length('MetadataResponse.topics')
            read_f_topics = MetadataResponse.MetadataResponseTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        if version <= 7:
            f_cluster_authorized_operations = -2147483648
        elif version <= 10:
            f_cluster_authorized_operations = reader.int32('MetadataResponse.cluster_authorized_operations')
        else:
            f_cluster_authorized_operations = -2147483648
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 8 else reader.unknown_tagged_fields('MetadataResponse.tagged_fields')
        return _new_MetadataResponse(f_throttle_time_ms, f_brokers, f_cluster_id, f_controller_id, f_topics, f_cluster_authorized_operations, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'MetadataResponse', 0, 12).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'MetadataResponse', 0, 12).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> MetadataResponse:
        check_decode_version(version, 'MetadataResponse', 0, 12)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('MetadataResponse')
        return result


_SET_MetadataRequest__MetadataRequestTopic: tuple[Any, ...] = tuple(
    vars(MetadataRequest.MetadataRequestTopic)[name].__set__ for name in ('topic_id', 'name', 'unknown_tagged_fields', ))


def _new_MetadataRequest__MetadataRequestTopic(topic_id: UUID, name: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> MetadataRequest.MetadataRequestTopic:
    instance_: MetadataRequest.MetadataRequestTopic = object.__new__(MetadataRequest.MetadataRequestTopic)
    set0_, set1_, set2_, = _SET_MetadataRequest__MetadataRequestTopic
    set0_(instance_, topic_id)
    set1_(instance_, name)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_MetadataRequest: tuple[Any, ...] = tuple(
    vars(MetadataRequest)[name].__set__ for name in ('topics', 'allow_auto_topic_creation', 'include_cluster_authorized_operations', 'include_topic_authorized_operations', 'unknown_tagged_fields', ))


def _new_MetadataRequest(topics: tuple[MetadataRequest.MetadataRequestTopic, ...] | None, allow_auto_topic_creation: bool, include_cluster_authorized_operations: bool, include_topic_authorized_operations: bool, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> MetadataRequest:
    instance_: MetadataRequest = object.__new__(MetadataRequest)
    set0_, set1_, set2_, set3_, set4_, = _SET_MetadataRequest
    set0_(instance_, topics)
    set1_(instance_, allow_auto_topic_creation)
    set2_(instance_, include_cluster_authorized_operations)
    set3_(instance_, include_topic_authorized_operations)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_MetadataResponse__MetadataResponseBroker: tuple[Any, ...] = tuple(
    vars(MetadataResponse.MetadataResponseBroker)[name].__set__ for name in ('node_id', 'host', 'port', 'rack', 'unknown_tagged_fields', ))


def _new_MetadataResponse__MetadataResponseBroker(node_id: int, host: str, port: int, rack: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> MetadataResponse.MetadataResponseBroker:
    instance_: MetadataResponse.MetadataResponseBroker = object.__new__(MetadataResponse.MetadataResponseBroker)
    set0_, set1_, set2_, set3_, set4_, = _SET_MetadataResponse__MetadataResponseBroker
    set0_(instance_, node_id)
    set1_(instance_, host)
    set2_(instance_, port)
    set3_(instance_, rack)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_MetadataResponse__MetadataResponseTopic: tuple[Any, ...] = tuple(
    vars(MetadataResponse.MetadataResponseTopic)[name].__set__ for name in ('error_code', 'name', 'topic_id', 'is_internal', 'partitions', 'topic_authorized_operations', 'unknown_tagged_fields', ))


def _new_MetadataResponse__MetadataResponseTopic(error_code: int, name: str | None, topic_id: UUID, is_internal: bool, partitions: tuple[MetadataResponse.MetadataResponsePartition, ...], topic_authorized_operations: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> MetadataResponse.MetadataResponseTopic:
    instance_: MetadataResponse.MetadataResponseTopic = object.__new__(MetadataResponse.MetadataResponseTopic)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, = _SET_MetadataResponse__MetadataResponseTopic
    set0_(instance_, error_code)
    set1_(instance_, name)
    set2_(instance_, topic_id)
    set3_(instance_, is_internal)
    set4_(instance_, partitions)
    set5_(instance_, topic_authorized_operations)
    set6_(instance_, unknown_tagged_fields)
    return instance_


_SET_MetadataResponse__MetadataResponsePartition: tuple[Any, ...] = tuple(
    vars(MetadataResponse.MetadataResponsePartition)[name].__set__ for name in ('error_code', 'partition_index', 'leader_id', 'leader_epoch', 'replica_nodes', 'isr_nodes', 'offline_replicas', 'unknown_tagged_fields', ))


def _new_MetadataResponse__MetadataResponsePartition(error_code: int, partition_index: int, leader_id: int, leader_epoch: int, replica_nodes: tuple[int, ...], isr_nodes: tuple[int, ...], offline_replicas: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> MetadataResponse.MetadataResponsePartition:
    instance_: MetadataResponse.MetadataResponsePartition = object.__new__(MetadataResponse.MetadataResponsePartition)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, = _SET_MetadataResponse__MetadataResponsePartition
    set0_(instance_, error_code)
    set1_(instance_, partition_index)
    set2_(instance_, leader_id)
    set3_(instance_, leader_epoch)
    set4_(instance_, replica_nodes)
    set5_(instance_, isr_nodes)
    set6_(instance_, offline_replicas)
    set7_(instance_, unknown_tagged_fields)
    return instance_


_SET_MetadataResponse: tuple[Any, ...] = tuple(
    vars(MetadataResponse)[name].__set__ for name in ('throttle_time_ms', 'brokers', 'cluster_id', 'controller_id', 'topics', 'cluster_authorized_operations', 'unknown_tagged_fields', ))


def _new_MetadataResponse(throttle_time_ms: int, brokers: tuple[MetadataResponse.MetadataResponseBroker, ...], cluster_id: str | None, controller_id: int, topics: tuple[MetadataResponse.MetadataResponseTopic, ...], cluster_authorized_operations: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> MetadataResponse:
    instance_: MetadataResponse = object.__new__(MetadataResponse)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, = _SET_MetadataResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, brokers)
    set2_(instance_, cluster_id)
    set3_(instance_, controller_id)
    set4_(instance_, topics)
    set5_(instance_, cluster_authorized_operations)
    set6_(instance_, unknown_tagged_fields)
    return instance_
