# generated from RemoveRaftVoterRequest.json, RemoveRaftVoterResponse.json; do not edit
"""RemoveRaftVoter (API key 81): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar
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
    def read(cls, reader: Reader, version: int) -> RemoveRaftVoterRequest:
        f_cluster_id: str | None
        f_voter_id: int
        f_voter_directory_id: UUID
        f_cluster_id = reader.compact_nullable_string('RemoveRaftVoterRequest.cluster_id')
        f_voter_id = reader.int32('RemoveRaftVoterRequest.voter_id')
        f_voter_directory_id = reader.uuid('RemoveRaftVoterRequest.voter_directory_id')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('RemoveRaftVoterRequest.tagged_fields')
        return _new_RemoveRaftVoterRequest(f_cluster_id, f_voter_id, f_voter_directory_id, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'RemoveRaftVoterRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'RemoveRaftVoterRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> RemoveRaftVoterRequest:
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
    def read(cls, reader: Reader, version: int) -> RemoveRaftVoterResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_error_message: str | None
        f_throttle_time_ms = reader.int32('RemoveRaftVoterResponse.throttle_time_ms')
        f_error_code = reader.int16('RemoveRaftVoterResponse.error_code')
        f_error_message = reader.compact_nullable_string('RemoveRaftVoterResponse.error_message')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('RemoveRaftVoterResponse.tagged_fields')
        return _new_RemoveRaftVoterResponse(f_throttle_time_ms, f_error_code, f_error_message, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'RemoveRaftVoterResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'RemoveRaftVoterResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> RemoveRaftVoterResponse:
        check_decode_version(version, 'RemoveRaftVoterResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('RemoveRaftVoterResponse')
        return result


_SET_RemoveRaftVoterRequest: tuple[Any, ...] = tuple(
    vars(RemoveRaftVoterRequest)[name].__set__ for name in ('cluster_id', 'voter_id', 'voter_directory_id', 'unknown_tagged_fields', ))


def _new_RemoveRaftVoterRequest(cluster_id: str | None, voter_id: int, voter_directory_id: UUID, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> RemoveRaftVoterRequest:
    instance_: RemoveRaftVoterRequest = object.__new__(RemoveRaftVoterRequest)
    set0_, set1_, set2_, set3_, = _SET_RemoveRaftVoterRequest
    set0_(instance_, cluster_id)
    set1_(instance_, voter_id)
    set2_(instance_, voter_directory_id)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_RemoveRaftVoterResponse: tuple[Any, ...] = tuple(
    vars(RemoveRaftVoterResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'error_message', 'unknown_tagged_fields', ))


def _new_RemoveRaftVoterResponse(throttle_time_ms: int, error_code: int, error_message: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> RemoveRaftVoterResponse:
    instance_: RemoveRaftVoterResponse = object.__new__(RemoveRaftVoterResponse)
    set0_, set1_, set2_, set3_, = _SET_RemoveRaftVoterResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, unknown_tagged_fields)
    return instance_
