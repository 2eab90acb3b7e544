# generated from TxnOffsetCommitRequest.json, TxnOffsetCommitResponse.json; do not edit
"""TxnOffsetCommit (API key 28): request and response."""

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

__all__ = ['TxnOffsetCommitRequest', 'TxnOffsetCommitResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class TxnOffsetCommitRequest:
    """TxnOffsetCommitRequest, API key 28: versions 0-4, flexible 3+."""

    API_KEY: ClassVar[int] = 28
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 3

    transactional_id: str = ''  # versions 0+
    group_id: str = ''  # versions 0+
    producer_id: int = 0  # versions 0+
    producer_epoch: int = 0  # versions 0+
    generation_id: int = -1  # versions 3+
    member_id: str = ''  # versions 3+
    group_instance_id: str | None = None  # versions 3+; nullable 3+
    topics: tuple[TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TxnOffsetCommitRequestTopic:
        """TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic: versions 0+."""

        name: str = ''  # versions 0+
        partitions: tuple[TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 2:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
            if version <= 2:
                items_partitions = self.partitions
                writer.array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            else:
                items_partitions = self.partitions
                writer.compact_array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            if version <= 2:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic:
            f_name: str
            f_partitions: tuple[TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition, ...]
            f_name = reader.string('TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.name') if version <= 2 else reader.compact_string('TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.name')
            if version <= 2:
                count_f_partitions = reader.array_length('TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.partitions')
                read_f_partitions = TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            else:
                count_f_partitions = reader.compact_array_length('TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.partitions')
                read_f_partitions = TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 2 else reader.unknown_tagged_fields('TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.tagged_fields')
            return _new_TxnOffsetCommitRequest__TxnOffsetCommitRequestTopic(f_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TxnOffsetCommitRequestPartition:
        """TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition: versions 0+."""

        partition_index: int = 0  # versions 0+
        committed_offset: int = 0  # versions 0+
        committed_leader_epoch: int = -1  # versions 2+; ignorable
        committed_metadata: str | None = ''  # versions 0+; nullable 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int64(self.committed_offset)
            if version <= 1:
                pass
            else:
                writer.int32(self.committed_leader_epoch)
            if version <= 2:
                writer.nullable_string(self.committed_metadata)
            else:
                writer.compact_nullable_string(self.committed_metadata)
            if version <= 2:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition:
            f_partition_index: int
            f_committed_offset: int
            f_committed_leader_epoch: int
            f_committed_metadata: str | None
            f_partition_index = reader.int32('TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition.partition_index')
            f_committed_offset = reader.int64('TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition.committed_offset')
            f_committed_leader_epoch = -1 if version <= 1 else reader.int32('TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition.committed_leader_epoch')
            f_committed_metadata = reader.nullable_string('TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition.committed_metadata') if version <= 2 else reader.compact_nullable_string('TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition.committed_metadata')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 2 else reader.unknown_tagged_fields('TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition.tagged_fields')
            return _new_TxnOffsetCommitRequest__TxnOffsetCommitRequestPartition(f_partition_index, f_committed_offset, f_committed_leader_epoch, f_committed_metadata, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 2:
            writer.string(self.transactional_id)
        else:
            writer.compact_string(self.transactional_id)
        if version <= 2:
            writer.string(self.group_id)
        else:
            writer.compact_string(self.group_id)
        writer.int64(self.producer_id)
        writer.int16(self.producer_epoch)
        if version <= 2:
            if self.generation_id != -1:
                raise EncodeError(f'TxnOffsetCommitRequest.generation_id is set, but version {version} lacks it')
        else:
            writer.int32(self.generation_id)
        if version <= 2:
            if self.member_id != '':
                raise EncodeError(f'TxnOffsetCommitRequest.member_id is set, but version {version} lacks it')
        else:
            writer.compact_string(self.member_id)
        if version <= 2:
            if self.group_instance_id is not None:
                raise EncodeError(f'TxnOffsetCommitRequest.group_instance_id is set, but version {version} lacks it')
        else:
            writer.compact_nullable_string(self.group_instance_id)
        if version <= 2:
            items_topics = self.topics
            writer.array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        else:
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        if version <= 2:
            if self.unknown_tagged_fields:
                raise EncodeError(f'TxnOffsetCommitRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> TxnOffsetCommitRequest:
        f_transactional_id: str
        f_group_id: str
        f_producer_id: int
        f_producer_epoch: int
        f_generation_id: int
        f_member_id: str
        f_group_instance_id: str | None
        f_topics: tuple[TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic, ...]
        f_transactional_id = reader.string('TxnOffsetCommitRequest.transactional_id') if version <= 2 else reader.compact_string('TxnOffsetCommitRequest.transactional_id')
        f_group_id = reader.string('TxnOffsetCommitRequest.group_id') if version <= 2 else reader.compact_string('TxnOffsetCommitRequest.group_id')
        f_producer_id = reader.int64('TxnOffsetCommitRequest.producer_id')
        f_producer_epoch = reader.int16('TxnOffsetCommitRequest.producer_epoch')
        f_generation_id = -1 if version <= 2 else reader.int32('TxnOffsetCommitRequest.generation_id')
        f_member_id = '' if version <= 2 else reader.compact_string('TxnOffsetCommitRequest.member_id')
        f_group_instance_id = None if version <= 2 else reader.compact_nullable_string('TxnOffsetCommitRequest.group_instance_id')
        if version <= 2:
            count_f_topics = reader.array_length('TxnOffsetCommitRequest.topics')
            read_f_topics = TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        else:
            count_f_topics = reader.compact_array_length('TxnOffsetCommitRequest.topics')
            read_f_topics = TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 2 else reader.unknown_tagged_fields('TxnOffsetCommitRequest.tagged_fields')
        return _new_TxnOffsetCommitRequest(f_transactional_id, f_group_id, f_producer_id, f_producer_epoch, f_generation_id, f_member_id, f_group_instance_id, f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'TxnOffsetCommitRequest', 0, 4).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'TxnOffsetCommitRequest', 0, 4).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> TxnOffsetCommitRequest:
        check_decode_version(version, 'TxnOffsetCommitRequest', 0, 4)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('TxnOffsetCommitRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class TxnOffsetCommitResponse:
    """TxnOffsetCommitResponse, API key 28: versions 0-4, flexible 3+."""

    API_KEY: ClassVar[int] = 28
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 3

    throttle_time_ms: int = 0  # versions 0+
    topics: tuple[TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TxnOffsetCommitResponseTopic:
        """TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic: versions 0+."""

        name: str = ''  # versions 0+
        partitions: tuple[TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 2:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
            if version <= 2:
                items_partitions = self.partitions
                writer.array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            else:
                items_partitions = self.partitions
                writer.compact_array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            if version <= 2:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic:
            f_name: str
            f_partitions: tuple[TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition, ...]
            f_name = reader.string('TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic.name') if version <= 2 else reader.compact_string('TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic.name')
            if version <= 2:
                count_f_partitions = reader.array_length('TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic.partitions')
                read_f_partitions = TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            else:
                count_f_partitions = reader.compact_array_length('TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic.partitions')
                read_f_partitions = TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 2 else reader.unknown_tagged_fields('TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic.tagged_fields')
            return _new_TxnOffsetCommitResponse__TxnOffsetCommitResponseTopic(f_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TxnOffsetCommitResponsePartition:
        """TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition: versions 0+."""

        partition_index: int = 0  # versions 0+
        error_code: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int16(self.error_code)
            if version <= 2:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition:
            f_partition_index: int
            f_error_code: int
            f_partition_index = reader.int32('TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition.partition_index')
            f_error_code = reader.int16('TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition.error_code')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 2 else reader.unknown_tagged_fields('TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition.tagged_fields')
            return _new_TxnOffsetCommitResponse__TxnOffsetCommitResponsePartition(f_partition_index, f_error_code, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        if version <= 2:
            items_topics = self.topics
            writer.array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        else:
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        if version <= 2:
            if self.unknown_tagged_fields:
                raise EncodeError(f'TxnOffsetCommitResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> TxnOffsetCommitResponse:
        f_throttle_time_ms: int
        f_topics: tuple[TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic, ...]
        f_throttle_time_ms = reader.int32('TxnOffsetCommitResponse.throttle_time_ms')
        if version <= 2:
            count_f_topics = reader.array_length('TxnOffsetCommitResponse.topics')
            read_f_topics = TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        else:
            count_f_topics = reader.compact_array_length('TxnOffsetCommitResponse.topics')
            read_f_topics = TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 2 else reader.unknown_tagged_fields('TxnOffsetCommitResponse.tagged_fields')
        return _new_TxnOffsetCommitResponse(f_throttle_time_ms, f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'TxnOffsetCommitResponse', 0, 4).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'TxnOffsetCommitResponse', 0, 4).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> TxnOffsetCommitResponse:
        check_decode_version(version, 'TxnOffsetCommitResponse', 0, 4)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('TxnOffsetCommitResponse')
        return result


_SET_TxnOffsetCommitRequest__TxnOffsetCommitRequestTopic: tuple[Any, ...] = tuple(
    vars(TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic)[name].__set__ for name in ('name', 'partitions', 'unknown_tagged_fields', ))


def _new_TxnOffsetCommitRequest__TxnOffsetCommitRequestTopic(name: str, partitions: tuple[TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic:
    instance_: TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic = object.__new__(TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic)
    set0_, set1_, set2_, = _SET_TxnOffsetCommitRequest__TxnOffsetCommitRequestTopic
    set0_(instance_, name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_TxnOffsetCommitRequest__TxnOffsetCommitRequestPartition: tuple[Any, ...] = tuple(
    vars(TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition)[name].__set__ for name in ('partition_index', 'committed_offset', 'committed_leader_epoch', 'committed_metadata', 'unknown_tagged_fields', ))


def _new_TxnOffsetCommitRequest__TxnOffsetCommitRequestPartition(partition_index: int, committed_offset: int, committed_leader_epoch: int, committed_metadata: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition:
    instance_: TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition = object.__new__(TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition)
    set0_, set1_, set2_, set3_, set4_, = _SET_TxnOffsetCommitRequest__TxnOffsetCommitRequestPartition
    set0_(instance_, partition_index)
    set1_(instance_, committed_offset)
    set2_(instance_, committed_leader_epoch)
    set3_(instance_, committed_metadata)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_TxnOffsetCommitRequest: tuple[Any, ...] = tuple(
    vars(TxnOffsetCommitRequest)[name].__set__ for name in ('transactional_id', 'group_id', 'producer_id', 'producer_epoch', 'generation_id', 'member_id', 'group_instance_id', 'topics', 'unknown_tagged_fields', ))


def _new_TxnOffsetCommitRequest(transactional_id: str, group_id: str, producer_id: int, producer_epoch: int, generation_id: int, member_id: str, group_instance_id: str | None, topics: tuple[TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> TxnOffsetCommitRequest:
    instance_: TxnOffsetCommitRequest = object.__new__(TxnOffsetCommitRequest)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, = _SET_TxnOffsetCommitRequest
    set0_(instance_, transactional_id)
    set1_(instance_, group_id)
    set2_(instance_, producer_id)
    set3_(instance_, producer_epoch)
    set4_(instance_, generation_id)
    set5_(instance_, member_id)
    set6_(instance_, group_instance_id)
    set7_(instance_, topics)
    set8_(instance_, unknown_tagged_fields)
    return instance_


_SET_TxnOffsetCommitResponse__TxnOffsetCommitResponseTopic: tuple[Any, ...] = tuple(
    vars(TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic)[name].__set__ for name in ('name', 'partitions', 'unknown_tagged_fields', ))


def _new_TxnOffsetCommitResponse__TxnOffsetCommitResponseTopic(name: str, partitions: tuple[TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic:
    instance_: TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic = object.__new__(TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic)
    set0_, set1_, set2_, = _SET_TxnOffsetCommitResponse__TxnOffsetCommitResponseTopic
    set0_(instance_, name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_TxnOffsetCommitResponse__TxnOffsetCommitResponsePartition: tuple[Any, ...] = tuple(
    vars(TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition)[name].__set__ for name in ('partition_index', 'error_code', 'unknown_tagged_fields', ))


def _new_TxnOffsetCommitResponse__TxnOffsetCommitResponsePartition(partition_index: int, error_code: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition:
    instance_: TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition = object.__new__(TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition)
    set0_, set1_, set2_, = _SET_TxnOffsetCommitResponse__TxnOffsetCommitResponsePartition
    set0_(instance_, partition_index)
    set1_(instance_, error_code)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_TxnOffsetCommitResponse: tuple[Any, ...] = tuple(
    vars(TxnOffsetCommitResponse)[name].__set__ for name in ('throttle_time_ms', 'topics', 'unknown_tagged_fields', ))


def _new_TxnOffsetCommitResponse(throttle_time_ms: int, topics: tuple[TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> TxnOffsetCommitResponse:
    instance_: TxnOffsetCommitResponse = object.__new__(TxnOffsetCommitResponse)
    set0_, set1_, set2_, = _SET_TxnOffsetCommitResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, topics)
    set2_(instance_, unknown_tagged_fields)
    return instance_
