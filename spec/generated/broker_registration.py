# generated from BrokerRegistrationRequest.json, BrokerRegistrationResponse.json; do not edit
"""BrokerRegistration (API key 62): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar
from uuid import UUID

from spec.wire import (
    EncodeError,
    ExternalBytes,
    Reader,
    Writer,
    check_decode_version,
    encode_checked,
)

_ZERO_UUID = UUID(int=0)
__all__ = ['BrokerRegistrationRequest', 'BrokerRegistrationResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class BrokerRegistrationRequest:
    """BrokerRegistrationRequest, API key 62: versions 0-4, flexible 0+."""

    API_KEY: ClassVar[int] = 62
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    broker_id: int = 0  # versions 0+
    cluster_id: str = ''  # versions 0+
    incarnation_id: UUID = _ZERO_UUID  # versions 0+
    listeners: tuple[BrokerRegistrationRequest.Listener, ...] = ()  # versions 0+
    features: tuple[BrokerRegistrationRequest.Feature, ...] = ()  # versions 0+
    rack: str | None = ''  # versions 0+; nullable 0+
    is_migrating_zk_broker: bool = False  # versions 1+
    log_dirs: tuple[UUID, ...] = ()  # versions 2+; ignorable
    previous_broker_epoch: int = -1  # versions 3+; ignorable
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class Listener:
        """BrokerRegistrationRequest.Listener: versions 0+."""

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
        def read(cls, reader: Reader, version: int) -> BrokerRegistrationRequest.Listener:
            f_name: str
            f_host: str
            f_port: int
            f_security_protocol: int
            f_name = reader.compact_string('BrokerRegistrationRequest.Listener.name')
            f_host = reader.compact_string('BrokerRegistrationRequest.Listener.host')
            f_port = reader.uint16('BrokerRegistrationRequest.Listener.port')
            f_security_protocol = reader.int16('BrokerRegistrationRequest.Listener.security_protocol')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('BrokerRegistrationRequest.Listener.tagged_fields')
            return _new_BrokerRegistrationRequest__Listener(f_name, f_host, f_port, f_security_protocol, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class Feature:
        """BrokerRegistrationRequest.Feature: versions 0+."""

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
        def read(cls, reader: Reader, version: int) -> BrokerRegistrationRequest.Feature:
            f_name: str
            f_min_supported_version: int
            f_max_supported_version: int
            f_name = reader.compact_string('BrokerRegistrationRequest.Feature.name')
            f_min_supported_version = reader.int16('BrokerRegistrationRequest.Feature.min_supported_version')
            f_max_supported_version = reader.int16('BrokerRegistrationRequest.Feature.max_supported_version')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('BrokerRegistrationRequest.Feature.tagged_fields')
            return _new_BrokerRegistrationRequest__Feature(f_name, f_min_supported_version, f_max_supported_version, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.broker_id)
        writer.compact_string(self.cluster_id)
        writer.uuid(self.incarnation_id)
        items_listeners = self.listeners
        writer.compact_array_length(items_listeners)
        for each_listeners in items_listeners:
            each_listeners.write(writer, version)
        items_features = self.features
        writer.compact_array_length(items_features)
        for each_features in items_features:
            each_features.write(writer, version)
        writer.compact_nullable_string(self.rack)
        if version <= 0:
            if self.is_migrating_zk_broker:
                raise EncodeError(f'BrokerRegistrationRequest.is_migrating_zk_broker is set, but version {version} lacks it')
        else:
            writer.boolean(self.is_migrating_zk_broker)
        if version <= 1:
            pass
        else:
            items_log_dirs = self.log_dirs
            writer.compact_array_length(items_log_dirs)
            for each_log_dirs in items_log_dirs:
                writer.uuid(each_log_dirs)
        if version <= 2:
            pass
        else:
            writer.int64(self.previous_broker_epoch)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> BrokerRegistrationRequest:
        f_broker_id: int
        f_cluster_id: str
        f_incarnation_id: UUID
        f_listeners: tuple[BrokerRegistrationRequest.Listener, ...]
        f_features: tuple[BrokerRegistrationRequest.Feature, ...]
        f_rack: str | None
        f_is_migrating_zk_broker: bool
        f_log_dirs: tuple[UUID, ...]
        f_previous_broker_epoch: int
        f_broker_id = reader.int32('BrokerRegistrationRequest.broker_id')
        f_cluster_id = reader.compact_string('BrokerRegistrationRequest.cluster_id')
        f_incarnation_id = reader.uuid('BrokerRegistrationRequest.incarnation_id')
        count_f_listeners = reader.compact_array_length('BrokerRegistrationRequest.listeners')
        read_f_listeners = BrokerRegistrationRequest.Listener.read
        f_listeners = tuple([read_f_listeners(reader, version) for _ in range(count_f_listeners)])
        count_f_features = reader.compact_array_length('BrokerRegistrationRequest.features')
        read_f_features = BrokerRegistrationRequest.Feature.read
        f_features = tuple([read_f_features(reader, version) for _ in range(count_f_features)])
        f_rack = reader.compact_nullable_string('BrokerRegistrationRequest.rack')
        f_is_migrating_zk_broker = False if version <= 0 else reader.boolean('BrokerRegistrationRequest.is_migrating_zk_broker')
        if version <= 1:
            f_log_dirs = ()
        else:
            count_f_log_dirs = reader.compact_array_length('BrokerRegistrationRequest.log_dirs')
            f_log_dirs = tuple([reader.uuid('BrokerRegistrationRequest.log_dirs') for _ in range(count_f_log_dirs)])
        f_previous_broker_epoch = -1 if version <= 2 else reader.int64('BrokerRegistrationRequest.previous_broker_epoch')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('BrokerRegistrationRequest.tagged_fields')
        return _new_BrokerRegistrationRequest(f_broker_id, f_cluster_id, f_incarnation_id, f_listeners, f_features, f_rack, f_is_migrating_zk_broker, f_log_dirs, f_previous_broker_epoch, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'BrokerRegistrationRequest', 0, 4).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'BrokerRegistrationRequest', 0, 4).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> BrokerRegistrationRequest:
        check_decode_version(version, 'BrokerRegistrationRequest', 0, 4)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('BrokerRegistrationRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class BrokerRegistrationResponse:
    """BrokerRegistrationResponse, API key 62: versions 0-4, flexible 0+."""

    API_KEY: ClassVar[int] = 62
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 0+
    broker_epoch: int = -1  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        writer.int64(self.broker_epoch)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> BrokerRegistrationResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_broker_epoch: int
        f_throttle_time_ms = reader.int32('BrokerRegistrationResponse.throttle_time_ms')
        f_error_code = reader.int16('BrokerRegistrationResponse.error_code')
        f_broker_epoch = reader.int64('BrokerRegistrationResponse.broker_epoch')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('BrokerRegistrationResponse.tagged_fields')
        return _new_BrokerRegistrationResponse(f_throttle_time_ms, f_error_code, f_broker_epoch, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'BrokerRegistrationResponse', 0, 4).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'BrokerRegistrationResponse', 0, 4).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> BrokerRegistrationResponse:
        check_decode_version(version, 'BrokerRegistrationResponse', 0, 4)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('BrokerRegistrationResponse')
        return result


_SET_BrokerRegistrationRequest__Listener: tuple[Any, ...] = tuple(
    vars(BrokerRegistrationRequest.Listener)[name].__set__ for name in ('name', 'host', 'port', 'security_protocol', 'unknown_tagged_fields', ))


def _new_BrokerRegistrationRequest__Listener(name: str, host: str, port: int, security_protocol: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> BrokerRegistrationRequest.Listener:
    instance_: BrokerRegistrationRequest.Listener = object.__new__(BrokerRegistrationRequest.Listener)
    set0_, set1_, set2_, set3_, set4_, = _SET_BrokerRegistrationRequest__Listener
    set0_(instance_, name)
    set1_(instance_, host)
    set2_(instance_, port)
    set3_(instance_, security_protocol)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_BrokerRegistrationRequest__Feature: tuple[Any, ...] = tuple(
    vars(BrokerRegistrationRequest.Feature)[name].__set__ for name in ('name', 'min_supported_version', 'max_supported_version', 'unknown_tagged_fields', ))


def _new_BrokerRegistrationRequest__Feature(name: str, min_supported_version: int, max_supported_version: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> BrokerRegistrationRequest.Feature:
    instance_: BrokerRegistrationRequest.Feature = object.__new__(BrokerRegistrationRequest.Feature)
    set0_, set1_, set2_, set3_, = _SET_BrokerRegistrationRequest__Feature
    set0_(instance_, name)
    set1_(instance_, min_supported_version)
    set2_(instance_, max_supported_version)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_BrokerRegistrationRequest: tuple[Any, ...] = tuple(
    vars(BrokerRegistrationRequest)[name].__set__ for name in ('broker_id', 'cluster_id', 'incarnation_id', 'listeners', 'features', 'rack', 'is_migrating_zk_broker', 'log_dirs', 'previous_broker_epoch', 'unknown_tagged_fields', ))


def _new_BrokerRegistrationRequest(broker_id: int, cluster_id: str, incarnation_id: UUID, listeners: tuple[BrokerRegistrationRequest.Listener, ...], features: tuple[BrokerRegistrationRequest.Feature, ...], rack: str | None, is_migrating_zk_broker: bool, log_dirs: tuple[UUID, ...], previous_broker_epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> BrokerRegistrationRequest:
    instance_: BrokerRegistrationRequest = object.__new__(BrokerRegistrationRequest)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, set9_, = _SET_BrokerRegistrationRequest
    set0_(instance_, broker_id)
    set1_(instance_, cluster_id)
    set2_(instance_, incarnation_id)
    set3_(instance_, listeners)
    set4_(instance_, features)
    set5_(instance_, rack)
    set6_(instance_, is_migrating_zk_broker)
    set7_(instance_, log_dirs)
    set8_(instance_, previous_broker_epoch)
    set9_(instance_, unknown_tagged_fields)
    return instance_


_SET_BrokerRegistrationResponse: tuple[Any, ...] = tuple(
    vars(BrokerRegistrationResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'broker_epoch', 'unknown_tagged_fields', ))


def _new_BrokerRegistrationResponse(throttle_time_ms: int, error_code: int, broker_epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> BrokerRegistrationResponse:
    instance_: BrokerRegistrationResponse = object.__new__(BrokerRegistrationResponse)
    set0_, set1_, set2_, set3_, = _SET_BrokerRegistrationResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, broker_epoch)
    set3_(instance_, unknown_tagged_fields)
    return instance_
