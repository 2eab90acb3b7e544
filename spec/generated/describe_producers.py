# generated from DescribeProducersRequest.json, DescribeProducersResponse.json; do not edit
"""DescribeProducers (API key 61): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

__all__ = ['DescribeProducersRequest', 'DescribeProducersResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class DescribeProducersRequest:
    """DescribeProducersRequest, API key 61: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 61
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    topics: tuple[DescribeProducersRequest.TopicRequest, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicRequest:
        """DescribeProducersRequest.TopicRequest: versions 0+."""

        name: str = ''  # versions 0+
        partition_indexes: tuple[int, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.name)
            items_partition_indexes = self.partition_indexes
            writer.compact_array_length(items_partition_indexes)
            writer.int32_items(items_partition_indexes)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeProducersRequest.TopicRequest:
            f_name: str
            f_partition_indexes: tuple[int, ...]
            f_name = reader.compact_string('DescribeProducersRequest.TopicRequest.name')
            count_f_partition_indexes = reader.compact_array_length('DescribeProducersRequest.TopicRequest.partition_indexes')
            f_partition_indexes = reader.int32_items(count_f_partition_indexes, 'DescribeProducersRequest.TopicRequest.partition_indexes')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DescribeProducersRequest.TopicRequest.tagged_fields')
            return _new_DescribeProducersRequest__TopicRequest(f_name, f_partition_indexes, unknown)

    def write(self, writer: Writer, version: int) -> None:
        items_topics = self.topics
        writer.compact_array_length(items_topics)
        for each_topics in items_topics:
            each_topics.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DescribeProducersRequest:
        f_topics: tuple[DescribeProducersRequest.TopicRequest, ...]
        count_f_topics = reader.compact_array_length('DescribeProducersRequest.topics')
        read_f_topics = DescribeProducersRequest.TopicRequest.read
        f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('DescribeProducersRequest.tagged_fields')
        return _new_DescribeProducersRequest(f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DescribeProducersRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DescribeProducersRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DescribeProducersRequest:
        check_decode_version(version, 'DescribeProducersRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DescribeProducersRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class DescribeProducersResponse:
    """DescribeProducersResponse, API key 61: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 61
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+
    topics: tuple[DescribeProducersResponse.TopicResponse, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicResponse:
        """DescribeProducersResponse.TopicResponse: versions 0+."""

        name: str = ''  # versions 0+
        partitions: tuple[DescribeProducersResponse.PartitionResponse, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.name)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeProducersResponse.TopicResponse:
            f_name: str
            f_partitions: tuple[DescribeProducersResponse.PartitionResponse, ...]
            f_name = reader.compact_string('DescribeProducersResponse.TopicResponse.name')
            count_f_partitions = reader.compact_array_length('DescribeProducersResponse.TopicResponse.partitions')
            read_f_partitions = DescribeProducersResponse.PartitionResponse.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DescribeProducersResponse.TopicResponse.tagged_fields')
            return _new_DescribeProducersResponse__TopicResponse(f_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionResponse:
        """DescribeProducersResponse.PartitionResponse: versions 0+."""

        partition_index: int = 0  # versions 0+
        error_code: int = 0  # versions 0+
        error_message: str | None = None  # versions 0+; nullable 0+
        active_producers: tuple[DescribeProducersResponse.ProducerState, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int16(self.error_code)
            writer.compact_nullable_string(self.error_message)
            items_active_producers = self.active_producers
            writer.compact_array_length(items_active_producers)
            for each_active_producers in items_active_producers:
                each_active_producers.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeProducersResponse.PartitionResponse:
            f_partition_index: int
            f_error_code: int
            f_error_message: str | None
            f_active_producers: tuple[DescribeProducersResponse.ProducerState, ...]
            f_partition_index = reader.int32('DescribeProducersResponse.PartitionResponse.partition_index')
            f_error_code = reader.int16('DescribeProducersResponse.PartitionResponse.error_code')
            f_error_message = reader.compact_nullable_string('DescribeProducersResponse.PartitionResponse.error_message')
            count_f_active_producers = reader.compact_array_length('DescribeProducersResponse.PartitionResponse.active_producers')
            read_f_active_producers = DescribeProducersResponse.ProducerState.read
            f_active_producers = tuple([read_f_active_producers(reader, version) for _ in range(count_f_active_producers)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DescribeProducersResponse.PartitionResponse.tagged_fields')
            return _new_DescribeProducersResponse__PartitionResponse(f_partition_index, f_error_code, f_error_message, f_active_producers, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ProducerState:
        """DescribeProducersResponse.ProducerState: versions 0+."""

        producer_id: int = 0  # versions 0+
        producer_epoch: int = 0  # versions 0+
        last_sequence: int = -1  # versions 0+
        last_timestamp: int = -1  # versions 0+
        coordinator_epoch: int = 0  # versions 0+
        current_txn_start_offset: int = -1  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int64(self.producer_id)
            writer.int32(self.producer_epoch)
            writer.int32(self.last_sequence)
            writer.int64(self.last_timestamp)
            writer.int32(self.coordinator_epoch)
            writer.int64(self.current_txn_start_offset)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeProducersResponse.ProducerState:
            f_producer_id: int
            f_producer_epoch: int
            f_last_sequence: int
            f_last_timestamp: int
            f_coordinator_epoch: int
            f_current_txn_start_offset: int
            f_producer_id = reader.int64('DescribeProducersResponse.ProducerState.producer_id')
            f_producer_epoch = reader.int32('DescribeProducersResponse.ProducerState.producer_epoch')
            f_last_sequence = reader.int32('DescribeProducersResponse.ProducerState.last_sequence')
            f_last_timestamp = reader.int64('DescribeProducersResponse.ProducerState.last_timestamp')
            f_coordinator_epoch = reader.int32('DescribeProducersResponse.ProducerState.coordinator_epoch')
            f_current_txn_start_offset = reader.int64('DescribeProducersResponse.ProducerState.current_txn_start_offset')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DescribeProducersResponse.ProducerState.tagged_fields')
            return _new_DescribeProducersResponse__ProducerState(f_producer_id, f_producer_epoch, f_last_sequence, f_last_timestamp, f_coordinator_epoch, f_current_txn_start_offset, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        items_topics = self.topics
        writer.compact_array_length(items_topics)
        for each_topics in items_topics:
            each_topics.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DescribeProducersResponse:
        f_throttle_time_ms: int
        f_topics: tuple[DescribeProducersResponse.TopicResponse, ...]
        f_throttle_time_ms = reader.int32('DescribeProducersResponse.throttle_time_ms')
        count_f_topics = reader.compact_array_length('DescribeProducersResponse.topics')
        read_f_topics = DescribeProducersResponse.TopicResponse.read
        f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('DescribeProducersResponse.tagged_fields')
        return _new_DescribeProducersResponse(f_throttle_time_ms, f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DescribeProducersResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DescribeProducersResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DescribeProducersResponse:
        check_decode_version(version, 'DescribeProducersResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DescribeProducersResponse')
        return result


_SET_DescribeProducersRequest__TopicRequest: tuple[Any, ...] = tuple(
    vars(DescribeProducersRequest.TopicRequest)[name].__set__ for name in ('name', 'partition_indexes', 'unknown_tagged_fields', ))


def _new_DescribeProducersRequest__TopicRequest(name: str, partition_indexes: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeProducersRequest.TopicRequest:
    instance_: DescribeProducersRequest.TopicRequest = object.__new__(DescribeProducersRequest.TopicRequest)
    set0_, set1_, set2_, = _SET_DescribeProducersRequest__TopicRequest
    set0_(instance_, name)
    set1_(instance_, partition_indexes)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeProducersRequest: tuple[Any, ...] = tuple(
    vars(DescribeProducersRequest)[name].__set__ for name in ('topics', 'unknown_tagged_fields', ))


def _new_DescribeProducersRequest(topics: tuple[DescribeProducersRequest.TopicRequest, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeProducersRequest:
    instance_: DescribeProducersRequest = object.__new__(DescribeProducersRequest)
    set0_, set1_, = _SET_DescribeProducersRequest
    set0_(instance_, topics)
    set1_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeProducersResponse__TopicResponse: tuple[Any, ...] = tuple(
    vars(DescribeProducersResponse.TopicResponse)[name].__set__ for name in ('name', 'partitions', 'unknown_tagged_fields', ))


def _new_DescribeProducersResponse__TopicResponse(name: str, partitions: tuple[DescribeProducersResponse.PartitionResponse, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeProducersResponse.TopicResponse:
    instance_: DescribeProducersResponse.TopicResponse = object.__new__(DescribeProducersResponse.TopicResponse)
    set0_, set1_, set2_, = _SET_DescribeProducersResponse__TopicResponse
    set0_(instance_, name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeProducersResponse__PartitionResponse: tuple[Any, ...] = tuple(
    vars(DescribeProducersResponse.PartitionResponse)[name].__set__ for name in ('partition_index', 'error_code', 'error_message', 'active_producers', 'unknown_tagged_fields', ))


def _new_DescribeProducersResponse__PartitionResponse(partition_index: int, error_code: int, error_message: str | None, active_producers: tuple[DescribeProducersResponse.ProducerState, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeProducersResponse.PartitionResponse:
    instance_: DescribeProducersResponse.PartitionResponse = object.__new__(DescribeProducersResponse.PartitionResponse)
    set0_, set1_, set2_, set3_, set4_, = _SET_DescribeProducersResponse__PartitionResponse
    set0_(instance_, partition_index)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, active_producers)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeProducersResponse__ProducerState: tuple[Any, ...] = tuple(
    vars(DescribeProducersResponse.ProducerState)[name].__set__ for name in ('producer_id', 'producer_epoch', 'last_sequence', 'last_timestamp', 'coordinator_epoch', 'current_txn_start_offset', 'unknown_tagged_fields', ))


def _new_DescribeProducersResponse__ProducerState(producer_id: int, producer_epoch: int, last_sequence: int, last_timestamp: int, coordinator_epoch: int, current_txn_start_offset: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeProducersResponse.ProducerState:
    instance_: DescribeProducersResponse.ProducerState = object.__new__(DescribeProducersResponse.ProducerState)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, = _SET_DescribeProducersResponse__ProducerState
    set0_(instance_, producer_id)
    set1_(instance_, producer_epoch)
    set2_(instance_, last_sequence)
    set3_(instance_, last_timestamp)
    set4_(instance_, coordinator_epoch)
    set5_(instance_, current_txn_start_offset)
    set6_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeProducersResponse: tuple[Any, ...] = tuple(
    vars(DescribeProducersResponse)[name].__set__ for name in ('throttle_time_ms', 'topics', 'unknown_tagged_fields', ))


def _new_DescribeProducersResponse(throttle_time_ms: int, topics: tuple[DescribeProducersResponse.TopicResponse, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeProducersResponse:
    instance_: DescribeProducersResponse = object.__new__(DescribeProducersResponse)
    set0_, set1_, set2_, = _SET_DescribeProducersResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, topics)
    set2_(instance_, unknown_tagged_fields)
    return instance_
