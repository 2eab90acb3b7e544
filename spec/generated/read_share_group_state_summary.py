# generated from ReadShareGroupStateSummaryRequest.json, ReadShareGroupStateSummaryResponse.json; do not edit
"""ReadShareGroupStateSummary (API key 87): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar
from uuid import UUID

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

_ZERO_UUID = UUID(int=0)
__all__ = ['ReadShareGroupStateSummaryRequest', 'ReadShareGroupStateSummaryResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class ReadShareGroupStateSummaryRequest:
    """ReadShareGroupStateSummaryRequest, API key 87: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 87
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    group_id: str = ''  # versions 0+
    topics: tuple[ReadShareGroupStateSummaryRequest.ReadStateSummaryData, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ReadStateSummaryData:
        """ReadShareGroupStateSummaryRequest.ReadStateSummaryData: versions 0+."""

        topic_id: UUID = _ZERO_UUID  # versions 0+
        partitions: tuple[ReadShareGroupStateSummaryRequest.PartitionData, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.uuid(self.topic_id)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ReadShareGroupStateSummaryRequest.ReadStateSummaryData:
            f_topic_id: UUID
            f_partitions: tuple[ReadShareGroupStateSummaryRequest.PartitionData, ...]
            f_topic_id = reader.uuid('ReadShareGroupStateSummaryRequest.ReadStateSummaryData.topic_id')
            count_f_partitions = reader.compact_array_length('ReadShareGroupStateSummaryRequest.ReadStateSummaryData.partitions')
            read_f_partitions = ReadShareGroupStateSummaryRequest.PartitionData.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ReadShareGroupStateSummaryRequest.ReadStateSummaryData.tagged_fields')
            return _new_ReadShareGroupStateSummaryRequest__ReadStateSummaryData(f_topic_id, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionData:
        """ReadShareGroupStateSummaryRequest.PartitionData: versions 0+."""

        partition: int = 0  # versions 0+
        leader_epoch: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition)
            writer.int32(self.leader_epoch)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ReadShareGroupStateSummaryRequest.PartitionData:
            f_partition: int
            f_leader_epoch: int
            f_partition = reader.int32('ReadShareGroupStateSummaryRequest.PartitionData.partition')
            f_leader_epoch = reader.int32('ReadShareGroupStateSummaryRequest.PartitionData.leader_epoch')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ReadShareGroupStateSummaryRequest.PartitionData.tagged_fields')
            return _new_ReadShareGroupStateSummaryRequest__PartitionData(f_partition, f_leader_epoch, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.compact_string(self.group_id)
        items_topics = self.topics
        writer.compact_array_length(items_topics)
        for each_topics in items_topics:
            each_topics.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ReadShareGroupStateSummaryRequest:
        f_group_id: str
        f_topics: tuple[ReadShareGroupStateSummaryRequest.ReadStateSummaryData, ...]
        f_group_id = reader.compact_string('ReadShareGroupStateSummaryRequest.group_id')
        count_f_topics = reader.compact_array_length('ReadShareGroupStateSummaryRequest.topics')
        read_f_topics = ReadShareGroupStateSummaryRequest.ReadStateSummaryData.read
        f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ReadShareGroupStateSummaryRequest.tagged_fields')
        return _new_ReadShareGroupStateSummaryRequest(f_group_id, f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ReadShareGroupStateSummaryRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ReadShareGroupStateSummaryRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ReadShareGroupStateSummaryRequest:
        check_decode_version(version, 'ReadShareGroupStateSummaryRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ReadShareGroupStateSummaryRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class ReadShareGroupStateSummaryResponse:
    """ReadShareGroupStateSummaryResponse, API key 87: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 87
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    results: tuple[ReadShareGroupStateSummaryResponse.ReadStateSummaryResult, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ReadStateSummaryResult:
        """ReadShareGroupStateSummaryResponse.ReadStateSummaryResult: versions 0+."""

        topic_id: UUID = _ZERO_UUID  # versions 0+
        partitions: tuple[ReadShareGroupStateSummaryResponse.PartitionResult, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.uuid(self.topic_id)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ReadShareGroupStateSummaryResponse.ReadStateSummaryResult:
            f_topic_id: UUID
            f_partitions: tuple[ReadShareGroupStateSummaryResponse.PartitionResult, ...]
            f_topic_id = reader.uuid('ReadShareGroupStateSummaryResponse.ReadStateSummaryResult.topic_id')
            count_f_partitions = reader.compact_array_length('ReadShareGroupStateSummaryResponse.ReadStateSummaryResult.partitions')
            read_f_partitions = ReadShareGroupStateSummaryResponse.PartitionResult.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ReadShareGroupStateSummaryResponse.ReadStateSummaryResult.tagged_fields')
            return _new_ReadShareGroupStateSummaryResponse__ReadStateSummaryResult(f_topic_id, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionResult:
        """ReadShareGroupStateSummaryResponse.PartitionResult: versions 0+."""

        partition: int = 0  # versions 0+
        error_code: int = 0  # versions 0+
        error_message: str | None = None  # versions 0+; nullable 0+
        state_epoch: int = 0  # versions 0+
        start_offset: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition)
            writer.int16(self.error_code)
            writer.compact_nullable_string(self.error_message)
            writer.int32(self.state_epoch)
            writer.int64(self.start_offset)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ReadShareGroupStateSummaryResponse.PartitionResult:
            f_partition: int
            f_error_code: int
            f_error_message: str | None
            f_state_epoch: int
            f_start_offset: int
            f_partition = reader.int32('ReadShareGroupStateSummaryResponse.PartitionResult.partition')
            f_error_code = reader.int16('ReadShareGroupStateSummaryResponse.PartitionResult.error_code')
            f_error_message = reader.compact_nullable_string('ReadShareGroupStateSummaryResponse.PartitionResult.error_message')
            f_state_epoch = reader.int32('ReadShareGroupStateSummaryResponse.PartitionResult.state_epoch')
            f_start_offset = reader.int64('ReadShareGroupStateSummaryResponse.PartitionResult.start_offset')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ReadShareGroupStateSummaryResponse.PartitionResult.tagged_fields')
            return _new_ReadShareGroupStateSummaryResponse__PartitionResult(f_partition, f_error_code, f_error_message, f_state_epoch, f_start_offset, unknown)

    def write(self, writer: Writer, version: int) -> None:
        items_results = self.results
        writer.compact_array_length(items_results)
        for each_results in items_results:
            each_results.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ReadShareGroupStateSummaryResponse:
        f_results: tuple[ReadShareGroupStateSummaryResponse.ReadStateSummaryResult, ...]
        count_f_results = reader.compact_array_length('ReadShareGroupStateSummaryResponse.results')
        read_f_results = ReadShareGroupStateSummaryResponse.ReadStateSummaryResult.read
        f_results = tuple([read_f_results(reader, version) for _ in range(count_f_results)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ReadShareGroupStateSummaryResponse.tagged_fields')
        return _new_ReadShareGroupStateSummaryResponse(f_results, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ReadShareGroupStateSummaryResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ReadShareGroupStateSummaryResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ReadShareGroupStateSummaryResponse:
        check_decode_version(version, 'ReadShareGroupStateSummaryResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ReadShareGroupStateSummaryResponse')
        return result


_SET_ReadShareGroupStateSummaryRequest__ReadStateSummaryData: tuple[Any, ...] = tuple(
    vars(ReadShareGroupStateSummaryRequest.ReadStateSummaryData)[name].__set__ for name in ('topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_ReadShareGroupStateSummaryRequest__ReadStateSummaryData(topic_id: UUID, partitions: tuple[ReadShareGroupStateSummaryRequest.PartitionData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ReadShareGroupStateSummaryRequest.ReadStateSummaryData:
    instance_: ReadShareGroupStateSummaryRequest.ReadStateSummaryData = object.__new__(ReadShareGroupStateSummaryRequest.ReadStateSummaryData)
    set0_, set1_, set2_, = _SET_ReadShareGroupStateSummaryRequest__ReadStateSummaryData
    set0_(instance_, topic_id)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ReadShareGroupStateSummaryRequest__PartitionData: tuple[Any, ...] = tuple(
    vars(ReadShareGroupStateSummaryRequest.PartitionData)[name].__set__ for name in ('partition', 'leader_epoch', 'unknown_tagged_fields', ))


def _new_ReadShareGroupStateSummaryRequest__PartitionData(partition: int, leader_epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ReadShareGroupStateSummaryRequest.PartitionData:
    instance_: ReadShareGroupStateSummaryRequest.PartitionData = object.__new__(ReadShareGroupStateSummaryRequest.PartitionData)
    set0_, set1_, set2_, = _SET_ReadShareGroupStateSummaryRequest__PartitionData
    set0_(instance_, partition)
    set1_(instance_, leader_epoch)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ReadShareGroupStateSummaryRequest: tuple[Any, ...] = tuple(
    vars(ReadShareGroupStateSummaryRequest)[name].__set__ for name in ('group_id', 'topics', 'unknown_tagged_fields', ))


def _new_ReadShareGroupStateSummaryRequest(group_id: str, topics: tuple[ReadShareGroupStateSummaryRequest.ReadStateSummaryData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ReadShareGroupStateSummaryRequest:
    instance_: ReadShareGroupStateSummaryRequest = object.__new__(ReadShareGroupStateSummaryRequest)
    set0_, set1_, set2_, = _SET_ReadShareGroupStateSummaryRequest
    set0_(instance_, group_id)
    set1_(instance_, topics)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ReadShareGroupStateSummaryResponse__ReadStateSummaryResult: tuple[Any, ...] = tuple(
    vars(ReadShareGroupStateSummaryResponse.ReadStateSummaryResult)[name].__set__ for name in ('topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_ReadShareGroupStateSummaryResponse__ReadStateSummaryResult(topic_id: UUID, partitions: tuple[ReadShareGroupStateSummaryResponse.PartitionResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ReadShareGroupStateSummaryResponse.ReadStateSummaryResult:
    instance_: ReadShareGroupStateSummaryResponse.ReadStateSummaryResult = object.__new__(ReadShareGroupStateSummaryResponse.ReadStateSummaryResult)
    set0_, set1_, set2_, = _SET_ReadShareGroupStateSummaryResponse__ReadStateSummaryResult
    set0_(instance_, topic_id)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ReadShareGroupStateSummaryResponse__PartitionResult: tuple[Any, ...] = tuple(
    vars(ReadShareGroupStateSummaryResponse.PartitionResult)[name].__set__ for name in ('partition', 'error_code', 'error_message', 'state_epoch', 'start_offset', 'unknown_tagged_fields', ))


def _new_ReadShareGroupStateSummaryResponse__PartitionResult(partition: int, error_code: int, error_message: str | None, state_epoch: int, start_offset: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ReadShareGroupStateSummaryResponse.PartitionResult:
    instance_: ReadShareGroupStateSummaryResponse.PartitionResult = object.__new__(ReadShareGroupStateSummaryResponse.PartitionResult)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_ReadShareGroupStateSummaryResponse__PartitionResult
    set0_(instance_, partition)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, state_epoch)
    set4_(instance_, start_offset)
    set5_(instance_, unknown_tagged_fields)
    return instance_


_SET_ReadShareGroupStateSummaryResponse: tuple[Any, ...] = tuple(
    vars(ReadShareGroupStateSummaryResponse)[name].__set__ for name in ('results', 'unknown_tagged_fields', ))


def _new_ReadShareGroupStateSummaryResponse(results: tuple[ReadShareGroupStateSummaryResponse.ReadStateSummaryResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ReadShareGroupStateSummaryResponse:
    instance_: ReadShareGroupStateSummaryResponse = object.__new__(ReadShareGroupStateSummaryResponse)
    set0_, set1_, = _SET_ReadShareGroupStateSummaryResponse
    set0_(instance_, results)
    set1_(instance_, unknown_tagged_fields)
    return instance_
