# generated from DescribeTransactionsRequest.json, DescribeTransactionsResponse.json; do not edit
"""DescribeTransactions (API key 65): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

__all__ = ['DescribeTransactionsRequest', 'DescribeTransactionsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class DescribeTransactionsRequest:
    """DescribeTransactionsRequest, API key 65: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 65
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    transactional_ids: tuple[str, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        items_transactional_ids = self.transactional_ids
        writer.compact_array_length(items_transactional_ids)
        for each_transactional_ids in items_transactional_ids:
            writer.compact_string(each_transactional_ids)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DescribeTransactionsRequest:
        f_transactional_ids: tuple[str, ...]
        count_f_transactional_ids = reader.compact_array_length('DescribeTransactionsRequest.transactional_ids')
        f_transactional_ids = tuple([reader.compact_string('DescribeTransactionsRequest.transactional_ids') for _ in range(count_f_transactional_ids)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('DescribeTransactionsRequest.tagged_fields')
        return _new_DescribeTransactionsRequest(f_transactional_ids, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DescribeTransactionsRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DescribeTransactionsRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DescribeTransactionsRequest:
        check_decode_version(version, 'DescribeTransactionsRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DescribeTransactionsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class DescribeTransactionsResponse:
    """DescribeTransactionsResponse, API key 65: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 65
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+
    transaction_states: tuple[DescribeTransactionsResponse.TransactionState, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TransactionState:
        """DescribeTransactionsResponse.TransactionState: versions 0+."""

        error_code: int = 0  # versions 0+
        transactional_id: str = ''  # versions 0+
        transaction_state: str = ''  # versions 0+
        transaction_timeout_ms: int = 0  # versions 0+
        transaction_start_time_ms: int = 0  # versions 0+
        producer_id: int = 0  # versions 0+
        producer_epoch: int = 0  # versions 0+
        topics: tuple[DescribeTransactionsResponse.TopicData, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int16(self.error_code)
            writer.compact_string(self.transactional_id)
            writer.compact_string(self.transaction_state)
            writer.int32(self.transaction_timeout_ms)
            writer.int64(self.transaction_start_time_ms)
            writer.int64(self.producer_id)
            writer.int16(self.producer_epoch)
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeTransactionsResponse.TransactionState:
            f_error_code: int
            f_transactional_id: str
            f_transaction_state: str
            f_transaction_timeout_ms: int
            f_transaction_start_time_ms: int
            f_producer_id: int
            f_producer_epoch: int
            f_topics: tuple[DescribeTransactionsResponse.TopicData, ...]
            f_error_code = reader.int16('DescribeTransactionsResponse.TransactionState.error_code')
            f_transactional_id = reader.compact_string('DescribeTransactionsResponse.TransactionState.transactional_id')
            f_transaction_state = reader.compact_string('DescribeTransactionsResponse.TransactionState.transaction_state')
            f_transaction_timeout_ms = reader.int32('DescribeTransactionsResponse.TransactionState.transaction_timeout_ms')
            f_transaction_start_time_ms = reader.int64('DescribeTransactionsResponse.TransactionState.transaction_start_time_ms')
            f_producer_id = reader.int64('DescribeTransactionsResponse.TransactionState.producer_id')
            f_producer_epoch = reader.int16('DescribeTransactionsResponse.TransactionState.producer_epoch')
            count_f_topics = reader.compact_array_length('DescribeTransactionsResponse.TransactionState.topics')
            read_f_topics = DescribeTransactionsResponse.TopicData.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DescribeTransactionsResponse.TransactionState.tagged_fields')
            return _new_DescribeTransactionsResponse__TransactionState(f_error_code, f_transactional_id, f_transaction_state, f_transaction_timeout_ms, f_transaction_start_time_ms, f_producer_id, f_producer_epoch, f_topics, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicData:
        """DescribeTransactionsResponse.TopicData: versions 0+."""

        topic: str = ''  # versions 0+
        partitions: tuple[int, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.topic)
            items_partitions = self.partitions
            writer.compact_array_length(items_partitions)
            writer.int32_items(items_partitions)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeTransactionsResponse.TopicData:
            f_topic: str
            f_partitions: tuple[int, ...]
            f_topic = reader.compact_string('DescribeTransactionsResponse.TopicData.topic')
            count_f_partitions = reader.compact_array_length('DescribeTransactionsResponse.TopicData.partitions')
            f_partitions = reader.int32_items(count_f_partitions, 'DescribeTransactionsResponse.TopicData.partitions')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DescribeTransactionsResponse.TopicData.tagged_fields')
            return _new_DescribeTransactionsResponse__TopicData(f_topic, f_partitions, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        items_transaction_states = self.transaction_states
        writer.compact_array_length(items_transaction_states)
        for each_transaction_states in items_transaction_states:
            each_transaction_states.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DescribeTransactionsResponse:
        f_throttle_time_ms: int
        f_transaction_states: tuple[DescribeTransactionsResponse.TransactionState, ...]
        f_throttle_time_ms = reader.int32('DescribeTransactionsResponse.throttle_time_ms')
        count_f_transaction_states = reader.compact_array_length('DescribeTransactionsResponse.transaction_states')
        read_f_transaction_states = DescribeTransactionsResponse.TransactionState.read
        f_transaction_states = tuple([read_f_transaction_states(reader, version) for _ in range(count_f_transaction_states)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('DescribeTransactionsResponse.tagged_fields')
        return _new_DescribeTransactionsResponse(f_throttle_time_ms, f_transaction_states, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DescribeTransactionsResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DescribeTransactionsResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DescribeTransactionsResponse:
        check_decode_version(version, 'DescribeTransactionsResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DescribeTransactionsResponse')
        return result


_SET_DescribeTransactionsRequest: tuple[Any, ...] = tuple(
    vars(DescribeTransactionsRequest)[name].__set__ for name in ('transactional_ids', 'unknown_tagged_fields', ))


def _new_DescribeTransactionsRequest(transactional_ids: tuple[str, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeTransactionsRequest:
    instance_: DescribeTransactionsRequest = object.__new__(DescribeTransactionsRequest)
    set0_, set1_, = _SET_DescribeTransactionsRequest
    set0_(instance_, transactional_ids)
    set1_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeTransactionsResponse__TransactionState: tuple[Any, ...] = tuple(
    vars(DescribeTransactionsResponse.TransactionState)[name].__set__ for name in ('error_code', 'transactional_id', 'transaction_state', 'transaction_timeout_ms', 'transaction_start_time_ms', 'producer_id', 'producer_epoch', 'topics', 'unknown_tagged_fields', ))


def _new_DescribeTransactionsResponse__TransactionState(error_code: int, transactional_id: str, transaction_state: str, transaction_timeout_ms: int, transaction_start_time_ms: int, producer_id: int, producer_epoch: int, topics: tuple[DescribeTransactionsResponse.TopicData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeTransactionsResponse.TransactionState:
    instance_: DescribeTransactionsResponse.TransactionState = object.__new__(DescribeTransactionsResponse.TransactionState)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, = _SET_DescribeTransactionsResponse__TransactionState
    set0_(instance_, error_code)
    set1_(instance_, transactional_id)
    set2_(instance_, transaction_state)
    set3_(instance_, transaction_timeout_ms)
    set4_(instance_, transaction_start_time_ms)
    set5_(instance_, producer_id)
    set6_(instance_, producer_epoch)
    set7_(instance_, topics)
    set8_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeTransactionsResponse__TopicData: tuple[Any, ...] = tuple(
    vars(DescribeTransactionsResponse.TopicData)[name].__set__ for name in ('topic', 'partitions', 'unknown_tagged_fields', ))


def _new_DescribeTransactionsResponse__TopicData(topic: str, partitions: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeTransactionsResponse.TopicData:
    instance_: DescribeTransactionsResponse.TopicData = object.__new__(DescribeTransactionsResponse.TopicData)
    set0_, set1_, set2_, = _SET_DescribeTransactionsResponse__TopicData
    set0_(instance_, topic)
    set1_(instance_, partitions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeTransactionsResponse: tuple[Any, ...] = tuple(
    vars(DescribeTransactionsResponse)[name].__set__ for name in ('throttle_time_ms', 'transaction_states', 'unknown_tagged_fields', ))


def _new_DescribeTransactionsResponse(throttle_time_ms: int, transaction_states: tuple[DescribeTransactionsResponse.TransactionState, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeTransactionsResponse:
    instance_: DescribeTransactionsResponse = object.__new__(DescribeTransactionsResponse)
    set0_, set1_, set2_, = _SET_DescribeTransactionsResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, transaction_states)
    set2_(instance_, unknown_tagged_fields)
    return instance_
