# generated from WriteTxnMarkersRequest.json, WriteTxnMarkersResponse.json; do not edit
"""WriteTxnMarkers (API key 27): request and response."""

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

__all__ = ['WriteTxnMarkersRequest', 'WriteTxnMarkersResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class WriteTxnMarkersRequest:
    """WriteTxnMarkersRequest, API key 27: versions 0-1, flexible 1+."""

    API_KEY: ClassVar[int] = 27
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 1

    markers: tuple[WriteTxnMarkersRequest.WritableTxnMarker, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class WritableTxnMarker:
        """WriteTxnMarkersRequest.WritableTxnMarker: versions 0+."""

        producer_id: int = 0  # versions 0+
        producer_epoch: int = 0  # versions 0+
        transaction_result: bool = False  # versions 0+
        topics: tuple[WriteTxnMarkersRequest.WritableTxnMarkerTopic, ...] = ()  # versions 0+
        coordinator_epoch: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int64(self.producer_id)
            writer.int16(self.producer_epoch)
            writer.boolean(self.transaction_result)
            if version <= 0:
                items_topics = self.topics
                writer.array_length(items_topics)
                for each_topics in items_topics:
                    each_topics.write(writer, version)
            else:
                items_topics = self.topics
                writer.compact_array_length(items_topics)
                for each_topics in items_topics:
                    each_topics.write(writer, version)
            writer.int32(self.coordinator_epoch)
            if version <= 0:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'WriteTxnMarkersRequest.WritableTxnMarker has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> WriteTxnMarkersRequest.WritableTxnMarker:
            f_producer_id: int
            f_producer_epoch: int
            f_transaction_result: bool
            f_topics: tuple[WriteTxnMarkersRequest.WritableTxnMarkerTopic, ...]
            f_coordinator_epoch: int
            f_producer_id = reader.int64('WriteTxnMarkersRequest.WritableTxnMarker.producer_id')
            f_producer_epoch = reader.int16('WriteTxnMarkersRequest.WritableTxnMarker.producer_epoch')
            f_transaction_result = reader.boolean('WriteTxnMarkersRequest.WritableTxnMarker.transaction_result')
            if version <= 0:
                count_f_topics = reader.array_length('WriteTxnMarkersRequest.WritableTxnMarker.topics')
                read_f_topics = WriteTxnMarkersRequest.WritableTxnMarkerTopic.read
                f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
            else:
                count_f_topics = reader.compact_array_length('WriteTxnMarkersRequest.WritableTxnMarker.topics')
                read_f_topics = WriteTxnMarkersRequest.WritableTxnMarkerTopic.read
                f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
            f_coordinator_epoch = reader.int32('WriteTxnMarkersRequest.WritableTxnMarker.coordinator_epoch')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('WriteTxnMarkersRequest.WritableTxnMarker.tagged_fields')
            return _new_WriteTxnMarkersRequest__WritableTxnMarker(f_producer_id, f_producer_epoch, f_transaction_result, f_topics, f_coordinator_epoch, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class WritableTxnMarkerTopic:
        """WriteTxnMarkersRequest.WritableTxnMarkerTopic: versions 0+."""

        name: str = ''  # versions 0+
        partition_indexes: tuple[int, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 0:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
            if version <= 0:
                items_partition_indexes = self.partition_indexes
                writer.array_length(items_partition_indexes)
                writer.int32_items(items_partition_indexes)
            else:
                items_partition_indexes = self.partition_indexes
                writer.compact_array_length(items_partition_indexes)
                writer.int32_items(items_partition_indexes)
            if version <= 0:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'WriteTxnMarkersRequest.WritableTxnMarkerTopic has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> WriteTxnMarkersRequest.WritableTxnMarkerTopic:
            f_name: str
            f_partition_indexes: tuple[int, ...]
            f_name = reader.string('WriteTxnMarkersRequest.WritableTxnMarkerTopic.name') if version <= 0 else reader.compact_string('WriteTxnMarkersRequest.WritableTxnMarkerTopic.name')
            if version <= 0:
                count_f_partition_indexes = reader.array_length('WriteTxnMarkersRequest.WritableTxnMarkerTopic.partition_indexes')
                f_partition_indexes = reader.int32_items(count_f_partition_indexes, 'WriteTxnMarkersRequest.WritableTxnMarkerTopic.partition_indexes')
            else:
                count_f_partition_indexes = reader.compact_array_length('WriteTxnMarkersRequest.WritableTxnMarkerTopic.partition_indexes')
                f_partition_indexes = reader.int32_items(count_f_partition_indexes, 'WriteTxnMarkersRequest.WritableTxnMarkerTopic.partition_indexes')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('WriteTxnMarkersRequest.WritableTxnMarkerTopic.tagged_fields')
            return _new_WriteTxnMarkersRequest__WritableTxnMarkerTopic(f_name, f_partition_indexes, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 0:
            items_markers = self.markers
            writer.array_length(items_markers)
            for each_markers in items_markers:
                each_markers.write(writer, version)
        else:
            items_markers = self.markers
            writer.compact_array_length(items_markers)
            for each_markers in items_markers:
                each_markers.write(writer, version)
        if version <= 0:
            if self.unknown_tagged_fields:
                raise EncodeError(f'WriteTxnMarkersRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> WriteTxnMarkersRequest:
        f_markers: tuple[WriteTxnMarkersRequest.WritableTxnMarker, ...]
        if version <= 0:
            count_f_markers = reader.array_length('WriteTxnMarkersRequest.markers')
            read_f_markers = WriteTxnMarkersRequest.WritableTxnMarker.read
            f_markers = tuple([read_f_markers(reader, version) for _ in range(count_f_markers)])
        else:
            count_f_markers = reader.compact_array_length('WriteTxnMarkersRequest.markers')
            read_f_markers = WriteTxnMarkersRequest.WritableTxnMarker.read
            f_markers = tuple([read_f_markers(reader, version) for _ in range(count_f_markers)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 0 else reader.unknown_tagged_fields('WriteTxnMarkersRequest.tagged_fields')
        return _new_WriteTxnMarkersRequest(f_markers, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'WriteTxnMarkersRequest', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'WriteTxnMarkersRequest', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> WriteTxnMarkersRequest:
        check_decode_version(version, 'WriteTxnMarkersRequest', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('WriteTxnMarkersRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class WriteTxnMarkersResponse:
    """WriteTxnMarkersResponse, API key 27: versions 0-1, flexible 1+."""

    API_KEY: ClassVar[int] = 27
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 1

    markers: tuple[WriteTxnMarkersResponse.WritableTxnMarkerResult, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class WritableTxnMarkerResult:
        """WriteTxnMarkersResponse.WritableTxnMarkerResult: versions 0+."""

        producer_id: int = 0  # versions 0+
        topics: tuple[WriteTxnMarkersResponse.WritableTxnMarkerTopicResult, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int64(self.producer_id)
            if version <= 0:
                items_topics = self.topics
                writer.array_length(items_topics)
                for each_topics in items_topics:
                    each_topics.write(writer, version)
            else:
                items_topics = self.topics
                writer.compact_array_length(items_topics)
                for each_topics in items_topics:
                    each_topics.write(writer, version)
            if version <= 0:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'WriteTxnMarkersResponse.WritableTxnMarkerResult has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> WriteTxnMarkersResponse.WritableTxnMarkerResult:
            f_producer_id: int
            f_topics: tuple[WriteTxnMarkersResponse.WritableTxnMarkerTopicResult, ...]
            f_producer_id = reader.int64('WriteTxnMarkersResponse.WritableTxnMarkerResult.producer_id')
            if version <= 0:
                count_f_topics = reader.array_length('WriteTxnMarkersResponse.WritableTxnMarkerResult.topics')
                read_f_topics = WriteTxnMarkersResponse.WritableTxnMarkerTopicResult.read
                f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
            else:
                count_f_topics = reader.compact_array_length('WriteTxnMarkersResponse.WritableTxnMarkerResult.topics')
                read_f_topics = WriteTxnMarkersResponse.WritableTxnMarkerTopicResult.read
                f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('WriteTxnMarkersResponse.WritableTxnMarkerResult.tagged_fields')
            return _new_WriteTxnMarkersResponse__WritableTxnMarkerResult(f_producer_id, f_topics, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class WritableTxnMarkerTopicResult:
        """WriteTxnMarkersResponse.WritableTxnMarkerTopicResult: versions 0+."""

        name: str = ''  # versions 0+
        partitions: tuple[WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 0:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
            if version <= 0:
                items_partitions = self.partitions
                writer.array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            else:
                items_partitions = self.partitions
                writer.compact_array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            if version <= 0:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'WriteTxnMarkersResponse.WritableTxnMarkerTopicResult has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> WriteTxnMarkersResponse.WritableTxnMarkerTopicResult:
            f_name: str
            f_partitions: tuple[WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult, ...]
            f_name = reader.string('WriteTxnMarkersResponse.WritableTxnMarkerTopicResult.name') if version <= 0 else reader.compact_string('WriteTxnMarkersResponse.WritableTxnMarkerTopicResult.name')
            if version <= 0:
                count_f_partitions = reader.array_length('WriteTxnMarkersResponse.WritableTxnMarkerTopicResult.partitions')
                read_f_partitions = WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            else:
                count_f_partitions = reader.compact_array_length('WriteTxnMarkersResponse.WritableTxnMarkerTopicResult.partitions')
                read_f_partitions = WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('WriteTxnMarkersResponse.WritableTxnMarkerTopicResult.tagged_fields')
            return _new_WriteTxnMarkersResponse__WritableTxnMarkerTopicResult(f_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class WritableTxnMarkerPartitionResult:
        """WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult: versions 0+."""

        partition_index: int = 0  # versions 0+
        error_code: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int16(self.error_code)
            if version <= 0:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult:
            f_partition_index: int
            f_error_code: int
            f_partition_index = reader.int32('WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult.partition_index')
            f_error_code = reader.int16('WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult.error_code')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult.tagged_fields')
            return _new_WriteTxnMarkersResponse__WritableTxnMarkerPartitionResult(f_partition_index, f_error_code, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 0:
            items_markers = self.markers
            writer.array_length(items_markers)
            for each_markers in items_markers:
                each_markers.write(writer, version)
        else:
            items_markers = self.markers
            writer.compact_array_length(items_markers)
            for each_markers in items_markers:
                each_markers.write(writer, version)
        if version <= 0:
            if self.unknown_tagged_fields:
                raise EncodeError(f'WriteTxnMarkersResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> WriteTxnMarkersResponse:
        f_markers: tuple[WriteTxnMarkersResponse.WritableTxnMarkerResult, ...]
        if version <= 0:
            count_f_markers = reader.array_length('WriteTxnMarkersResponse.markers')
            read_f_markers = WriteTxnMarkersResponse.WritableTxnMarkerResult.read
            f_markers = tuple([read_f_markers(reader, version) for _ in range(count_f_markers)])
        else:
            count_f_markers = reader.compact_array_length('WriteTxnMarkersResponse.markers')
            read_f_markers = WriteTxnMarkersResponse.WritableTxnMarkerResult.read
            f_markers = tuple([read_f_markers(reader, version) for _ in range(count_f_markers)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 0 else reader.unknown_tagged_fields('WriteTxnMarkersResponse.tagged_fields')
        return _new_WriteTxnMarkersResponse(f_markers, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'WriteTxnMarkersResponse', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'WriteTxnMarkersResponse', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> WriteTxnMarkersResponse:
        check_decode_version(version, 'WriteTxnMarkersResponse', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('WriteTxnMarkersResponse')
        return result


_SET_WriteTxnMarkersRequest__WritableTxnMarker: tuple[Any, ...] = tuple(
    vars(WriteTxnMarkersRequest.WritableTxnMarker)[name].__set__ for name in ('producer_id', 'producer_epoch', 'transaction_result', 'topics', 'coordinator_epoch', 'unknown_tagged_fields', ))


def _new_WriteTxnMarkersRequest__WritableTxnMarker(producer_id: int, producer_epoch: int, transaction_result: bool, topics: tuple[WriteTxnMarkersRequest.WritableTxnMarkerTopic, ...], coordinator_epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> WriteTxnMarkersRequest.WritableTxnMarker:
    instance_: WriteTxnMarkersRequest.WritableTxnMarker = object.__new__(WriteTxnMarkersRequest.WritableTxnMarker)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_WriteTxnMarkersRequest__WritableTxnMarker
    set0_(instance_, producer_id)
    set1_(instance_, producer_epoch)
    set2_(instance_, transaction_result)
    set3_(instance_, topics)
    set4_(instance_, coordinator_epoch)
    set5_(instance_, unknown_tagged_fields)
    return instance_


_SET_WriteTxnMarkersRequest__WritableTxnMarkerTopic: tuple[Any, ...] = tuple(
    vars(WriteTxnMarkersRequest.WritableTxnMarkerTopic)[name].__set__ for name in ('name', 'partition_indexes', 'unknown_tagged_fields', ))


def _new_WriteTxnMarkersRequest__WritableTxnMarkerTopic(name: str, partition_indexes: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> WriteTxnMarkersRequest.WritableTxnMarkerTopic:
    instance_: WriteTxnMarkersRequest.WritableTxnMarkerTopic = object.__new__(WriteTxnMarkersRequest.WritableTxnMarkerTopic)
    set0_, set1_, set2_, = _SET_WriteTxnMarkersRequest__WritableTxnMarkerTopic
    set0_(instance_, name)
    set1_(instance_, partition_indexes)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_WriteTxnMarkersRequest: tuple[Any, ...] = tuple(
    vars(WriteTxnMarkersRequest)[name].__set__ for name in ('markers', 'unknown_tagged_fields', ))


def _new_WriteTxnMarkersRequest(markers: tuple[WriteTxnMarkersRequest.WritableTxnMarker, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> WriteTxnMarkersRequest:
    instance_: WriteTxnMarkersRequest = object.__new__(WriteTxnMarkersRequest)
    set0_, set1_, = _SET_WriteTxnMarkersRequest
    set0_(instance_, markers)
    set1_(instance_, unknown_tagged_fields)
    return instance_


_SET_WriteTxnMarkersResponse__WritableTxnMarkerResult: tuple[Any, ...] = tuple(
    vars(WriteTxnMarkersResponse.WritableTxnMarkerResult)[name].__set__ for name in ('producer_id', 'topics', 'unknown_tagged_fields', ))


def _new_WriteTxnMarkersResponse__WritableTxnMarkerResult(producer_id: int, topics: tuple[WriteTxnMarkersResponse.WritableTxnMarkerTopicResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> WriteTxnMarkersResponse.WritableTxnMarkerResult:
    instance_: WriteTxnMarkersResponse.WritableTxnMarkerResult = object.__new__(WriteTxnMarkersResponse.WritableTxnMarkerResult)
    set0_, set1_, set2_, = _SET_WriteTxnMarkersResponse__WritableTxnMarkerResult
    set0_(instance_, producer_id)
    set1_(instance_, topics)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_WriteTxnMarkersResponse__WritableTxnMarkerTopicResult: tuple[Any, ...] = tuple(
    vars(WriteTxnMarkersResponse.WritableTxnMarkerTopicResult)[name].__set__ for name in ('name', 'partitions', 'unknown_tagged_fields', ))


def _new_WriteTxnMarkersResponse__WritableTxnMarkerTopicResult(name: str, partitions: tuple[WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> WriteTxnMarkersResponse.WritableTxnMarkerTopicResult:
    instance_: WriteTxnMarkersResponse.WritableTxnMarkerTopicResult = object.__new__(WriteTxnMarkersResponse.WritableTxnMarkerTopicResult)
    set0_, set1_, set2_, = _SET_WriteTxnMarkersResponse__WritableTxnMarkerTopicResult
    set0_(instance_, name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_WriteTxnMarkersResponse__WritableTxnMarkerPartitionResult: tuple[Any, ...] = tuple(
    vars(WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult)[name].__set__ for name in ('partition_index', 'error_code', 'unknown_tagged_fields', ))


def _new_WriteTxnMarkersResponse__WritableTxnMarkerPartitionResult(partition_index: int, error_code: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult:
    instance_: WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult = object.__new__(WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult)
    set0_, set1_, set2_, = _SET_WriteTxnMarkersResponse__WritableTxnMarkerPartitionResult
    set0_(instance_, partition_index)
    set1_(instance_, error_code)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_WriteTxnMarkersResponse: tuple[Any, ...] = tuple(
    vars(WriteTxnMarkersResponse)[name].__set__ for name in ('markers', 'unknown_tagged_fields', ))


def _new_WriteTxnMarkersResponse(markers: tuple[WriteTxnMarkersResponse.WritableTxnMarkerResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> WriteTxnMarkersResponse:
    instance_: WriteTxnMarkersResponse = object.__new__(WriteTxnMarkersResponse)
    set0_, set1_, = _SET_WriteTxnMarkersResponse
    set0_(instance_, markers)
    set1_(instance_, unknown_tagged_fields)
    return instance_
