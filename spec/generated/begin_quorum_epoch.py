# generated from BeginQuorumEpochRequest.json, BeginQuorumEpochResponse.json; do not edit
"""BeginQuorumEpoch (API key 53): request and response."""

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
__all__ = ['BeginQuorumEpochRequest', 'BeginQuorumEpochResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class BeginQuorumEpochRequest:
    """BeginQuorumEpochRequest, API key 53: versions 0-1, flexible 1+."""

    API_KEY: ClassVar[int] = 53
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 1

    cluster_id: str | None = None  # versions 0+; nullable 0+
    voter_id: int = -1  # versions 1+; ignorable
    topics: tuple[BeginQuorumEpochRequest.TopicData, ...] = ()  # versions 0+
    leader_endpoints: tuple[BeginQuorumEpochRequest.LeaderEndpoint, ...] = ()  # versions 1+; ignorable
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicData:
        """BeginQuorumEpochRequest.TopicData: versions 0+."""

        topic_name: str = ''  # versions 0+
        partitions: tuple[BeginQuorumEpochRequest.PartitionData, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 0:
                writer.string(self.topic_name)
            else:
                writer.compact_string(self.topic_name)
            if version <= 0:
                items_partitions = self.partitions
                writer.array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            else:
                items_partitions = self.partitions
                writer.compact_array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            if version <= 0:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'BeginQuorumEpochRequest.TopicData has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> BeginQuorumEpochRequest.TopicData:
            f_topic_name: str
            f_partitions: tuple[BeginQuorumEpochRequest.PartitionData, ...]
            f_topic_name = reader.string('BeginQuorumEpochRequest.TopicData.topic_name') if version <= 0 else reader.compact_string('BeginQuorumEpochRequest.TopicData.topic_name')
            if version <= 0:
                count_f_partitions = reader.array_length('BeginQuorumEpochRequest.TopicData.partitions')
                read_f_partitions = BeginQuorumEpochRequest.PartitionData.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            else:
                count_f_partitions = reader.compact_array_length('BeginQuorumEpochRequest.TopicData.partitions')
                read_f_partitions = BeginQuorumEpochRequest.PartitionData.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('BeginQuorumEpochRequest.TopicData.tagged_fields')
            return _new_BeginQuorumEpochRequest__TopicData(f_topic_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionData:
        """BeginQuorumEpochRequest.PartitionData: versions 0+."""

        partition_index: int = 0  # versions 0+
        voter_directory_id: UUID = _ZERO_UUID  # versions 1+; ignorable
        leader_id: int = 0  # versions 0+
        leader_epoch: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            if version <= 0:
                pass
            else:
                writer.uuid(self.voter_directory_id)
            writer.int32(self.leader_id)
            writer.int32(self.leader_epoch)
            if version <= 0:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'BeginQuorumEpochRequest.PartitionData has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> BeginQuorumEpochRequest.PartitionData:
            f_partition_index: int
            f_voter_directory_id: UUID
            f_leader_id: int
            f_leader_epoch: int
            f_partition_index = reader.int32('BeginQuorumEpochRequest.PartitionData.partition_index')
            f_voter_directory_id = _ZERO_UUID if version <= 0 else reader.uuid('BeginQuorumEpochRequest.PartitionData.voter_directory_id')
            f_leader_id = reader.int32('BeginQuorumEpochRequest.PartitionData.leader_id')
            f_leader_epoch = reader.int32('BeginQuorumEpochRequest.PartitionData.leader_epoch')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('BeginQuorumEpochRequest.PartitionData.tagged_fields')
            return _new_BeginQuorumEpochRequest__PartitionData(f_partition_index, f_voter_directory_id, f_leader_id, f_leader_epoch, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class LeaderEndpoint:
        """BeginQuorumEpochRequest.LeaderEndpoint: versions 1+."""

        name: str = ''  # versions 1+
        host: str = ''  # versions 1+
        port: int = 0  # versions 1+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.name)
            writer.compact_string(self.host)
            writer.uint16(self.port)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> BeginQuorumEpochRequest.LeaderEndpoint:
            f_name: str
            f_host: str
            f_port: int
            f_name = reader.compact_string('BeginQuorumEpochRequest.LeaderEndpoint.name')
            f_host = reader.compact_string('BeginQuorumEpochRequest.LeaderEndpoint.host')
            f_port = reader.uint16('BeginQuorumEpochRequest.LeaderEndpoint.port')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('BeginQuorumEpochRequest.LeaderEndpoint.tagged_fields')
            return _new_BeginQuorumEpochRequest__LeaderEndpoint(f_name, f_host, f_port, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 0:
            writer.nullable_string(self.cluster_id)
        else:
            writer.compact_nullable_string(self.cluster_id)
        if version <= 0:
            pass
        else:
            writer.int32(self.voter_id)
        if version <= 0:
            items_topics = self.topics
            writer.array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        else:
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        if version <= 0:
            pass
        else:
            items_leader_endpoints = self.leader_endpoints
            writer.compact_array_length(items_leader_endpoints)
            for each_leader_endpoints in items_leader_endpoints:
                each_leader_endpoints.write(writer, version)
        if version <= 0:
            if self.unknown_tagged_fields:
                raise EncodeError(f'BeginQuorumEpochRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> BeginQuorumEpochRequest:
        f_cluster_id: str | None
        f_voter_id: int
        f_topics: tuple[BeginQuorumEpochRequest.TopicData, ...]
        f_leader_endpoints: tuple[BeginQuorumEpochRequest.LeaderEndpoint, ...]
        f_cluster_id = reader.nullable_string('BeginQuorumEpochRequest.cluster_id') if version <= 0 else reader.compact_nullable_string('BeginQuorumEpochRequest.cluster_id')
        f_voter_id = -1 if version <= 0 else reader.int32('BeginQuorumEpochRequest.voter_id')
        if version <= 0:
            count_f_topics = reader.array_length('BeginQuorumEpochRequest.topics')
            read_f_topics = BeginQuorumEpochRequest.TopicData.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        else:
            count_f_topics = reader.compact_array_length('BeginQuorumEpochRequest.topics')
            read_f_topics = BeginQuorumEpochRequest.TopicData.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        if version <= 0:
            f_leader_endpoints = ()
        else:
            count_f_leader_endpoints = reader.compact_array_length('BeginQuorumEpochRequest.leader_endpoints')
            read_f_leader_endpoints = BeginQuorumEpochRequest.LeaderEndpoint.read
            f_leader_endpoints = tuple([read_f_leader_endpoints(reader, version) for _ in range(count_f_leader_endpoints)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 0 else reader.unknown_tagged_fields('BeginQuorumEpochRequest.tagged_fields')
        return _new_BeginQuorumEpochRequest(f_cluster_id, f_voter_id, f_topics, f_leader_endpoints, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'BeginQuorumEpochRequest', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'BeginQuorumEpochRequest', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> BeginQuorumEpochRequest:
        check_decode_version(version, 'BeginQuorumEpochRequest', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('BeginQuorumEpochRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class BeginQuorumEpochResponse:
    """BeginQuorumEpochResponse, API key 53: versions 0-1, flexible 1+."""

    API_KEY: ClassVar[int] = 53
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 1

    error_code: int = 0  # versions 0+
    topics: tuple[BeginQuorumEpochResponse.TopicData, ...] = ()  # versions 0+
    node_endpoints: tuple[BeginQuorumEpochResponse.NodeEndpoint, ...] = ()  # versions 1+; tag 0 in 1+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicData:
        """BeginQuorumEpochResponse.TopicData: versions 0+."""

        topic_name: str = ''  # versions 0+
        partitions: tuple[BeginQuorumEpochResponse.PartitionData, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 0:
                writer.string(self.topic_name)
            else:
                writer.compact_string(self.topic_name)
            if version <= 0:
                items_partitions = self.partitions
                writer.array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            else:
                items_partitions = self.partitions
                writer.compact_array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            if version <= 0:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'BeginQuorumEpochResponse.TopicData has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> BeginQuorumEpochResponse.TopicData:
            f_topic_name: str
            f_partitions: tuple[BeginQuorumEpochResponse.PartitionData, ...]
            f_topic_name = reader.string('BeginQuorumEpochResponse.TopicData.topic_name') if version <= 0 else reader.compact_string('BeginQuorumEpochResponse.TopicData.topic_name')
            if version <= 0:
                count_f_partitions = reader.array_length('BeginQuorumEpochResponse.TopicData.partitions')
                read_f_partitions = BeginQuorumEpochResponse.PartitionData.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            else:
                count_f_partitions = reader.compact_array_length('BeginQuorumEpochResponse.TopicData.partitions')
                read_f_partitions = BeginQuorumEpochResponse.PartitionData.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('BeginQuorumEpochResponse.TopicData.tagged_fields')
            return _new_BeginQuorumEpochResponse__TopicData(f_topic_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionData:
        """BeginQuorumEpochResponse.PartitionData: versions 0+."""

        partition_index: int = 0  # versions 0+
        error_code: int = 0  # versions 0+
        leader_id: int = 0  # versions 0+
        leader_epoch: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int16(self.error_code)
            writer.int32(self.leader_id)
            writer.int32(self.leader_epoch)
            if version <= 0:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'BeginQuorumEpochResponse.PartitionData has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> BeginQuorumEpochResponse.PartitionData:
            f_partition_index: int
            f_error_code: int
            f_leader_id: int
            f_leader_epoch: int
            f_partition_index = reader.int32('BeginQuorumEpochResponse.PartitionData.partition_index')
            f_error_code = reader.int16('BeginQuorumEpochResponse.PartitionData.error_code')
            f_leader_id = reader.int32('BeginQuorumEpochResponse.PartitionData.leader_id')
            f_leader_epoch = reader.int32('BeginQuorumEpochResponse.PartitionData.leader_epoch')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('BeginQuorumEpochResponse.PartitionData.tagged_fields')
            return _new_BeginQuorumEpochResponse__PartitionData(f_partition_index, f_error_code, f_leader_id, f_leader_epoch, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class NodeEndpoint:
        """BeginQuorumEpochResponse.NodeEndpoint: versions 1+."""

        node_id: int = 0  # versions 1+
        host: str = ''  # versions 1+
        port: int = 0  # versions 1+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.node_id)
            writer.compact_string(self.host)
            writer.uint16(self.port)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> BeginQuorumEpochResponse.NodeEndpoint:
            f_node_id: int
            f_host: str
            f_port: int
            f_node_id = reader.int32('BeginQuorumEpochResponse.NodeEndpoint.node_id')
            f_host = reader.compact_string('BeginQuorumEpochResponse.NodeEndpoint.host')
            f_port = reader.uint16('BeginQuorumEpochResponse.NodeEndpoint.port')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('BeginQuorumEpochResponse.NodeEndpoint.tagged_fields')
            return _new_BeginQuorumEpochResponse__NodeEndpoint(f_node_id, f_host, f_port, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int16(self.error_code)
        if version <= 0:
            items_topics = self.topics
            writer.array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        else:
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        if version <= 0:
            if self.node_endpoints != ():
                raise EncodeError(f'BeginQuorumEpochResponse.node_endpoints is set, but version {version} lacks it')
        else:
            pass
        if version <= 0:
            if self.unknown_tagged_fields:
                raise EncodeError(f'BeginQuorumEpochResponse has tagged fields, but version {version} is not flexible')
        else:
            known: list[tuple[int, bytes]] = []
            if self.node_endpoints != ():
                tagged = Writer()
                items_node_endpoints = self.node_endpoints
                tagged.compact_array_length(items_node_endpoints)
                for each_node_endpoints in items_node_endpoints:
                    each_node_endpoints.write(tagged, version)
                known.append((0, tagged.getvalue()))
            writer.tagged_fields(known, self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> BeginQuorumEpochResponse:
        f_error_code: int
        f_topics: tuple[BeginQuorumEpochResponse.TopicData, ...]
        f_node_endpoints: tuple[BeginQuorumEpochResponse.NodeEndpoint, ...]
        f_error_code = reader.int16('BeginQuorumEpochResponse.error_code')
        if version <= 0:
            count_f_topics = reader.array_length('BeginQuorumEpochResponse.topics')
            read_f_topics = BeginQuorumEpochResponse.TopicData.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        else:
            count_f_topics = reader.compact_array_length('BeginQuorumEpochResponse.topics')
            read_f_topics = BeginQuorumEpochResponse.TopicData.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        f_node_endpoints = ()
        unknown: tuple[tuple[int, bytes], ...]
        if version <= 0:
            unknown = ()
        else:
            unknown_list: list[tuple[int, bytes]] = []
            for _ in range(reader.tagged_field_count('BeginQuorumEpochResponse.tagged_fields')):
                tag, end = reader.tagged_field_header('BeginQuorumEpochResponse.tagged_fields')
                if tag == 0:
                    count_f_node_endpoints = reader.compact_array_length('BeginQuorumEpochResponse.node_endpoints')
                    read_f_node_endpoints = BeginQuorumEpochResponse.NodeEndpoint.read
                    f_node_endpoints = tuple([read_f_node_endpoints(reader, version) for _ in range(count_f_node_endpoints)])
                    reader.expect_position(end, 'BeginQuorumEpochResponse.tagged_fields')
                else:
                    unknown_list.append((tag, reader.raw(end - reader.position, 'BeginQuorumEpochResponse.tagged_fields')))
            unknown = tuple(unknown_list)
        return _new_BeginQuorumEpochResponse(f_error_code, f_topics, f_node_endpoints, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'BeginQuorumEpochResponse', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'BeginQuorumEpochResponse', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> BeginQuorumEpochResponse:
        check_decode_version(version, 'BeginQuorumEpochResponse', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('BeginQuorumEpochResponse')
        return result


_SET_BeginQuorumEpochRequest__TopicData: tuple[Any, ...] = tuple(
    vars(BeginQuorumEpochRequest.TopicData)[name].__set__ for name in ('topic_name', 'partitions', 'unknown_tagged_fields', ))


def _new_BeginQuorumEpochRequest__TopicData(topic_name: str, partitions: tuple[BeginQuorumEpochRequest.PartitionData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> BeginQuorumEpochRequest.TopicData:
    instance_: BeginQuorumEpochRequest.TopicData = object.__new__(BeginQuorumEpochRequest.TopicData)
    set0_, set1_, set2_, = _SET_BeginQuorumEpochRequest__TopicData
    set0_(instance_, topic_name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_BeginQuorumEpochRequest__PartitionData: tuple[Any, ...] = tuple(
    vars(BeginQuorumEpochRequest.PartitionData)[name].__set__ for name in ('partition_index', 'voter_directory_id', 'leader_id', 'leader_epoch', 'unknown_tagged_fields', ))


def _new_BeginQuorumEpochRequest__PartitionData(partition_index: int, voter_directory_id: UUID, leader_id: int, leader_epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> BeginQuorumEpochRequest.PartitionData:
    instance_: BeginQuorumEpochRequest.PartitionData = object.__new__(BeginQuorumEpochRequest.PartitionData)
    set0_, set1_, set2_, set3_, set4_, = _SET_BeginQuorumEpochRequest__PartitionData
    set0_(instance_, partition_index)
    set1_(instance_, voter_directory_id)
    set2_(instance_, leader_id)
    set3_(instance_, leader_epoch)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_BeginQuorumEpochRequest__LeaderEndpoint: tuple[Any, ...] = tuple(
    vars(BeginQuorumEpochRequest.LeaderEndpoint)[name].__set__ for name in ('name', 'host', 'port', 'unknown_tagged_fields', ))


def _new_BeginQuorumEpochRequest__LeaderEndpoint(name: str, host: str, port: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> BeginQuorumEpochRequest.LeaderEndpoint:
    instance_: BeginQuorumEpochRequest.LeaderEndpoint = object.__new__(BeginQuorumEpochRequest.LeaderEndpoint)
    set0_, set1_, set2_, set3_, = _SET_BeginQuorumEpochRequest__LeaderEndpoint
    set0_(instance_, name)
    set1_(instance_, host)
    set2_(instance_, port)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_BeginQuorumEpochRequest: tuple[Any, ...] = tuple(
    vars(BeginQuorumEpochRequest)[name].__set__ for name in ('cluster_id', 'voter_id', 'topics', 'leader_endpoints', 'unknown_tagged_fields', ))


def _new_BeginQuorumEpochRequest(cluster_id: str | None, voter_id: int, topics: tuple[BeginQuorumEpochRequest.TopicData, ...], leader_endpoints: tuple[BeginQuorumEpochRequest.LeaderEndpoint, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> BeginQuorumEpochRequest:
    instance_: BeginQuorumEpochRequest = object.__new__(BeginQuorumEpochRequest)
    set0_, set1_, set2_, set3_, set4_, = _SET_BeginQuorumEpochRequest
    set0_(instance_, cluster_id)
    set1_(instance_, voter_id)
    set2_(instance_, topics)
    set3_(instance_, leader_endpoints)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_BeginQuorumEpochResponse__TopicData: tuple[Any, ...] = tuple(
    vars(BeginQuorumEpochResponse.TopicData)[name].__set__ for name in ('topic_name', 'partitions', 'unknown_tagged_fields', ))


def _new_BeginQuorumEpochResponse__TopicData(topic_name: str, partitions: tuple[BeginQuorumEpochResponse.PartitionData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> BeginQuorumEpochResponse.TopicData:
    instance_: BeginQuorumEpochResponse.TopicData = object.__new__(BeginQuorumEpochResponse.TopicData)
    set0_, set1_, set2_, = _SET_BeginQuorumEpochResponse__TopicData
    set0_(instance_, topic_name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_BeginQuorumEpochResponse__PartitionData: tuple[Any, ...] = tuple(
    vars(BeginQuorumEpochResponse.PartitionData)[name].__set__ for name in ('partition_index', 'error_code', 'leader_id', 'leader_epoch', 'unknown_tagged_fields', ))


def _new_BeginQuorumEpochResponse__PartitionData(partition_index: int, error_code: int, leader_id: int, leader_epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> BeginQuorumEpochResponse.PartitionData:
    instance_: BeginQuorumEpochResponse.PartitionData = object.__new__(BeginQuorumEpochResponse.PartitionData)
    set0_, set1_, set2_, set3_, set4_, = _SET_BeginQuorumEpochResponse__PartitionData
    set0_(instance_, partition_index)
    set1_(instance_, error_code)
    set2_(instance_, leader_id)
    set3_(instance_, leader_epoch)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_BeginQuorumEpochResponse__NodeEndpoint: tuple[Any, ...] = tuple(
    vars(BeginQuorumEpochResponse.NodeEndpoint)[name].__set__ for name in ('node_id', 'host', 'port', 'unknown_tagged_fields', ))


def _new_BeginQuorumEpochResponse__NodeEndpoint(node_id: int, host: str, port: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> BeginQuorumEpochResponse.NodeEndpoint:
    instance_: BeginQuorumEpochResponse.NodeEndpoint = object.__new__(BeginQuorumEpochResponse.NodeEndpoint)
    set0_, set1_, set2_, set3_, = _SET_BeginQuorumEpochResponse__NodeEndpoint
    set0_(instance_, node_id)
    set1_(instance_, host)
    set2_(instance_, port)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_BeginQuorumEpochResponse: tuple[Any, ...] = tuple(
    vars(BeginQuorumEpochResponse)[name].__set__ for name in ('error_code', 'topics', 'node_endpoints', 'unknown_tagged_fields', ))


def _new_BeginQuorumEpochResponse(error_code: int, topics: tuple[BeginQuorumEpochResponse.TopicData, ...], node_endpoints: tuple[BeginQuorumEpochResponse.NodeEndpoint, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> BeginQuorumEpochResponse:
    instance_: BeginQuorumEpochResponse = object.__new__(BeginQuorumEpochResponse)
    set0_, set1_, set2_, set3_, = _SET_BeginQuorumEpochResponse
    set0_(instance_, error_code)
    set1_(instance_, topics)
    set2_(instance_, node_endpoints)
    set3_(instance_, unknown_tagged_fields)
    return instance_
