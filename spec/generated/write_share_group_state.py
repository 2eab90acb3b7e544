# generated from WriteShareGroupStateRequest.json, WriteShareGroupStateResponse.json; do not edit
"""WriteShareGroupState (API key 85): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar
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
        def read(cls, reader: Reader, version: int) -> WriteShareGroupStateRequest.WriteStateData:
            f_topic_id: UUID
            f_partitions: tuple[WriteShareGroupStateRequest.PartitionData, ...]
            f_topic_id = reader.uuid('WriteShareGroupStateRequest.WriteStateData.topic_id')
            count_f_partitions = reader.compact_array_length('WriteShareGroupStateRequest.WriteStateData.partitions')
            read_f_partitions = WriteShareGroupStateRequest.PartitionData.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('WriteShareGroupStateRequest.WriteStateData.tagged_fields')
            return _new_WriteShareGroupStateRequest__WriteStateData(f_topic_id, f_partitions, unknown)

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
        def read(cls, reader: Reader, version: int) -> WriteShareGroupStateRequest.PartitionData:
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
            return _new_WriteShareGroupStateRequest__PartitionData(f_partition, f_state_epoch, f_leader_epoch, f_start_offset, f_state_batches, unknown)

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
        def read(cls, reader: Reader, version: int) -> WriteShareGroupStateRequest.StateBatch:
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
            return _new_WriteShareGroupStateRequest__StateBatch(f_first_offset, f_last_offset, f_delivery_state, f_delivery_count, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.compact_string(self.group_id)
        items_topics = self.topics
        writer.compact_array_length(items_topics)
        for each_topics in items_topics:
            each_topics.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> WriteShareGroupStateRequest:
        f_group_id: str
        f_topics: tuple[WriteShareGroupStateRequest.WriteStateData, ...]
        f_group_id = reader.compact_string('WriteShareGroupStateRequest.group_id')
        count_f_topics = reader.compact_array_length('WriteShareGroupStateRequest.topics')
        read_f_topics = WriteShareGroupStateRequest.WriteStateData.read
        f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('WriteShareGroupStateRequest.tagged_fields')
        return _new_WriteShareGroupStateRequest(f_group_id, f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'WriteShareGroupStateRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'WriteShareGroupStateRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> WriteShareGroupStateRequest:
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
        def read(cls, reader: Reader, version: int) -> WriteShareGroupStateResponse.WriteStateResult:
            f_topic_id: UUID
            f_partitions: tuple[WriteShareGroupStateResponse.PartitionResult, ...]
            f_topic_id = reader.uuid('WriteShareGroupStateResponse.WriteStateResult.topic_id')
            count_f_partitions = reader.compact_array_length('WriteShareGroupStateResponse.WriteStateResult.partitions')
            read_f_partitions = WriteShareGroupStateResponse.PartitionResult.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('WriteShareGroupStateResponse.WriteStateResult.tagged_fields')
            return _new_WriteShareGroupStateResponse__WriteStateResult(f_topic_id, f_partitions, unknown)

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
        def read(cls, reader: Reader, version: int) -> WriteShareGroupStateResponse.PartitionResult:
            f_partition: int
            f_error_code: int
            f_error_message: str | None
            f_partition = reader.int32('WriteShareGroupStateResponse.PartitionResult.partition')
            f_error_code = reader.int16('WriteShareGroupStateResponse.PartitionResult.error_code')
            f_error_message = reader.compact_nullable_string('WriteShareGroupStateResponse.PartitionResult.error_message')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('WriteShareGroupStateResponse.PartitionResult.tagged_fields')
            return _new_WriteShareGroupStateResponse__PartitionResult(f_partition, f_error_code, f_error_message, unknown)

    def write(self, writer: Writer, version: int) -> None:
        items_results = self.results
        writer.compact_array_length(items_results)
        for each_results in items_results:
            each_results.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> WriteShareGroupStateResponse:
        f_results: tuple[WriteShareGroupStateResponse.WriteStateResult, ...]
        count_f_results = reader.compact_array_length('WriteShareGroupStateResponse.results')
        read_f_results = WriteShareGroupStateResponse.WriteStateResult.read
        f_results = tuple([read_f_results(reader, version) for _ in range(count_f_results)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('WriteShareGroupStateResponse.tagged_fields')
        return _new_WriteShareGroupStateResponse(f_results, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'WriteShareGroupStateResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'WriteShareGroupStateResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> WriteShareGroupStateResponse:
        check_decode_version(version, 'WriteShareGroupStateResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('WriteShareGroupStateResponse')
        return result


_SET_WriteShareGroupStateRequest__WriteStateData: tuple[Any, ...] = tuple(
    vars(WriteShareGroupStateRequest.WriteStateData)[name].__set__ for name in ('topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_WriteShareGroupStateRequest__WriteStateData(topic_id: UUID, partitions: tuple[WriteShareGroupStateRequest.PartitionData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> WriteShareGroupStateRequest.WriteStateData:
    instance_: WriteShareGroupStateRequest.WriteStateData = object.__new__(WriteShareGroupStateRequest.WriteStateData)
    set0_, set1_, set2_, = _SET_WriteShareGroupStateRequest__WriteStateData
    set0_(instance_, topic_id)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_WriteShareGroupStateRequest__PartitionData: tuple[Any, ...] = tuple(
    vars(WriteShareGroupStateRequest.PartitionData)[name].__set__ for name in ('partition', 'state_epoch', 'leader_epoch', 'start_offset', 'state_batches', 'unknown_tagged_fields', ))


def _new_WriteShareGroupStateRequest__PartitionData(partition: int, state_epoch: int, leader_epoch: int, start_offset: int, state_batches: tuple[WriteShareGroupStateRequest.StateBatch, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> WriteShareGroupStateRequest.PartitionData:
    instance_: WriteShareGroupStateRequest.PartitionData = object.__new__(WriteShareGroupStateRequest.PartitionData)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_WriteShareGroupStateRequest__PartitionData
    set0_(instance_, partition)
    set1_(instance_, state_epoch)
    set2_(instance_, leader_epoch)
    set3_(instance_, start_offset)
    set4_(instance_, state_batches)
    set5_(instance_, unknown_tagged_fields)
    return instance_


_SET_WriteShareGroupStateRequest__StateBatch: tuple[Any, ...] = tuple(
    vars(WriteShareGroupStateRequest.StateBatch)[name].__set__ for name in ('first_offset', 'last_offset', 'delivery_state', 'delivery_count', 'unknown_tagged_fields', ))


def _new_WriteShareGroupStateRequest__StateBatch(first_offset: int, last_offset: int, delivery_state: int, delivery_count: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> WriteShareGroupStateRequest.StateBatch:
    instance_: WriteShareGroupStateRequest.StateBatch = object.__new__(WriteShareGroupStateRequest.StateBatch)
    set0_, set1_, set2_, set3_, set4_, = _SET_WriteShareGroupStateRequest__StateBatch
    set0_(instance_, first_offset)
    set1_(instance_, last_offset)
    set2_(instance_, delivery_state)
    set3_(instance_, delivery_count)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_WriteShareGroupStateRequest: tuple[Any, ...] = tuple(
    vars(WriteShareGroupStateRequest)[name].__set__ for name in ('group_id', 'topics', 'unknown_tagged_fields', ))


def _new_WriteShareGroupStateRequest(group_id: str, topics: tuple[WriteShareGroupStateRequest.WriteStateData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> WriteShareGroupStateRequest:
    instance_: WriteShareGroupStateRequest = object.__new__(WriteShareGroupStateRequest)
    set0_, set1_, set2_, = _SET_WriteShareGroupStateRequest
    set0_(instance_, group_id)
    set1_(instance_, topics)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_WriteShareGroupStateResponse__WriteStateResult: tuple[Any, ...] = tuple(
    vars(WriteShareGroupStateResponse.WriteStateResult)[name].__set__ for name in ('topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_WriteShareGroupStateResponse__WriteStateResult(topic_id: UUID, partitions: tuple[WriteShareGroupStateResponse.PartitionResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> WriteShareGroupStateResponse.WriteStateResult:
    instance_: WriteShareGroupStateResponse.WriteStateResult = object.__new__(WriteShareGroupStateResponse.WriteStateResult)
    set0_, set1_, set2_, = _SET_WriteShareGroupStateResponse__WriteStateResult
    set0_(instance_, topic_id)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_WriteShareGroupStateResponse__PartitionResult: tuple[Any, ...] = tuple(
    vars(WriteShareGroupStateResponse.PartitionResult)[name].__set__ for name in ('partition', 'error_code', 'error_message', 'unknown_tagged_fields', ))


def _new_WriteShareGroupStateResponse__PartitionResult(partition: int, error_code: int, error_message: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> WriteShareGroupStateResponse.PartitionResult:
    instance_: WriteShareGroupStateResponse.PartitionResult = object.__new__(WriteShareGroupStateResponse.PartitionResult)
    set0_, set1_, set2_, set3_, = _SET_WriteShareGroupStateResponse__PartitionResult
    set0_(instance_, partition)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_WriteShareGroupStateResponse: tuple[Any, ...] = tuple(
    vars(WriteShareGroupStateResponse)[name].__set__ for name in ('results', 'unknown_tagged_fields', ))


def _new_WriteShareGroupStateResponse(results: tuple[WriteShareGroupStateResponse.WriteStateResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> WriteShareGroupStateResponse:
    instance_: WriteShareGroupStateResponse = object.__new__(WriteShareGroupStateResponse)
    set0_, set1_, = _SET_WriteShareGroupStateResponse
    set0_(instance_, results)
    set1_(instance_, unknown_tagged_fields)
    return instance_
