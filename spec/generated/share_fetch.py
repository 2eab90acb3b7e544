# generated from ShareFetchRequest.json, ShareFetchResponse.json; do not edit
"""ShareFetch (API key 78): request and response."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar
from uuid import UUID

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

_ZERO_UUID = UUID(int=0)
__all__ = ['ShareFetchRequest', 'ShareFetchResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class ShareFetchRequest:
    """ShareFetchRequest, API key 78: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 78
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    group_id: str | None = None  # versions 0+; nullable 0+
    member_id: str | None = ''  # versions 0+; nullable 0+
    share_session_epoch: int = 0  # versions 0+
    max_wait_ms: int = 0  # versions 0+
    min_bytes: int = 0  # versions 0+
    max_bytes: int = 2147483647  # versions 0+
    topics: tuple[ShareFetchRequest.FetchTopic, ...] = ()  # versions 0+
    forgotten_topics_data: tuple[ShareFetchRequest.ForgottenTopic, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class FetchTopic:
        """ShareFetchRequest.FetchTopic: versions 0+."""

        topic_id: UUID = _ZERO_UUID  # versions 0+
        partitions: tuple[ShareFetchRequest.FetchPartition, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.uuid(self.topic_id)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ShareFetchRequest.FetchTopic:
            f_topic_id: UUID
            f_partitions: tuple[ShareFetchRequest.FetchPartition, ...]
            f_topic_id = reader.uuid('ShareFetchRequest.FetchTopic.topic_id')
            count_f_partitions = reader.compact_array_length('ShareFetchRequest.FetchTopic.partitions')
            read_f_partitions = ShareFetchRequest.FetchPartition.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareFetchRequest.FetchTopic.tagged_fields')
            return _new_ShareFetchRequest__FetchTopic(f_topic_id, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class FetchPartition:
        """ShareFetchRequest.FetchPartition: versions 0+."""

        partition_index: int = 0  # versions 0+
        partition_max_bytes: int = 0  # versions 0+
        acknowledgement_batches: tuple[ShareFetchRequest.AcknowledgementBatch, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int32(self.partition_max_bytes)
            items_acknowledgement_batches = self.acknowledgement_batches
            writer.compact_array_length(items_acknowledgement_batches)
            for each_acknowledgement_batches in items_acknowledgement_batches:
                each_acknowledgement_batches.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ShareFetchRequest.FetchPartition:
            f_partition_index: int
            f_partition_max_bytes: int
            f_acknowledgement_batches: tuple[ShareFetchRequest.AcknowledgementBatch, ...]
            f_partition_index = reader.int32('ShareFetchRequest.FetchPartition.partition_index')
            f_partition_max_bytes = reader.int32('ShareFetchRequest.FetchPartition.partition_max_bytes')
            count_f_acknowledgement_batches = reader.compact_array_length('ShareFetchRequest.FetchPartition.acknowledgement_batches')
            read_f_acknowledgement_batches = ShareFetchRequest.AcknowledgementBatch.read
            f_acknowledgement_batches = tuple([read_f_acknowledgement_batches(reader, version) for _ in range(count_f_acknowledgement_batches)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareFetchRequest.FetchPartition.tagged_fields')
            return _new_ShareFetchRequest__FetchPartition(f_partition_index, f_partition_max_bytes, f_acknowledgement_batches, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class AcknowledgementBatch:
        """ShareFetchRequest.AcknowledgementBatch: versions 0+."""

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
        def read(cls, reader: Reader, version: int) -> ShareFetchRequest.AcknowledgementBatch:
            f_first_offset: int
            f_last_offset: int
            f_acknowledge_types: tuple[int, ...]
            f_first_offset = reader.int64('ShareFetchRequest.AcknowledgementBatch.first_offset')
            f_last_offset = reader.int64('ShareFetchRequest.AcknowledgementBatch.last_offset')
            count_f_acknowledge_types = reader.compact_array_length('ShareFetchRequest.AcknowledgementBatch.acknowledge_types')
            f_acknowledge_types = tuple([reader.int8('ShareFetchRequest.AcknowledgementBatch.acknowledge_types') for _ in range(count_f_acknowledge_types)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareFetchRequest.AcknowledgementBatch.tagged_fields')
            return _new_ShareFetchRequest__AcknowledgementBatch(f_first_offset, f_last_offset, f_acknowledge_types, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ForgottenTopic:
        """ShareFetchRequest.ForgottenTopic: versions 0+."""

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
        def read(cls, reader: Reader, version: int) -> ShareFetchRequest.ForgottenTopic:
            f_topic_id: UUID
            f_partitions: tuple[int, ...]
            f_topic_id = reader.uuid('ShareFetchRequest.ForgottenTopic.topic_id')
            count_f_partitions = reader.compact_array_length('ShareFetchRequest.ForgottenTopic.partitions')
            f_partitions = reader.int32_items(count_f_partitions, 'ShareFetchRequest.ForgottenTopic.partitions')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareFetchRequest.ForgottenTopic.tagged_fields')
            return _new_ShareFetchRequest__ForgottenTopic(f_topic_id, f_partitions, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.compact_nullable_string(self.group_id)
        writer.compact_nullable_string(self.member_id)
        writer.int32(self.share_session_epoch)
        writer.int32(self.max_wait_ms)
        writer.int32(self.min_bytes)
        writer.int32(self.max_bytes)
        items_topics = self.topics
        writer.compact_array_length(items_topics)
        for each_topics in items_topics:
            each_topics.write(writer, version)
        items_forgotten_topics_data = self.forgotten_topics_data
        writer.compact_array_length(items_forgotten_topics_data)
        for each_forgotten_topics_data in items_forgotten_topics_data:
            each_forgotten_topics_data.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ShareFetchRequest:
        f_group_id: str | None
        f_member_id: str | None
        f_share_session_epoch: int
        f_max_wait_ms: int
        f_min_bytes: int
        f_max_bytes: int
        f_topics: tuple[ShareFetchRequest.FetchTopic, ...]
        f_forgotten_topics_data: tuple[ShareFetchRequest.ForgottenTopic, ...]
        f_group_id = reader.compact_nullable_string('ShareFetchRequest.group_id')
        f_member_id = reader.compact_nullable_string('ShareFetchRequest.member_id')
        f_share_session_epoch = reader.int32('ShareFetchRequest.share_session_epoch')
        f_max_wait_ms = reader.int32('ShareFetchRequest.max_wait_ms')
        f_min_bytes = reader.int32('ShareFetchRequest.min_bytes')
        f_max_bytes = reader.int32('ShareFetchRequest.max_bytes')
        count_f_topics = reader.compact_array_length('ShareFetchRequest.topics')
        read_f_topics = ShareFetchRequest.FetchTopic.read
        f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        count_f_forgotten_topics_data = reader.compact_array_length('ShareFetchRequest.forgotten_topics_data')
        read_f_forgotten_topics_data = ShareFetchRequest.ForgottenTopic.read
        f_forgotten_topics_data = tuple([read_f_forgotten_topics_data(reader, version) for _ in range(count_f_forgotten_topics_data)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ShareFetchRequest.tagged_fields')
        return _new_ShareFetchRequest(f_group_id, f_member_id, f_share_session_epoch, f_max_wait_ms, f_min_bytes, f_max_bytes, f_topics, f_forgotten_topics_data, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ShareFetchRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ShareFetchRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ShareFetchRequest:
        check_decode_version(version, 'ShareFetchRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ShareFetchRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class ShareFetchResponse:
    """ShareFetchResponse, API key 78: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 78
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 0+
    error_message: str | None = None  # versions 0+; nullable 0+
    responses: tuple[ShareFetchResponse.ShareFetchableTopicResponse, ...] = ()  # versions 0+
    node_endpoints: tuple[ShareFetchResponse.NodeEndpoint, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ShareFetchableTopicResponse:
        """ShareFetchResponse.ShareFetchableTopicResponse: versions 0+."""

        topic_id: UUID = _ZERO_UUID  # versions 0+
        partitions: tuple[ShareFetchResponse.PartitionData, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.uuid(self.topic_id)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ShareFetchResponse.ShareFetchableTopicResponse:
            f_topic_id: UUID
            f_partitions: tuple[ShareFetchResponse.PartitionData, ...]
            f_topic_id = reader.uuid('ShareFetchResponse.ShareFetchableTopicResponse.topic_id')
            count_f_partitions = reader.compact_array_length('ShareFetchResponse.ShareFetchableTopicResponse.partitions')
            read_f_partitions = ShareFetchResponse.PartitionData.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareFetchResponse.ShareFetchableTopicResponse.tagged_fields')
            return _new_ShareFetchResponse__ShareFetchableTopicResponse(f_topic_id, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionData:
        """ShareFetchResponse.PartitionData: versions 0+."""

        partition_index: int = 0  # versions 0+
        error_code: int = 0  # versions 0+
        error_message: str | None = None  # versions 0+; nullable 0+
        acknowledge_error_code: int = 0  # versions 0+
        acknowledge_error_message: str | None = None  # versions 0+; nullable 0+
        current_leader: ShareFetchResponse.LeaderIdAndEpoch = field(default_factory=lambda: _EMPTY_ShareFetchResponse__LeaderIdAndEpoch)  # versions 0+
        records: bytes | ExternalBytes | None = None  # versions 0+; nullable 0+
        acquired_records: tuple[ShareFetchResponse.AcquiredRecords, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int16(self.error_code)
            writer.compact_nullable_string(self.error_message)
            writer.int16(self.acknowledge_error_code)
            writer.compact_nullable_string(self.acknowledge_error_message)
            self.current_leader.write(writer, version)
            writer.compact_nullable_records(self.records)
            items_acquired_records = self.acquired_records
            writer.compact_array_length(items_acquired_records)
            for each_acquired_records in items_acquired_records:
                each_acquired_records.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ShareFetchResponse.PartitionData:
            f_partition_index: int
            f_error_code: int
            f_error_message: str | None
            f_acknowledge_error_code: int
            f_acknowledge_error_message: str | None
            f_current_leader: ShareFetchResponse.LeaderIdAndEpoch
            f_records: bytes | ExternalBytes | None
            f_acquired_records: tuple[ShareFetchResponse.AcquiredRecords, ...]
            f_partition_index = reader.int32('ShareFetchResponse.PartitionData.partition_index')
            f_error_code = reader.int16('ShareFetchResponse.PartitionData.error_code')
            f_error_message = reader.compact_nullable_string('ShareFetchResponse.PartitionData.error_message')
            f_acknowledge_error_code = reader.int16('ShareFetchResponse.PartitionData.acknowledge_error_code')
            f_acknowledge_error_message = reader.compact_nullable_string('ShareFetchResponse.PartitionData.acknowledge_error_message')
            f_current_leader = ShareFetchResponse.LeaderIdAndEpoch.read(reader, version)
            f_records = reader.compact_nullable_bytes('ShareFetchResponse.PartitionData.records')
            count_f_acquired_records = reader.compact_array_length('ShareFetchResponse.PartitionData.acquired_records')
            read_f_acquired_records = ShareFetchResponse.AcquiredRecords.read
            f_acquired_records = tuple([read_f_acquired_records(reader, version) for _ in range(count_f_acquired_records)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareFetchResponse.PartitionData.tagged_fields')
            return _new_ShareFetchResponse__PartitionData(f_partition_index, f_error_code, f_error_message, f_acknowledge_error_code, f_acknowledge_error_message, f_current_leader, f_records, f_acquired_records, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class LeaderIdAndEpoch:
        """ShareFetchResponse.LeaderIdAndEpoch: versions 0+."""

        leader_id: int = 0  # versions 0+
        leader_epoch: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.leader_id)
            writer.int32(self.leader_epoch)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ShareFetchResponse.LeaderIdAndEpoch:
            f_leader_id: int
            f_leader_epoch: int
            f_leader_id = reader.int32('ShareFetchResponse.LeaderIdAndEpoch.leader_id')
            f_leader_epoch = reader.int32('ShareFetchResponse.LeaderIdAndEpoch.leader_epoch')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareFetchResponse.LeaderIdAndEpoch.tagged_fields')
            return _new_ShareFetchResponse__LeaderIdAndEpoch(f_leader_id, f_leader_epoch, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class AcquiredRecords:
        """ShareFetchResponse.AcquiredRecords: versions 0+."""

        first_offset: int = 0  # versions 0+
        last_offset: int = 0  # versions 0+
        delivery_count: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int64(self.first_offset)
            writer.int64(self.last_offset)
            writer.int16(self.delivery_count)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ShareFetchResponse.AcquiredRecords:
            f_first_offset: int
            f_last_offset: int
            f_delivery_count: int
            f_first_offset = reader.int64('ShareFetchResponse.AcquiredRecords.first_offset')
            f_last_offset = reader.int64('ShareFetchResponse.AcquiredRecords.last_offset')
            f_delivery_count = reader.int16('ShareFetchResponse.AcquiredRecords.delivery_count')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareFetchResponse.AcquiredRecords.tagged_fields')
            return _new_ShareFetchResponse__AcquiredRecords(f_first_offset, f_last_offset, f_delivery_count, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class NodeEndpoint:
        """ShareFetchResponse.NodeEndpoint: versions 0+."""

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
        def read(cls, reader: Reader, version: int) -> ShareFetchResponse.NodeEndpoint:
            f_node_id: int
            f_host: str
            f_port: int
            f_rack: str | None
            f_node_id = reader.int32('ShareFetchResponse.NodeEndpoint.node_id')
            f_host = reader.compact_string('ShareFetchResponse.NodeEndpoint.host')
            f_port = reader.int32('ShareFetchResponse.NodeEndpoint.port')
            f_rack = reader.compact_nullable_string('ShareFetchResponse.NodeEndpoint.rack')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareFetchResponse.NodeEndpoint.tagged_fields')
            return _new_ShareFetchResponse__NodeEndpoint(f_node_id, f_host, f_port, f_rack, unknown)

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
    def read(cls, reader: Reader, version: int) -> ShareFetchResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_error_message: str | None
        f_responses: tuple[ShareFetchResponse.ShareFetchableTopicResponse, ...]
        f_node_endpoints: tuple[ShareFetchResponse.NodeEndpoint, ...]
        f_throttle_time_ms = reader.int32('ShareFetchResponse.throttle_time_ms')
        f_error_code = reader.int16('ShareFetchResponse.error_code')
        f_error_message = reader.compact_nullable_string('ShareFetchResponse.error_message')
        count_f_responses = reader.compact_array_length('ShareFetchResponse.responses')
        read_f_responses = ShareFetchResponse.ShareFetchableTopicResponse.read
        f_responses = tuple([read_f_responses(reader, version) for _ in range(count_f_responses)])
        count_f_node_endpoints = reader.compact_array_length('ShareFetchResponse.node_endpoints')
        read_f_node_endpoints = ShareFetchResponse.NodeEndpoint.read
        f_node_endpoints = tuple([read_f_node_endpoints(reader, version) for _ in range(count_f_node_endpoints)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ShareFetchResponse.tagged_fields')
        return _new_ShareFetchResponse(f_throttle_time_ms, f_error_code, f_error_message, f_responses, f_node_endpoints, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ShareFetchResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ShareFetchResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ShareFetchResponse:
        check_decode_version(version, 'ShareFetchResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ShareFetchResponse')
        return result


_EMPTY_ShareFetchResponse__LeaderIdAndEpoch: ShareFetchResponse.LeaderIdAndEpoch = ShareFetchResponse.LeaderIdAndEpoch()


_SET_ShareFetchRequest__FetchTopic: tuple[Any, ...] = tuple(
    vars(ShareFetchRequest.FetchTopic)[name].__set__ for name in ('topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_ShareFetchRequest__FetchTopic(topic_id: UUID, partitions: tuple[ShareFetchRequest.FetchPartition, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareFetchRequest.FetchTopic:
    instance_: ShareFetchRequest.FetchTopic = object.__new__(ShareFetchRequest.FetchTopic)
    set0_, set1_, set2_, = _SET_ShareFetchRequest__FetchTopic
    set0_(instance_, topic_id)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ShareFetchRequest__FetchPartition: tuple[Any, ...] = tuple(
    vars(ShareFetchRequest.FetchPartition)[name].__set__ for name in ('partition_index', 'partition_max_bytes', 'acknowledgement_batches', 'unknown_tagged_fields', ))


def _new_ShareFetchRequest__FetchPartition(partition_index: int, partition_max_bytes: int, acknowledgement_batches: tuple[ShareFetchRequest.AcknowledgementBatch, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareFetchRequest.FetchPartition:
    instance_: ShareFetchRequest.FetchPartition = object.__new__(ShareFetchRequest.FetchPartition)
    set0_, set1_, set2_, set3_, = _SET_ShareFetchRequest__FetchPartition
    set0_(instance_, partition_index)
    set1_(instance_, partition_max_bytes)
    set2_(instance_, acknowledgement_batches)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_ShareFetchRequest__AcknowledgementBatch: tuple[Any, ...] = tuple(
    vars(ShareFetchRequest.AcknowledgementBatch)[name].__set__ for name in ('first_offset', 'last_offset', 'acknowledge_types', 'unknown_tagged_fields', ))


def _new_ShareFetchRequest__AcknowledgementBatch(first_offset: int, last_offset: int, acknowledge_types: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareFetchRequest.AcknowledgementBatch:
    instance_: ShareFetchRequest.AcknowledgementBatch = object.__new__(ShareFetchRequest.AcknowledgementBatch)
    set0_, set1_, set2_, set3_, = _SET_ShareFetchRequest__AcknowledgementBatch
    set0_(instance_, first_offset)
    set1_(instance_, last_offset)
    set2_(instance_, acknowledge_types)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_ShareFetchRequest__ForgottenTopic: tuple[Any, ...] = tuple(
    vars(ShareFetchRequest.ForgottenTopic)[name].__set__ for name in ('topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_ShareFetchRequest__ForgottenTopic(topic_id: UUID, partitions: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareFetchRequest.ForgottenTopic:
    instance_: ShareFetchRequest.ForgottenTopic = object.__new__(ShareFetchRequest.ForgottenTopic)
    set0_, set1_, set2_, = _SET_ShareFetchRequest__ForgottenTopic
    set0_(instance_, topic_id)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ShareFetchRequest: tuple[Any, ...] = tuple(
    vars(ShareFetchRequest)[name].__set__ for name in ('group_id', 'member_id', 'share_session_epoch', 'max_wait_ms', 'min_bytes', 'max_bytes', 'topics', 'forgotten_topics_data', 'unknown_tagged_fields', ))


def _new_ShareFetchRequest(group_id: str | None, member_id: str | None, share_session_epoch: int, max_wait_ms: int, min_bytes: int, max_bytes: int, topics: tuple[ShareFetchRequest.FetchTopic, ...], forgotten_topics_data: tuple[ShareFetchRequest.ForgottenTopic, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareFetchRequest:
    instance_: ShareFetchRequest = object.__new__(ShareFetchRequest)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, = _SET_ShareFetchRequest
    set0_(instance_, group_id)
    set1_(instance_, member_id)
    set2_(instance_, share_session_epoch)
    set3_(instance_, max_wait_ms)
    set4_(instance_, min_bytes)
    set5_(instance_, max_bytes)
    set6_(instance_, topics)
    set7_(instance_, forgotten_topics_data)
    set8_(instance_, unknown_tagged_fields)
    return instance_


_SET_ShareFetchResponse__ShareFetchableTopicResponse: tuple[Any, ...] = tuple(
    vars(ShareFetchResponse.ShareFetchableTopicResponse)[name].__set__ for name in ('topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_ShareFetchResponse__ShareFetchableTopicResponse(topic_id: UUID, partitions: tuple[ShareFetchResponse.PartitionData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareFetchResponse.ShareFetchableTopicResponse:
    instance_: ShareFetchResponse.ShareFetchableTopicResponse = object.__new__(ShareFetchResponse.ShareFetchableTopicResponse)
    set0_, set1_, set2_, = _SET_ShareFetchResponse__ShareFetchableTopicResponse
    set0_(instance_, topic_id)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ShareFetchResponse__PartitionData: tuple[Any, ...] = tuple(
    vars(ShareFetchResponse.PartitionData)[name].__set__ for name in ('partition_index', 'error_code', 'error_message', 'acknowledge_error_code', 'acknowledge_error_message', 'current_leader', 'records', 'acquired_records', 'unknown_tagged_fields', ))


def _new_ShareFetchResponse__PartitionData(partition_index: int, error_code: int, error_message: str | None, acknowledge_error_code: int, acknowledge_error_message: str | None, current_leader: ShareFetchResponse.LeaderIdAndEpoch, records: bytes | ExternalBytes | None, acquired_records: tuple[ShareFetchResponse.AcquiredRecords, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareFetchResponse.PartitionData:
    instance_: ShareFetchResponse.PartitionData = object.__new__(ShareFetchResponse.PartitionData)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, = _SET_ShareFetchResponse__PartitionData
    set0_(instance_, partition_index)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, acknowledge_error_code)
    set4_(instance_, acknowledge_error_message)
    set5_(instance_, current_leader)
    set6_(instance_, records)
    set7_(instance_, acquired_records)
    set8_(instance_, unknown_tagged_fields)
    return instance_


_SET_ShareFetchResponse__LeaderIdAndEpoch: tuple[Any, ...] = tuple(
    vars(ShareFetchResponse.LeaderIdAndEpoch)[name].__set__ for name in ('leader_id', 'leader_epoch', 'unknown_tagged_fields', ))


def _new_ShareFetchResponse__LeaderIdAndEpoch(leader_id: int, leader_epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareFetchResponse.LeaderIdAndEpoch:
    instance_: ShareFetchResponse.LeaderIdAndEpoch = object.__new__(ShareFetchResponse.LeaderIdAndEpoch)
    set0_, set1_, set2_, = _SET_ShareFetchResponse__LeaderIdAndEpoch
    set0_(instance_, leader_id)
    set1_(instance_, leader_epoch)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ShareFetchResponse__AcquiredRecords: tuple[Any, ...] = tuple(
    vars(ShareFetchResponse.AcquiredRecords)[name].__set__ for name in ('first_offset', 'last_offset', 'delivery_count', 'unknown_tagged_fields', ))


def _new_ShareFetchResponse__AcquiredRecords(first_offset: int, last_offset: int, delivery_count: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareFetchResponse.AcquiredRecords:
    instance_: ShareFetchResponse.AcquiredRecords = object.__new__(ShareFetchResponse.AcquiredRecords)
    set0_, set1_, set2_, set3_, = _SET_ShareFetchResponse__AcquiredRecords
    set0_(instance_, first_offset)
    set1_(instance_, last_offset)
    set2_(instance_, delivery_count)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_ShareFetchResponse__NodeEndpoint: tuple[Any, ...] = tuple(
    vars(ShareFetchResponse.NodeEndpoint)[name].__set__ for name in ('node_id', 'host', 'port', 'rack', 'unknown_tagged_fields', ))


def _new_ShareFetchResponse__NodeEndpoint(node_id: int, host: str, port: int, rack: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareFetchResponse.NodeEndpoint:
    instance_: ShareFetchResponse.NodeEndpoint = object.__new__(ShareFetchResponse.NodeEndpoint)
    set0_, set1_, set2_, set3_, set4_, = _SET_ShareFetchResponse__NodeEndpoint
    set0_(instance_, node_id)
    set1_(instance_, host)
    set2_(instance_, port)
    set3_(instance_, rack)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_ShareFetchResponse: tuple[Any, ...] = tuple(
    vars(ShareFetchResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'error_message', 'responses', 'node_endpoints', 'unknown_tagged_fields', ))


def _new_ShareFetchResponse(throttle_time_ms: int, error_code: int, error_message: str | None, responses: tuple[ShareFetchResponse.ShareFetchableTopicResponse, ...], node_endpoints: tuple[ShareFetchResponse.NodeEndpoint, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ShareFetchResponse:
    instance_: ShareFetchResponse = object.__new__(ShareFetchResponse)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_ShareFetchResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, responses)
    set4_(instance_, node_endpoints)
    set5_(instance_, unknown_tagged_fields)
    return instance_
