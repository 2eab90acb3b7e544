# generated from SaslHandshakeRequest.json, SaslHandshakeResponse.json; do not edit
"""SaslHandshake (API key 17): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

__all__ = ['SaslHandshakeRequest', 'SaslHandshakeResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class SaslHandshakeRequest:
    """SaslHandshakeRequest, API key 17: versions 0-1, flexible none."""

    API_KEY: ClassVar[int] = 17
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = None

    mechanism: str = ''  # versions 0+

    def write(self, writer: Writer, version: int) -> None:
        writer.string(self.mechanism)

    @classmethod
    def read(cls, reader: Reader, version: int) -> SaslHandshakeRequest:
        f_mechanism: str
        f_mechanism = reader.string('SaslHandshakeRequest.mechanism')
        return _new_SaslHandshakeRequest(f_mechanism)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'SaslHandshakeRequest', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'SaslHandshakeRequest', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> SaslHandshakeRequest:
        check_decode_version(version, 'SaslHandshakeRequest', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('SaslHandshakeRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class SaslHandshakeResponse:
    """SaslHandshakeResponse, API key 17: versions 0-1, flexible none."""

    API_KEY: ClassVar[int] = 17
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = None

    error_code: int = 0  # versions 0+
    mechanisms: tuple[str, ...] = ()  # versions 0+

    def write(self, writer: Writer, version: int) -> None:
        writer.int16(self.error_code)
        items_mechanisms = self.mechanisms
        writer.array_length(items_mechanisms)
        for each_mechanisms in items_mechanisms:
            writer.string(each_mechanisms)

    @classmethod
    def read(cls, reader: Reader, version: int) -> SaslHandshakeResponse:
        f_error_code: int
        f_mechanisms: tuple[str, ...]
        f_error_code = reader.int16('SaslHandshakeResponse.error_code')
        count_f_mechanisms = reader.array_length('SaslHandshakeResponse.mechanisms')
        f_mechanisms = tuple([reader.string('SaslHandshakeResponse.mechanisms') for _ in range(count_f_mechanisms)])
        return _new_SaslHandshakeResponse(f_error_code, f_mechanisms)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'SaslHandshakeResponse', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'SaslHandshakeResponse', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> SaslHandshakeResponse:
        check_decode_version(version, 'SaslHandshakeResponse', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('SaslHandshakeResponse')
        return result


_SET_SaslHandshakeRequest: tuple[Any, ...] = tuple(
    vars(SaslHandshakeRequest)[name].__set__ for name in ('mechanism', ))


def _new_SaslHandshakeRequest(mechanism: str) -> SaslHandshakeRequest:
    instance_: SaslHandshakeRequest = object.__new__(SaslHandshakeRequest)
    set0_, = _SET_SaslHandshakeRequest
    set0_(instance_, mechanism)
    return instance_


_SET_SaslHandshakeResponse: tuple[Any, ...] = tuple(
    vars(SaslHandshakeResponse)[name].__set__ for name in ('error_code', 'mechanisms', ))


def _new_SaslHandshakeResponse(error_code: int, mechanisms: tuple[str, ...]) -> SaslHandshakeResponse:
    instance_: SaslHandshakeResponse = object.__new__(SaslHandshakeResponse)
    set0_, set1_, = _SET_SaslHandshakeResponse
    set0_(instance_, error_code)
    set1_(instance_, mechanisms)
    return instance_
