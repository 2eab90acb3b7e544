# generated from EndQuorumEpochRequest.json, EndQuorumEpochResponse.json; do not edit
"""EndQuorumEpoch (API key 54): request and response."""

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
__all__ = ['EndQuorumEpochRequest', 'EndQuorumEpochResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class EndQuorumEpochRequest:
    """EndQuorumEpochRequest, API key 54: versions 0-1, flexible 1+."""

    API_KEY: ClassVar[int] = 54
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 1

    cluster_id: str | None = None  # versions 0+; nullable 0+
    topics: tuple[EndQuorumEpochRequest.TopicData, ...] = ()  # versions 0+
    leader_endpoints: tuple[EndQuorumEpochRequest.LeaderEndpoint, ...] = ()  # versions 1+; ignorable
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicData:
        """EndQuorumEpochRequest.TopicData: versions 0+."""

        topic_name: str = ''  # versions 0+
        partitions: tuple[EndQuorumEpochRequest.PartitionData, ...] = ()  # versions 0+
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
                    raise EncodeError(f'EndQuorumEpochRequest.TopicData has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> EndQuorumEpochRequest.TopicData:
            f_topic_name: str
            f_partitions: tuple[EndQuorumEpochRequest.PartitionData, ...]
            f_topic_name = reader.string('EndQuorumEpochRequest.TopicData.topic_name') if version <= 0 else reader.compact_string('EndQuorumEpochRequest.TopicData.topic_name')
            if version <= 0:
                count_f_partitions = reader.array_length('EndQuorumEpochRequest.TopicData.partitions')
                read_f_partitions = EndQuorumEpochRequest.PartitionData.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            else:
                count_f_partitions = reader.compact_array_length('EndQuorumEpochRequest.TopicData.partitions')
                read_f_partitions = EndQuorumEpochRequest.PartitionData.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('EndQuorumEpochRequest.TopicData.tagged_fields')
            return _new_EndQuorumEpochRequest__TopicData(f_topic_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionData:
        """EndQuorumEpochRequest.PartitionData: versions 0+."""

        partition_index: int = 0  # versions 0+
        leader_id: int = 0  # versions 0+
        leader_epoch: int = 0  # versions 0+
        preferred_successors: tuple[int, ...] = ()  # versions 0; ignorable
        preferred_candidates: tuple[EndQuorumEpochRequest.ReplicaInfo, ...] = ()  # versions 1+; ignorable
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int32(self.leader_id)
            writer.int32(self.leader_epoch)
            if version <= 0:
                items_preferred_successors = self.preferred_successors
                writer.array_length(items_preferred_successors)
                writer.int32_items(items_preferred_successors)
            else:
                pass
            if version <= 0:
                pass
            else:
                items_preferred_candidates = self.preferred_candidates
                writer.compact_array_length(items_preferred_candidates)
                for each_preferred_candidates in items_preferred_candidates:
                    each_preferred_candidates.write(writer, version)
            if version <= 0:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'EndQuorumEpochRequest.PartitionData has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> EndQuorumEpochRequest.PartitionData:
            f_partition_index: int
            f_leader_id: int
            f_leader_epoch: int
            f_preferred_successors: tuple[int, ...]
            f_preferred_candidates: tuple[EndQuorumEpochRequest.ReplicaInfo, ...]
            f_partition_index = reader.int32('EndQuorumEpochRequest.PartitionData.partition_index')
            f_leader_id = reader.int32('EndQuorumEpochRequest.PartitionData.leader_id')
            f_leader_epoch = reader.int32('EndQuorumEpochRequest.PartitionData.leader_epoch')
            if version <= 0:
                count_f_preferred_successors = reader.array_length('EndQuorumEpochRequest.PartitionData.preferred_successors')
                f_preferred_successors = reader.int32_items(count_f_preferred_successors, 'EndQuorumEpochRequest.PartitionData.preferred_successors')
            else:
                f_preferred_successors = ()
            if version <= 0:
                f_preferred_candidates = ()
            else:
                count_f_preferred_candidates = reader.compact_array_length('EndQuorumEpochRequest.PartitionData.preferred_candidates')
                read_f_preferred_candidates = EndQuorumEpochRequest.ReplicaInfo.read
                f_preferred_candidates = tuple([read_f_preferred_candidates(reader, version) for _ in range(count_f_preferred_candidates)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('EndQuorumEpochRequest.PartitionData.tagged_fields')
            return _new_EndQuorumEpochRequest__PartitionData(f_partition_index, f_leader_id, f_leader_epoch, f_preferred_successors, f_preferred_candidates, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ReplicaInfo:
        """EndQuorumEpochRequest.ReplicaInfo: versions 1+."""

        candidate_id: int = 0  # versions 1+
        candidate_directory_id: UUID = _ZERO_UUID  # versions 1+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.candidate_id)
            writer.uuid(self.candidate_directory_id)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> EndQuorumEpochRequest.ReplicaInfo:
            f_candidate_id: int
            f_candidate_directory_id: UUID
            f_candidate_id = reader.int32('EndQuorumEpochRequest.ReplicaInfo.candidate_id')
            f_candidate_directory_id = reader.uuid('EndQuorumEpochRequest.ReplicaInfo.candidate_directory_id')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('EndQuorumEpochRequest.ReplicaInfo.tagged_fields')
            return _new_EndQuorumEpochRequest__ReplicaInfo(f_candidate_id, f_candidate_directory_id, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class LeaderEndpoint:
        """EndQuorumEpochRequest.LeaderEndpoint: versions 1+."""

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
        def read(cls, reader: Reader, version: int) -> EndQuorumEpochRequest.LeaderEndpoint:
            f_name: str
            f_host: str
            f_port: int
            f_name = reader.compact_string('EndQuorumEpochRequest.LeaderEndpoint.name')
            f_host = reader.compact_string('EndQuorumEpochRequest.LeaderEndpoint.host')
            f_port = reader.uint16('EndQuorumEpochRequest.LeaderEndpoint.port')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('EndQuorumEpochRequest.LeaderEndpoint.tagged_fields')
            return _new_EndQuorumEpochRequest__LeaderEndpoint(f_name, f_host, f_port, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 0:
            writer.nullable_string(self.cluster_id)
        else:
            writer.compact_nullable_string(self.cluster_id)
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
                raise EncodeError(f'EndQuorumEpochRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> EndQuorumEpochRequest:
        f_cluster_id: str | None
        f_topics: tuple[EndQuorumEpochRequest.TopicData, ...]
        f_leader_endpoints: tuple[EndQuorumEpochRequest.LeaderEndpoint, ...]
        f_cluster_id = reader.nullable_string('EndQuorumEpochRequest.cluster_id') if version <= 0 else reader.compact_nullable_string('EndQuorumEpochRequest.cluster_id')
        if version <= 0:
            count_f_topics = reader.array_length('EndQuorumEpochRequest.topics')
            read_f_topics = EndQuorumEpochRequest.TopicData.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        else:
            count_f_topics = reader.compact_array_length('EndQuorumEpochRequest.topics')
            read_f_topics = EndQuorumEpochRequest.TopicData.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        if version <= 0:
            f_leader_endpoints = ()
        else:
            count_f_leader_endpoints = reader.compact_array_length('EndQuorumEpochRequest.leader_endpoints')
            read_f_leader_endpoints = EndQuorumEpochRequest.LeaderEndpoint.read
            f_leader_endpoints = tuple([read_f_leader_endpoints(reader, version) for _ in range(count_f_leader_endpoints)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 0 else reader.unknown_tagged_fields('EndQuorumEpochRequest.tagged_fields')
        return _new_EndQuorumEpochRequest(f_cluster_id, f_topics, f_leader_endpoints, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'EndQuorumEpochRequest', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'EndQuorumEpochRequest', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> EndQuorumEpochRequest:
        check_decode_version(version, 'EndQuorumEpochRequest', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('EndQuorumEpochRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class EndQuorumEpochResponse:
    """EndQuorumEpochResponse, API key 54: versions 0-1, flexible 1+."""

    API_KEY: ClassVar[int] = 54
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 1

    error_code: int = 0  # versions 0+
    topics: tuple[EndQuorumEpochResponse.TopicData, ...] = ()  # versions 0+
    node_endpoints: tuple[EndQuorumEpochResponse.NodeEndpoint, ...] = ()  # versions 1+; tag 0 in 1+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicData:
        """EndQuorumEpochResponse.TopicData: versions 0+."""

        topic_name: str = ''  # versions 0+
        partitions: tuple[EndQuorumEpochResponse.PartitionData, ...] = ()  # versions 0+
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
                    raise EncodeError(f'EndQuorumEpochResponse.TopicData has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> EndQuorumEpochResponse.TopicData:
            f_topic_name: str
            f_partitions: tuple[EndQuorumEpochResponse.PartitionData, ...]
            f_topic_name = reader.string('EndQuorumEpochResponse.TopicData.topic_name') if version <= 0 else reader.compact_string('EndQuorumEpochResponse.TopicData.topic_name')
            if version <= 0:
                count_f_partitions = reader.array_length('EndQuorumEpochResponse.TopicData.partitions')
                read_f_partitions = EndQuorumEpochResponse.PartitionData.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            else:
                count_f_partitions = reader.compact_array_length('EndQuorumEpochResponse.TopicData.partitions')
                read_f_partitions = EndQuorumEpochResponse.PartitionData.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('EndQuorumEpochResponse.TopicData.tagged_fields')
            return _new_EndQuorumEpochResponse__TopicData(f_topic_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionData:
        """EndQuorumEpochResponse.PartitionData: versions 0+."""

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
                    raise EncodeError(f'EndQuorumEpochResponse.PartitionData has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> EndQuorumEpochResponse.PartitionData:
            f_partition_index: int
            f_error_code: int
            f_leader_id: int
            f_leader_epoch: int
            f_partition_index = reader.int32('EndQuorumEpochResponse.PartitionData.partition_index')
            f_error_code = reader.int16('EndQuorumEpochResponse.PartitionData.error_code')
            f_leader_id = reader.int32('EndQuorumEpochResponse.PartitionData.leader_id')
            f_leader_epoch = reader.int32('EndQuorumEpochResponse.PartitionData.leader_epoch')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('EndQuorumEpochResponse.PartitionData.tagged_fields')
            return _new_EndQuorumEpochResponse__PartitionData(f_partition_index, f_error_code, f_leader_id, f_leader_epoch, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class NodeEndpoint:
        """EndQuorumEpochResponse.NodeEndpoint: versions 1+."""

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
        def read(cls, reader: Reader, version: int) -> EndQuorumEpochResponse.NodeEndpoint:
            f_node_id: int
            f_host: str
            f_port: int
            f_node_id = reader.int32('EndQuorumEpochResponse.NodeEndpoint.node_id')
            f_host = reader.compact_string('EndQuorumEpochResponse.NodeEndpoint.host')
            f_port = reader.uint16('EndQuorumEpochResponse.NodeEndpoint.port')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('EndQuorumEpochResponse.NodeEndpoint.tagged_fields')
            return _new_EndQuorumEpochResponse__NodeEndpoint(f_node_id, f_host, f_port, unknown)

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
                raise EncodeError(f'EndQuorumEpochResponse.node_endpoints is set, but version {version} lacks it')
        else:
            pass
        if version <= 0:
            if self.unknown_tagged_fields:
                raise EncodeError(f'EndQuorumEpochResponse has tagged fields, but version {version} is not flexible')
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
    def read(cls, reader: Reader, version: int) -> EndQuorumEpochResponse:
        f_error_code: int
        f_topics: tuple[EndQuorumEpochResponse.TopicData, ...]
        f_node_endpoints: tuple[EndQuorumEpochResponse.NodeEndpoint, ...]
        f_error_code = reader.int16('EndQuorumEpochResponse.error_code')
        if version <= 0:
            count_f_topics = reader.array_length('EndQuorumEpochResponse.topics')
            read_f_topics = EndQuorumEpochResponse.TopicData.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        else:
            count_f_topics = reader.compact_array_length('EndQuorumEpochResponse.topics')
            read_f_topics = EndQuorumEpochResponse.TopicData.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        f_node_endpoints = ()
        unknown: tuple[tuple[int, bytes], ...]
        if version <= 0:
            unknown = ()
        else:
            unknown_list: list[tuple[int, bytes]] = []
            for _ in range(reader.tagged_field_count('EndQuorumEpochResponse.tagged_fields')):
                tag, end = reader.tagged_field_header('EndQuorumEpochResponse.tagged_fields')
                if tag == 0:
                    count_f_node_endpoints = reader.compact_array_length('EndQuorumEpochResponse.node_endpoints')
                    read_f_node_endpoints = EndQuorumEpochResponse.NodeEndpoint.read
                    f_node_endpoints = tuple([read_f_node_endpoints(reader, version) for _ in range(count_f_node_endpoints)])
                    reader.expect_position(end, 'EndQuorumEpochResponse.tagged_fields')
                else:
                    unknown_list.append((tag, reader.raw(end - reader.position, 'EndQuorumEpochResponse.tagged_fields')))
            unknown = tuple(unknown_list)
        return _new_EndQuorumEpochResponse(f_error_code, f_topics, f_node_endpoints, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'EndQuorumEpochResponse', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'EndQuorumEpochResponse', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> EndQuorumEpochResponse:
        check_decode_version(version, 'EndQuorumEpochResponse', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('EndQuorumEpochResponse')
        return result


_SET_EndQuorumEpochRequest__TopicData: tuple[Any, ...] = tuple(
    vars(EndQuorumEpochRequest.TopicData)[name].__set__ for name in ('topic_name', 'partitions', 'unknown_tagged_fields', ))


def _new_EndQuorumEpochRequest__TopicData(topic_name: str, partitions: tuple[EndQuorumEpochRequest.PartitionData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> EndQuorumEpochRequest.TopicData:
    instance_: EndQuorumEpochRequest.TopicData = object.__new__(EndQuorumEpochRequest.TopicData)
    set0_, set1_, set2_, = _SET_EndQuorumEpochRequest__TopicData
    set0_(instance_, topic_name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_EndQuorumEpochRequest__PartitionData: tuple[Any, ...] = tuple(
    vars(EndQuorumEpochRequest.PartitionData)[name].__set__ for name in ('partition_index', 'leader_id', 'leader_epoch', 'preferred_successors', 'preferred_candidates', 'unknown_tagged_fields', ))


def _new_EndQuorumEpochRequest__PartitionData(partition_index: int, leader_id: int, leader_epoch: int, preferred_successors: tuple[int, ...], preferred_candidates: tuple[EndQuorumEpochRequest.ReplicaInfo, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> EndQuorumEpochRequest.PartitionData:
    instance_: EndQuorumEpochRequest.PartitionData = object.__new__(EndQuorumEpochRequest.PartitionData)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_EndQuorumEpochRequest__PartitionData
    set0_(instance_, partition_index)
    set1_(instance_, leader_id)
    set2_(instance_, leader_epoch)
    set3_(instance_, preferred_successors)
    set4_(instance_, preferred_candidates)
    set5_(instance_, unknown_tagged_fields)
    return instance_


_SET_EndQuorumEpochRequest__ReplicaInfo: tuple[Any, ...] = tuple(
    vars(EndQuorumEpochRequest.ReplicaInfo)[name].__set__ for name in ('candidate_id', 'candidate_directory_id', 'unknown_tagged_fields', ))


def _new_EndQuorumEpochRequest__ReplicaInfo(candidate_id: int, candidate_directory_id: UUID, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> EndQuorumEpochRequest.ReplicaInfo:
    instance_: EndQuorumEpochRequest.ReplicaInfo = object.__new__(EndQuorumEpochRequest.ReplicaInfo)
    set0_, set1_, set2_, = _SET_EndQuorumEpochRequest__ReplicaInfo
    set0_(instance_, candidate_id)
    set1_(instance_, candidate_directory_id)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_EndQuorumEpochRequest__LeaderEndpoint: tuple[Any, ...] = tuple(
    vars(EndQuorumEpochRequest.LeaderEndpoint)[name].__set__ for name in ('name', 'host', 'port', 'unknown_tagged_fields', ))


def _new_EndQuorumEpochRequest__LeaderEndpoint(name: str, host: str, port: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> EndQuorumEpochRequest.LeaderEndpoint:
    instance_: EndQuorumEpochRequest.LeaderEndpoint = object.__new__(EndQuorumEpochRequest.LeaderEndpoint)
    set0_, set1_, set2_, set3_, = _SET_EndQuorumEpochRequest__LeaderEndpoint
    set0_(instance_, name)
    set1_(instance_, host)
    set2_(instance_, port)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_EndQuorumEpochRequest: tuple[Any, ...] = tuple(
    vars(EndQuorumEpochRequest)[name].__set__ for name in ('cluster_id', 'topics', 'leader_endpoints', 'unknown_tagged_fields', ))


def _new_EndQuorumEpochRequest(cluster_id: str | None, topics: tuple[EndQuorumEpochRequest.TopicData, ...], leader_endpoints: tuple[EndQuorumEpochRequest.LeaderEndpoint, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> EndQuorumEpochRequest:
    instance_: EndQuorumEpochRequest = object.__new__(EndQuorumEpochRequest)
    set0_, set1_, set2_, set3_, = _SET_EndQuorumEpochRequest
    set0_(instance_, cluster_id)
    set1_(instance_, topics)
    set2_(instance_, leader_endpoints)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_EndQuorumEpochResponse__TopicData: tuple[Any, ...] = tuple(
    vars(EndQuorumEpochResponse.TopicData)[name].__set__ for name in ('topic_name', 'partitions', 'unknown_tagged_fields', ))


def _new_EndQuorumEpochResponse__TopicData(topic_name: str, partitions: tuple[EndQuorumEpochResponse.PartitionData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> EndQuorumEpochResponse.TopicData:
    instance_: EndQuorumEpochResponse.TopicData = object.__new__(EndQuorumEpochResponse.TopicData)
    set0_, set1_, set2_, = _SET_EndQuorumEpochResponse__TopicData
    set0_(instance_, topic_name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_EndQuorumEpochResponse__PartitionData: tuple[Any, ...] = tuple(
    vars(EndQuorumEpochResponse.PartitionData)[name].__set__ for name in ('partition_index', 'error_code', 'leader_id', 'leader_epoch', 'unknown_tagged_fields', ))


def _new_EndQuorumEpochResponse__PartitionData(partition_index: int, error_code: int, leader_id: int, leader_epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> EndQuorumEpochResponse.PartitionData:
    instance_: EndQuorumEpochResponse.PartitionData = object.__new__(EndQuorumEpochResponse.PartitionData)
    set0_, set1_, set2_, set3_, set4_, = _SET_EndQuorumEpochResponse__PartitionData
    set0_(instance_, partition_index)
    set1_(instance_, error_code)
    set2_(instance_, leader_id)
    set3_(instance_, leader_epoch)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_EndQuorumEpochResponse__NodeEndpoint: tuple[Any, ...] = tuple(
    vars(EndQuorumEpochResponse.NodeEndpoint)[name].__set__ for name in ('node_id', 'host', 'port', 'unknown_tagged_fields', ))


def _new_EndQuorumEpochResponse__NodeEndpoint(node_id: int, host: str, port: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> EndQuorumEpochResponse.NodeEndpoint:
    instance_: EndQuorumEpochResponse.NodeEndpoint = object.__new__(EndQuorumEpochResponse.NodeEndpoint)
    set0_, set1_, set2_, set3_, = _SET_EndQuorumEpochResponse__NodeEndpoint
    set0_(instance_, node_id)
    set1_(instance_, host)
    set2_(instance_, port)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_EndQuorumEpochResponse: tuple[Any, ...] = tuple(
    vars(EndQuorumEpochResponse)[name].__set__ for name in ('error_code', 'topics', 'node_endpoints', 'unknown_tagged_fields', ))


def _new_EndQuorumEpochResponse(error_code: int, topics: tuple[EndQuorumEpochResponse.TopicData, ...], node_endpoints: tuple[EndQuorumEpochResponse.NodeEndpoint, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> EndQuorumEpochResponse:
    instance_: EndQuorumEpochResponse = object.__new__(EndQuorumEpochResponse)
    set0_, set1_, set2_, set3_, = _SET_EndQuorumEpochResponse
    set0_(instance_, error_code)
    set1_(instance_, topics)
    set2_(instance_, node_endpoints)
    set3_(instance_, unknown_tagged_fields)
    return instance_
