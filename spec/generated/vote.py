# generated from VoteRequest.json, VoteResponse.json; do not edit
"""Vote (API key 52): request and response."""

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
__all__ = ['VoteRequest', 'VoteResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class VoteRequest:
    """VoteRequest, API key 52: versions 0-1, flexible 0+."""

    API_KEY: ClassVar[int] = 52
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    cluster_id: str | None = None  # versions 0+; nullable 0+
    voter_id: int = -1  # versions 1+; ignorable
    topics: tuple[VoteRequest.TopicData, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicData:
        """VoteRequest.TopicData: versions 0+."""

        topic_name: str = ''  # versions 0+
        partitions: tuple[VoteRequest.PartitionData, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.topic_name)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> VoteRequest.TopicData:
            f_topic_name: str
            f_partitions: tuple[VoteRequest.PartitionData, ...]
            f_topic_name = reader.compact_string('VoteRequest.TopicData.topic_name')
            count_f_partitions = reader.compact_array_length('VoteRequest.TopicData.partitions')
            read_f_partitions = VoteRequest.PartitionData.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('VoteRequest.TopicData.tagged_fields')
            return _new_VoteRequest__TopicData(f_topic_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionData:
        """VoteRequest.PartitionData: versions 0+."""

        partition_index: int = 0  # versions 0+
        candidate_epoch: int = 0  # versions 0+
        candidate_id: int = 0  # versions 0+
        candidate_directory_id: UUID = _ZERO_UUID  # versions 1+; ignorable
        voter_directory_id: UUID = _ZERO_UUID  # versions 1+; ignorable
        last_offset_epoch: int = 0  # versions 0+
        last_offset: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int32(self.candidate_epoch)
            writer.int32(self.candidate_id)
            if version <= 0:
                pass
            else:
                writer.uuid(self.candidate_directory_id)
            if version <= 0:
                pass
            else:
                writer.uuid(self.voter_directory_id)
            writer.int32(self.last_offset_epoch)
            writer.int64(self.last_offset)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> VoteRequest.PartitionData:
            f_partition_index: int
            f_candidate_epoch: int
            f_candidate_id: int
            f_candidate_directory_id: UUID
            f_voter_directory_id: UUID
            f_last_offset_epoch: int
            f_last_offset: int
            f_partition_index = reader.int32('VoteRequest.PartitionData.partition_index')
            f_candidate_epoch = reader.int32('VoteRequest.PartitionData.candidate_epoch')
            f_candidate_id = reader.int32('VoteRequest.PartitionData.candidate_id')
            f_candidate_directory_id = _ZERO_UUID if version <= 0 else reader.uuid('VoteRequest.PartitionData.candidate_directory_id')
            f_voter_directory_id = _ZERO_UUID if version <= 0 else reader.uuid('VoteRequest.PartitionData.voter_directory_id')
            f_last_offset_epoch = reader.int32('VoteRequest.PartitionData.last_offset_epoch')
            f_last_offset = reader.int64('VoteRequest.PartitionData.last_offset')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('VoteRequest.PartitionData.tagged_fields')
            return _new_VoteRequest__PartitionData(f_partition_index, f_candidate_epoch, f_candidate_id, f_candidate_directory_id, f_voter_directory_id, f_last_offset_epoch, f_last_offset, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.compact_nullable_string(self.cluster_id)
        if version <= 0:
            pass
        else:
            writer.int32(self.voter_id)
        items_topics = self.topics
        writer.compact_array_length(items_topics)
        for each_topics in items_topics:
            each_topics.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> VoteRequest:
        f_cluster_id: str | None
        f_voter_id: int
        f_topics: tuple[VoteRequest.TopicData, ...]
        f_cluster_id = reader.compact_nullable_string('VoteRequest.cluster_id')
        f_voter_id = -1 if version <= 0 else reader.int32('VoteRequest.voter_id')
        count_f_topics = reader.compact_array_length('VoteRequest.topics')
        read_f_topics = VoteRequest.TopicData.read
        f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('VoteRequest.tagged_fields')
        return _new_VoteRequest(f_cluster_id, f_voter_id, f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'VoteRequest', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'VoteRequest', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> VoteRequest:
        check_decode_version(version, 'VoteRequest', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('VoteRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class VoteResponse:
    """VoteResponse, API key 52: versions 0-1, flexible 0+."""

    API_KEY: ClassVar[int] = 52
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    error_code: int = 0  # versions 0+
    topics: tuple[VoteResponse.TopicData, ...] = ()  # versions 0+
    node_endpoints: tuple[VoteResponse.NodeEndpoint, ...] = ()  # versions 1+; tag 0 in 1+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicData:
        """VoteResponse.TopicData: versions 0+."""

        topic_name: str = ''  # versions 0+
        partitions: tuple[VoteResponse.PartitionData, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.topic_name)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> VoteResponse.TopicData:
            f_topic_name: str
            f_partitions: tuple[VoteResponse.PartitionData, ...]
            f_topic_name = reader.compact_string('VoteResponse.TopicData.topic_name')
            count_f_partitions = reader.compact_array_length('VoteResponse.TopicData.partitions')
            read_f_partitions = VoteResponse.PartitionData.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('VoteResponse.TopicData.tagged_fields')
            return _new_VoteResponse__TopicData(f_topic_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionData:
        """VoteResponse.PartitionData: versions 0+."""

        partition_index: int = 0  # versions 0+
        error_code: int = 0  # versions 0+
        leader_id: int = 0  # versions 0+
        leader_epoch: int = 0  # versions 0+
        vote_granted: bool = False  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int16(self.error_code)
            writer.int32(self.leader_id)
            writer.int32(self.leader_epoch)
            writer.boolean(self.vote_granted)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> VoteResponse.PartitionData:
            f_partition_index: int
            f_error_code: int
            f_leader_id: int
            f_leader_epoch: int
            f_vote_granted: bool
            f_partition_index = reader.int32('VoteResponse.PartitionData.partition_index')
            f_error_code = reader.int16('VoteResponse.PartitionData.error_code')
            f_leader_id = reader.int32('VoteResponse.PartitionData.leader_id')
            f_leader_epoch = reader.int32('VoteResponse.PartitionData.leader_epoch')
            f_vote_granted = reader.boolean('VoteResponse.PartitionData.vote_granted')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('VoteResponse.PartitionData.tagged_fields')
            return _new_VoteResponse__PartitionData(f_partition_index, f_error_code, f_leader_id, f_leader_epoch, f_vote_granted, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class NodeEndpoint:
        """VoteResponse.NodeEndpoint: versions 1+."""

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
        def read(cls, reader: Reader, version: int) -> VoteResponse.NodeEndpoint:
            f_node_id: int
            f_host: str
            f_port: int
            f_node_id = reader.int32('VoteResponse.NodeEndpoint.node_id')
            f_host = reader.compact_string('VoteResponse.NodeEndpoint.host')
            f_port = reader.uint16('VoteResponse.NodeEndpoint.port')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('VoteResponse.NodeEndpoint.tagged_fields')
            return _new_VoteResponse__NodeEndpoint(f_node_id, f_host, f_port, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int16(self.error_code)
        items_topics = self.topics
        writer.compact_array_length(items_topics)
        for each_topics in items_topics:
            each_topics.write(writer, version)
        if version <= 0:
            if self.node_endpoints != ():
                raise EncodeError(f'VoteResponse.node_endpoints is set, but version {version} lacks it')
        else:
            pass
        known: list[tuple[int, bytes]] = []
        if version <= 0:
            pass
        else:
            if self.node_endpoints != ():
                tagged = Writer()
                items_node_endpoints = self.node_endpoints
                tagged.compact_array_length(items_node_endpoints)
                for each_node_endpoints in items_node_endpoints:
                    each_node_endpoints.write(tagged, version)
                known.append((0, tagged.getvalue()))
        writer.tagged_fields(known, self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> VoteResponse:
        f_error_code: int
        f_topics: tuple[VoteResponse.TopicData, ...]
        f_node_endpoints: tuple[VoteResponse.NodeEndpoint, ...]
        f_error_code = reader.int16('VoteResponse.error_code')
        count_f_topics = reader.compact_array_length('VoteResponse.topics')
        read_f_topics = VoteResponse.TopicData.read
        f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        f_node_endpoints = ()
        unknown: tuple[tuple[int, bytes], ...]
        unknown_list: list[tuple[int, bytes]] = []
        for _ in range(reader.tagged_field_count('VoteResponse.tagged_fields')):
            tag, end = reader.tagged_field_header('VoteResponse.tagged_fields')
            if tag == 0:
                if version < 1:
                    raise reader.fail('tag 0 is not valid for version ' + str(version), 'VoteResponse.tagged_fields')
                count_f_node_endpoints = reader.compact_array_length('VoteResponse.node_endpoints')
                read_f_node_endpoints = VoteResponse.NodeEndpoint.read
                f_node_endpoints = tuple([read_f_node_endpoints(reader, version) for _ in range(count_f_node_endpoints)])
                reader.expect_position(end, 'VoteResponse.tagged_fields')
            else:
                unknown_list.append((tag, reader.raw(end - reader.position, 'VoteResponse.tagged_fields')))
        unknown = tuple(unknown_list)
        return _new_VoteResponse(f_error_code, f_topics, f_node_endpoints, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'VoteResponse', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'VoteResponse', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> VoteResponse:
        check_decode_version(version, 'VoteResponse', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('VoteResponse')
        return result


_SET_VoteRequest__TopicData: tuple[Any, ...] = tuple(
    vars(VoteRequest.TopicData)[name].__set__ for name in ('topic_name', 'partitions', 'unknown_tagged_fields', ))


def _new_VoteRequest__TopicData(topic_name: str, partitions: tuple[VoteRequest.PartitionData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> VoteRequest.TopicData:
    instance_: VoteRequest.TopicData = object.__new__(VoteRequest.TopicData)
    set0_, set1_, set2_, = _SET_VoteRequest__TopicData
    set0_(instance_, topic_name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_VoteRequest__PartitionData: tuple[Any, ...] = tuple(
    vars(VoteRequest.PartitionData)[name].__set__ for name in ('partition_index', 'candidate_epoch', 'candidate_id', 'candidate_directory_id', 'voter_directory_id', 'last_offset_epoch', 'last_offset', 'unknown_tagged_fields', ))


def _new_VoteRequest__PartitionData(partition_index: int, candidate_epoch: int, candidate_id: int, candidate_directory_id: UUID, voter_directory_id: UUID, last_offset_epoch: int, last_offset: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> VoteRequest.PartitionData:
    instance_: VoteRequest.PartitionData = object.__new__(VoteRequest.PartitionData)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, = _SET_VoteRequest__PartitionData
    set0_(instance_, partition_index)
    set1_(instance_, candidate_epoch)
    set2_(instance_, candidate_id)
    set3_(instance_, candidate_directory_id)
    set4_(instance_, voter_directory_id)
    set5_(instance_, last_offset_epoch)
    set6_(instance_, last_offset)
    set7_(instance_, unknown_tagged_fields)
    return instance_


_SET_VoteRequest: tuple[Any, ...] = tuple(
    vars(VoteRequest)[name].__set__ for name in ('cluster_id', 'voter_id', 'topics', 'unknown_tagged_fields', ))


def _new_VoteRequest(cluster_id: str | None, voter_id: int, topics: tuple[VoteRequest.TopicData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> VoteRequest:
    instance_: VoteRequest = object.__new__(VoteRequest)
    set0_, set1_, set2_, set3_, = _SET_VoteRequest
    set0_(instance_, cluster_id)
    set1_(instance_, voter_id)
    set2_(instance_, topics)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_VoteResponse__TopicData: tuple[Any, ...] = tuple(
    vars(VoteResponse.TopicData)[name].__set__ for name in ('topic_name', 'partitions', 'unknown_tagged_fields', ))


def _new_VoteResponse__TopicData(topic_name: str, partitions: tuple[VoteResponse.PartitionData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> VoteResponse.TopicData:
    instance_: VoteResponse.TopicData = object.__new__(VoteResponse.TopicData)
    set0_, set1_, set2_, = _SET_VoteResponse__TopicData
    set0_(instance_, topic_name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_VoteResponse__PartitionData: tuple[Any, ...] = tuple(
    vars(VoteResponse.PartitionData)[name].__set__ for name in ('partition_index', 'error_code', 'leader_id', 'leader_epoch', 'vote_granted', 'unknown_tagged_fields', ))


def _new_VoteResponse__PartitionData(partition_index: int, error_code: int, leader_id: int, leader_epoch: int, vote_granted: bool, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> VoteResponse.PartitionData:
    instance_: VoteResponse.PartitionData = object.__new__(VoteResponse.PartitionData)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_VoteResponse__PartitionData
    set0_(instance_, partition_index)
    set1_(instance_, error_code)
    set2_(instance_, leader_id)
    set3_(instance_, leader_epoch)
    set4_(instance_, vote_granted)
    set5_(instance_, unknown_tagged_fields)
    return instance_


_SET_VoteResponse__NodeEndpoint: tuple[Any, ...] = tuple(
    vars(VoteResponse.NodeEndpoint)[name].__set__ for name in ('node_id', 'host', 'port', 'unknown_tagged_fields', ))


def _new_VoteResponse__NodeEndpoint(node_id: int, host: str, port: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> VoteResponse.NodeEndpoint:
    instance_: VoteResponse.NodeEndpoint = object.__new__(VoteResponse.NodeEndpoint)
    set0_, set1_, set2_, set3_, = _SET_VoteResponse__NodeEndpoint
    set0_(instance_, node_id)
    set1_(instance_, host)
    set2_(instance_, port)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_VoteResponse: tuple[Any, ...] = tuple(
    vars(VoteResponse)[name].__set__ for name in ('error_code', 'topics', 'node_endpoints', 'unknown_tagged_fields', ))


def _new_VoteResponse(error_code: int, topics: tuple[VoteResponse.TopicData, ...], node_endpoints: tuple[VoteResponse.NodeEndpoint, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> VoteResponse:
    instance_: VoteResponse = object.__new__(VoteResponse)
    set0_, set1_, set2_, set3_, = _SET_VoteResponse
    set0_(instance_, error_code)
    set1_(instance_, topics)
    set2_(instance_, node_endpoints)
    set3_(instance_, unknown_tagged_fields)
    return instance_
