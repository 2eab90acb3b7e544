# generated from SaslHandshakeRequest.json, SaslHandshakeResponse.json; do not edit
"""SaslHandshake (API key 17): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Self

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
    def read(cls, reader: Reader, version: int) -> Self:
        f_mechanism: str
        f_mechanism = reader.string('SaslHandshakeRequest.mechanism')
        return cls(mechanism=f_mechanism)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'SaslHandshakeRequest', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'SaslHandshakeRequest', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> Self:
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
    def read(cls, reader: Reader, version: int) -> Self:
        f_error_code: int
        f_mechanisms: tuple[str, ...]
        f_error_code = reader.int16('SaslHandshakeResponse.error_code')
        count_f_mechanisms = reader.array_length('SaslHandshakeResponse.mechanisms')
        f_mechanisms = tuple([reader.string('SaslHandshakeResponse.mechanisms') for _ in range(count_f_mechanisms)])
        return cls(error_code=f_error_code, mechanisms=f_mechanisms)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'SaslHandshakeResponse', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'SaslHandshakeResponse', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> Self:
        check_decode_version(version, 'SaslHandshakeResponse', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('SaslHandshakeResponse')
        return result
