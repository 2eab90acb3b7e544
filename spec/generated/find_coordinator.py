# generated from FindCoordinatorRequest.json, FindCoordinatorResponse.json; do not edit
"""FindCoordinator (API key 10): request and response."""

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

__all__ = ['FindCoordinatorRequest', 'FindCoordinatorResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class FindCoordinatorRequest:
    """FindCoordinatorRequest, API key 10: versions 0-6, flexible 3+."""

    API_KEY: ClassVar[int] = 10
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 6
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 3

    key: str = ''  # versions 0-3
    key_type: int = 0  # versions 1+
    coordinator_keys: tuple[str, ...] = ()  # versions 4+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        if version <= 2:
            writer.string(self.key)
        elif version <= 3:
            writer.compact_string(self.key)
        else:
            if self.key != '':
                raise EncodeError(f'FindCoordinatorRequest.key is set, but version {version} lacks it')
        if version <= 0:
            if self.key_type != 0:
                raise EncodeError(f'FindCoordinatorRequest.key_type is set, but version {version} lacks it')
        else:
            writer.int8(self.key_type)
        if version <= 3:
            if self.coordinator_keys != ():
                raise EncodeError(f'FindCoordinatorRequest.coordinator_keys is set, but version {version} lacks it')
        else:
            items_coordinator_keys = self.coordinator_keys
            writer.compact_array_length(items_coordinator_keys)
            for each_coordinator_keys in items_coordinator_keys:
                writer.compact_string(each_coordinator_keys)
        if version <= 2:
            if self.unknown_tagged_fields:
                raise EncodeError(f'FindCoordinatorRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> FindCoordinatorRequest:
        f_key: str
        f_key_type: int
        f_coordinator_keys: tuple[str, ...]
        if version <= 2:
            f_key = reader.string('FindCoordinatorRequest.key')
        elif version <= 3:
            f_key = reader.compact_string('FindCoordinatorRequest.key')
        else:
            f_key = ''
        f_key_type = 0 if version <= 0 else reader.int8('FindCoordinatorRequest.key_type')
        if version <= 3:
            f_coordinator_keys = ()
        else:
            count_f_coordinator_keys = reader.compact_array_length('FindCoordinatorRequest.coordinator_keys')
            f_coordinator_keys = tuple([reader.compact_string('FindCoordinatorRequest.coordinator_keys') for _ in range(count_f_coordinator_keys)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 2 else reader.unknown_tagged_fields('FindCoordinatorRequest.tagged_fields')
        return _new_FindCoordinatorRequest(f_key, f_key_type, f_coordinator_keys, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'FindCoordinatorRequest', 0, 6).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'FindCoordinatorRequest', 0, 6).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> FindCoordinatorRequest:
        check_decode_version(version, 'FindCoordinatorRequest', 0, 6)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('FindCoordinatorRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class FindCoordinatorResponse:
    """FindCoordinatorResponse, API key 10: versions 0-6, flexible 3+."""

    API_KEY: ClassVar[int] = 10
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 6
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 3

    throttle_time_ms: int = 0  # versions 1+; ignorable
    error_code: int = 0  # versions 0-3
    error_message: str | None = ''  # versions 1-3; nullable 1-3; ignorable
    node_id: int = 0  # versions 0-3
    host: str = ''  # versions 0-3
    port: int = 0  # versions 0-3
    coordinators: tuple[FindCoordinatorResponse.Coordinator, ...] = ()  # versions 4+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class Coordinator:
        """FindCoordinatorResponse.Coordinator: versions 4+."""

        key: str = ''  # versions 4+
        node_id: int = 0  # versions 4+
        host: str = ''  # versions 4+
        port: int = 0  # versions 4+
        error_code: int = 0  # versions 4+
        error_message: str | None = ''  # versions 4+; nullable 4+; ignorable
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.key)
            writer.int32(self.node_id)
            writer.compact_string(self.host)
            writer.int32(self.port)
            writer.int16(self.error_code)
            writer.compact_nullable_string(self.error_message)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> FindCoordinatorResponse.Coordinator:
            f_key: str
            f_node_id: int
            f_host: str
            f_port: int
            f_error_code: int
            f_error_message: str | None
            f_key = reader.compact_string('FindCoordinatorResponse.Coordinator.key')
            f_node_id = reader.int32('FindCoordinatorResponse.Coordinator.node_id')
            f_host = reader.compact_string('FindCoordinatorResponse.Coordinator.host')
            f_port = reader.int32('FindCoordinatorResponse.Coordinator.port')
            f_error_code = reader.int16('FindCoordinatorResponse.Coordinator.error_code')
            f_error_message = reader.compact_nullable_string('FindCoordinatorResponse.Coordinator.error_message')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('FindCoordinatorResponse.Coordinator.tagged_fields')
            return _new_FindCoordinatorResponse__Coordinator(f_key, f_node_id, f_host, f_port, f_error_code, f_error_message, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 0:
            pass
        else:
            writer.int32(self.throttle_time_ms)
        if version <= 3:
            writer.int16(self.error_code)
        else:
            if self.error_code != 0:
                raise EncodeError(f'FindCoordinatorResponse.error_code is set, but version {version} lacks it')
        if version <= 0:
            pass
        elif version <= 2:
            writer.nullable_string(self.error_message)
        elif version <= 3:
            writer.compact_nullable_string(self.error_message)
        else:
            pass
        if version <= 3:
            writer.int32(self.node_id)
        else:
            if self.node_id != 0:
                raise EncodeError(f'FindCoordinatorResponse.node_id is set, but version {version} lacks it')
        if version <= 2:
            writer.string(self.host)
        elif version <= 3:
            writer.compact_string(self.host)
        else:
            if self.host != '':
                raise EncodeError(f'FindCoordinatorResponse.host is set, but version {version} lacks it')
        if version <= 3:
            writer.int32(self.port)
        else:
            if self.port != 0:
                raise EncodeError(f'FindCoordinatorResponse.port is set, but version {version} lacks it')
        if version <= 3:
            if self.coordinators != ():
                raise EncodeError(f'FindCoordinatorResponse.coordinators is set, but version {version} lacks it')
        else:
            items_coordinators = self.coordinators
            writer.compact_array_length(items_coordinators)
            for each_coordinators in items_coordinators:
                each_coordinators.write(writer, version)
        if version <= 2:
            if self.unknown_tagged_fields:
                raise EncodeError(f'FindCoordinatorResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> FindCoordinatorResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_error_message: str | None
        f_node_id: int
        f_host: str
        f_port: int
        f_coordinators: tuple[FindCoordinatorResponse.Coordinator, ...]
        f_throttle_time_ms = 0 if version <= 0 else reader.int32('FindCoordinatorResponse.throttle_time_ms')
        f_error_code = reader.int16('FindCoordinatorResponse.error_code') if version <= 3 else 0
        if version <= 0:
            f_error_message = ''
        elif version <= 2:
            f_error_message = reader.nullable_string('FindCoordinatorResponse.error_message')
        elif version <= 3:
            f_error_message = reader.compact_nullable_string('FindCoordinatorResponse.error_message')
        else:
            f_error_message = ''
        f_node_id = reader.int32('FindCoordinatorResponse.node_id') if version <= 3 else 0
        if version <= 2:
            f_host = reader.string('FindCoordinatorResponse.host')
        elif version <= 3:
            f_host = reader.compact_string('FindCoordinatorResponse.host')
        else:
            f_host = ''
        f_port = reader.int32('FindCoordinatorResponse.port') if version <= 3 else 0
        if version <= 3:
            f_coordinators = ()
        else:
            count_f_coordinators = reader.compact_array_length('FindCoordinatorResponse.coordinators')
            read_f_coordinators = FindCoordinatorResponse.Coordinator.read
            f_coordinators = tuple([read_f_coordinators(reader, version) for _ in range(count_f_coordinators)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 2 else reader.unknown_tagged_fields('FindCoordinatorResponse.tagged_fields')
        return _new_FindCoordinatorResponse(f_throttle_time_ms, f_error_code, f_error_message, f_node_id, f_host, f_port, f_coordinators, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'FindCoordinatorResponse', 0, 6).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'FindCoordinatorResponse', 0, 6).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> FindCoordinatorResponse:
        check_decode_version(version, 'FindCoordinatorResponse', 0, 6)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('FindCoordinatorResponse')
        return result


_SET_FindCoordinatorRequest: tuple[Any, ...] = tuple(
    vars(FindCoordinatorRequest)[name].__set__ for name in ('key', 'key_type', 'coordinator_keys', 'unknown_tagged_fields', ))


def _new_FindCoordinatorRequest(key: str, key_type: int, coordinator_keys: tuple[str, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> FindCoordinatorRequest:
    instance_: FindCoordinatorRequest = object.__new__(FindCoordinatorRequest)
    set0_, set1_, set2_, set3_, = _SET_FindCoordinatorRequest
    set0_(instance_, key)
    set1_(instance_, key_type)
    set2_(instance_, coordinator_keys)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_FindCoordinatorResponse__Coordinator: tuple[Any, ...] = tuple(
    vars(FindCoordinatorResponse.Coordinator)[name].__set__ for name in ('key', 'node_id', 'host', 'port', 'error_code', 'error_message', 'unknown_tagged_fields', ))


def _new_FindCoordinatorResponse__Coordinator(key: str, node_id: int, host: str, port: int, error_code: int, error_message: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> FindCoordinatorResponse.Coordinator:
    instance_: FindCoordinatorResponse.Coordinator = object.__new__(FindCoordinatorResponse.Coordinator)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, = _SET_FindCoordinatorResponse__Coordinator
    set0_(instance_, key)
    set1_(instance_, node_id)
    set2_(instance_, host)
    set3_(instance_, port)
    set4_(instance_, error_code)
    set5_(instance_, error_message)
    set6_(instance_, unknown_tagged_fields)
    return instance_


_SET_FindCoordinatorResponse: tuple[Any, ...] = tuple(
    vars(FindCoordinatorResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'error_message', 'node_id', 'host', 'port', 'coordinators', 'unknown_tagged_fields', ))


def _new_FindCoordinatorResponse(throttle_time_ms: int, error_code: int, error_message: str | None, node_id: int, host: str, port: int, coordinators: tuple[FindCoordinatorResponse.Coordinator, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> FindCoordinatorResponse:
    instance_: FindCoordinatorResponse = object.__new__(FindCoordinatorResponse)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, = _SET_FindCoordinatorResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, node_id)
    set4_(instance_, host)
    set5_(instance_, port)
    set6_(instance_, coordinators)
    set7_(instance_, unknown_tagged_fields)
    return instance_
