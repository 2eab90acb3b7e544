# generated from ElectLeadersRequest.json, ElectLeadersResponse.json; do not edit
"""ElectLeaders (API key 43): request and response."""

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

__all__ = ['ElectLeadersRequest', 'ElectLeadersResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class ElectLeadersRequest:
    """ElectLeadersRequest, API key 43: versions 0-2, flexible 2+."""

    API_KEY: ClassVar[int] = 43
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    election_type: int = 0  # versions 1+
    topic_partitions: tuple[ElectLeadersRequest.TopicPartitions, ...] | None = ()  # versions 0+; nullable 0+
    timeout_ms: int = 60000  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicPartitions:
        """ElectLeadersRequest.TopicPartitions: versions 0+."""

        topic: str = ''  # versions 0+
        partitions: tuple[int, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 1:
                writer.string(self.topic)
            else:
                writer.compact_string(self.topic)
            if version <= 1:
                items_partitions = self.partitions
                writer.array_length(items_partitions)
                writer.int32_items(items_partitions)
            else:
                items_partitions = self.partitions
                writer.compact_array_length(items_partitions)
                writer.int32_items(items_partitions)
            if version <= 1:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'ElectLeadersRequest.TopicPartitions has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ElectLeadersRequest.TopicPartitions:
            f_topic: str
            f_partitions: tuple[int, ...]
            f_topic = reader.string('ElectLeadersRequest.TopicPartitions.topic') if version <= 1 else reader.compact_string('ElectLeadersRequest.TopicPartitions.topic')
            if version <= 1:
                count_f_partitions = reader.array_length('ElectLeadersRequest.TopicPartitions.partitions')
                f_partitions = reader.int32_items(count_f_partitions, 'ElectLeadersRequest.TopicPartitions.partitions')
            else:
                count_f_partitions = reader.compact_array_length('ElectLeadersRequest.TopicPartitions.partitions')
                f_partitions = reader.int32_items(count_f_partitions, 'ElectLeadersRequest.TopicPartitions.partitions')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('ElectLeadersRequest.TopicPartitions.tagged_fields')
            return _new_ElectLeadersRequest__TopicPartitions(f_topic, f_partitions, unknown)

    def write(self, writer: Writer, version: int) -> None:
        items_topic_partitions: tuple[ElectLeadersRequest.TopicPartitions, ...] | None
        if version <= 0:
            if self.election_type != 0:
                raise EncodeError(f'ElectLeadersRequest.election_type is set, but version {version} lacks it')
        else:
            writer.int8(self.election_type)
        if version <= 1:
            items_topic_partitions = self.topic_partitions
            writer.array_length(items_topic_partitions)
            if items_topic_partitions is not None:
                for each_topic_partitions in items_topic_partitions:
                    each_topic_partitions.write(writer, version)
        else:
            items_topic_partitions = self.topic_partitions
            writer.compact_array_length(items_topic_partitions)
            if items_topic_partitions is not None:
                for each_topic_partitions in items_topic_partitions:
                    each_topic_partitions.write(writer, version)
        writer.int32(self.timeout_ms)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'ElectLeadersRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ElectLeadersRequest:
        f_election_type: int
        f_topic_partitions: tuple[ElectLeadersRequest.TopicPartitions, ...] | None
        f_timeout_ms: int
        f_election_type = 0 if version <= 0 else reader.int8('ElectLeadersRequest.election_type')
        if version <= 1:
            count_f_topic_partitions = reader.nullable_array_length('ElectLeadersRequest.topic_partitions')
            read_f_topic_partitions = ElectLeadersRequest.TopicPartitions.read
            f_topic_partitions = None if count_f_topic_partitions < 0 else tuple([read_f_topic_partitions(reader, version) for _ in range(count_f_topic_partitions)])
        else:
            count_f_topic_partitions = reader.compact_nullable_array_length('ElectLeadersRequest.topic_partitions')
            read_f_topic_partitions = ElectLeadersRequest.TopicPartitions.read
            f_topic_partitions = None if count_f_topic_partitions < 0 else tuple([read_f_topic_partitions(reader, version) for _ in range(count_f_topic_partitions)])
        f_timeout_ms = reader.int32('ElectLeadersRequest.timeout_ms')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('ElectLeadersRequest.tagged_fields')
        return _new_ElectLeadersRequest(f_election_type, f_topic_partitions, f_timeout_ms, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ElectLeadersRequest', 0, 2).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ElectLeadersRequest', 0, 2).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ElectLeadersRequest:
        check_decode_version(version, 'ElectLeadersRequest', 0, 2)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ElectLeadersRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class ElectLeadersResponse:
    """ElectLeadersResponse, API key 43: versions 0-2, flexible 2+."""

    API_KEY: ClassVar[int] = 43
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 1+
    replica_election_results: tuple[ElectLeadersResponse.ReplicaElectionResult, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ReplicaElectionResult:
        """ElectLeadersResponse.ReplicaElectionResult: versions 0+."""

        topic: str = ''  # versions 0+
        partition_result: tuple[ElectLeadersResponse.PartitionResult, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 1:
                writer.string(self.topic)
            else:
                writer.compact_string(self.topic)
            if version <= 1:
                items_partition_result = self.partition_result
                writer.array_length(items_partition_result)
                for each_partition_result in items_partition_result:
                    each_partition_result.write(writer, version)
            else:
                items_partition_result = self.partition_result
                writer.compact_array_length(items_partition_result)
                for each_partition_result in items_partition_result:
                    each_partition_result.write(writer, version)
            if version <= 1:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'ElectLeadersResponse.ReplicaElectionResult has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ElectLeadersResponse.ReplicaElectionResult:
            f_topic: str
            f_partition_result: tuple[ElectLeadersResponse.PartitionResult, ...]
            f_topic = reader.string('ElectLeadersResponse.ReplicaElectionResult.topic') if version <= 1 else reader.compact_string('ElectLeadersResponse.ReplicaElectionResult.topic')
            if version <= 1:
                count_f_partition_result = reader.array_length('ElectLeadersResponse.ReplicaElectionResult.partition_result')
                read_f_partition_result = ElectLeadersResponse.PartitionResult.read
                f_partition_result = tuple([read_f_partition_result(reader, version) for _ in range(count_f_partition_result)])
            else:
                count_f_partition_result = reader.compact_array_length('ElectLeadersResponse.ReplicaElectionResult.partition_result')
                read_f_partition_result = ElectLeadersResponse.PartitionResult.read
                f_partition_result = tuple([read_f_partition_result(reader, version) for _ in range(count_f_partition_result)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('ElectLeadersResponse.ReplicaElectionResult.tagged_fields')
            return _new_ElectLeadersResponse__ReplicaElectionResult(f_topic, f_partition_result, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionResult:
        """ElectLeadersResponse.PartitionResult: versions 0+."""

        partition_id: int = 0  # versions 0+
        error_code: int = 0  # versions 0+
        error_message: str | None = ''  # versions 0+; nullable 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_id)
            writer.int16(self.error_code)
            if version <= 1:
                writer.nullable_string(self.error_message)
            else:
                writer.compact_nullable_string(self.error_message)
            if version <= 1:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'ElectLeadersResponse.PartitionResult has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ElectLeadersResponse.PartitionResult:
            f_partition_id: int
            f_error_code: int
            f_error_message: str | None
            f_partition_id = reader.int32('ElectLeadersResponse.PartitionResult.partition_id')
            f_error_code = reader.int16('ElectLeadersResponse.PartitionResult.error_code')
            f_error_message = reader.nullable_string('ElectLeadersResponse.PartitionResult.error_message') if version <= 1 else reader.compact_nullable_string('ElectLeadersResponse.PartitionResult.error_message')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('ElectLeadersResponse.PartitionResult.tagged_fields')
            return _new_ElectLeadersResponse__PartitionResult(f_partition_id, f_error_code, f_error_message, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        if version <= 0:
            if self.error_code != 0:
                raise EncodeError(f'ElectLeadersResponse.error_code is set, but version {version} lacks it')
        else:
            writer.int16(self.error_code)
        if version <= 1:
            items_replica_election_results = self.replica_election_results
            writer.array_length(items_replica_election_results)
            for each_replica_election_results in items_replica_election_results:
                each_replica_election_results.write(writer, version)
        else:
            items_replica_election_results = self.replica_election_results
            writer.compact_array_length(items_replica_election_results)
            for each_replica_election_results in items_replica_election_results:
                each_replica_election_results.write(writer, version)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'ElectLeadersResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ElectLeadersResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_replica_election_results: tuple[ElectLeadersResponse.ReplicaElectionResult, ...]
        f_throttle_time_ms = reader.int32('ElectLeadersResponse.throttle_time_ms')
        f_error_code = 0 if version <= 0 else reader.int16('ElectLeadersResponse.error_code')
        if version <= 1:
            count_f_replica_election_results = reader.array_length('ElectLeadersResponse.replica_election_results')
            read_f_replica_election_results = ElectLeadersResponse.ReplicaElectionResult.read
            f_replica_election_results = tuple([read_f_replica_election_results(reader, version) for _ in range(count_f_replica_election_results)])
        else:
            count_f_replica_election_results = reader.compact_array_length('ElectLeadersResponse.replica_election_results')
            read_f_replica_election_results = ElectLeadersResponse.ReplicaElectionResult.read
            f_replica_election_results = tuple([read_f_replica_election_results(reader, version) for _ in range(count_f_replica_election_results)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('ElectLeadersResponse.tagged_fields')
        return _new_ElectLeadersResponse(f_throttle_time_ms, f_error_code, f_replica_election_results, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ElectLeadersResponse', 0, 2).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ElectLeadersResponse', 0, 2).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ElectLeadersResponse:
        check_decode_version(version, 'ElectLeadersResponse', 0, 2)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ElectLeadersResponse')
        return result


_SET_ElectLeadersRequest__TopicPartitions: tuple[Any, ...] = tuple(
    vars(ElectLeadersRequest.TopicPartitions)[name].__set__ for name in ('topic', 'partitions', 'unknown_tagged_fields', ))


def _new_ElectLeadersRequest__TopicPartitions(topic: str, partitions: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ElectLeadersRequest.TopicPartitions:
    instance_: ElectLeadersRequest.TopicPartitions = object.__new__(ElectLeadersRequest.TopicPartitions)
    set0_, set1_, set2_, = _SET_ElectLeadersRequest__TopicPartitions
    set0_(instance_, topic)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ElectLeadersRequest: tuple[Any, ...] = tuple(
    vars(ElectLeadersRequest)[name].__set__ for name in ('election_type', 'topic_partitions', 'timeout_ms', 'unknown_tagged_fields', ))


def _new_ElectLeadersRequest(election_type: int, topic_partitions: tuple[ElectLeadersRequest.TopicPartitions, ...] | None, timeout_ms: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ElectLeadersRequest:
    instance_: ElectLeadersRequest = object.__new__(ElectLeadersRequest)
    set0_, set1_, set2_, set3_, = _SET_ElectLeadersRequest
    set0_(instance_, election_type)
    set1_(instance_, topic_partitions)
    set2_(instance_, timeout_ms)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_ElectLeadersResponse__ReplicaElectionResult: tuple[Any, ...] = tuple(
    vars(ElectLeadersResponse.ReplicaElectionResult)[name].__set__ for name in ('topic', 'partition_result', 'unknown_tagged_fields', ))


def _new_ElectLeadersResponse__ReplicaElectionResult(topic: str, partition_result: tuple[ElectLeadersResponse.PartitionResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ElectLeadersResponse.ReplicaElectionResult:
    instance_: ElectLeadersResponse.ReplicaElectionResult = object.__new__(ElectLeadersResponse.ReplicaElectionResult)
    set0_, set1_, set2_, = _SET_ElectLeadersResponse__ReplicaElectionResult
    set0_(instance_, topic)
    set1_(instance_, partition_result)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ElectLeadersResponse__PartitionResult: tuple[Any, ...] = tuple(
    vars(ElectLeadersResponse.PartitionResult)[name].__set__ for name in ('partition_id', 'error_code', 'error_message', 'unknown_tagged_fields', ))


def _new_ElectLeadersResponse__PartitionResult(partition_id: int, error_code: int, error_message: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ElectLeadersResponse.PartitionResult:
    instance_: ElectLeadersResponse.PartitionResult = object.__new__(ElectLeadersResponse.PartitionResult)
    set0_, set1_, set2_, set3_, = _SET_ElectLeadersResponse__PartitionResult
    set0_(instance_, partition_id)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_ElectLeadersResponse: tuple[Any, ...] = tuple(
    vars(ElectLeadersResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'replica_election_results', 'unknown_tagged_fields', ))


def _new_ElectLeadersResponse(throttle_time_ms: int, error_code: int, replica_election_results: tuple[ElectLeadersResponse.ReplicaElectionResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ElectLeadersResponse:
    instance_: ElectLeadersResponse = object.__new__(ElectLeadersResponse)
    set0_, set1_, set2_, set3_, = _SET_ElectLeadersResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, replica_election_results)
    set3_(instance_, unknown_tagged_fields)
    return instance_
