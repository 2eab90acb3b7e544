# generated from ShareAcknowledgeRequest.json, ShareAcknowledgeResponse.json; do not edit
"""ShareAcknowledge (API key 79): request and response."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar
from uuid import UUID

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

_ZERO_UUID = UUID(int=0)
__all__ = ['ShareAcknowledgeRequest', 'ShareAcknowledgeResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class ShareAcknowledgeRequest:
    """ShareAcknowledgeRequest, API key 79: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 79
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    group_id: str | None = None  # versions 0+; nullable 0+
    member_id: str | None = ''  # versions 0+; nullable 0+
    share_session_epoch: int = 0  # versions 0+
    topics: tuple[ShareAcknowledgeRequest.AcknowledgeTopic, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class AcknowledgeTopic:
        """ShareAcknowledgeRequest.AcknowledgeTopic: versions 0+."""

        topic_id: UUID = _ZERO_UUID  # versions 0+
        partitions: tuple[ShareAcknowledgeRequest.AcknowledgePartition, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.uuid(self.topic_id)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ShareAcknowledgeRequest.AcknowledgeTopic:
            f_topic_id: UUID
            f_partitions: tuple[ShareAcknowledgeRequest.AcknowledgePartition, ...]
            f_topic_id = reader.uuid('ShareAcknowledgeRequest.AcknowledgeTopic.topic_id')
            count_f_partitions = reader.compact_array_length('ShareAcknowledgeRequest.AcknowledgeTopic.partitions')
            read_f_partitions = ShareAcknowledgeRequest.AcknowledgePartition.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareAcknowledgeRequest.AcknowledgeTopic.tagged_fields')
            return _new_ShareAcknowledgeRequest__AcknowledgeTopic(f_topic_id, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class AcknowledgePartition:
        """ShareAcknowledgeRequest.AcknowledgePartition: versions 0+."""

        partition_index: int = 0  # versions 0+
        acknowledgement_batches: tuple[ShareAcknowledgeRequest.AcknowledgementBatch, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            items_acknowledgement_batches = self.acknowledgement_batches
            writer.compact_array_length(items_acknowledgement_batches)
            for each_acknowledgement_batches in items_acknowledgement_batches:
                each_acknowledgement_batches.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ShareAcknowledgeRequest.AcknowledgePartition:
            f_partition_index: int
            f_acknowledgement_batches: tuple[ShareAcknowledgeRequest.AcknowledgementBatch, ...]
            f_partition_index = reader.int32('ShareAcknowledgeRequest.AcknowledgePartition.partition_index')
            count_f_acknowledgement_batches = reader.compact_array_length('ShareAcknowledgeRequest.AcknowledgePartition.acknowledgement_batches')
            read_f_acknowledgement_batches = ShareAcknowledgeRequest.AcknowledgementBatch.read
            f_acknowledgement_batches = tuple([read_f_acknowledgement_batches(reader, version) for _ in range(count_f_acknowledgement_batches)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareAcknowledgeRequest.AcknowledgePartition.tagged_fields')
            return _new_ShareAcknowledgeRequest__AcknowledgePartition(f_partition_index, f_acknowledgement_batches, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class AcknowledgementBatch:
        """ShareAcknowledgeRequest.AcknowledgementBatch: versions 0+."""

        first_offset: int = 0  # versions 0+
        last_offset: int = 0  # versions 0+
        acknowledge_types: tuple[int, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int64(self.first_offset)
            writer.int64(self.last_offset)
            items_acknowledge_types = self.acknowledge_types
            writer.compact_array_length(items_acknowledge_types)
            for each_acknowledge_types in items_acknowledge_types:
                writer.int8(each_acknowledge_types)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ShareAcknowledgeRequest.AcknowledgementBatch:
            f_first_offset: int
            f_last_offset: int
            f_acknowledge_types: tuple[int, ...]
            f_first_offset = reader.int64('ShareAcknowledgeRequest.AcknowledgementBatch.first_offset')
            f_last_offset = reader.int64('ShareAcknowledgeRequest.AcknowledgementBatch.last_offset')
            count_f_acknowledge_types = reader.compact_array_length('ShareAcknowledgeRequest.AcknowledgementBatch.acknowledge_types')
            f_acknowledge_types = tuple([reader.int8('ShareAcknowledgeRequest.AcknowledgementBatch.acknowledge_types') for _ in range(count_f_acknowledge_types)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareAcknowledgeRequest.AcknowledgementBatch.tagged_fields')
            return _new_ShareAcknowledgeRequest__AcknowledgementBatch(f_first_offset, f_last_offset, f_acknowledge_types, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.compact_nullable_string(self.group_id)
        writer.compact_nullable_string(self.member_id)
        writer.int32(self.share_session_epoch)
        items_topics = self.topics
        writer.compact_array_length(items_topics)
        for each_topics in items_topics:
            each_topics.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ShareAcknowledgeRequest:
        f_group_id: str | None
        f_member_id: str | None
        f_share_session_epoch: int
        f_topics: tuple[ShareAcknowledgeRequest.AcknowledgeTopic, ...]
        f_group_id = reader.compact_nullable_string('ShareAcknowledgeRequest.group_id')
        f_member_id = reader.compact_nullable_string('ShareAcknowledgeRequest.member_id')
        f_share_session_epoch = reader.int32('ShareAcknowledgeRequest.share_session_epoch')
        count_f_topics = reader.compact_array_length('ShareAcknowledgeRequest.topics')
        read_f_topics = ShareAcknowledgeRequest.AcknowledgeTopic.read
        f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ShareAcknowledgeRequest.tagged_fields')
        return _new_ShareAcknowledgeRequest(f_group_id, f_member_id, f_share_session_epoch, f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ShareAcknowledgeRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ShareAcknowledgeRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ShareAcknowledgeRequest:
        check_decode_version(version, 'ShareAcknowledgeRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ShareAcknowledgeRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class ShareAcknowledgeResponse:
    """ShareAcknowledgeResponse, API key 79: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 79
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+; ignorable
    error_code: int = 0  # versions 0+; ignorable
    error_message: str | None = None  # versions 0+; nullable 0+
    responses: tuple[ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse, ...] = ()  # versions 0+
    node_endpoints: tuple[ShareAcknowledgeResponse.NodeEndpoint, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ShareAcknowledgeTopicResponse:
        """ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse: versions 0+."""

        topic_id: UUID = _ZERO_UUID  # versions 0+; ignorable
        partitions: tuple[ShareAcknowledgeResponse.PartitionData, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.uuid(self.topic_id)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse:
            f_topic_id: UUID
            f_partitions: tuple[ShareAcknowledgeResponse.PartitionData, ...]
            f_topic_id = reader.uuid('ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse.topic_id')
            count_f_partitions = reader.compact_array_length('ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse.partitions')
            read_f_partitions = ShareAcknowledgeResponse.PartitionData.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse.tagged_fields')
            return _new_ShareAcknowledgeResponse__ShareAcknowledgeTopicResponse(f_topic_id, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionData:
        """ShareAcknowledgeResponse.PartitionData: versions 0+."""

        partition_index: int = 0  # versions 0+
        error_code: int = 0  # versions 0+
        error_message: str | None = None  # versions 0+; nullable 0+
        current_leader: ShareAcknowledgeResponse.LeaderIdAndEpoch = field(default_factory=lambda: _EMPTY_ShareAcknowledgeResponse__LeaderIdAndEpoch)  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int16(self.error_code)
            writer.compact_nullable_string(self.error_message)
            self.current_leader.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ShareAcknowledgeResponse.PartitionData:
            f_partition_index: int
            f_error_code: int
            f_error_message: str | None
            f_current_leader: ShareAcknowledgeResponse.LeaderIdAndEpoch
            f_partition_index = reader.int32('ShareAcknowledgeResponse.PartitionData.partition_index')
            f_error_code = reader.int16('ShareAcknowledgeResponse.PartitionData.error_code')
            f_error_message = reader.compact_nullable_string('ShareAcknowledgeResponse.PartitionData.error_message')
            f_current_leader = ShareAcknowledgeResponse.LeaderIdAndEpoch.read(reader, version)
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareAcknowledgeResponse.PartitionData.tagged_fields')
            return _new_ShareAcknowledgeResponse__PartitionData(f_partition_index, f_error_code, f_error_message, f_current_leader, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class LeaderIdAndEpoch:
        """ShareAcknowledgeResponse.LeaderIdAndEpoch: versions 0+."""

        leader_id: int = 0  # versions 0+
        leader_epoch: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.leader_id)
            writer.int32(self.leader_epoch)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ShareAcknowledgeResponse.LeaderIdAndEpoch:
            f_leader_id: int
            f_leader_epoch: int
            f_leader_id = reader.int32('ShareAcknowledgeResponse.LeaderIdAndEpoch.leader_id')
            f_leader_epoch = reader.int32('ShareAcknowledgeResponse.LeaderIdAndEpoch.leader_epoch')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareAcknowledgeResponse.LeaderIdAndEpoch.tagged_fields')
            return _new_ShareAcknowledgeResponse__LeaderIdAndEpoch(f_leader_id, f_leader_epoch, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class NodeEndpoint:
        """ShareAcknowledgeResponse.NodeEndpoint: versions 0+."""

        node_id: int = 0  # versions 0+
        host: str = ''  # versions 0+
        port: int = 0  # versions 0+
        rack: str | None = None  # versions 0+; nullable 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.node_id)
            writer.compact_string(self.host)
            writer.int32(self.port)
            writer.compact_nullable_string(self.rack)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ShareAcknowledgeResponse.NodeEndpoint:
            f_node_id: int
            f_host: str
            f_port: int
            f_rack: str | None
            f_node_id = reader.int32('ShareAcknowledgeResponse.NodeEndpoint.node_id')
            f_host = reader.compact_string('ShareAcknowledgeResponse.NodeEndpoint.host')
            f_port = reader.int32('ShareAcknowledgeResponse.NodeEndpoint.port')
            f_rack = reader.compact_nullable_string('ShareAcknowledgeResponse.NodeEndpoint.rack')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareAcknowledgeResponse.NodeEndpoint.tagged_fields')
            return _new_ShareAcknowledgeResponse__NodeEndpoint(f_node_id, f_host, f_port, f_rack, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        writer.compact_nullable_string(self.error_message)
        items_responses = self.responses
        writer.compact_array_length(items_responses)
        for each_responses in items_responses:
            each_responses.write(writer, version)
        items_node_endpoints = self.node_endpoints
        writer.compact_array_length(items_node_endpoints)
        for each_node_endpoints in items_node_endpoints:
            each_node_endpoints.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ShareAcknowledgeResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_error_message: str | None
        f_responses: tuple[ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse, ...]
        f_node_endpoints: tuple[ShareAcknowledgeResponse.NodeEndpoint, ...]
        f_throttle_time_ms = reader.int32('ShareAcknowledgeResponse.throttle_time_ms')
        f_error_code = reader.int16('ShareAcknowledgeResponse.error_code')
        f_error_message = reader.compact_nullable_string('ShareAcknowledgeResponse.error_message')
        count_f_responses = reader.compact_array_length('ShareAcknowledgeResponse.responses')
        read_f_responses = ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse.read
        f_responses = tuple([read_f_responses(reader, version) for _ in range(count_f_responses)])
        count_f_node_endpoints = reader.compact_array_length('ShareAcknowledgeResponse.node_endpoints')
        read_f_node_endpoints = ShareAcknowledgeResponse.NodeEndpoint.read
        f_node_endpoints = tuple([read_f_node_endpoints(reader, version) for _ in range(count_f_node_endpoints)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ShareAcknowledgeResponse.tagged_fields')
        return _new_ShareAcknowledgeResponse(f_throttle_time_ms, f_error_code, f_error_message, f_responses, f_node_endpoints, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ShareAcknowledgeResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ShareAcknowledgeResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ShareAcknowledgeResponse:
        check_decode_version(version, 'ShareAcknowledgeResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ShareAcknowledgeResponse')
        return result


_EMPTY_ShareAcknowledgeResponse__LeaderIdAndEpoch: ShareAcknowledgeResponse.LeaderIdAndEpoch = ShareAcknowledgeResponse.LeaderIdAndEpoch()


_SET_ShareAcknowledgeRequest__AcknowledgeTopic: tuple[Any, ...] = tuple(
    vars(ShareAcknowledgeRequest.AcknowledgeTopic)[name].__set__ for name in ('topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_ShareAcknowledgeRequest__AcknowledgeTopic(topic_id: UUID, partitions: tuple[ShareAcknowledgeRequest.AcknowledgePartition, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareAcknowledgeRequest.AcknowledgeTopic:
    instance_: ShareAcknowledgeRequest.AcknowledgeTopic = object.__new__(ShareAcknowledgeRequest.AcknowledgeTopic)
    set0_, set1_, set2_, = _SET_ShareAcknowledgeRequest__AcknowledgeTopic
    set0_(instance_, topic_id)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ShareAcknowledgeRequest__AcknowledgePartition: tuple[Any, ...] = tuple(
    vars(ShareAcknowledgeRequest.AcknowledgePartition)[name].__set__ for name in ('partition_index', 'acknowledgement_batches', 'unknown_tagged_fields', ))


def _new_ShareAcknowledgeRequest__AcknowledgePartition(partition_index: int, acknowledgement_batches: tuple[ShareAcknowledgeRequest.AcknowledgementBatch, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareAcknowledgeRequest.AcknowledgePartition:
    instance_: ShareAcknowledgeRequest.AcknowledgePartition = object.__new__(ShareAcknowledgeRequest.AcknowledgePartition)
    set0_, set1_, set2_, = _SET_ShareAcknowledgeRequest__AcknowledgePartition
    set0_(instance_, partition_index)
    set1_(instance_, acknowledgement_batches)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ShareAcknowledgeRequest__AcknowledgementBatch: tuple[Any, ...] = tuple(
    vars(ShareAcknowledgeRequest.AcknowledgementBatch)[name].__set__ for name in ('first_offset', 'last_offset', 'acknowledge_types', 'unknown_tagged_fields', ))


def _new_ShareAcknowledgeRequest__AcknowledgementBatch(first_offset: int, last_offset: int, acknowledge_types: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareAcknowledgeRequest.AcknowledgementBatch:
    instance_: ShareAcknowledgeRequest.AcknowledgementBatch = object.__new__(ShareAcknowledgeRequest.AcknowledgementBatch)
    set0_, set1_, set2_, set3_, = _SET_ShareAcknowledgeRequest__AcknowledgementBatch
    set0_(instance_, first_offset)
    set1_(instance_, last_offset)
    set2_(instance_, acknowledge_types)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_ShareAcknowledgeRequest: tuple[Any, ...] = tuple(
    vars(ShareAcknowledgeRequest)[name].__set__ for name in ('group_id', 'member_id', 'share_session_epoch', 'topics', 'unknown_tagged_fields', ))


def _new_ShareAcknowledgeRequest(group_id: str | None, member_id: str | None, share_session_epoch: int, topics: tuple[ShareAcknowledgeRequest.AcknowledgeTopic, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareAcknowledgeRequest:
    instance_: ShareAcknowledgeRequest = object.__new__(ShareAcknowledgeRequest)
    set0_, set1_, set2_, set3_, set4_, = _SET_ShareAcknowledgeRequest
    set0_(instance_, group_id)
    set1_(instance_, member_id)
    set2_(instance_, share_session_epoch)
    set3_(instance_, topics)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_ShareAcknowledgeResponse__ShareAcknowledgeTopicResponse: tuple[Any, ...] = tuple(
    vars(ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse)[name].__set__ for name in ('topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_ShareAcknowledgeResponse__ShareAcknowledgeTopicResponse(topic_id: UUID, partitions: tuple[ShareAcknowledgeResponse.PartitionData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse:
    instance_: ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse = object.__new__(ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse)
    set0_, set1_, set2_, = _SET_ShareAcknowledgeResponse__ShareAcknowledgeTopicResponse
    set0_(instance_, topic_id)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ShareAcknowledgeResponse__PartitionData: tuple[Any, ...] = tuple(
    vars(ShareAcknowledgeResponse.PartitionData)[name].__set__ for name in ('partition_index', 'error_code', 'error_message', 'current_leader', 'unknown_tagged_fields', ))


def _new_ShareAcknowledgeResponse__PartitionData(partition_index: int, error_code: int, error_message: str | None, current_leader: ShareAcknowledgeResponse.LeaderIdAndEpoch, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareAcknowledgeResponse.PartitionData:
    instance_: ShareAcknowledgeResponse.PartitionData = object.__new__(ShareAcknowledgeResponse.PartitionData)
    set0_, set1_, set2_, set3_, set4_, = _SET_ShareAcknowledgeResponse__PartitionData
    set0_(instance_, partition_index)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, current_leader)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_ShareAcknowledgeResponse__LeaderIdAndEpoch: tuple[Any, ...] = tuple(
    vars(ShareAcknowledgeResponse.LeaderIdAndEpoch)[name].__set__ for name in ('leader_id', 'leader_epoch', 'unknown_tagged_fields', ))


def _new_ShareAcknowledgeResponse__LeaderIdAndEpoch(leader_id: int, leader_epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareAcknowledgeResponse.LeaderIdAndEpoch:
    instance_: ShareAcknowledgeResponse.LeaderIdAndEpoch = object.__new__(ShareAcknowledgeResponse.LeaderIdAndEpoch)
    set0_, set1_, set2_, = _SET_ShareAcknowledgeResponse__LeaderIdAndEpoch
    set0_(instance_, leader_id)
    set1_(instance_, leader_epoch)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ShareAcknowledgeResponse__NodeEndpoint: tuple[Any, ...] = tuple(
    vars(ShareAcknowledgeResponse.NodeEndpoint)[name].__set__ for name in ('node_id', 'host', 'port', 'rack', 'unknown_tagged_fields', ))


def _new_ShareAcknowledgeResponse__NodeEndpoint(node_id: int, host: str, port: int, rack: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareAcknowledgeResponse.NodeEndpoint:
    instance_: ShareAcknowledgeResponse.NodeEndpoint = object.__new__(ShareAcknowledgeResponse.NodeEndpoint)
    set0_, set1_, set2_, set3_, set4_, = _SET_ShareAcknowledgeResponse__NodeEndpoint
    set0_(instance_, node_id)
    set1_(instance_, host)
    set2_(instance_, port)
    set3_(instance_, rack)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_ShareAcknowledgeResponse: tuple[Any, ...] = tuple(
    vars(ShareAcknowledgeResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'error_message', 'responses', 'node_endpoints', 'unknown_tagged_fields', ))


def _new_ShareAcknowledgeResponse(throttle_time_ms: int, error_code: int, error_message: str | None, responses: tuple[ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse, ...], node_endpoints: tuple[ShareAcknowledgeResponse.NodeEndpoint, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareAcknowledgeResponse:
    instance_: ShareAcknowledgeResponse = object.__new__(ShareAcknowledgeResponse)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_ShareAcknowledgeResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, responses)
    set4_(instance_, node_endpoints)
    set5_(instance_, unknown_tagged_fields)
    return instance_
