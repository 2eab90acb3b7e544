# generated from PushTelemetryRequest.json, PushTelemetryResponse.json; do not edit
"""PushTelemetry (API key 72): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar
from uuid import UUID

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

_ZERO_UUID = UUID(int=0)
__all__ = ['PushTelemetryRequest', 'PushTelemetryResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class PushTelemetryRequest:
    """PushTelemetryRequest, API key 72: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 72
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    client_instance_id: UUID = _ZERO_UUID  # versions 0+
    subscription_id: int = 0  # versions 0+
    terminating: bool = False  # versions 0+
    compression_type: int = 0  # versions 0+
    metrics: bytes = b''  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.uuid(self.client_instance_id)
        writer.int32(self.subscription_id)
        writer.boolean(self.terminating)
        writer.int8(self.compression_type)
        writer.compact_bytes(self.metrics)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> PushTelemetryRequest:
        f_client_instance_id: UUID
        f_subscription_id: int
        f_terminating: bool
        f_compression_type: int
        f_metrics: bytes
        f_client_instance_id = reader.uuid('PushTelemetryRequest.client_instance_id')
        f_subscription_id = reader.int32('PushTelemetryRequest.subscription_id')
        f_terminating = reader.boolean('PushTelemetryRequest.terminating')
        f_compression_type = reader.int8('PushTelemetryRequest.compression_type')
        f_metrics = reader.compact_bytes('PushTelemetryRequest.metrics')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('PushTelemetryRequest.tagged_fields')
        return _new_PushTelemetryRequest(f_client_instance_id, f_subscription_id, f_terminating, f_compression_type, f_metrics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'PushTelemetryRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'PushTelemetryRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> PushTelemetryRequest:
        check_decode_version(version, 'PushTelemetryRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('PushTelemetryRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class PushTelemetryResponse:
    """PushTelemetryResponse, API key 72: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 72
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> PushTelemetryResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_throttle_time_ms = reader.int32('PushTelemetryResponse.throttle_time_ms')
        f_error_code = reader.int16('PushTelemetryResponse.error_code')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('PushTelemetryResponse.tagged_fields')
        return _new_PushTelemetryResponse(f_throttle_time_ms, f_error_code, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'PushTelemetryResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'PushTelemetryResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> PushTelemetryResponse:
        check_decode_version(version, 'PushTelemetryResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('PushTelemetryResponse')
        return result


_SET_PushTelemetryRequest: tuple[Any, ...] = tuple(
    vars(PushTelemetryRequest)[name].__set__ for name in ('client_instance_id', 'subscription_id', 'terminating', 'compression_type', 'metrics', 'unknown_tagged_fields', ))


def _new_PushTelemetryRequest(client_instance_id: UUID, subscription_id: int, terminating: bool, compression_type: int, metrics: bytes, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> PushTelemetryRequest:
    instance_: PushTelemetryRequest = object.__new__(PushTelemetryRequest)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_PushTelemetryRequest
    set0_(instance_, client_instance_id)
    set1_(instance_, subscription_id)
    set2_(instance_, terminating)
    set3_(instance_, compression_type)
    set4_(instance_, metrics)
    set5_(instance_, unknown_tagged_fields)
    return instance_


_SET_PushTelemetryResponse: tuple[Any, ...] = tuple(
    vars(PushTelemetryResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'unknown_tagged_fields', ))


def _new_PushTelemetryResponse(throttle_time_ms: int, error_code: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> PushTelemetryResponse:
    instance_: PushTelemetryResponse = object.__new__(PushTelemetryResponse)
    set0_, set1_, set2_, = _SET_PushTelemetryResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, unknown_tagged_fields)
    return instance_
