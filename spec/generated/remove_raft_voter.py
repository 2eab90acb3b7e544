# generated from RemoveRaftVoterRequest.json, RemoveRaftVoterResponse.json; do not edit
"""RemoveRaftVoter (API key 81): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Self
from uuid import UUID

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

_ZERO_UUID = UUID(int=0)
__all__ = ['RemoveRaftVoterRequest', 'RemoveRaftVoterResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class RemoveRaftVoterRequest:
    """RemoveRaftVoterRequest, API key 81: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 81
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    cluster_id: str | None = ''  # versions 0+; nullable 0+
    voter_id: int = 0  # versions 0+
    voter_directory_id: UUID = _ZERO_UUID  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.compact_nullable_string(self.cluster_id)
        writer.int32(self.voter_id)
        writer.uuid(self.voter_directory_id)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> Self:
        f_cluster_id: str | None
        f_voter_id: int
        f_voter_directory_id: UUID
        f_cluster_id = reader.compact_nullable_string('RemoveRaftVoterRequest.cluster_id')
        f_voter_id = reader.int32('RemoveRaftVoterRequest.voter_id')
        f_voter_directory_id = reader.uuid('RemoveRaftVoterRequest.voter_directory_id')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('RemoveRaftVoterRequest.tagged_fields')
        return cls(cluster_id=f_cluster_id, voter_id=f_voter_id, voter_directory_id=f_voter_directory_id, unknown_tagged_fields=unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'RemoveRaftVoterRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'RemoveRaftVoterRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> Self:
        check_decode_version(version, 'RemoveRaftVoterRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('RemoveRaftVoterRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class RemoveRaftVoterResponse:
    """RemoveRaftVoterResponse, API key 81: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 81
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
        f_throttle_time_ms = reader.int32('RemoveRaftVoterResponse.throttle_time_ms')
        f_error_code = reader.int16('RemoveRaftVoterResponse.error_code')
        f_error_message = reader.compact_nullable_string('RemoveRaftVoterResponse.error_message')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('RemoveRaftVoterResponse.tagged_fields')
        return cls(throttle_time_ms=f_throttle_time_ms, error_code=f_error_code, error_message=f_error_message, unknown_tagged_fields=unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'RemoveRaftVoterResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'RemoveRaftVoterResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> Self:
        check_decode_version(version, 'RemoveRaftVoterResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('RemoveRaftVoterResponse')
        return result
