# generated from DescribeQuorumRequest.json, DescribeQuorumResponse.json; do not edit
"""DescribeQuorum (API key 55): request and response."""

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
__all__ = ['DescribeQuorumRequest', 'DescribeQuorumResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class DescribeQuorumRequest:
    """DescribeQuorumRequest, API key 55: versions 0-2, flexible 0+."""

    API_KEY: ClassVar[int] = 55
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    topics: tuple[DescribeQuorumRequest.TopicData, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicData:
        """DescribeQuorumRequest.TopicData: versions 0+."""

        topic_name: str = ''  # versions 0+
        partitions: tuple[DescribeQuorumRequest.PartitionData, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.topic_name)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeQuorumRequest.TopicData:
            f_topic_name: str
            f_partitions: tuple[DescribeQuorumRequest.PartitionData, ...]
            f_topic_name = reader.compact_string('DescribeQuorumRequest.TopicData.topic_name')
            count_f_partitions = reader.compact_array_length('DescribeQuorumRequest.TopicData.partitions')
            read_f_partitions = DescribeQuorumRequest.PartitionData.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DescribeQuorumRequest.TopicData.tagged_fields')
            return _new_DescribeQuorumRequest__TopicData(f_topic_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionData:
        """DescribeQuorumRequest.PartitionData: versions 0+."""

        partition_index: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeQuorumRequest.PartitionData:
            f_partition_index: int
            f_partition_index = reader.int32('DescribeQuorumRequest.PartitionData.partition_index')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DescribeQuorumRequest.PartitionData.tagged_fields')
            return _new_DescribeQuorumRequest__PartitionData(f_partition_index, unknown)

    def write(self, writer: Writer, version: int) -> None:
        items_topics = self.topics
        writer.compact_array_length(items_topics)
        for each_topics in items_topics:
            each_topics.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DescribeQuorumRequest:
        f_topics: tuple[DescribeQuorumRequest.TopicData, ...]
        count_f_topics = reader.compact_array_length('DescribeQuorumRequest.topics')
        read_f_topics = DescribeQuorumRequest.TopicData.read
        f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('DescribeQuorumRequest.tagged_fields')
        return _new_DescribeQuorumRequest(f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DescribeQuorumRequest', 0, 2).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DescribeQuorumRequest', 0, 2).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DescribeQuorumRequest:
        check_decode_version(version, 'DescribeQuorumRequest', 0, 2)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DescribeQuorumRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class DescribeQuorumResponse:
    """DescribeQuorumResponse, API key 55: versions 0-2, flexible 0+."""

    API_KEY: ClassVar[int] = 55
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    error_code: int = 0  # versions 0+
    error_message: str | None = ''  # versions 2+; nullable 2+; ignorable
    topics: tuple[DescribeQuorumResponse.TopicData, ...] = ()  # versions 0+
    nodes: tuple[DescribeQuorumResponse.Node, ...] = ()  # versions 2+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ReplicaState:
        """DescribeQuorumResponse.ReplicaState: versions 0+."""

        replica_id: int = 0  # versions 0+
        replica_directory_id: UUID = _ZERO_UUID  # versions 2+
        log_end_offset: int = 0  # versions 0+
        last_fetch_timestamp: int = -1  # versions 1+; ignorable
        last_caught_up_timestamp: int = -1  # versions 1+; ignorable
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.replica_id)
            if version <= 1:
                if self.replica_directory_id != _ZERO_UUID:
                    raise EncodeError(f'DescribeQuorumResponse.ReplicaState.replica_directory_id is set, but version {version} lacks it')
            else:
                writer.uuid(self.replica_directory_id)
            writer.int64(self.log_end_offset)
            if version <= 0:
                pass
            else:
                writer.int64(self.last_fetch_timestamp)
            if version <= 0:
                pass
            else:
                writer.int64(self.last_caught_up_timestamp)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeQuorumResponse.ReplicaState:
            f_replica_id: int
            f_replica_directory_id: UUID
            f_log_end_offset: int
            f_last_fetch_timestamp: int
            f_last_caught_up_timestamp: int
            f_replica_id = reader.int32('DescribeQuorumResponse.ReplicaState.replica_id')
            f_replica_directory_id = _ZERO_UUID if version <= 1 else reader.uuid('DescribeQuorumResponse.ReplicaState.replica_directory_id')
            f_log_end_offset = reader.int64('DescribeQuorumResponse.ReplicaState.log_end_offset')
            f_last_fetch_timestamp = -1 if version <= 0 else reader.int64('DescribeQuorumResponse.ReplicaState.last_fetch_timestamp')
            f_last_caught_up_timestamp = -1 if version <= 0 else reader.int64('DescribeQuorumResponse.ReplicaState.last_caught_up_timestamp')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DescribeQuorumResponse.ReplicaState.tagged_fields')
            return _new_DescribeQuorumResponse__ReplicaState(f_replica_id, f_replica_directory_id, f_log_end_offset, f_last_fetch_timestamp, f_last_caught_up_timestamp, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicData:
        """DescribeQuorumResponse.TopicData: versions 0+."""

        topic_name: str = ''  # versions 0+
        partitions: tuple[DescribeQuorumResponse.PartitionData, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.topic_name)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeQuorumResponse.TopicData:
            f_topic_name: str
            f_partitions: tuple[DescribeQuorumResponse.PartitionData, ...]
            f_topic_name = reader.compact_string('DescribeQuorumResponse.TopicData.topic_name')
            count_f_partitions = reader.compact_array_length('DescribeQuorumResponse.TopicData.partitions')
            read_f_partitions = DescribeQuorumResponse.PartitionData.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DescribeQuorumResponse.TopicData.tagged_fields')
            return _new_DescribeQuorumResponse__TopicData(f_topic_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionData:
        """DescribeQuorumResponse.PartitionData: versions 0+."""

        partition_index: int = 0  # versions 0+
        error_code: int = 0  # versions 0+
        error_message: str | None = ''  # versions 2+; nullable 2+; ignorable
        leader_id: int = 0  # versions 0+
        leader_epoch: int = 0  # versions 0+
        high_watermark: int = 0  # versions 0+
        current_voters: tuple[DescribeQuorumResponse.ReplicaState, ...] = ()  # versions 0+
        observers: tuple[DescribeQuorumResponse.ReplicaState, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int16(self.error_code)
            if version <= 1:
                pass
            else:
                writer.compact_nullable_string(self.error_message)
            writer.int32(self.leader_id)
            writer.int32(self.leader_epoch)
            writer.int64(self.high_watermark)
            items_current_voters = self.current_voters
            writer.compact_array_length(items_current_voters)
            for each_current_voters in items_current_voters:
                each_current_voters.write(writer, version)
            items_observers = self.observers
            writer.compact_array_length(items_observers)
            for each_observers in items_observers:
                each_observers.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeQuorumResponse.PartitionData:
            f_partition_index: int
            f_error_code: int
            f_error_message: str | None
            f_leader_id: int
            f_leader_epoch: int
            f_high_watermark: int
            f_current_voters: tuple[DescribeQuorumResponse.ReplicaState, ...]
            f_observers: tuple[DescribeQuorumResponse.ReplicaState, ...]
            f_partition_index = reader.int32('DescribeQuorumResponse.PartitionData.partition_index')
            f_error_code = reader.int16('DescribeQuorumResponse.PartitionData.error_code')
            f_error_message = '' if version <= 1 else reader.compact_nullable_string('DescribeQuorumResponse.PartitionData.error_message')
            f_leader_id = reader.int32('DescribeQuorumResponse.PartitionData.leader_id')
            f_leader_epoch = reader.int32('DescribeQuorumResponse.PartitionData.leader_epoch')
            f_high_watermark = reader.int64('DescribeQuorumResponse.PartitionData.high_watermark')
            count_f_current_voters = reader.compact_array_length('DescribeQuorumResponse.PartitionData.current_voters')
            read_f_current_voters = DescribeQuorumResponse.ReplicaState.read
            f_current_voters = tuple([read_f_current_voters(reader, version) for _ in range(count_f_current_voters)])
            count_f_observers = reader.compact_array_length('DescribeQuorumResponse.PartitionData.observers')
            read_f_observers = DescribeQuorumResponse.ReplicaState.read
            f_observers = tuple([read_f_observers(reader, version) for _ in range(count_f_observers)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DescribeQuorumResponse.PartitionData.tagged_fields')
            return _new_DescribeQuorumResponse__PartitionData(f_partition_index, f_error_code, f_error_message, f_leader_id, f_leader_epoch, f_high_watermark, f_current_voters, f_observers, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class Node:
        """DescribeQuorumResponse.Node: versions 2+."""

        node_id: int = 0  # versions 2+
        listeners: tuple[DescribeQuorumResponse.Listener, ...] = ()  # versions 2+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.node_id)
            items_listeners = self.listeners
            writer.compact_array_length(items_listeners)
            for each_listeners in items_listeners:
                each_listeners.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeQuorumResponse.Node:
            f_node_id: int
            f_listeners: tuple[DescribeQuorumResponse.Listener, ...]
            f_node_id = reader.int32('DescribeQuorumResponse.Node.node_id')
            count_f_listeners = reader.compact_array_length('DescribeQuorumResponse.Node.listeners')
            read_f_listeners = DescribeQuorumResponse.Listener.read
            f_listeners = tuple([read_f_listeners(reader, version) for _ in range(count_f_listeners)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DescribeQuorumResponse.Node.tagged_fields')
            return _new_DescribeQuorumResponse__Node(f_node_id, f_listeners, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class Listener:
        """DescribeQuorumResponse.Listener: versions 2+."""

        name: str = ''  # versions 2+
        host: str = ''  # versions 2+
        port: int = 0  # versions 2+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.name)
            writer.compact_string(self.host)
            writer.uint16(self.port)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeQuorumResponse.Listener:
            f_name: str
            f_host: str
            f_port: int
            f_name = reader.compact_string('DescribeQuorumResponse.Listener.name')
            f_host = reader.compact_string('DescribeQuorumResponse.Listener.host')
            f_port = reader.uint16('DescribeQuorumResponse.Listener.port')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DescribeQuorumResponse.Listener.tagged_fields')
            return _new_DescribeQuorumResponse__Listener(f_name, f_host, f_port, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int16(self.error_code)
        if version <= 1:
            pass
        else:
            writer.compact_nullable_string(self.error_message)
        items_topics = self.topics
        writer.compact_array_length(items_topics)
        for each_topics in items_topics:
            each_topics.write(writer, version)
        if version <= 1:
            if self.nodes != ():
                raise EncodeError(f'DescribeQuorumResponse.nodes is set, but version {version} lacks it')
        else:
            items_nodes = self.nodes
            writer.compact_array_length(items_nodes)
            for each_nodes in items_nodes:
                each_nodes.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DescribeQuorumResponse:
        f_error_code: int
        f_error_message: str | None
        f_topics: tuple[DescribeQuorumResponse.TopicData, ...]
        f_nodes: tuple[DescribeQuorumResponse.Node, ...]
        f_error_code = reader.int16('DescribeQuorumResponse.error_code')
        f_error_message = '' if version <= 1 else reader.compact_nullable_string('DescribeQuorumResponse.error_message')
        count_f_topics = reader.compact_array_length('DescribeQuorumResponse.topics')
        read_f_topics = DescribeQuorumResponse.TopicData.read
        f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        if version <= 1:
            f_nodes = ()
        else:
            count_f_nodes = reader.compact_array_length('DescribeQuorumResponse.nodes')
            read_f_nodes = DescribeQuorumResponse.Node.read
            f_nodes = tuple([read_f_nodes(reader, version) for _ in range(count_f_nodes)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('DescribeQuorumResponse.tagged_fields')
        return _new_DescribeQuorumResponse(f_error_code, f_error_message, f_topics, f_nodes, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DescribeQuorumResponse', 0, 2).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DescribeQuorumResponse', 0, 2).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DescribeQuorumResponse:
        check_decode_version(version, 'DescribeQuorumResponse', 0, 2)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DescribeQuorumResponse')
        return result


_SET_DescribeQuorumRequest__TopicData: tuple[Any, ...] = tuple(
    vars(DescribeQuorumRequest.TopicData)[name].__set__ for name in ('topic_name', 'partitions', 'unknown_tagged_fields', ))


def _new_DescribeQuorumRequest__TopicData(topic_name: str, partitions: tuple[DescribeQuorumRequest.PartitionData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeQuorumRequest.TopicData:
    instance_: DescribeQuorumRequest.TopicData = object.__new__(DescribeQuorumRequest.TopicData)
    set0_, set1_, set2_, = _SET_DescribeQuorumRequest__TopicData
    set0_(instance_, topic_name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeQuorumRequest__PartitionData: tuple[Any, ...] = tuple(
    vars(DescribeQuorumRequest.PartitionData)[name].__set__ for name in ('partition_index', 'unknown_tagged_fields', ))


def _new_DescribeQuorumRequest__PartitionData(partition_index: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeQuorumRequest.PartitionData:
    instance_: DescribeQuorumRequest.PartitionData = object.__new__(DescribeQuorumRequest.PartitionData)
    set0_, set1_, = _SET_DescribeQuorumRequest__PartitionData
    set0_(instance_, partition_index)
    set1_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeQuorumRequest: tuple[Any, ...] = tuple(
    vars(DescribeQuorumRequest)[name].__set__ for name in ('topics', 'unknown_tagged_fields', ))


def _new_DescribeQuorumRequest(topics: tuple[DescribeQuorumRequest.TopicData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeQuorumRequest:
    instance_: DescribeQuorumRequest = object.__new__(DescribeQuorumRequest)
    set0_, set1_, = _SET_DescribeQuorumRequest
    set0_(instance_, topics)
    set1_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeQuorumResponse__ReplicaState: tuple[Any, ...] = tuple(
    vars(DescribeQuorumResponse.ReplicaState)[name].__set__ for name in ('replica_id', 'replica_directory_id', 'log_end_offset', 'last_fetch_timestamp', 'last_caught_up_timestamp', 'unknown_tagged_fields', ))


def _new_DescribeQuorumResponse__ReplicaState(replica_id: int, replica_directory_id: UUID, log_end_offset: int, last_fetch_timestamp: int, last_caught_up_timestamp: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeQuorumResponse.ReplicaState:
    instance_: DescribeQuorumResponse.ReplicaState = object.__new__(DescribeQuorumResponse.ReplicaState)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_DescribeQuorumResponse__ReplicaState
    set0_(instance_, replica_id)
    set1_(instance_, replica_directory_id)
    set2_(instance_, log_end_offset)
    set3_(instance_, last_fetch_timestamp)
    set4_(instance_, last_caught_up_timestamp)
    set5_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeQuorumResponse__TopicData: tuple[Any, ...] = tuple(
    vars(DescribeQuorumResponse.TopicData)[name].__set__ for name in ('topic_name', 'partitions', 'unknown_tagged_fields', ))


def _new_DescribeQuorumResponse__TopicData(topic_name: str, partitions: tuple[DescribeQuorumResponse.PartitionData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeQuorumResponse.TopicData:
    instance_: DescribeQuorumResponse.TopicData = object.__new__(DescribeQuorumResponse.TopicData)
    set0_, set1_, set2_, = _SET_DescribeQuorumResponse__TopicData
    set0_(instance_, topic_name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeQuorumResponse__PartitionData: tuple[Any, ...] = tuple(
    vars(DescribeQuorumResponse.PartitionData)[name].__set__ for name in ('partition_index', 'error_code', 'error_message', 'leader_id', 'leader_epoch', 'high_watermark', 'current_voters', 'observers', 'unknown_tagged_fields', ))


def _new_DescribeQuorumResponse__PartitionData(partition_index: int, error_code: int, error_message: str | None, leader_id: int, leader_epoch: int, high_watermark: int, current_voters: tuple[DescribeQuorumResponse.ReplicaState, ...], observers: tuple[DescribeQuorumResponse.ReplicaState, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeQuorumResponse.PartitionData:
    instance_: DescribeQuorumResponse.PartitionData = object.__new__(DescribeQuorumResponse.PartitionData)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, = _SET_DescribeQuorumResponse__PartitionData
    set0_(instance_, partition_index)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, leader_id)
    set4_(instance_, leader_epoch)
    set5_(instance_, high_watermark)
    set6_(instance_, current_voters)
    set7_(instance_, observers)
    set8_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeQuorumResponse__Node: tuple[Any, ...] = tuple(
    vars(DescribeQuorumResponse.Node)[name].__set__ for name in ('node_id', 'listeners', 'unknown_tagged_fields', ))


def _new_DescribeQuorumResponse__Node(node_id: int, listeners: tuple[DescribeQuorumResponse.Listener, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeQuorumResponse.Node:
    instance_: DescribeQuorumResponse.Node = object.__new__(DescribeQuorumResponse.Node)
    set0_, set1_, set2_, = _SET_DescribeQuorumResponse__Node
    set0_(instance_, node_id)
    set1_(instance_, listeners)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeQuorumResponse__Listener: tuple[Any, ...] = tuple(
    vars(DescribeQuorumResponse.Listener)[name].__set__ for name in ('name', 'host', 'port', 'unknown_tagged_fields', ))


def _new_DescribeQuorumResponse__Listener(name: str, host: str, port: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeQuorumResponse.Listener:
    instance_: DescribeQuorumResponse.Listener = object.__new__(DescribeQuorumResponse.Listener)
    set0_, set1_, set2_, set3_, = _SET_DescribeQuorumResponse__Listener
    set0_(instance_, name)
    set1_(instance_, host)
    set2_(instance_, port)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeQuorumResponse: tuple[Any, ...] = tuple(
    vars(DescribeQuorumResponse)[name].__set__ for name in ('error_code', 'error_message', 'topics', 'nodes', 'unknown_tagged_fields', ))


def _new_DescribeQuorumResponse(error_code: int, error_message: str | None, topics: tuple[DescribeQuorumResponse.TopicData, ...], nodes: tuple[DescribeQuorumResponse.Node, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeQuorumResponse:
    instance_: DescribeQuorumResponse = object.__new__(DescribeQuorumResponse)
    set0_, set1_, set2_, set3_, set4_, = _SET_DescribeQuorumResponse
    set0_(instance_, error_code)
    set1_(instance_, error_message)
    set2_(instance_, topics)
    set3_(instance_, nodes)
    set4_(instance_, unknown_tagged_fields)
    return instance_
