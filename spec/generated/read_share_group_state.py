# generated from ReadShareGroupStateRequest.json, ReadShareGroupStateResponse.json; do not edit
"""ReadShareGroupState (API key 84): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar
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
        def read(cls, reader: Reader, version: int) -> ReadShareGroupStateRequest.ReadStateData:
            f_topic_id: UUID
            f_partitions: tuple[ReadShareGroupStateRequest.PartitionData, ...]
            f_topic_id = reader.uuid('ReadShareGroupStateRequest.ReadStateData.topic_id')
            count_f_partitions = reader.compact_array_length('ReadShareGroupStateRequest.ReadStateData.partitions')
            read_f_partitions = ReadShareGroupStateRequest.PartitionData.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ReadShareGroupStateRequest.ReadStateData.tagged_fields')
            return _new_ReadShareGroupStateRequest__ReadStateData(f_topic_id, f_partitions, unknown)

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
        def read(cls, reader: Reader, version: int) -> ReadShareGroupStateRequest.PartitionData:
            f_partition: int
            f_leader_epoch: int
            f_partition = reader.int32('ReadShareGroupStateRequest.PartitionData.partition')
            f_leader_epoch = reader.int32('ReadShareGroupStateRequest.PartitionData.leader_epoch')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ReadShareGroupStateRequest.PartitionData.tagged_fields')
            return _new_ReadShareGroupStateRequest__PartitionData(f_partition, f_leader_epoch, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.compact_string(self.group_id)
        items_topics = self.topics
        writer.compact_array_length(items_topics)
        for each_topics in items_topics:
            each_topics.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ReadShareGroupStateRequest:
        f_group_id: str
        f_topics: tuple[ReadShareGroupStateRequest.ReadStateData, ...]
        f_group_id = reader.compact_string('ReadShareGroupStateRequest.group_id')
        count_f_topics = reader.compact_array_length('ReadShareGroupStateRequest.topics')
        read_f_topics = ReadShareGroupStateRequest.ReadStateData.read
        f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ReadShareGroupStateRequest.tagged_fields')
        return _new_ReadShareGroupStateRequest(f_group_id, f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ReadShareGroupStateRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ReadShareGroupStateRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ReadShareGroupStateRequest:
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
        def read(cls, reader: Reader, version: int) -> ReadShareGroupStateResponse.ReadStateResult:
            f_topic_id: UUID
            f_partitions: tuple[ReadShareGroupStateResponse.PartitionResult, ...]
            f_topic_id = reader.uuid('ReadShareGroupStateResponse.ReadStateResult.topic_id')
            count_f_partitions = reader.compact_array_length('ReadShareGroupStateResponse.ReadStateResult.partitions')
            read_f_partitions = ReadShareGroupStateResponse.PartitionResult.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ReadShareGroupStateResponse.ReadStateResult.tagged_fields')
            return _new_ReadShareGroupStateResponse__ReadStateResult(f_topic_id, f_partitions, unknown)

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
        def read(cls, reader: Reader, version: int) -> ReadShareGroupStateResponse.PartitionResult:
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
            return _new_ReadShareGroupStateResponse__PartitionResult(f_partition, f_error_code, f_error_message, f_state_epoch, f_start_offset, f_state_batches, unknown)

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
        def read(cls, reader: Reader, version: int) -> ReadShareGroupStateResponse.StateBatch:
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
            return _new_ReadShareGroupStateResponse__StateBatch(f_first_offset, f_last_offset, f_delivery_state, f_delivery_count, unknown)

    def write(self, writer: Writer, version: int) -> None:
        items_results = self.results
        writer.compact_array_length(items_results)
        for each_results in items_results:
            each_results.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ReadShareGroupStateResponse:
        f_results: tuple[ReadShareGroupStateResponse.ReadStateResult, ...]
        count_f_results = reader.compact_array_length('ReadShareGroupStateResponse.results')
        read_f_results = ReadShareGroupStateResponse.ReadStateResult.read
        f_results = tuple([read_f_results(reader, version) for _ in range(count_f_results)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ReadShareGroupStateResponse.tagged_fields')
        return _new_ReadShareGroupStateResponse(f_results, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ReadShareGroupStateResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ReadShareGroupStateResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ReadShareGroupStateResponse:
        check_decode_version(version, 'ReadShareGroupStateResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ReadShareGroupStateResponse')
        return result


_SET_ReadShareGroupStateRequest__ReadStateData: tuple[Any, ...] = tuple(
    vars(ReadShareGroupStateRequest.ReadStateData)[name].__set__ for name in ('topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_ReadShareGroupStateRequest__ReadStateData(topic_id: UUID, partitions: tuple[ReadShareGroupStateRequest.PartitionData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ReadShareGroupStateRequest.ReadStateData:
    instance_: ReadShareGroupStateRequest.ReadStateData = object.__new__(ReadShareGroupStateRequest.ReadStateData)
    set0_, set1_, set2_, = _SET_ReadShareGroupStateRequest__ReadStateData
    set0_(instance_, topic_id)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ReadShareGroupStateRequest__PartitionData: tuple[Any, ...] = tuple(
    vars(ReadShareGroupStateRequest.PartitionData)[name].__set__ for name in ('partition', 'leader_epoch', 'unknown_tagged_fields', ))


def _new_ReadShareGroupStateRequest__PartitionData(partition: int, leader_epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ReadShareGroupStateRequest.PartitionData:
    instance_: ReadShareGroupStateRequest.PartitionData = object.__new__(ReadShareGroupStateRequest.PartitionData)
    set0_, set1_, set2_, = _SET_ReadShareGroupStateRequest__PartitionData
    set0_(instance_, partition)
    set1_(instance_, leader_epoch)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ReadShareGroupStateRequest: tuple[Any, ...] = tuple(
    vars(ReadShareGroupStateRequest)[name].__set__ for name in ('group_id', 'topics', 'unknown_tagged_fields', ))


def _new_ReadShareGroupStateRequest(group_id: str, topics: tuple[ReadShareGroupStateRequest.ReadStateData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ReadShareGroupStateRequest:
    instance_: ReadShareGroupStateRequest = object.__new__(ReadShareGroupStateRequest)
    set0_, set1_, set2_, = _SET_ReadShareGroupStateRequest
    set0_(instance_, group_id)
    set1_(instance_, topics)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ReadShareGroupStateResponse__ReadStateResult: tuple[Any, ...] = tuple(
    vars(ReadShareGroupStateResponse.ReadStateResult)[name].__set__ for name in ('topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_ReadShareGroupStateResponse__ReadStateResult(topic_id: UUID, partitions: tuple[ReadShareGroupStateResponse.PartitionResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ReadShareGroupStateResponse.ReadStateResult:
    instance_: ReadShareGroupStateResponse.ReadStateResult = object.__new__(ReadShareGroupStateResponse.ReadStateResult)
    set0_, set1_, set2_, = _SET_ReadShareGroupStateResponse__ReadStateResult
    set0_(instance_, topic_id)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ReadShareGroupStateResponse__PartitionResult: tuple[Any, ...] = tuple(
    vars(ReadShareGroupStateResponse.PartitionResult)[name].__set__ for name in ('partition', 'error_code', 'error_message', 'state_epoch', 'start_offset', 'state_batches', 'unknown_tagged_fields', ))


def _new_ReadShareGroupStateResponse__PartitionResult(partition: int, error_code: int, error_message: str | None, state_epoch: int, start_offset: int, state_batches: tuple[ReadShareGroupStateResponse.StateBatch, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ReadShareGroupStateResponse.PartitionResult:
    instance_: ReadShareGroupStateResponse.PartitionResult = object.__new__(ReadShareGroupStateResponse.PartitionResult)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, = _SET_ReadShareGroupStateResponse__PartitionResult
    set0_(instance_, partition)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, state_epoch)
    set4_(instance_, start_offset)
    set5_(instance_, state_batches)
    set6_(instance_, unknown_tagged_fields)
    return instance_


_SET_ReadShareGroupStateResponse__StateBatch: tuple[Any, ...] = tuple(
    vars(ReadShareGroupStateResponse.StateBatch)[name].__set__ for name in ('first_offset', 'last_offset', 'delivery_state', 'delivery_count', 'unknown_tagged_fields', ))


def _new_ReadShareGroupStateResponse__StateBatch(first_offset: int, last_offset: int, delivery_state: int, delivery_count: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ReadShareGroupStateResponse.StateBatch:
    instance_: ReadShareGroupStateResponse.StateBatch = object.__new__(ReadShareGroupStateResponse.StateBatch)
    set0_, set1_, set2_, set3_, set4_, = _SET_ReadShareGroupStateResponse__StateBatch
    set0_(instance_, first_offset)
    set1_(instance_, last_offset)
    set2_(instance_, delivery_state)
    set3_(instance_, delivery_count)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_ReadShareGroupStateResponse: tuple[Any, ...] = tuple(
    vars(ReadShareGroupStateResponse)[name].__set__ for name in ('results', 'unknown_tagged_fields', ))


def _new_ReadShareGroupStateResponse(results: tuple[ReadShareGroupStateResponse.ReadStateResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ReadShareGroupStateResponse:
    instance_: ReadShareGroupStateResponse = object.__new__(ReadShareGroupStateResponse)
    set0_, set1_, = _SET_ReadShareGroupStateResponse
    set0_(instance_, results)
    set1_(instance_, unknown_tagged_fields)
    return instance_
