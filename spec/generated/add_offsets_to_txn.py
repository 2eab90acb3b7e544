# generated from AddOffsetsToTxnRequest.json, AddOffsetsToTxnResponse.json; do not edit
"""AddOffsetsToTxn (API key 25): request and response."""

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

__all__ = ['AddOffsetsToTxnRequest', 'AddOffsetsToTxnResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class AddOffsetsToTxnRequest:
    """AddOffsetsToTxnRequest, API key 25: versions 0-4, flexible 3+."""

    API_KEY: ClassVar[int] = 25
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 3

    transactional_id: str = ''  # versions 0+
    producer_id: int = 0  # versions 0+
    producer_epoch: int = 0  # versions 0+
    group_id: str = ''  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        if version <= 2:
            writer.string(self.transactional_id)
        else:
            writer.compact_string(self.transactional_id)
        writer.int64(self.producer_id)
        writer.int16(self.producer_epoch)
        if version <= 2:
            writer.string(self.group_id)
        else:
            writer.compact_string(self.group_id)
        if version <= 2:
            if self.unknown_tagged_fields:
                raise EncodeError(f'AddOffsetsToTxnRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> AddOffsetsToTxnRequest:
        f_transactional_id: str
        f_producer_id: int
        f_producer_epoch: int
        f_group_id: str
        f_transactional_id = reader.string('AddOffsetsToTxnRequest.transactional_id') if version <= 2 else reader.compact_string('AddOffsetsToTxnRequest.transactional_id')
        f_producer_id = reader.int64('AddOffsetsToTxnRequest.producer_id')
        f_producer_epoch = reader.int16('AddOffsetsToTxnRequest.producer_epoch')
        f_group_id = reader.string('AddOffsetsToTxnRequest.group_id') if version <= 2 else reader.compact_string('AddOffsetsToTxnRequest.group_id')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 2 else reader.unknown_tagged_fields('AddOffsetsToTxnRequest.tagged_fields')
        return _new_AddOffsetsToTxnRequest(f_transactional_id, f_producer_id, f_producer_epoch, f_group_id, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AddOffsetsToTxnRequest', 0, 4).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AddOffsetsToTxnRequest', 0, 4).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> AddOffsetsToTxnRequest:
        check_decode_version(version, 'AddOffsetsToTxnRequest', 0, 4)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('AddOffsetsToTxnRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class AddOffsetsToTxnResponse:
    """AddOffsetsToTxnResponse, API key 25: versions 0-4, flexible 3+."""

    API_KEY: ClassVar[int] = 25
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 3

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        if version <= 2:
            if self.unknown_tagged_fields:
                raise EncodeError(f'AddOffsetsToTxnResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> AddOffsetsToTxnResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_throttle_time_ms = reader.int32('AddOffsetsToTxnResponse.throttle_time_ms')
        f_error_code = reader.int16('AddOffsetsToTxnResponse.error_code')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 2 else reader.unknown_tagged_fields('AddOffsetsToTxnResponse.tagged_fields')
        return _new_AddOffsetsToTxnResponse(f_throttle_time_ms, f_error_code, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AddOffsetsToTxnResponse', 0, 4).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AddOffsetsToTxnResponse', 0, 4).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> AddOffsetsToTxnResponse:
        check_decode_version(version, 'AddOffsetsToTxnResponse', 0, 4)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('AddOffsetsToTxnResponse')
        return result


_SET_AddOffsetsToTxnRequest: tuple[Any, ...] = tuple(
    vars(AddOffsetsToTxnRequest)[name].__set__ for name in ('transactional_id', 'producer_id', 'producer_epoch', 'group_id', 'unknown_tagged_fields', ))


def _new_AddOffsetsToTxnRequest(transactional_id: str, producer_id: int, producer_epoch: int, group_id: str, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AddOffsetsToTxnRequest:
    instance_: AddOffsetsToTxnRequest = object.__new__(AddOffsetsToTxnRequest)
    set0_, set1_, set2_, set3_, set4_, = _SET_AddOffsetsToTxnRequest
    set0_(instance_, transactional_id)
    set1_(instance_, producer_id)
    set2_(instance_, producer_epoch)
    set3_(instance_, group_id)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_AddOffsetsToTxnResponse: tuple[Any, ...] = tuple(
    vars(AddOffsetsToTxnResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'unknown_tagged_fields', ))


def _new_AddOffsetsToTxnResponse(throttle_time_ms: int, error_code: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AddOffsetsToTxnResponse:
    instance_: AddOffsetsToTxnResponse = object.__new__(AddOffsetsToTxnResponse)
    set0_, set1_, set2_, = _SET_AddOffsetsToTxnResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, unknown_tagged_fields)
    return instance_
