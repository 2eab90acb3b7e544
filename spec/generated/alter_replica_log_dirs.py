# generated from AlterReplicaLogDirsRequest.json, AlterReplicaLogDirsResponse.json; do not edit
"""AlterReplicaLogDirs (API key 34): request and response."""

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

__all__ = ['AlterReplicaLogDirsRequest', 'AlterReplicaLogDirsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class AlterReplicaLogDirsRequest:
    """AlterReplicaLogDirsRequest, API key 34: versions 0-2, flexible 2+."""

    API_KEY: ClassVar[int] = 34
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    dirs: tuple[AlterReplicaLogDirsRequest.AlterReplicaLogDir, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class AlterReplicaLogDir:
        """AlterReplicaLogDirsRequest.AlterReplicaLogDir: versions 0+."""

        path: str = ''  # versions 0+
        topics: tuple[AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 1:
                writer.string(self.path)
            else:
                writer.compact_string(self.path)
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
                    raise EncodeError(f'AlterReplicaLogDirsRequest.AlterReplicaLogDir has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AlterReplicaLogDirsRequest.AlterReplicaLogDir:
            f_path: str
            f_topics: tuple[AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic, ...]
            f_path = reader.string('AlterReplicaLogDirsRequest.AlterReplicaLogDir.path') if version <= 1 else reader.compact_string('AlterReplicaLogDirsRequest.AlterReplicaLogDir.path')
            if version <= 1:
                count_f_topics = reader.array_length('AlterReplicaLogDirsRequest.AlterReplicaLogDir.topics')
                read_f_topics = AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic.read
                f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
            else:
                count_f_topics = reader.compact_array_length('AlterReplicaLogDirsRequest.AlterReplicaLogDir.topics')
                read_f_topics = AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic.read
                f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('AlterReplicaLogDirsRequest.AlterReplicaLogDir.tagged_fields')
            return _new_AlterReplicaLogDirsRequest__AlterReplicaLogDir(f_path, f_topics, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class AlterReplicaLogDirTopic:
        """AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic: versions 0+."""

        name: str = ''  # versions 0+
        partitions: tuple[int, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 1:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
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
                    raise EncodeError(f'AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic:
            f_name: str
            f_partitions: tuple[int, ...]
            f_name = reader.string('AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic.name') if version <= 1 else reader.compact_string('AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic.name')
            if version <= 1:
                count_f_partitions = reader.array_length('AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic.partitions')
                f_partitions = reader.int32_items(count_f_partitions, 'AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic.partitions')
            else:
                count_f_partitions = reader.compact_array_length('AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic.partitions')
                f_partitions = reader.int32_items(count_f_partitions, 'AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic.partitions')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic.tagged_fields')
            return _new_AlterReplicaLogDirsRequest__AlterReplicaLogDirTopic(f_name, f_partitions, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 1:
            items_dirs = self.dirs
            writer.array_length(items_dirs)
            for each_dirs in items_dirs:
                each_dirs.write(writer, version)
        else:
            items_dirs = self.dirs
            writer.compact_array_length(items_dirs)
            for each_dirs in items_dirs:
                each_dirs.write(writer, version)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'AlterReplicaLogDirsRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> AlterReplicaLogDirsRequest:
        f_dirs: tuple[AlterReplicaLogDirsRequest.AlterReplicaLogDir, ...]
        if version <= 1:
            count_f_dirs = reader.array_length('AlterReplicaLogDirsRequest.dirs')
            read_f_dirs = AlterReplicaLogDirsRequest.AlterReplicaLogDir.read
            f_dirs = tuple([read_f_dirs(reader, version) for _ in range(count_f_dirs)])
        else:
            count_f_dirs = reader.compact_array_length('AlterReplicaLogDirsRequest.dirs')
            read_f_dirs = AlterReplicaLogDirsRequest.AlterReplicaLogDir.read
            f_dirs = tuple([read_f_dirs(reader, version) for _ in range(count_f_dirs)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('AlterReplicaLogDirsRequest.tagged_fields')
        return _new_AlterReplicaLogDirsRequest(f_dirs, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AlterReplicaLogDirsRequest', 0, 2).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AlterReplicaLogDirsRequest', 0, 2).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> AlterReplicaLogDirsRequest:
        check_decode_version(version, 'AlterReplicaLogDirsRequest', 0, 2)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('AlterReplicaLogDirsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class AlterReplicaLogDirsResponse:
    """AlterReplicaLogDirsResponse, API key 34: versions 0-2, flexible 2+."""

    API_KEY: ClassVar[int] = 34
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    throttle_time_ms: int = 0  # versions 0+
    results: tuple[AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class AlterReplicaLogDirTopicResult:
        """AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult: versions 0+."""

        topic_name: str = ''  # versions 0+
        partitions: tuple[AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 1:
                writer.string(self.topic_name)
            else:
                writer.compact_string(self.topic_name)
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
                    raise EncodeError(f'AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult:
            f_topic_name: str
            f_partitions: tuple[AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult, ...]
            f_topic_name = reader.string('AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult.topic_name') if version <= 1 else reader.compact_string('AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult.topic_name')
            if version <= 1:
                count_f_partitions = reader.array_length('AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult.partitions')
                read_f_partitions = AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            else:
                count_f_partitions = reader.compact_array_length('AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult.partitions')
                read_f_partitions = AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult.tagged_fields')
            return _new_AlterReplicaLogDirsResponse__AlterReplicaLogDirTopicResult(f_topic_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class AlterReplicaLogDirPartitionResult:
        """AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult: versions 0+."""

        partition_index: int = 0  # versions 0+
        error_code: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int16(self.error_code)
            if version <= 1:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult:
            f_partition_index: int
            f_error_code: int
            f_partition_index = reader.int32('AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult.partition_index')
            f_error_code = reader.int16('AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult.error_code')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult.tagged_fields')
            return _new_AlterReplicaLogDirsResponse__AlterReplicaLogDirPartitionResult(f_partition_index, f_error_code, unknown)

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
                raise EncodeError(f'AlterReplicaLogDirsResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> AlterReplicaLogDirsResponse:
        f_throttle_time_ms: int
        f_results: tuple[AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult, ...]
        f_throttle_time_ms = reader.int32('AlterReplicaLogDirsResponse.throttle_time_ms')
        if version <= 1:
            count_f_results = reader.array_length('AlterReplicaLogDirsResponse.results')
            read_f_results = AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult.read
            f_results = tuple([read_f_results(reader, version) for _ in range(count_f_results)])
        else:
            count_f_results = reader.compact_array_length('AlterReplicaLogDirsResponse.results')
            read_f_results = AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult.read
            f_results = tuple([read_f_results(reader, version) for _ in range(count_f_results)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('AlterReplicaLogDirsResponse.tagged_fields')
        return _new_AlterReplicaLogDirsResponse(f_throttle_time_ms, f_results, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AlterReplicaLogDirsResponse', 0, 2).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AlterReplicaLogDirsResponse', 0, 2).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> AlterReplicaLogDirsResponse:
        check_decode_version(version, 'AlterReplicaLogDirsResponse', 0, 2)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('AlterReplicaLogDirsResponse')
        return result


_SET_AlterReplicaLogDirsRequest__AlterReplicaLogDir: tuple[Any, ...] = tuple(
    vars(AlterReplicaLogDirsRequest.AlterReplicaLogDir)[name].__set__ for name in ('path', 'topics', 'unknown_tagged_fields', ))


def _new_AlterReplicaLogDirsRequest__AlterReplicaLogDir(path: str, topics: tuple[AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterReplicaLogDirsRequest.AlterReplicaLogDir:
    instance_: AlterReplicaLogDirsRequest.AlterReplicaLogDir = object.__new__(AlterReplicaLogDirsRequest.AlterReplicaLogDir)
    set0_, set1_, set2_, = _SET_AlterReplicaLogDirsRequest__AlterReplicaLogDir
    set0_(instance_, path)
    set1_(instance_, topics)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterReplicaLogDirsRequest__AlterReplicaLogDirTopic: tuple[Any, ...] = tuple(
    vars(AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic)[name].__set__ for name in ('name', 'partitions', 'unknown_tagged_fields', ))


def _new_AlterReplicaLogDirsRequest__AlterReplicaLogDirTopic(name: str, partitions: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic:
    instance_: AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic = object.__new__(AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic)
    set0_, set1_, set2_, = _SET_AlterReplicaLogDirsRequest__AlterReplicaLogDirTopic
    set0_(instance_, name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterReplicaLogDirsRequest: tuple[Any, ...] = tuple(
    vars(AlterReplicaLogDirsRequest)[name].__set__ for name in ('dirs', 'unknown_tagged_fields', ))


def _new_AlterReplicaLogDirsRequest(dirs: tuple[AlterReplicaLogDirsRequest.AlterReplicaLogDir, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterReplicaLogDirsRequest:
    instance_: AlterReplicaLogDirsRequest = object.__new__(AlterReplicaLogDirsRequest)
    set0_, set1_, = _SET_AlterReplicaLogDirsRequest
    set0_(instance_, dirs)
    set1_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterReplicaLogDirsResponse__AlterReplicaLogDirTopicResult: tuple[Any, ...] = tuple(
    vars(AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult)[name].__set__ for name in ('topic_name', 'partitions', 'unknown_tagged_fields', ))


def _new_AlterReplicaLogDirsResponse__AlterReplicaLogDirTopicResult(topic_name: str, partitions: tuple[AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult:
    instance_: AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult = object.__new__(AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult)
    set0_, set1_, set2_, = _SET_AlterReplicaLogDirsResponse__AlterReplicaLogDirTopicResult
    set0_(instance_, topic_name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterReplicaLogDirsResponse__AlterReplicaLogDirPartitionResult: tuple[Any, ...] = tuple(
    vars(AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult)[name].__set__ for name in ('partition_index', 'error_code', 'unknown_tagged_fields', ))


def _new_AlterReplicaLogDirsResponse__AlterReplicaLogDirPartitionResult(partition_index: int, error_code: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult:
    instance_: AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult = object.__new__(AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult)
    set0_, set1_, set2_, = _SET_AlterReplicaLogDirsResponse__AlterReplicaLogDirPartitionResult
    set0_(instance_, partition_index)
    set1_(instance_, error_code)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterReplicaLogDirsResponse: tuple[Any, ...] = tuple(
    vars(AlterReplicaLogDirsResponse)[name].__set__ for name in ('throttle_time_ms', 'results', 'unknown_tagged_fields', ))


def _new_AlterReplicaLogDirsResponse(throttle_time_ms: int, results: tuple[AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterReplicaLogDirsResponse:
    instance_: AlterReplicaLogDirsResponse = object.__new__(AlterReplicaLogDirsResponse)
    set0_, set1_, set2_, = _SET_AlterReplicaLogDirsResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, results)
    set2_(instance_, unknown_tagged_fields)
    return instance_
