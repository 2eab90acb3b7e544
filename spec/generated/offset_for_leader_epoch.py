# generated from OffsetForLeaderEpochRequest.json, OffsetForLeaderEpochResponse.json; do not edit
"""OffsetForLeaderEpoch (API key 23): request and response."""

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

__all__ = ['OffsetForLeaderEpochRequest', 'OffsetForLeaderEpochResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class OffsetForLeaderEpochRequest:
    """OffsetForLeaderEpochRequest, API key 23: versions 0-4, flexible 4+."""

    API_KEY: ClassVar[int] = 23
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 4

    replica_id: int = -2  # versions 3+; ignorable
    topics: tuple[OffsetForLeaderEpochRequest.OffsetForLeaderTopic, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class OffsetForLeaderTopic:
        """OffsetForLeaderEpochRequest.OffsetForLeaderTopic: versions 0+."""

        topic: str = ''  # versions 0+
        partitions: tuple[OffsetForLeaderEpochRequest.OffsetForLeaderPartition, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 3:
                writer.string(self.topic)
            else:
                writer.compact_string(self.topic)
            if version <= 3:
                items_partitions = self.partitions
                writer.array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            else:
                items_partitions = self.partitions
                writer.compact_array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            if version <= 3:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'OffsetForLeaderEpochRequest.OffsetForLeaderTopic has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> OffsetForLeaderEpochRequest.OffsetForLeaderTopic:
            f_topic: str
            f_partitions: tuple[OffsetForLeaderEpochRequest.OffsetForLeaderPartition, ...]
            f_topic = reader.string('OffsetForLeaderEpochRequest.OffsetForLeaderTopic.topic') if version <= 3 else reader.compact_string('OffsetForLeaderEpochRequest.OffsetForLeaderTopic.topic')
            if version <= 3:
                count_f_partitions = reader.array_length('OffsetForLeaderEpochRequest.OffsetForLeaderTopic.partitions')
                read_f_partitions = OffsetForLeaderEpochRequest.OffsetForLeaderPartition.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            else:
                count_f_partitions = reader.compact_array_length('OffsetForLeaderEpochRequest.OffsetForLeaderTopic.partitions')
                read_f_partitions = OffsetForLeaderEpochRequest.OffsetForLeaderPartition.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 3 else reader.unknown_tagged_fields('OffsetForLeaderEpochRequest.OffsetForLeaderTopic.tagged_fields')
            return _new_OffsetForLeaderEpochRequest__OffsetForLeaderTopic(f_topic, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class OffsetForLeaderPartition:
        """OffsetForLeaderEpochRequest.OffsetForLeaderPartition: versions 0+."""

        partition: int = 0  # versions 0+
        current_leader_epoch: int = -1  # versions 2+; ignorable
        leader_epoch: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition)
            if version <= 1:
                pass
            else:
                writer.int32(self.current_leader_epoch)
            writer.int32(self.leader_epoch)
            if version <= 3:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'OffsetForLeaderEpochRequest.OffsetForLeaderPartition has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> OffsetForLeaderEpochRequest.OffsetForLeaderPartition:
            f_partition: int
            f_current_leader_epoch: int
            f_leader_epoch: int
            f_partition = reader.int32('OffsetForLeaderEpochRequest.OffsetForLeaderPartition.partition')
            f_current_leader_epoch = -1 if version <= 1 else reader.int32('OffsetForLeaderEpochRequest.OffsetForLeaderPartition.current_leader_epoch')
            f_leader_epoch = reader.int32('OffsetForLeaderEpochRequest.OffsetForLeaderPartition.leader_epoch')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 3 else reader.unknown_tagged_fields('OffsetForLeaderEpochRequest.OffsetForLeaderPartition.tagged_fields')
            return _new_OffsetForLeaderEpochRequest__OffsetForLeaderPartition(f_partition, f_current_leader_epoch, f_leader_epoch, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 2:
            pass
        else:
            writer.int32(self.replica_id)
        if version <= 3:
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
            if self.unknown_tagged_fields:
                raise EncodeError(f'OffsetForLeaderEpochRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> OffsetForLeaderEpochRequest:
        f_replica_id: int
        f_topics: tuple[OffsetForLeaderEpochRequest.OffsetForLeaderTopic, ...]
        f_replica_id = -2 if version <= 2 else reader.int32('OffsetForLeaderEpochRequest.replica_id')
        if version <= 3:
            count_f_topics = reader.array_length('OffsetForLeaderEpochRequest.topics')
            read_f_topics = OffsetForLeaderEpochRequest.OffsetForLeaderTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        else:
            count_f_topics = reader.compact_array_length('OffsetForLeaderEpochRequest.topics')
            read_f_topics = OffsetForLeaderEpochRequest.OffsetForLeaderTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 3 else reader.unknown_tagged_fields('OffsetForLeaderEpochRequest.tagged_fields')
        return _new_OffsetForLeaderEpochRequest(f_replica_id, f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'OffsetForLeaderEpochRequest', 0, 4).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'OffsetForLeaderEpochRequest', 0, 4).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> OffsetForLeaderEpochRequest:
        check_decode_version(version, 'OffsetForLeaderEpochRequest', 0, 4)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('OffsetForLeaderEpochRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class OffsetForLeaderEpochResponse:
    """OffsetForLeaderEpochResponse, API key 23: versions 0-4, flexible 4+."""

    API_KEY: ClassVar[int] = 23
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 4

    throttle_time_ms: int = 0  # versions 2+; ignorable
    topics: tuple[OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class OffsetForLeaderTopicResult:
        """OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult: versions 0+."""

        topic: str = ''  # versions 0+
        partitions: tuple[OffsetForLeaderEpochResponse.EpochEndOffset, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 3:
                writer.string(self.topic)
            else:
                writer.compact_string(self.topic)
            if version <= 3:
                items_partitions = self.partitions
                writer.array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            else:
                items_partitions = self.partitions
                writer.compact_array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            if version <= 3:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult:
            f_topic: str
            f_partitions: tuple[OffsetForLeaderEpochResponse.EpochEndOffset, ...]
            f_topic = reader.string('OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.topic') if version <= 3 else reader.compact_string('OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.topic')
            if version <= 3:
                count_f_partitions = reader.array_length('OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.partitions')
                read_f_partitions = OffsetForLeaderEpochResponse.EpochEndOffset.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            else:
                count_f_partitions = reader.compact_array_length('OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.partitions')
                read_f_partitions = OffsetForLeaderEpochResponse.EpochEndOffset.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 3 else reader.unknown_tagged_fields('OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.tagged_fields')
            return _new_OffsetForLeaderEpochResponse__OffsetForLeaderTopicResult(f_topic, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class EpochEndOffset:
        """OffsetForLeaderEpochResponse.EpochEndOffset: versions 0+."""

        error_code: int = 0  # versions 0+
        partition: int = 0  # versions 0+
        leader_epoch: int = -1  # versions 1+; ignorable
        end_offset: int = -1  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int16(self.error_code)
            writer.int32(self.partition)
            if version <= 0:
                pass
            else:
                writer.int32(self.leader_epoch)
            writer.int64(self.end_offset)
            if version <= 3:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'OffsetForLeaderEpochResponse.EpochEndOffset has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> OffsetForLeaderEpochResponse.EpochEndOffset:
            f_error_code: int
            f_partition: int
            f_leader_epoch: int
            f_end_offset: int
            f_error_code = reader.int16('OffsetForLeaderEpochResponse.EpochEndOffset.error_code')
            f_partition = reader.int32('OffsetForLeaderEpochResponse.EpochEndOffset.partition')
            f_leader_epoch = -1 if version <= 0 else reader.int32('OffsetForLeaderEpochResponse.EpochEndOffset.leader_epoch')
            f_end_offset = reader.int64('OffsetForLeaderEpochResponse.EpochEndOffset.end_offset')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 3 else reader.unknown_tagged_fields('OffsetForLeaderEpochResponse.EpochEndOffset.tagged_fields')
            return _new_OffsetForLeaderEpochResponse__EpochEndOffset(f_error_code, f_partition, f_leader_epoch, f_end_offset, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 1:
            pass
        else:
            writer.int32(self.throttle_time_ms)
        if version <= 3:
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
            if self.unknown_tagged_fields:
                raise EncodeError(f'OffsetForLeaderEpochResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> OffsetForLeaderEpochResponse:
        f_throttle_time_ms: int
        f_topics: tuple[OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult, ...]
        f_throttle_time_ms = 0 if version <= 1 else reader.int32('OffsetForLeaderEpochResponse.throttle_time_ms')
        if version <= 3:
            count_f_topics = reader.array_length('OffsetForLeaderEpochResponse.topics')
            read_f_topics = OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        else:
            count_f_topics = reader.compact_array_length('OffsetForLeaderEpochResponse.topics')
            read_f_topics = OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 3 else reader.unknown_tagged_fields('OffsetForLeaderEpochResponse.tagged_fields')
        return _new_OffsetForLeaderEpochResponse(f_throttle_time_ms, f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'OffsetForLeaderEpochResponse', 0, 4).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'OffsetForLeaderEpochResponse', 0, 4).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> OffsetForLeaderEpochResponse:
        check_decode_version(version, 'OffsetForLeaderEpochResponse', 0, 4)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('OffsetForLeaderEpochResponse')
        return result


_SET_OffsetForLeaderEpochRequest__OffsetForLeaderTopic: tuple[Any, ...] = tuple(
    vars(OffsetForLeaderEpochRequest.OffsetForLeaderTopic)[name].__set__ for name in ('topic', 'partitions', 'unknown_tagged_fields', ))


def _new_OffsetForLeaderEpochRequest__OffsetForLeaderTopic(topic: str, partitions: tuple[OffsetForLeaderEpochRequest.OffsetForLeaderPartition, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> OffsetForLeaderEpochRequest.OffsetForLeaderTopic:
    instance_: OffsetForLeaderEpochRequest.OffsetForLeaderTopic = object.__new__(OffsetForLeaderEpochRequest.OffsetForLeaderTopic)
    set0_, set1_, set2_, = _SET_OffsetForLeaderEpochRequest__OffsetForLeaderTopic
    set0_(instance_, topic)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_OffsetForLeaderEpochRequest__OffsetForLeaderPartition: tuple[Any, ...] = tuple(
    vars(OffsetForLeaderEpochRequest.OffsetForLeaderPartition)[name].__set__ for name in ('partition', 'current_leader_epoch', 'leader_epoch', 'unknown_tagged_fields', ))


def _new_OffsetForLeaderEpochRequest__OffsetForLeaderPartition(partition: int, current_leader_epoch: int, leader_epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> OffsetForLeaderEpochRequest.OffsetForLeaderPartition:
    instance_: OffsetForLeaderEpochRequest.OffsetForLeaderPartition = object.__new__(OffsetForLeaderEpochRequest.OffsetForLeaderPartition)
    set0_, set1_, set2_, set3_, = _SET_OffsetForLeaderEpochRequest__OffsetForLeaderPartition
    set0_(instance_, partition)
    set1_(instance_, current_leader_epoch)
    set2_(instance_, leader_epoch)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_OffsetForLeaderEpochRequest: tuple[Any, ...] = tuple(
    vars(OffsetForLeaderEpochRequest)[name].__set__ for name in ('replica_id', 'topics', 'unknown_tagged_fields', ))


def _new_OffsetForLeaderEpochRequest(replica_id: int, topics: tuple[OffsetForLeaderEpochRequest.OffsetForLeaderTopic, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> OffsetForLeaderEpochRequest:
    instance_: OffsetForLeaderEpochRequest = object.__new__(OffsetForLeaderEpochRequest)
    set0_, set1_, set2_, = _SET_OffsetForLeaderEpochRequest
    set0_(instance_, replica_id)
    set1_(instance_, topics)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_OffsetForLeaderEpochResponse__OffsetForLeaderTopicResult: tuple[Any, ...] = tuple(
    vars(OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult)[name].__set__ for name in ('topic', 'partitions', 'unknown_tagged_fields', ))


def _new_OffsetForLeaderEpochResponse__OffsetForLeaderTopicResult(topic: str, partitions: tuple[OffsetForLeaderEpochResponse.EpochEndOffset, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult:
    instance_: OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult = object.__new__(OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult)
    set0_, set1_, set2_, = _SET_OffsetForLeaderEpochResponse__OffsetForLeaderTopicResult
    set0_(instance_, topic)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_OffsetForLeaderEpochResponse__EpochEndOffset: tuple[Any, ...] = tuple(
    vars(OffsetForLeaderEpochResponse.EpochEndOffset)[name].__set__ for name in ('error_code', 'partition', 'leader_epoch', 'end_offset', 'unknown_tagged_fields', ))


def _new_OffsetForLeaderEpochResponse__EpochEndOffset(error_code: int, partition: int, leader_epoch: int, end_offset: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> OffsetForLeaderEpochResponse.EpochEndOffset:
    instance_: OffsetForLeaderEpochResponse.EpochEndOffset = object.__new__(OffsetForLeaderEpochResponse.EpochEndOffset)
    set0_, set1_, set2_, set3_, set4_, = _SET_OffsetForLeaderEpochResponse__EpochEndOffset
    set0_(instance_, error_code)
    set1_(instance_, partition)
    set2_(instance_, leader_epoch)
    set3_(instance_, end_offset)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_OffsetForLeaderEpochResponse: tuple[Any, ...] = tuple(
    vars(OffsetForLeaderEpochResponse)[name].__set__ for name in ('throttle_time_ms', 'topics', 'unknown_tagged_fields', ))


def _new_OffsetForLeaderEpochResponse(throttle_time_ms: int, topics: tuple[OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> OffsetForLeaderEpochResponse:
    instance_: OffsetForLeaderEpochResponse = object.__new__(OffsetForLeaderEpochResponse)
    set0_, set1_, set2_, = _SET_OffsetForLeaderEpochResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, topics)
    set2_(instance_, unknown_tagged_fields)
    return instance_
