# generated from DescribeClusterRequest.json, DescribeClusterResponse.json; do not edit
"""DescribeCluster (API key 60): request and response."""

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

__all__ = ['DescribeClusterRequest', 'DescribeClusterResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class DescribeClusterRequest:
    """DescribeClusterRequest, API key 60: versions 0-1, flexible 0+."""

    API_KEY: ClassVar[int] = 60
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    include_cluster_authorized_operations: bool = False  # versions 0+
    endpoint_type: int = 1  # versions 1+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.boolean(self.include_cluster_authorized_operations)
        if version <= 0:
            if self.endpoint_type != 1:
                raise EncodeError(f'DescribeClusterRequest.endpoint_type is set, but version {version} lacks it')
        else:
            writer.int8(self.endpoint_type)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DescribeClusterRequest:
        f_include_cluster_authorized_operations: bool
        f_endpoint_type: int
        f_include_cluster_authorized_operations = reader.boolean('DescribeClusterRequest.include_cluster_authorized_operations')
        f_endpoint_type = 1 if version <= 0 else reader.int8('DescribeClusterRequest.endpoint_type')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('DescribeClusterRequest.tagged_fields')
        return _new_DescribeClusterRequest(f_include_cluster_authorized_operations, f_endpoint_type, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DescribeClusterRequest', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DescribeClusterRequest', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DescribeClusterRequest:
        check_decode_version(version, 'DescribeClusterRequest', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DescribeClusterRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class DescribeClusterResponse:
    """DescribeClusterResponse, API key 60: versions 0-1, flexible 0+."""

    API_KEY: ClassVar[int] = 60
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 0+
    error_message: str | None = None  # versions 0+; nullable 0+
    endpoint_type: int = 1  # versions 1+
    cluster_id: str = ''  # versions 0+
    controller_id: int = -1  # versions 0+
    brokers: tuple[DescribeClusterResponse.DescribeClusterBroker, ...] = ()  # versions 0+
    cluster_authorized_operations: int = -2147483648  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DescribeClusterBroker:
        """DescribeClusterResponse.DescribeClusterBroker: versions 0+."""

        broker_id: int = 0  # versions 0+
        host: str = ''  # versions 0+
        port: int = 0  # versions 0+
        rack: str | None = None  # versions 0+; nullable 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.broker_id)
            writer.compact_string(self.host)
            writer.int32(self.port)
            writer.compact_nullable_string(self.rack)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeClusterResponse.DescribeClusterBroker:
            f_broker_id: int
            f_host: str
            f_port: int
            f_rack: str | None
            f_broker_id = reader.int32('DescribeClusterResponse.DescribeClusterBroker.broker_id')
            f_host = reader.compact_string('DescribeClusterResponse.DescribeClusterBroker.host')
            f_port = reader.int32('DescribeClusterResponse.DescribeClusterBroker.port')
            f_rack = reader.compact_nullable_string('DescribeClusterResponse.DescribeClusterBroker.rack')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DescribeClusterResponse.DescribeClusterBroker.tagged_fields')
            return _new_DescribeClusterResponse__DescribeClusterBroker(f_broker_id, f_host, f_port, f_rack, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        writer.compact_nullable_string(self.error_message)
        if version <= 0:
            if self.endpoint_type != 1:
                raise EncodeError(f'DescribeClusterResponse.endpoint_type is set, but version {version} lacks it')
        else:
            writer.int8(self.endpoint_type)
        writer.compact_string(self.cluster_id)
        writer.int32(self.controller_id)
        items_brokers = self.brokers
        writer.compact_array_length(items_brokers)
        for each_brokers in items_brokers:
            each_brokers.write(writer, version)
        writer.int32(self.cluster_authorized_operations)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DescribeClusterResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_error_message: str | None
        f_endpoint_type: int
        f_cluster_id: str
        f_controller_id: int
        f_brokers: tuple[DescribeClusterResponse.DescribeClusterBroker, ...]
        f_cluster_authorized_operations: int
        f_throttle_time_ms = reader.int32('DescribeClusterResponse.throttle_time_ms')
        f_error_code = reader.int16('DescribeClusterResponse.error_code')
        f_error_message = reader.compact_nullable_string('DescribeClusterResponse.error_message')
        f_endpoint_type = 1 if version <= 0 else reader.int8('DescribeClusterResponse.endpoint_type')
        f_cluster_id = reader.compact_string('DescribeClusterResponse.cluster_id')
        f_controller_id = reader.int32('DescribeClusterResponse.controller_id')
        count_f_brokers = reader.compact_array_length('DescribeClusterResponse.brokers')
        read_f_brokers = DescribeClusterResponse.DescribeClusterBroker.read
        f_brokers = tuple([read_f_brokers(reader, version) for _ in range(count_f_brokers)])
        f_cluster_authorized_operations = reader.int32('DescribeClusterResponse.cluster_authorized_operations')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('DescribeClusterResponse.tagged_fields')
        return _new_DescribeClusterResponse(f_throttle_time_ms, f_error_code, f_error_message, f_endpoint_type, f_cluster_id, f_controller_id, f_brokers, f_cluster_authorized_operations, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DescribeClusterResponse', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DescribeClusterResponse', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DescribeClusterResponse:
        check_decode_version(version, 'DescribeClusterResponse', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DescribeClusterResponse')
        return result


_SET_DescribeClusterRequest: tuple[Any, ...] = tuple(
    vars(DescribeClusterRequest)[name].__set__ for name in ('include_cluster_authorized_operations', 'endpoint_type', 'unknown_tagged_fields', ))


def _new_DescribeClusterRequest(include_cluster_authorized_operations: bool, endpoint_type: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeClusterRequest:
    instance_: DescribeClusterRequest = object.__new__(DescribeClusterRequest)
    set0_, set1_, set2_, = _SET_DescribeClusterRequest
    set0_(instance_, include_cluster_authorized_operations)
    set1_(instance_, endpoint_type)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeClusterResponse__DescribeClusterBroker: tuple[Any, ...] = tuple(
    vars(DescribeClusterResponse.DescribeClusterBroker)[name].__set__ for name in ('broker_id', 'host', 'port', 'rack', 'unknown_tagged_fields', ))


def _new_DescribeClusterResponse__DescribeClusterBroker(broker_id: int, host: str, port: int, rack: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeClusterResponse.DescribeClusterBroker:
    instance_: DescribeClusterResponse.DescribeClusterBroker = object.__new__(DescribeClusterResponse.DescribeClusterBroker)
    set0_, set1_, set2_, set3_, set4_, = _SET_DescribeClusterResponse__DescribeClusterBroker
    set0_(instance_, broker_id)
    set1_(instance_, host)
    set2_(instance_, port)
    set3_(instance_, rack)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeClusterResponse: tuple[Any, ...] = tuple(
    vars(DescribeClusterResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'error_message', 'endpoint_type', 'cluster_id', 'controller_id', 'brokers', 'cluster_authorized_operations', 'unknown_tagged_fields', ))


def _new_DescribeClusterResponse(throttle_time_ms: int, error_code: int, error_message: str | None, endpoint_type: int, cluster_id: str, controller_id: int, brokers: tuple[DescribeClusterResponse.DescribeClusterBroker, ...], cluster_authorized_operations: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeClusterResponse:
    instance_: DescribeClusterResponse = object.__new__(DescribeClusterResponse)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, = _SET_DescribeClusterResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, endpoint_type)
    set4_(instance_, cluster_id)
    set5_(instance_, controller_id)
    set6_(instance_, brokers)
    set7_(instance_, cluster_authorized_operations)
    set8_(instance_, unknown_tagged_fields)
    return instance_
