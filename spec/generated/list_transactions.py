# generated from ListTransactionsRequest.json, ListTransactionsResponse.json; do not edit
"""ListTransactions (API key 66): request and response."""

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

__all__ = ['ListTransactionsRequest', 'ListTransactionsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class ListTransactionsRequest:
    """ListTransactionsRequest, API key 66: versions 0-1, flexible 0+."""

    API_KEY: ClassVar[int] = 66
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    state_filters: tuple[str, ...] = ()  # versions 0+
    producer_id_filters: tuple[int, ...] = ()  # versions 0+
    duration_filter: int = -1  # versions 1+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        items_state_filters = self.state_filters
        writer.compact_array_length(items_state_filters)
        for each_state_filters in items_state_filters:
            writer.compact_string(each_state_filters)
        items_producer_id_filters = self.producer_id_filters
        writer.compact_array_length(items_producer_id_filters)
        writer.int64_items(items_producer_id_filters)
        if version <= 0:
            if self.duration_filter != -1:
                raise EncodeError(f'ListTransactionsRequest.duration_filter is set, but version {version} lacks it')
        else:
            writer.int64(self.duration_filter)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ListTransactionsRequest:
        f_state_filters: tuple[str, ...]
        f_producer_id_filters: tuple[int, ...]
        f_duration_filter: int
        count_f_state_filters = reader.compact_array_length('ListTransactionsRequest.state_filters')
        f_state_filters = tuple([reader.compact_string('ListTransactionsRequest.state_filters') for _ in range(count_f_state_filters)])
        count_f_producer_id_filters = reader.compact_array_length('ListTransactionsRequest.producer_id_filters')
        f_producer_id_filters = reader.int64_items(count_f_producer_id_filters, 'ListTransactionsRequest.producer_id_filters')
        f_duration_filter = -1 if version <= 0 else reader.int64('ListTransactionsRequest.duration_filter')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ListTransactionsRequest.tagged_fields')
        return _new_ListTransactionsRequest(f_state_filters, f_producer_id_filters, f_duration_filter, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ListTransactionsRequest', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ListTransactionsRequest', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ListTransactionsRequest:
        check_decode_version(version, 'ListTransactionsRequest', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ListTransactionsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class ListTransactionsResponse:
    """ListTransactionsResponse, API key 66: versions 0-1, flexible 0+."""

    API_KEY: ClassVar[int] = 66
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 0+
    unknown_state_filters: tuple[str, ...] = ()  # versions 0+
    transaction_states: tuple[ListTransactionsResponse.TransactionState, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TransactionState:
        """ListTransactionsResponse.TransactionState: versions 0+."""

        transactional_id: str = ''  # versions 0+
        producer_id: int = 0  # versions 0+
        transaction_state: str = ''  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.transactional_id)
            writer.int64(self.producer_id)
            writer.compact_string(self.transaction_state)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ListTransactionsResponse.TransactionState:
            f_transactional_id: str
            f_producer_id: int
            f_transaction_state: str
            f_transactional_id = reader.compact_string('ListTransactionsResponse.TransactionState.transactional_id')
            f_producer_id = reader.int64('ListTransactionsResponse.TransactionState.producer_id')
            f_transaction_state = reader.compact_string('ListTransactionsResponse.TransactionState.transaction_state')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ListTransactionsResponse.TransactionState.tagged_fields')
            return _new_ListTransactionsResponse__TransactionState(f_transactional_id, f_producer_id, f_transaction_state, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        items_unknown_state_filters = self.unknown_state_filters
        writer.compact_array_length(items_unknown_state_filters)
        for each_unknown_state_filters in items_unknown_state_filters:
            writer.compact_string(each_unknown_state_filters)
        items_transaction_states = self.transaction_states
        writer.compact_array_length(items_transaction_states)
        for each_transaction_states in items_transaction_states:
            each_transaction_states.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ListTransactionsResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_unknown_state_filters: tuple[str, ...]
        f_transaction_states: tuple[ListTransactionsResponse.TransactionState, ...]
        f_throttle_time_ms = reader.int32('ListTransactionsResponse.throttle_time_ms')
        f_error_code = reader.int16('ListTransactionsResponse.error_code')
        count_f_unknown_state_filters = reader.compact_array_length('ListTransactionsResponse.unknown_state_filters')
        f_unknown_state_filters = tuple([reader.compact_string('ListTransactionsResponse.unknown_state_filters') for _ in range(count_f_unknown_state_filters)])
        count_f_transaction_states = reader.compact_array_length('ListTransactionsResponse.transaction_states')
        read_f_transaction_states = ListTransactionsResponse.TransactionState.read
        f_transaction_states = tuple([read_f_transaction_states(reader, version) for _ in range(count_f_transaction_states)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ListTransactionsResponse.tagged_fields')
        return _new_ListTransactionsResponse(f_throttle_time_ms, f_error_code, f_unknown_state_filters, f_transaction_states, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ListTransactionsResponse', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ListTransactionsResponse', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ListTransactionsResponse:
        check_decode_version(version, 'ListTransactionsResponse', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ListTransactionsResponse')
        return result


_SET_ListTransactionsRequest: tuple[Any, ...] = tuple(
    vars(ListTransactionsRequest)[name].__set__ for name in ('state_filters', 'producer_id_filters', 'duration_filter', 'unknown_tagged_fields', ))


def _new_ListTransactionsRequest(state_filters: tuple[str, ...], producer_id_filters: tuple[int, ...], duration_filter: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ListTransactionsRequest:
    instance_: ListTransactionsRequest = object.__new__(ListTransactionsRequest)
    set0_, set1_, set2_, set3_, = _SET_ListTransactionsRequest
    set0_(instance_, state_filters)
    set1_(instance_, producer_id_filters)
    set2_(instance_, duration_filter)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_ListTransactionsResponse__TransactionState: tuple[Any, ...] = tuple(
    vars(ListTransactionsResponse.TransactionState)[name].__set__ for name in ('transactional_id', 'producer_id', 'transaction_state', 'unknown_tagged_fields', ))


def _new_ListTransactionsResponse__TransactionState(transactional_id: str, producer_id: int, transaction_state: str, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ListTransactionsResponse.TransactionState:
    instance_: ListTransactionsResponse.TransactionState = object.__new__(ListTransactionsResponse.TransactionState)
    set0_, set1_, set2_, set3_, = _SET_ListTransactionsResponse__TransactionState
    set0_(instance_, transactional_id)
    set1_(instance_, producer_id)
    set2_(instance_, transaction_state)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_ListTransactionsResponse: tuple[Any, ...] = tuple(
    vars(ListTransactionsResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'unknown_state_filters', 'transaction_states', 'unknown_tagged_fields', ))


def _new_ListTransactionsResponse(throttle_time_ms: int, error_code: int, unknown_state_filters: tuple[str, ...], transaction_states: tuple[ListTransactionsResponse.TransactionState, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ListTransactionsResponse:
    instance_: ListTransactionsResponse = object.__new__(ListTransactionsResponse)
    set0_, set1_, set2_, set3_, set4_, = _SET_ListTransactionsResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, unknown_state_filters)
    set3_(instance_, transaction_states)
    set4_(instance_, unknown_tagged_fields)
    return instance_
