# generated from AssignReplicasToDirsRequest.json, AssignReplicasToDirsResponse.json; do not edit
"""AssignReplicasToDirs (API key 73): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar
from uuid import UUID

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

_ZERO_UUID = UUID(int=0)
__all__ = ['AssignReplicasToDirsRequest', 'AssignReplicasToDirsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class AssignReplicasToDirsRequest:
    """AssignReplicasToDirsRequest, API key 73: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 73
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    broker_id: int = 0  # versions 0+
    broker_epoch: int = -1  # versions 0+
    directories: tuple[AssignReplicasToDirsRequest.DirectoryData, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DirectoryData:
        """AssignReplicasToDirsRequest.DirectoryData: versions 0+."""

        id: UUID = _ZERO_UUID  # versions 0+
        topics: tuple[AssignReplicasToDirsRequest.TopicData, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.uuid(self.id)
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AssignReplicasToDirsRequest.DirectoryData:
            f_id: UUID
            f_topics: tuple[AssignReplicasToDirsRequest.TopicData, ...]
            f_id = reader.uuid('AssignReplicasToDirsRequest.DirectoryData.id')
            count_f_topics = reader.compact_array_length('AssignReplicasToDirsRequest.DirectoryData.topics')
            read_f_topics = AssignReplicasToDirsRequest.TopicData.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('AssignReplicasToDirsRequest.DirectoryData.tagged_fields')
            return _new_AssignReplicasToDirsRequest__DirectoryData(f_id, f_topics, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicData:
        """AssignReplicasToDirsRequest.TopicData: versions 0+."""

        topic_id: UUID = _ZERO_UUID  # versions 0+
        partitions: tuple[AssignReplicasToDirsRequest.PartitionData, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.uuid(self.topic_id)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AssignReplicasToDirsRequest.TopicData:
            f_topic_id: UUID
            f_partitions: tuple[AssignReplicasToDirsRequest.PartitionData, ...]
            f_topic_id = reader.uuid('AssignReplicasToDirsRequest.TopicData.topic_id')
            count_f_partitions = reader.compact_array_length('AssignReplicasToDirsRequest.TopicData.partitions')
            read_f_partitions = AssignReplicasToDirsRequest.PartitionData.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('AssignReplicasToDirsRequest.TopicData.tagged_fields')
            return _new_AssignReplicasToDirsRequest__TopicData(f_topic_id, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionData:
        """AssignReplicasToDirsRequest.PartitionData: versions 0+."""

        partition_index: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AssignReplicasToDirsRequest.PartitionData:
            f_partition_index: int
            f_partition_index = reader.int32('AssignReplicasToDirsRequest.PartitionData.partition_index')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('AssignReplicasToDirsRequest.PartitionData.tagged_fields')
            return _new_AssignReplicasToDirsRequest__PartitionData(f_partition_index, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.broker_id)
        writer.int64(self.broker_epoch)
        items_directories = self.directories
        writer.compact_array_length(items_directories)
        for each_directories in items_directories:
            each_directories.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> AssignReplicasToDirsRequest:
        f_broker_id: int
        f_broker_epoch: int
        f_directories: tuple[AssignReplicasToDirsRequest.DirectoryData, ...]
        f_broker_id = reader.int32('AssignReplicasToDirsRequest.broker_id')
        f_broker_epoch = reader.int64('AssignReplicasToDirsRequest.broker_epoch')
        count_f_directories = reader.compact_array_length('AssignReplicasToDirsRequest.directories')
        read_f_directories = AssignReplicasToDirsRequest.DirectoryData.read
        f_directories = tuple([read_f_directories(reader, version) for _ in range(count_f_directories)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('AssignReplicasToDirsRequest.tagged_fields')
        return _new_AssignReplicasToDirsRequest(f_broker_id, f_broker_epoch, f_directories, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AssignReplicasToDirsRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AssignReplicasToDirsRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> AssignReplicasToDirsRequest:
        check_decode_version(version, 'AssignReplicasToDirsRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('AssignReplicasToDirsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class AssignReplicasToDirsResponse:
    """AssignReplicasToDirsResponse, API key 73: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 73
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 0+
    directories: tuple[AssignReplicasToDirsResponse.DirectoryData, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DirectoryData:
        """AssignReplicasToDirsResponse.DirectoryData: versions 0+."""

        id: UUID = _ZERO_UUID  # versions 0+
        topics: tuple[AssignReplicasToDirsResponse.TopicData, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.uuid(self.id)
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AssignReplicasToDirsResponse.DirectoryData:
            f_id: UUID
            f_topics: tuple[AssignReplicasToDirsResponse.TopicData, ...]
            f_id = reader.uuid('AssignReplicasToDirsResponse.DirectoryData.id')
            count_f_topics = reader.compact_array_length('AssignReplicasToDirsResponse.DirectoryData.topics')
            read_f_topics = AssignReplicasToDirsResponse.TopicData.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('AssignReplicasToDirsResponse.DirectoryData.tagged_fields')
            return _new_AssignReplicasToDirsResponse__DirectoryData(f_id, f_topics, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicData:
        """AssignReplicasToDirsResponse.TopicData: versions 0+."""

        topic_id: UUID = _ZERO_UUID  # versions 0+
        partitions: tuple[AssignReplicasToDirsResponse.PartitionData, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.uuid(self.topic_id)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AssignReplicasToDirsResponse.TopicData:
            f_topic_id: UUID
            f_partitions: tuple[AssignReplicasToDirsResponse.PartitionData, ...]
            f_topic_id = reader.uuid('AssignReplicasToDirsResponse.TopicData.topic_id')
            count_f_partitions = reader.compact_array_length('AssignReplicasToDirsResponse.TopicData.partitions')
            read_f_partitions = AssignReplicasToDirsResponse.PartitionData.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('AssignReplicasToDirsResponse.TopicData.tagged_fields')
            return _new_AssignReplicasToDirsResponse__TopicData(f_topic_id, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionData:
        """AssignReplicasToDirsResponse.PartitionData: versions 0+."""

        partition_index: int = 0  # versions 0+
        error_code: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int16(self.error_code)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AssignReplicasToDirsResponse.PartitionData:
            f_partition_index: int
            f_error_code: int
            f_partition_index = reader.int32('AssignReplicasToDirsResponse.PartitionData.partition_index')
            f_error_code = reader.int16('AssignReplicasToDirsResponse.PartitionData.error_code')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('AssignReplicasToDirsResponse.PartitionData.tagged_fields')
            return _new_AssignReplicasToDirsResponse__PartitionData(f_partition_index, f_error_code, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        items_directories = self.directories
        writer.compact_array_length(items_directories)
        for each_directories in items_directories:
            each_directories.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> AssignReplicasToDirsResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_directories: tuple[AssignReplicasToDirsResponse.DirectoryData, ...]
        f_throttle_time_ms = reader.int32('AssignReplicasToDirsResponse.throttle_time_ms')
        f_error_code = reader.int16('AssignReplicasToDirsResponse.error_code')
        count_f_directories = reader.compact_array_length('AssignReplicasToDirsResponse.directories')
        read_f_directories = AssignReplicasToDirsResponse.DirectoryData.read
        f_directories = tuple([read_f_directories(reader, version) for _ in range(count_f_directories)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('AssignReplicasToDirsResponse.tagged_fields')
        return _new_AssignReplicasToDirsResponse(f_throttle_time_ms, f_error_code, f_directories, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AssignReplicasToDirsResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AssignReplicasToDirsResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> AssignReplicasToDirsResponse:
        check_decode_version(version, 'AssignReplicasToDirsResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('AssignReplicasToDirsResponse')
        return result


_SET_AssignReplicasToDirsRequest__DirectoryData: tuple[Any, ...] = tuple(
    vars(AssignReplicasToDirsRequest.DirectoryData)[name].__set__ for name in ('id', 'topics', 'unknown_tagged_fields', ))


def _new_AssignReplicasToDirsRequest__DirectoryData(id: UUID, topics: tuple[AssignReplicasToDirsRequest.TopicData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AssignReplicasToDirsRequest.DirectoryData:
    instance_: AssignReplicasToDirsRequest.DirectoryData = object.__new__(AssignReplicasToDirsRequest.DirectoryData)
    set0_, set1_, set2_, = _SET_AssignReplicasToDirsRequest__DirectoryData
    set0_(instance_, id)
    set1_(instance_, topics)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AssignReplicasToDirsRequest__TopicData: tuple[Any, ...] = tuple(
    vars(AssignReplicasToDirsRequest.TopicData)[name].__set__ for name in ('topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_AssignReplicasToDirsRequest__TopicData(topic_id: UUID, partitions: tuple[AssignReplicasToDirsRequest.PartitionData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AssignReplicasToDirsRequest.TopicData:
    instance_: AssignReplicasToDirsRequest.TopicData = object.__new__(AssignReplicasToDirsRequest.TopicData)
    set0_, set1_, set2_, = _SET_AssignReplicasToDirsRequest__TopicData
    set0_(instance_, topic_id)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AssignReplicasToDirsRequest__PartitionData: tuple[Any, ...] = tuple(
    vars(AssignReplicasToDirsRequest.PartitionData)[name].__set__ for name in ('partition_index', 'unknown_tagged_fields', ))


def _new_AssignReplicasToDirsRequest__PartitionData(partition_index: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AssignReplicasToDirsRequest.PartitionData:
    instance_: AssignReplicasToDirsRequest.PartitionData = object.__new__(AssignReplicasToDirsRequest.PartitionData)
    set0_, set1_, = _SET_AssignReplicasToDirsRequest__PartitionData
    set0_(instance_, partition_index)
    set1_(instance_, unknown_tagged_fields)
    return instance_


_SET_AssignReplicasToDirsRequest: tuple[Any, ...] = tuple(
    vars(AssignReplicasToDirsRequest)[name].__set__ for name in ('broker_id', 'broker_epoch', 'directories', 'unknown_tagged_fields', ))


def _new_AssignReplicasToDirsRequest(broker_id: int, broker_epoch: int, directories: tuple[AssignReplicasToDirsRequest.DirectoryData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AssignReplicasToDirsRequest:
    instance_: AssignReplicasToDirsRequest = object.__new__(AssignReplicasToDirsRequest)
    set0_, set1_, set2_, set3_, = _SET_AssignReplicasToDirsRequest
    set0_(instance_, broker_id)
    set1_(instance_, broker_epoch)
    set2_(instance_, directories)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_AssignReplicasToDirsResponse__DirectoryData: tuple[Any, ...] = tuple(
    vars(AssignReplicasToDirsResponse.DirectoryData)[name].__set__ for name in ('id', 'topics', 'unknown_tagged_fields', ))


def _new_AssignReplicasToDirsResponse__DirectoryData(id: UUID, topics: tuple[AssignReplicasToDirsResponse.TopicData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AssignReplicasToDirsResponse.DirectoryData:
    instance_: AssignReplicasToDirsResponse.DirectoryData = object.__new__(AssignReplicasToDirsResponse.DirectoryData)
    set0_, set1_, set2_, = _SET_AssignReplicasToDirsResponse__DirectoryData
    set0_(instance_, id)
    set1_(instance_, topics)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AssignReplicasToDirsResponse__TopicData: tuple[Any, ...] = tuple(
    vars(AssignReplicasToDirsResponse.TopicData)[name].__set__ for name in ('topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_AssignReplicasToDirsResponse__TopicData(topic_id: UUID, partitions: tuple[AssignReplicasToDirsResponse.PartitionData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AssignReplicasToDirsResponse.TopicData:
    instance_: AssignReplicasToDirsResponse.TopicData = object.__new__(AssignReplicasToDirsResponse.TopicData)
    set0_, set1_, set2_, = _SET_AssignReplicasToDirsResponse__TopicData
    set0_(instance_, topic_id)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AssignReplicasToDirsResponse__PartitionData: tuple[Any, ...] = tuple(
    vars(AssignReplicasToDirsResponse.PartitionData)[name].__set__ for name in ('partition_index', 'error_code', 'unknown_tagged_fields', ))


def _new_AssignReplicasToDirsResponse__PartitionData(partition_index: int, error_code: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AssignReplicasToDirsResponse.PartitionData:
    instance_: AssignReplicasToDirsResponse.PartitionData = object.__new__(AssignReplicasToDirsResponse.PartitionData)
    set0_, set1_, set2_, = _SET_AssignReplicasToDirsResponse__PartitionData
    set0_(instance_, partition_index)
    set1_(instance_, error_code)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AssignReplicasToDirsResponse: tuple[Any, ...] = tuple(
    vars(AssignReplicasToDirsResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'directories', 'unknown_tagged_fields', ))


def _new_AssignReplicasToDirsResponse(throttle_time_ms: int, error_code: int, directories: tuple[AssignReplicasToDirsResponse.DirectoryData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AssignReplicasToDirsResponse:
    instance_: AssignReplicasToDirsResponse = object.__new__(AssignReplicasToDirsResponse)
    set0_, set1_, set2_, set3_, = _SET_AssignReplicasToDirsResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, directories)
    set3_(instance_, unknown_tagged_fields)
    return instance_
