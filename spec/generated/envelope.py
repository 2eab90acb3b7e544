# generated from EnvelopeRequest.json, EnvelopeResponse.json; do not edit
"""Envelope (API key 58): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

__all__ = ['EnvelopeRequest', 'EnvelopeResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class EnvelopeRequest:
    """EnvelopeRequest, API key 58: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 58
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    request_data: bytes = b''  # versions 0+
    request_principal: bytes | None = b''  # versions 0+; nullable 0+
    client_host_address: bytes = b''  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.compact_bytes(self.request_data)
        writer.compact_nullable_bytes(self.request_principal)
        writer.compact_bytes(self.client_host_address)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> EnvelopeRequest:
        f_request_data: bytes
        f_request_principal: bytes | None
        f_client_host_address: bytes
        f_request_data = reader.compact_bytes('EnvelopeRequest.request_data')
        f_request_principal = reader.compact_nullable_bytes('EnvelopeRequest.request_principal')
        f_client_host_address = reader.compact_bytes('EnvelopeRequest.client_host_address')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('EnvelopeRequest.tagged_fields')
        return _new_EnvelopeRequest(f_request_data, f_request_principal, f_client_host_address, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'EnvelopeRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'EnvelopeRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> EnvelopeRequest:
        check_decode_version(version, 'EnvelopeRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('EnvelopeRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class EnvelopeResponse:
    """EnvelopeResponse, API key 58: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 58
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    response_data: bytes | None = None  # versions 0+; nullable 0+
    error_code: int = 0  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.compact_nullable_bytes(self.response_data)
        writer.int16(self.error_code)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> EnvelopeResponse:
        f_response_data: bytes | None
        f_error_code: int
        f_response_data = reader.compact_nullable_bytes('EnvelopeResponse.response_data')
        f_error_code = reader.int16('EnvelopeResponse.error_code')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('EnvelopeResponse.tagged_fields')
        return _new_EnvelopeResponse(f_response_data, f_error_code, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'EnvelopeResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'EnvelopeResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> EnvelopeResponse:
        check_decode_version(version, 'EnvelopeResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('EnvelopeResponse')
        return result


_SET_EnvelopeRequest: tuple[Any, ...] = tuple(
    vars(EnvelopeRequest)[name].__set__ for name in ('request_data', 'request_principal', 'client_host_address', 'unknown_tagged_fields', ))


def _new_EnvelopeRequest(request_data: bytes, request_principal: bytes | None, client_host_address: bytes, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> EnvelopeRequest:
    instance_: EnvelopeRequest = object.__new__(EnvelopeRequest)
    set0_, set1_, set2_, set3_, = _SET_EnvelopeRequest
    set0_(instance_, request_data)
    set1_(instance_, request_principal)
    set2_(instance_, client_host_address)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_EnvelopeResponse: tuple[Any, ...] = tuple(
    vars(EnvelopeResponse)[name].__set__ for name in ('response_data', 'error_code', 'unknown_tagged_fields', ))


def _new_EnvelopeResponse(response_data: bytes | None, error_code: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> EnvelopeResponse:
    instance_: EnvelopeResponse = object.__new__(EnvelopeResponse)
    set0_, set1_, set2_, = _SET_EnvelopeResponse
    set0_(instance_, response_data)
    set1_(instance_, error_code)
    set2_(instance_, unknown_tagged_fields)
    return instance_
