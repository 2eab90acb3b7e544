# generated from OffsetDeleteRequest.json, OffsetDeleteResponse.json; do not edit
"""OffsetDelete (API key 47): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

__all__ = ['OffsetDeleteRequest', 'OffsetDeleteResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class OffsetDeleteRequest:
    """OffsetDeleteRequest, API key 47: versions 0, flexible none."""

    API_KEY: ClassVar[int] = 47
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = None

    group_id: str = ''  # versions 0+
    topics: tuple[OffsetDeleteRequest.OffsetDeleteRequestTopic, ...] = ()  # versions 0+

    @dataclass(frozen=True, slots=True, kw_only=True)
    class OffsetDeleteRequestTopic:
        """OffsetDeleteRequest.OffsetDeleteRequestTopic: versions 0+."""

        name: str = ''  # versions 0+
        partitions: tuple[OffsetDeleteRequest.OffsetDeleteRequestPartition, ...] = ()  # versions 0+

        def write(self, writer: Writer, version: int) -> None:
            writer.string(self.name)
            items_partitions = self.partitions
            writer.array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)

        @classmethod
        def read(cls, reader: Reader, version: int) -> OffsetDeleteRequest.OffsetDeleteRequestTopic:
            f_name: str
            f_partitions: tuple[OffsetDeleteRequest.OffsetDeleteRequestPartition, ...]
            f_name = reader.string('OffsetDeleteRequest.OffsetDeleteRequestTopic.name')
            count_f_partitions = reader.array_length('OffsetDeleteRequest.OffsetDeleteRequestTopic.partitions')
            read_f_partitions = OffsetDeleteRequest.OffsetDeleteRequestPartition.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            return _new_OffsetDeleteRequest__OffsetDeleteRequestTopic(f_name, f_partitions)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class OffsetDeleteRequestPartition:
        """OffsetDeleteRequest.OffsetDeleteRequestPartition: versions 0+."""

        partition_index: int = 0  # versions 0+

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)

        @classmethod
        def read(cls, reader: Reader, version: int) -> OffsetDeleteRequest.OffsetDeleteRequestPartition:
            f_partition_index: int
            f_partition_index = reader.int32('OffsetDeleteRequest.OffsetDeleteRequestPartition.partition_index')
            return _new_OffsetDeleteRequest__OffsetDeleteRequestPartition(f_partition_index)

    def write(self, writer: Writer, version: int) -> None:
        writer.string(self.group_id)
        items_topics = self.topics
        writer.array_length(items_topics)
        for each_topics in items_topics:
            each_topics.write(writer, version)

    @classmethod
    def read(cls, reader: Reader, version: int) -> OffsetDeleteRequest:
        f_group_id: str
        f_topics: tuple[OffsetDeleteRequest.OffsetDeleteRequestTopic, ...]
        f_group_id = reader.string('OffsetDeleteRequest.group_id')
        count_f_topics = reader.array_length('OffsetDeleteRequest.topics')
        read_f_topics = OffsetDeleteRequest.OffsetDeleteRequestTopic.read
        f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        return _new_OffsetDeleteRequest(f_group_id, f_topics)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'OffsetDeleteRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'OffsetDeleteRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> OffsetDeleteRequest:
        check_decode_version(version, 'OffsetDeleteRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('OffsetDeleteRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class OffsetDeleteResponse:
    """OffsetDeleteResponse, API key 47: versions 0, flexible none."""

    API_KEY: ClassVar[int] = 47
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = None

    error_code: int = 0  # versions 0+
    throttle_time_ms: int = 0  # versions 0+; ignorable
    topics: tuple[OffsetDeleteResponse.OffsetDeleteResponseTopic, ...] = ()  # versions 0+

    @dataclass(frozen=True, slots=True, kw_only=True)
    class OffsetDeleteResponseTopic:
        """OffsetDeleteResponse.OffsetDeleteResponseTopic: versions 0+."""

        name: str = ''  # versions 0+
        partitions: tuple[OffsetDeleteResponse.OffsetDeleteResponsePartition, ...] = ()  # versions 0+

        def write(self, writer: Writer, version: int) -> None:
            writer.string(self.name)
            items_partitions = self.partitions
            writer.array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)

        @classmethod
        def read(cls, reader: Reader, version: int) -> OffsetDeleteResponse.OffsetDeleteResponseTopic:
            f_name: str
            f_partitions: tuple[OffsetDeleteResponse.OffsetDeleteResponsePartition, ...]
            f_name = reader.string('OffsetDeleteResponse.OffsetDeleteResponseTopic.name')
            count_f_partitions = reader.array_length('OffsetDeleteResponse.OffsetDeleteResponseTopic.partitions')
            read_f_partitions = OffsetDeleteResponse.OffsetDeleteResponsePartition.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            return _new_OffsetDeleteResponse__OffsetDeleteResponseTopic(f_name, f_partitions)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class OffsetDeleteResponsePartition:
        """OffsetDeleteResponse.OffsetDeleteResponsePartition: versions 0+."""

        partition_index: int = 0  # versions 0+
        error_code: int = 0  # versions 0+

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int16(self.error_code)

        @classmethod
        def read(cls, reader: Reader, version: int) -> OffsetDeleteResponse.OffsetDeleteResponsePartition:
            f_partition_index: int
            f_error_code: int
            f_partition_index = reader.int32('OffsetDeleteResponse.OffsetDeleteResponsePartition.partition_index')
            f_error_code = reader.int16('OffsetDeleteResponse.OffsetDeleteResponsePartition.error_code')
            return _new_OffsetDeleteResponse__OffsetDeleteResponsePartition(f_partition_index, f_error_code)

    def write(self, writer: Writer, version: int) -> None:
        writer.int16(self.error_code)
        writer.int32(self.throttle_time_ms)
        items_topics = self.topics
        writer.array_length(items_topics)
        for each_topics in items_topics:
            each_topics.write(writer, version)

    @classmethod
    def read(cls, reader: Reader, version: int) -> OffsetDeleteResponse:
        f_error_code: int
        f_throttle_time_ms: int
        f_topics: tuple[OffsetDeleteResponse.OffsetDeleteResponseTopic, ...]
        f_error_code = reader.int16('OffsetDeleteResponse.error_code')
        f_throttle_time_ms = reader.int32('OffsetDeleteResponse.throttle_time_ms')
        count_f_topics = reader.array_length('OffsetDeleteResponse.topics')
        read_f_topics = OffsetDeleteResponse.OffsetDeleteResponseTopic.read
        f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        return _new_OffsetDeleteResponse(f_error_code, f_throttle_time_ms, f_topics)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'OffsetDeleteResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'OffsetDeleteResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> OffsetDeleteResponse:
        check_decode_version(version, 'OffsetDeleteResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('OffsetDeleteResponse')
        return result


_SET_OffsetDeleteRequest__OffsetDeleteRequestTopic: tuple[Any, ...] = tuple(
    vars(OffsetDeleteRequest.OffsetDeleteRequestTopic)[name].__set__ for name in ('name', 'partitions', ))


def _new_OffsetDeleteRequest__OffsetDeleteRequestTopic(name: str, partitions: tuple[OffsetDeleteRequest.OffsetDeleteRequestPartition, ...]) -> OffsetDeleteRequest.OffsetDeleteRequestTopic:
    instance_: OffsetDeleteRequest.OffsetDeleteRequestTopic = object.__new__(OffsetDeleteRequest.OffsetDeleteRequestTopic)
    set0_, set1_, = _SET_OffsetDeleteRequest__OffsetDeleteRequestTopic
    set0_(instance_, name)
    set1_(instance_, partitions)
    return instance_


_SET_OffsetDeleteRequest__OffsetDeleteRequestPartition: tuple[Any, ...] = tuple(
    vars(OffsetDeleteRequest.OffsetDeleteRequestPartition)[name].__set__ for name in ('partition_index', ))


def _new_OffsetDeleteRequest__OffsetDeleteRequestPartition(partition_index: int) -> OffsetDeleteRequest.OffsetDeleteRequestPartition:
    instance_: OffsetDeleteRequest.OffsetDeleteRequestPartition = object.__new__(OffsetDeleteRequest.OffsetDeleteRequestPartition)
    set0_, = _SET_OffsetDeleteRequest__OffsetDeleteRequestPartition
    set0_(instance_, partition_index)
    return instance_


_SET_OffsetDeleteRequest: tuple[Any, ...] = tuple(
    vars(OffsetDeleteRequest)[name].__set__ for name in ('group_id', 'topics', ))


def _new_OffsetDeleteRequest(group_id: str, topics: tuple[OffsetDeleteRequest.OffsetDeleteRequestTopic, ...]) -> OffsetDeleteRequest:
    instance_: OffsetDeleteRequest = object.__new__(OffsetDeleteRequest)
    set0_, set1_, = _SET_OffsetDeleteRequest
    set0_(instance_, group_id)
    set1_(instance_, topics)
    return instance_


_SET_OffsetDeleteResponse__OffsetDeleteResponseTopic: tuple[Any, ...] = tuple(
    vars(OffsetDeleteResponse.OffsetDeleteResponseTopic)[name].__set__ for name in ('name', 'partitions', ))


def _new_OffsetDeleteResponse__OffsetDeleteResponseTopic(name: str, partitions: tuple[OffsetDeleteResponse.OffsetDeleteResponsePartition, ...]) -> OffsetDeleteResponse.OffsetDeleteResponseTopic:
    instance_: OffsetDeleteResponse.OffsetDeleteResponseTopic = object.__new__(OffsetDeleteResponse.OffsetDeleteResponseTopic)
    set0_, set1_, = _SET_OffsetDeleteResponse__OffsetDeleteResponseTopic
    set0_(instance_, name)
    set1_(instance_, partitions)
    return instance_


_SET_OffsetDeleteResponse__OffsetDeleteResponsePartition: tuple[Any, ...] = tuple(
    vars(OffsetDeleteResponse.OffsetDeleteResponsePartition)[name].__set__ for name in ('partition_index', 'error_code', ))


def _new_OffsetDeleteResponse__OffsetDeleteResponsePartition(partition_index: int, error_code: int) -> OffsetDeleteResponse.OffsetDeleteResponsePartition:
    instance_: OffsetDeleteResponse.OffsetDeleteResponsePartition = object.__new__(OffsetDeleteResponse.OffsetDeleteResponsePartition)
    set0_, set1_, = _SET_OffsetDeleteResponse__OffsetDeleteResponsePartition
    set0_(instance_, partition_index)
    set1_(instance_, error_code)
    return instance_


_SET_OffsetDeleteResponse: tuple[Any, ...] = tuple(
    vars(OffsetDeleteResponse)[name].__set__ for name in ('error_code', 'throttle_time_ms', 'topics', ))


def _new_OffsetDeleteResponse(error_code: int, throttle_time_ms: int, topics: tuple[OffsetDeleteResponse.OffsetDeleteResponseTopic, ...]) -> OffsetDeleteResponse:
    instance_: OffsetDeleteResponse = object.__new__(OffsetDeleteResponse)
    set0_, set1_, set2_, = _SET_OffsetDeleteResponse
    set0_(instance_, error_code)
    set1_(instance_, throttle_time_ms)
    set2_(instance_, topics)
    return instance_
