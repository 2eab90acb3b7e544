# generated from AlterPartitionReassignmentsRequest.json, AlterPartitionReassignmentsResponse.json; do not edit
"""AlterPartitionReassignments (API key 45): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

__all__ = ['AlterPartitionReassignmentsRequest', 'AlterPartitionReassignmentsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class AlterPartitionReassignmentsRequest:
    """AlterPartitionReassignmentsRequest, API key 45: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 45
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    timeout_ms: int = 60000  # versions 0+
    topics: tuple[AlterPartitionReassignmentsRequest.ReassignableTopic, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ReassignableTopic:
        """AlterPartitionReassignmentsRequest.ReassignableTopic: versions 0+."""

        name: str = ''  # versions 0+
        partitions: tuple[AlterPartitionReassignmentsRequest.ReassignablePartition, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.name)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AlterPartitionReassignmentsRequest.ReassignableTopic:
            f_name: str
            f_partitions: tuple[AlterPartitionReassignmentsRequest.ReassignablePartition, ...]
            f_name = reader.compact_string('AlterPartitionReassignmentsRequest.ReassignableTopic.name')
            count_f_partitions = reader.compact_array_length('AlterPartitionReassignmentsRequest.ReassignableTopic.partitions')
            read_f_partitions = AlterPartitionReassignmentsRequest.ReassignablePartition.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('AlterPartitionReassignmentsRequest.ReassignableTopic.tagged_fields')
            return _new_AlterPartitionReassignmentsRequest__ReassignableTopic(f_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ReassignablePartition:
        """AlterPartitionReassignmentsRequest.ReassignablePartition: versions 0+."""

        partition_index: int = 0  # versions 0+
        replicas: tuple[int, ...] | None = None  # versions 0+; nullable 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            items_replicas: tuple[int, ...] | None
            writer.int32(self.partition_index)
            items_replicas = self.replicas
            writer.compact_array_length(items_replicas)
            if items_replicas is not None:
                writer.int32_items(items_replicas)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AlterPartitionReassignmentsRequest.ReassignablePartition:
            f_partition_index: int
            f_replicas: tuple[int, ...] | None
            f_partition_index = reader.int32('AlterPartitionReassignmentsRequest.ReassignablePartition.partition_index')
            count_f_replicas = reader.compact_nullable_array_length('AlterPartitionReassignmentsRequest.ReassignablePartition.replicas')
            f_replicas = None if count_f_replicas < 0 else reader.int32_items(count_f_replicas, 'AlterPartitionReassignmentsRequest.ReassignablePartition.replicas')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('AlterPartitionReassignmentsRequest.ReassignablePartition.tagged_fields')
            return _new_AlterPartitionReassignmentsRequest__ReassignablePartition(f_partition_index, f_replicas, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.timeout_ms)
        items_topics = self.topics
        writer.compact_array_length(items_topics)
        for each_topics in items_topics:
            each_topics.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> AlterPartitionReassignmentsRequest:
        f_timeout_ms: int
        f_topics: tuple[AlterPartitionReassignmentsRequest.ReassignableTopic, ...]
        f_timeout_ms = reader.int32('AlterPartitionReassignmentsRequest.timeout_ms')
        count_f_topics = reader.compact_array_length('AlterPartitionReassignmentsRequest.topics')
        read_f_topics = AlterPartitionReassignmentsRequest.ReassignableTopic.read
        f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('AlterPartitionReassignmentsRequest.tagged_fields')
        return _new_AlterPartitionReassignmentsRequest(f_timeout_ms, f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AlterPartitionReassignmentsRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AlterPartitionReassignmentsRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> AlterPartitionReassignmentsRequest:
        check_decode_version(version, 'AlterPartitionReassignmentsRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('AlterPartitionReassignmentsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class AlterPartitionReassignmentsResponse:
    """AlterPartitionReassignmentsResponse, API key 45: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 45
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 0+
    error_message: str | None = ''  # versions 0+; nullable 0+
    responses: tuple[AlterPartitionReassignmentsResponse.ReassignableTopicResponse, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ReassignableTopicResponse:
        """AlterPartitionReassignmentsResponse.ReassignableTopicResponse: versions 0+."""

        name: str = ''  # versions 0+
        partitions: tuple[AlterPartitionReassignmentsResponse.ReassignablePartitionResponse, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.name)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AlterPartitionReassignmentsResponse.ReassignableTopicResponse:
            f_name: str
            f_partitions: tuple[AlterPartitionReassignmentsResponse.ReassignablePartitionResponse, ...]
            f_name = reader.compact_string('AlterPartitionReassignmentsResponse.ReassignableTopicResponse.name')
            count_f_partitions = reader.compact_array_length('AlterPartitionReassignmentsResponse.ReassignableTopicResponse.partitions')
            read_f_partitions = AlterPartitionReassignmentsResponse.ReassignablePartitionResponse.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('AlterPartitionReassignmentsResponse.ReassignableTopicResponse.tagged_fields')
            return _new_AlterPartitionReassignmentsResponse__ReassignableTopicResponse(f_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ReassignablePartitionResponse:
        """AlterPartitionReassignmentsResponse.ReassignablePartitionResponse: versions 0+."""

        partition_index: int = 0  # versions 0+
        error_code: int = 0  # versions 0+
        error_message: str | None = ''  # versions 0+; nullable 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int16(self.error_code)
            writer.compact_nullable_string(self.error_message)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AlterPartitionReassignmentsResponse.ReassignablePartitionResponse:
            f_partition_index: int
            f_error_code: int
            f_error_message: str | None
            f_partition_index = reader.int32('AlterPartitionReassignmentsResponse.ReassignablePartitionResponse.partition_index')
            f_error_code = reader.int16('AlterPartitionReassignmentsResponse.ReassignablePartitionResponse.error_code')
            f_error_message = reader.compact_nullable_string('AlterPartitionReassignmentsResponse.ReassignablePartitionResponse.error_message')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('AlterPartitionReassignmentsResponse.ReassignablePartitionResponse.tagged_fields')
            return _new_AlterPartitionReassignmentsResponse__ReassignablePartitionResponse(f_partition_index, f_error_code, f_error_message, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        writer.compact_nullable_string(self.error_message)
        items_responses = self.responses
        writer.compact_array_length(items_responses)
        for each_responses in items_responses:
            each_responses.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> AlterPartitionReassignmentsResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_error_message: str | None
        f_responses: tuple[AlterPartitionReassignmentsResponse.ReassignableTopicResponse, ...]
        f_throttle_time_ms = reader.int32('AlterPartitionReassignmentsResponse.throttle_time_ms')
        f_error_code = reader.int16('AlterPartitionReassignmentsResponse.error_code')
        f_error_message = reader.compact_nullable_string('AlterPartitionReassignmentsResponse.error_message')
        count_f_responses = reader.compact_array_length('AlterPartitionReassignmentsResponse.responses')
        read_f_responses = AlterPartitionReassignmentsResponse.ReassignableTopicResponse.read
        f_responses = tuple([read_f_responses(reader, version) for _ in range(count_f_responses)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('AlterPartitionReassignmentsResponse.tagged_fields')
        return _new_AlterPartitionReassignmentsResponse(f_throttle_time_ms, f_error_code, f_error_message, f_responses, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AlterPartitionReassignmentsResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AlterPartitionReassignmentsResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> AlterPartitionReassignmentsResponse:
        check_decode_version(version, 'AlterPartitionReassignmentsResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('AlterPartitionReassignmentsResponse')
        return result


_SET_AlterPartitionReassignmentsRequest__ReassignableTopic: tuple[Any, ...] = tuple(
    vars(AlterPartitionReassignmentsRequest.ReassignableTopic)[name].__set__ for name in ('name', 'partitions', 'unknown_tagged_fields', ))


def _new_AlterPartitionReassignmentsRequest__ReassignableTopic(name: str, partitions: tuple[AlterPartitionReassignmentsRequest.ReassignablePartition, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterPartitionReassignmentsRequest.ReassignableTopic:
    instance_: AlterPartitionReassignmentsRequest.ReassignableTopic = object.__new__(AlterPartitionReassignmentsRequest.ReassignableTopic)
    set0_, set1_, set2_, = _SET_AlterPartitionReassignmentsRequest__ReassignableTopic
    set0_(instance_, name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterPartitionReassignmentsRequest__ReassignablePartition: tuple[Any, ...] = tuple(
    vars(AlterPartitionReassignmentsRequest.ReassignablePartition)[name].__set__ for name in ('partition_index', 'replicas', 'unknown_tagged_fields', ))


def _new_AlterPartitionReassignmentsRequest__ReassignablePartition(partition_index: int, replicas: tuple[int, ...] | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterPartitionReassignmentsRequest.ReassignablePartition:
    instance_: AlterPartitionReassignmentsRequest.ReassignablePartition = object.__new__(AlterPartitionReassignmentsRequest.ReassignablePartition)
    set0_, set1_, set2_, = _SET_AlterPartitionReassignmentsRequest__ReassignablePartition
    set0_(instance_, partition_index)
    set1_(instance_, replicas)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterPartitionReassignmentsRequest: tuple[Any, ...] = tuple(
    vars(AlterPartitionReassignmentsRequest)[name].__set__ for name in ('timeout_ms', 'topics', 'unknown_tagged_fields', ))


def _new_AlterPartitionReassignmentsRequest(timeout_ms: int, topics: tuple[AlterPartitionReassignmentsRequest.ReassignableTopic, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterPartitionReassignmentsRequest:
    instance_: AlterPartitionReassignmentsRequest = object.__new__(AlterPartitionReassignmentsRequest)
    set0_, set1_, set2_, = _SET_AlterPartitionReassignmentsRequest
    set0_(instance_, timeout_ms)
    set1_(instance_, topics)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterPartitionReassignmentsResponse__ReassignableTopicResponse: tuple[Any, ...] = tuple(
    vars(AlterPartitionReassignmentsResponse.ReassignableTopicResponse)[name].__set__ for name in ('name', 'partitions', 'unknown_tagged_fields', ))


def _new_AlterPartitionReassignmentsResponse__ReassignableTopicResponse(name: str, partitions: tuple[AlterPartitionReassignmentsResponse.ReassignablePartitionResponse, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterPartitionReassignmentsResponse.ReassignableTopicResponse:
    instance_: AlterPartitionReassignmentsResponse.ReassignableTopicResponse = object.__new__(AlterPartitionReassignmentsResponse.ReassignableTopicResponse)
    set0_, set1_, set2_, = _SET_AlterPartitionReassignmentsResponse__ReassignableTopicResponse
    set0_(instance_, name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterPartitionReassignmentsResponse__ReassignablePartitionResponse: tuple[Any, ...] = tuple(
    vars(AlterPartitionReassignmentsResponse.ReassignablePartitionResponse)[name].__set__ for name in ('partition_index', 'error_code', 'error_message', 'unknown_tagged_fields', ))


def _new_AlterPartitionReassignmentsResponse__ReassignablePartitionResponse(partition_index: int, error_code: int, error_message: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterPartitionReassignmentsResponse.ReassignablePartitionResponse:
    instance_: AlterPartitionReassignmentsResponse.ReassignablePartitionResponse = object.__new__(AlterPartitionReassignmentsResponse.ReassignablePartitionResponse)
    set0_, set1_, set2_, set3_, = _SET_AlterPartitionReassignmentsResponse__ReassignablePartitionResponse
    set0_(instance_, partition_index)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterPartitionReassignmentsResponse: tuple[Any, ...] = tuple(
    vars(AlterPartitionReassignmentsResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'error_message', 'responses', 'unknown_tagged_fields', ))


def _new_AlterPartitionReassignmentsResponse(throttle_time_ms: int, error_code: int, error_message: str | None, responses: tuple[AlterPartitionReassignmentsResponse.ReassignableTopicResponse, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterPartitionReassignmentsResponse:
    instance_: AlterPartitionReassignmentsResponse = object.__new__(AlterPartitionReassignmentsResponse)
    set0_, set1_, set2_, set3_, set4_, = _SET_AlterPartitionReassignmentsResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, responses)
    set4_(instance_, unknown_tagged_fields)
    return instance_
