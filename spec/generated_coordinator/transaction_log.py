# generated from TransactionLogKey.json, TransactionLogValue.json; do not edit
# ruff: noqa: E501
"""TransactionLog (record type 0): key and value."""

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

__all__ = ['TransactionLogKey', 'TransactionLogValue']

@dataclass(frozen=True, slots=True, kw_only=True)
class TransactionLogKey:
    """TransactionLogKey, API key 0: versions 0, flexible none."""

    API_KEY: ClassVar[int] = 0
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = None

    transactional_id: str = ''  # versions 0

    def write(self, writer: Writer, version: int) -> None:
        writer.string(self.transactional_id)

    @classmethod
    def read(cls, reader: Reader, version: int) -> TransactionLogKey:
        f_transactional_id: str
        f_transactional_id = reader.string('TransactionLogKey.transactional_id')
        return _new_TransactionLogKey(f_transactional_id)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'TransactionLogKey', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'TransactionLogKey', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> TransactionLogKey:
        check_decode_version(version, 'TransactionLogKey', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('TransactionLogKey')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class TransactionLogValue:
    """TransactionLogValue, API key 0: versions 0-1, flexible 1+."""

    API_KEY: ClassVar[int] = 0
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 1

    producer_id: int = 0  # versions 0+
    previous_producer_id: int = -1  # versions 1+; tag 0 in 1+
    next_producer_id: int = -1  # versions 1+; tag 1 in 1+
    producer_epoch: int = 0  # versions 0+
    transaction_timeout_ms: int = 0  # versions 0+
    transaction_status: int = 0  # versions 0+
    transaction_partitions: tuple[TransactionLogValue.PartitionsSchema, ...] | None = ()  # versions 0+; nullable 0+
    transaction_last_update_timestamp_ms: int = 0  # versions 0+
    transaction_start_timestamp_ms: int = 0  # versions 0+
    client_transaction_version: int = 0  # versions 1+; tag 2 in 1+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionsSchema:
        """TransactionLogValue.PartitionsSchema: versions 0+."""

        topic: str = ''  # versions 0+
        partition_ids: tuple[int, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 0:
                writer.string(self.topic)
            else:
                writer.compact_string(self.topic)
            if version <= 0:
                items_partition_ids = self.partition_ids
                writer.array_length(items_partition_ids)
                writer.int32_items(items_partition_ids)
            else:
                items_partition_ids = self.partition_ids
                writer.compact_array_length(items_partition_ids)
                writer.int32_items(items_partition_ids)
            if version <= 0:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'TransactionLogValue.PartitionsSchema has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> TransactionLogValue.PartitionsSchema:
            f_topic: str
            f_partition_ids: tuple[int, ...]
            f_topic = reader.string('TransactionLogValue.PartitionsSchema.topic') if version <= 0 else reader.compact_string('TransactionLogValue.PartitionsSchema.topic')
            if version <= 0:
                count_f_partition_ids = reader.array_length('TransactionLogValue.PartitionsSchema.partition_ids')
                f_partition_ids = reader.int32_items(count_f_partition_ids, 'TransactionLogValue.PartitionsSchema.partition_ids')
            else:
                count_f_partition_ids = reader.compact_array_length('TransactionLogValue.PartitionsSchema.partition_ids')
                f_partition_ids = reader.int32_items(count_f_partition_ids, 'TransactionLogValue.PartitionsSchema.partition_ids')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('TransactionLogValue.PartitionsSchema.tagged_fields')
            return _new_TransactionLogValue__PartitionsSchema(f_topic, f_partition_ids, unknown)

    def write(self, writer: Writer, version: int) -> None:
        items_transaction_partitions: tuple[TransactionLogValue.PartitionsSchema, ...] | None
        writer.int64(self.producer_id)
        if version <= 0:
            if self.previous_producer_id != -1:
                raise EncodeError(f'TransactionLogValue.previous_producer_id is set, but version {version} lacks it')
        else:
            pass
        if version <= 0:
            if self.next_producer_id != -1:
                raise EncodeError(f'TransactionLogValue.next_producer_id is set, but version {version} lacks it')
        else:
            pass
        writer.int16(self.producer_epoch)
        writer.int32(self.transaction_timeout_ms)
        writer.int8(self.transaction_status)
        if version <= 0:
            items_transaction_partitions = self.transaction_partitions
            writer.array_length(items_transaction_partitions)
            if items_transaction_partitions is not None:
                for each_transaction_partitions in items_transaction_partitions:
                    each_transaction_partitions.write(writer, version)
        else:
            items_transaction_partitions = self.transaction_partitions
            writer.compact_array_length(items_transaction_partitions)
            if items_transaction_partitions is not None:
                for each_transaction_partitions in items_transaction_partitions:
                    each_transaction_partitions.write(writer, version)
        writer.int64(self.transaction_last_update_timestamp_ms)
        writer.int64(self.transaction_start_timestamp_ms)
        if version <= 0:
            if self.client_transaction_version != 0:
                raise EncodeError(f'TransactionLogValue.client_transaction_version is set, but version {version} lacks it')
        else:
            pass
        if version <= 0:
            if self.unknown_tagged_fields:
                raise EncodeError(f'TransactionLogValue has tagged fields, but version {version} is not flexible')
        else:
            known: list[tuple[int, bytes]] = []
            if self.previous_producer_id != -1:
                tagged = Writer()
                tagged.int64(self.previous_producer_id)
                known.append((0, tagged.getvalue()))
            if self.next_producer_id != -1:
                tagged = Writer()
                tagged.int64(self.next_producer_id)
                known.append((1, tagged.getvalue()))
            if self.client_transaction_version != 0:
                tagged = Writer()
                tagged.int16(self.client_transaction_version)
                known.append((2, tagged.getvalue()))
            writer.tagged_fields(known, self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> TransactionLogValue:
        f_producer_id: int
        f_previous_producer_id: int
        f_next_producer_id: int
        f_producer_epoch: int
        f_transaction_timeout_ms: int
        f_transaction_status: int
        f_transaction_partitions: tuple[TransactionLogValue.PartitionsSchema, ...] | None
        f_transaction_last_update_timestamp_ms: int
        f_transaction_start_timestamp_ms: int
        f_client_transaction_version: int
        f_producer_id = reader.int64('TransactionLogValue.producer_id')
        f_previous_producer_id = -1
        f_next_producer_id = -1
        f_producer_epoch = reader.int16('TransactionLogValue.producer_epoch')
        f_transaction_timeout_ms = reader.int32('TransactionLogValue.transaction_timeout_ms')
        f_transaction_status = reader.int8('TransactionLogValue.transaction_status')
        if version <= 0:
            count_f_transaction_partitions = reader.nullable_array_length('TransactionLogValue.transaction_partitions')
            read_f_transaction_partitions = TransactionLogValue.PartitionsSchema.read
            f_transaction_partitions = None if count_f_transaction_partitions < 0 else tuple([read_f_transaction_partitions(reader, version) for _ in range(count_f_transaction_partitions)])
        else:
            count_f_transaction_partitions = reader.compact_nullable_array_length('TransactionLogValue.transaction_partitions')
            read_f_transaction_partitions = TransactionLogValue.PartitionsSchema.read
            f_transaction_partitions = None if count_f_transaction_partitions < 0 else tuple([read_f_transaction_partitions(reader, version) for _ in range(count_f_transaction_partitions)])
        f_transaction_last_update_timestamp_ms = reader.int64('TransactionLogValue.transaction_last_update_timestamp_ms')
        f_transaction_start_timestamp_ms = reader.int64('TransactionLogValue.transaction_start_timestamp_ms')
        f_client_transaction_version = 0
        unknown: tuple[tuple[int, bytes], ...]
        if version <= 0:
            unknown = ()
        else:
            unknown_list: list[tuple[int, bytes]] = []
            for _ in range(reader.tagged_field_count('TransactionLogValue.tagged_fields')):
                tag, end = reader.tagged_field_header('TransactionLogValue.tagged_fields')
                if tag == 0:
                    f_previous_producer_id = reader.int64('TransactionLogValue.previous_producer_id')
                    reader.expect_position(end, 'TransactionLogValue.tagged_fields')
                elif tag == 1:
                    f_next_producer_id = reader.int64('TransactionLogValue.next_producer_id')
                    reader.expect_position(end, 'TransactionLogValue.tagged_fields')
                elif tag == 2:
                    f_client_transaction_version = reader.int16('TransactionLogValue.client_transaction_version')
                    reader.expect_position(end, 'TransactionLogValue.tagged_fields')
                else:
                    unknown_list.append((tag, reader.raw(end - reader.position, 'TransactionLogValue.tagged_fields')))
            unknown = tuple(unknown_list)
        return _new_TransactionLogValue(f_producer_id, f_previous_producer_id, f_next_producer_id, f_producer_epoch, f_transaction_timeout_ms, f_transaction_status, f_transaction_partitions, f_transaction_last_update_timestamp_ms, f_transaction_start_timestamp_ms, f_client_transaction_version, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'TransactionLogValue', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'TransactionLogValue', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> TransactionLogValue:
        check_decode_version(version, 'TransactionLogValue', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('TransactionLogValue')
        return result


_SET_TransactionLogKey: tuple[Any, ...] = tuple(
    vars(TransactionLogKey)[name].__set__ for name in ('transactional_id', ))


def _new_TransactionLogKey(transactional_id: str) -> TransactionLogKey:
    instance_: TransactionLogKey = object.__new__(TransactionLogKey)
    set0_, = _SET_TransactionLogKey
    set0_(instance_, transactional_id)
    return instance_


_SET_TransactionLogValue__PartitionsSchema: tuple[Any, ...] = tuple(
    vars(TransactionLogValue.PartitionsSchema)[name].__set__ for name in ('topic', 'partition_ids', 'unknown_tagged_fields', ))


def _new_TransactionLogValue__PartitionsSchema(topic: str, partition_ids: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> TransactionLogValue.PartitionsSchema:
    instance_: TransactionLogValue.PartitionsSchema = object.__new__(TransactionLogValue.PartitionsSchema)
    set0_, set1_, set2_, = _SET_TransactionLogValue__PartitionsSchema
    set0_(instance_, topic)
    set1_(instance_, partition_ids)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_TransactionLogValue: tuple[Any, ...] = tuple(
    vars(TransactionLogValue)[name].__set__ for name in ('producer_id', 'previous_producer_id', 'next_producer_id', 'producer_epoch', 'transaction_timeout_ms', 'transaction_status', 'transaction_partitions', 'transaction_last_update_timestamp_ms', 'transaction_start_timestamp_ms', 'client_transaction_version', 'unknown_tagged_fields', ))


def _new_TransactionLogValue(producer_id: int, previous_producer_id: int, next_producer_id: int, producer_epoch: int, transaction_timeout_ms: int, transaction_status: int, transaction_partitions: tuple[TransactionLogValue.PartitionsSchema, ...] | None, transaction_last_update_timestamp_ms: int, transaction_start_timestamp_ms: int, client_transaction_version: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> TransactionLogValue:
    instance_: TransactionLogValue = object.__new__(TransactionLogValue)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, set9_, set10_, = _SET_TransactionLogValue
    set0_(instance_, producer_id)
    set1_(instance_, previous_producer_id)
    set2_(instance_, next_producer_id)
    set3_(instance_, producer_epoch)
    set4_(instance_, transaction_timeout_ms)
    set5_(instance_, transaction_status)
    set6_(instance_, transaction_partitions)
    set7_(instance_, transaction_last_update_timestamp_ms)
    set8_(instance_, transaction_start_timestamp_ms)
    set9_(instance_, client_transaction_version)
    set10_(instance_, unknown_tagged_fields)
    return instance_
