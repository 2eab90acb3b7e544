# generated from AlterReplicaLogDirsRequest.json, AlterReplicaLogDirsResponse.json; do not edit
"""AlterReplicaLogDirs (API key 34): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Self

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
        def read(cls, reader: Reader, version: int) -> Self:
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
            return cls(path=f_path, topics=f_topics, unknown_tagged_fields=unknown)

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
        def read(cls, reader: Reader, version: int) -> Self:
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
            return cls(name=f_name, partitions=f_partitions, unknown_tagged_fields=unknown)

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
    def read(cls, reader: Reader, version: int) -> Self:
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
        return cls(dirs=f_dirs, unknown_tagged_fields=unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AlterReplicaLogDirsRequest', 0, 2).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AlterReplicaLogDirsRequest', 0, 2).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> Self:
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
        def read(cls, reader: Reader, version: int) -> Self:
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
            return cls(topic_name=f_topic_name, partitions=f_partitions, unknown_tagged_fields=unknown)

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
        def read(cls, reader: Reader, version: int) -> Self:
            f_partition_index: int
            f_error_code: int
            f_partition_index = reader.int32('AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult.partition_index')
            f_error_code = reader.int16('AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult.error_code')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult.tagged_fields')
            return cls(partition_index=f_partition_index, error_code=f_error_code, unknown_tagged_fields=unknown)

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
    def read(cls, reader: Reader, version: int) -> Self:
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
        return cls(throttle_time_ms=f_throttle_time_ms, results=f_results, unknown_tagged_fields=unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AlterReplicaLogDirsResponse', 0, 2).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AlterReplicaLogDirsResponse', 0, 2).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> Self:
        check_decode_version(version, 'AlterReplicaLogDirsResponse', 0, 2)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('AlterReplicaLogDirsResponse')
        return result
