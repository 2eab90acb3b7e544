# generated from UnregisterBrokerRequest.json, UnregisterBrokerResponse.json; do not edit
"""UnregisterBroker (API key 64): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Self

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
    def read(cls, reader: Reader, version: int) -> Self:
        f_broker_id: int
        f_broker_id = reader.int32('UnregisterBrokerRequest.broker_id')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('UnregisterBrokerRequest.tagged_fields')
        return cls(broker_id=f_broker_id, unknown_tagged_fields=unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'UnregisterBrokerRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'UnregisterBrokerRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> Self:
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
    def read(cls, reader: Reader, version: int) -> Self:
        f_throttle_time_ms: int
        f_error_code: int
        f_error_message: str | None
        f_throttle_time_ms = reader.int32('UnregisterBrokerResponse.throttle_time_ms')
        f_error_code = reader.int16('UnregisterBrokerResponse.error_code')
        f_error_message = reader.compact_nullable_string('UnregisterBrokerResponse.error_message')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('UnregisterBrokerResponse.tagged_fields')
        return cls(throttle_time_ms=f_throttle_time_ms, error_code=f_error_code, error_message=f_error_message, unknown_tagged_fields=unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'UnregisterBrokerResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'UnregisterBrokerResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> Self:
        check_decode_version(version, 'UnregisterBrokerResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('UnregisterBrokerResponse')
        return result
