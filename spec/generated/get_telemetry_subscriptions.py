# generated from GetTelemetrySubscriptionsRequest.json, GetTelemetrySubscriptionsResponse.json; do not edit
"""GetTelemetrySubscriptions (API key 71): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar
from uuid import UUID

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

_ZERO_UUID = UUID(int=0)
__all__ = ['GetTelemetrySubscriptionsRequest', 'GetTelemetrySubscriptionsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class GetTelemetrySubscriptionsRequest:
    """GetTelemetrySubscriptionsRequest, API key 71: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 71
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    client_instance_id: UUID = _ZERO_UUID  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.uuid(self.client_instance_id)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> GetTelemetrySubscriptionsRequest:
        f_client_instance_id: UUID
        f_client_instance_id = reader.uuid('GetTelemetrySubscriptionsRequest.client_instance_id')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('GetTelemetrySubscriptionsRequest.tagged_fields')
        return _new_GetTelemetrySubscriptionsRequest(f_client_instance_id, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'GetTelemetrySubscriptionsRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'GetTelemetrySubscriptionsRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> GetTelemetrySubscriptionsRequest:
        check_decode_version(version, 'GetTelemetrySubscriptionsRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('GetTelemetrySubscriptionsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class GetTelemetrySubscriptionsResponse:
    """GetTelemetrySubscriptionsResponse, API key 71: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 71
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 0+
    client_instance_id: UUID = _ZERO_UUID  # versions 0+
    subscription_id: int = 0  # versions 0+
    accepted_compression_types: tuple[int, ...] = ()  # versions 0+
    push_interval_ms: int = 0  # versions 0+
    telemetry_max_bytes: int = 0  # versions 0+
    delta_temporality: bool = False  # versions 0+
    requested_metrics: tuple[str, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        writer.uuid(self.client_instance_id)
        writer.int32(self.subscription_id)
        items_accepted_compression_types = self.accepted_compression_types
        writer.compact_array_length(items_accepted_compression_types)
        for each_accepted_compression_types in items_accepted_compression_types:
            writer.int8(each_accepted_compression_types)
        writer.int32(self.push_interval_ms)
        writer.int32(self.telemetry_max_bytes)
        writer.boolean(self.delta_temporality)
        items_requested_metrics = self.requested_metrics
        writer.compact_array_length(items_requested_metrics)
        for each_requested_metrics in items_requested_metrics:
            writer.compact_string(each_requested_metrics)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> GetTelemetrySubscriptionsResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_client_instance_id: UUID
        f_subscription_id: int
        f_accepted_compression_types: tuple[int, ...]
        f_push_interval_ms: int
        f_telemetry_max_bytes: int
        f_delta_temporality: bool
        f_requested_metrics: tuple[str, ...]
        f_throttle_time_ms = reader.int32('GetTelemetrySubscriptionsResponse.throttle_time_ms')
        f_error_code = reader.int16('GetTelemetrySubscriptionsResponse.error_code')
        f_client_instance_id = reader.uuid('GetTelemetrySubscriptionsResponse.client_instance_id')
        f_subscription_id = reader.int32('GetTelemetrySubscriptionsResponse.subscription_id')
        count_f_accepted_compression_types = reader.compact_array_length('GetTelemetrySubscriptionsResponse.accepted_compression_types')
        f_accepted_compression_types = tuple([reader.int8('GetTelemetrySubscriptionsResponse.accepted_compression_types') for _ in range(count_f_accepted_compression_types)])
        f_push_interval_ms = reader.int32('GetTelemetrySubscriptionsResponse.push_interval_ms')
        f_telemetry_max_bytes = reader.int32('GetTelemetrySubscriptionsResponse.telemetry_max_bytes')
        f_delta_temporality = reader.boolean('GetTelemetrySubscriptionsResponse.delta_temporality')
        count_f_requested_metrics = reader.compact_array_length('GetTelemetrySubscriptionsResponse.requested_metrics')
        f_requested_metrics = tuple([reader.compact_string('GetTelemetrySubscriptionsResponse.requested_metrics') for _ in range(count_f_requested_metrics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('GetTelemetrySubscriptionsResponse.tagged_fields')
        return _new_GetTelemetrySubscriptionsResponse(f_throttle_time_ms, f_error_code, f_client_instance_id, f_subscription_id, f_accepted_compression_types, f_push_interval_ms, f_telemetry_max_bytes, f_delta_temporality, f_requested_metrics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'GetTelemetrySubscriptionsResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'GetTelemetrySubscriptionsResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> GetTelemetrySubscriptionsResponse:
        check_decode_version(version, 'GetTelemetrySubscriptionsResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('GetTelemetrySubscriptionsResponse')
        return result


_SET_GetTelemetrySubscriptionsRequest: tuple[Any, ...] = tuple(
    vars(GetTelemetrySubscriptionsRequest)[name].__set__ for name in ('client_instance_id', 'unknown_tagged_fields', ))


def _new_GetTelemetrySubscriptionsRequest(client_instance_id: UUID, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> GetTelemetrySubscriptionsRequest:
    instance_: GetTelemetrySubscriptionsRequest = object.__new__(GetTelemetrySubscriptionsRequest)
    set0_, set1_, = _SET_GetTelemetrySubscriptionsRequest
    set0_(instance_, client_instance_id)
    set1_(instance_, unknown_tagged_fields)
    return instance_


_SET_GetTelemetrySubscriptionsResponse: tuple[Any, ...] = tuple(
    vars(GetTelemetrySubscriptionsResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'client_instance_id', 'subscription_id', 'accepted_compression_types', 'push_interval_ms', 'telemetry_max_bytes', 'delta_temporality', 'requested_metrics', 'unknown_tagged_fields', ))


def _new_GetTelemetrySubscriptionsResponse(throttle_time_ms: int, error_code: int, client_instance_id: UUID, subscription_id: int, accepted_compression_types: tuple[int, ...], push_interval_ms: int, telemetry_max_bytes: int, delta_temporality: bool, requested_metrics: tuple[str, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> GetTelemetrySubscriptionsResponse:
    instance_: GetTelemetrySubscriptionsResponse = object.__new__(GetTelemetrySubscriptionsResponse)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, set9_, = _SET_GetTelemetrySubscriptionsResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, client_instance_id)
    set3_(instance_, subscription_id)
    set4_(instance_, accepted_compression_types)
    set5_(instance_, push_interval_ms)
    set6_(instance_, telemetry_max_bytes)
    set7_(instance_, delta_temporality)
    set8_(instance_, requested_metrics)
    set9_(instance_, unknown_tagged_fields)
    return instance_
