# generated from ControllerRegistrationRequest.json, ControllerRegistrationResponse.json; do not edit
"""ControllerRegistration (API key 70): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar
from uuid import UUID

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

_ZERO_UUID = UUID(int=0)
__all__ = ['ControllerRegistrationRequest', 'ControllerRegistrationResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class ControllerRegistrationRequest:
    """ControllerRegistrationRequest, API key 70: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 70
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    controller_id: int = 0  # versions 0+
    incarnation_id: UUID = _ZERO_UUID  # versions 0+
    zk_migration_ready: bool = False  # versions 0+
    listeners: tuple[ControllerRegistrationRequest.Listener, ...] = ()  # versions 0+
    features: tuple[ControllerRegistrationRequest.Feature, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class Listener:
        """ControllerRegistrationRequest.Listener: versions 0+."""

        name: str = ''  # versions 0+
        host: str = ''  # versions 0+
        port: int = 0  # versions 0+
        security_protocol: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.name)
            writer.compact_string(self.host)
            writer.uint16(self.port)
            writer.int16(self.security_protocol)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ControllerRegistrationRequest.Listener:
            f_name: str
            f_host: str
            f_port: int
            f_security_protocol: int
            f_name = reader.compact_string('ControllerRegistrationRequest.Listener.name')
            f_host = reader.compact_string('ControllerRegistrationRequest.Listener.host')
            f_port = reader.uint16('ControllerRegistrationRequest.Listener.port')
            f_security_protocol = reader.int16('ControllerRegistrationRequest.Listener.security_protocol')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ControllerRegistrationRequest.Listener.tagged_fields')
            return _new_ControllerRegistrationRequest__Listener(f_name, f_host, f_port, f_security_protocol, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class Feature:
        """ControllerRegistrationRequest.Feature: versions 0+."""

        name: str = ''  # versions 0+
        min_supported_version: int = 0  # versions 0+
        max_supported_version: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.name)
            writer.int16(self.min_supported_version)
            writer.int16(self.max_supported_version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ControllerRegistrationRequest.Feature:
            f_name: str
            f_min_supported_version: int
            f_max_supported_version: int
            f_name = reader.compact_string('ControllerRegistrationRequest.Feature.name')
            f_min_supported_version = reader.int16('ControllerRegistrationRequest.Feature.min_supported_version')
            f_max_supported_version = reader.int16('ControllerRegistrationRequest.Feature.max_supported_version')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ControllerRegistrationRequest.Feature.tagged_fields')
            return _new_ControllerRegistrationRequest__Feature(f_name, f_min_supported_version, f_max_supported_version, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.controller_id)
        writer.uuid(self.incarnation_id)
        writer.boolean(self.zk_migration_ready)
        items_listeners = self.listeners
        writer.compact_array_length(items_listeners)
        for each_listeners in items_listeners:
            each_listeners.write(writer, version)
        items_features = self.features
        writer.compact_array_length(items_features)
        for each_features in items_features:
            each_features.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ControllerRegistrationRequest:
        f_controller_id: int
        f_incarnation_id: UUID
        f_zk_migration_ready: bool
        f_listeners: tuple[ControllerRegistrationRequest.Listener, ...]
        f_features: tuple[ControllerRegistrationRequest.Feature, ...]
        f_controller_id = reader.int32('ControllerRegistrationRequest.controller_id')
        f_incarnation_id = reader.uuid('ControllerRegistrationRequest.incarnation_id')
        f_zk_migration_ready = reader.boolean('ControllerRegistrationRequest.zk_migration_ready')
        count_f_listeners = reader.compact_array_length('ControllerRegistrationRequest.listeners')
        read_f_listeners = ControllerRegistrationRequest.Listener.read
        f_listeners = tuple([read_f_listeners(reader, version) for _ in range(count_f_listeners)])
        count_f_features = reader.compact_array_length('ControllerRegistrationRequest.features')
        read_f_features = ControllerRegistrationRequest.Feature.read
        f_features = tuple([read_f_features(reader, version) for _ in range(count_f_features)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ControllerRegistrationRequest.tagged_fields')
        return _new_ControllerRegistrationRequest(f_controller_id, f_incarnation_id, f_zk_migration_ready, f_listeners, f_features, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ControllerRegistrationRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ControllerRegistrationRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ControllerRegistrationRequest:
        check_decode_version(version, 'ControllerRegistrationRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ControllerRegistrationRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class ControllerRegistrationResponse:
    """ControllerRegistrationResponse, API key 70: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 70
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
    def read(cls, reader: Reader, version: int) -> ControllerRegistrationResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_error_message: str | None
        f_throttle_time_ms = reader.int32('ControllerRegistrationResponse.throttle_time_ms')
        f_error_code = reader.int16('ControllerRegistrationResponse.error_code')
        f_error_message = reader.compact_nullable_string('ControllerRegistrationResponse.error_message')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('ControllerRegistrationResponse.tagged_fields')
        return _new_ControllerRegistrationResponse(f_throttle_time_ms, f_error_code, f_error_message, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ControllerRegistrationResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ControllerRegistrationResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ControllerRegistrationResponse:
        check_decode_version(version, 'ControllerRegistrationResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ControllerRegistrationResponse')
        return result


_SET_ControllerRegistrationRequest__Listener: tuple[Any, ...] = tuple(
    vars(ControllerRegistrationRequest.Listener)[name].__set__ for name in ('name', 'host', 'port', 'security_protocol', 'unknown_tagged_fields', ))


def _new_ControllerRegistrationRequest__Listener(name: str, host: str, port: int, security_protocol: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ControllerRegistrationRequest.Listener:
    instance_: ControllerRegistrationRequest.Listener = object.__new__(ControllerRegistrationRequest.Listener)
    set0_, set1_, set2_, set3_, set4_, = _SET_ControllerRegistrationRequest__Listener
    set0_(instance_, name)
    set1_(instance_, host)
    set2_(instance_, port)
    set3_(instance_, security_protocol)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_ControllerRegistrationRequest__Feature: tuple[Any, ...] = tuple(
    vars(ControllerRegistrationRequest.Feature)[name].__set__ for name in ('name', 'min_supported_version', 'max_supported_version', 'unknown_tagged_fields', ))


def _new_ControllerRegistrationRequest__Feature(name: str, min_supported_version: int, max_supported_version: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ControllerRegistrationRequest.Feature:
    instance_: ControllerRegistrationRequest.Feature = object.__new__(ControllerRegistrationRequest.Feature)
    set0_, set1_, set2_, set3_, = _SET_ControllerRegistrationRequest__Feature
    set0_(instance_, name)
    set1_(instance_, min_supported_version)
    set2_(instance_, max_supported_version)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_ControllerRegistrationRequest: tuple[Any, ...] = tuple(
    vars(ControllerRegistrationRequest)[name].__set__ for name in ('controller_id', 'incarnation_id', 'zk_migration_ready', 'listeners', 'features', 'unknown_tagged_fields', ))


def _new_ControllerRegistrationRequest(controller_id: int, incarnation_id: UUID, zk_migration_ready: bool, listeners: tuple[ControllerRegistrationRequest.Listener, ...], features: tuple[ControllerRegistrationRequest.Feature, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ControllerRegistrationRequest:
    instance_: ControllerRegistrationRequest = object.__new__(ControllerRegistrationRequest)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_ControllerRegistrationRequest
    set0_(instance_, controller_id)
    set1_(instance_, incarnation_id)
    set2_(instance_, zk_migration_ready)
    set3_(instance_, listeners)
    set4_(instance_, features)
    set5_(instance_, unknown_tagged_fields)
    return instance_


_SET_ControllerRegistrationResponse: tuple[Any, ...] = tuple(
    vars(ControllerRegistrationResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'error_message', 'unknown_tagged_fields', ))


def _new_ControllerRegistrationResponse(throttle_time_ms: int, error_code: int, error_message: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ControllerRegistrationResponse:
    instance_: ControllerRegistrationResponse = object.__new__(ControllerRegistrationResponse)
    set0_, set1_, set2_, set3_, = _SET_ControllerRegistrationResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, unknown_tagged_fields)
    return instance_
