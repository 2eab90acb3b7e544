# generated from ControlledShutdownRequest.json, ControlledShutdownResponse.json; do not edit
"""ControlledShutdown (API key 7): request and response."""

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

__all__ = ['ControlledShutdownRequest', 'ControlledShutdownResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class ControlledShutdownRequest:
    """ControlledShutdownRequest, API key 7: versions 0-3, flexible 3+."""

    API_KEY: ClassVar[int] = 7
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 3
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 3

    broker_id: int = 0  # versions 0+
    broker_epoch: int = -1  # versions 2+; ignorable
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.broker_id)
        if version <= 1:
            pass
        else:
            writer.int64(self.broker_epoch)
        if version <= 2:
            if self.unknown_tagged_fields:
                raise EncodeError(f'ControlledShutdownRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ControlledShutdownRequest:
        f_broker_id: int
        f_broker_epoch: int
        f_broker_id = reader.int32('ControlledShutdownRequest.broker_id')
        f_broker_epoch = -1 if version <= 1 else reader.int64('ControlledShutdownRequest.broker_epoch')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 2 else reader.unknown_tagged_fields('ControlledShutdownRequest.tagged_fields')
        return _new_ControlledShutdownRequest(f_broker_id, f_broker_epoch, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ControlledShutdownRequest', 0, 3).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ControlledShutdownRequest', 0, 3).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ControlledShutdownRequest:
        check_decode_version(version, 'ControlledShutdownRequest', 0, 3)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ControlledShutdownRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class ControlledShutdownResponse:
    """ControlledShutdownResponse, API key 7: versions 0-3, flexible 3+."""

    API_KEY: ClassVar[int] = 7
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 3
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 3

    error_code: int = 0  # versions 0+
    remaining_partitions: tuple[ControlledShutdownResponse.RemainingPartition, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class RemainingPartition:
        """ControlledShutdownResponse.RemainingPartition: versions 0+."""

        topic_name: str = ''  # versions 0+
        partition_index: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 2:
                writer.string(self.topic_name)
            else:
                writer.compact_string(self.topic_name)
            writer.int32(self.partition_index)
            if version <= 2:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'ControlledShutdownResponse.RemainingPartition has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ControlledShutdownResponse.RemainingPartition:
            f_topic_name: str
            f_partition_index: int
            f_topic_name = reader.string('ControlledShutdownResponse.RemainingPartition.topic_name') if version <= 2 else reader.compact_string('ControlledShutdownResponse.RemainingPartition.topic_name')
            f_partition_index = reader.int32('ControlledShutdownResponse.RemainingPartition.partition_index')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 2 else reader.unknown_tagged_fields('ControlledShutdownResponse.RemainingPartition.tagged_fields')
            return _new_ControlledShutdownResponse__RemainingPartition(f_topic_name, f_partition_index, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int16(self.error_code)
        if version <= 2:
            items_remaining_partitions = self.remaining_partitions
            writer.array_length(items_remaining_partitions)
            for each_remaining_partitions in items_remaining_partitions:
                each_remaining_partitions.write(writer, version)
        else:
            items_remaining_partitions = self.remaining_partitions
            writer.compact_array_length(items_remaining_partitions)
            for each_remaining_partitions in items_remaining_partitions:
                each_remaining_partitions.write(writer, version)
        if version <= 2:
            if self.unknown_tagged_fields:
                raise EncodeError(f'ControlledShutdownResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ControlledShutdownResponse:
        f_error_code: int
        f_remaining_partitions: tuple[ControlledShutdownResponse.RemainingPartition, ...]
        f_error_code = reader.int16('ControlledShutdownResponse.error_code')
        if version <= 2:
            count_f_remaining_partitions = reader.array_length('ControlledShutdownResponse.remaining_partitions')
            read_f_remaining_partitions = ControlledShutdownResponse.RemainingPartition.read
            f_remaining_partitions = tuple([read_f_remaining_partitions(reader, version) for _ in range(count_f_remaining_partitions)])
        else:
            count_f_remaining_partitions = reader.compact_array_length('ControlledShutdownResponse.remaining_partitions')
            read_f_remaining_partitions = ControlledShutdownResponse.RemainingPartition.read
            f_remaining_partitions = tuple([read_f_remaining_partitions(reader, version) for _ in range(count_f_remaining_partitions)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 2 else reader.unknown_tagged_fields('ControlledShutdownResponse.tagged_fields')
        return _new_ControlledShutdownResponse(f_error_code, f_remaining_partitions, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ControlledShutdownResponse', 0, 3).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ControlledShutdownResponse', 0, 3).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ControlledShutdownResponse:
        check_decode_version(version, 'ControlledShutdownResponse', 0, 3)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ControlledShutdownResponse')
        return result


_SET_ControlledShutdownRequest: tuple[Any, ...] = tuple(
    vars(ControlledShutdownRequest)[name].__set__ for name in ('broker_id', 'broker_epoch', 'unknown_tagged_fields', ))


def _new_ControlledShutdownRequest(broker_id: int, broker_epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ControlledShutdownRequest:
    instance_: ControlledShutdownRequest = object.__new__(ControlledShutdownRequest)
    set0_, set1_, set2_, = _SET_ControlledShutdownRequest
    set0_(instance_, broker_id)
    set1_(instance_, broker_epoch)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ControlledShutdownResponse__RemainingPartition: tuple[Any, ...] = tuple(
    vars(ControlledShutdownResponse.RemainingPartition)[name].__set__ for name in ('topic_name', 'partition_index', 'unknown_tagged_fields', ))


def _new_ControlledShutdownResponse__RemainingPartition(topic_name: str, partition_index: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ControlledShutdownResponse.RemainingPartition:
    instance_: ControlledShutdownResponse.RemainingPartition = object.__new__(ControlledShutdownResponse.RemainingPartition)
    set0_, set1_, set2_, = _SET_ControlledShutdownResponse__RemainingPartition
    set0_(instance_, topic_name)
    set1_(instance_, partition_index)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ControlledShutdownResponse: tuple[Any, ...] = tuple(
    vars(ControlledShutdownResponse)[name].__set__ for name in ('error_code', 'remaining_partitions', 'unknown_tagged_fields', ))


def _new_ControlledShutdownResponse(error_code: int, remaining_partitions: tuple[ControlledShutdownResponse.RemainingPartition, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ControlledShutdownResponse:
    instance_: ControlledShutdownResponse = object.__new__(ControlledShutdownResponse)
    set0_, set1_, set2_, = _SET_ControlledShutdownResponse
    set0_(instance_, error_code)
    set1_(instance_, remaining_partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_
