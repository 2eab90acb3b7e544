# generated from RenewDelegationTokenRequest.json, RenewDelegationTokenResponse.json; do not edit
"""RenewDelegationToken (API key 39): request and response."""

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

__all__ = ['RenewDelegationTokenRequest', 'RenewDelegationTokenResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class RenewDelegationTokenRequest:
    """RenewDelegationTokenRequest, API key 39: versions 0-2, flexible 2+."""

    API_KEY: ClassVar[int] = 39
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    hmac: bytes = b''  # versions 0+
    renew_period_ms: int = 0  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        if version <= 1:
            writer.bytes_(self.hmac)
        else:
            writer.compact_bytes(self.hmac)
        writer.int64(self.renew_period_ms)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'RenewDelegationTokenRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> RenewDelegationTokenRequest:
        f_hmac: bytes
        f_renew_period_ms: int
        f_hmac = reader.bytes_('RenewDelegationTokenRequest.hmac') if version <= 1 else reader.compact_bytes('RenewDelegationTokenRequest.hmac')
        f_renew_period_ms = reader.int64('RenewDelegationTokenRequest.renew_period_ms')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('RenewDelegationTokenRequest.tagged_fields')
        return _new_RenewDelegationTokenRequest(f_hmac, f_renew_period_ms, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'RenewDelegationTokenRequest', 0, 2).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'RenewDelegationTokenRequest', 0, 2).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> RenewDelegationTokenRequest:
        check_decode_version(version, 'RenewDelegationTokenRequest', 0, 2)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('RenewDelegationTokenRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class RenewDelegationTokenResponse:
    """RenewDelegationTokenResponse, API key 39: versions 0-2, flexible 2+."""

    API_KEY: ClassVar[int] = 39
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
                raise EncodeError(f'RenewDelegationTokenResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> RenewDelegationTokenResponse:
        f_error_code: int
        f_expiry_timestamp_ms: int
        f_throttle_time_ms: int
        f_error_code = reader.int16('RenewDelegationTokenResponse.error_code')
        f_expiry_timestamp_ms = reader.int64('RenewDelegationTokenResponse.expiry_timestamp_ms')
        f_throttle_time_ms = reader.int32('RenewDelegationTokenResponse.throttle_time_ms')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('RenewDelegationTokenResponse.tagged_fields')
        return _new_RenewDelegationTokenResponse(f_error_code, f_expiry_timestamp_ms, f_throttle_time_ms, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'RenewDelegationTokenResponse', 0, 2).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'RenewDelegationTokenResponse', 0, 2).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> RenewDelegationTokenResponse:
        check_decode_version(version, 'RenewDelegationTokenResponse', 0, 2)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('RenewDelegationTokenResponse')
        return result


_SET_RenewDelegationTokenRequest: tuple[Any, ...] = tuple(
    vars(RenewDelegationTokenRequest)[name].__set__ for name in ('hmac', 'renew_period_ms', 'unknown_tagged_fields', ))


def _new_RenewDelegationTokenRequest(hmac: bytes, renew_period_ms: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> RenewDelegationTokenRequest:
    instance_: RenewDelegationTokenRequest = object.__new__(RenewDelegationTokenRequest)
    set0_, set1_, set2_, = _SET_RenewDelegationTokenRequest
    set0_(instance_, hmac)
    set1_(instance_, renew_period_ms)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_RenewDelegationTokenResponse: tuple[Any, ...] = tuple(
    vars(RenewDelegationTokenResponse)[name].__set__ for name in ('error_code', 'expiry_timestamp_ms', 'throttle_time_ms', 'unknown_tagged_fields', ))


def _new_RenewDelegationTokenResponse(error_code: int, expiry_timestamp_ms: int, throttle_time_ms: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> RenewDelegationTokenResponse:
    instance_: RenewDelegationTokenResponse = object.__new__(RenewDelegationTokenResponse)
    set0_, set1_, set2_, set3_, = _SET_RenewDelegationTokenResponse
    set0_(instance_, error_code)
    set1_(instance_, expiry_timestamp_ms)
    set2_(instance_, throttle_time_ms)
    set3_(instance_, unknown_tagged_fields)
    return instance_
