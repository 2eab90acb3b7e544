# generated from AlterPartitionRequest.json, AlterPartitionResponse.json; do not edit
"""AlterPartition (API key 56): request and response."""

from __future__ import annotations

from dataclasses import dataclass
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
__all__ = ['AlterPartitionRequest', 'AlterPartitionResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class AlterPartitionRequest:
    """AlterPartitionRequest, API key 56: versions 0-3, flexible 0+."""

    API_KEY: ClassVar[int] = 56
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 3
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    broker_id: int = 0  # versions 0+
    broker_epoch: int = -1  # versions 0+
    topics: tuple[AlterPartitionRequest.TopicData, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicData:
        """AlterPartitionRequest.TopicData: versions 0+."""

        topic_name: str = ''  # versions 0-1; ignorable
        topic_id: UUID = _ZERO_UUID  # versions 2+; ignorable
        partitions: tuple[AlterPartitionRequest.PartitionData, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 1:
                writer.compact_string(self.topic_name)
            else:
                pass
            if version <= 1:
                pass
            else:
                writer.uuid(self.topic_id)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AlterPartitionRequest.TopicData:
            f_topic_name: str
            f_topic_id: UUID
            f_partitions: tuple[AlterPartitionRequest.PartitionData, ...]
            f_topic_name = reader.compact_string('AlterPartitionRequest.TopicData.topic_name') if version <= 1 else ''
            f_topic_id = _ZERO_UUID if version <= 1 else reader.uuid('AlterPartitionRequest.TopicData.topic_id')
            count_f_partitions = reader.compact_array_length('AlterPartitionRequest.TopicData.partitions')
            read_f_partitions = AlterPartitionRequest.PartitionData.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('AlterPartitionRequest.TopicData.tagged_fields')
            return _new_AlterPartitionRequest__TopicData(f_topic_name, f_topic_id, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionData:
        """AlterPartitionRequest.PartitionData: versions 0+."""

        partition_index: int = 0  # versions 0+
        leader_epoch: int = 0  # versions 0+
        new_isr: tuple[int, ...] = ()  # versions 0-2
        new_isr_with_epochs: tuple[AlterPartitionRequest.BrokerState, ...] = ()  # versions 3+
        leader_recovery_state: int = 0  # versions 1+
        partition_epoch: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int32(self.leader_epoch)
            if version <= 2:
                items_new_isr = self.new_isr
                writer.compact_array_length(items_new_isr)
                writer.int32_items(items_new_isr)
            else:
                if self.new_isr != ():
                    raise EncodeError(f'AlterPartitionRequest.PartitionData.new_isr is set, but version {version} lacks it')
            if version <= 2:
                if self.new_isr_with_epochs != ():
                    raise EncodeError(f'AlterPartitionRequest.PartitionData.new_isr_with_epochs is set, but version {version} lacks it')
            else:
                items_new_isr_with_epochs = self.new_isr_with_epochs
                writer.compact_array_length(items_new_isr_with_epochs)
                for each_new_isr_with_epochs in items_new_isr_with_epochs:
                    each_new_isr_with_epochs.write(writer, version)
            if version <= 0:
                if self.leader_recovery_state != 0:
                    raise EncodeError(f'AlterPartitionRequest.PartitionData.leader_recovery_state is set, but version {version} lacks it')
            else:
                writer.int8(self.leader_recovery_state)
            writer.int32(self.partition_epoch)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AlterPartitionRequest.PartitionData:
            f_partition_index: int
            f_leader_epoch: int
            f_new_isr: tuple[int, ...]
            f_new_isr_with_epochs: tuple[AlterPartitionRequest.BrokerState, ...]
            f_leader_recovery_state: int
            f_partition_epoch: int
            f_partition_index = reader.int32('AlterPartitionRequest.PartitionData.partition_index')
            f_leader_epoch = reader.int32('AlterPartitionRequest.PartitionData.leader_epoch')
            if version <= 2:
                count_f_new_isr = reader.compact_array_length('AlterPartitionRequest.PartitionData.new_isr')
                f_new_isr = reader.int32_items(count_f_new_isr, 'AlterPartitionRequest.PartitionData.new_isr')
            else:
                f_new_isr = ()
            if version <= 2:
                f_new_isr_with_epochs = ()
            else:
                count_f_new_isr_with_epochs = reader.compact_array_length('AlterPartitionRequest.PartitionData.new_isr_with_epochs')
                read_f_new_isr_with_epochs = AlterPartitionRequest.BrokerState.read
                f_new_isr_with_epochs = tuple([read_f_new_isr_with_epochs(reader, version) for _ in range(count_f_new_isr_with_epochs)])
            f_leader_recovery_state = 0 if version <= 0 else reader.int8('AlterPartitionRequest.PartitionData.leader_recovery_state')
            f_partition_epoch = reader.int32('AlterPartitionRequest.PartitionData.partition_epoch')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('AlterPartitionRequest.PartitionData.tagged_fields')
            return _new_AlterPartitionRequest__PartitionData(f_partition_index, f_leader_epoch, f_new_isr, f_new_isr_with_epochs, f_leader_recovery_state, f_partition_epoch, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class BrokerState:
        """AlterPartitionRequest.BrokerState: versions 3+."""

        broker_id: int = 0  # versions 3+
        broker_epoch: int = -1  # versions 3+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.broker_id)
            writer.int64(self.broker_epoch)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AlterPartitionRequest.BrokerState:
            f_broker_id: int
            f_broker_epoch: int
            f_broker_id = reader.int32('AlterPartitionRequest.BrokerState.broker_id')
            f_broker_epoch = reader.int64('AlterPartitionRequest.BrokerState.broker_epoch')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('AlterPartitionRequest.BrokerState.tagged_fields')
            return _new_AlterPartitionRequest__BrokerState(f_broker_id, f_broker_epoch, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.broker_id)
        writer.int64(self.broker_epoch)
        items_topics = self.topics
        writer.compact_array_length(items_topics)
        for each_topics in items_topics:
            each_topics.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> AlterPartitionRequest:
        f_broker_id: int
        f_broker_epoch: int
        f_topics: tuple[AlterPartitionRequest.TopicData, ...]
        f_broker_id = reader.int32('AlterPartitionRequest.broker_id')
        f_broker_epoch = reader.int64('AlterPartitionRequest.broker_epoch')
        count_f_topics = reader.compact_array_length('AlterPartitionRequest.topics')
        read_f_topics = AlterPartitionRequest.TopicData.read
        f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('AlterPartitionRequest.tagged_fields')
        return _new_AlterPartitionRequest(f_broker_id, f_broker_epoch, f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AlterPartitionRequest', 0, 3).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AlterPartitionRequest', 0, 3).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> AlterPartitionRequest:
        check_decode_version(version, 'AlterPartitionRequest', 0, 3)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('AlterPartitionRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class AlterPartitionResponse:
    """AlterPartitionResponse, API key 56: versions 0-3, flexible 0+."""

    API_KEY: ClassVar[int] = 56
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 3
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 0+
    topics: tuple[AlterPartitionResponse.TopicData, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicData:
        """AlterPartitionResponse.TopicData: versions 0+."""

        topic_name: str = ''  # versions 0-1; ignorable
        topic_id: UUID = _ZERO_UUID  # versions 2+; ignorable
        partitions: tuple[AlterPartitionResponse.PartitionData, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 1:
                writer.compact_string(self.topic_name)
            else:
                pass
            if version <= 1:
                pass
            else:
                writer.uuid(self.topic_id)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            for each_partitions in items_partitions:
                each_partitions.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AlterPartitionResponse.TopicData:
            f_topic_name: str
            f_topic_id: UUID
            f_partitions: tuple[AlterPartitionResponse.PartitionData, ...]
            f_topic_name = reader.compact_string('AlterPartitionResponse.TopicData.topic_name') if version <= 1 else ''
            f_topic_id = _ZERO_UUID if version <= 1 else reader.uuid('AlterPartitionResponse.TopicData.topic_id')
            count_f_partitions = reader.compact_array_length('AlterPartitionResponse.TopicData.partitions')
            read_f_partitions = AlterPartitionResponse.PartitionData.read
            f_partitions = tuple([read_f_partitions(reader, version) for _ in range(count_f_partitions)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('AlterPartitionResponse.TopicData.tagged_fields')
            return _new_AlterPartitionResponse__TopicData(f_topic_name, f_topic_id, f_partitions, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionData:
        """AlterPartitionResponse.PartitionData: versions 0+."""

        partition_index: int = 0  # versions 0+
        error_code: int = 0  # versions 0+
        leader_id: int = 0  # versions 0+
        leader_epoch: int = 0  # versions 0+
        isr: tuple[int, ...] = ()  # versions 0+
        leader_recovery_state: int = 0  # versions 1+; ignorable
        partition_epoch: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            writer.int16(self.error_code)
            writer.int32(self.leader_id)
            writer.int32(self.leader_epoch)
            items_isr = self.isr
            writer.compact_array_length(items_isr)
            writer.int32_items(items_isr)
            if version <= 0:
                pass
            else:
                writer.int8(self.leader_recovery_state)
            writer.int32(self.partition_epoch)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AlterPartitionResponse.PartitionData:
            f_partition_index: int
            f_error_code: int
            f_leader_id: int
            f_leader_epoch: int
            f_isr: tuple[int, ...]
            f_leader_recovery_state: int
            f_partition_epoch: int
            f_partition_index = reader.int32('AlterPartitionResponse.PartitionData.partition_index')
            f_error_code = reader.int16('AlterPartitionResponse.PartitionData.error_code')
            f_leader_id = reader.int32('AlterPartitionResponse.PartitionData.leader_id')
            f_leader_epoch = reader.int32('AlterPartitionResponse.PartitionData.leader_epoch')
            count_f_isr = reader.compact_array_length('AlterPartitionResponse.PartitionData.isr')
            f_isr = reader.int32_items(count_f_isr, 'AlterPartitionResponse.PartitionData.isr')
            f_leader_recovery_state = 0 if version <= 0 else reader.int8('AlterPartitionResponse.PartitionData.leader_recovery_state')
            f_partition_epoch = reader.int32('AlterPartitionResponse.PartitionData.partition_epoch')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('AlterPartitionResponse.PartitionData.tagged_fields')
            return _new_AlterPartitionResponse__PartitionData(f_partition_index, f_error_code, f_leader_id, f_leader_epoch, f_isr, f_leader_recovery_state, f_partition_epoch, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        items_topics = self.topics
        writer.compact_array_length(items_topics)
        for each_topics in items_topics:
            each_topics.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> AlterPartitionResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_topics: tuple[AlterPartitionResponse.TopicData, ...]
        f_throttle_time_ms = reader.int32('AlterPartitionResponse.throttle_time_ms')
        f_error_code = reader.int16('AlterPartitionResponse.error_code')
        count_f_topics = reader.compact_array_length('AlterPartitionResponse.topics')
        read_f_topics = AlterPartitionResponse.TopicData.read
        f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('AlterPartitionResponse.tagged_fields')
        return _new_AlterPartitionResponse(f_throttle_time_ms, f_error_code, f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AlterPartitionResponse', 0, 3).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AlterPartitionResponse', 0, 3).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> AlterPartitionResponse:
        check_decode_version(version, 'AlterPartitionResponse', 0, 3)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('AlterPartitionResponse')
        return result


_SET_AlterPartitionRequest__TopicData: tuple[Any, ...] = tuple(
    vars(AlterPartitionRequest.TopicData)[name].__set__ for name in ('topic_name', 'topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_AlterPartitionRequest__TopicData(topic_name: str, topic_id: UUID, partitions: tuple[AlterPartitionRequest.PartitionData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterPartitionRequest.TopicData:
    instance_: AlterPartitionRequest.TopicData = object.__new__(AlterPartitionRequest.TopicData)
    set0_, set1_, set2_, set3_, = _SET_AlterPartitionRequest__TopicData
    set0_(instance_, topic_name)
    set1_(instance_, topic_id)
    set2_(instance_, partitions)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterPartitionRequest__PartitionData: tuple[Any, ...] = tuple(
    vars(AlterPartitionRequest.PartitionData)[name].__set__ for name in ('partition_index', 'leader_epoch', 'new_isr', 'new_isr_with_epochs', 'leader_recovery_state', 'partition_epoch', 'unknown_tagged_fields', ))


def _new_AlterPartitionRequest__PartitionData(partition_index: int, leader_epoch: int, new_isr: tuple[int, ...], new_isr_with_epochs: tuple[AlterPartitionRequest.BrokerState, ...], leader_recovery_state: int, partition_epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterPartitionRequest.PartitionData:
    instance_: AlterPartitionRequest.PartitionData = object.__new__(AlterPartitionRequest.PartitionData)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, = _SET_AlterPartitionRequest__PartitionData
    set0_(instance_, partition_index)
    set1_(instance_, leader_epoch)
    set2_(instance_, new_isr)
    set3_(instance_, new_isr_with_epochs)
    set4_(instance_, leader_recovery_state)
    set5_(instance_, partition_epoch)
    set6_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterPartitionRequest__BrokerState: tuple[Any, ...] = tuple(
    vars(AlterPartitionRequest.BrokerState)[name].__set__ for name in ('broker_id', 'broker_epoch', 'unknown_tagged_fields', ))


def _new_AlterPartitionRequest__BrokerState(broker_id: int, broker_epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterPartitionRequest.BrokerState:
    instance_: AlterPartitionRequest.BrokerState = object.__new__(AlterPartitionRequest.BrokerState)
    set0_, set1_, set2_, = _SET_AlterPartitionRequest__BrokerState
    set0_(instance_, broker_id)
    set1_(instance_, broker_epoch)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterPartitionRequest: tuple[Any, ...] = tuple(
    vars(AlterPartitionRequest)[name].__set__ for name in ('broker_id', 'broker_epoch', 'topics', 'unknown_tagged_fields', ))


def _new_AlterPartitionRequest(broker_id: int, broker_epoch: int, topics: tuple[AlterPartitionRequest.TopicData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterPartitionRequest:
    instance_: AlterPartitionRequest = object.__new__(AlterPartitionRequest)
    set0_, set1_, set2_, set3_, = _SET_AlterPartitionRequest
    set0_(instance_, broker_id)
    set1_(instance_, broker_epoch)
    set2_(instance_, topics)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterPartitionResponse__TopicData: tuple[Any, ...] = tuple(
    vars(AlterPartitionResponse.TopicData)[name].__set__ for name in ('topic_name', 'topic_id', 'partitions', 'unknown_tagged_fields', ))


def _new_AlterPartitionResponse__TopicData(topic_name: str, topic_id: UUID, partitions: tuple[AlterPartitionResponse.PartitionData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterPartitionResponse.TopicData:
    instance_: AlterPartitionResponse.TopicData = object.__new__(AlterPartitionResponse.TopicData)
    set0_, set1_, set2_, set3_, = _SET_AlterPartitionResponse__TopicData
    set0_(instance_, topic_name)
    set1_(instance_, topic_id)
    set2_(instance_, partitions)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterPartitionResponse__PartitionData: tuple[Any, ...] = tuple(
    vars(AlterPartitionResponse.PartitionData)[name].__set__ for name in ('partition_index', 'error_code', 'leader_id', 'leader_epoch', 'isr', 'leader_recovery_state', 'partition_epoch', 'unknown_tagged_fields', ))


def _new_AlterPartitionResponse__PartitionData(partition_index: int, error_code: int, leader_id: int, leader_epoch: int, isr: tuple[int, ...], leader_recovery_state: int, partition_epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterPartitionResponse.PartitionData:
    instance_: AlterPartitionResponse.PartitionData = object.__new__(AlterPartitionResponse.PartitionData)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, = _SET_AlterPartitionResponse__PartitionData
    set0_(instance_, partition_index)
    set1_(instance_, error_code)
    set2_(instance_, leader_id)
    set3_(instance_, leader_epoch)
    set4_(instance_, isr)
    set5_(instance_, leader_recovery_state)
    set6_(instance_, partition_epoch)
    set7_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterPartitionResponse: tuple[Any, ...] = tuple(
    vars(AlterPartitionResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'topics', 'unknown_tagged_fields', ))


def _new_AlterPartitionResponse(throttle_time_ms: int, error_code: int, topics: tuple[AlterPartitionResponse.TopicData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterPartitionResponse:
    instance_: AlterPartitionResponse = object.__new__(AlterPartitionResponse)
    set0_, set1_, set2_, set3_, = _SET_AlterPartitionResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, topics)
    set3_(instance_, unknown_tagged_fields)
    return instance_
