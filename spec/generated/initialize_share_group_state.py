# generated from InitializeShareGroupStateRequest.json, InitializeShareGroupStateResponse.json; do not edit
"""InitializeShareGroupState (API key 83): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar
from uuid import UUID

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

_ZERO_UUID = UUID(int=0)
__all__ = ['InitializeShareGroupStateRequest', 'InitializeShareGroupStateResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class InitializeShareGroupStateRequest:
    """InitializeShareGroupStateRequest, API key 83: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 83
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    group_id: str = ''  # versions 0+
    topics: tuple[InitializeShareGroupStateRequest.InitializeStateData, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class InitializeStateData:
        """InitializeShareGroupStateRequest.InitializeStateData: versions 0+."""

        topic_id: UUID = _ZERO_UUID  # versions 0+
        partitions: tuple[InitializeShareGroupStateRequest.PartitionData, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.uuid(self.topic_id)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> InitializeShareGroupStateRequest.InitializeStateData:
            f_topic_id: UUID
            f_partitions: tuple[InitializeShareGroupStateRequest.PartitionData, ...]
            f_topic_id = reader.uuid('InitializeShareGroupStateRequest.InitializeStateData.topic_id')
            count_f_partitions = reader.compact_array_length('InitializeShareGroupStateRequest.InitializeStateData.partitions')
            read_f_partitions = InitializeShareGroupStateRequest.PartitionData.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('InitializeShareGroupStateRequest.InitializeStateData.tagged_fields')
            return _new_InitializeShareGroupStateRequest__InitializeStateData(f_topic_id, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionData:
        """InitializeShareGroupStateRequest.PartitionData: versions 0+."""

        partition: int = 0  # versions 0+
        state_epoch: int = 0  # versions 0+
        start_offset: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition)
            writer.int32(self.state_epoch)
            writer.int64(self.start_offset)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> InitializeShareGroupStateRequest.PartitionData:
            f_partition: int
            f_state_epoch: int
            f_start_offset: int
            f_partition = reader.int32('InitializeShareGroupStateRequest.PartitionData.partition')
            f_state_epoch = reader.int32('InitializeShareGroupStateRequest.PartitionData.state_epoch')
            f_start_offset = reader.int64('InitializeShareGroupStateRequest.PartitionData.start_offset')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('InitializeShareGroupStateRequest.PartitionData.tagged_fields')
            return _new_InitializeShareGroupStateRequest__PartitionData(f_partition, f_state_epoch, f_start_offset, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.compact_string(self.group_id)
        items_topics = self.topics
        writer.compact_array_length(items_topics)
        for each_topics in items_topics:
            each_topics.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> InitializeShareGroupStateRequest:
        f_group_id: str
        f_topics: tuple[InitializeShareGroupStateRequest.InitializeStateData, ...]
        f_group_id = reader.compact_string('InitializeShareGroupStateRequest.group_id')
        count_f_topics = reader.compact_array_length('InitializeShareGroupStateRequest.topics')
        read_f_topics = InitializeShareGroupStateRequest.InitializeStateData.read
        f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('InitializeShareGroupStateRequest.tagged_fields')
        return _new_InitializeShareGroupStateRequest(f_group_id, f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'InitializeShareGroupStateRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'InitializeShareGroupStateRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> InitializeShareGroupStateRequest:
        check_decode_version(version, 'InitializeShareGroupStateRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('InitializeShareGroupStateRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class InitializeShareGroupStateResponse:
    """InitializeShareGroupStateResponse, API key 83: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 83
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    results: tuple[InitializeShareGroupStateResponse.InitializeStateResult, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class InitializeStateResult:
        """InitializeShareGroupStateResponse.InitializeStateResult: versions 0+."""

        topic_id: UUID = _ZERO_UUID  # versions 0+
        partitions: tuple[InitializeShareGroupStateResponse.PartitionResult, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.uuid(self.topic_id)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> InitializeShareGroupStateResponse.InitializeStateResult:
            f_topic_id: UUID
            f_partitions: tuple[InitializeShareGroupStateResponse.PartitionResult, ...]
            f_topic_id = reader.uuid('InitializeShareGroupStateResponse.InitializeStateResult.topic_id')
            count_f_partitions = reader.compact_array_length('InitializeShareGroupStateResponse.InitializeStateResult.partitions')
            read_f_partitions = InitializeShareGroupStateResponse.PartitionResult.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('InitializeShareGroupStateResponse.InitializeStateResult.tagged_fields')
            return _new_InitializeShareGroupStateResponse__InitializeStateResult(f_topic_id, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionResult:
        """InitializeShareGroupStateResponse.PartitionResult: versions 0+."""

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
        def read(cls, reader: Reader, version: int) -> InitializeShareGroupStateResponse.PartitionResult:
            f_partition: int
            f_error_code: int
            f_error_message: str | None
            f_partition = reader.int32('InitializeShareGroupStateResponse.PartitionResult.partition')
            f_error_code = reader.int16('InitializeShareGroupStateResponse.PartitionResult.error_code')
            f_error_message = reader.compact_nullable_string('InitializeShareGroupStateResponse.PartitionResult.error_message')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('InitializeShareGroupStateResponse.PartitionResult.tagged_fields')
            return _new_InitializeShareGroupStateResponse__PartitionResult(f_partition, f_error_code, f_error_message, unknown)

    def write(self, writer: Writer, version: int) -> None:
        items_results = self.results
        writer.compact_array_length(items_results)
        for each_results in items_results:
            each_results.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> InitializeShareGroupStateResponse:
        f_results: tuple[InitializeShareGroupStateResponse.InitializeStateResult, ...]
        count_f_results = reader.compact_array_length('InitializeShareGroupStateResponse.results')
        read_f_results = InitializeShareGroupStateResponse.InitializeStateResult.read
        f_results = tuple([read_f_results(reader, version) for _ in range(count_f_results)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('InitializeShareGroupStateResponse.tagged_fields')
        return _new_InitializeShareGroupStateResponse(f_results, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'InitializeShareGroupStateResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'InitializeShareGroupStateResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> InitializeShareGroupStateResponse:
        check_decode_version(version, 'InitializeShareGroupStateResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('InitializeShareGroupStateResponse')
        return result


_SET_InitializeShareGroupStateRequest__InitializeStateData: tuple[Any, ...] = tuple(
    vars(InitializeShareGroupStateRequest.InitializeStateData)[name].__set__ for name in ('topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_InitializeShareGroupStateRequest__InitializeStateData(topic_id: UUID, partitions: tuple[InitializeShareGroupStateRequest.PartitionData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> InitializeShareGroupStateRequest.InitializeStateData:
    instance_: InitializeShareGroupStateRequest.InitializeStateData = object.__new__(InitializeShareGroupStateRequest.InitializeStateData)
    set0_, set1_, set2_, = _SET_InitializeShareGroupStateRequest__InitializeStateData
    set0_(instance_, topic_id)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_InitializeShareGroupStateRequest__PartitionData: tuple[Any, ...] = tuple(
    vars(InitializeShareGroupStateRequest.PartitionData)[name].__set__ for name in ('partition', 'state_epoch', 'start_offset', 'unknown_tagged_fields', ))


def _new_InitializeShareGroupStateRequest__PartitionData(partition: int, state_epoch: int, start_offset: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> InitializeShareGroupStateRequest.PartitionData:
    instance_: InitializeShareGroupStateRequest.PartitionData = object.__new__(InitializeShareGroupStateRequest.PartitionData)
    set0_, set1_, set2_, set3_, = _SET_InitializeShareGroupStateRequest__PartitionData
    set0_(instance_, partition)
    set1_(instance_, state_epoch)
    set2_(instance_, start_offset)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_InitializeShareGroupStateRequest: tuple[Any, ...] = tuple(
    vars(InitializeShareGroupStateRequest)[name].__set__ for name in ('group_id', 'topics', 'unknown_tagged_fields', ))


def _new_InitializeShareGroupStateRequest(group_id: str, topics: tuple[InitializeShareGroupStateRequest.InitializeStateData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> InitializeShareGroupStateRequest:
    instance_: InitializeShareGroupStateRequest = object.__new__(InitializeShareGroupStateRequest)
    set0_, set1_, set2_, = _SET_InitializeShareGroupStateRequest
    set0_(instance_, group_id)
    set1_(instance_, topics)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_InitializeShareGroupStateResponse__InitializeStateResult: tuple[Any, ...] = tuple(
    vars(InitializeShareGroupStateResponse.InitializeStateResult)[name].__set__ for name in ('topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_InitializeShareGroupStateResponse__InitializeStateResult(topic_id: UUID, partitions: tuple[InitializeShareGroupStateResponse.PartitionResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> InitializeShareGroupStateResponse.InitializeStateResult:
    instance_: InitializeShareGroupStateResponse.InitializeStateResult = object.__new__(InitializeShareGroupStateResponse.InitializeStateResult)
    set0_, set1_, set2_, = _SET_InitializeShareGroupStateResponse__InitializeStateResult
    set0_(instance_, topic_id)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_InitializeShareGroupStateResponse__PartitionResult: tuple[Any, ...] = tuple(
    vars(InitializeShareGroupStateResponse.PartitionResult)[name].__set__ for name in ('partition', 'error_code', 'error_message', 'unknown_tagged_fields', ))


def _new_InitializeShareGroupStateResponse__PartitionResult(partition: int, error_code: int, error_message: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> InitializeShareGroupStateResponse.PartitionResult:
    instance_: InitializeShareGroupStateResponse.PartitionResult = object.__new__(InitializeShareGroupStateResponse.PartitionResult)
    set0_, set1_, set2_, set3_, = _SET_InitializeShareGroupStateResponse__PartitionResult
    set0_(instance_, partition)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_InitializeShareGroupStateResponse: tuple[Any, ...] = tuple(
    vars(InitializeShareGroupStateResponse)[name].__set__ for name in ('results', 'unknown_tagged_fields', ))


def _new_InitializeShareGroupStateResponse(results: tuple[InitializeShareGroupStateResponse.InitializeStateResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> InitializeShareGroupStateResponse:
    instance_: InitializeShareGroupStateResponse = object.__new__(InitializeShareGroupStateResponse)
    set0_, set1_, = _SET_InitializeShareGroupStateResponse
    set0_(instance_, results)
    set1_(instance_, unknown_tagged_fields)
    return instance_
