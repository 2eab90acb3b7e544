# generated from InitProducerIdRequest.json, InitProducerIdResponse.json; do not edit
"""InitProducerId (API key 22): request and response."""

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

__all__ = ['InitProducerIdRequest', 'InitProducerIdResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class InitProducerIdRequest:
    """InitProducerIdRequest, API key 22: versions 0-5, flexible 2+."""

    API_KEY: ClassVar[int] = 22
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    transactional_id: str | None = ''  # versions 0+; nullable 0+
    transaction_timeout_ms: int = 0  # versions 0+
    producer_id: int = -1  # versions 3+
    producer_epoch: int = -1  # versions 3+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        if version <= 1:
            writer.nullable_string(self.transactional_id)
        else:
            writer.compact_nullable_string(self.transactional_id)
        writer.int32(self.transaction_timeout_ms)
        if version <= 2:
            if self.producer_id != -1:
                raise EncodeError(f'InitProducerIdRequest.producer_id is set, but version {version} lacks it')
        else:
            writer.int64(self.producer_id)
        if version <= 2:
            if self.producer_epoch != -1:
                raise EncodeError(f'InitProducerIdRequest.producer_epoch is set, but version {version} lacks it')
        else:
            writer.int16(self.producer_epoch)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'InitProducerIdRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> InitProducerIdRequest:
        f_transactional_id: str | None
        f_transaction_timeout_ms: int
        f_producer_id: int
        f_producer_epoch: int
        f_transactional_id = reader.nullable_string('InitProducerIdRequest.transactional_id') if version <= 1 else reader.compact_nullable_string('InitProducerIdRequest.transactional_id')
        f_transaction_timeout_ms = reader.int32('InitProducerIdRequest.transaction_timeout_ms')
        f_producer_id = -1 if version <= 2 else reader.int64('InitProducerIdRequest.producer_id')
        f_producer_epoch = -1 if version <= 2 else reader.int16('InitProducerIdRequest.producer_epoch')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('InitProducerIdRequest.tagged_fields')
        return _new_InitProducerIdRequest(f_transactional_id, f_transaction_timeout_ms, f_producer_id, f_producer_epoch, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'InitProducerIdRequest', 0, 5).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'InitProducerIdRequest', 0, 5).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> InitProducerIdRequest:
        check_decode_version(version, 'InitProducerIdRequest', 0, 5)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('InitProducerIdRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class InitProducerIdResponse:
    """InitProducerIdResponse, API key 22: versions 0-5, flexible 2+."""

    API_KEY: ClassVar[int] = 22
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    throttle_time_ms: int = 0  # versions 0+; ignorable
    error_code: int = 0  # versions 0+
    producer_id: int = -1  # versions 0+
    producer_epoch: int = 0  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        writer.int64(self.producer_id)
        writer.int16(self.producer_epoch)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'InitProducerIdResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> InitProducerIdResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_producer_id: int
        f_producer_epoch: int
        f_throttle_time_ms = reader.int32('InitProducerIdResponse.throttle_time_ms')
        f_error_code = reader.int16('InitProducerIdResponse.error_code')
        f_producer_id = reader.int64('InitProducerIdResponse.producer_id')
        f_producer_epoch = reader.int16('InitProducerIdResponse.producer_epoch')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('InitProducerIdResponse.tagged_fields')
        return _new_InitProducerIdResponse(f_throttle_time_ms, f_error_code, f_producer_id, f_producer_epoch, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'InitProducerIdResponse', 0, 5).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'InitProducerIdResponse', 0, 5).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> InitProducerIdResponse:
        check_decode_version(version, 'InitProducerIdResponse', 0, 5)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('InitProducerIdResponse')
        return result


_SET_InitProducerIdRequest: tuple[Any, ...] = tuple(
    vars(InitProducerIdRequest)[name].__set__ for name in ('transactional_id', 'transaction_timeout_ms', 'producer_id', 'producer_epoch', 'unknown_tagged_fields', ))


def _new_InitProducerIdRequest(transactional_id: str | None, transaction_timeout_ms: int, producer_id: int, producer_epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> InitProducerIdRequest:
    instance_: InitProducerIdRequest = object.__new__(InitProducerIdRequest)
    set0_, set1_, set2_, set3_, set4_, = _SET_InitProducerIdRequest
    set0_(instance_, transactional_id)
    set1_(instance_, transaction_timeout_ms)
    set2_(instance_, producer_id)
    set3_(instance_, producer_epoch)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_InitProducerIdResponse: tuple[Any, ...] = tuple(
    vars(InitProducerIdResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'producer_id', 'producer_epoch', 'unknown_tagged_fields', ))


def _new_InitProducerIdResponse(throttle_time_ms: int, error_code: int, producer_id: int, producer_epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> InitProducerIdResponse:
    instance_: InitProducerIdResponse = object.__new__(InitProducerIdResponse)
    set0_, set1_, set2_, set3_, set4_, = _SET_InitProducerIdResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, producer_id)
    set3_(instance_, producer_epoch)
    set4_(instance_, unknown_tagged_fields)
    return instance_
