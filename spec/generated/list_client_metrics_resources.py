# generated from ListClientMetricsResourcesRequest.json, ListClientMetricsResourcesResponse.json; do not edit
"""ListClientMetricsResources (API key 74): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

__all__ = ['ListClientMetricsResourcesRequest', 'ListClientMetricsResourcesResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class ListClientMetricsResourcesRequest:
    """ListClientMetricsResourcesRequest, API key 74: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 74
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ListClientMetricsResourcesRequest:
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ListClientMetricsResourcesRequest.tagged_fields')
        return _new_ListClientMetricsResourcesRequest(unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ListClientMetricsResourcesRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ListClientMetricsResourcesRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ListClientMetricsResourcesRequest:
        check_decode_version(version, 'ListClientMetricsResourcesRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ListClientMetricsResourcesRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class ListClientMetricsResourcesResponse:
    """ListClientMetricsResourcesResponse, API key 74: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 74
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 0+
    client_metrics_resources: tuple[ListClientMetricsResourcesResponse.ClientMetricsResource, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ClientMetricsResource:
        """ListClientMetricsResourcesResponse.ClientMetricsResource: versions 0+."""

        name: str = ''  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.name)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ListClientMetricsResourcesResponse.ClientMetricsResource:
            f_name: str
            f_name = reader.compact_string('ListClientMetricsResourcesResponse.ClientMetricsResource.name')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ListClientMetricsResourcesResponse.ClientMetricsResource.tagged_fields')
            return _new_ListClientMetricsResourcesResponse__ClientMetricsResource(f_name, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        items_client_metrics_resources = self.client_metrics_resources
        writer.compact_array_length(items_client_metrics_resources)
        for each_client_metrics_resources in items_client_metrics_resources:
            each_client_metrics_resources.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ListClientMetricsResourcesResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_client_metrics_resources: tuple[ListClientMetricsResourcesResponse.ClientMetricsResource, ...]
        f_throttle_time_ms = reader.int32('ListClientMetricsResourcesResponse.throttle_time_ms')
        f_error_code = reader.int16('ListClientMetricsResourcesResponse.error_code')
        count_f_client_metrics_resources = reader.compact_array_length('ListClientMetricsResourcesResponse.client_metrics_resources')
        read_f_client_metrics_resources = ListClientMetricsResourcesResponse.ClientMetricsResource.read
        f_client_metrics_resources = tuple([read_f_client_metrics_resources(reader, version) for _ in range(count_f_client_metrics_resources)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ListClientMetricsResourcesResponse.tagged_fields')
        return _new_ListClientMetricsResourcesResponse(f_throttle_time_ms, f_error_code, f_client_metrics_resources, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ListClientMetricsResourcesResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ListClientMetricsResourcesResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ListClientMetricsResourcesResponse:
        check_decode_version(version, 'ListClientMetricsResourcesResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ListClientMetricsResourcesResponse')
        return result


_SET_ListClientMetricsResourcesRequest: tuple[Any, ...] = tuple(
    vars(ListClientMetricsResourcesRequest)[name].__set__ for name in ('unknown_tagged_fields', ))


def _new_ListClientMetricsResourcesRequest(unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ListClientMetricsResourcesRequest:
    instance_: ListClientMetricsResourcesRequest = object.__new__(ListClientMetricsResourcesRequest)
    set0_, = _SET_ListClientMetricsResourcesRequest
    set0_(instance_, unknown_tagged_fields)
    return instance_


_SET_ListClientMetricsResourcesResponse__ClientMetricsResource: tuple[Any, ...] = tuple(
    vars(ListClientMetricsResourcesResponse.ClientMetricsResource)[name].__set__ for name in ('name', 'unknown_tagged_fields', ))


def _new_ListClientMetricsResourcesResponse__ClientMetricsResource(name: str, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ListClientMetricsResourcesResponse.ClientMetricsResource:
    instance_: ListClientMetricsResourcesResponse.ClientMetricsResource = object.__new__(ListClientMetricsResourcesResponse.ClientMetricsResource)
    set0_, set1_, = _SET_ListClientMetricsResourcesResponse__ClientMetricsResource
    set0_(instance_, name)
    set1_(instance_, unknown_tagged_fields)
    return instance_


_SET_ListClientMetricsResourcesResponse: tuple[Any, ...] = tuple(
    vars(ListClientMetricsResourcesResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'client_metrics_resources', 'unknown_tagged_fields', ))


def _new_ListClientMetricsResourcesResponse(throttle_time_ms: int, error_code: int, client_metrics_resources: tuple[ListClientMetricsResourcesResponse.ClientMetricsResource, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ListClientMetricsResourcesResponse:
    instance_: ListClientMetricsResourcesResponse = object.__new__(ListClientMetricsResourcesResponse)
    set0_, set1_, set2_, set3_, = _SET_ListClientMetricsResourcesResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, client_metrics_resources)
    set3_(instance_, unknown_tagged_fields)
    return instance_
