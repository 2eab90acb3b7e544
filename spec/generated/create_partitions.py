# generated from CreatePartitionsRequest.json, CreatePartitionsResponse.json; do not edit
"""CreatePartitions (API key 37): request and response."""

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

__all__ = ['CreatePartitionsRequest', 'CreatePartitionsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class CreatePartitionsRequest:
    """CreatePartitionsRequest, API key 37: versions 0-3, flexible 2+."""

    API_KEY: ClassVar[int] = 37
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 3
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    topics: tuple[CreatePartitionsRequest.CreatePartitionsTopic, ...] = ()  # versions 0+
    timeout_ms: int = 0  # versions 0+
    validate_only: bool = False  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class CreatePartitionsTopic:
        """CreatePartitionsRequest.CreatePartitionsTopic: versions 0+."""

        name: str = ''  # versions 0+
        count: int = 0  # versions 0+
        assignments: tuple[CreatePartitionsRequest.CreatePartitionsAssignment, ...] | None = ()  # versions 0+; nullable 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            items_assignments: tuple[CreatePartitionsRequest.CreatePartitionsAssignment, ...] | None
            if version <= 1:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
            writer.int32(self.count)
            if version <= 1:
                items_assignments = self.assignments
                writer.array_length(items_assignments)
                if items_assignments is not None:
                    for each_assignments in items_assignments:
                        each_assignments.write(writer, version)
            else:
                items_assignments = self.assignments
                writer.compact_array_length(items_assignments)
                if items_assignments is not None:
                    for each_assignments in items_assignments:
                        each_assignments.write(writer, version)
            if version <= 1:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'CreatePartitionsRequest.CreatePartitionsTopic has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> CreatePartitionsRequest.CreatePartitionsTopic:
            f_name: str
            f_count: int
            f_assignments: tuple[CreatePartitionsRequest.CreatePartitionsAssignment, ...] | None
            f_name = reader.string('CreatePartitionsRequest.CreatePartitionsTopic.name') if version <= 1 else reader.compact_string('CreatePartitionsRequest.CreatePartitionsTopic.name')
            f_count = reader.int32('CreatePartitionsRequest.CreatePartitionsTopic.count')
            if version <= 1:
                count_f_assignments = reader.nullable_array_length('CreatePartitionsRequest.CreatePartitionsTopic.assignments')
                read_f_assignments = CreatePartitionsRequest.CreatePartitionsAssignment.read
                f_assignments = None if count_f_assignments < 0 else tuple([read_f_assignments(reader, version) for _ in range(count_f_assignments)])
            else:
                count_f_assignments = reader.compact_nullable_array_length('CreatePartitionsRequest.CreatePartitionsTopic.assignments')
                read_f_assignments = CreatePartitionsRequest.CreatePartitionsAssignment.read
                f_assignments = None if count_f_assignments < 0 else tuple([read_f_assignments(reader, version) for _ in range(count_f_assignments)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('CreatePartitionsRequest.CreatePartitionsTopic.tagged_fields')
            return _new_CreatePartitionsRequest__CreatePartitionsTopic(f_name, f_count, f_assignments, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class CreatePartitionsAssignment:
        """CreatePartitionsRequest.CreatePartitionsAssignment: versions 0+."""

        broker_ids: tuple[int, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 1:
                items_broker_ids = self.broker_ids
                writer.array_length(items_broker_ids)
                writer.int32_items(items_broker_ids)
            else:
                items_broker_ids = self.broker_ids
                writer.compact_array_length(items_broker_ids)
                writer.int32_items(items_broker_ids)
            if version <= 1:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'CreatePartitionsRequest.CreatePartitionsAssignment has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> CreatePartitionsRequest.CreatePartitionsAssignment:
            f_broker_ids: tuple[int, ...]
            if version <= 1:
                count_f_broker_ids = reader.array_length('CreatePartitionsRequest.CreatePartitionsAssignment.broker_ids')
                f_broker_ids = reader.int32_items(count_f_broker_ids, 'CreatePartitionsRequest.CreatePartitionsAssignment.broker_ids')
            else:
                count_f_broker_ids = reader.compact_array_length('CreatePartitionsRequest.CreatePartitionsAssignment.broker_ids')
                f_broker_ids = reader.int32_items(count_f_broker_ids, 'CreatePartitionsRequest.CreatePartitionsAssignment.broker_ids')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('CreatePartitionsRequest.CreatePartitionsAssignment.tagged_fields')
            return _new_CreatePartitionsRequest__CreatePartitionsAssignment(f_broker_ids, unknown)

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
        writer.boolean(self.validate_only)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'CreatePartitionsRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> CreatePartitionsRequest:
        f_topics: tuple[CreatePartitionsRequest.CreatePartitionsTopic, ...]
        f_timeout_ms: int
        f_validate_only: bool
        if version <= 1:
            count_f_topics = reader.array_length('CreatePartitionsRequest.topics')
            read_f_topics = CreatePartitionsRequest.CreatePartitionsTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        else:
            count_f_topics = reader.compact_array_length('CreatePartitionsRequest.topics')
            read_f_topics = CreatePartitionsRequest.CreatePartitionsTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        f_timeout_ms = reader.int32('CreatePartitionsRequest.timeout_ms')
        f_validate_only = reader.boolean('CreatePartitionsRequest.validate_only')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('CreatePartitionsRequest.tagged_fields')
        return _new_CreatePartitionsRequest(f_topics, f_timeout_ms, f_validate_only, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'CreatePartitionsRequest', 0, 3).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'CreatePartitionsRequest', 0, 3).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> CreatePartitionsRequest:
        check_decode_version(version, 'CreatePartitionsRequest', 0, 3)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('CreatePartitionsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class CreatePartitionsResponse:
    """CreatePartitionsResponse, API key 37: versions 0-3, flexible 2+."""

    API_KEY: ClassVar[int] = 37
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 3
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    throttle_time_ms: int = 0  # versions 0+
    results: tuple[CreatePartitionsResponse.CreatePartitionsTopicResult, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class CreatePartitionsTopicResult:
        """CreatePartitionsResponse.CreatePartitionsTopicResult: versions 0+."""

        name: str = ''  # versions 0+
        error_code: int = 0  # versions 0+
        error_message: str | None = None  # versions 0+; nullable 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 1:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
            writer.int16(self.error_code)
            if version <= 1:
                writer.nullable_string(self.error_message)
            else:
                writer.compact_nullable_string(self.error_message)
            if version <= 1:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'CreatePartitionsResponse.CreatePartitionsTopicResult has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> CreatePartitionsResponse.CreatePartitionsTopicResult:
            f_name: str
            f_error_code: int
            f_error_message: str | None
            f_name = reader.string('CreatePartitionsResponse.CreatePartitionsTopicResult.name') if version <= 1 else reader.compact_string('CreatePartitionsResponse.CreatePartitionsTopicResult.name')
            f_error_code = reader.int16('CreatePartitionsResponse.CreatePartitionsTopicResult.error_code')
            f_error_message = reader.nullable_string('CreatePartitionsResponse.CreatePartitionsTopicResult.error_message') if version <= 1 else reader.compact_nullable_string('CreatePartitionsResponse.CreatePartitionsTopicResult.error_message')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('CreatePartitionsResponse.CreatePartitionsTopicResult.tagged_fields')
            return _new_CreatePartitionsResponse__CreatePartitionsTopicResult(f_name, f_error_code, f_error_message, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        if version <= 1:
            items_results = self.results
            writer.array_length(items_results)
            for each_results in items_results:
                each_results.write(writer, version)
        else:
            items_results = self.results
            writer.compact_array_length(items_results)
            for each_results in items_results:
                each_results.write(writer, version)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'CreatePartitionsResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> CreatePartitionsResponse:
        f_throttle_time_ms: int
        f_results: tuple[CreatePartitionsResponse.CreatePartitionsTopicResult, ...]
        f_throttle_time_ms = reader.int32('CreatePartitionsResponse.throttle_time_ms')
        if version <= 1:
            count_f_results = reader.array_length('CreatePartitionsResponse.results')
            read_f_results = CreatePartitionsResponse.CreatePartitionsTopicResult.read
            f_results = tuple([read_f_results(reader, version) for _ in range(count_f_results)])
        else:
            count_f_results = reader.compact_array_length('CreatePartitionsResponse.results')
            read_f_results = CreatePartitionsResponse.CreatePartitionsTopicResult.read
            f_results = tuple([read_f_results(reader, version) for _ in range(count_f_results)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('CreatePartitionsResponse.tagged_fields')
        return _new_CreatePartitionsResponse(f_throttle_time_ms, f_results, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'CreatePartitionsResponse', 0, 3).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'CreatePartitionsResponse', 0, 3).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> CreatePartitionsResponse:
        check_decode_version(version, 'CreatePartitionsResponse', 0, 3)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('CreatePartitionsResponse')
        return result


_SET_CreatePartitionsRequest__CreatePartitionsTopic: tuple[Any, ...] = tuple(
    vars(CreatePartitionsRequest.CreatePartitionsTopic)[name].__set__ for name in ('name', 'count', 'assignments', 'unknown_tagged_fields', ))


def _new_CreatePartitionsRequest__CreatePartitionsTopic(name: str, count: int, assignments: tuple[CreatePartitionsRequest.CreatePartitionsAssignment, ...] | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> CreatePartitionsRequest.CreatePartitionsTopic:
    instance_: CreatePartitionsRequest.CreatePartitionsTopic = object.__new__(CreatePartitionsRequest.CreatePartitionsTopic)
    set0_, set1_, set2_, set3_, = _SET_CreatePartitionsRequest__CreatePartitionsTopic
    set0_(instance_, name)
    set1_(instance_, count)
    set2_(instance_, assignments)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_CreatePartitionsRequest__CreatePartitionsAssignment: tuple[Any, ...] = tuple(
    vars(CreatePartitionsRequest.CreatePartitionsAssignment)[name].__set__ for name in ('broker_ids', 'unknown_tagged_fields', ))


def _new_CreatePartitionsRequest__CreatePartitionsAssignment(broker_ids: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> CreatePartitionsRequest.CreatePartitionsAssignment:
    instance_: CreatePartitionsRequest.CreatePartitionsAssignment = object.__new__(CreatePartitionsRequest.CreatePartitionsAssignment)
    set0_, set1_, = _SET_CreatePartitionsRequest__CreatePartitionsAssignment
    set0_(instance_, broker_ids)
    set1_(instance_, unknown_tagged_fields)
    return instance_


_SET_CreatePartitionsRequest: tuple[Any, ...] = tuple(
    vars(CreatePartitionsRequest)[name].__set__ for name in ('topics', 'timeout_ms', 'validate_only', 'unknown_tagged_fields', ))


def _new_CreatePartitionsRequest(topics: tuple[CreatePartitionsRequest.CreatePartitionsTopic, ...], timeout_ms: int, validate_only: bool, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> CreatePartitionsRequest:
    instance_: CreatePartitionsRequest = object.__new__(CreatePartitionsRequest)
    set0_, set1_, set2_, set3_, = _SET_CreatePartitionsRequest
    set0_(instance_, topics)
    set1_(instance_, timeout_ms)
    set2_(instance_, validate_only)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_CreatePartitionsResponse__CreatePartitionsTopicResult: tuple[Any, ...] = tuple(
    vars(CreatePartitionsResponse.CreatePartitionsTopicResult)[name].__set__ for name in ('name', 'error_code', 'error_message', 'unknown_tagged_fields', ))


def _new_CreatePartitionsResponse__CreatePartitionsTopicResult(name: str, error_code: int, error_message: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> CreatePartitionsResponse.CreatePartitionsTopicResult:
    instance_: CreatePartitionsResponse.CreatePartitionsTopicResult = object.__new__(CreatePartitionsResponse.CreatePartitionsTopicResult)
    set0_, set1_, set2_, set3_, = _SET_CreatePartitionsResponse__CreatePartitionsTopicResult
    set0_(instance_, name)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_CreatePartitionsResponse: tuple[Any, ...] = tuple(
    vars(CreatePartitionsResponse)[name].__set__ for name in ('throttle_time_ms', 'results', 'unknown_tagged_fields', ))


def _new_CreatePartitionsResponse(throttle_time_ms: int, results: tuple[CreatePartitionsResponse.CreatePartitionsTopicResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> CreatePartitionsResponse:
    instance_: CreatePartitionsResponse = object.__new__(CreatePartitionsResponse)
    set0_, set1_, set2_, = _SET_CreatePartitionsResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, results)
    set2_(instance_, unknown_tagged_fields)
    return instance_
