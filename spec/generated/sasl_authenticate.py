# generated from SaslAuthenticateRequest.json, SaslAuthenticateResponse.json; do not edit
"""SaslAuthenticate (API key 36): request and response."""

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

__all__ = ['SaslAuthenticateRequest', 'SaslAuthenticateResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class SaslAuthenticateRequest:
    """SaslAuthenticateRequest, API key 36: versions 0-2, flexible 2+."""

    API_KEY: ClassVar[int] = 36
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    auth_bytes: bytes = b''  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        if version <= 1:
            writer.bytes_(self.auth_bytes)
        else:
            writer.compact_bytes(self.auth_bytes)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'SaslAuthenticateRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> SaslAuthenticateRequest:
        f_auth_bytes: bytes
        f_auth_bytes = reader.bytes_('SaslAuthenticateRequest.auth_bytes') if version <= 1 else reader.compact_bytes('SaslAuthenticateRequest.auth_bytes')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('SaslAuthenticateRequest.tagged_fields')
        return _new_SaslAuthenticateRequest(f_auth_bytes, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'SaslAuthenticateRequest', 0, 2).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'SaslAuthenticateRequest', 0, 2).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> SaslAuthenticateRequest:
        check_decode_version(version, 'SaslAuthenticateRequest', 0, 2)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('SaslAuthenticateRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class SaslAuthenticateResponse:
    """SaslAuthenticateResponse, API key 36: versions 0-2, flexible 2+."""

    API_KEY: ClassVar[int] = 36
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    error_code: int = 0  # versions 0+
    error_message: str | None = ''  # versions 0+; nullable 0+
    auth_bytes: bytes = b''  # versions 0+
    session_lifetime_ms: int = 0  # versions 1+; ignorable
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.int16(self.error_code)
        if version <= 1:
            writer.nullable_string(self.error_message)
        else:
            writer.compact_nullable_string(self.error_message)
        if version <= 1:
            writer.bytes_(self.auth_bytes)
        else:
            writer.compact_bytes(self.auth_bytes)
        if version <= 0:
            pass
        else:
            writer.int64(self.session_lifetime_ms)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'SaslAuthenticateResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> SaslAuthenticateResponse:
        f_error_code: int
        f_error_message: str | None
        f_auth_bytes: bytes
        f_session_lifetime_ms: int
        f_error_code = reader.int16('SaslAuthenticateResponse.error_code')
        f_error_message = reader.nullable_string('SaslAuthenticateResponse.error_message') if version <= 1 else reader.compact_nullable_string('SaslAuthenticateResponse.error_message')
        f_auth_bytes = reader.bytes_('SaslAuthenticateResponse.auth_bytes') if version <= 1 else reader.compact_bytes('SaslAuthenticateResponse.auth_bytes')
        f_session_lifetime_ms = 0 if version <= 0 else reader.int64('SaslAuthenticateResponse.session_lifetime_ms')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('SaslAuthenticateResponse.tagged_fields')
        return _new_SaslAuthenticateResponse(f_error_code, f_error_message, f_auth_bytes, f_session_lifetime_ms, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'SaslAuthenticateResponse', 0, 2).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'SaslAuthenticateResponse', 0, 2).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> SaslAuthenticateResponse:
        check_decode_version(version, 'SaslAuthenticateResponse', 0, 2)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('SaslAuthenticateResponse')
        return result


_SET_SaslAuthenticateRequest: tuple[Any, ...] = tuple(
    vars(SaslAuthenticateRequest)[name].__set__ for name in ('auth_bytes', 'unknown_tagged_fields', ))


def _new_SaslAuthenticateRequest(auth_bytes: bytes, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> SaslAuthenticateRequest:
    instance_: SaslAuthenticateRequest = object.__new__(SaslAuthenticateRequest)
    set0_, set1_, = _SET_SaslAuthenticateRequest
    set0_(instance_, auth_bytes)
    set1_(instance_, unknown_tagged_fields)
    return instance_


_SET_SaslAuthenticateResponse: tuple[Any, ...] = tuple(
    vars(SaslAuthenticateResponse)[name].__set__ for name in ('error_code', 'error_message', 'auth_bytes', 'session_lifetime_ms', 'unknown_tagged_fields', ))


def _new_SaslAuthenticateResponse(error_code: int, error_message: str | None, auth_bytes: bytes, session_lifetime_ms: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> SaslAuthenticateResponse:
    instance_: SaslAuthenticateResponse = object.__new__(SaslAuthenticateResponse)
    set0_, set1_, set2_, set3_, set4_, = _SET_SaslAuthenticateResponse
    set0_(instance_, error_code)
    set1_(instance_, error_message)
    set2_(instance_, auth_bytes)
    set3_(instance_, session_lifetime_ms)
    set4_(instance_, unknown_tagged_fields)
    return instance_
