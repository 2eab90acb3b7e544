# generated from ReadShareGroupStateRequest.json, ReadShareGroupStateResponse.json; do not edit
"""ReadShareGroupState (API key 84): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Self
from uuid import UUID

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

_ZERO_UUID = UUID(int=0)
__all__ = ['ReadShareGroupStateRequest', 'ReadShareGroupStateResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class ReadShareGroupStateRequest:
    """ReadShareGroupStateRequest, API key 84: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 84
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    group_id: str = ''  # versions 0+
    topics: tuple[ReadShareGroupStateRequest.ReadStateData, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ReadStateData:
        """ReadShareGroupStateRequest.ReadStateData: versions 0+."""

        topic_id: UUID = _ZERO_UUID  # versions 0+
        partitions: tuple[ReadShareGroupStateRequest.PartitionData, ...] = ()  # versions 0+
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
            f_partitions: tuple[ReadShareGroupStateRequest.PartitionData, ...]
            f_topic_id = reader.uuid('ReadShareGroupStateRequest.ReadStateData.topic_id')
            count_f_partitions = reader.compact_array_length('ReadShareGroupStateRequest.ReadStateData.partitions')
            read_f_partitions = ReadShareGroupStateRequest.PartitionData.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ReadShareGroupStateRequest.ReadStateData.tagged_fields')
            return cls(topic_id=f_topic_id, partitions=f_partitions, unknown_tagged_fields=unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionData:
        """ReadShareGroupStateRequest.PartitionData: versions 0+."""

        partition: int = 0  # versions 0+
        leader_epoch: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition)
            writer.int32(self.leader_epoch)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> Self:
            f_partition: int
            f_leader_epoch: int
            f_partition = reader.int32('ReadShareGroupStateRequest.PartitionData.partition')
            f_leader_epoch = reader.int32('ReadShareGroupStateRequest.PartitionData.leader_epoch')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ReadShareGroupStateRequest.PartitionData.tagged_fields')
            return cls(partition=f_partition, leader_epoch=f_leader_epoch, unknown_tagged_fields=unknown)

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
        f_topics: tuple[ReadShareGroupStateRequest.ReadStateData, ...]
        f_group_id = reader.compact_string('ReadShareGroupStateRequest.group_id')
        count_f_topics = reader.compact_array_length('ReadShareGroupStateRequest.topics')
        read_f_topics = ReadShareGroupStateRequest.ReadStateData.read
        f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ReadShareGroupStateRequest.tagged_fields')
        return cls(group_id=f_group_id, topics=f_topics, unknown_tagged_fields=unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ReadShareGroupStateRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ReadShareGroupStateRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> Self:
        check_decode_version(version, 'ReadShareGroupStateRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ReadShareGroupStateRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class ReadShareGroupStateResponse:
    """ReadShareGroupStateResponse, API key 84: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 84
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    results: tuple[ReadShareGroupStateResponse.ReadStateResult, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ReadStateResult:
        """ReadShareGroupStateResponse.ReadStateResult: versions 0+."""

        topic_id: UUID = _ZERO_UUID  # versions 0+
        partitions: tuple[ReadShareGroupStateResponse.PartitionResult, ...] = ()  # versions 0+
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
            f_partitions: tuple[ReadShareGroupStateResponse.PartitionResult, ...]
            f_topic_id = reader.uuid('ReadShareGroupStateResponse.ReadStateResult.topic_id')
            count_f_partitions = reader.compact_array_length('ReadShareGroupStateResponse.ReadStateResult.partitions')
            read_f_partitions = ReadShareGroupStateResponse.PartitionResult.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ReadShareGroupStateResponse.ReadStateResult.tagged_fields')
            return cls(topic_id=f_topic_id, partitions=f_partitions, unknown_tagged_fields=unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionResult:
        """ReadShareGroupStateResponse.PartitionResult: versions 0+."""

        partition: int = 0  # versions 0+
        error_code: int = 0  # versions 0+
        error_message: str | None = None  # versions 0+; nullable 0+
        state_epoch: int = 0  # versions 0+
        start_offset: int = 0  # versions 0+
        state_batches: tuple[ReadShareGroupStateResponse.StateBatch, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition)
            writer.int16(self.error_code)
            writer.compact_nullable_string(self.error_message)
            writer.int32(self.state_epoch)
            writer.int64(self.start_offset)
            items_state_batches = self.state_batches
            writer.compact_array_length(items_state_batches)
            for each_state_batches in items_state_batches:
                each_state_batches.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> Self:
            f_partition: int
            f_error_code: int
            f_error_message: str | None
            f_state_epoch: int
            f_start_offset: int
            f_state_batches: tuple[ReadShareGroupStateResponse.StateBatch, ...]
            f_partition = reader.int32('ReadShareGroupStateResponse.PartitionResult.partition')
            f_error_code = reader.int16('ReadShareGroupStateResponse.PartitionResult.error_code')
            f_error_message = reader.compact_nullable_string('ReadShareGroupStateResponse.PartitionResult.error_message')
            f_state_epoch = reader.int32('ReadShareGroupStateResponse.PartitionResult.state_epoch')
            f_start_offset = reader.int64('ReadShareGroupStateResponse.PartitionResult.start_offset')
            count_f_state_batches = reader.compact_array_length('ReadShareGroupStateResponse.PartitionResult.state_batches')
            read_f_state_batches = ReadShareGroupStateResponse.StateBatch.read
            f_state_batches = tuple([read_f_state_batches(reader, version) for _ in range(count_f_state_batches)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ReadShareGroupStateResponse.PartitionResult.tagged_fields')
            return cls(partition=f_partition, error_code=f_error_code, error_message=f_error_message, state_epoch=f_state_epoch, start_offset=f_start_offset, state_batches=f_state_batches, unknown_tagged_fields=unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class StateBatch:
        """ReadShareGroupStateResponse.StateBatch: versions 0+."""

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
            f_first_offset = reader.int64('ReadShareGroupStateResponse.StateBatch.first_offset')
            f_last_offset = reader.int64('ReadShareGroupStateResponse.StateBatch.last_offset')
            f_delivery_state = reader.int8('ReadShareGroupStateResponse.StateBatch.delivery_state')
            f_delivery_count = reader.int16('ReadShareGroupStateResponse.StateBatch.delivery_count')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ReadShareGroupStateResponse.StateBatch.tagged_fields')
            return cls(first_offset=f_first_offset, last_offset=f_last_offset, delivery_state=f_delivery_state, delivery_count=f_delivery_count, unknown_tagged_fields=unknown)

    def write(self, writer: Writer, version: int) -> None:
        items_results = self.results
        writer.compact_array_length(items_results)
        for each_results in items_results:
            each_results.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> Self:
        f_results: tuple[ReadShareGroupStateResponse.ReadStateResult, ...]
        count_f_results = reader.compact_array_length('ReadShareGroupStateResponse.results')
        read_f_results = ReadShareGroupStateResponse.ReadStateResult.read
        f_results = tuple([read_f_results(reader, version) for _ in range(count_f_results)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ReadShareGroupStateResponse.tagged_fields')
        return cls(results=f_results, unknown_tagged_fields=unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ReadShareGroupStateResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ReadShareGroupStateResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> Self:
        check_decode_version(version, 'ReadShareGroupStateResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ReadShareGroupStateResponse')
        return result
