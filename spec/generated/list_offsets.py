# generated from ListOffsetsRequest.json, ListOffsetsResponse.json; do not edit
"""ListOffsets (API key 2): request and response."""

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

__all__ = ['ListOffsetsRequest', 'ListOffsetsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class ListOffsetsRequest:
    """ListOffsetsRequest, API key 2: versions 0-10, flexible 6+."""

    API_KEY: ClassVar[int] = 2
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 10
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 6

    replica_id: int = 0  # versions 0+
    isolation_level: int = 0  # versions 2+
    topics: tuple[ListOffsetsRequest.ListOffsetsTopic, ...] = ()  # versions 0+
    timeout_ms: int = 0  # versions 10+; ignorable
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ListOffsetsTopic:
        """ListOffsetsRequest.ListOffsetsTopic: versions 0+."""

        name: str = ''  # versions 0+
        partitions: tuple[ListOffsetsRequest.ListOffsetsPartition, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 5:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
            if version <= 5:
                items_partitions = self.partitions
                writer.array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            else:
                items_partitions = self.partitions
                writer.compact_array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            if version <= 5:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'ListOffsetsRequest.ListOffsetsTopic has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ListOffsetsRequest.ListOffsetsTopic:
            f_name: str
            f_partitions: tuple[ListOffsetsRequest.ListOffsetsPartition, ...]
            f_name = reader.string('ListOffsetsRequest.ListOffsetsTopic.name') if version <= 5 else reader.compact_string('ListOffsetsRequest.ListOffsetsTopic.name')
            if version <= 5:
                count_f_partitions = reader.array_length('ListOffsetsRequest.ListOffsetsTopic.partitions')
                read_f_partitions = ListOffsetsRequest.ListOffsetsPartition.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            else:
                count_f_partitions = reader.compact_array_length('ListOffsetsRequest.ListOffsetsTopic.partitions')
                read_f_partitions = ListOffsetsRequest.ListOffsetsPartition.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 5 else reader.unknown_tagged_fields('ListOffsetsRequest.ListOffsetsTopic.tagged_fields')
            return _new_ListOffsetsRequest__ListOffsetsTopic(f_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ListOffsetsPartition:
        """ListOffsetsRequest.ListOffsetsPartition: versions 0+."""

        partition_index: int = 0  # versions 0+
        current_leader_epoch: int = -1  # versions 4+; ignorable
        timestamp: int = 0  # versions 0+
        max_num_offsets: int = 1  # versions 0
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            if version <= 3:
                pass
            else:
                writer.int32(self.current_leader_epoch)
            writer.int64(self.timestamp)
            if version <= 0:
                writer.int32(self.max_num_offsets)
            else:
                if self.max_num_offsets != 1:
                    raise EncodeError(f'ListOffsetsRequest.ListOffsetsPartition.max_num_offsets is set, but version {version} lacks it')
            if version <= 5:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'ListOffsetsRequest.ListOffsetsPartition has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ListOffsetsRequest.ListOffsetsPartition:
            f_partition_index: int
            f_current_leader_epoch: int
            f_timestamp: int
            f_max_num_offsets: int
            f_partition_index = reader.int32('ListOffsetsRequest.ListOffsetsPartition.partition_index')
            f_current_leader_epoch = -1 if version <= 3 else reader.int32('ListOffsetsRequest.ListOffsetsPartition.current_leader_epoch')
            f_timestamp = reader.int64('ListOffsetsRequest.ListOffsetsPartition.timestamp')
            f_max_num_offsets = reader.int32('ListOffsetsRequest.ListOffsetsPartition.max_num_offsets') if version <= 0 else 1
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 5 else reader.unknown_tagged_fields('ListOffsetsRequest.ListOffsetsPartition.tagged_fields')
            return _new_ListOffsetsRequest__ListOffsetsPartition(f_partition_index, f_current_leader_epoch, f_timestamp, f_max_num_offsets, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.replica_id)
        if version <= 1:
            if self.isolation_level != 0:
                raise EncodeError(f'ListOffsetsRequest.isolation_level is set, but version {version} lacks it')
        else:
            writer.int8(self.isolation_level)
        if version <= 5:
            items_topics = self.topics
            writer.array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        else:
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        if version <= 9:
            pass
        else:
            writer.int32(self.timeout_ms)
        if version <= 5:
            if self.unknown_tagged_fields:
                raise EncodeError(f'ListOffsetsRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ListOffsetsRequest:
        f_replica_id: int
        f_isolation_level: int
        f_topics: tuple[ListOffsetsRequest.ListOffsetsTopic, ...]
        f_timeout_ms: int
        f_replica_id = reader.int32('ListOffsetsRequest.replica_id')
        f_isolation_level = 0 if version <= 1 else reader.int8('ListOffsetsRequest.isolation_level')
        if version <= 5:
            count_f_topics = reader.array_length('ListOffsetsRequest.topics')
            read_f_topics = ListOffsetsRequest.ListOffsetsTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        else:
            count_f_topics = reader.compact_array_length('ListOffsetsRequest.topics')
            read_f_topics = ListOffsetsRequest.ListOffsetsTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        f_timeout_ms = 0 if version <= 9 else reader.int32('ListOffsetsRequest.timeout_ms')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 5 else reader.unknown_tagged_fields('ListOffsetsRequest.tagged_fields')
        return _new_ListOffsetsRequest(f_replica_id, f_isolation_level, f_topics, f_timeout_ms, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ListOffsetsRequest', 0, 10).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ListOffsetsRequest', 0, 10).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ListOffsetsRequest:
        check_decode_version(version, 'ListOffsetsRequest', 0, 10)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ListOffsetsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class ListOffsetsResponse:
    """ListOffsetsResponse, API key 2: versions 0-10, flexible 6+."""

    API_KEY: ClassVar[int] = 2
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 10
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 6

    throttle_time_ms: int = 0  # versions 2+; ignorable
    topics: tuple[ListOffsetsResponse.ListOffsetsTopicResponse, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ListOffsetsTopicResponse:
        """ListOffsetsResponse.ListOffsetsTopicResponse: versions 0+."""

        name: str = ''  # versions 0+
        partitions: tuple[ListOffsetsResponse.ListOffsetsPartitionResponse, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 5:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
            if version <= 5:
                items_partitions = self.partitions
                writer.array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            else:
                items_partitions = self.partitions
                writer.compact_array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            if version <= 5:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'ListOffsetsResponse.ListOffsetsTopicResponse has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ListOffsetsResponse.ListOffsetsTopicResponse:
            f_name: str
            f_partitions: tuple[ListOffsetsResponse.ListOffsetsPartitionResponse, ...]
            f_name = reader.string('ListOffsetsResponse.ListOffsetsTopicResponse.name') if version <= 5 else reader.compact_string('ListOffsetsResponse.ListOffsetsTopicResponse.name')
            if version <= 5:
                count_f_partitions = reader.array_length('ListOffsetsResponse.ListOffsetsTopicResponse.partitions')
                read_f_partitions = ListOffsetsResponse.ListOffsetsPartitionResponse.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            else:
                count_f_partitions = reader.compact_array_length('ListOffsetsResponse.ListOffsetsTopicResponse.partitions')
                read_f_partitions = ListOffsetsResponse.ListOffsetsPartitionResponse.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 5 else reader.unknown_tagged_fields('ListOffsetsResponse.ListOffsetsTopicResponse.tagged_fields')
            return _new_ListOffsetsResponse__ListOffsetsTopicResponse(f_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ListOffsetsPartitionResponse:
        """ListOffsetsResponse.ListOffsetsPartitionResponse: versions 0+."""

        partition_index: int = 0  # versions 0+
        error_code: int = 0  # versions 0+
        old_style_offsets: tuple[int, ...] = ()  # versions 0
        timestamp: int = -1  # versions 1+
        offset: int = -1  # versions 1+
        leader_epoch: int = -1  # versions 4+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int16(self.error_code)
            if version <= 0:
                items_old_style_offsets = self.old_style_offsets
                writer.array_length(items_old_style_offsets)
                writer.int64_items(items_old_style_offsets)
            else:
                if self.old_style_offsets != ():
                    raise EncodeError(f'ListOffsetsResponse.ListOffsetsPartitionResponse.old_style_offsets is set, but version {version} lacks it')
            if version <= 0:
                if self.timestamp != -1:
                    raise EncodeError(f'ListOffsetsResponse.ListOffsetsPartitionResponse.timestamp is set, but version {version} lacks it')
            else:
                writer.int64(self.timestamp)
            if version <= 0:
                if self.offset != -1:
                    raise EncodeError(f'ListOffsetsResponse.ListOffsetsPartitionResponse.offset is set, but version {version} lacks it')
            else:
                writer.int64(self.offset)
            if version <= 3:
                if self.leader_epoch != -1:
                    raise EncodeError(f'ListOffsetsResponse.ListOffsetsPartitionResponse.leader_epoch is set, but version {version} lacks it')
            else:
                writer.int32(self.leader_epoch)
            if version <= 5:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'ListOffsetsResponse.ListOffsetsPartitionResponse has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ListOffsetsResponse.ListOffsetsPartitionResponse:
            f_partition_index: int
            f_error_code: int
            f_old_style_offsets: tuple[int, ...]
            f_timestamp: int
            f_offset: int
            f_leader_epoch: int
            f_partition_index = reader.int32('ListOffsetsResponse.ListOffsetsPartitionResponse.partition_index')
            f_error_code = reader.int16('ListOffsetsResponse.ListOffsetsPartitionResponse.error_code')
            if version <= 0:
                count_f_old_style_offsets = reader.array_length('ListOffsetsResponse.ListOffsetsPartitionResponse.old_style_offsets')
                f_old_style_offsets = reader.int64_items(count_f_old_style_offsets, 'ListOffsetsResponse.ListOffsetsPartitionResponse.old_style_offsets')
            else:
                f_old_style_offsets = ()
            f_timestamp = -1 if version <= 0 else reader.int64('ListOffsetsResponse.ListOffsetsPartitionResponse.timestamp')
            f_offset = -1 if version <= 0 else reader.int64('ListOffsetsResponse.ListOffsetsPartitionResponse.offset')
            f_leader_epoch = -1 if version <= 3 else reader.int32('ListOffsetsResponse.ListOffsetsPartitionResponse.leader_epoch')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 5 else reader.unknown_tagged_fields('ListOffsetsResponse.ListOffsetsPartitionResponse.tagged_fields')
            return _new_ListOffsetsResponse__ListOffsetsPartitionResponse(f_partition_index, f_error_code, f_old_style_offsets, f_timestamp, f_offset, f_leader_epoch, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 1:
            pass
        else:
            writer.int32(self.throttle_time_ms)
        if version <= 5:
            items_topics = self.topics
            writer.array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        else:
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        if version <= 5:
            if self.unknown_tagged_fields:
                raise EncodeError(f'ListOffsetsResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ListOffsetsResponse:
        f_throttle_time_ms: int
        f_topics: tuple[ListOffsetsResponse.ListOffsetsTopicResponse, ...]
        f_throttle_time_ms = 0 if version <= 1 else reader.int32('ListOffsetsResponse.throttle_time_ms')
        if version <= 5:
            count_f_topics = reader.array_length('ListOffsetsResponse.topics')
            read_f_topics = ListOffsetsResponse.ListOffsetsTopicResponse.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        else:
            count_f_topics = reader.compact_array_length('ListOffsetsResponse.topics')
            read_f_topics = ListOffsetsResponse.ListOffsetsTopicResponse.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 5 else reader.unknown_tagged_fields('ListOffsetsResponse.tagged_fields')
        return _new_ListOffsetsResponse(f_throttle_time_ms, f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ListOffsetsResponse', 0, 10).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ListOffsetsResponse', 0, 10).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ListOffsetsResponse:
        check_decode_version(version, 'ListOffsetsResponse', 0, 10)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ListOffsetsResponse')
        return result


_SET_ListOffsetsRequest__ListOffsetsTopic: tuple[Any, ...] = tuple(
    vars(ListOffsetsRequest.ListOffsetsTopic)[name].__set__ for name in ('name', 'partitions', 'unknown_tagged_fields', ))


def _new_ListOffsetsRequest__ListOffsetsTopic(name: str, partitions: tuple[ListOffsetsRequest.ListOffsetsPartition, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ListOffsetsRequest.ListOffsetsTopic:
    instance_: ListOffsetsRequest.ListOffsetsTopic = object.__new__(ListOffsetsRequest.ListOffsetsTopic)
    set0_, set1_, set2_, = _SET_ListOffsetsRequest__ListOffsetsTopic
    set0_(instance_, name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ListOffsetsRequest__ListOffsetsPartition: tuple[Any, ...] = tuple(
    vars(ListOffsetsRequest.ListOffsetsPartition)[name].__set__ for name in ('partition_index', 'current_leader_epoch', 'timestamp', 'max_num_offsets', 'unknown_tagged_fields', ))


def _new_ListOffsetsRequest__ListOffsetsPartition(partition_index: int, current_leader_epoch: int, timestamp: int, max_num_offsets: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ListOffsetsRequest.ListOffsetsPartition:
    instance_: ListOffsetsRequest.ListOffsetsPartition = object.__new__(ListOffsetsRequest.ListOffsetsPartition)
    set0_, set1_, set2_, set3_, set4_, = _SET_ListOffsetsRequest__ListOffsetsPartition
    set0_(instance_, partition_index)
    set1_(instance_, current_leader_epoch)
    set2_(instance_, timestamp)
    set3_(instance_, max_num_offsets)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_ListOffsetsRequest: tuple[Any, ...] = tuple(
    vars(ListOffsetsRequest)[name].__set__ for name in ('replica_id', 'isolation_level', 'topics', 'timeout_ms', 'unknown_tagged_fields', ))


def _new_ListOffsetsRequest(replica_id: int, isolation_level: int, topics: tuple[ListOffsetsRequest.ListOffsetsTopic, ...], timeout_ms: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ListOffsetsRequest:
    instance_: ListOffsetsRequest = object.__new__(ListOffsetsRequest)
    set0_, set1_, set2_, set3_, set4_, = _SET_ListOffsetsRequest
    set0_(instance_, replica_id)
    set1_(instance_, isolation_level)
    set2_(instance_, topics)
    set3_(instance_, timeout_ms)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_ListOffsetsResponse__ListOffsetsTopicResponse: tuple[Any, ...] = tuple(
    vars(ListOffsetsResponse.ListOffsetsTopicResponse)[name].__set__ for name in ('name', 'partitions', 'unknown_tagged_fields', ))


def _new_ListOffsetsResponse__ListOffsetsTopicResponse(name: str, partitions: tuple[ListOffsetsResponse.ListOffsetsPartitionResponse, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ListOffsetsResponse.ListOffsetsTopicResponse:
    instance_: ListOffsetsResponse.ListOffsetsTopicResponse = object.__new__(ListOffsetsResponse.ListOffsetsTopicResponse)
    set0_, set1_, set2_, = _SET_ListOffsetsResponse__ListOffsetsTopicResponse
    set0_(instance_, name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ListOffsetsResponse__ListOffsetsPartitionResponse: tuple[Any, ...] = tuple(
    vars(ListOffsetsResponse.ListOffsetsPartitionResponse)[name].__set__ for name in ('partition_index', 'error_code', 'old_style_offsets', 'timestamp', 'offset', 'leader_epoch', 'unknown_tagged_fields', ))


def _new_ListOffsetsResponse__ListOffsetsPartitionResponse(partition_index: int, error_code: int, old_style_offsets: tuple[int, ...], timestamp: int, offset: int, leader_epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ListOffsetsResponse.ListOffsetsPartitionResponse:
    instance_: ListOffsetsResponse.ListOffsetsPartitionResponse = object.__new__(ListOffsetsResponse.ListOffsetsPartitionResponse)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, = _SET_ListOffsetsResponse__ListOffsetsPartitionResponse
    set0_(instance_, partition_index)
    set1_(instance_, error_code)
    set2_(instance_, old_style_offsets)
    set3_(instance_, timestamp)
    set4_(instance_, offset)
    set5_(instance_, leader_epoch)
    set6_(instance_, unknown_tagged_fields)
    return instance_


_SET_ListOffsetsResponse: tuple[Any, ...] = tuple(
    vars(ListOffsetsResponse)[name].__set__ for name in ('throttle_time_ms', 'topics', 'unknown_tagged_fields', ))


def _new_ListOffsetsResponse(throttle_time_ms: int, topics: tuple[ListOffsetsResponse.ListOffsetsTopicResponse, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ListOffsetsResponse:
    instance_: ListOffsetsResponse = object.__new__(ListOffsetsResponse)
    set0_, set1_, set2_, = _SET_ListOffsetsResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, topics)
    set2_(instance_, unknown_tagged_fields)
    return instance_
