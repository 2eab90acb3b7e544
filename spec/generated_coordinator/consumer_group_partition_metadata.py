# generated from ConsumerGroupPartitionMetadataKey.json, ConsumerGroupPartitionMetadataValue.json; do not edit
# ruff: noqa: E501
"""ConsumerGroupPartitionMetadata (record type 4): key and value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar
from uuid import UUID

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

_ZERO_UUID = UUID(int=0)
__all__ = ['ConsumerGroupPartitionMetadataKey', 'ConsumerGroupPartitionMetadataValue']

@dataclass(frozen=True, slots=True, kw_only=True)
class ConsumerGroupPartitionMetadataKey:
    """ConsumerGroupPartitionMetadataKey, API key 4: versions 0, flexible none."""

    API_KEY: ClassVar[int] = 4
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = None

    group_id: str = ''  # versions 0

    def write(self, writer: Writer, version: int) -> None:
        writer.string(self.group_id)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ConsumerGroupPartitionMetadataKey:
        f_group_id: str
        f_group_id = reader.string('ConsumerGroupPartitionMetadataKey.group_id')
        return _new_ConsumerGroupPartitionMetadataKey(f_group_id)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ConsumerGroupPartitionMetadataKey', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ConsumerGroupPartitionMetadataKey', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ConsumerGroupPartitionMetadataKey:
        check_decode_version(version, 'ConsumerGroupPartitionMetadataKey', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ConsumerGroupPartitionMetadataKey')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsumerGroupPartitionMetadataValue:
    """ConsumerGroupPartitionMetadataValue, API key 4: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 4
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    topics: tuple[ConsumerGroupPartitionMetadataValue.TopicMetadata, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicMetadata:
        """ConsumerGroupPartitionMetadataValue.TopicMetadata: versions 0+."""

        topic_id: UUID = _ZERO_UUID  # versions 0+
        topic_name: str = ''  # versions 0+
        num_partitions: int = 0  # versions 0+
        partition_metadata: tuple[ConsumerGroupPartitionMetadataValue.PartitionMetadata, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.uuid(self.topic_id)
            writer.compact_string(self.topic_name)
            writer.int32(self.num_partitions)
            items_partition_metadata = self.partition_metadata
            writer.compact_array_length(items_partition_metadata)
            for each_partition_metadata in items_partition_metadata:
                each_partition_metadata.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ConsumerGroupPartitionMetadataValue.TopicMetadata:
            f_topic_id: UUID
            f_topic_name: str
            f_num_partitions: int
            f_partition_metadata: tuple[ConsumerGroupPartitionMetadataValue.PartitionMetadata, ...]
            f_topic_id = reader.uuid('ConsumerGroupPartitionMetadataValue.TopicMetadata.topic_id')
            f_topic_name = reader.compact_string('ConsumerGroupPartitionMetadataValue.TopicMetadata.topic_name')
            f_num_partitions = reader.int32('ConsumerGroupPartitionMetadataValue.TopicMetadata.num_partitions')
            count_f_partition_metadata = reader.compact_array_length('ConsumerGroupPartitionMetadataValue.TopicMetadata.partition_metadata')
            read_f_partition_metadata = ConsumerGroupPartitionMetadataValue.PartitionMetadata.read
            f_partition_metadata = tuple([read_f_partition_metadata(reader, version) for _ in range(count_f_partition_metadata)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ConsumerGroupPartitionMetadataValue.TopicMetadata.tagged_fields')
            return _new_ConsumerGroupPartitionMetadataValue__TopicMetadata(f_topic_id, f_topic_name, f_num_partitions, f_partition_metadata, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionMetadata:
        """ConsumerGroupPartitionMetadataValue.PartitionMetadata: versions 0+."""

        partition: int = 0  # versions 0+
        racks: tuple[str, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition)
            items_racks = self.racks
            writer.compact_array_length(items_racks)
            for each_racks in items_racks:
                writer.compact_string(each_racks)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ConsumerGroupPartitionMetadataValue.PartitionMetadata:
            f_partition: int
            f_racks: tuple[str, ...]
            f_partition = reader.int32('ConsumerGroupPartitionMetadataValue.PartitionMetadata.partition')
            count_f_racks = reader.compact_array_length('ConsumerGroupPartitionMetadataValue.PartitionMetadata.racks')
            f_racks = tuple([reader.compact_string('ConsumerGroupPartitionMetadataValue.PartitionMetadata.racks') for _ in range(count_f_racks)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ConsumerGroupPartitionMetadataValue.PartitionMetadata.tagged_fields')
            return _new_ConsumerGroupPartitionMetadataValue__PartitionMetadata(f_partition, f_racks, unknown)

    def write(self, writer: Writer, version: int) -> None:
        items_topics = self.topics
        writer.compact_array_length(items_topics)
        for each_topics in items_topics:
            each_topics.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ConsumerGroupPartitionMetadataValue:
        f_topics: tuple[ConsumerGroupPartitionMetadataValue.TopicMetadata, ...]
        count_f_topics = reader.compact_array_length('ConsumerGroupPartitionMetadataValue.topics')
        read_f_topics = ConsumerGroupPartitionMetadataValue.TopicMetadata.read
        f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ConsumerGroupPartitionMetadataValue.tagged_fields')
        return _new_ConsumerGroupPartitionMetadataValue(f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ConsumerGroupPartitionMetadataValue', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ConsumerGroupPartitionMetadataValue', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ConsumerGroupPartitionMetadataValue:
        check_decode_version(version, 'ConsumerGroupPartitionMetadataValue', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ConsumerGroupPartitionMetadataValue')
        return result


_SET_ConsumerGroupPartitionMetadataKey: tuple[Any, ...] = tuple(
    vars(ConsumerGroupPartitionMetadataKey)[name].__set__ for name in ('group_id', ))


def _new_ConsumerGroupPartitionMetadataKey(group_id: str) -> ConsumerGroupPartitionMetadataKey:
    instance_: ConsumerGroupPartitionMetadataKey = object.__new__(ConsumerGroupPartitionMetadataKey)
    set0_, = _SET_ConsumerGroupPartitionMetadataKey
    set0_(instance_, group_id)
    return instance_


_SET_ConsumerGroupPartitionMetadataValue__TopicMetadata: tuple[Any, ...] = tuple(
    vars(ConsumerGroupPartitionMetadataValue.TopicMetadata)[name].__set__ for name in ('topic_id', 'topic_name', 'num_partitions', 'partition_metadata', 'unknown_tagged_fields', ))


def _new_ConsumerGroupPartitionMetadataValue__TopicMetadata(topic_id: UUID, topic_name: str, num_partitions: int, partition_metadata: tuple[ConsumerGroupPartitionMetadataValue.PartitionMetadata, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ConsumerGroupPartitionMetadataValue.TopicMetadata:
    instance_: ConsumerGroupPartitionMetadataValue.TopicMetadata = object.__new__(ConsumerGroupPartitionMetadataValue.TopicMetadata)
    set0_, set1_, set2_, set3_, set4_, = _SET_ConsumerGroupPartitionMetadataValue__TopicMetadata
    set0_(instance_, topic_id)
    set1_(instance_, topic_name)
    set2_(instance_, num_partitions)
    set3_(instance_, partition_metadata)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_ConsumerGroupPartitionMetadataValue__PartitionMetadata: tuple[Any, ...] = tuple(
    vars(ConsumerGroupPartitionMetadataValue.PartitionMetadata)[name].__set__ for name in ('partition', 'racks', 'unknown_tagged_fields', ))


def _new_ConsumerGroupPartitionMetadataValue__PartitionMetadata(partition: int, racks: tuple[str, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ConsumerGroupPartitionMetadataValue.PartitionMetadata:
    instance_: ConsumerGroupPartitionMetadataValue.PartitionMetadata = object.__new__(ConsumerGroupPartitionMetadataValue.PartitionMetadata)
    set0_, set1_, set2_, = _SET_ConsumerGroupPartitionMetadataValue__PartitionMetadata
    set0_(instance_, partition)
    set1_(instance_, racks)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ConsumerGroupPartitionMetadataValue: tuple[Any, ...] = tuple(
    vars(ConsumerGroupPartitionMetadataValue)[name].__set__ for name in ('topics', 'unknown_tagged_fields', ))


def _new_ConsumerGroupPartitionMetadataValue(topics: tuple[ConsumerGroupPartitionMetadataValue.TopicMetadata, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ConsumerGroupPartitionMetadataValue:
    instance_: ConsumerGroupPartitionMetadataValue = object.__new__(ConsumerGroupPartitionMetadataValue)
    set0_, set1_, = _SET_ConsumerGroupPartitionMetadataValue
    set0_(instance_, topics)
    set1_(instance_, unknown_tagged_fields)
    return instance_
