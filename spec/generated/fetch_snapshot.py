# generated from FetchSnapshotRequest.json, FetchSnapshotResponse.json; do not edit
"""FetchSnapshot (API key 59): request and response."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar
from uuid import UUID

from spec.wire import (
    EncodeError,
    ExternalBytes,
    Reader,
    Writer,
    check_decode_version,
    encode_checked,
)

_ZERO_UUID = UUID(int=0)
__all__ = ['FetchSnapshotRequest', 'FetchSnapshotResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class FetchSnapshotRequest:
    """FetchSnapshotRequest, API key 59: versions 0-1, flexible 0+."""

    API_KEY: ClassVar[int] = 59
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    cluster_id: str | None = None  # versions 0+; nullable 0+; tag 0 in 0+
    replica_id: int = -1  # versions 0+
    max_bytes: int = 2147483647  # versions 0+
    topics: tuple[FetchSnapshotRequest.TopicSnapshot, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicSnapshot:
        """FetchSnapshotRequest.TopicSnapshot: versions 0+."""

        name: str = ''  # versions 0+
        partitions: tuple[FetchSnapshotRequest.PartitionSnapshot, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.name)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> FetchSnapshotRequest.TopicSnapshot:
            f_name: str
            f_partitions: tuple[FetchSnapshotRequest.PartitionSnapshot, ...]
            f_name = reader.compact_string('FetchSnapshotRequest.TopicSnapshot.name')
            count_f_partitions = reader.compact_array_length('FetchSnapshotRequest.TopicSnapshot.partitions')
            read_f_partitions = FetchSnapshotRequest.PartitionSnapshot.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('FetchSnapshotRequest.TopicSnapshot.tagged_fields')
            return _new_FetchSnapshotRequest__TopicSnapshot(f_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionSnapshot:
        """FetchSnapshotRequest.PartitionSnapshot: versions 0+."""

        partition: int = 0  # versions 0+
        current_leader_epoch: int = 0  # versions 0+
        snapshot_id: FetchSnapshotRequest.SnapshotId = field(default_factory=lambda: _EMPTY_FetchSnapshotRequest__SnapshotId)  # versions 0+
        position: int = 0  # versions 0+
        replica_directory_id: UUID = _ZERO_UUID  # versions 1+; tag 0 in 1+; ignorable
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition)
            writer.int32(self.current_leader_epoch)
            self.snapshot_id.write(writer, version)
            writer.int64(self.position)
            known: list[tuple[int, bytes]] = []
            if version <= 0:
                pass
            else:
                if self.replica_directory_id != _ZERO_UUID:
                    tagged = Writer()
                    tagged.uuid(self.replica_directory_id)
                    known.append((0, tagged.getvalue()))
            writer.tagged_fields(known, self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> FetchSnapshotRequest.PartitionSnapshot:
            f_partition: int
            f_current_leader_epoch: int
            f_snapshot_id: FetchSnapshotRequest.SnapshotId
            f_position: int
            f_replica_directory_id: UUID
            f_partition = reader.int32('FetchSnapshotRequest.PartitionSnapshot.partition')
            f_current_leader_epoch = reader.int32('FetchSnapshotRequest.PartitionSnapshot.current_leader_epoch')
            f_snapshot_id = FetchSnapshotRequest.SnapshotId.read(reader, version)
            f_position = reader.int64('FetchSnapshotRequest.PartitionSnapshot.position')
            f_replica_directory_id = _ZERO_UUID
            unknown: tuple[tuple[int, bytes], ...]
            unknown_list: list[tuple[int, bytes]] = []
            for _ in range(reader.tagged_field_count('FetchSnapshotRequest.PartitionSnapshot.tagged_fields')):
                tag, end = reader.tagged_field_header('FetchSnapshotRequest.PartitionSnapshot.tagged_fields')
                if tag == 0:
                    if version < 1:
                        raise reader.fail('tag 0 is not valid for version ' + str(version), 'FetchSnapshotRequest.PartitionSnapshot.tagged_fields')
                    f_replica_directory_id = reader.uuid('FetchSnapshotRequest.PartitionSnapshot.replica_directory_id')
                    reader.expect_position(end, 'FetchSnapshotRequest.PartitionSnapshot.tagged_fields')
                else:
                    unknown_list.append((tag, reader.raw(end - reader.position, 'FetchSnapshotRequest.PartitionSnapshot.tagged_fields')))
            unknown = tuple(unknown_list)
            return _new_FetchSnapshotRequest__PartitionSnapshot(f_partition, f_current_leader_epoch, f_snapshot_id, f_position, f_replica_directory_id, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class SnapshotId:
        """FetchSnapshotRequest.SnapshotId: versions 0+."""

        end_offset: int = 0  # versions 0+
        epoch: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int64(self.end_offset)
            writer.int32(self.epoch)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> FetchSnapshotRequest.SnapshotId:
            f_end_offset: int
            f_epoch: int
            f_end_offset = reader.int64('FetchSnapshotRequest.SnapshotId.end_offset')
            f_epoch = reader.int32('FetchSnapshotRequest.SnapshotId.epoch')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('FetchSnapshotRequest.SnapshotId.tagged_fields')
            return _new_FetchSnapshotRequest__SnapshotId(f_end_offset, f_epoch, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.replica_id)
        writer.int32(self.max_bytes)
        items_topics = self.topics
        writer.compact_array_length(items_topics)
        for each_topics in items_topics:
            each_topics.write(writer, version)
        known: list[tuple[int, bytes]] = []
        if self.cluster_id is not None:
            tagged = Writer()
            tagged.compact_nullable_string(self.cluster_id)
            known.append((0, tagged.getvalue()))
        writer.tagged_fields(known, self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> FetchSnapshotRequest:
        f_cluster_id: str | None
        f_replica_id: int
        f_max_bytes: int
        f_topics: tuple[FetchSnapshotRequest.TopicSnapshot, ...]
        f_cluster_id = None
        f_replica_id = reader.int32('FetchSnapshotRequest.replica_id')
        f_max_bytes = reader.int32('FetchSnapshotRequest.max_bytes')
        count_f_topics = reader.compact_array_length('FetchSnapshotRequest.topics')
        read_f_topics = FetchSnapshotRequest.TopicSnapshot.read
        f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown_list: list[tuple[int, bytes]] = []
        for _ in range(reader.tagged_field_count('FetchSnapshotRequest.tagged_fields')):
            tag, end = reader.tagged_field_header('FetchSnapshotRequest.tagged_fields')
            if tag == 0:
                f_cluster_id = reader.compact_nullable_string('FetchSnapshotRequest.cluster_id')
                reader.expect_position(end, 'FetchSnapshotRequest.tagged_fields')
            else:
                unknown_list.append((tag, reader.raw(end - reader.position, 'FetchSnapshotRequest.tagged_fields')))
        unknown = tuple(unknown_list)
        return _new_FetchSnapshotRequest(f_cluster_id, f_replica_id, f_max_bytes, f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'FetchSnapshotRequest', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'FetchSnapshotRequest', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> FetchSnapshotRequest:
        check_decode_version(version, 'FetchSnapshotRequest', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('FetchSnapshotRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchSnapshotResponse:
    """FetchSnapshotResponse, API key 59: versions 0-1, flexible 0+."""

    API_KEY: ClassVar[int] = 59
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+; ignorable
    error_code: int = 0  # versions 0+
    topics: tuple[FetchSnapshotResponse.TopicSnapshot, ...] = ()  # versions 0+
    node_endpoints: tuple[FetchSnapshotResponse.NodeEndpoint, ...] = ()  # versions 1+; tag 0 in 1+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicSnapshot:
        """FetchSnapshotResponse.TopicSnapshot: versions 0+."""

        name: str = ''  # versions 0+
        partitions: tuple[FetchSnapshotResponse.PartitionSnapshot, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.name)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> FetchSnapshotResponse.TopicSnapshot:
            f_name: str
            f_partitions: tuple[FetchSnapshotResponse.PartitionSnapshot, ...]
            f_name = reader.compact_string('FetchSnapshotResponse.TopicSnapshot.name')
            count_f_partitions = reader.compact_array_length('FetchSnapshotResponse.TopicSnapshot.partitions')
            read_f_partitions = FetchSnapshotResponse.PartitionSnapshot.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('FetchSnapshotResponse.TopicSnapshot.tagged_fields')
            return _new_FetchSnapshotResponse__TopicSnapshot(f_name, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionSnapshot:
        """FetchSnapshotResponse.PartitionSnapshot: versions 0+."""

        index: int = 0  # versions 0+
        error_code: int = 0  # versions 0+
        snapshot_id: FetchSnapshotResponse.SnapshotId = field(default_factory=lambda: _EMPTY_FetchSnapshotResponse__SnapshotId)  # versions 0+
        current_leader: FetchSnapshotResponse.LeaderIdAndEpoch = field(default_factory=lambda: _EMPTY_FetchSnapshotResponse__LeaderIdAndEpoch)  # versions 0+; tag 0 in 0+
        size: int = 0  # versions 0+
        position: int = 0  # versions 0+
        unaligned_records: bytes | ExternalBytes = b''  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.index)
            writer.int16(self.error_code)
            self.snapshot_id.write(writer, version)
            writer.int64(self.size)
            writer.int64(self.position)
            writer.compact_records(self.unaligned_records)
            known: list[tuple[int, bytes]] = []
            if self.current_leader != _EMPTY_FetchSnapshotResponse__LeaderIdAndEpoch:
                tagged = Writer()
                self.current_leader.write(tagged, version)
                known.append((0, tagged.getvalue()))
            writer.tagged_fields(known, self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> FetchSnapshotResponse.PartitionSnapshot:
            f_index: int
            f_error_code: int
            f_snapshot_id: FetchSnapshotResponse.SnapshotId
            f_current_leader: FetchSnapshotResponse.LeaderIdAndEpoch
            f_size: int
            f_position: int
            f_unaligned_records: bytes | ExternalBytes
            f_index = reader.int32('FetchSnapshotResponse.PartitionSnapshot.index')
            f_error_code = reader.int16('FetchSnapshotResponse.PartitionSnapshot.error_code')
            f_snapshot_id = FetchSnapshotResponse.SnapshotId.read(reader, version)
            f_current_leader = _EMPTY_FetchSnapshotResponse__LeaderIdAndEpoch
            f_size = reader.int64('FetchSnapshotResponse.PartitionSnapshot.size')
            f_position = reader.int64('FetchSnapshotResponse.PartitionSnapshot.position')
            f_unaligned_records = reader.compact_bytes('FetchSnapshotResponse.PartitionSnapshot.unaligned_records')
            unknown: tuple[tuple[int, bytes], ...]
            unknown_list: list[tuple[int, bytes]] = []
            for _ in range(reader.tagged_field_count('FetchSnapshotResponse.PartitionSnapshot.tagged_fields')):
                tag, end = reader.tagged_field_header('FetchSnapshotResponse.PartitionSnapshot.tagged_fields')
                if tag == 0:
                    f_current_leader = FetchSnapshotResponse.LeaderIdAndEpoch.read(reader, version)
                    reader.expect_position(end, 'FetchSnapshotResponse.PartitionSnapshot.tagged_fields')
                else:
                    unknown_list.append((tag, reader.raw(end - reader.position, 'FetchSnapshotResponse.PartitionSnapshot.tagged_fields')))
            unknown = tuple(unknown_list)
            return _new_FetchSnapshotResponse__PartitionSnapshot(f_index, f_error_code, f_snapshot_id, f_current_leader, f_size, f_position, f_unaligned_records, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class SnapshotId:
        """FetchSnapshotResponse.SnapshotId: versions 0+."""

        end_offset: int = 0  # versions 0+
        epoch: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int64(self.end_offset)
            writer.int32(self.epoch)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> FetchSnapshotResponse.SnapshotId:
            f_end_offset: int
            f_epoch: int
            f_end_offset = reader.int64('FetchSnapshotResponse.SnapshotId.end_offset')
            f_epoch = reader.int32('FetchSnapshotResponse.SnapshotId.epoch')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('FetchSnapshotResponse.SnapshotId.tagged_fields')
            return _new_FetchSnapshotResponse__SnapshotId(f_end_offset, f_epoch, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class LeaderIdAndEpoch:
        """FetchSnapshotResponse.LeaderIdAndEpoch: versions 0+."""

        leader_id: int = 0  # versions 0+
        leader_epoch: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.leader_id)
            writer.int32(self.leader_epoch)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> FetchSnapshotResponse.LeaderIdAndEpoch:
            f_leader_id: int
            f_leader_epoch: int
            f_leader_id = reader.int32('FetchSnapshotResponse.LeaderIdAndEpoch.leader_id')
            f_leader_epoch = reader.int32('FetchSnapshotResponse.LeaderIdAndEpoch.leader_epoch')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('FetchSnapshotResponse.LeaderIdAndEpoch.tagged_fields')
            return _new_FetchSnapshotResponse__LeaderIdAndEpoch(f_leader_id, f_leader_epoch, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class NodeEndpoint:
        """FetchSnapshotResponse.NodeEndpoint: versions 1+."""

        node_id: int = 0  # versions 1+
        host: str = ''  # versions 1+
        port: int = 0  # versions 1+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.node_id)
            writer.compact_string(self.host)
            writer.uint16(self.port)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> FetchSnapshotResponse.NodeEndpoint:
            f_node_id: int
            f_host: str
            f_port: int
            f_node_id = reader.int32('FetchSnapshotResponse.NodeEndpoint.node_id')
            f_host = reader.compact_string('FetchSnapshotResponse.NodeEndpoint.host')
            f_port = reader.uint16('FetchSnapshotResponse.NodeEndpoint.port')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('FetchSnapshotResponse.NodeEndpoint.tagged_fields')
            return _new_FetchSnapshotResponse__NodeEndpoint(f_node_id, f_host, f_port, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        items_topics = self.topics
        writer.compact_array_length(items_topics)
        for each_topics in items_topics:
            each_topics.write(writer, version)
        if version <= 0:
            if self.node_endpoints != ():
                raise EncodeError(f'FetchSnapshotResponse.node_endpoints is set, but version {version} lacks it')
        else:
            pass
        known: list[tuple[int, bytes]] = []
        if version <= 0:
            pass
        else:
            if self.node_endpoints != ():
                tagged = Writer()
                items_node_endpoints = self.node_endpoints
                tagged.compact_array_length(items_node_endpoints)
                for each_node_endpoints in items_node_endpoints:
                    each_node_endpoints.write(tagged, version)
                known.append((0, tagged.getvalue()))
        writer.tagged_fields(known, self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> FetchSnapshotResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_topics: tuple[FetchSnapshotResponse.TopicSnapshot, ...]
        f_node_endpoints: tuple[FetchSnapshotResponse.NodeEndpoint, ...]
        f_throttle_time_ms = reader.int32('FetchSnapshotResponse.throttle_time_ms')
        f_error_code = reader.int16('FetchSnapshotResponse.error_code')
        count_f_topics = reader.compact_array_length('FetchSnapshotResponse.topics')
        read_f_topics = FetchSnapshotResponse.TopicSnapshot.read
        f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        f_node_endpoints = ()
        unknown: tuple[tuple[int, bytes], ...]
        unknown_list: list[tuple[int, bytes]] = []
        for _ in range(reader.tagged_field_count('FetchSnapshotResponse.tagged_fields')):
            tag, end = reader.tagged_field_header('FetchSnapshotResponse.tagged_fields')
            if tag == 0:
                if version < 1:
                    raise reader.fail('tag 0 is not valid for version ' + str(version), 'FetchSnapshotResponse.tagged_fields')
                count_f_node_endpoints = reader.compact_array_length('FetchSnapshotResponse.node_endpoints')
                read_f_node_endpoints = FetchSnapshotResponse.NodeEndpoint.read
                f_node_endpoints = tuple([read_f_node_endpoints(reader, version) for _ in range(count_f_node_endpoints)])
                reader.expect_position(end, 'FetchSnapshotResponse.tagged_fields')
            else:
                unknown_list.append((tag, reader.raw(end - reader.position, 'FetchSnapshotResponse.tagged_fields')))
        unknown = tuple(unknown_list)
        return _new_FetchSnapshotResponse(f_throttle_time_ms, f_error_code, f_topics, f_node_endpoints, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'FetchSnapshotResponse', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'FetchSnapshotResponse', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> FetchSnapshotResponse:
        check_decode_version(version, 'FetchSnapshotResponse', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('FetchSnapshotResponse')
        return result


_EMPTY_FetchSnapshotRequest__SnapshotId: FetchSnapshotRequest.SnapshotId = FetchSnapshotRequest.SnapshotId()
_EMPTY_FetchSnapshotResponse__LeaderIdAndEpoch: FetchSnapshotResponse.LeaderIdAndEpoch = FetchSnapshotResponse.LeaderIdAndEpoch()
_EMPTY_FetchSnapshotResponse__SnapshotId: FetchSnapshotResponse.SnapshotId = FetchSnapshotResponse.SnapshotId()


_SET_FetchSnapshotRequest__TopicSnapshot: tuple[Any, ...] = tuple(
    vars(FetchSnapshotRequest.TopicSnapshot)[name].__set__ for name in ('name', 'partitions', 'unknown_tagged_fields', ))


def _new_FetchSnapshotRequest__TopicSnapshot(name: str, partitions: tuple[FetchSnapshotRequest.PartitionSnapshot, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> FetchSnapshotRequest.TopicSnapshot:
    instance_: FetchSnapshotRequest.TopicSnapshot = object.__new__(FetchSnapshotRequest.TopicSnapshot)
    set0_, set1_, set2_, = _SET_FetchSnapshotRequest__TopicSnapshot
    set0_(instance_, name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_FetchSnapshotRequest__PartitionSnapshot: tuple[Any, ...] = tuple(
    vars(FetchSnapshotRequest.PartitionSnapshot)[name].__set__ for name in ('partition', 'current_leader_epoch', 'snapshot_id', 'position', 'replica_directory_id', 'unknown_tagged_fields', ))


def _new_FetchSnapshotRequest__PartitionSnapshot(partition: int, current_leader_epoch: int, snapshot_id: FetchSnapshotRequest.SnapshotId, position: int, replica_directory_id: UUID, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> FetchSnapshotRequest.PartitionSnapshot:
    instance_: FetchSnapshotRequest.PartitionSnapshot = object.__new__(FetchSnapshotRequest.PartitionSnapshot)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_FetchSnapshotRequest__PartitionSnapshot
    set0_(instance_, partition)
    set1_(instance_, current_leader_epoch)
    set2_(instance_, snapshot_id)
    set3_(instance_, position)
    set4_(instance_, replica_directory_id)
    set5_(instance_, unknown_tagged_fields)
    return instance_


_SET_FetchSnapshotRequest__SnapshotId: tuple[Any, ...] = tuple(
    vars(FetchSnapshotRequest.SnapshotId)[name].__set__ for name in ('end_offset', 'epoch', 'unknown_tagged_fields', ))


def _new_FetchSnapshotRequest__SnapshotId(end_offset: int, epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> FetchSnapshotRequest.SnapshotId:
    instance_: FetchSnapshotRequest.SnapshotId = object.__new__(FetchSnapshotRequest.SnapshotId)
    set0_, set1_, set2_, = _SET_FetchSnapshotRequest__SnapshotId
    set0_(instance_, end_offset)
    set1_(instance_, epoch)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_FetchSnapshotRequest: tuple[Any, ...] = tuple(
    vars(FetchSnapshotRequest)[name].__set__ for name in ('cluster_id', 'replica_id', 'max_bytes', 'topics', 'unknown_tagged_fields', ))


def _new_FetchSnapshotRequest(cluster_id: str | None, replica_id: int, max_bytes: int, topics: tuple[FetchSnapshotRequest.TopicSnapshot, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> FetchSnapshotRequest:
    instance_: FetchSnapshotRequest = object.__new__(FetchSnapshotRequest)
    set0_, set1_, set2_, set3_, set4_, = _SET_FetchSnapshotRequest
    set0_(instance_, cluster_id)
    set1_(instance_, replica_id)
    set2_(instance_, max_bytes)
    set3_(instance_, topics)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_FetchSnapshotResponse__TopicSnapshot: tuple[Any, ...] = tuple(
    vars(FetchSnapshotResponse.TopicSnapshot)[name].__set__ for name in ('name', 'partitions', 'unknown_tagged_fields', ))


def _new_FetchSnapshotResponse__TopicSnapshot(name: str, partitions: tuple[FetchSnapshotResponse.PartitionSnapshot, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> FetchSnapshotResponse.TopicSnapshot:
    instance_: FetchSnapshotResponse.TopicSnapshot = object.__new__(FetchSnapshotResponse.TopicSnapshot)
    set0_, set1_, set2_, = _SET_FetchSnapshotResponse__TopicSnapshot
    set0_(instance_, name)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_FetchSnapshotResponse__PartitionSnapshot: tuple[Any, ...] = tuple(
    vars(FetchSnapshotResponse.PartitionSnapshot)[name].__set__ for name in ('index', 'error_code', 'snapshot_id', 'current_leader', 'size', 'position', 'unaligned_records', 'unknown_tagged_fields', ))


def _new_FetchSnapshotResponse__PartitionSnapshot(index: int, error_code: int, snapshot_id: FetchSnapshotResponse.SnapshotId, current_leader: FetchSnapshotResponse.LeaderIdAndEpoch, size: int, position: int, unaligned_records: bytes | ExternalBytes, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> FetchSnapshotResponse.PartitionSnapshot:
    instance_: FetchSnapshotResponse.PartitionSnapshot = object.__new__(FetchSnapshotResponse.PartitionSnapshot)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, = _SET_FetchSnapshotResponse__PartitionSnapshot
    set0_(instance_, index)
    set1_(instance_, error_code)
    set2_(instance_, snapshot_id)
    set3_(instance_, current_leader)
    set4_(instance_, size)
    set5_(instance_, position)
    set6_(instance_, unaligned_records)
    set7_(instance_, unknown_tagged_fields)
    return instance_


_SET_FetchSnapshotResponse__SnapshotId: tuple[Any, ...] = tuple(
    vars(FetchSnapshotResponse.SnapshotId)[name].__set__ for name in ('end_offset', 'epoch', 'unknown_tagged_fields', ))


def _new_FetchSnapshotResponse__SnapshotId(end_offset: int, epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> FetchSnapshotResponse.SnapshotId:
    instance_: FetchSnapshotResponse.SnapshotId = object.__new__(FetchSnapshotResponse.SnapshotId)
    set0_, set1_, set2_, = _SET_FetchSnapshotResponse__SnapshotId
    set0_(instance_, end_offset)
    set1_(instance_, epoch)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_FetchSnapshotResponse__LeaderIdAndEpoch: tuple[Any, ...] = tuple(
    vars(FetchSnapshotResponse.LeaderIdAndEpoch)[name].__set__ for name in ('leader_id', 'leader_epoch', 'unknown_tagged_fields', ))


def _new_FetchSnapshotResponse__LeaderIdAndEpoch(leader_id: int, leader_epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> FetchSnapshotResponse.LeaderIdAndEpoch:
    instance_: FetchSnapshotResponse.LeaderIdAndEpoch = object.__new__(FetchSnapshotResponse.LeaderIdAndEpoch)
    set0_, set1_, set2_, = _SET_FetchSnapshotResponse__LeaderIdAndEpoch
    set0_(instance_, leader_id)
    set1_(instance_, leader_epoch)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_FetchSnapshotResponse__NodeEndpoint: tuple[Any, ...] = tuple(
    vars(FetchSnapshotResponse.NodeEndpoint)[name].__set__ for name in ('node_id', 'host', 'port', 'unknown_tagged_fields', ))


def _new_FetchSnapshotResponse__NodeEndpoint(node_id: int, host: str, port: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> FetchSnapshotResponse.NodeEndpoint:
    instance_: FetchSnapshotResponse.NodeEndpoint = object.__new__(FetchSnapshotResponse.NodeEndpoint)
    set0_, set1_, set2_, set3_, = _SET_FetchSnapshotResponse__NodeEndpoint
    set0_(instance_, node_id)
    set1_(instance_, host)
    set2_(instance_, port)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_FetchSnapshotResponse: tuple[Any, ...] = tuple(
    vars(FetchSnapshotResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'topics', 'node_endpoints', 'unknown_tagged_fields', ))


def _new_FetchSnapshotResponse(throttle_time_ms: int, error_code: int, topics: tuple[FetchSnapshotResponse.TopicSnapshot, ...], node_endpoints: tuple[FetchSnapshotResponse.NodeEndpoint, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> FetchSnapshotResponse:
    instance_: FetchSnapshotResponse = object.__new__(FetchSnapshotResponse)
    set0_, set1_, set2_, set3_, set4_, = _SET_FetchSnapshotResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, topics)
    set3_(instance_, node_endpoints)
    set4_(instance_, unknown_tagged_fields)
    return instance_
