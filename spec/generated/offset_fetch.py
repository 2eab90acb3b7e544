# generated from OffsetFetchRequest.json, OffsetFetchResponse.json; do not edit
"""OffsetFetch (API key 9): request and response."""

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
    require_non_null,
)

__all__ = ['OffsetFetchRequest', 'OffsetFetchResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class OffsetFetchRequest:
    """OffsetFetchRequest, API key 9: versions 0-9, flexible 6+."""

    API_KEY: ClassVar[int] = 9
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 9
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 6

    group_id: str = ''  # versions 0-7
    topics: tuple[OffsetFetchRequest.OffsetFetchRequestTopic, ...] | None = ()  # versions 0-7; nullable 2-7
    groups: tuple[OffsetFetchRequest.OffsetFetchRequestGroup, ...] = ()  # versions 8+
    require_stable: bool = False  # versions 7+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class OffsetFetchRequestTopic:
        """OffsetFetchRequest.OffsetFetchRequestTopic: versions 0-7."""

        name: str = ''  # versions 0-7
        partition_indexes: tuple[int, ...] = ()  # versions 0-7
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 5:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
            if version <= 5:
                items_partition_indexes = self.partition_indexes
                writer.array_length(items_partition_indexes)
                writer.int32_items(items_partition_indexes)
            else:
                items_partition_indexes = self.partition_indexes
                writer.compact_array_length(items_partition_indexes)
                writer.int32_items(items_partition_indexes)
            if version <= 5:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'OffsetFetchRequest.OffsetFetchRequestTopic has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> OffsetFetchRequest.OffsetFetchRequestTopic:
            f_name: str
            f_partition_indexes: tuple[int, ...]
            f_name = reader.string('OffsetFetchRequest.OffsetFetchRequestTopic.name') if version <= 5 else reader.compact_string('OffsetFetchRequest.OffsetFetchRequestTopic.name')
            if version <= 5:
                count_f_partition_indexes = reader.array_length('OffsetFetchRequest.OffsetFetchRequestTopic.partition_indexes')
                f_partition_indexes = reader.int32_items(count_f_partition_indexes, 'OffsetFetchRequest.OffsetFetchRequestTopic.partition_indexes')
            else:
                count_f_partition_indexes = reader.compact_array_length('OffsetFetchRequest.OffsetFetchRequestTopic.partition_indexes')
                f_partition_indexes = reader.int32_items(count_f_partition_indexes, 'OffsetFetchRequest.OffsetFetchRequestTopic.partition_indexes')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 5 else reader.unknown_tagged_fields('OffsetFetchRequest.OffsetFetchRequestTopic.tagged_fields')
            return _new_OffsetFetchRequest__OffsetFetchRequestTopic(f_name, f_partition_indexes, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class OffsetFetchRequestGroup:
        """OffsetFetchRequest.OffsetFetchRequestGroup: versions 8+."""

        group_id: str = ''  # versions 8+
        member_id: str | None = None  # versions 9+; nullable 9+; ignorable
        member_epoch: int = -1  # versions 9+; ignorable
        topics: tuple[OffsetFetchRequest.OffsetFetchRequestTopics, ...] | None = ()  # versions 8+; nullable 8+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            items_topics: tuple[OffsetFetchRequest.OffsetFetchRequestTopics, ...] | None
            writer.compact_string(self.group_id)
            if version <= 8:
                pass
            else:
                writer.compact_nullable_string(self.member_id)
            if version <= 8:
                pass
            else:
                writer.int32(self.member_epoch)
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            if items_topics is not None:
                for each_topics in items_topics:
                    each_topics.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> OffsetFetchRequest.OffsetFetchRequestGroup:
            f_group_id: str
            f_member_id: str | None
            f_member_epoch: int
            f_topics: tuple[OffsetFetchRequest.OffsetFetchRequestTopics, ...] | None
            f_group_id = reader.compact_string('OffsetFetchRequest.OffsetFetchRequestGroup.group_id')
            f_member_id = None if version <= 8 else reader.compact_nullable_string('OffsetFetchRequest.OffsetFetchRequestGroup.member_id')
            f_member_epoch = -1 if version <= 8 else reader.int32('OffsetFetchRequest.OffsetFetchRequestGroup.member_epoch')
            count_f_topics = reader.compact_nullable_array_length('OffsetFetchRequest.OffsetFetchRequestGroup.topics')
            read_f_topics = OffsetFetchRequest.OffsetFetchRequestTopics.read
            f_topics = None if count_f_topics < 0 else tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('OffsetFetchRequest.OffsetFetchRequestGroup.tagged_fields')
            return _new_OffsetFetchRequest__OffsetFetchRequestGroup(f_group_id, f_member_id, f_member_epoch, f_topics, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class OffsetFetchRequestTopics:
        """OffsetFetchRequest.OffsetFetchRequestTopics: versions 8+."""

        name: str = ''  # versions 8+
        partition_indexes: tuple[int, ...] = ()  # versions 8+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.name)
            items_partition_indexes = self.partition_indexes
            writer.compact_array_length(items_partition_indexes)
            writer.int32_items(items_partition_indexes)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> OffsetFetchRequest.OffsetFetchRequestTopics:
            f_name: str
            f_partition_indexes: tuple[int, ...]
            f_name = reader.compact_string('OffsetFetchRequest.OffsetFetchRequestTopics.name')
            count_f_partition_indexes = reader.compact_array_length('OffsetFetchRequest.OffsetFetchRequestTopics.partition_indexes')
            f_partition_indexes = reader.int32_items(count_f_partition_indexes, 'OffsetFetchRequest.OffsetFetchRequestTopics.partition_indexes')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('OffsetFetchRequest.OffsetFetchRequestTopics.tagged_fields')
            return _new_OffsetFetchRequest__OffsetFetchRequestTopics(f_name, f_partition_indexes, unknown)

    def write(self, writer: Writer, version: int) -> None:
        items_topics: tuple[OffsetFetchRequest.OffsetFetchRequestTopic, ...] | None
        if version <= 5:
            writer.string(self.group_id)
        elif version <= 7:
            writer.compact_string(self.group_id)
        else:
            if self.group_id != '':
                raise EncodeError(f'OffsetFetchRequest.group_id is set, but version {version} lacks it')
        if version <= 1:
            items_topics = require_non_null(self.topics, 'OffsetFetchRequest.topics', version)
            writer.array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        elif version <= 5:
            items_topics = self.topics
            writer.array_length(items_topics)
            if items_topics is not None:
                for each_topics in items_topics:
                    each_topics.write(writer, version)
        elif version <= 7:
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            if items_topics is not None:
                for each_topics in items_topics:
                    each_topics.write(writer, version)
        else:
            if self.topics != ():
                raise EncodeError(f'OffsetFetchRequest.topics is set, but version {version} lacks it')
        if version <= 7:
            if self.groups != ():
                raise EncodeError(f'OffsetFetchRequest.groups is set, but version {version} lacks it')
        else:
            items_groups = self.groups
            writer.compact_array_length(items_groups)
            for each_groups in items_groups:
                each_groups.write(writer, version)
        if version <= 6:
            if self.require_stable:
                raise EncodeError(f'OffsetFetchRequest.require_stable is set, but version {version} lacks it')
        else:
            writer.boolean(self.require_stable)
        if version <= 5:
            if self.unknown_tagged_fields:
                raise EncodeError(f'OffsetFetchRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> OffsetFetchRequest:
        f_group_id: str
        f_topics: tuple[OffsetFetchRequest.OffsetFetchRequestTopic, ...] | None
        f_groups: tuple[OffsetFetchRequest.OffsetFetchRequestGroup, ...]
        f_require_stable: bool
        if version <= 5:
            f_group_id = reader.string('OffsetFetchRequest.group_id')
        elif version <= 7:
            f_group_id = reader.compact_string('OffsetFetchRequest.group_id')
        else:
            f_group_id = ''
        if version <= 1:
            count_f_topics = reader.array_length('OffsetFetchRequest.topics')
            read_f_topics = OffsetFetchRequest.OffsetFetchRequestTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        elif version <= 5:
            count_f_topics = reader.nullable_array_length('OffsetFetchRequest.topics')
            read_f_topics = OffsetFetchRequest.OffsetFetchRequestTopic.read
            f_topics = None if count_f_topics < 0 else tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        elif version <= 7:
            count_f_topics = reader.compact_nullable_array_length('OffsetFetchRequest.topics')
            read_f_topics = OffsetFetchRequest.OffsetFetchRequestTopic.read
            f_topics = None if count_f_topics < 0 else tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        else:
            f_topics = ()
        if version <= 7:
            f_groups = ()
        else:
            count_f_groups = reader.compact_array_length('OffsetFetchRequest.groups')
            read_f_groups = OffsetFetchRequest.OffsetFetchRequestGroup.read
            f_groups = tuple([read_f_groups(reader, version) for _ in range(count_f_groups)])
        f_require_stable = False if version <= 6 else reader.boolean('OffsetFetchRequest.require_stable')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 5 else reader.unknown_tagged_fields('OffsetFetchRequest.tagged_fields')
        return _new_OffsetFetchRequest(f_group_id, f_topics, f_groups, f_require_stable, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'OffsetFetchRequest', 0, 9).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'OffsetFetchRequest', 0, 9).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> OffsetFetchRequest:
        check_decode_version(version, 'OffsetFetchRequest', 0, 9)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('OffsetFetchRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class OffsetFetchResponse:
    """OffsetFetchResponse, API key 9: versions 0-9, flexible 6+."""

    API_KEY: ClassVar[int] = 9
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 9
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 6

    throttle_time_ms: int = 0  # versions 3+; ignorable
    topics: tuple[OffsetFetchResponse.OffsetFetchResponseTopic, ...] = ()  # versions 0-7
    error_code: int = 0  # versions 2-7; ignorable
    groups: tuple[OffsetFetchResponse.OffsetFetchResponseGroup, ...] = ()  # versions 8+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class OffsetFetchResponseTopic:
        """OffsetFetchResponse.OffsetFetchResponseTopic: versions 0-7."""

        name: str = ''  # versions 0-7
        partitions: tuple[OffsetFetchResponse.OffsetFetchResponsePartition, ...] = ()  # versions 0-7
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
                    raise EncodeError(f'OffsetFetchResponse.OffsetFetchResponseTopic has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> OffsetFetchResponse.OffsetFetchResponseTopic:
            f_name: str
            f_partitions: tuple[OffsetFetchResponse.OffsetFetchResponsePartition, ...]
            f_name = reader.string('OffsetFetchResponse.OffsetFetchResponseTopic.name') if version <= 5 else reader.compact_string('OffsetFetchResponse.OffsetFetchResponseTopic.name')
            if version <= 5:
                count_f_partitions = reader.array_length('OffsetFetchResponse.OffsetFetchResponseTopic.partitions')
                read_f_partitions = OffsetFetchResponse.OffsetFetchResponsePartition.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            else:
                count_f_partitions = reader.compact_array_length('OffsetFetchResponse.OffsetFetchResponseTopic.partitions')
                read_f_partitions = OffsetFetchResponse.OffsetFetchResponsePartition.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 5 else reader.unknown_tagged_fields('OffsetFetchResponse.OffsetFetchResponseTopic.tagged_fields')
            return _new_OffsetFetchResponse__OffsetFetchResponseTopic(f_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class OffsetFetchResponsePartition:
        """OffsetFetchResponse.OffsetFetchResponsePartition: versions 0-7."""

        partition_index: int = 0  # versions 0-7
        committed_offset: int = 0  # versions 0-7
        committed_leader_epoch: int = -1  # versions 5-7; ignorable
        metadata: str | None = ''  # versions 0-7; nullable 0-7
        error_code: int = 0  # versions 0-7
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int64(self.committed_offset)
            if version <= 4:
                pass
            else:
                writer.int32(self.committed_leader_epoch)
            if version <= 5:
                writer.nullable_string(self.metadata)
            else:
                writer.compact_nullable_string(self.metadata)
            writer.int16(self.error_code)
            if version <= 5:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'OffsetFetchResponse.OffsetFetchResponsePartition has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> OffsetFetchResponse.OffsetFetchResponsePartition:
            f_partition_index: int
            f_committed_offset: int
            f_committed_leader_epoch: int
            f_metadata: str | None
            f_error_code: int
            f_partition_index = reader.int32('OffsetFetchResponse.OffsetFetchResponsePartition.partition_index')
            f_committed_offset = reader.int64('OffsetFetchResponse.OffsetFetchResponsePartition.committed_offset')
            f_committed_leader_epoch = -1 if version <= 4 else reader.int32('OffsetFetchResponse.OffsetFetchResponsePartition.committed_leader_epoch')
            f_metadata = reader.nullable_string('OffsetFetchResponse.OffsetFetchResponsePartition.metadata') if version <= 5 else reader.compact_nullable_string('OffsetFetchResponse.OffsetFetchResponsePartition.metadata')
            f_error_code = reader.int16('OffsetFetchResponse.OffsetFetchResponsePartition.error_code')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 5 else reader.unknown_tagged_fields('OffsetFetchResponse.OffsetFetchResponsePartition.tagged_fields')
            return _new_OffsetFetchResponse__OffsetFetchResponsePartition(f_partition_index, f_committed_offset, f_committed_leader_epoch, f_metadata, f_error_code, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class OffsetFetchResponseGroup:
        """OffsetFetchResponse.OffsetFetchResponseGroup: versions 8+."""

        group_id: str = ''  # versions 8+
        topics: tuple[OffsetFetchResponse.OffsetFetchResponseTopics, ...] = ()  # versions 8+
        error_code: int = 0  # versions 8+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.group_id)
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
            writer.int16(self.error_code)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> OffsetFetchResponse.OffsetFetchResponseGroup:
            f_group_id: str
            f_topics: tuple[OffsetFetchResponse.OffsetFetchResponseTopics, ...]
            f_error_code: int
            f_group_id = reader.compact_string('OffsetFetchResponse.OffsetFetchResponseGroup.group_id')
            count_f_topics = reader.compact_array_length('OffsetFetchResponse.OffsetFetchResponseGroup.topics')
            read_f_topics = OffsetFetchResponse.OffsetFetchResponseTopics.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
            f_error_code = reader.int16('OffsetFetchResponse.OffsetFetchResponseGroup.error_code')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('OffsetFetchResponse.OffsetFetchResponseGroup.tagged_fields')
            return _new_OffsetFetchResponse__OffsetFetchResponseGroup(f_group_id, f_topics, f_error_code, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class OffsetFetchResponseTopics:
        """OffsetFetchResponse.OffsetFetchResponseTopics: versions 8+."""

        name: str = ''  # versions 8+
        partitions: tuple[OffsetFetchResponse.OffsetFetchResponsePartitions, ...] = ()  # versions 8+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.name)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> OffsetFetchResponse.OffsetFetchResponseTopics:
            f_name: str
            f_partitions: tuple[OffsetFetchResponse.OffsetFetchResponsePartitions, ...]
            f_name = reader.compact_string('OffsetFetchResponse.OffsetFetchResponseTopics.name')
            count_f_partitions = reader.compact_array_length('OffsetFetchResponse.OffsetFetchResponseTopics.partitions')
            read_f_partitions = OffsetFetchResponse.OffsetFetchResponsePartitions.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('OffsetFetchResponse.OffsetFetchResponseTopics.tagged_fields')
            return _new_OffsetFetchResponse__OffsetFetchResponseTopics(f_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class OffsetFetchResponsePartitions:
        """OffsetFetchResponse.OffsetFetchResponsePartitions: versions 8+."""

        partition_index: int = 0  # versions 8+
        committed_offset: int = 0  # versions 8+
        committed_leader_epoch: int = -1  # versions 8+; ignorable
        metadata: str | None = ''  # versions 8+; nullable 8+
        error_code: int = 0  # versions 8+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int64(self.committed_offset)
            writer.int32(self.committed_leader_epoch)
            writer.compact_nullable_string(self.metadata)
            writer.int16(self.error_code)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> OffsetFetchResponse.OffsetFetchResponsePartitions:
            f_partition_index: int
            f_committed_offset: int
            f_committed_leader_epoch: int
            f_metadata: str | None
            f_error_code: int
            f_partition_index = reader.int32('OffsetFetchResponse.OffsetFetchResponsePartitions.partition_index')
            f_committed_offset = reader.int64('OffsetFetchResponse.OffsetFetchResponsePartitions.committed_offset')
            f_committed_leader_epoch = reader.int32('OffsetFetchResponse.OffsetFetchResponsePartitions.committed_leader_epoch')
            f_metadata = reader.compact_nullable_string('OffsetFetchResponse.OffsetFetchResponsePartitions.metadata')
            f_error_code = reader.int16('OffsetFetchResponse.OffsetFetchResponsePartitions.error_code')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('OffsetFetchResponse.OffsetFetchResponsePartitions.tagged_fields')
            return _new_OffsetFetchResponse__OffsetFetchResponsePartitions(f_partition_index, f_committed_offset, f_committed_leader_epoch, f_metadata, f_error_code, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 2:
            pass
        else:
            writer.int32(self.throttle_time_ms)
        if version <= 5:
            items_topics = self.topics
            writer.array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        elif version <= 7:
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        else:
            if self.topics != ():
                raise EncodeError(f'OffsetFetchResponse.topics is set, but version {version} lacks it')
        if version <= 1:
            pass
        elif version <= 7:
            writer.int16(self.error_code)
        else:
            pass
        if version <= 7:
            if self.groups != ():
                raise EncodeError(f'OffsetFetchResponse.groups is set, but version {version} lacks it')
        else:
            items_groups = self.groups
            writer.compact_array_length(items_groups)
            for each_groups in items_groups:
                each_groups.write(writer, version)
        if version <= 5:
            if self.unknown_tagged_fields:
                raise EncodeError(f'OffsetFetchResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> OffsetFetchResponse:
        f_throttle_time_ms: int
        f_topics: tuple[OffsetFetchResponse.OffsetFetchResponseTopic, ...]
        f_error_code: int
        f_groups: tuple[OffsetFetchResponse.OffsetFetchResponseGroup, ...]
        f_throttle_time_ms = 0 if version <= 2 else reader.int32('OffsetFetchResponse.throttle_time_ms')
        if version <= 5:
            count_f_topics = reader.array_length('OffsetFetchResponse.topics')
            read_f_topics = OffsetFetchResponse.OffsetFetchResponseTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        elif version <= 7:
            count_f_topics = reader.compact_array_length('OffsetFetchResponse.topics')
            read_f_topics = OffsetFetchResponse.OffsetFetchResponseTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        else:
            f_topics = ()
        if version <= 1:
            f_error_code = 0
        elif version <= 7:
            f_error_code = reader.int16('OffsetFetchResponse.error_code')
        else:
            f_error_code = 0
        if version <= 7:
            f_groups = ()
        else:
            count_f_groups = reader.compact_array_length('OffsetFetchResponse.groups')
            read_f_groups = OffsetFetchResponse.OffsetFetchResponseGroup.read
            f_groups = tuple([read_f_groups(reader, version) for _ in range(count_f_groups)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 5 else reader.unknown_tagged_fields('OffsetFetchResponse.tagged_fields')
        return _new_OffsetFetchResponse(f_throttle_time_ms, f_topics, f_error_code, f_groups, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'OffsetFetchResponse', 0, 9).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'OffsetFetchResponse', 0, 9).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> OffsetFetchResponse:
        check_decode_version(version, 'OffsetFetchResponse', 0, 9)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('OffsetFetchResponse')
        return result


_SET_OffsetFetchRequest__OffsetFetchRequestTopic: tuple[Any, ...] = tuple(
    vars(OffsetFetchRequest.OffsetFetchRequestTopic)[name].__set__ for name in ('name', 'partition_indexes', 'unknown_tagged_fields', ))


def _new_OffsetFetchRequest__OffsetFetchRequestTopic(name: str, partition_indexes: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> OffsetFetchRequest.OffsetFetchRequestTopic:
    instance_: OffsetFetchRequest.OffsetFetchRequestTopic = object.__new__(OffsetFetchRequest.OffsetFetchRequestTopic)
    set0_, set1_, set2_, = _SET_OffsetFetchRequest__OffsetFetchRequestTopic
    set0_(instance_, name)
    set1_(instance_, partition_indexes)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_OffsetFetchRequest__OffsetFetchRequestGroup: tuple[Any, ...] = tuple(
    vars(OffsetFetchRequest.OffsetFetchRequestGroup)[name].__set__ for name in ('group_id', 'member_id', 'member_epoch', 'topics', 'unknown_tagged_fields', ))


def _new_OffsetFetchRequest__OffsetFetchRequestGroup(group_id: str, member_id: str | None, member_epoch: int, topics: tuple[OffsetFetchRequest.OffsetFetchRequestTopics, ...] | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> OffsetFetchRequest.OffsetFetchRequestGroup:
    instance_: OffsetFetchRequest.OffsetFetchRequestGroup = object.__new__(OffsetFetchRequest.OffsetFetchRequestGroup)
    set0_, set1_, set2_, set3_, set4_, = _SET_OffsetFetchRequest__OffsetFetchRequestGroup
    set0_(instance_, group_id)
    set1_(instance_, member_id)
    set2_(instance_, member_epoch)
    set3_(instance_, topics)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_OffsetFetchRequest__OffsetFetchRequestTopics: tuple[Any, ...] = tuple(
    vars(OffsetFetchRequest.OffsetFetchRequestTopics)[name].__set__ for name in ('name', 'partition_indexes', 'unknown_tagged_fields', ))


def _new_OffsetFetchRequest__OffsetFetchRequestTopics(name: str, partition_indexes: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> OffsetFetchRequest.OffsetFetchRequestTopics:
    instance_: OffsetFetchRequest.OffsetFetchRequestTopics = object.__new__(OffsetFetchRequest.OffsetFetchRequestTopics)
    set0_, set1_, set2_, = _SET_OffsetFetchRequest__OffsetFetchRequestTopics
    set0_(instance_, name)
    set1_(instance_, partition_indexes)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_OffsetFetchRequest: tuple[Any, ...] = tuple(
    vars(OffsetFetchRequest)[name].__set__ for name in ('group_id', 'topics', 'groups', 'require_stable', 'unknown_tagged_fields', ))


def _new_OffsetFetchRequest(group_id: str, topics: tuple[OffsetFetchRequest.OffsetFetchRequestTopic, ...] | None, groups: tuple[OffsetFetchRequest.OffsetFetchRequestGroup, ...], require_stable: bool, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> OffsetFetchRequest:
    instance_: OffsetFetchRequest = object.__new__(OffsetFetchRequest)
    set0_, set1_, set2_, set3_, set4_, = _SET_OffsetFetchRequest
    set0_(instance_, group_id)
    set1_(instance_, topics)
    set2_(instance_, groups)
    set3_(instance_, require_stable)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_OffsetFetchResponse__OffsetFetchResponseTopic: tuple[Any, ...] = tuple(
    vars(OffsetFetchResponse.OffsetFetchResponseTopic)[name].__set__ for name in ('name', 'partitions', 'unknown_tagged_fields', ))


def _new_OffsetFetchResponse__OffsetFetchResponseTopic(name: str, partitions: tuple[OffsetFetchResponse.OffsetFetchResponsePartition, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> OffsetFetchResponse.OffsetFetchResponseTopic:
    instance_: OffsetFetchResponse.OffsetFetchResponseTopic = object.__new__(OffsetFetchResponse.OffsetFetchResponseTopic)
    set0_, set1_, set2_, = _SET_OffsetFetchResponse__OffsetFetchResponseTopic
    set0_(instance_, name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_OffsetFetchResponse__OffsetFetchResponsePartition: tuple[Any, ...] = tuple(
    vars(OffsetFetchResponse.OffsetFetchResponsePartition)[name].__set__ for name in ('partition_index', 'committed_offset', 'committed_leader_epoch', 'metadata', 'error_code', 'unknown_tagged_fields', ))


def _new_OffsetFetchResponse__OffsetFetchResponsePartition(partition_index: int, committed_offset: int, committed_leader_epoch: int, metadata: str | None, error_code: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> OffsetFetchResponse.OffsetFetchResponsePartition:
    instance_: OffsetFetchResponse.OffsetFetchResponsePartition = object.__new__(OffsetFetchResponse.OffsetFetchResponsePartition)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_OffsetFetchResponse__OffsetFetchResponsePartition
    set0_(instance_, partition_index)
    set1_(instance_, committed_offset)
    set2_(instance_, committed_leader_epoch)
    set3_(instance_, metadata)
    set4_(instance_, error_code)
    set5_(instance_, unknown_tagged_fields)
    return instance_


_SET_OffsetFetchResponse__OffsetFetchResponseGroup: tuple[Any, ...] = tuple(
    vars(OffsetFetchResponse.OffsetFetchResponseGroup)[name].__set__ for name in ('group_id', 'topics', 'error_code', 'unknown_tagged_fields', ))


def _new_OffsetFetchResponse__OffsetFetchResponseGroup(group_id: str, topics: tuple[OffsetFetchResponse.OffsetFetchResponseTopics, ...], error_code: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> OffsetFetchResponse.OffsetFetchResponseGroup:
    instance_: OffsetFetchResponse.OffsetFetchResponseGroup = object.__new__(OffsetFetchResponse.OffsetFetchResponseGroup)
    set0_, set1_, set2_, set3_, = _SET_OffsetFetchResponse__OffsetFetchResponseGroup
    set0_(instance_, group_id)
    set1_(instance_, topics)
    set2_(instance_, error_code)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_OffsetFetchResponse__OffsetFetchResponseTopics: tuple[Any, ...] = tuple(
    vars(OffsetFetchResponse.OffsetFetchResponseTopics)[name].__set__ for name in ('name', 'partitions', 'unknown_tagged_fields', ))


def _new_OffsetFetchResponse__OffsetFetchResponseTopics(name: str, partitions: tuple[OffsetFetchResponse.OffsetFetchResponsePartitions, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> OffsetFetchResponse.OffsetFetchResponseTopics:
    instance_: OffsetFetchResponse.OffsetFetchResponseTopics = object.__new__(OffsetFetchResponse.OffsetFetchResponseTopics)
    set0_, set1_, set2_, = _SET_OffsetFetchResponse__OffsetFetchResponseTopics
    set0_(instance_, name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_OffsetFetchResponse__OffsetFetchResponsePartitions: tuple[Any, ...] = tuple(
    vars(OffsetFetchResponse.OffsetFetchResponsePartitions)[name].__set__ for name in ('partition_index', 'committed_offset', 'committed_leader_epoch', 'metadata', 'error_code', 'unknown_tagged_fields', ))


def _new_OffsetFetchResponse__OffsetFetchResponsePartitions(partition_index: int, committed_offset: int, committed_leader_epoch: int, metadata: str | None, error_code: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> OffsetFetchResponse.OffsetFetchResponsePartitions:
    instance_: OffsetFetchResponse.OffsetFetchResponsePartitions = object.__new__(OffsetFetchResponse.OffsetFetchResponsePartitions)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_OffsetFetchResponse__OffsetFetchResponsePartitions
    set0_(instance_, partition_index)
    set1_(instance_, committed_offset)
    set2_(instance_, committed_leader_epoch)
    set3_(instance_, metadata)
    set4_(instance_, error_code)
    set5_(instance_, unknown_tagged_fields)
    return instance_


_SET_OffsetFetchResponse: tuple[Any, ...] = tuple(
    vars(OffsetFetchResponse)[name].__set__ for name in ('throttle_time_ms', 'topics', 'error_code', 'groups', 'unknown_tagged_fields', ))


def _new_OffsetFetchResponse(throttle_time_ms: int, topics: tuple[OffsetFetchResponse.OffsetFetchResponseTopic, ...], error_code: int, groups: tuple[OffsetFetchResponse.OffsetFetchResponseGroup, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> OffsetFetchResponse:
    instance_: OffsetFetchResponse = object.__new__(OffsetFetchResponse)
    set0_, set1_, set2_, set3_, set4_, = _SET_OffsetFetchResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, topics)
    set2_(instance_, error_code)
    set3_(instance_, groups)
    set4_(instance_, unknown_tagged_fields)
    return instance_
