# generated from WriteShareGroupStateRequest.json, WriteShareGroupStateResponse.json; do not edit
"""WriteShareGroupState (API key 85): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Self
from uuid import UUID

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

_ZERO_UUID = UUID(int=0)
__all__ = ['WriteShareGroupStateRequest', 'WriteShareGroupStateResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class WriteShareGroupStateRequest:
    """WriteShareGroupStateRequest, API key 85: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 85
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    group_id: str = ''  # versions 0+
    topics: tuple[WriteShareGroupStateRequest.WriteStateData, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class WriteStateData:
        """WriteShareGroupStateRequest.WriteStateData: versions 0+."""

        topic_id: UUID = _ZERO_UUID  # versions 0+
        partitions: tuple[WriteShareGroupStateRequest.PartitionData, ...] = ()  # versions 0+
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
            f_partitions: tuple[WriteShareGroupStateRequest.PartitionData, ...]
            f_topic_id = reader.uuid('WriteShareGroupStateRequest.WriteStateData.topic_id')
            count_f_partitions = reader.compact_array_length('WriteShareGroupStateRequest.WriteStateData.partitions')
            read_f_partitions = WriteShareGroupStateRequest.PartitionData.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('WriteShareGroupStateRequest.WriteStateData.tagged_fields')
            return cls(topic_id=f_topic_id, partitions=f_partitions, unknown_tagged_fields=unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionData:
        """WriteShareGroupStateRequest.PartitionData: versions 0+."""

        partition: int = 0  # versions 0+
        state_epoch: int = 0  # versions 0+
        leader_epoch: int = 0  # versions 0+
        start_offset: int = 0  # versions 0+
        state_batches: tuple[WriteShareGroupStateRequest.StateBatch, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition)
            writer.int32(self.state_epoch)
            writer.int32(self.leader_epoch)
            writer.int64(self.start_offset)
            items_state_batches = self.state_batches
            writer.compact_array_length(items_state_batches)
            for each_state_batches in items_state_batches:
                each_state_batches.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> Self:
            f_partition: int
            f_state_epoch: int
            f_leader_epoch: int
            f_start_offset: int
            f_state_batches: tuple[WriteShareGroupStateRequest.StateBatch, ...]
            f_partition = reader.int32('WriteShareGroupStateRequest.PartitionData.partition')
            f_state_epoch = reader.int32('WriteShareGroupStateRequest.PartitionData.state_epoch')
            f_leader_epoch = reader.int32('WriteShareGroupStateRequest.PartitionData.leader_epoch')
            f_start_offset = reader.int64('WriteShareGroupStateRequest.PartitionData.start_offset')
            count_f_state_batches = reader.compact_array_length('WriteShareGroupStateRequest.PartitionData.state_batches')
            read_f_state_batches = WriteShareGroupStateRequest.StateBatch.read
            f_state_batches = tuple([read_f_state_batches(reader, version) for _ in range(count_f_state_batches)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('WriteShareGroupStateRequest.PartitionData.tagged_fields')
            return cls(partition=f_partition, state_epoch=f_state_epoch, leader_epoch=f_leader_epoch, start_offset=f_start_offset, state_batches=f_state_batches, unknown_tagged_fields=unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class StateBatch:
        """WriteShareGroupStateRequest.StateBatch: versions 0+."""

        first_offset: int = 0  # versions 0+
        last_offset: int = 0  # versions 0+
        delivery_state: int = 0  # versions 0+
        delivery_count: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int64(self.first_offset)
            writer.int64(self.last_offset)
            writer.int8(self.delivery_state)
            writer.int16(self.delivery_count)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> Self:
            f_first_offset: int
            f_last_offset: int
            f_delivery_state: int
            f_delivery_count: int
            f_first_offset = reader.int64('WriteShareGroupStateRequest.StateBatch.first_offset')
            f_last_offset = reader.int64('WriteShareGroupStateRequest.StateBatch.last_offset')
            f_delivery_state = reader.int8('WriteShareGroupStateRequest.StateBatch.delivery_state')
            f_delivery_count = reader.int16('WriteShareGroupStateRequest.StateBatch.delivery_count')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('WriteShareGroupStateRequest.StateBatch.tagged_fields')
            return cls(first_offset=f_first_offset, last_offset=f_last_offset, delivery_state=f_delivery_state, delivery_count=f_delivery_count, unknown_tagged_fields=unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.compact_string(self.group_id)
        items_topics = self.topics
        writer.compact_array_length(items_topics)
        for each_topics in items_topics:
            each_topics.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> Self:
        f_group_id: str
        f_topics: tuple[WriteShareGroupStateRequest.WriteStateData, ...]
        f_group_id = reader.compact_string('WriteShareGroupStateRequest.group_id')
        count_f_topics = reader.compact_array_length('WriteShareGroupStateRequest.topics')
        read_f_topics = WriteShareGroupStateRequest.WriteStateData.read
        f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('WriteShareGroupStateRequest.tagged_fields')
        return cls(group_id=f_group_id, topics=f_topics, unknown_tagged_fields=unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'WriteShareGroupStateRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'WriteShareGroupStateRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> Self:
        check_decode_version(version, 'WriteShareGroupStateRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('WriteShareGroupStateRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class WriteShareGroupStateResponse:
    """WriteShareGroupStateResponse, API key 85: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 85
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    results: tuple[WriteShareGroupStateResponse.WriteStateResult, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class WriteStateResult:
        """WriteShareGroupStateResponse.WriteStateResult: versions 0+."""

        topic_id: UUID = _ZERO_UUID  # versions 0+
        partitions: tuple[WriteShareGroupStateResponse.PartitionResult, ...] = ()  # versions 0+
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
            f_partitions: tuple[WriteShareGroupStateResponse.PartitionResult, ...]
            f_topic_id = reader.uuid('WriteShareGroupStateResponse.WriteStateResult.topic_id')
            count_f_partitions = reader.compact_array_length('WriteShareGroupStateResponse.WriteStateResult.partitions')
            read_f_partitions = WriteShareGroupStateResponse.PartitionResult.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('WriteShareGroupStateResponse.WriteStateResult.tagged_fields')
            return cls(topic_id=f_topic_id, partitions=f_partitions, unknown_tagged_fields=unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionResult:
        """WriteShareGroupStateResponse.PartitionResult: versions 0+."""

        partition: int = 0  # versions 0+
        error_code: int = 0  # versions 0+
        error_message: str | None = None  # versions 0+; nullable 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition)
            writer.int16(self.error_code)
            writer.compact_nullable_string(self.error_message)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> Self:
            f_partition: int
            f_error_code: int
            f_error_message: str | None
            f_partition = reader.int32('WriteShareGroupStateResponse.PartitionResult.partition')
            f_error_code = reader.int16('WriteShareGroupStateResponse.PartitionResult.error_code')
            f_error_message = reader.compact_nullable_string('WriteShareGroupStateResponse.PartitionResult.error_message')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('WriteShareGroupStateResponse.PartitionResult.tagged_fields')
            return cls(partition=f_partition, error_code=f_error_code, error_message=f_error_message, unknown_tagged_fields=unknown)

    def write(self, writer: Writer, version: int) -> None:
        items_results = self.results
        writer.compact_array_length(items_results)
        for each_results in items_results:
            each_results.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> Self:
        f_results: tuple[WriteShareGroupStateResponse.WriteStateResult, ...]
        count_f_results = reader.compact_array_length('WriteShareGroupStateResponse.results')
        read_f_results = WriteShareGroupStateResponse.WriteStateResult.read
        f_results = tuple([read_f_results(reader, version) for _ in range(count_f_results)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('WriteShareGroupStateResponse.tagged_fields')
        return cls(results=f_results, unknown_tagged_fields=unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'WriteShareGroupStateResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'WriteShareGroupStateResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> Self:
        check_decode_version(version, 'WriteShareGroupStateResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('WriteShareGroupStateResponse')
        return result
