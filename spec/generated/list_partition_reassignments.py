# generated from ListPartitionReassignmentsRequest.json, ListPartitionReassignmentsResponse.json; do not edit
"""ListPartitionReassignments (API key 46): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

__all__ = ['ListPartitionReassignmentsRequest', 'ListPartitionReassignmentsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class ListPartitionReassignmentsRequest:
    """ListPartitionReassignmentsRequest, API key 46: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 46
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    timeout_ms: int = 60000  # versions 0+
    topics: tuple[ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics, ...] | None = None  # versions 0+; nullable 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ListPartitionReassignmentsTopics:
        """ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics: versions 0+."""

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
        def read(cls, reader: Reader, version: int) -> ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics:
            f_name: str
            f_partition_indexes: tuple[int, ...]
            f_name = reader.compact_string('ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics.name')
            count_f_partition_indexes = reader.compact_array_length('ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics.partition_indexes')
            f_partition_indexes = reader.int32_items(count_f_partition_indexes, 'ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics.partition_indexes')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics.tagged_fields')
            return _new_ListPartitionReassignmentsRequest__ListPartitionReassignmentsTopics(f_name, f_partition_indexes, unknown)

    def write(self, writer: Writer, version: int) -> None:
        items_topics: tuple[ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics, ...] | None
        writer.int32(self.timeout_ms)
        items_topics = self.topics
        writer.compact_array_length(items_topics)
        if items_topics is not None:
            for each_topics in items_topics:
                each_topics.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ListPartitionReassignmentsRequest:
        f_timeout_ms: int
        f_topics: tuple[ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics, ...] | None
        f_timeout_ms = reader.int32('ListPartitionReassignmentsRequest.timeout_ms')
        count_f_topics = reader.compact_nullable_array_length('ListPartitionReassignmentsRequest.topics')
        read_f_topics = ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics.read
        f_topics = None if count_f_topics < 0 else tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ListPartitionReassignmentsRequest.tagged_fields')
        return _new_ListPartitionReassignmentsRequest(f_timeout_ms, f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ListPartitionReassignmentsRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ListPartitionReassignmentsRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ListPartitionReassignmentsRequest:
        check_decode_version(version, 'ListPartitionReassignmentsRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ListPartitionReassignmentsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class ListPartitionReassignmentsResponse:
    """ListPartitionReassignmentsResponse, API key 46: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 46
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 0+
    error_message: str | None = ''  # versions 0+; nullable 0+
    topics: tuple[ListPartitionReassignmentsResponse.OngoingTopicReassignment, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class OngoingTopicReassignment:
        """ListPartitionReassignmentsResponse.OngoingTopicReassignment: versions 0+."""

        name: str = ''  # versions 0+
        partitions: tuple[ListPartitionReassignmentsResponse.OngoingPartitionReassignment, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.name)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ListPartitionReassignmentsResponse.OngoingTopicReassignment:
            f_name: str
            f_partitions: tuple[ListPartitionReassignmentsResponse.OngoingPartitionReassignment, ...]
            f_name = reader.compact_string('ListPartitionReassignmentsResponse.OngoingTopicReassignment.name')
            count_f_partitions = reader.compact_array_length('ListPartitionReassignmentsResponse.OngoingTopicReassignment.partitions')
            read_f_partitions = ListPartitionReassignmentsResponse.OngoingPartitionReassignment.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ListPartitionReassignmentsResponse.OngoingTopicReassignment.tagged_fields')
            return _new_ListPartitionReassignmentsResponse__OngoingTopicReassignment(f_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class OngoingPartitionReassignment:
        """ListPartitionReassignmentsResponse.OngoingPartitionReassignment: versions 0+."""

        partition_index: int = 0  # versions 0+
        replicas: tuple[int, ...] = ()  # versions 0+
        adding_replicas: tuple[int, ...] = ()  # versions 0+
        removing_replicas: tuple[int, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            items_replicas = self.replicas
            writer.compact_array_length(items_replicas)
            writer.int32_items(items_replicas)
            items_adding_replicas = self.adding_replicas
            writer.compact_array_length(items_adding_replicas)
            writer.int32_items(items_adding_replicas)
            items_removing_replicas = self.removing_replicas
            writer.compact_array_length(items_removing_replicas)
            writer.int32_items(items_removing_replicas)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ListPartitionReassignmentsResponse.OngoingPartitionReassignment:
            f_partition_index: int
            f_replicas: tuple[int, ...]
            f_adding_replicas: tuple[int, ...]
            f_removing_replicas: tuple[int, ...]
            f_partition_index = reader.int32('ListPartitionReassignmentsResponse.OngoingPartitionReassignment.partition_index')
            count_f_replicas = reader.compact_array_length('ListPartitionReassignmentsResponse.OngoingPartitionReassignment.replicas')
            f_replicas = reader.int32_items(count_f_replicas, 'ListPartitionReassignmentsResponse.OngoingPartitionReassignment.replicas')
            count_f_adding_replicas = reader.compact_array_length('ListPartitionReassignmentsResponse.OngoingPartitionReassignment.adding_replicas')
            f_adding_replicas = reader.int32_items(count_f_adding_replicas, 'ListPartitionReassignmentsResponse.OngoingPartitionReassignment.adding_replicas')
            count_f_removing_replicas = reader.compact_array_length('ListPartitionReassignmentsResponse.OngoingPartitionReassignment.removing_replicas')
            f_removing_replicas = reader.int32_items(count_f_removing_replicas, 'ListPartitionReassignmentsResponse.OngoingPartitionReassignment.removing_replicas')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ListPartitionReassignmentsResponse.OngoingPartitionReassignment.tagged_fields')
            return _new_ListPartitionReassignmentsResponse__OngoingPartitionReassignment(f_partition_index, f_replicas, f_adding_replicas, f_removing_replicas, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        writer.compact_nullable_string(self.error_message)
        items_topics = self.topics
        writer.compact_array_length(items_topics)
        for each_topics in items_topics:
            each_topics.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ListPartitionReassignmentsResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_error_message: str | None
        f_topics: tuple[ListPartitionReassignmentsResponse.OngoingTopicReassignment, ...]
        f_throttle_time_ms = reader.int32('ListPartitionReassignmentsResponse.throttle_time_ms')
        f_error_code = reader.int16('ListPartitionReassignmentsResponse.error_code')
        f_error_message = reader.compact_nullable_string('ListPartitionReassignmentsResponse.error_message')
        count_f_topics = reader.compact_array_length('ListPartitionReassignmentsResponse.topics')
        read_f_topics = ListPartitionReassignmentsResponse.OngoingTopicReassignment.read
        f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ListPartitionReassignmentsResponse.tagged_fields')
        return _new_ListPartitionReassignmentsResponse(f_throttle_time_ms, f_error_code, f_error_message, f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ListPartitionReassignmentsResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ListPartitionReassignmentsResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ListPartitionReassignmentsResponse:
        check_decode_version(version, 'ListPartitionReassignmentsResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ListPartitionReassignmentsResponse')
        return result


_SET_ListPartitionReassignmentsRequest__ListPartitionReassignmentsTopics: tuple[Any, ...] = tuple(
    vars(ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics)[name].__set__ for name in ('name', 'partition_indexes', 'unknown_tagged_fields', ))


def _new_ListPartitionReassignmentsRequest__ListPartitionReassignmentsTopics(name: str, partition_indexes: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics:
    instance_: ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics = object.__new__(ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics)
    set0_, set1_, set2_, = _SET_ListPartitionReassignmentsRequest__ListPartitionReassignmentsTopics
    set0_(instance_, name)
    set1_(instance_, partition_indexes)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ListPartitionReassignmentsRequest: tuple[Any, ...] = tuple(
    vars(ListPartitionReassignmentsRequest)[name].__set__ for name in ('timeout_ms', 'topics', 'unknown_tagged_fields', ))


def _new_ListPartitionReassignmentsRequest(timeout_ms: int, topics: tuple[ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics, ...] | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ListPartitionReassignmentsRequest:
    instance_: ListPartitionReassignmentsRequest = object.__new__(ListPartitionReassignmentsRequest)
    set0_, set1_, set2_, = _SET_ListPartitionReassignmentsRequest
    set0_(instance_, timeout_ms)
    set1_(instance_, topics)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ListPartitionReassignmentsResponse__OngoingTopicReassignment: tuple[Any, ...] = tuple(
    vars(ListPartitionReassignmentsResponse.OngoingTopicReassignment)[name].__set__ for name in ('name', 'partitions', 'unknown_tagged_fields', ))


def _new_ListPartitionReassignmentsResponse__OngoingTopicReassignment(name: str, partitions: tuple[ListPartitionReassignmentsResponse.OngoingPartitionReassignment, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ListPartitionReassignmentsResponse.OngoingTopicReassignment:
    instance_: ListPartitionReassignmentsResponse.OngoingTopicReassignment = object.__new__(ListPartitionReassignmentsResponse.OngoingTopicReassignment)
    set0_, set1_, set2_, = _SET_ListPartitionReassignmentsResponse__OngoingTopicReassignment
    set0_(instance_, name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ListPartitionReassignmentsResponse__OngoingPartitionReassignment: tuple[Any, ...] = tuple(
    vars(ListPartitionReassignmentsResponse.OngoingPartitionReassignment)[name].__set__ for name in ('partition_index', 'replicas', 'adding_replicas', 'removing_replicas', 'unknown_tagged_fields', ))


def _new_ListPartitionReassignmentsResponse__OngoingPartitionReassignment(partition_index: int, replicas: tuple[int, ...], adding_replicas: tuple[int, ...], removing_replicas: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ListPartitionReassignmentsResponse.OngoingPartitionReassignment:
    instance_: ListPartitionReassignmentsResponse.OngoingPartitionReassignment = object.__new__(ListPartitionReassignmentsResponse.OngoingPartitionReassignment)
    set0_, set1_, set2_, set3_, set4_, = _SET_ListPartitionReassignmentsResponse__OngoingPartitionReassignment
    set0_(instance_, partition_index)
    set1_(instance_, replicas)
    set2_(instance_, adding_replicas)
    set3_(instance_, removing_replicas)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_ListPartitionReassignmentsResponse: tuple[Any, ...] = tuple(
    vars(ListPartitionReassignmentsResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'error_message', 'topics', 'unknown_tagged_fields', ))


def _new_ListPartitionReassignmentsResponse(throttle_time_ms: int, error_code: int, error_message: str | None, topics: tuple[ListPartitionReassignmentsResponse.OngoingTopicReassignment, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ListPartitionReassignmentsResponse:
    instance_: ListPartitionReassignmentsResponse = object.__new__(ListPartitionReassignmentsResponse)
    set0_, set1_, set2_, set3_, set4_, = _SET_ListPartitionReassignmentsResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, topics)
    set4_(instance_, unknown_tagged_fields)
    return instance_
