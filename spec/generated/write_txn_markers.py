# generated from WriteTxnMarkersRequest.json, WriteTxnMarkersResponse.json; do not edit
"""WriteTxnMarkers (API key 27): request and response."""

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
        def read(cls, reader: Reader, version: int) -> Self:
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
            return cls(producer_id=f_producer_id, producer_epoch=f_producer_epoch, transaction_result=f_transaction_result, topics=f_topics, coordinator_epoch=f_coordinator_epoch, unknown_tagged_fields=unknown)

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
        def read(cls, reader: Reader, version: int) -> Self:
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
            return cls(name=f_name, partition_indexes=f_partition_indexes, unknown_tagged_fields=unknown)

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
    def read(cls, reader: Reader, version: int) -> Self:
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
        return cls(markers=f_markers, unknown_tagged_fields=unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'WriteTxnMarkersRequest', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'WriteTxnMarkersRequest', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> Self:
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
        def read(cls, reader: Reader, version: int) -> Self:
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
            return cls(producer_id=f_producer_id, topics=f_topics, unknown_tagged_fields=unknown)

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
        def read(cls, reader: Reader, version: int) -> Self:
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
            return cls(name=f_name, partitions=f_partitions, unknown_tagged_fields=unknown)

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
        def read(cls, reader: Reader, version: int) -> Self:
            f_partition_index: int
            f_error_code: int
            f_partition_index = reader.int32('WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult.partition_index')
            f_error_code = reader.int16('WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult.error_code')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult.tagged_fields')
            return cls(partition_index=f_partition_index, error_code=f_error_code, unknown_tagged_fields=unknown)

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
    def read(cls, reader: Reader, version: int) -> Self:
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
        return cls(markers=f_markers, unknown_tagged_fields=unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'WriteTxnMarkersResponse', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'WriteTxnMarkersResponse', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> Self:
        check_decode_version(version, 'WriteTxnMarkersResponse', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('WriteTxnMarkersResponse')
        return result
