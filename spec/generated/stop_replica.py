# generated from StopReplicaRequest.json, StopReplicaResponse.json; do not edit
"""StopReplica (API key 5): request and response."""

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

__all__ = ['StopReplicaRequest', 'StopReplicaResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class StopReplicaRequest:
    """StopReplicaRequest, API key 5: versions 0-4, flexible 2+."""

    API_KEY: ClassVar[int] = 5
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    controller_id: int = 0  # versions 0+
    is_k_raft_controller: bool = False  # versions 4+
    controller_epoch: int = 0  # versions 0+
    broker_epoch: int = -1  # versions 1+; ignorable
    delete_partitions: bool = False  # versions 0-2
    ungrouped_partitions: tuple[StopReplicaRequest.StopReplicaPartitionV0, ...] = ()  # versions 0
    topics: tuple[StopReplicaRequest.StopReplicaTopicV1, ...] = ()  # versions 1-2
    topic_states: tuple[StopReplicaRequest.StopReplicaTopicState, ...] = ()  # versions 3+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class StopReplicaPartitionV0:
        """StopReplicaRequest.StopReplicaPartitionV0: versions 0."""

        topic_name: str = ''  # versions 0
        partition_index: int = 0  # versions 0
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.string(self.topic_name)
            writer.int32(self.partition_index)
            if self.unknown_tagged_fields:
                raise EncodeError(f'StopReplicaRequest.StopReplicaPartitionV0 has tagged fields, but version {version} is not flexible')

        @classmethod
        def read(cls, reader: Reader, version: int) -> StopReplicaRequest.StopReplicaPartitionV0:
            f_topic_name: str
            f_partition_index: int
            f_topic_name = reader.string('StopReplicaRequest.StopReplicaPartitionV0.topic_name')
            f_partition_index = reader.int32('StopReplicaRequest.StopReplicaPartitionV0.partition_index')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = ()
            return _new_StopReplicaRequest__StopReplicaPartitionV0(f_topic_name, f_partition_index, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class StopReplicaTopicV1:
        """StopReplicaRequest.StopReplicaTopicV1: versions 1-2."""

        name: str = ''  # versions 1-2
        partition_indexes: tuple[int, ...] = ()  # versions 1-2
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 1:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
            if version <= 1:
                items_partition_indexes = self.partition_indexes
                writer.array_length(items_partition_indexes)
                writer.int32_items(items_partition_indexes)
            else:
                items_partition_indexes = self.partition_indexes
                writer.compact_array_length(items_partition_indexes)
                writer.int32_items(items_partition_indexes)
            if version <= 1:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'StopReplicaRequest.StopReplicaTopicV1 has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> StopReplicaRequest.StopReplicaTopicV1:
            f_name: str
            f_partition_indexes: tuple[int, ...]
            f_name = reader.string('StopReplicaRequest.StopReplicaTopicV1.name') if version <= 1 else reader.compact_string('StopReplicaRequest.StopReplicaTopicV1.name')
            if version <= 1:
                count_f_partition_indexes = reader.array_length('StopReplicaRequest.StopReplicaTopicV1.partition_indexes')
                f_partition_indexes = reader.int32_items(count_f_partition_indexes, 'StopReplicaRequest.StopReplicaTopicV1.partition_indexes')
            else:
                count_f_partition_indexes = reader.compact_array_length('StopReplicaRequest.StopReplicaTopicV1.partition_indexes')
                f_partition_indexes = reader.int32_items(count_f_partition_indexes, 'StopReplicaRequest.StopReplicaTopicV1.partition_indexes')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('StopReplicaRequest.StopReplicaTopicV1.tagged_fields')
            return _new_StopReplicaRequest__StopReplicaTopicV1(f_name, f_partition_indexes, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class StopReplicaTopicState:
        """StopReplicaRequest.StopReplicaTopicState: versions 3+."""

        topic_name: str = ''  # versions 3+
        partition_states: tuple[StopReplicaRequest.StopReplicaPartitionState, ...] = ()  # versions 3+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.topic_name)
            items_partition_states = self.partition_states
            writer.compact_array_length(items_partition_states)
            for each_partition_states in items_partition_states:
                each_partition_states.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> StopReplicaRequest.StopReplicaTopicState:
            f_topic_name: str
            f_partition_states: tuple[StopReplicaRequest.StopReplicaPartitionState, ...]
            f_topic_name = reader.compact_string('StopReplicaRequest.StopReplicaTopicState.topic_name')
            count_f_partition_states = reader.compact_array_length('StopReplicaRequest.StopReplicaTopicState.partition_states')
            read_f_partition_states = StopReplicaRequest.StopReplicaPartitionState.read
            f_partition_states = tuple([read_f_partition_states(reader, version) for _ in range(count_f_partition_states)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('StopReplicaRequest.StopReplicaTopicState.tagged_fields')
            return _new_StopReplicaRequest__StopReplicaTopicState(f_topic_name, f_partition_states, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class StopReplicaPartitionState:
        """StopReplicaRequest.StopReplicaPartitionState: versions 3+."""

        partition_index: int = 0  # versions 3+
        leader_epoch: int = -1  # versions 3+
        delete_partition: bool = False  # versions 3+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int32(self.leader_epoch)
            writer.boolean(self.delete_partition)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> StopReplicaRequest.StopReplicaPartitionState:
            f_partition_index: int
            f_leader_epoch: int
            f_delete_partition: bool
            f_partition_index = reader.int32('StopReplicaRequest.StopReplicaPartitionState.partition_index')
            f_leader_epoch = reader.int32('StopReplicaRequest.StopReplicaPartitionState.leader_epoch')
            f_delete_partition = reader.boolean('StopReplicaRequest.StopReplicaPartitionState.delete_partition')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('StopReplicaRequest.StopReplicaPartitionState.tagged_fields')
            return _new_StopReplicaRequest__StopReplicaPartitionState(f_partition_index, f_leader_epoch, f_delete_partition, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.controller_id)
        if version <= 3:
            if self.is_k_raft_controller:
                raise EncodeError(f'StopReplicaRequest.is_k_raft_controller is set, but version {version} lacks it')
        else:
            writer.boolean(self.is_k_raft_controller)
        writer.int32(self.controller_epoch)
        if version <= 0:
            pass
        else:
            writer.int64(self.broker_epoch)
        if version <= 2:
            writer.boolean(self.delete_partitions)
        else:
            if self.delete_partitions:
                raise EncodeError(f'StopReplicaRequest.delete_partitions is set, but version {version} lacks it')
        if version <= 0:
            items_ungrouped_partitions = self.ungrouped_partitions
            writer.array_length(items_ungrouped_partitions)
            for each_ungrouped_partitions in items_ungrouped_partitions:
                each_ungrouped_partitions.write(writer, version)
        else:
            if self.ungrouped_partitions != ():
                raise EncodeError(f'StopReplicaRequest.ungrouped_partitions is set, but version {version} lacks it')
        if version <= 0:
            if self.topics != ():
                raise EncodeError(f'StopReplicaRequest.topics is set, but version {version} lacks it')
        elif version <= 1:
            items_topics = self.topics
            writer.array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        elif version <= 2:
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        else:
            if self.topics != ():
                raise EncodeError(f'StopReplicaRequest.topics is set, but version {version} lacks it')
        if version <= 2:
            if self.topic_states != ():
                raise EncodeError(f'StopReplicaRequest.topic_states is set, but version {version} lacks it')
        else:
            items_topic_states = self.topic_states
            writer.compact_array_length(items_topic_states)
            for each_topic_states in items_topic_states:
                each_topic_states.write(writer, version)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'StopReplicaRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> StopReplicaRequest:
        f_controller_id: int
        f_is_k_raft_controller: bool
        f_controller_epoch: int
        f_broker_epoch: int
        f_delete_partitions: bool
        f_ungrouped_partitions: tuple[StopReplicaRequest.StopReplicaPartitionV0, ...]
        f_topics: tuple[StopReplicaRequest.StopReplicaTopicV1, ...]
        f_topic_states: tuple[StopReplicaRequest.StopReplicaTopicState, ...]
        f_controller_id = reader.int32('StopReplicaRequest.controller_id')
        f_is_k_raft_controller = False if version <= 3 else reader.boolean('StopReplicaRequest.is_k_raft_controller')
        f_controller_epoch = reader.int32('StopReplicaRequest.controller_epoch')
        f_broker_epoch = -1 if version <= 0 else reader.int64('StopReplicaRequest.broker_epoch')
        f_delete_partitions = reader.boolean('StopReplicaRequest.delete_partitions') if version <= 2 else False
        if version <= 0:
            count_f_ungrouped_partitions = reader.array_length('StopReplicaRequest.ungrouped_partitions')
            read_f_ungrouped_partitions = StopReplicaRequest.StopReplicaPartitionV0.read
            f_ungrouped_partitions = tuple([read_f_ungrouped_partitions(reader, version) for _ in range(count_f_ungrouped_partitions)])
        else:
            f_ungrouped_partitions = ()
        if version <= 0:
            f_topics = ()
        elif version <= 1:
            count_f_topics = reader.array_length('StopReplicaRequest.topics')
            read_f_topics = StopReplicaRequest.StopReplicaTopicV1.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        elif version <= 2:
            count_f_topics = reader.compact_array_length('StopReplicaRequest.topics')
            read_f_topics = StopReplicaRequest.StopReplicaTopicV1.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        else:
            f_topics = ()
        if version <= 2:
            f_topic_states = ()
        else:
            count_f_topic_states = reader.compact_array_length('StopReplicaRequest.topic_states')
            read_f_topic_states = StopReplicaRequest.StopReplicaTopicState.read
            f_topic_states = tuple([read_f_topic_states(reader, version) for _ in range(count_f_topic_states)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('StopReplicaRequest.tagged_fields')
        return _new_StopReplicaRequest(f_controller_id, f_is_k_raft_controller, f_controller_epoch, f_broker_epoch, f_delete_partitions, f_ungrouped_partitions, f_topics, f_topic_states, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'StopReplicaRequest', 0, 4).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'StopReplicaRequest', 0, 4).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> StopReplicaRequest:
        check_decode_version(version, 'StopReplicaRequest', 0, 4)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('StopReplicaRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class StopReplicaResponse:
    """StopReplicaResponse, API key 5: versions 0-4, flexible 2+."""

    API_KEY: ClassVar[int] = 5
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    error_code: int = 0  # versions 0+
    partition_errors: tuple[StopReplicaResponse.StopReplicaPartitionError, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class StopReplicaPartitionError:
        """StopReplicaResponse.StopReplicaPartitionError: versions 0+."""

        topic_name: str = ''  # versions 0+
        partition_index: int = 0  # versions 0+
        error_code: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 1:
                writer.string(self.topic_name)
            else:
                writer.compact_string(self.topic_name)
            writer.int32(self.partition_index)
            writer.int16(self.error_code)
            if version <= 1:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'StopReplicaResponse.StopReplicaPartitionError has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> StopReplicaResponse.StopReplicaPartitionError:
            f_topic_name: str
            f_partition_index: int
            f_error_code: int
            f_topic_name = reader.string('StopReplicaResponse.StopReplicaPartitionError.topic_name') if version <= 1 else reader.compact_string('StopReplicaResponse.StopReplicaPartitionError.topic_name')
            f_partition_index = reader.int32('StopReplicaResponse.StopReplicaPartitionError.partition_index')
            f_error_code = reader.int16('StopReplicaResponse.StopReplicaPartitionError.error_code')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('StopReplicaResponse.StopReplicaPartitionError.tagged_fields')
            return _new_StopReplicaResponse__StopReplicaPartitionError(f_topic_name, f_partition_index, f_error_code, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int16(self.error_code)
        if version <= 1:
            items_partition_errors = self.partition_errors
            writer.array_length(items_partition_errors)
            for each_partition_errors in items_partition_errors:
                each_partition_errors.write(writer, version)
        else:
            items_partition_errors = self.partition_errors
            writer.compact_array_length(items_partition_errors)
            for each_partition_errors in items_partition_errors:
                each_partition_errors.write(writer, version)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'StopReplicaResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> StopReplicaResponse:
        f_error_code: int
        f_partition_errors: tuple[StopReplicaResponse.StopReplicaPartitionError, ...]
        f_error_code = reader.int16('StopReplicaResponse.error_code')
        if version <= 1:
            count_f_partition_errors = reader.array_length('StopReplicaResponse.partition_errors')
            read_f_partition_errors = StopReplicaResponse.StopReplicaPartitionError.read
            f_partition_errors = tuple([read_f_partition_errors(reader, version) for _ in range(count_f_partition_errors)])
        else:
            count_f_partition_errors = reader.compact_array_length('StopReplicaResponse.partition_errors')
            read_f_partition_errors = StopReplicaResponse.StopReplicaPartitionError.read
            f_partition_errors = tuple([read_f_partition_errors(reader, version) for _ in range(count_f_partition_errors)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('StopReplicaResponse.tagged_fields')
        return _new_StopReplicaResponse(f_error_code, f_partition_errors, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'StopReplicaResponse', 0, 4).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'StopReplicaResponse', 0, 4).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> StopReplicaResponse:
        check_decode_version(version, 'StopReplicaResponse', 0, 4)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('StopReplicaResponse')
        return result


_SET_StopReplicaRequest__StopReplicaPartitionV0: tuple[Any, ...] = tuple(
    vars(StopReplicaRequest.StopReplicaPartitionV0)[name].__set__ for name in ('topic_name', 'partition_index', 'unknown_tagged_fields', ))


def _new_StopReplicaRequest__StopReplicaPartitionV0(topic_name: str, partition_index: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> StopReplicaRequest.StopReplicaPartitionV0:
    instance_: StopReplicaRequest.StopReplicaPartitionV0 = object.__new__(StopReplicaRequest.StopReplicaPartitionV0)
    set0_, set1_, set2_, = _SET_StopReplicaRequest__StopReplicaPartitionV0
    set0_(instance_, topic_name)
    set1_(instance_, partition_index)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_StopReplicaRequest__StopReplicaTopicV1: tuple[Any, ...] = tuple(
    vars(StopReplicaRequest.StopReplicaTopicV1)[name].__set__ for name in ('name', 'partition_indexes', 'unknown_tagged_fields', ))


def _new_StopReplicaRequest__StopReplicaTopicV1(name: str, partition_indexes: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> StopReplicaRequest.StopReplicaTopicV1:
    instance_: StopReplicaRequest.StopReplicaTopicV1 = object.__new__(StopReplicaRequest.StopReplicaTopicV1)
    set0_, set1_, set2_, = _SET_StopReplicaRequest__StopReplicaTopicV1
    set0_(instance_, name)
    set1_(instance_, partition_indexes)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_StopReplicaRequest__StopReplicaTopicState: tuple[Any, ...] = tuple(
    vars(StopReplicaRequest.StopReplicaTopicState)[name].__set__ for name in ('topic_name', 'partition_states', 'unknown_tagged_fields', ))


def _new_StopReplicaRequest__StopReplicaTopicState(topic_name: str, partition_states: tuple[StopReplicaRequest.StopReplicaPartitionState, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> StopReplicaRequest.StopReplicaTopicState:
    instance_: StopReplicaRequest.StopReplicaTopicState = object.__new__(StopReplicaRequest.StopReplicaTopicState)
    set0_, set1_, set2_, = _SET_StopReplicaRequest__StopReplicaTopicState
    set0_(instance_, topic_name)
    set1_(instance_, partition_states)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_StopReplicaRequest__StopReplicaPartitionState: tuple[Any, ...] = tuple(
    vars(StopReplicaRequest.StopReplicaPartitionState)[name].__set__ for name in ('partition_index', 'leader_epoch', 'delete_partition', 'unknown_tagged_fields', ))


def _new_StopReplicaRequest__StopReplicaPartitionState(partition_index: int, leader_epoch: int, delete_partition: bool, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> StopReplicaRequest.StopReplicaPartitionState:
    instance_: StopReplicaRequest.StopReplicaPartitionState = object.__new__(StopReplicaRequest.StopReplicaPartitionState)
    set0_, set1_, set2_, set3_, = _SET_StopReplicaRequest__StopReplicaPartitionState
    set0_(instance_, partition_index)
    set1_(instance_, leader_epoch)
    set2_(instance_, delete_partition)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_StopReplicaRequest: tuple[Any, ...] = tuple(
    vars(StopReplicaRequest)[name].__set__ for name in ('controller_id', 'is_k_raft_controller', 'controller_epoch', 'broker_epoch', 'delete_partitions', 'ungrouped_partitions', 'topics', 'topic_states', 'unknown_tagged_fields', ))


def _new_StopReplicaRequest(controller_id: int, is_k_raft_controller: bool, controller_epoch: int, broker_epoch: int, delete_partitions: bool, ungrouped_partitions: tuple[StopReplicaRequest.StopReplicaPartitionV0, ...], topics: tuple[StopReplicaRequest.StopReplicaTopicV1, ...], topic_states: tuple[StopReplicaRequest.StopReplicaTopicState, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> StopReplicaRequest:
    instance_: StopReplicaRequest = object.__new__(StopReplicaRequest)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, = _SET_StopReplicaRequest
    set0_(instance_, controller_id)
    set1_(instance_, is_k_raft_controller)
    set2_(instance_, controller_epoch)
    set3_(instance_, broker_epoch)
    set4_(instance_, delete_partitions)
    set5_(instance_, ungrouped_partitions)
    set6_(instance_, topics)
    set7_(instance_, topic_states)
    set8_(instance_, unknown_tagged_fields)
    return instance_


_SET_StopReplicaResponse__StopReplicaPartitionError: tuple[Any, ...] = tuple(
    vars(StopReplicaResponse.StopReplicaPartitionError)[name].__set__ for name in ('topic_name', 'partition_index', 'error_code', 'unknown_tagged_fields', ))


def _new_StopReplicaResponse__StopReplicaPartitionError(topic_name: str, partition_index: int, error_code: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> StopReplicaResponse.StopReplicaPartitionError:
    instance_: StopReplicaResponse.StopReplicaPartitionError = object.__new__(StopReplicaResponse.StopReplicaPartitionError)
    set0_, set1_, set2_, set3_, = _SET_StopReplicaResponse__StopReplicaPartitionError
    set0_(instance_, topic_name)
    set1_(instance_, partition_index)
    set2_(instance_, error_code)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_StopReplicaResponse: tuple[Any, ...] = tuple(
    vars(StopReplicaResponse)[name].__set__ for name in ('error_code', 'partition_errors', 'unknown_tagged_fields', ))


def _new_StopReplicaResponse(error_code: int, partition_errors: tuple[StopReplicaResponse.StopReplicaPartitionError, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> StopReplicaResponse:
    instance_: StopReplicaResponse = object.__new__(StopReplicaResponse)
    set0_, set1_, set2_, = _SET_StopReplicaResponse
    set0_(instance_, error_code)
    set1_(instance_, partition_errors)
    set2_(instance_, unknown_tagged_fields)
    return instance_
