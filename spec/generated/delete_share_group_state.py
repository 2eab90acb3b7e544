# generated from DeleteShareGroupStateRequest.json, DeleteShareGroupStateResponse.json; do not edit
"""DeleteShareGroupState (API key 86): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar
from uuid import UUID

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

_ZERO_UUID = UUID(int=0)
__all__ = ['DeleteShareGroupStateRequest', 'DeleteShareGroupStateResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class DeleteShareGroupStateRequest:
    """DeleteShareGroupStateRequest, API key 86: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 86
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    group_id: str = ''  # versions 0+
    topics: tuple[DeleteShareGroupStateRequest.DeleteStateData, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DeleteStateData:
        """DeleteShareGroupStateRequest.DeleteStateData: versions 0+."""

        topic_id: UUID = _ZERO_UUID  # versions 0+
        partitions: tuple[DeleteShareGroupStateRequest.PartitionData, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.uuid(self.topic_id)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DeleteShareGroupStateRequest.DeleteStateData:
            f_topic_id: UUID
            f_partitions: tuple[DeleteShareGroupStateRequest.PartitionData, ...]
            f_topic_id = reader.uuid('DeleteShareGroupStateRequest.DeleteStateData.topic_id')
            count_f_partitions = reader.compact_array_length('DeleteShareGroupStateRequest.DeleteStateData.partitions')
            read_f_partitions = DeleteShareGroupStateRequest.PartitionData.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DeleteShareGroupStateRequest.DeleteStateData.tagged_fields')
            return _new_DeleteShareGroupStateRequest__DeleteStateData(f_topic_id, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionData:
        """DeleteShareGroupStateRequest.PartitionData: versions 0+."""

        partition: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DeleteShareGroupStateRequest.PartitionData:
            f_partition: int
            f_partition = reader.int32('DeleteShareGroupStateRequest.PartitionData.partition')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DeleteShareGroupStateRequest.PartitionData.tagged_fields')
            return _new_DeleteShareGroupStateRequest__PartitionData(f_partition, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.compact_string(self.group_id)
        items_topics = self.topics
        writer.compact_array_length(items_topics)
        for each_topics in items_topics:
            each_topics.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DeleteShareGroupStateRequest:
        f_group_id: str
        f_topics: tuple[DeleteShareGroupStateRequest.DeleteStateData, ...]
        f_group_id = reader.compact_string('DeleteShareGroupStateRequest.group_id')
        count_f_topics = reader.compact_array_length('DeleteShareGroupStateRequest.topics')
        read_f_topics = DeleteShareGroupStateRequest.DeleteStateData.read
        f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('DeleteShareGroupStateRequest.tagged_fields')
        return _new_DeleteShareGroupStateRequest(f_group_id, f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DeleteShareGroupStateRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DeleteShareGroupStateRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DeleteShareGroupStateRequest:
        check_decode_version(version, 'DeleteShareGroupStateRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DeleteShareGroupStateRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class DeleteShareGroupStateResponse:
    """DeleteShareGroupStateResponse, API key 86: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 86
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    results: tuple[DeleteShareGroupStateResponse.DeleteStateResult, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DeleteStateResult:
        """DeleteShareGroupStateResponse.DeleteStateResult: versions 0+."""

        topic_id: UUID = _ZERO_UUID  # versions 0+
        partitions: tuple[DeleteShareGroupStateResponse.PartitionResult, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.uuid(self.topic_id)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DeleteShareGroupStateResponse.DeleteStateResult:
            f_topic_id: UUID
            f_partitions: tuple[DeleteShareGroupStateResponse.PartitionResult, ...]
            f_topic_id = reader.uuid('DeleteShareGroupStateResponse.DeleteStateResult.topic_id')
            count_f_partitions = reader.compact_array_length('DeleteShareGroupStateResponse.DeleteStateResult.partitions')
            read_f_partitions = DeleteShareGroupStateResponse.PartitionResult.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DeleteShareGroupStateResponse.DeleteStateResult.tagged_fields')
            return _new_DeleteShareGroupStateResponse__DeleteStateResult(f_topic_id, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionResult:
        """DeleteShareGroupStateResponse.PartitionResult: versions 0+."""

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
        def read(cls, reader: Reader, version: int) -> DeleteShareGroupStateResponse.PartitionResult:
            f_partition: int
            f_error_code: int
            f_error_message: str | None
            f_partition = reader.int32('DeleteShareGroupStateResponse.PartitionResult.partition')
            f_error_code = reader.int16('DeleteShareGroupStateResponse.PartitionResult.error_code')
            f_error_message = reader.compact_nullable_string('DeleteShareGroupStateResponse.PartitionResult.error_message')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DeleteShareGroupStateResponse.PartitionResult.tagged_fields')
            return _new_DeleteShareGroupStateResponse__PartitionResult(f_partition, f_error_code, f_error_message, unknown)

    def write(self, writer: Writer, version: int) -> None:
        items_results = self.results
        writer.compact_array_length(items_results)
        for each_results in items_results:
            each_results.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DeleteShareGroupStateResponse:
        f_results: tuple[DeleteShareGroupStateResponse.DeleteStateResult, ...]
        count_f_results = reader.compact_array_length('DeleteShareGroupStateResponse.results')
        read_f_results = DeleteShareGroupStateResponse.DeleteStateResult.read
        f_results = tuple([read_f_results(reader, version) for _ in range(count_f_results)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('DeleteShareGroupStateResponse.tagged_fields')
        return _new_DeleteShareGroupStateResponse(f_results, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DeleteShareGroupStateResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DeleteShareGroupStateResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DeleteShareGroupStateResponse:
        check_decode_version(version, 'DeleteShareGroupStateResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DeleteShareGroupStateResponse')
        return result


_SET_DeleteShareGroupStateRequest__DeleteStateData: tuple[Any, ...] = tuple(
    vars(DeleteShareGroupStateRequest.DeleteStateData)[name].__set__ for name in ('topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_DeleteShareGroupStateRequest__DeleteStateData(topic_id: UUID, partitions: tuple[DeleteShareGroupStateRequest.PartitionData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DeleteShareGroupStateRequest.DeleteStateData:
    instance_: DeleteShareGroupStateRequest.DeleteStateData = object.__new__(DeleteShareGroupStateRequest.DeleteStateData)
    set0_, set1_, set2_, = _SET_DeleteShareGroupStateRequest__DeleteStateData
    set0_(instance_, topic_id)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DeleteShareGroupStateRequest__PartitionData: tuple[Any, ...] = tuple(
    vars(DeleteShareGroupStateRequest.PartitionData)[name].__set__ for name in ('partition', 'unknown_tagged_fields', ))


def _new_DeleteShareGroupStateRequest__PartitionData(partition: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DeleteShareGroupStateRequest.PartitionData:
    instance_: DeleteShareGroupStateRequest.PartitionData = object.__new__(DeleteShareGroupStateRequest.PartitionData)
    set0_, set1_, = _SET_DeleteShareGroupStateRequest__PartitionData
    set0_(instance_, partition)
    set1_(instance_, unknown_tagged_fields)
    return instance_


_SET_DeleteShareGroupStateRequest: tuple[Any, ...] = tuple(
    vars(DeleteShareGroupStateRequest)[name].__set__ for name in ('group_id', 'topics', 'unknown_tagged_fields', ))


def _new_DeleteShareGroupStateRequest(group_id: str, topics: tuple[DeleteShareGroupStateRequest.DeleteStateData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DeleteShareGroupStateRequest:
    instance_: DeleteShareGroupStateRequest = object.__new__(DeleteShareGroupStateRequest)
    set0_, set1_, set2_, = _SET_DeleteShareGroupStateRequest
    set0_(instance_, group_id)
    set1_(instance_, topics)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DeleteShareGroupStateResponse__DeleteStateResult: tuple[Any, ...] = tuple(
    vars(DeleteShareGroupStateResponse.DeleteStateResult)[name].__set__ for name in ('topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_DeleteShareGroupStateResponse__DeleteStateResult(topic_id: UUID, partitions: tuple[DeleteShareGroupStateResponse.PartitionResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DeleteShareGroupStateResponse.DeleteStateResult:
    instance_: DeleteShareGroupStateResponse.DeleteStateResult = object.__new__(DeleteShareGroupStateResponse.DeleteStateResult)
    set0_, set1_, set2_, = _SET_DeleteShareGroupStateResponse__DeleteStateResult
    set0_(instance_, topic_id)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DeleteShareGroupStateResponse__PartitionResult: tuple[Any, ...] = tuple(
    vars(DeleteShareGroupStateResponse.PartitionResult)[name].__set__ for name in ('partition', 'error_code', 'error_message', 'unknown_tagged_fields', ))


def _new_DeleteShareGroupStateResponse__PartitionResult(partition: int, error_code: int, error_message: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DeleteShareGroupStateResponse.PartitionResult:
    instance_: DeleteShareGroupStateResponse.PartitionResult = object.__new__(DeleteShareGroupStateResponse.PartitionResult)
    set0_, set1_, set2_, set3_, = _SET_DeleteShareGroupStateResponse__PartitionResult
    set0_(instance_, partition)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_DeleteShareGroupStateResponse: tuple[Any, ...] = tuple(
    vars(DeleteShareGroupStateResponse)[name].__set__ for name in ('results', 'unknown_tagged_fields', ))


def _new_DeleteShareGroupStateResponse(results: tuple[DeleteShareGroupStateResponse.DeleteStateResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DeleteShareGroupStateResponse:
    instance_: DeleteShareGroupStateResponse = object.__new__(DeleteShareGroupStateResponse)
    set0_, set1_, = _SET_DeleteShareGroupStateResponse
    set0_(instance_, results)
    set1_(instance_, unknown_tagged_fields)
    return instance_
