# generated from ExpireDelegationTokenRequest.json, ExpireDelegationTokenResponse.json; do not edit
"""ExpireDelegationToken (API key 40): request and response."""

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

__all__ = ['ExpireDelegationTokenRequest', 'ExpireDelegationTokenResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class ExpireDelegationTokenRequest:
    """ExpireDelegationTokenRequest, API key 40: versions 0-2, flexible 2+."""

    API_KEY: ClassVar[int] = 40
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    hmac: bytes = b''  # versions 0+
    expiry_time_period_ms: int = 0  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        if version <= 1:
            writer.bytes_(self.hmac)
        else:
            writer.compact_bytes(self.hmac)
        writer.int64(self.expiry_time_period_ms)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'ExpireDelegationTokenRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ExpireDelegationTokenRequest:
        f_hmac: bytes
        f_expiry_time_period_ms: int
        f_hmac = reader.bytes_('ExpireDelegationTokenRequest.hmac') if version <= 1 else reader.compact_bytes('ExpireDelegationTokenRequest.hmac')
        f_expiry_time_period_ms = reader.int64('ExpireDelegationTokenRequest.expiry_time_period_ms')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('ExpireDelegationTokenRequest.tagged_fields')
        return _new_ExpireDelegationTokenRequest(f_hmac, f_expiry_time_period_ms, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ExpireDelegationTokenRequest', 0, 2).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ExpireDelegationTokenRequest', 0, 2).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ExpireDelegationTokenRequest:
        check_decode_version(version, 'ExpireDelegationTokenRequest', 0, 2)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ExpireDelegationTokenRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class ExpireDelegationTokenResponse:
    """ExpireDelegationTokenResponse, API key 40: versions 0-2, flexible 2+."""

    API_KEY: ClassVar[int] = 40
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    error_code: int = 0  # versions 0+
    expiry_timestamp_ms: int = 0  # versions 0+
    throttle_time_ms: int = 0  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.int16(self.error_code)
        writer.int64(self.expiry_timestamp_ms)
        writer.int32(self.throttle_time_ms)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'ExpireDelegationTokenResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ExpireDelegationTokenResponse:
        f_error_code: int
        f_expiry_timestamp_ms: int
        f_throttle_time_ms: int
        f_error_code = reader.int16('ExpireDelegationTokenResponse.error_code')
        f_expiry_timestamp_ms = reader.int64('ExpireDelegationTokenResponse.expiry_timestamp_ms')
        f_throttle_time_ms = reader.int32('ExpireDelegationTokenResponse.throttle_time_ms')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('ExpireDelegationTokenResponse.tagged_fields')
        return _new_ExpireDelegationTokenResponse(f_error_code, f_expiry_timestamp_ms, f_throttle_time_ms, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ExpireDelegationTokenResponse', 0, 2).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ExpireDelegationTokenResponse', 0, 2).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ExpireDelegationTokenResponse:
        check_decode_version(version, 'ExpireDelegationTokenResponse', 0, 2)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ExpireDelegationTokenResponse')
        return result


_SET_ExpireDelegationTokenRequest: tuple[Any, ...] = tuple(
    vars(ExpireDelegationTokenRequest)[name].__set__ for name in ('hmac', 'expiry_time_period_ms', 'unknown_tagged_fields', ))


def _new_ExpireDelegationTokenRequest(hmac: bytes, expiry_time_period_ms: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ExpireDelegationTokenRequest:
    instance_: ExpireDelegationTokenRequest = object.__new__(ExpireDelegationTokenRequest)
    set0_, set1_, set2_, = _SET_ExpireDelegationTokenRequest
    set0_(instance_, hmac)
    set1_(instance_, expiry_time_period_ms)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ExpireDelegationTokenResponse: tuple[Any, ...] = tuple(
    vars(ExpireDelegationTokenResponse)[name].__set__ for name in ('error_code', 'expiry_timestamp_ms', 'throttle_time_ms', 'unknown_tagged_fields', ))


def _new_ExpireDelegationTokenResponse(error_code: int, expiry_timestamp_ms: int, throttle_time_ms: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ExpireDelegationTokenResponse:
    instance_: ExpireDelegationTokenResponse = object.__new__(ExpireDelegationTokenResponse)
    set0_, set1_, set2_, set3_, = _SET_ExpireDelegationTokenResponse
    set0_(instance_, error_code)
    set1_(instance_, expiry_timestamp_ms)
    set2_(instance_, throttle_time_ms)
    set3_(instance_, unknown_tagged_fields)
    return instance_
