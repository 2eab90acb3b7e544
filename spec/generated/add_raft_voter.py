# generated from AddRaftVoterRequest.json, AddRaftVoterResponse.json; do not edit
"""AddRaftVoter (API key 80): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Self
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
        def read(cls, reader: Reader, version: int) -> Self:
            f_name: str
            f_host: str
            f_port: int
            f_name = reader.compact_string('AddRaftVoterRequest.Listener.name')
            f_host = reader.compact_string('AddRaftVoterRequest.Listener.host')
            f_port = reader.uint16('AddRaftVoterRequest.Listener.port')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('AddRaftVoterRequest.Listener.tagged_fields')
            return cls(name=f_name, host=f_host, port=f_port, unknown_tagged_fields=unknown)

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
    def read(cls, reader: Reader, version: int) -> Self:
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
        return cls(cluster_id=f_cluster_id, timeout_ms=f_timeout_ms, voter_id=f_voter_id, voter_directory_id=f_voter_directory_id, listeners=f_listeners, unknown_tagged_fields=unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AddRaftVoterRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AddRaftVoterRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> Self:
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
    def read(cls, reader: Reader, version: int) -> Self:
        f_throttle_time_ms: int
        f_error_code: int
        f_error_message: str | None
        f_throttle_time_ms = reader.int32('AddRaftVoterResponse.throttle_time_ms')
        f_error_code = reader.int16('AddRaftVoterResponse.error_code')
        f_error_message = reader.compact_nullable_string('AddRaftVoterResponse.error_message')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('AddRaftVoterResponse.tagged_fields')
        return cls(throttle_time_ms=f_throttle_time_ms, error_code=f_error_code, error_message=f_error_message, unknown_tagged_fields=unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AddRaftVoterResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AddRaftVoterResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> Self:
        check_decode_version(version, 'AddRaftVoterResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('AddRaftVoterResponse')
        return result
