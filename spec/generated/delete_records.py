# generated from DeleteRecordsRequest.json, DeleteRecordsResponse.json; do not edit
"""DeleteRecords (API key 21): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from spec.wire import (
    EncodeError,
    ExternalBytes,
    Reader,
    Writer,
    check_decode_version,
    encode_checked,
)

__all__ = ['DeleteRecordsRequest', 'DeleteRecordsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class DeleteRecordsRequest:
    """DeleteRecordsRequest, API key 21: versions 0-2, flexible 2+."""

    API_KEY: ClassVar[int] = 21
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    topics: tuple[DeleteRecordsRequest.DeleteRecordsTopic, ...] = ()  # versions 0+
    timeout_ms: int = 0  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DeleteRecordsTopic:
        """DeleteRecordsRequest.DeleteRecordsTopic: versions 0+."""

        name: str = ''  # versions 0+
        partitions: tuple[DeleteRecordsRequest.DeleteRecordsPartition, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 1:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
            if version <= 1:
                items_partitions = self.partitions
                writer.array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            else:
                items_partitions = self.partitions
                writer.compact_array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            if version <= 1:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'DeleteRecordsRequest.DeleteRecordsTopic has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DeleteRecordsRequest.DeleteRecordsTopic:
            f_name: str
            f_partitions: tuple[DeleteRecordsRequest.DeleteRecordsPartition, ...]
            f_name = reader.string('DeleteRecordsRequest.DeleteRecordsTopic.name') if version <= 1 else reader.compact_string('DeleteRecordsRequest.DeleteRecordsTopic.name')
            if version <= 1:
                count_f_partitions = reader.array_length('DeleteRecordsRequest.DeleteRecordsTopic.partitions')
                read_f_partitions = DeleteRecordsRequest.DeleteRecordsPartition.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            else:
                count_f_partitions = reader.compact_array_length('DeleteRecordsRequest.DeleteRecordsTopic.partitions')
                read_f_partitions = DeleteRecordsRequest.DeleteRecordsPartition.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('DeleteRecordsRequest.DeleteRecordsTopic.tagged_fields')
            return _new_DeleteRecordsRequest__DeleteRecordsTopic(f_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DeleteRecordsPartition:
        """DeleteRecordsRequest.DeleteRecordsPartition: versions 0+."""

        partition_index: int = 0  # versions 0+
        offset: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int64(self.offset)
            if version <= 1:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'DeleteRecordsRequest.DeleteRecordsPartition has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DeleteRecordsRequest.DeleteRecordsPartition:
            f_partition_index: int
            f_offset: int
            f_partition_index = reader.int32('DeleteRecordsRequest.DeleteRecordsPartition.partition_index')
            f_offset = reader.int64('DeleteRecordsRequest.DeleteRecordsPartition.offset')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('DeleteRecordsRequest.DeleteRecordsPartition.tagged_fields')
            return _new_DeleteRecordsRequest__DeleteRecordsPartition(f_partition_index, f_offset, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 1:
            items_topics = self.topics
            writer.array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        else:
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        writer.int32(self.timeout_ms)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'DeleteRecordsRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DeleteRecordsRequest:
        f_topics: tuple[DeleteRecordsRequest.DeleteRecordsTopic, ...]
        f_timeout_ms: int
        if version <= 1:
            count_f_topics = reader.array_length('DeleteRecordsRequest.topics')
            read_f_topics = DeleteRecordsRequest.DeleteRecordsTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        else:
            count_f_topics = reader.compact_array_length('DeleteRecordsRequest.topics')
            read_f_topics = DeleteRecordsRequest.DeleteRecordsTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        f_timeout_ms = reader.int32('DeleteRecordsRequest.timeout_ms')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('DeleteRecordsRequest.tagged_fields')
        return _new_DeleteRecordsRequest(f_topics, f_timeout_ms, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DeleteRecordsRequest', 0, 2).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DeleteRecordsRequest', 0, 2).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DeleteRecordsRequest:
        check_decode_version(version, 'DeleteRecordsRequest', 0, 2)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DeleteRecordsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class DeleteRecordsResponse:
    """DeleteRecordsResponse, API key 21: versions 0-2, flexible 2+."""

    API_KEY: ClassVar[int] = 21
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    throttle_time_ms: int = 0  # versions 0+
    topics: tuple[DeleteRecordsResponse.DeleteRecordsTopicResult, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DeleteRecordsTopicResult:
        """DeleteRecordsResponse.DeleteRecordsTopicResult: versions 0+."""

        name: str = ''  # versions 0+
        partitions: tuple[DeleteRecordsResponse.DeleteRecordsPartitionResult, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 1:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
            if version <= 1:
                items_partitions = self.partitions
                writer.array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            else:
                items_partitions = self.partitions
                writer.compact_array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            if version <= 1:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'DeleteRecordsResponse.DeleteRecordsTopicResult has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DeleteRecordsResponse.DeleteRecordsTopicResult:
            f_name: str
            f_partitions: tuple[DeleteRecordsResponse.DeleteRecordsPartitionResult, ...]
            f_name = reader.string('DeleteRecordsResponse.DeleteRecordsTopicResult.name') if version <= 1 else reader.compact_string('DeleteRecordsResponse.DeleteRecordsTopicResult.name')
            if version <= 1:
                count_f_partitions = reader.array_length('DeleteRecordsResponse.DeleteRecordsTopicResult.partitions')
                read_f_partitions = DeleteRecordsResponse.DeleteRecordsPartitionResult.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            else:
                count_f_partitions = reader.compact_array_length('DeleteRecordsResponse.DeleteRecordsTopicResult.partitions')
                read_f_partitions = DeleteRecordsResponse.DeleteRecordsPartitionResult.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('DeleteRecordsResponse.DeleteRecordsTopicResult.tagged_fields')
            return _new_DeleteRecordsResponse__DeleteRecordsTopicResult(f_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DeleteRecordsPartitionResult:
        """DeleteRecordsResponse.DeleteRecordsPartitionResult: versions 0+."""

        partition_index: int = 0  # versions 0+
        low_watermark: int = 0  # versions 0+
        error_code: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int64(self.low_watermark)
            writer.int16(self.error_code)
            if version <= 1:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'DeleteRecordsResponse.DeleteRecordsPartitionResult has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DeleteRecordsResponse.DeleteRecordsPartitionResult:
            f_partition_index: int
            f_low_watermark: int
            f_error_code: int
            f_partition_index = reader.int32('DeleteRecordsResponse.DeleteRecordsPartitionResult.partition_index')
            f_low_watermark = reader.int64('DeleteRecordsResponse.DeleteRecordsPartitionResult.low_watermark')
            f_error_code = reader.int16('DeleteRecordsResponse.DeleteRecordsPartitionResult.error_code')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('DeleteRecordsResponse.DeleteRecordsPartitionResult.tagged_fields')
            return _new_DeleteRecordsResponse__DeleteRecordsPartitionResult(f_partition_index, f_low_watermark, f_error_code, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        if version <= 1:
            items_topics = self.topics
            writer.array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        else:
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'DeleteRecordsResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DeleteRecordsResponse:
        f_throttle_time_ms: int
        f_topics: tuple[DeleteRecordsResponse.DeleteRecordsTopicResult, ...]
        f_throttle_time_ms = reader.int32('DeleteRecordsResponse.throttle_time_ms')
        if version <= 1:
            count_f_topics = reader.array_length('DeleteRecordsResponse.topics')
            read_f_topics = DeleteRecordsResponse.DeleteRecordsTopicResult.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        else:
            count_f_topics = reader.compact_array_length('DeleteRecordsResponse.topics')
            read_f_topics = DeleteRecordsResponse.DeleteRecordsTopicResult.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('DeleteRecordsResponse.tagged_fields')
        return _new_DeleteRecordsResponse(f_throttle_time_ms, f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DeleteRecordsResponse', 0, 2).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DeleteRecordsResponse', 0, 2).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DeleteRecordsResponse:
        check_decode_version(version, 'DeleteRecordsResponse', 0, 2)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DeleteRecordsResponse')
        return result


_SET_DeleteRecordsRequest__DeleteRecordsTopic: tuple[Any, ...] = tuple(
    vars(DeleteRecordsRequest.DeleteRecordsTopic)[name].__set__ for name in ('name', 'partitions', 'unknown_tagged_fields', ))


def _new_DeleteRecordsRequest__DeleteRecordsTopic(name: str, partitions: tuple[DeleteRecordsRequest.DeleteRecordsPartition, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DeleteRecordsRequest.DeleteRecordsTopic:
    instance_: DeleteRecordsRequest.DeleteRecordsTopic = object.__new__(DeleteRecordsRequest.DeleteRecordsTopic)
    set0_, set1_, set2_, = _SET_DeleteRecordsRequest__DeleteRecordsTopic
    set0_(instance_, name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DeleteRecordsRequest__DeleteRecordsPartition: tuple[Any, ...] = tuple(
    vars(DeleteRecordsRequest.DeleteRecordsPartition)[name].__set__ for name in ('partition_index', 'offset', 'unknown_tagged_fields', ))


def _new_DeleteRecordsRequest__DeleteRecordsPartition(partition_index: int, offset: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DeleteRecordsRequest.DeleteRecordsPartition:
    instance_: DeleteRecordsRequest.DeleteRecordsPartition = object.__new__(DeleteRecordsRequest.DeleteRecordsPartition)
    set0_, set1_, set2_, = _SET_DeleteRecordsRequest__DeleteRecordsPartition
    set0_(instance_, partition_index)
    set1_(instance_, offset)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DeleteRecordsRequest: tuple[Any, ...] = tuple(
    vars(DeleteRecordsRequest)[name].__set__ for name in ('topics', 'timeout_ms', 'unknown_tagged_fields', ))


def _new_DeleteRecordsRequest(topics: tuple[DeleteRecordsRequest.DeleteRecordsTopic, ...], timeout_ms: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DeleteRecordsRequest:
    instance_: DeleteRecordsRequest = object.__new__(DeleteRecordsRequest)
    set0_, set1_, set2_, = _SET_DeleteRecordsRequest
    set0_(instance_, topics)
    set1_(instance_, timeout_ms)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DeleteRecordsResponse__DeleteRecordsTopicResult: tuple[Any, ...] = tuple(
    vars(DeleteRecordsResponse.DeleteRecordsTopicResult)[name].__set__ for name in ('name', 'partitions', 'unknown_tagged_fields', ))


def _new_DeleteRecordsResponse__DeleteRecordsTopicResult(name: str, partitions: tuple[DeleteRecordsResponse.DeleteRecordsPartitionResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DeleteRecordsResponse.DeleteRecordsTopicResult:
    instance_: DeleteRecordsResponse.DeleteRecordsTopicResult = object.__new__(DeleteRecordsResponse.DeleteRecordsTopicResult)
    set0_, set1_, set2_, = _SET_DeleteRecordsResponse__DeleteRecordsTopicResult
    set0_(instance_, name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DeleteRecordsResponse__DeleteRecordsPartitionResult: tuple[Any, ...] = tuple(
    vars(DeleteRecordsResponse.DeleteRecordsPartitionResult)[name].__set__ for name in ('partition_index', 'low_watermark', 'error_code', 'unknown_tagged_fields', ))


def _new_DeleteRecordsResponse__DeleteRecordsPartitionResult(partition_index: int, low_watermark: int, error_code: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DeleteRecordsResponse.DeleteRecordsPartitionResult:
    instance_: DeleteRecordsResponse.DeleteRecordsPartitionResult = object.__new__(DeleteRecordsResponse.DeleteRecordsPartitionResult)
    set0_, set1_, set2_, set3_, = _SET_DeleteRecordsResponse__DeleteRecordsPartitionResult
    set0_(instance_, partition_index)
    set1_(instance_, low_watermark)
    set2_(instance_, error_code)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_DeleteRecordsResponse: tuple[Any, ...] = tuple(
    vars(DeleteRecordsResponse)[name].__set__ for name in ('throttle_time_ms', 'topics', 'unknown_tagged_fields', ))


def _new_DeleteRecordsResponse(throttle_time_ms: int, topics: tuple[DeleteRecordsResponse.DeleteRecordsTopicResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DeleteRecordsResponse:
    instance_: DeleteRecordsResponse = object.__new__(DeleteRecordsResponse)
    set0_, set1_, set2_, = _SET_DeleteRecordsResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, topics)
    set2_(instance_, unknown_tagged_fields)
    return instance_
