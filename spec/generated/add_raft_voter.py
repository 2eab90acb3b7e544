# generated from AddRaftVoterRequest.json, AddRaftVoterResponse.json; do not edit
"""AddRaftVoter (API key 80): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar
from uuid import UUID

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

_ZERO_UUID = UUID(int=0)
__all__ = ['AddRaftVoterRequest', 'AddRaftVoterResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class AddRaftVoterRequest:
    """AddRaftVoterRequest, API key 80: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 80
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    cluster_id: str | None = ''  # versions 0+; nullable 0+
    timeout_ms: int = 0  # versions 0+
    voter_id: int = 0  # versions 0+
    voter_directory_id: UUID = _ZERO_UUID  # versions 0+
    listeners: tuple[AddRaftVoterRequest.Listener, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class Listener:
        """AddRaftVoterRequest.Listener: versions 0+."""

        name: str = ''  # versions 0+
        host: str = ''  # versions 0+
        port: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.name)
            writer.compact_string(self.host)
            writer.uint16(self.port)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AddRaftVoterRequest.Listener:
            f_name: str
            f_host: str
            f_port: int
            f_name = reader.compact_string('AddRaftVoterRequest.Listener.name')
            f_host = reader.compact_string('AddRaftVoterRequest.Listener.host')
            f_port = reader.uint16('AddRaftVoterRequest.Listener.port')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('AddRaftVoterRequest.Listener.tagged_fields')
            return _new_AddRaftVoterRequest__Listener(f_name, f_host, f_port, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.compact_nullable_string(self.cluster_id)
        writer.int32(self.timeout_ms)
        writer.int32(self.voter_id)
        writer.uuid(self.voter_directory_id)
        items_listeners = self.listeners
        writer.compact_array_length(items_listeners)
        for each_listeners in items_listeners:
            each_listeners.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> AddRaftVoterRequest:
        f_cluster_id: str | None
        f_timeout_ms: int
        f_voter_id: int
        f_voter_directory_id: UUID
        f_listeners: tuple[AddRaftVoterRequest.Listener, ...]
        f_cluster_id = reader.compact_nullable_string('AddRaftVoterRequest.cluster_id')
        f_timeout_ms = reader.int32('AddRaftVoterRequest.timeout_ms')
        f_voter_id = reader.int32('AddRaftVoterRequest.voter_id')
        f_voter_directory_id = reader.uuid('AddRaftVoterRequest.voter_directory_id')
        count_f_listeners = reader.compact_array_length('AddRaftVoterRequest.listeners')
        read_f_listeners = AddRaftVoterRequest.Listener.read
        f_listeners = tuple([read_f_listeners(reader, version) for _ in range(count_f_listeners)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('AddRaftVoterRequest.tagged_fields')
        return _new_AddRaftVoterRequest(f_cluster_id, f_timeout_ms, f_voter_id, f_voter_directory_id, f_listeners, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AddRaftVoterRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AddRaftVoterRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> AddRaftVoterRequest:
        check_decode_version(version, 'AddRaftVoterRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('AddRaftVoterRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class AddRaftVoterResponse:
    """AddRaftVoterResponse, API key 80: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 80
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 0+
    error_message: str | None = ''  # versions 0+; nullable 0+; ignorable
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        writer.compact_nullable_string(self.error_message)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> AddRaftVoterResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_error_message: str | None
        f_throttle_time_ms = reader.int32('AddRaftVoterResponse.throttle_time_ms')
        f_error_code = reader.int16('AddRaftVoterResponse.error_code')
        f_error_message = reader.compact_nullable_string('AddRaftVoterResponse.error_message')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('AddRaftVoterResponse.tagged_fields')
        return _new_AddRaftVoterResponse(f_throttle_time_ms, f_error_code, f_error_message, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AddRaftVoterResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AddRaftVoterResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> AddRaftVoterResponse:
        check_decode_version(version, 'AddRaftVoterResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('AddRaftVoterResponse')
        return result


_SET_AddRaftVoterRequest__Listener: tuple[Any, ...] = tuple(
    vars(AddRaftVoterRequest.Listener)[name].__set__ for name in ('name', 'host', 'port', 'unknown_tagged_fields', ))


def _new_AddRaftVoterRequest__Listener(name: str, host: str, port: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AddRaftVoterRequest.Listener:
    instance_: AddRaftVoterRequest.Listener = object.__new__(AddRaftVoterRequest.Listener)
    set0_, set1_, set2_, set3_, = _SET_AddRaftVoterRequest__Listener
    set0_(instance_, name)
    set1_(instance_, host)
    set2_(instance_, port)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_AddRaftVoterRequest: tuple[Any, ...] = tuple(
    vars(AddRaftVoterRequest)[name].__set__ for name in ('cluster_id', 'timeout_ms', 'voter_id', 'voter_directory_id', 'listeners', 'unknown_tagged_fields', ))


def _new_AddRaftVoterRequest(cluster_id: str | None, timeout_ms: int, voter_id: int, voter_directory_id: UUID, listeners: tuple[AddRaftVoterRequest.Listener, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AddRaftVoterRequest:
    instance_: AddRaftVoterRequest = object.__new__(AddRaftVoterRequest)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_AddRaftVoterRequest
    set0_(instance_, cluster_id)
    set1_(instance_, timeout_ms)
    set2_(instance_, voter_id)
    set3_(instance_, voter_directory_id)
    set4_(instance_, listeners)
    set5_(instance_, unknown_tagged_fields)
    return instance_


_SET_AddRaftVoterResponse: tuple[Any, ...] = tuple(
    vars(AddRaftVoterResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'error_message', 'unknown_tagged_fields', ))


def _new_AddRaftVoterResponse(throttle_time_ms: int, error_code: int, error_message: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AddRaftVoterResponse:
    instance_: AddRaftVoterResponse = object.__new__(AddRaftVoterResponse)
    set0_, set1_, set2_, set3_, = _SET_AddRaftVoterResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, unknown_tagged_fields)
    return instance_
