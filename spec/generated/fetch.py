# generated from FetchRequest.json, FetchResponse.json; do not edit
"""Fetch (API key 1): request and response."""

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
__all__ = ['FetchRequest', 'FetchResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class FetchRequest:
    """FetchRequest, API key 1: versions 0-17, flexible 12+."""

    API_KEY: ClassVar[int] = 1
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 17
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 12

    cluster_id: str | None = None  # versions 12+; nullable 12+; tag 0 in 12+; ignorable
    replica_id: int = -1  # versions 0-14
    replica_state: FetchRequest.ReplicaState = field(default_factory=lambda: _EMPTY_FetchRequest__ReplicaState)  # versions 15+; tag 1 in 15+
    max_wait_ms: int = 0  # versions 0+
    min_bytes: int = 0  # versions 0+
    max_bytes: int = 2147483647  # versions 3+; ignorable
    isolation_level: int = 0  # versions 4+; ignorable
    session_id: int = 0  # versions 7+; ignorable
    session_epoch: int = -1  # versions 7+; ignorable
    topics: tuple[FetchRequest.FetchTopic, ...] = ()  # versions 0+
    forgotten_topics_data: tuple[FetchRequest.ForgottenTopic, ...] = ()  # versions 7+
    rack_id: str = ''  # versions 11+; ignorable
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ReplicaState:
        """FetchRequest.ReplicaState: versions 15+."""

        replica_id: int = -1  # versions 15+
        replica_epoch: int = -1  # versions 15+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.replica_id)
            writer.int64(self.replica_epoch)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> FetchRequest.ReplicaState:
            f_replica_id: int
            f_replica_epoch: int
            f_replica_id = reader.int32('FetchRequest.ReplicaState.replica_id')
            f_replica_epoch = reader.int64('FetchRequest.ReplicaState.replica_epoch')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('FetchRequest.ReplicaState.tagged_fields')
            return _new_FetchRequest__ReplicaState(f_replica_id, f_replica_epoch, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class FetchTopic:
        """FetchRequest.FetchTopic: versions 0+."""

        topic: str = ''  # versions 0-12; ignorable
        topic_id: UUID = _ZERO_UUID  # versions 13+; ignorable
        partitions: tuple[FetchRequest.FetchPartition, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 11:
                writer.string(self.topic)
            elif version <= 12:
                writer.compact_string(self.topic)
            else:
                pass
            if version <= 12:
                pass
            else:
                writer.uuid(self.topic_id)
            if version <= 11:
                items_partitions = self.partitions
                writer.array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            else:
                items_partitions = self.partitions
                writer.compact_array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            if version <= 11:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'FetchRequest.FetchTopic has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> FetchRequest.FetchTopic:
            f_topic: str
            f_topic_id: UUID
            f_partitions: tuple[FetchRequest.FetchPartition, ...]
            if version <= 11:
                f_topic = reader.string('FetchRequest.FetchTopic.topic')
            elif version <= 12:
                f_topic = reader.compact_string('FetchRequest.FetchTopic.topic')
            else:
                f_topic = ''
            f_topic_id = _ZERO_UUID if version <= 12 else reader.uuid('FetchRequest.FetchTopic.topic_id')
            if version <= 11:
                count_f_partitions = reader.array_length('FetchRequest.FetchTopic.partitions')
                read_f_partitions = FetchRequest.FetchPartition.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            else:
                count_f_partitions = reader.compact_array_length('FetchRequest.FetchTopic.partitions')
                read_f_partitions = FetchRequest.FetchPartition.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 11 else reader.unknown_tagged_fields('FetchRequest.FetchTopic.tagged_fields')
            return _new_FetchRequest__FetchTopic(f_topic, f_topic_id, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class FetchPartition:
        """FetchRequest.FetchPartition: versions 0+."""

        partition: int = 0  # versions 0+
        current_leader_epoch: int = -1  # versions 9+; ignorable
        fetch_offset: int = 0  # versions 0+
        last_fetched_epoch: int = -1  # versions 12+
        log_start_offset: int = -1  # versions 5+; ignorable
        partition_max_bytes: int = 0  # versions 0+
        replica_directory_id: UUID = _ZERO_UUID  # versions 17+; tag 0 in 17+; ignorable
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition)
            if version <= 8:
                pass
            else:
                writer.int32(self.current_leader_epoch)
            writer.int64(self.fetch_offset)
            if version <= 11:
                if self.last_fetched_epoch != -1:
                    raise EncodeError(f'FetchRequest.FetchPartition.last_fetched_epoch is set, but version {version} lacks it')
            else:
                writer.int32(self.last_fetched_epoch)
            if version <= 4:
                pass
            else:
                writer.int64(self.log_start_offset)
            writer.int32(self.partition_max_bytes)
            if version <= 11:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'FetchRequest.FetchPartition has tagged fields, but version {version} is not flexible')
            else:
                known: list[tuple[int, bytes]] = []
                if version <= 16:
                    pass
                else:
                    if self.replica_directory_id != _ZERO_UUID:
                        tagged = Writer()
                        tagged.uuid(self.replica_directory_id)
                        known.append((0, tagged.getvalue()))
                writer.tagged_fields(known, self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> FetchRequest.FetchPartition:
            f_partition: int
            f_current_leader_epoch: int
            f_fetch_offset: int
            f_last_fetched_epoch: int
            f_log_start_offset: int
            f_partition_max_bytes: int
            f_replica_directory_id: UUID
            f_partition = reader.int32('FetchRequest.FetchPartition.partition')
            f_current_leader_epoch = -1 if version <= 8 else reader.int32('FetchRequest.FetchPartition.current_leader_epoch')
            f_fetch_offset = reader.int64('FetchRequest.FetchPartition.fetch_offset')
            f_last_fetched_epoch = -1 if version <= 11 else reader.int32('FetchRequest.FetchPartition.last_fetched_epoch')
            f_log_start_offset = -1 if version <= 4 else reader.int64('FetchRequest.FetchPartition.log_start_offset')
            f_partition_max_bytes = reader.int32('FetchRequest.FetchPartition.partition_max_bytes')
            f_replica_directory_id = _ZERO_UUID
            unknown: tuple[tuple[int, bytes], ...]
            if version <= 11:
                unknown = ()
            else:
                unknown_list: list[tuple[int, bytes]] = []
                for _ in range(reader.tagged_field_count('FetchRequest.FetchPartition.tagged_fields')):
                    tag, end = reader.tagged_field_header('FetchRequest.FetchPartition.tagged_fields')
                    if tag == 0:
                        if version < 17:
                            raise reader.fail('tag 0 is not valid for version ' + str(version), 'FetchRequest.FetchPartition.tagged_fields')
                        f_replica_directory_id = reader.uuid('FetchRequest.FetchPartition.replica_directory_id')
                        reader.expect_position(end, 'FetchRequest.FetchPartition.tagged_fields')
                    else:
                        unknown_list.append((tag, reader.raw(end - reader.position, 'FetchRequest.FetchPartition.tagged_fields')))
                unknown = tuple(unknown_list)
            return _new_FetchRequest__FetchPartition(f_partition, f_current_leader_epoch, f_fetch_offset, f_last_fetched_epoch, f_log_start_offset, f_partition_max_bytes, f_replica_directory_id, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ForgottenTopic:
        """FetchRequest.ForgottenTopic: versions 7+."""

        topic: str = ''  # versions 7-12; ignorable
        topic_id: UUID = _ZERO_UUID  # versions 13+; ignorable
        partitions: tuple[int, ...] = ()  # versions 7+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 11:
                writer.string(self.topic)
            elif version <= 12:
                writer.compact_string(self.topic)
            else:
                pass
            if version <= 12:
                pass
            else:
                writer.uuid(self.topic_id)
            if version <= 11:
                items_partitions = self.partitions
                writer.array_length(items_partitions)
                writer.int32_items(items_partitions)
            else:
                items_partitions = self.partitions
                writer.compact_array_length(items_partitions)
                writer.int32_items(items_partitions)
            if version <= 11:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'FetchRequest.ForgottenTopic has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> FetchRequest.ForgottenTopic:
            f_topic: str
            f_topic_id: UUID
            f_partitions: tuple[int, ...]
            if version <= 11:
                f_topic = reader.string('FetchRequest.ForgottenTopic.topic')
            elif version <= 12:
                f_topic = reader.compact_string('FetchRequest.ForgottenTopic.topic')
            else:
                f_topic = ''
            f_topic_id = _ZERO_UUID if version <= 12 else reader.uuid('FetchRequest.ForgottenTopic.topic_id')
            if version <= 11:
                count_f_partitions = reader.array_length('FetchRequest.ForgottenTopic.partitions')
                f_partitions = reader.int32_items(count_f_partitions, 'FetchRequest.ForgottenTopic.partitions')
            else:
                count_f_partitions = reader.compact_array_length('FetchRequest.ForgottenTopic.partitions')
                f_partitions = reader.int32_items(count_f_partitions, 'FetchRequest.ForgottenTopic.partitions')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 11 else reader.unknown_tagged_fields('FetchRequest.ForgottenTopic.tagged_fields')
            return _new_FetchRequest__ForgottenTopic(f_topic, f_topic_id, f_partitions, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 14:
            writer.int32(self.replica_id)
        else:
            if self.replica_id != -1:
                raise EncodeError(f'FetchRequest.replica_id is set, but version {version} lacks it')
        if version <= 14:
            if self.replica_state != _EMPTY_FetchRequest__ReplicaState:
                raise EncodeError(f'FetchRequest.replica_state is set, but version {version} lacks it')
        else:
            pass
        writer.int32(self.max_wait_ms)
        writer.int32(self.min_bytes)
        if version <= 2:
            pass
        else:
            writer.int32(self.max_bytes)
        if version <= 3:
            pass
        else:
            writer.int8(self.isolation_level)
        if version <= 6:
            pass
        else:
            writer.int32(self.session_id)
        if version <= 6:
            pass
        else:
            writer.int32(self.session_epoch)
        if version <= 11:
            items_topics = self.topics
            writer.array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        else:
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        if version <= 6:
            if self.forgotten_topics_data != ():
                raise EncodeError(f'FetchRequest.forgotten_topics_data is set, but version {version} lacks it')
        elif version <= 11:
            items_forgotten_topics_data = self.forgotten_topics_data
            writer.array_length(items_forgotten_topics_data)
            for each_forgotten_topics_data in items_forgotten_topics_data:
                each_forgotten_topics_data.write(writer, version)
        else:
            items_forgotten_topics_data = self.forgotten_topics_data
            writer.compact_array_length(items_forgotten_topics_data)
            for each_forgotten_topics_data in items_forgotten_topics_data:
                each_forgotten_topics_data.write(writer, version)
        if version <= 10:
            pass
        elif version <= 11:
            writer.string(self.rack_id)
        else:
            writer.compact_string(self.rack_id)
        if version <= 11:
            if self.unknown_tagged_fields:
                raise EncodeError(f'FetchRequest has tagged fields, but version {version} is not flexible')
        else:
            known: list[tuple[int, bytes]] = []
            if self.cluster_id is not None:
                tagged = Writer()
                tagged.compact_nullable_string(self.cluster_id)
                known.append((0, tagged.getvalue()))
            if version <= 14:
                pass
            else:
                if self.replica_state != _EMPTY_FetchRequest__ReplicaState:
                    tagged = Writer()
                    self.replica_state.write(tagged, version)
                    known.append((1, tagged.getvalue()))
            writer.tagged_fields(known, self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> FetchRequest:
        f_cluster_id: str | None
        f_replica_id: int
        f_replica_state: FetchRequest.ReplicaState
        f_max_wait_ms: int
        f_min_bytes: int
        f_max_bytes: int
        f_isolation_level: int
        f_session_id: int
        f_session_epoch: int
        f_topics: tuple[FetchRequest.FetchTopic, ...]
        f_forgotten_topics_data: tuple[FetchRequest.ForgottenTopic, ...]
        f_rack_id: str
        f_cluster_id = None
        f_replica_id = reader.int32('FetchRequest.replica_id') if version <= 14 else -1
        f_replica_state = _EMPTY_FetchRequest__ReplicaState
        f_max_wait_ms = reader.int32('FetchRequest.max_wait_ms')
        f_min_bytes = reader.int32('FetchRequest.min_bytes')
        f_max_bytes = 2147483647 if version <= 2 else reader.int32('FetchRequest.max_bytes')
        f_isolation_level = 0 if version <= 3 else reader.int8('FetchRequest.isolation_level')
        f_session_id = 0 if version <= 6 else reader.int32('FetchRequest.session_id')
        f_session_epoch = -1 if version <= 6 else reader.int32('FetchRequest.session_epoch')
        if version <= 11:
            count_f_topics = reader.array_length('FetchRequest.topics')
            read_f_topics = FetchRequest.FetchTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        else:
            count_f_topics = reader.compact_array_length('FetchRequest.topics')
            read_f_topics = FetchRequest.FetchTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        if version <= 6:
            f_forgotten_topics_data = ()
        elif version <= 11:
            count_f_forgotten_topics_data = reader.array_length('FetchRequest.forgotten_topics_data')
            read_f_forgotten_topics_data = FetchRequest.ForgottenTopic.read
            f_forgotten_topics_data = tuple([read_f_forgotten_topics_data(reader, version) for _ in range(count_f_forgotten_topics_data)])
        else:
            count_f_forgotten_topics_data = reader.compact_array_length('FetchRequest.forgotten_topics_data')
            read_f_forgotten_topics_data = FetchRequest.ForgottenTopic.read
            f_forgotten_topics_data = tuple([read_f_forgotten_topics_data(reader, version) for _ in range(count_f_forgotten_topics_data)])
        if version <= 10:
            f_rack_id = ''
        elif version <= 11:
            f_rack_id = reader.string('FetchRequest.rack_id')
        else:
            f_rack_id = reader.compact_string('FetchRequest.rack_id')
        unknown: tuple[tuple[int, bytes], ...]
        if version <= 11:
            unknown = ()
        else:
            unknown_list: list[tuple[int, bytes]] = []
            for _ in range(reader.tagged_field_count('FetchRequest.tagged_fields')):
                tag, end = reader.tagged_field_header('FetchRequest.tagged_fields')
                if tag == 0:
                    f_cluster_id = reader.compact_nullable_string('FetchRequest.cluster_id')
                    reader.expect_position(end, 'FetchRequest.tagged_fields')
                elif tag == 1:
                    if version < 15:
                        raise reader.fail('tag 1 is not valid for version ' + str(version), 'FetchRequest.tagged_fields')
                    f_replica_state = FetchRequest.ReplicaState.read(reader, version)
                    reader.expect_position(end, 'FetchRequest.tagged_fields')
                else:
                    unknown_list.append((tag, reader.raw(end - reader.position, 'FetchRequest.tagged_fields')))
            unknown = tuple(unknown_list)
        return _new_FetchRequest(f_cluster_id, f_replica_id, f_replica_state, f_max_wait_ms, f_min_bytes, f_max_bytes, f_isolation_level, f_session_id, f_session_epoch, f_topics, f_forgotten_topics_data, f_rack_id, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'FetchRequest', 0, 17).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'FetchRequest', 0, 17).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> FetchRequest:
        check_decode_version(version, 'FetchRequest', 0, 17)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('FetchRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchResponse:
    """FetchResponse, API key 1: versions 0-17, flexible 12+."""

    API_KEY: ClassVar[int] = 1
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 17
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 12

    throttle_time_ms: int = 0  # versions 1+; ignorable
    error_code: int = 0  # versions 7+; ignorable
    session_id: int = 0  # versions 7+
    responses: tuple[FetchResponse.FetchableTopicResponse, ...] = ()  # versions 0+
    node_endpoints: tuple[FetchResponse.NodeEndpoint, ...] = ()  # versions 16+; tag 0 in 16+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class FetchableTopicResponse:
        """FetchResponse.FetchableTopicResponse: versions 0+."""

        topic: str = ''  # versions 0-12; ignorable
        topic_id: UUID = _ZERO_UUID  # versions 13+; ignorable
        partitions: tuple[FetchResponse.PartitionData, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 11:
                writer.string(self.topic)
            elif version <= 12:
                writer.compact_string(self.topic)
            else:
                pass
            if version <= 12:
                pass
            else:
                writer.uuid(self.topic_id)
            if version <= 11:
                items_partitions = self.partitions
                writer.array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            else:
                items_partitions = self.partitions
                writer.compact_array_length(items_partitions)
                for each_partitions in items_partitions:
                    each_partitions.write(writer, version)
            if version <= 11:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'FetchResponse.FetchableTopicResponse has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> FetchResponse.FetchableTopicResponse:
            f_topic: str
            f_topic_id: UUID
            f_partitions: tuple[FetchResponse.PartitionData, ...]
            if version <= 11:
                f_topic = reader.string('FetchResponse.FetchableTopicResponse.topic')
            elif version <= 12:
                f_topic = reader.compact_string('FetchResponse.FetchableTopicResponse.topic')
            else:
                f_topic = ''
            f_topic_id = _ZERO_UUID if version <= 12 else reader.uuid('FetchResponse.FetchableTopicResponse.topic_id')
            if version <= 11:
                count_f_partitions = reader.array_length('FetchResponse.FetchableTopicResponse.partitions')
                read_f_partitions = FetchResponse.PartitionData.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            else:
                count_f_partitions = reader.compact_array_length('FetchResponse.FetchableTopicResponse.partitions')
                read_f_partitions = FetchResponse.PartitionData.read
                f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 11 else reader.unknown_tagged_fields('FetchResponse.FetchableTopicResponse.tagged_fields')
            return _new_FetchResponse__FetchableTopicResponse(f_topic, f_topic_id, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionData:
        """FetchResponse.PartitionData: versions 0+."""

        partition_index: int = 0  # versions 0+
        error_code: int = 0  # versions 0+
        high_watermark: int = 0  # versions 0+
        last_stable_offset: int = -1  # versions 4+; ignorable
        log_start_offset: int = -1  # versions 5+; ignorable
        diverging_epoch: FetchResponse.EpochEndOffset = field(default_factory=lambda: _EMPTY_FetchResponse__EpochEndOffset)  # versions 12+; tag 0 in 12+
        current_leader: FetchResponse.LeaderIdAndEpoch = field(default_factory=lambda: _EMPTY_FetchResponse__LeaderIdAndEpoch)  # versions 12+; tag 1 in 12+
        snapshot_id: FetchResponse.SnapshotId = field(default_factory=lambda: _EMPTY_FetchResponse__SnapshotId)  # versions 12+; tag 2 in 12+
        aborted_transactions: tuple[FetchResponse.AbortedTransaction, ...] | None = ()  # versions 4+; nullable 4+; ignorable
        preferred_read_replica: int = -1  # versions 11+
        records: bytes | ExternalBytes | None = None  # versions 0+; nullable 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            items_aborted_transactions: tuple[FetchResponse.AbortedTransaction, ...] | None
            writer.int32(self.partition_index)
            writer.int16(self.error_code)
            writer.int64(self.high_watermark)
            if version <= 3:
                pass
            else:
                writer.int64(self.last_stable_offset)
            if version <= 4:
                pass
            else:
                writer.int64(self.log_start_offset)
            if version <= 11:
                if self.diverging_epoch != _EMPTY_FetchResponse__EpochEndOffset:
                    raise EncodeError(f'FetchResponse.PartitionData.diverging_epoch is set, but version {version} lacks it')
            else:
                pass
            if version <= 11:
                if self.current_leader != _EMPTY_FetchResponse__LeaderIdAndEpoch:
                    raise EncodeError(f'FetchResponse.PartitionData.current_leader is set, but version {version} lacks it')
            else:
                pass
            if version <= 11:
                if self.snapshot_id != _EMPTY_FetchResponse__SnapshotId:
                    raise EncodeError(f'FetchResponse.PartitionData.snapshot_id is set, but version {version} lacks it')
            else:
                pass
            if version <= 3:
                pass
            elif version <= 11:
                items_aborted_transactions = self.aborted_transactions
                writer.array_length(items_aborted_transactions)
                if items_aborted_transactions is not None:
                    for each_aborted_transactions in items_aborted_transactions:
                        each_aborted_transactions.write(writer, version)
            else:
                items_aborted_transactions = self.aborted_transactions
                writer.compact_array_length(items_aborted_transactions)
                if items_aborted_transactions is not None:
                    for each_aborted_transactions in items_aborted_transactions:
                        each_aborted_transactions.write(writer, version)
            if version <= 10:
                if self.preferred_read_replica != -1:
                    raise EncodeError(f'FetchResponse.PartitionData.preferred_read_replica is set, but version {version} lacks it')
            else:
                writer.int32(self.preferred_read_replica)
            if version <= 11:
                writer.nullable_records(self.records)
            else:
                writer.compact_nullable_records(self.records)
            if version <= 11:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'FetchResponse.PartitionData has tagged fields, but version {version} is not flexible')
            else:
                known: list[tuple[int, bytes]] = []
                if self.diverging_epoch != _EMPTY_FetchResponse__EpochEndOffset:
                    tagged = Writer()
                    self.diverging_epoch.write(tagged, version)
                    known.append((0, tagged.getvalue()))
                if self.current_leader != _EMPTY_FetchResponse__LeaderIdAndEpoch:
                    tagged = Writer()
                    self.current_leader.write(tagged, version)
                    known.append((1, tagged.getvalue()))
                if self.snapshot_id != _EMPTY_FetchResponse__SnapshotId:
                    tagged = Writer()
                    self.snapshot_id.write(tagged, version)
                    known.append((2, tagged.getvalue()))
                writer.tagged_fields(known, self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> FetchResponse.PartitionData:
            f_partition_index: int
            f_error_code: int
            f_high_watermark: int
            f_last_stable_offset: int
            f_log_start_offset: int
            f_diverging_epoch: FetchResponse.EpochEndOffset
            f_current_leader: FetchResponse.LeaderIdAndEpoch
            f_snapshot_id: FetchResponse.SnapshotId
            f_aborted_transactions: tuple[FetchResponse.AbortedTransaction, ...] | None
            f_preferred_read_replica: int
            f_records: bytes | ExternalBytes | None
            f_partition_index = reader.int32('FetchResponse.PartitionData.partition_index')
            f_error_code = reader.int16('FetchResponse.PartitionData.error_code')
            f_high_watermark = reader.int64('FetchResponse.PartitionData.high_watermark')
            f_last_stable_offset = -1 if version <= 3 else reader.int64('FetchResponse.PartitionData.last_stable_offset')
            f_log_start_offset = -1 if version <= 4 else reader.int64('FetchResponse.PartitionData.log_start_offset')
            f_diverging_epoch = _EMPTY_FetchResponse__EpochEndOffset
            f_current_leader = _EMPTY_FetchResponse__LeaderIdAndEpoch
            f_snapshot_id = _EMPTY_FetchResponse__SnapshotId
            if version <= 3:
                f_aborted_transactions = ()
            elif version <= 11:
                count_f_aborted_transactions = reader.nullable_array_length('FetchResponse.PartitionData.aborted_transactions')
                read_f_aborted_transactions = FetchResponse.AbortedTransaction.read
                f_aborted_transactions = None if count_f_aborted_transactions < 0 else tuple([read_f_aborted_transactions(reader, version) for _ in range(count_f_aborted_transactions)])
            else:
                count_f_aborted_transactions = reader.compact_nullable_array_length('FetchResponse.PartitionData.aborted_transactions')
                read_f_aborted_transactions = FetchResponse.AbortedTransaction.read
                f_aborted_transactions = None if count_f_aborted_transactions < 0 else tuple([read_f_aborted_transactions(reader, version) for _ in range(count_f_aborted_transactions)])
            f_preferred_read_replica = -1 if version <= 10 else reader.int32('FetchResponse.PartitionData.preferred_read_replica')
            f_records = reader.nullable_bytes('FetchResponse.PartitionData.records') if version <= 11 else reader.compact_nullable_bytes('FetchResponse.PartitionData.records')
            unknown: tuple[tuple[int, bytes], ...]
            if version <= 11:
                unknown = ()
            else:
                unknown_list: list[tuple[int, bytes]] = []
                for _ in range(reader.tagged_field_count('FetchResponse.PartitionData.tagged_fields')):
                    tag, end = reader.tagged_field_header('FetchResponse.PartitionData.tagged_fields')
                    if tag == 0:
                        f_diverging_epoch = FetchResponse.EpochEndOffset.read(reader, version)
                        reader.expect_position(end, 'FetchResponse.PartitionData.tagged_fields')
                    elif tag == 1:
                        f_current_leader = FetchResponse.LeaderIdAndEpoch.read(reader, version)
                        reader.expect_position(end, 'FetchResponse.PartitionData.tagged_fields')
                    elif tag == 2:
                        f_snapshot_id = FetchResponse.SnapshotId.read(reader, version)
                        reader.expect_position(end, 'FetchResponse.PartitionData.tagged_fields')
                    else:
                        unknown_list.append((tag, reader.raw(end - reader.position, 'FetchResponse.PartitionData.tagged_fields')))
                unknown = tuple(unknown_list)
            return _new_FetchResponse__PartitionData(f_partition_index, f_error_code, f_high_watermark, f_last_stable_offset, f_log_start_offset, f_diverging_epoch, f_current_leader, f_snapshot_id, f_aborted_transactions, f_preferred_read_replica, f_records, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class EpochEndOffset:
        """FetchResponse.EpochEndOffset: versions 12+."""

        epoch: int = -1  # versions 12+
        end_offset: int = -1  # versions 12+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.epoch)
            writer.int64(self.end_offset)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> FetchResponse.EpochEndOffset:
            f_epoch: int
            f_end_offset: int
            f_epoch = reader.int32('FetchResponse.EpochEndOffset.epoch')
            f_end_offset = reader.int64('FetchResponse.EpochEndOffset.end_offset')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('FetchResponse.EpochEndOffset.tagged_fields')
            return _new_FetchResponse__EpochEndOffset(f_epoch, f_end_offset, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class LeaderIdAndEpoch:
        """FetchResponse.LeaderIdAndEpoch: versions 12+."""

        leader_id: int = -1  # versions 12+
        leader_epoch: int = -1  # versions 12+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.leader_id)
            writer.int32(self.leader_epoch)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> FetchResponse.LeaderIdAndEpoch:
            f_leader_id: int
            f_leader_epoch: int
            f_leader_id = reader.int32('FetchResponse.LeaderIdAndEpoch.leader_id')
            f_leader_epoch = reader.int32('FetchResponse.LeaderIdAndEpoch.leader_epoch')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('FetchResponse.LeaderIdAndEpoch.tagged_fields')
            return _new_FetchResponse__LeaderIdAndEpoch(f_leader_id, f_leader_epoch, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class SnapshotId:
        """FetchResponse.SnapshotId: versions 12+."""

        end_offset: int = -1  # versions 0+
        epoch: int = -1  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int64(self.end_offset)
            writer.int32(self.epoch)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> FetchResponse.SnapshotId:
            f_end_offset: int
            f_epoch: int
            f_end_offset = reader.int64('FetchResponse.SnapshotId.end_offset')
            f_epoch = reader.int32('FetchResponse.SnapshotId.epoch')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('FetchResponse.SnapshotId.tagged_fields')
            return _new_FetchResponse__SnapshotId(f_end_offset, f_epoch, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class AbortedTransaction:
        """FetchResponse.AbortedTransaction: versions 4+."""

        producer_id: int = 0  # versions 4+
        first_offset: int = 0  # versions 4+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int64(self.producer_id)
            writer.int64(self.first_offset)
            if version <= 11:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'FetchResponse.AbortedTransaction has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> FetchResponse.AbortedTransaction:
            f_producer_id: int
            f_first_offset: int
            f_producer_id = reader.int64('FetchResponse.AbortedTransaction.producer_id')
            f_first_offset = reader.int64('FetchResponse.AbortedTransaction.first_offset')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 11 else reader.unknown_tagged_fields('FetchResponse.AbortedTransaction.tagged_fields')
            return _new_FetchResponse__AbortedTransaction(f_producer_id, f_first_offset, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class NodeEndpoint:
        """FetchResponse.NodeEndpoint: versions 16+."""

        node_id: int = 0  # versions 16+
        host: str = ''  # versions 16+
        port: int = 0  # versions 16+
        rack: str | None = None  # versions 16+; nullable 16+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.node_id)
            writer.compact_string(self.host)
            writer.int32(self.port)
            writer.compact_nullable_string(self.rack)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> FetchResponse.NodeEndpoint:
            f_node_id: int
            f_host: str
            f_port: int
            f_rack: str | None
            f_node_id = reader.int32('FetchResponse.NodeEndpoint.node_id')
            f_host = reader.compact_string('FetchResponse.NodeEndpoint.host')
            f_port = reader.int32('FetchResponse.NodeEndpoint.port')
            f_rack = reader.compact_nullable_string('FetchResponse.NodeEndpoint.rack')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('FetchResponse.NodeEndpoint.tagged_fields')
            return _new_FetchResponse__NodeEndpoint(f_node_id, f_host, f_port, f_rack, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 0:
            pass
        else:
            writer.int32(self.throttle_time_ms)
        if version <= 6:
            pass
        else:
            writer.int16(self.error_code)
        if version <= 6:
            if self.session_id != 0:
                raise EncodeError(f'FetchResponse.session_id is set, but version {version} lacks it')
        else:
            writer.int32(self.session_id)
        if version <= 11:
            items_responses = self.responses
            writer.array_length(items_responses)
            for each_responses in items_responses:
                each_responses.write(writer, version)
        else:
            items_responses = self.responses
            writer.compact_array_length(items_responses)
            for each_responses in items_responses:
                each_responses.write(writer, version)
        if version <= 15:
            if self.node_endpoints != ():
                raise EncodeError(f'FetchResponse.node_endpoints is set, but version {version} lacks it')
        else:
            pass
        if version <= 11:
            if self.unknown_tagged_fields:
                raise EncodeError(f'FetchResponse has tagged fields, but version {version} is not flexible')
        else:
            known: list[tuple[int, bytes]] = []
            if version <= 15:
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
    def read(cls, reader: Reader, version: int) -> FetchResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_session_id: int
        f_responses: tuple[FetchResponse.FetchableTopicResponse, ...]
        f_node_endpoints: tuple[FetchResponse.NodeEndpoint, ...]
        f_throttle_time_ms = 0 if version <= 0 else reader.int32('FetchResponse.throttle_time_ms')
        f_error_code = 0 if version <= 6 else reader.int16('FetchResponse.error_code')
        f_session_id = 0 if version <= 6 else reader.int32('FetchResponse.session_id')
        if version <= 11:
            count_f_responses = reader.array_length('FetchResponse.responses')
            read_f_responses = FetchResponse.FetchableTopicResponse.read
            f_responses = tuple([read_f_responses(reader, version) for _ in range(count_f_responses)])
        else:
            count_f_responses = reader.compact_array_length('FetchResponse.responses')
            read_f_responses = FetchResponse.FetchableTopicResponse.read
            f_responses = tuple([read_f_responses(reader, version) for _ in range(count_f_responses)])
        f_node_endpoints = ()
        unknown: tuple[tuple[int, bytes], ...]
        if version <= 11:
            unknown = ()
        else:
            unknown_list: list[tuple[int, bytes]] = []
            for _ in range(reader.tagged_field_count('FetchResponse.tagged_fields')):
                tag, end = reader.tagged_field_header('FetchResponse.tagged_fields')
                if tag == 0:
                    if version < 16:
                        raise reader.fail('tag 0 is not valid for version ' + str(version), 'FetchResponse.tagged_fields')
                    count_f_node_endpoints = reader.compact_array_length('FetchResponse.node_endpoints')
                    read_f_node_endpoints = FetchResponse.NodeEndpoint.read
                    f_node_endpoints = tuple([read_f_node_endpoints(reader, version) for _ in range(count_f_node_endpoints)])
                    reader.expect_position(end, 'FetchResponse.tagged_fields')
                else:
                    unknown_list.append((tag, reader.raw(end - reader.position, 'FetchResponse.tagged_fields')))
            unknown = tuple(unknown_list)
        return _new_FetchResponse(f_throttle_time_ms, f_error_code, f_session_id, f_responses, f_node_endpoints, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'FetchResponse', 0, 17).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'FetchResponse', 0, 17).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> FetchResponse:
        check_decode_version(version, 'FetchResponse', 0, 17)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('FetchResponse')
        return result


_EMPTY_FetchRequest__ReplicaState: FetchRequest.ReplicaState = FetchRequest.ReplicaState()
_EMPTY_FetchResponse__EpochEndOffset: FetchResponse.EpochEndOffset = FetchResponse.EpochEndOffset()
_EMPTY_FetchResponse__LeaderIdAndEpoch: FetchResponse.LeaderIdAndEpoch = FetchResponse.LeaderIdAndEpoch()
_EMPTY_FetchResponse__SnapshotId: FetchResponse.SnapshotId = FetchResponse.SnapshotId()


_SET_FetchRequest__ReplicaState: tuple[Any, ...] = tuple(
    vars(FetchRequest.ReplicaState)[name].__set__ for name in ('replica_id', 'replica_epoch', 'unknown_tagged_fields', ))


def _new_FetchRequest__ReplicaState(replica_id: int, replica_epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> FetchRequest.ReplicaState:
    instance_: FetchRequest.ReplicaState = object.__new__(FetchRequest.ReplicaState)
    set0_, set1_, set2_, = _SET_FetchRequest__ReplicaState
    set0_(instance_, replica_id)
    set1_(instance_, replica_epoch)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_FetchRequest__FetchTopic: tuple[Any, ...] = tuple(
    vars(FetchRequest.FetchTopic)[name].__set__ for name in ('topic', 'topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_FetchRequest__FetchTopic(topic: str, topic_id: UUID, partitions: tuple[FetchRequest.FetchPartition, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> FetchRequest.FetchTopic:
    instance_: FetchRequest.FetchTopic = object.__new__(FetchRequest.FetchTopic)
    set0_, set1_, set2_, set3_, = _SET_FetchRequest__FetchTopic
    set0_(instance_, topic)
    set1_(instance_, topic_id)
    set2_(instance_, partitions)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_FetchRequest__FetchPartition: tuple[Any, ...] = tuple(
    vars(FetchRequest.FetchPartition)[name].__set__ for name in ('partition', 'current_leader_epoch', 'fetch_offset', 'last_fetched_epoch', 'log_start_offset', 'partition_max_bytes', 'replica_directory_id', 'unknown_tagged_fields', ))


def _new_FetchRequest__FetchPartition(partition: int, current_leader_epoch: int, fetch_offset: int, last_fetched_epoch: int, log_start_offset: int, partition_max_bytes: int, replica_directory_id: UUID, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> FetchRequest.FetchPartition:
    instance_: FetchRequest.FetchPartition = object.__new__(FetchRequest.FetchPartition)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, = _SET_FetchRequest__FetchPartition
    set0_(instance_, partition)
    set1_(instance_, current_leader_epoch)
    set2_(instance_, fetch_offset)
    set3_(instance_, last_fetched_epoch)
    set4_(instance_, log_start_offset)
    set5_(instance_, partition_max_bytes)
    set6_(instance_, replica_directory_id)
    set7_(instance_, unknown_tagged_fields)
    return instance_


_SET_FetchRequest__ForgottenTopic: tuple[Any, ...] = tuple(
    vars(FetchRequest.ForgottenTopic)[name].__set__ for name in ('topic', 'topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_FetchRequest__ForgottenTopic(topic: str, topic_id: UUID, partitions: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> FetchRequest.ForgottenTopic:
    instance_: FetchRequest.ForgottenTopic = object.__new__(FetchRequest.ForgottenTopic)
    set0_, set1_, set2_, set3_, = _SET_FetchRequest__ForgottenTopic
    set0_(instance_, topic)
    set1_(instance_, topic_id)
    set2_(instance_, partitions)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_FetchRequest: tuple[Any, ...] = tuple(
    vars(FetchRequest)[name].__set__ for name in ('cluster_id', 'replica_id', 'replica_state', 'max_wait_ms', 'min_bytes', 'max_bytes', 'isolation_level', 'session_id', 'session_epoch', 'topics', 'forgotten_topics_data', 'rack_id', 'unknown_tagged_fields', ))


def _new_FetchRequest(cluster_id: str | None, replica_id: int, replica_state: FetchRequest.ReplicaState, max_wait_ms: int, min_bytes: int, max_bytes: int, isolation_level: int, session_id: int, session_epoch: int, topics: tuple[FetchRequest.FetchTopic, ...], forgotten_topics_data: tuple[FetchRequest.ForgottenTopic, ...], rack_id: str, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> FetchRequest:
    instance_: FetchRequest = object.__new__(FetchRequest)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, set9_, set10_, set11_, set12_, = _SET_FetchRequest
    set0_(instance_, cluster_id)
    set1_(instance_, replica_id)
    set2_(instance_, replica_state)
    set3_(instance_, max_wait_ms)
    set4_(instance_, min_bytes)
    set5_(instance_, max_bytes)
    set6_(instance_, isolation_level)
    set7_(instance_, session_id)
    set8_(instance_, session_epoch)
    set9_(instance_, topics)
    set10_(instance_, forgotten_topics_data)
    set11_(instance_, rack_id)
    set12_(instance_, unknown_tagged_fields)
    return instance_


_SET_FetchResponse__FetchableTopicResponse: tuple[Any, ...] = tuple(
    vars(FetchResponse.FetchableTopicResponse)[name].__set__ for name in ('topic', 'topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_FetchResponse__FetchableTopicResponse(topic: str, topic_id: UUID, partitions: tuple[FetchResponse.PartitionData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> FetchResponse.FetchableTopicResponse:
    instance_: FetchResponse.FetchableTopicResponse = object.__new__(FetchResponse.FetchableTopicResponse)
    set0_, set1_, set2_, set3_, = _SET_FetchResponse__FetchableTopicResponse
    set0_(instance_, topic)
    set1_(instance_, topic_id)
    set2_(instance_, partitions)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_FetchResponse__PartitionData: tuple[Any, ...] = tuple(
    vars(FetchResponse.PartitionData)[name].__set__ for name in ('partition_index', 'error_code', 'high_watermark', 'last_stable_offset', 'log_start_offset', 'diverging_epoch', 'current_leader', 'snapshot_id', 'aborted_transactions', 'preferred_read_replica', 'records', 'unknown_tagged_fields', ))


def _new_FetchResponse__PartitionData(partition_index: int, error_code: int, high_watermark: int, last_stable_offset: int, log_start_offset: int, diverging_epoch: FetchResponse.EpochEndOffset, current_leader: FetchResponse.LeaderIdAndEpoch, snapshot_id: FetchResponse.SnapshotId, aborted_transactions: tuple[FetchResponse.AbortedTransaction, ...] | None, preferred_read_replica: int, records: bytes | ExternalBytes | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> FetchResponse.PartitionData:
    instance_: FetchResponse.PartitionData = object.__new__(FetchResponse.PartitionData)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, set9_, set10_, set11_, = _SET_FetchResponse__PartitionData
    set0_(instance_, partition_index)
    set1_(instance_, error_code)
    set2_(instance_, high_watermark)
    set3_(instance_, last_stable_offset)
    set4_(instance_, log_start_offset)
    set5_(instance_, diverging_epoch)
    set6_(instance_, current_leader)
    set7_(instance_, snapshot_id)
    set8_(instance_, aborted_transactions)
    set9_(instance_, preferred_read_replica)
    set10_(instance_, records)
    set11_(instance_, unknown_tagged_fields)
    return instance_


_SET_FetchResponse__EpochEndOffset: tuple[Any, ...] = tuple(
    vars(FetchResponse.EpochEndOffset)[name].__set__ for name in ('epoch', 'end_offset', 'unknown_tagged_fields', ))


def _new_FetchResponse__EpochEndOffset(epoch: int, end_offset: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> FetchResponse.EpochEndOffset:
    instance_: FetchResponse.EpochEndOffset = object.__new__(FetchResponse.EpochEndOffset)
    set0_, set1_, set2_, = _SET_FetchResponse__EpochEndOffset
    set0_(instance_, epoch)
    set1_(instance_, end_offset)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_FetchResponse__LeaderIdAndEpoch: tuple[Any, ...] = tuple(
    vars(FetchResponse.LeaderIdAndEpoch)[name].__set__ for name in ('leader_id', 'leader_epoch', 'unknown_tagged_fields', ))


def _new_FetchResponse__LeaderIdAndEpoch(leader_id: int, leader_epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> FetchResponse.LeaderIdAndEpoch:
    instance_: FetchResponse.LeaderIdAndEpoch = object.__new__(FetchResponse.LeaderIdAndEpoch)
    set0_, set1_, set2_, = _SET_FetchResponse__LeaderIdAndEpoch
    set0_(instance_, leader_id)
    set1_(instance_, leader_epoch)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_FetchResponse__SnapshotId: tuple[Any, ...] = tuple(
    vars(FetchResponse.SnapshotId)[name].__set__ for name in ('end_offset', 'epoch', 'unknown_tagged_fields', ))


def _new_FetchResponse__SnapshotId(end_offset: int, epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> FetchResponse.SnapshotId:
    instance_: FetchResponse.SnapshotId = object.__new__(FetchResponse.SnapshotId)
    set0_, set1_, set2_, = _SET_FetchResponse__SnapshotId
    set0_(instance_, end_offset)
    set1_(instance_, epoch)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_FetchResponse__AbortedTransaction: tuple[Any, ...] = tuple(
    vars(FetchResponse.AbortedTransaction)[name].__set__ for name in ('producer_id', 'first_offset', 'unknown_tagged_fields', ))


def _new_FetchResponse__AbortedTransaction(producer_id: int, first_offset: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> FetchResponse.AbortedTransaction:
    instance_: FetchResponse.AbortedTransaction = object.__new__(FetchResponse.AbortedTransaction)
    set0_, set1_, set2_, = _SET_FetchResponse__AbortedTransaction
    set0_(instance_, producer_id)
    set1_(instance_, first_offset)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_FetchResponse__NodeEndpoint: tuple[Any, ...] = tuple(
    vars(FetchResponse.NodeEndpoint)[name].__set__ for name in ('node_id', 'host', 'port', 'rack', 'unknown_tagged_fields', ))


def _new_FetchResponse__NodeEndpoint(node_id: int, host: str, port: int, rack: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> FetchResponse.NodeEndpoint:
    instance_: FetchResponse.NodeEndpoint = object.__new__(FetchResponse.NodeEndpoint)
    set0_, set1_, set2_, set3_, set4_, = _SET_FetchResponse__NodeEndpoint
    set0_(instance_, node_id)
    set1_(instance_, host)
    set2_(instance_, port)
    set3_(instance_, rack)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_FetchResponse: tuple[Any, ...] = tuple(
    vars(FetchResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'session_id', 'responses', 'node_endpoints', 'unknown_tagged_fields', ))


def _new_FetchResponse(throttle_time_ms: int, error_code: int, session_id: int, responses: tuple[FetchResponse.FetchableTopicResponse, ...], node_endpoints: tuple[FetchResponse.NodeEndpoint, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> FetchResponse:
    instance_: FetchResponse = object.__new__(FetchResponse)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_FetchResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, session_id)
    set3_(instance_, responses)
    set4_(instance_, node_endpoints)
    set5_(instance_, unknown_tagged_fields)
    return instance_
