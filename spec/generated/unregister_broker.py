# generated from UnregisterBrokerRequest.json, UnregisterBrokerResponse.json; do not edit
"""UnregisterBroker (API key 64): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

__all__ = ['UnregisterBrokerRequest', 'UnregisterBrokerResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class UnregisterBrokerRequest:
    """UnregisterBrokerRequest, API key 64: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 64
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    broker_id: int = 0  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.broker_id)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> UnregisterBrokerRequest:
        f_broker_id: int
        f_broker_id = reader.int32('UnregisterBrokerRequest.broker_id')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('UnregisterBrokerRequest.tagged_fields')
        return _new_UnregisterBrokerRequest(f_broker_id, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'UnregisterBrokerRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'UnregisterBrokerRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> UnregisterBrokerRequest:
        check_decode_version(version, 'UnregisterBrokerRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('UnregisterBrokerRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class UnregisterBrokerResponse:
    """UnregisterBrokerResponse, API key 64: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 64
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 0+
    error_message: str | None = ''  # versions 0+; nullable 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        writer.compact_nullable_string(self.error_message)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> UnregisterBrokerResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_error_message: str | None
        f_throttle_time_ms = reader.int32('UnregisterBrokerResponse.throttle_time_ms')
        f_error_code = reader.int16('UnregisterBrokerResponse.error_code')
        f_error_message = reader.compact_nullable_string('UnregisterBrokerResponse.error_message')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('UnregisterBrokerResponse.tagged_fields')
        return _new_UnregisterBrokerResponse(f_throttle_time_ms, f_error_code, f_error_message, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'UnregisterBrokerResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'UnregisterBrokerResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> UnregisterBrokerResponse:
        check_decode_version(version, 'UnregisterBrokerResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('UnregisterBrokerResponse')
        return result


_SET_UnregisterBrokerRequest: tuple[Any, ...] = tuple(
    vars(UnregisterBrokerRequest)[name].__set__ for name in ('broker_id', 'unknown_tagged_fields', ))


def _new_UnregisterBrokerRequest(broker_id: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> UnregisterBrokerRequest:
    instance_: UnregisterBrokerRequest = object.__new__(UnregisterBrokerRequest)
    set0_, set1_, = _SET_UnregisterBrokerRequest
    set0_(instance_, broker_id)
    set1_(instance_, unknown_tagged_fields)
    return instance_


_SET_UnregisterBrokerResponse: tuple[Any, ...] = tuple(
    vars(UnregisterBrokerResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'error_message', 'unknown_tagged_fields', ))


def _new_UnregisterBrokerResponse(throttle_time_ms: int, error_code: int, error_message: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> UnregisterBrokerResponse:
    instance_: UnregisterBrokerResponse = object.__new__(UnregisterBrokerResponse)
    set0_, set1_, set2_, set3_, = _SET_UnregisterBrokerResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, unknown_tagged_fields)
    return instance_
