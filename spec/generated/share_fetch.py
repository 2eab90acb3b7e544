# generated from ShareFetchRequest.json, ShareFetchResponse.json; do not edit
"""ShareFetch (API key 78): request and response."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Self
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
        def read(cls, reader: Reader, version: int) -> Self:
            f_topic_id: UUID
            f_partitions: tuple[ShareFetchRequest.FetchPartition, ...]
            f_topic_id = reader.uuid('ShareFetchRequest.FetchTopic.topic_id')
            count_f_partitions = reader.compact_array_length('ShareFetchRequest.FetchTopic.partitions')
            read_f_partitions = ShareFetchRequest.FetchPartition.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareFetchRequest.FetchTopic.tagged_fields')
            return cls(topic_id=f_topic_id, partitions=f_partitions, unknown_tagged_fields=unknown)

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
        def read(cls, reader: Reader, version: int) -> Self:
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
            return cls(partition_index=f_partition_index, partition_max_bytes=f_partition_max_bytes, acknowledgement_batches=f_acknowledgement_batches, unknown_tagged_fields=unknown)

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
        def read(cls, reader: Reader, version: int) -> Self:
            f_first_offset: int
            f_last_offset: int
            f_acknowledge_types: tuple[int, ...]
            f_first_offset = reader.int64('ShareFetchRequest.AcknowledgementBatch.first_offset')
            f_last_offset = reader.int64('ShareFetchRequest.AcknowledgementBatch.last_offset')
            count_f_acknowledge_types = reader.compact_array_length('ShareFetchRequest.AcknowledgementBatch.acknowledge_types')
            f_acknowledge_types = tuple([reader.int8('ShareFetchRequest.AcknowledgementBatch.acknowledge_types') for _ in range(count_f_acknowledge_types)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareFetchRequest.AcknowledgementBatch.tagged_fields')
            return cls(first_offset=f_first_offset, last_offset=f_last_offset, acknowledge_types=f_acknowledge_types, unknown_tagged_fields=unknown)

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
        def read(cls, reader: Reader, version: int) -> Self:
            f_topic_id: UUID
            f_partitions: tuple[int, ...]
            f_topic_id = reader.uuid('ShareFetchRequest.ForgottenTopic.topic_id')
            count_f_partitions = reader.compact_array_length('ShareFetchRequest.ForgottenTopic.partitions')
            f_partitions = reader.int32_items(count_f_partitions, 'ShareFetchRequest.ForgottenTopic.partitions')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareFetchRequest.ForgottenTopic.tagged_fields')
            return cls(topic_id=f_topic_id, partitions=f_partitions, unknown_tagged_fields=unknown)

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
    def read(cls, reader: Reader, version: int) -> Self:
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
        return cls(group_id=f_group_id, member_id=f_member_id, share_session_epoch=f_share_session_epoch, max_wait_ms=f_max_wait_ms, min_bytes=f_min_bytes, max_bytes=f_max_bytes, topics=f_topics, forgotten_topics_data=f_forgotten_topics_data, unknown_tagged_fields=unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ShareFetchRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ShareFetchRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> Self:
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
        def read(cls, reader: Reader, version: int) -> Self:
            f_topic_id: UUID
            f_partitions: tuple[ShareFetchResponse.PartitionData, ...]
            f_topic_id = reader.uuid('ShareFetchResponse.ShareFetchableTopicResponse.topic_id')
            count_f_partitions = reader.compact_array_length('ShareFetchResponse.ShareFetchableTopicResponse.partitions')
            read_f_partitions = ShareFetchResponse.PartitionData.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareFetchResponse.ShareFetchableTopicResponse.tagged_fields')
            return cls(topic_id=f_topic_id, partitions=f_partitions, unknown_tagged_fields=unknown)

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
        def read(cls, reader: Reader, version: int) -> Self:
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
            return cls(partition_index=f_partition_index, error_code=f_error_code, error_message=f_error_message, acknowledge_error_code=f_acknowledge_error_code, acknowledge_error_message=f_acknowledge_error_message, current_leader=f_current_leader, records=f_records, acquired_records=f_acquired_records, unknown_tagged_fields=unknown)

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
        def read(cls, reader: Reader, version: int) -> Self:
            f_leader_id: int
            f_leader_epoch: int
            f_leader_id = reader.int32('ShareFetchResponse.LeaderIdAndEpoch.leader_id')
            f_leader_epoch = reader.int32('ShareFetchResponse.LeaderIdAndEpoch.leader_epoch')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareFetchResponse.LeaderIdAndEpoch.tagged_fields')
            return cls(leader_id=f_leader_id, leader_epoch=f_leader_epoch, unknown_tagged_fields=unknown)

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
        def read(cls, reader: Reader, version: int) -> Self:
            f_first_offset: int
            f_last_offset: int
            f_delivery_count: int
            f_first_offset = reader.int64('ShareFetchResponse.AcquiredRecords.first_offset')
            f_last_offset = reader.int64('ShareFetchResponse.AcquiredRecords.last_offset')
            f_delivery_count = reader.int16('ShareFetchResponse.AcquiredRecords.delivery_count')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ShareFetchResponse.AcquiredRecords.tagged_fields')
            return cls(first_offset=f_first_offset, last_offset=f_last_offset, delivery_count=f_delivery_count, unknown_tagged_fields=unknown)

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
        def read(cls, reader: Reader, version: int) -> Self:
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
            return cls(node_id=f_node_id, host=f_host, port=f_port, rack=f_rack, unknown_tagged_fields=unknown)

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
    def read(cls, reader: Reader, version: int) -> Self:
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
        return cls(throttle_time_ms=f_throttle_time_ms, error_code=f_error_code, error_message=f_error_message, responses=f_responses, node_endpoints=f_node_endpoints, unknown_tagged_fields=unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ShareFetchResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ShareFetchResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> Self:
        check_decode_version(version, 'ShareFetchResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ShareFetchResponse')
        return result


_EMPTY_ShareFetchResponse__LeaderIdAndEpoch: ShareFetchResponse.LeaderIdAndEpoch = ShareFetchResponse.LeaderIdAndEpoch()
