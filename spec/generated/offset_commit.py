# generated from OffsetCommitRequest.json, OffsetCommitResponse.json; do not edit
"""OffsetCommit (API key 8): request and response."""

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

__all__ = ['OffsetCommitRequest', 'OffsetCommitResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class OffsetCommitRequest:
    """OffsetCommitRequest, API key 8: versions 0-9, flexible 8+."""

    API_KEY: ClassVar[int] = 8
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 9
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 8

    group_id: str = ''  # versions 0+
    generation_id_or_member_epoch: int = -1  # versions 1+; ignorable
    member_id: str = ''  # versions 1+; ignorable
    group_instance_id: str | None = None  # versions 7+; nullable 7+
    retention_time_ms: int = -1  # versions 2-4; ignorable
    topics: tuple[OffsetCommitRequest.OffsetCommitRequestTopic, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class OffsetCommitRequestTopic:
        """OffsetCommitRequest.OffsetCommitRequestTopic: versions 0+."""

        name: str = ''  # versions 0+
        partitions: tuple[OffsetCommitRequest.OffsetCommitRequestPartition, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 7:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
            if version <= 7:
                items_partitions = self.partitions
                writer.array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            else:
                items_partitions = self.partitions
                writer.compact_array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            if version <= 7:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'OffsetCommitRequest.OffsetCommitRequestTopic has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> OffsetCommitRequest.OffsetCommitRequestTopic:
            f_name: str
            f_partitions: tuple[OffsetCommitRequest.OffsetCommitRequestPartition, ...]
            f_name = reader.string('OffsetCommitRequest.OffsetCommitRequestTopic.name') if version <= 7 else reader.compact_string('OffsetCommitRequest.OffsetCommitRequestTopic.name')
            if version <= 7:
                count_f_partitions = reader.array_length('OffsetCommitRequest.OffsetCommitRequestTopic.partitions')
                read_f_partitions = OffsetCommitRequest.OffsetCommitRequestPartition.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            else:
                count_f_partitions = reader.compact_array_length('OffsetCommitRequest.OffsetCommitRequestTopic.partitions')
                read_f_partitions = OffsetCommitRequest.OffsetCommitRequestPartition.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 7 else reader.unknown_tagged_fields('OffsetCommitRequest.OffsetCommitRequestTopic.tagged_fields')
            return _new_OffsetCommitRequest__OffsetCommitRequestTopic(f_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class OffsetCommitRequestPartition:
        """OffsetCommitRequest.OffsetCommitRequestPartition: versions 0+."""

        partition_index: int = 0  # versions 0+
        committed_offset: int = 0  # versions 0+
        committed_leader_epoch: int = -1  # versions 6+; ignorable
        commit_timestamp: int = -1  # versions 1
        committed_metadata: str | None = ''  # versions 0+; nullable 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int64(self.committed_offset)
            if version <= 5:
                pass
            else:
                writer.int32(self.committed_leader_epoch)
            if version <= 0:
                if self.commit_timestamp != -1:
                    raise EncodeError(f'OffsetCommitRequest.OffsetCommitRequestPartition.commit_timestamp is set, but version {version} lacks it')
            elif version <= 1:
                writer.int64(self.commit_timestamp)
            else:
                if self.commit_timestamp != -1:
                    raise EncodeError(f'OffsetCommitRequest.OffsetCommitRequestPartition.commit_timestamp is set, but version {version} lacks it')
            if version <= 7:
                writer.nullable_string(self.committed_metadata)
            else:
                writer.compact_nullable_string(self.committed_metadata)
            if version <= 7:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'OffsetCommitRequest.OffsetCommitRequestPartition has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> OffsetCommitRequest.OffsetCommitRequestPartition:
            f_partition_index: int
            f_committed_offset: int
            f_committed_leader_epoch: int
            f_commit_timestamp: int
            f_committed_metadata: str | None
            f_partition_index = reader.int32('OffsetCommitRequest.OffsetCommitRequestPartition.partition_index')
            f_committed_offset = reader.int64('OffsetCommitRequest.OffsetCommitRequestPartition.committed_offset')
            f_committed_leader_epoch = -1 if version <= 5 else reader.int32('OffsetCommitRequest.OffsetCommitRequestPartition.committed_leader_epoch')
            if version <= 0:
                f_commit_timestamp = -1
            elif version <= 1:
                f_commit_timestamp = reader.int64('OffsetCommitRequest.OffsetCommitRequestPartition.commit_timestamp')
            else:
                f_commit_timestamp = -1
            f_committed_metadata = reader.nullable_string('OffsetCommitRequest.OffsetCommitRequestPartition.committed_metadata') if version <= 7 else reader.compact_nullable_string('OffsetCommitRequest.OffsetCommitRequestPartition.committed_metadata')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 7 else reader.unknown_tagged_fields('OffsetCommitRequest.OffsetCommitRequestPartition.tagged_fields')
            return _new_OffsetCommitRequest__OffsetCommitRequestPartition(f_partition_index, f_committed_offset, f_committed_leader_epoch, f_commit_timestamp, f_committed_metadata, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 7:
            writer.string(self.group_id)
        else:
            writer.compact_string(self.group_id)
        if version <= 0:
            pass
        else:
            writer.int32(self.generation_id_or_member_epoch)
        if version <= 0:
            pass
        elif version <= 7:
            writer.string(self.member_id)
        else:
            writer.compact_string(self.member_id)
        if version <= 6:
            if self.group_instance_id is not None:
                raise EncodeError(f'OffsetCommitRequest.group_instance_id is set, but version {version} lacks it')
        elif version <= 7:
            writer.nullable_string(self.group_instance_id)
        else:
            writer.compact_nullable_string(self.group_instance_id)
        if version <= 1:
            pass
        elif version <= 4:
            writer.int64(self.retention_time_ms)
        else:
            pass
        if version <= 7:
            items_topics = self.topics
            writer.array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        else:
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        if version <= 7:
            if self.unknown_tagged_fields:
                raise EncodeError(f'OffsetCommitRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> OffsetCommitRequest:
        f_group_id: str
        f_generation_id_or_member_epoch: int
        f_member_id: str
        f_group_instance_id: str | None
        f_retention_time_ms: int
        f_topics: tuple[OffsetCommitRequest.OffsetCommitRequestTopic, ...]
        f_group_id = reader.string('OffsetCommitRequest.group_id') if version <= 7 else reader.compact_string('OffsetCommitRequest.group_id')
        f_generation_id_or_member_epoch = -1 if version <= 0 else reader.int32('OffsetCommitRequest.generation_id_or_member_epoch')
        if version <= 0:
            f_member_id = ''
        elif version <= 7:
            f_member_id = reader.string('OffsetCommitRequest.member_id')
        else:
            f_member_id = reader.compact_string('OffsetCommitRequest.member_id')
        if version <= 6:
            f_group_instance_id = None
        elif version <= 7:
            f_group_instance_id = reader.nullable_string('OffsetCommitRequest.group_instance_id')
        else:
            f_group_instance_id = reader.compact_nullable_string('OffsetCommitRequest.group_instance_id')
        if version <= 1:
            f_retention_time_ms = -1
        elif version <= 4:
            f_retention_time_ms = reader.int64('OffsetCommitRequest.retention_time_ms')
        else:
            f_retention_time_ms = -1
        if version <= 7:
            count_f_topics = reader.array_length('OffsetCommitRequest.topics')
            read_f_topics = OffsetCommitRequest.OffsetCommitRequestTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        else:
            count_f_topics = reader.compact_array_length('OffsetCommitRequest.topics')
            read_f_topics = OffsetCommitRequest.OffsetCommitRequestTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 7 else reader.unknown_tagged_fields('OffsetCommitRequest.tagged_fields')
        return _new_OffsetCommitRequest(f_group_id, f_generation_id_or_member_epoch, f_member_id, f_group_instance_id, f_retention_time_ms, f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'OffsetCommitRequest', 0, 9).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'OffsetCommitRequest', 0, 9).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> OffsetCommitRequest:
        check_decode_version(version, 'OffsetCommitRequest', 0, 9)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('OffsetCommitRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class OffsetCommitResponse:
    """OffsetCommitResponse, API key 8: versions 0-9, flexible 8+."""

    API_KEY: ClassVar[int] = 8
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 9
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 8

    throttle_time_ms: int = 0  # versions 3+; ignorable
    topics: tuple[OffsetCommitResponse.OffsetCommitResponseTopic, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class OffsetCommitResponseTopic:
        """OffsetCommitResponse.OffsetCommitResponseTopic: versions 0+."""

        name: str = ''  # versions 0+
        partitions: tuple[OffsetCommitResponse.OffsetCommitResponsePartition, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 7:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
            if version <= 7:
                items_partitions = self.partitions
                writer.array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            else:
                items_partitions = self.partitions
                writer.compact_array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            if version <= 7:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'OffsetCommitResponse.OffsetCommitResponseTopic has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> OffsetCommitResponse.OffsetCommitResponseTopic:
            f_name: str
            f_partitions: tuple[OffsetCommitResponse.OffsetCommitResponsePartition, ...]
            f_name = reader.string('OffsetCommitResponse.OffsetCommitResponseTopic.name') if version <= 7 else reader.compact_string('OffsetCommitResponse.OffsetCommitResponseTopic.name')
            if version <= 7:
                count_f_partitions = reader.array_length('OffsetCommitResponse.OffsetCommitResponseTopic.partitions')
                read_f_partitions = OffsetCommitResponse.OffsetCommitResponsePartition.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            else:
                count_f_partitions = reader.compact_array_length('OffsetCommitResponse.OffsetCommitResponseTopic.partitions')
                read_f_partitions = OffsetCommitResponse.OffsetCommitResponsePartition.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 7 else reader.unknown_tagged_fields('OffsetCommitResponse.OffsetCommitResponseTopic.tagged_fields')
            return _new_OffsetCommitResponse__OffsetCommitResponseTopic(f_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class OffsetCommitResponsePartition:
        """OffsetCommitResponse.OffsetCommitResponsePartition: versions 0+."""

        partition_index: int = 0  # versions 0+
        error_code: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int16(self.error_code)
            if version <= 7:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'OffsetCommitResponse.OffsetCommitResponsePartition has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> OffsetCommitResponse.OffsetCommitResponsePartition:
            f_partition_index: int
            f_error_code: int
            f_partition_index = reader.int32('OffsetCommitResponse.OffsetCommitResponsePartition.partition_index')
            f_error_code = reader.int16('OffsetCommitResponse.OffsetCommitResponsePartition.error_code')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 7 else reader.unknown_tagged_fields('OffsetCommitResponse.OffsetCommitResponsePartition.tagged_fields')
            return _new_OffsetCommitResponse__OffsetCommitResponsePartition(f_partition_index, f_error_code, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 2:
            pass
        else:
            writer.int32(self.throttle_time_ms)
        if version <= 7:
            items_topics = self.topics
            writer.array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        else:
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        if version <= 7:
            if self.unknown_tagged_fields:
                raise EncodeError(f'OffsetCommitResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> OffsetCommitResponse:
        f_throttle_time_ms: int
        f_topics: tuple[OffsetCommitResponse.OffsetCommitResponseTopic, ...]
        f_throttle_time_ms = 0 if version <= 2 else reader.int32('OffsetCommitResponse.throttle_time_ms')
        if version <= 7:
            count_f_topics = reader.array_length('OffsetCommitResponse.topics')
            read_f_topics = OffsetCommitResponse.OffsetCommitResponseTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        else:
            count_f_topics = reader.compact_array_length('OffsetCommitResponse.topics')
            read_f_topics = OffsetCommitResponse.OffsetCommitResponseTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 7 else reader.unknown_tagged_fields('OffsetCommitResponse.tagged_fields')
        return _new_OffsetCommitResponse(f_throttle_time_ms, f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'OffsetCommitResponse', 0, 9).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'OffsetCommitResponse', 0, 9).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> OffsetCommitResponse:
        check_decode_version(version, 'OffsetCommitResponse', 0, 9)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('OffsetCommitResponse')
        return result


_SET_OffsetCommitRequest__OffsetCommitRequestTopic: tuple[Any, ...] = tuple(
    vars(OffsetCommitRequest.OffsetCommitRequestTopic)[name].__set__ for name in ('name', 'partitions', 'unknown_tagged_fields', ))


def _new_OffsetCommitRequest__OffsetCommitRequestTopic(name: str, partitions: tuple[OffsetCommitRequest.OffsetCommitRequestPartition, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> OffsetCommitRequest.OffsetCommitRequestTopic:
    instance_: OffsetCommitRequest.OffsetCommitRequestTopic = object.__new__(OffsetCommitRequest.OffsetCommitRequestTopic)
    set0_, set1_, set2_, = _SET_OffsetCommitRequest__OffsetCommitRequestTopic
    set0_(instance_, name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_OffsetCommitRequest__OffsetCommitRequestPartition: tuple[Any, ...] = tuple(
    vars(OffsetCommitRequest.OffsetCommitRequestPartition)[name].__set__ for name in ('partition_index', 'committed_offset', 'committed_leader_epoch', 'commit_timestamp', 'committed_metadata', 'unknown_tagged_fields', ))


def _new_OffsetCommitRequest__OffsetCommitRequestPartition(partition_index: int, committed_offset: int, committed_leader_epoch: int, commit_timestamp: int, committed_metadata: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> OffsetCommitRequest.OffsetCommitRequestPartition:
    instance_: OffsetCommitRequest.OffsetCommitRequestPartition = object.__new__(OffsetCommitRequest.OffsetCommitRequestPartition)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_OffsetCommitRequest__OffsetCommitRequestPartition
    set0_(instance_, partition_index)
    set1_(instance_, committed_offset)
    set2_(instance_, committed_leader_epoch)
    set3_(instance_, commit_timestamp)
    set4_(instance_, committed_metadata)
    set5_(instance_, unknown_tagged_fields)
    return instance_


_SET_OffsetCommitRequest: tuple[Any, ...] = tuple(
    vars(OffsetCommitRequest)[name].__set__ for name in ('group_id', 'generation_id_or_member_epoch', 'member_id', 'group_instance_id', 'retention_time_ms', 'topics', 'unknown_tagged_fields', ))


def _new_OffsetCommitRequest(group_id: str, generation_id_or_member_epoch: int, member_id: str, group_instance_id: str | None, retention_time_ms: int, topics: tuple[OffsetCommitRequest.OffsetCommitRequestTopic, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> OffsetCommitRequest:
    instance_: OffsetCommitRequest = object.__new__(OffsetCommitRequest)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, = _SET_OffsetCommitRequest
    set0_(instance_, group_id)
    set1_(instance_, generation_id_or_member_epoch)
    set2_(instance_, member_id)
    set3_(instance_, group_instance_id)
    set4_(instance_, retention_time_ms)
    set5_(instance_, topics)
    set6_(instance_, unknown_tagged_fields)
    return instance_


_SET_OffsetCommitResponse__OffsetCommitResponseTopic: tuple[Any, ...] = tuple(
    vars(OffsetCommitResponse.OffsetCommitResponseTopic)[name].__set__ for name in ('name', 'partitions', 'unknown_tagged_fields', ))


def _new_OffsetCommitResponse__OffsetCommitResponseTopic(name: str, partitions: tuple[OffsetCommitResponse.OffsetCommitResponsePartition, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> OffsetCommitResponse.OffsetCommitResponseTopic:
    instance_: OffsetCommitResponse.OffsetCommitResponseTopic = object.__new__(OffsetCommitResponse.OffsetCommitResponseTopic)
    set0_, set1_, set2_, = _SET_OffsetCommitResponse__OffsetCommitResponseTopic
    set0_(instance_, name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_OffsetCommitResponse__OffsetCommitResponsePartition: tuple[Any, ...] = tuple(
    vars(OffsetCommitResponse.OffsetCommitResponsePartition)[name].__set__ for name in ('partition_index', 'error_code', 'unknown_tagged_fields', ))


def _new_OffsetCommitResponse__OffsetCommitResponsePartition(partition_index: int, error_code: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> OffsetCommitResponse.OffsetCommitResponsePartition:
    instance_: OffsetCommitResponse.OffsetCommitResponsePartition = object.__new__(OffsetCommitResponse.OffsetCommitResponsePartition)
    set0_, set1_, set2_, = _SET_OffsetCommitResponse__OffsetCommitResponsePartition
    set0_(instance_, partition_index)
    set1_(instance_, error_code)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_OffsetCommitResponse: tuple[Any, ...] = tuple(
    vars(OffsetCommitResponse)[name].__set__ for name in ('throttle_time_ms', 'topics', 'unknown_tagged_fields', ))


def _new_OffsetCommitResponse(throttle_time_ms: int, topics: tuple[OffsetCommitResponse.OffsetCommitResponseTopic, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> OffsetCommitResponse:
    instance_: OffsetCommitResponse = object.__new__(OffsetCommitResponse)
    set0_, set1_, set2_, = _SET_OffsetCommitResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, topics)
    set2_(instance_, unknown_tagged_fields)
    return instance_
