# generated from EndTxnRequest.json, EndTxnResponse.json; do not edit
"""EndTxn (API key 26): request and response."""

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

__all__ = ['EndTxnRequest', 'EndTxnResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class EndTxnRequest:
    """EndTxnRequest, API key 26: versions 0-5, flexible 3+."""

    API_KEY: ClassVar[int] = 26
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 3

    transactional_id: str = ''  # versions 0+
    producer_id: int = 0  # versions 0+
    producer_epoch: int = 0  # versions 0+
    committed: bool = False  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        if version <= 2:
            writer.string(self.transactional_id)
        else:
            writer.compact_string(self.transactional_id)
        writer.int64(self.producer_id)
        writer.int16(self.producer_epoch)
        writer.boolean(self.committed)
        if version <= 2:
            if self.unknown_tagged_fields:
                raise EncodeError(f'EndTxnRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> EndTxnRequest:
        f_transactional_id: str
        f_producer_id: int
        f_producer_epoch: int
        f_committed: bool
        f_transactional_id = reader.string('EndTxnRequest.transactional_id') if version <= 2 else reader.compact_string('EndTxnRequest.transactional_id')
        f_producer_id = reader.int64('EndTxnRequest.producer_id')
        f_producer_epoch = reader.int16('EndTxnRequest.producer_epoch')
        f_committed = reader.boolean('EndTxnRequest.committed')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 2 else reader.unknown_tagged_fields('EndTxnRequest.tagged_fields')
        return _new_EndTxnRequest(f_transactional_id, f_producer_id, f_producer_epoch, f_committed, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'EndTxnRequest', 0, 5).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'EndTxnRequest', 0, 5).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> EndTxnRequest:
        check_decode_version(version, 'EndTxnRequest', 0, 5)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('EndTxnRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class EndTxnResponse:
    """EndTxnResponse, API key 26: versions 0-5, flexible 3+."""

    API_KEY: ClassVar[int] = 26
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 5
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 3

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 0+
    producer_id: int = -1  # versions 5+; ignorable
    producer_epoch: int = -1  # versions 5+; ignorable
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        if version <= 4:
            pass
        else:
            writer.int64(self.producer_id)
        if version <= 4:
            pass
        else:
            writer.int16(self.producer_epoch)
        if version <= 2:
            if self.unknown_tagged_fields:
                raise EncodeError(f'EndTxnResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> EndTxnResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_producer_id: int
        f_producer_epoch: int
        f_throttle_time_ms = reader.int32('EndTxnResponse.throttle_time_ms')
        f_error_code = reader.int16('EndTxnResponse.error_code')
        f_producer_id = -1 if version <= 4 else reader.int64('EndTxnResponse.producer_id')
        f_producer_epoch = -1 if version <= 4 else reader.int16('EndTxnResponse.producer_epoch')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 2 else reader.unknown_tagged_fields('EndTxnResponse.tagged_fields')
        return _new_EndTxnResponse(f_throttle_time_ms, f_error_code, f_producer_id, f_producer_epoch, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'EndTxnResponse', 0, 5).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'EndTxnResponse', 0, 5).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> EndTxnResponse:
        check_decode_version(version, 'EndTxnResponse', 0, 5)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('EndTxnResponse')
        return result


_SET_EndTxnRequest: tuple[Any, ...] = tuple(
    vars(EndTxnRequest)[name].__set__ for name in ('transactional_id', 'producer_id', 'producer_epoch', 'committed', 'unknown_tagged_fields', ))


def _new_EndTxnRequest(transactional_id: str, producer_id: int, producer_epoch: int, committed: bool, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> EndTxnRequest:
    instance_: EndTxnRequest = object.__new__(EndTxnRequest)
    set0_, set1_, set2_, set3_, set4_, = _SET_EndTxnRequest
    set0_(instance_, transactional_id)
    set1_(instance_, producer_id)
    set2_(instance_, producer_epoch)
    set3_(instance_, committed)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_EndTxnResponse: tuple[Any, ...] = tuple(
    vars(EndTxnResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'producer_id', 'producer_epoch', 'unknown_tagged_fields', ))


def _new_EndTxnResponse(throttle_time_ms: int, error_code: int, producer_id: int, producer_epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> EndTxnResponse:
    instance_: EndTxnResponse = object.__new__(EndTxnResponse)
    set0_, set1_, set2_, set3_, set4_, = _SET_EndTxnResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, producer_id)
    set3_(instance_, producer_epoch)
    set4_(instance_, unknown_tagged_fields)
    return instance_
