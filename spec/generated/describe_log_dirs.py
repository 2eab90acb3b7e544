# generated from DescribeLogDirsRequest.json, DescribeLogDirsResponse.json; do not edit
"""DescribeLogDirs (API key 35): request and response."""

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

__all__ = ['DescribeLogDirsRequest', 'DescribeLogDirsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class DescribeLogDirsRequest:
    """DescribeLogDirsRequest, API key 35: versions 0-4, flexible 2+."""

    API_KEY: ClassVar[int] = 35
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    topics: tuple[DescribeLogDirsRequest.DescribableLogDirTopic, ...] | None = ()  # versions 0+; nullable 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DescribableLogDirTopic:
        """DescribeLogDirsRequest.DescribableLogDirTopic: versions 0+."""

        topic: str = ''  # versions 0+
        partitions: tuple[int, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 1:
                writer.string(self.topic)
            else:
                writer.compact_string(self.topic)
            if version <= 1:
                items_partitions = self.partitions
                writer.array_length(items_partitions)
                writer.int32_items(items_partitions)
            else:
                items_partitions = self.partitions
                writer.compact_array_length(items_partitions)
                writer.int32_items(items_partitions)
            if version <= 1:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'DescribeLogDirsRequest.DescribableLogDirTopic has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeLogDirsRequest.DescribableLogDirTopic:
            f_topic: str
            f_partitions: tuple[int, ...]
            f_topic = reader.string('DescribeLogDirsRequest.DescribableLogDirTopic.topic') if version <= 1 else reader.compact_string('DescribeLogDirsRequest.DescribableLogDirTopic.topic')
            if version <= 1:
                count_f_partitions = reader.array_length('DescribeLogDirsRequest.DescribableLogDirTopic.partitions')
                f_partitions = reader.int32_items(count_f_partitions, 'DescribeLogDirsRequest.DescribableLogDirTopic.partitions')
            else:
                count_f_partitions = reader.compact_array_length('DescribeLogDirsRequest.DescribableLogDirTopic.partitions')
                f_partitions = reader.int32_items(count_f_partitions, 'DescribeLogDirsRequest.DescribableLogDirTopic.partitions')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('DescribeLogDirsRequest.DescribableLogDirTopic.tagged_fields')
            return _new_DescribeLogDirsRequest__DescribableLogDirTopic(f_topic, f_partitions, unknown)

    def write(self, writer: Writer, version: int) -> None:
        items_topics: tuple[DescribeLogDirsRequest.DescribableLogDirTopic, ...] | None
        if version <= 1:
            items_topics = self.topics
            writer.array_length(items_topics)
            if items_topics is not None:
                for each_topics in items_topics:
                    each_topics.write(writer, version)
        else:
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            if items_topics is not None:
                for each_topics in items_topics:
                    each_topics.write(writer, version)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'DescribeLogDirsRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DescribeLogDirsRequest:
        f_topics: tuple[DescribeLogDirsRequest.DescribableLogDirTopic, ...] | None
        if version <= 1:
            count_f_topics = reader.nullable_array_length('DescribeLogDirsRequest.topics')
            read_f_topics = DescribeLogDirsRequest.DescribableLogDirTopic.read
            f_topics = None if count_f_topics < 0 else tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        else:
            count_f_topics = reader.compact_nullable_array_length('DescribeLogDirsRequest.topics')
            read_f_topics = DescribeLogDirsRequest.DescribableLogDirTopic.read
            f_topics = None if count_f_topics < 0 else tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('DescribeLogDirsRequest.tagged_fields')
        return _new_DescribeLogDirsRequest(f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DescribeLogDirsRequest', 0, 4).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DescribeLogDirsRequest', 0, 4).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DescribeLogDirsRequest:
        check_decode_version(version, 'DescribeLogDirsRequest', 0, 4)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DescribeLogDirsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class DescribeLogDirsResponse:
    """DescribeLogDirsResponse, API key 35: versions 0-4, flexible 2+."""

    API_KEY: ClassVar[int] = 35
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 3+; ignorable
    results: tuple[DescribeLogDirsResponse.DescribeLogDirsResult, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DescribeLogDirsResult:
        """DescribeLogDirsResponse.DescribeLogDirsResult: versions 0+."""

        error_code: int = 0  # versions 0+
        log_dir: str = ''  # versions 0+
        topics: tuple[DescribeLogDirsResponse.DescribeLogDirsTopic, ...] = ()  # versions 0+
        total_bytes: int = -1  # versions 4+; ignorable
        usable_bytes: int = -1  # versions 4+; ignorable
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int16(self.error_code)
            if version <= 1:
                writer.string(self.log_dir)
            else:
                writer.compact_string(self.log_dir)
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
            if version <= 3:
                pass
            else:
                writer.int64(self.total_bytes)
            if version <= 3:
                pass
            else:
                writer.int64(self.usable_bytes)
            if version <= 1:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'DescribeLogDirsResponse.DescribeLogDirsResult has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeLogDirsResponse.DescribeLogDirsResult:
            f_error_code: int
            f_log_dir: str
            f_topics: tuple[DescribeLogDirsResponse.DescribeLogDirsTopic, ...]
            f_total_bytes: int
            f_usable_bytes: int
            f_error_code = reader.int16('DescribeLogDirsResponse.DescribeLogDirsResult.error_code')
            f_log_dir = reader.string('DescribeLogDirsResponse.DescribeLogDirsResult.log_dir') if version <= 1 else reader.compact_string('DescribeLogDirsResponse.DescribeLogDirsResult.log_dir')
            if version <= 1:
                count_f_topics = reader.array_length('DescribeLogDirsResponse.DescribeLogDirsResult.topics')
                read_f_topics = DescribeLogDirsResponse.DescribeLogDirsTopic.read
                f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
            else:
                count_f_topics = reader.compact_array_length('DescribeLogDirsResponse.DescribeLogDirsResult.topics')
                read_f_topics = DescribeLogDirsResponse.DescribeLogDirsTopic.read
                f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
            f_total_bytes = -1 if version <= 3 else reader.int64('DescribeLogDirsResponse.DescribeLogDirsResult.total_bytes')
            f_usable_bytes = -1 if version <= 3 else reader.int64('DescribeLogDirsResponse.DescribeLogDirsResult.usable_bytes')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('DescribeLogDirsResponse.DescribeLogDirsResult.tagged_fields')
            return _new_DescribeLogDirsResponse__DescribeLogDirsResult(f_error_code, f_log_dir, f_topics, f_total_bytes, f_usable_bytes, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DescribeLogDirsTopic:
        """DescribeLogDirsResponse.DescribeLogDirsTopic: versions 0+."""

        name: str = ''  # versions 0+
        partitions: tuple[DescribeLogDirsResponse.DescribeLogDirsPartition, ...] = ()  # versions 0+
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
                    raise EncodeError(f'DescribeLogDirsResponse.DescribeLogDirsTopic has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeLogDirsResponse.DescribeLogDirsTopic:
            f_name: str
            f_partitions: tuple[DescribeLogDirsResponse.DescribeLogDirsPartition, ...]
            f_name = reader.string('DescribeLogDirsResponse.DescribeLogDirsTopic.name') if version <= 1 else reader.compact_string('DescribeLogDirsResponse.DescribeLogDirsTopic.name')
            if version <= 1:
                count_f_partitions = reader.array_length('DescribeLogDirsResponse.DescribeLogDirsTopic.partitions')
                read_f_partitions = DescribeLogDirsResponse.DescribeLogDirsPartition.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            else:
                count_f_partitions = reader.compact_array_length('DescribeLogDirsResponse.DescribeLogDirsTopic.partitions')
                read_f_partitions = DescribeLogDirsResponse.DescribeLogDirsPartition.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('DescribeLogDirsResponse.DescribeLogDirsTopic.tagged_fields')
            return _new_DescribeLogDirsResponse__DescribeLogDirsTopic(f_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DescribeLogDirsPartition:
        """DescribeLogDirsResponse.DescribeLogDirsPartition: versions 0+."""

        partition_index: int = 0  # versions 0+
        partition_size: int = 0  # versions 0+
        offset_lag: int = 0  # versions 0+
        is_future_key: bool = False  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int64(self.partition_size)
            writer.int64(self.offset_lag)
            writer.boolean(self.is_future_key)
            if version <= 1:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'DescribeLogDirsResponse.DescribeLogDirsPartition has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeLogDirsResponse.DescribeLogDirsPartition:
            f_partition_index: int
            f_partition_size: int
            f_offset_lag: int
            f_is_future_key: bool
            f_partition_index = reader.int32('DescribeLogDirsResponse.DescribeLogDirsPartition.partition_index')
            f_partition_size = reader.int64('DescribeLogDirsResponse.DescribeLogDirsPartition.partition_size')
            f_offset_lag = reader.int64('DescribeLogDirsResponse.DescribeLogDirsPartition.offset_lag')
            f_is_future_key = reader.boolean('DescribeLogDirsResponse.DescribeLogDirsPartition.is_future_key')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('DescribeLogDirsResponse.DescribeLogDirsPartition.tagged_fields')
            return _new_DescribeLogDirsResponse__DescribeLogDirsPartition(f_partition_index, f_partition_size, f_offset_lag, f_is_future_key, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        if version <= 2:
            pass
        else:
            writer.int16(self.error_code)
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
                raise EncodeError(f'DescribeLogDirsResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DescribeLogDirsResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_results: tuple[DescribeLogDirsResponse.DescribeLogDirsResult, ...]
        f_throttle_time_ms = reader.int32('DescribeLogDirsResponse.throttle_time_ms')
        f_error_code = 0 if version <= 2 else reader.int16('DescribeLogDirsResponse.error_code')
        if version <= 1:
            count_f_results = reader.array_length('DescribeLogDirsResponse.results')
            read_f_results = DescribeLogDirsResponse.DescribeLogDirsResult.read
            f_results = tuple([read_f_results(reader, version) for _ in range(count_f_results)])
        else:
            count_f_results = reader.compact_array_length('DescribeLogDirsResponse.results')
            read_f_results = DescribeLogDirsResponse.DescribeLogDirsResult.read
            f_results = tuple([read_f_results(reader, version) for _ in range(count_f_results)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('DescribeLogDirsResponse.tagged_fields')
        return _new_DescribeLogDirsResponse(f_throttle_time_ms, f_error_code, f_results, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DescribeLogDirsResponse', 0, 4).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DescribeLogDirsResponse', 0, 4).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DescribeLogDirsResponse:
        check_decode_version(version, 'DescribeLogDirsResponse', 0, 4)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DescribeLogDirsResponse')
        return result


_SET_DescribeLogDirsRequest__DescribableLogDirTopic: tuple[Any, ...] = tuple(
    vars(DescribeLogDirsRequest.DescribableLogDirTopic)[name].__set__ for name in ('topic', 'partitions', 'unknown_tagged_fields', ))


def _new_DescribeLogDirsRequest__DescribableLogDirTopic(topic: str, partitions: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeLogDirsRequest.DescribableLogDirTopic:
    instance_: DescribeLogDirsRequest.DescribableLogDirTopic = object.__new__(DescribeLogDirsRequest.DescribableLogDirTopic)
    set0_, set1_, set2_, = _SET_DescribeLogDirsRequest__DescribableLogDirTopic
    set0_(instance_, topic)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeLogDirsRequest: tuple[Any, ...] = tuple(
    vars(DescribeLogDirsRequest)[name].__set__ for name in ('topics', 'unknown_tagged_fields', ))


def _new_DescribeLogDirsRequest(topics: tuple[DescribeLogDirsRequest.DescribableLogDirTopic, ...] | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeLogDirsRequest:
    instance_: DescribeLogDirsRequest = object.__new__(DescribeLogDirsRequest)
    set0_, set1_, = _SET_DescribeLogDirsRequest
    set0_(instance_, topics)
    set1_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeLogDirsResponse__DescribeLogDirsResult: tuple[Any, ...] = tuple(
    vars(DescribeLogDirsResponse.DescribeLogDirsResult)[name].__set__ for name in ('error_code', 'log_dir', 'topics', 'total_bytes', 'usable_bytes', 'unknown_tagged_fields', ))


def _new_DescribeLogDirsResponse__DescribeLogDirsResult(error_code: int, log_dir: str, topics: tuple[DescribeLogDirsResponse.DescribeLogDirsTopic, ...], total_bytes: int, usable_bytes: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeLogDirsResponse.DescribeLogDirsResult:
    instance_: DescribeLogDirsResponse.DescribeLogDirsResult = object.__new__(DescribeLogDirsResponse.DescribeLogDirsResult)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_DescribeLogDirsResponse__DescribeLogDirsResult
    set0_(instance_, error_code)
    set1_(instance_, log_dir)
    set2_(instance_, topics)
    set3_(instance_, total_bytes)
    set4_(instance_, usable_bytes)
    set5_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeLogDirsResponse__DescribeLogDirsTopic: tuple[Any, ...] = tuple(
    vars(DescribeLogDirsResponse.DescribeLogDirsTopic)[name].__set__ for name in ('name', 'partitions', 'unknown_tagged_fields', ))


def _new_DescribeLogDirsResponse__DescribeLogDirsTopic(name: str, partitions: tuple[DescribeLogDirsResponse.DescribeLogDirsPartition, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeLogDirsResponse.DescribeLogDirsTopic:
    instance_: DescribeLogDirsResponse.DescribeLogDirsTopic = object.__new__(DescribeLogDirsResponse.DescribeLogDirsTopic)
    set0_, set1_, set2_, = _SET_DescribeLogDirsResponse__DescribeLogDirsTopic
    set0_(instance_, name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeLogDirsResponse__DescribeLogDirsPartition: tuple[Any, ...] = tuple(
    vars(DescribeLogDirsResponse.DescribeLogDirsPartition)[name].__set__ for name in ('partition_index', 'partition_size', 'offset_lag', 'is_future_key', 'unknown_tagged_fields', ))


def _new_DescribeLogDirsResponse__DescribeLogDirsPartition(partition_index: int, partition_size: int, offset_lag: int, is_future_key: bool, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeLogDirsResponse.DescribeLogDirsPartition:
    instance_: DescribeLogDirsResponse.DescribeLogDirsPartition = object.__new__(DescribeLogDirsResponse.DescribeLogDirsPartition)
    set0_, set1_, set2_, set3_, set4_, = _SET_DescribeLogDirsResponse__DescribeLogDirsPartition
    set0_(instance_, partition_index)
    set1_(instance_, partition_size)
    set2_(instance_, offset_lag)
    set3_(instance_, is_future_key)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeLogDirsResponse: tuple[Any, ...] = tuple(
    vars(DescribeLogDirsResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'results', 'unknown_tagged_fields', ))


def _new_DescribeLogDirsResponse(throttle_time_ms: int, error_code: int, results: tuple[DescribeLogDirsResponse.DescribeLogDirsResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeLogDirsResponse:
    instance_: DescribeLogDirsResponse = object.__new__(DescribeLogDirsResponse)
    set0_, set1_, set2_, set3_, = _SET_DescribeLogDirsResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, results)
    set3_(instance_, unknown_tagged_fields)
    return instance_
