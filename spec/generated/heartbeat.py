# generated from HeartbeatRequest.json, HeartbeatResponse.json; do not edit
"""Heartbeat (API key 12): request and response."""

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

__all__ = ['HeartbeatRequest', 'HeartbeatResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class HeartbeatRequest:
    """HeartbeatRequest, API key 12: versions 0-4, flexible 4+."""

    API_KEY: ClassVar[int] = 12
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 4

    group_id: str = ''  # versions 0+
    generation_id: int = 0  # versions 0+
    member_id: str = ''  # versions 0+
    group_instance_id: str | None = None  # versions 3+; nullable 3+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        if version <= 3:
            writer.string(self.group_id)
        else:
            writer.compact_string(self.group_id)
        writer.int32(self.generation_id)
        if version <= 3:
            writer.string(self.member_id)
        else:
            writer.compact_string(self.member_id)
        if version <= 2:
            if self.group_instance_id is not None:
                raise EncodeError(f'HeartbeatRequest.group_instance_id is set, but version {version} lacks it')
        elif version <= 3:
            writer.nullable_string(self.group_instance_id)
        else:
            writer.compact_nullable_string(self.group_instance_id)
        if version <= 3:
            if self.unknown_tagged_fields:
                raise EncodeError(f'HeartbeatRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> HeartbeatRequest:
        f_group_id: str
        f_generation_id: int
        f_member_id: str
        f_group_instance_id: str | None
        f_group_id = reader.string('HeartbeatRequest.group_id') if version <= 3 else reader.compact_string('HeartbeatRequest.group_id')
        f_generation_id = reader.int32('HeartbeatRequest.generation_id')
        f_member_id = reader.string('HeartbeatRequest.member_id') if version <= 3 else reader.compact_string('HeartbeatRequest.member_id')
        if version <= 2:
            f_group_instance_id = None
        elif version <= 3:
            f_group_instance_id = reader.nullable_string('HeartbeatRequest.group_instance_id')
        else:
            f_group_instance_id = reader.compact_nullable_string('HeartbeatRequest.group_instance_id')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 3 else reader.unknown_tagged_fields('HeartbeatRequest.tagged_fields')
        return _new_HeartbeatRequest(f_group_id, f_generation_id, f_member_id, f_group_instance_id, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'HeartbeatRequest', 0, 4).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'HeartbeatRequest', 0, 4).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> HeartbeatRequest:
        check_decode_version(version, 'HeartbeatRequest', 0, 4)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('HeartbeatRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class HeartbeatResponse:
    """HeartbeatResponse, API key 12: versions 0-4, flexible 4+."""

    API_KEY: ClassVar[int] = 12
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 4

    throttle_time_ms: int = 0  # versions 1+; ignorable
    error_code: int = 0  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        if version <= 0:
            pass
        else:
            writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        if version <= 3:
            if self.unknown_tagged_fields:
                raise EncodeError(f'HeartbeatResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> HeartbeatResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_throttle_time_ms = 0 if version <= 0 else reader.int32('HeartbeatResponse.throttle_time_ms')
        f_error_code = reader.int16('HeartbeatResponse.error_code')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 3 else reader.unknown_tagged_fields('HeartbeatResponse.tagged_fields')
        return _new_HeartbeatResponse(f_throttle_time_ms, f_error_code, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'HeartbeatResponse', 0, 4).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'HeartbeatResponse', 0, 4).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> HeartbeatResponse:
        check_decode_version(version, 'HeartbeatResponse', 0, 4)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('HeartbeatResponse')
        return result


_SET_HeartbeatRequest: tuple[Any, ...] = tuple(
    vars(HeartbeatRequest)[name].__set__ for name in ('group_id', 'generation_id', 'member_id', 'group_instance_id', 'unknown_tagged_fields', ))


def _new_HeartbeatRequest(group_id: str, generation_id: int, member_id: str, group_instance_id: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> HeartbeatRequest:
    instance_: HeartbeatRequest = object.__new__(HeartbeatRequest)
    set0_, set1_, set2_, set3_, set4_, = _SET_HeartbeatRequest
    set0_(instance_, group_id)
    set1_(instance_, generation_id)
    set2_(instance_, member_id)
    set3_(instance_, group_instance_id)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_HeartbeatResponse: tuple[Any, ...] = tuple(
    vars(HeartbeatResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'unknown_tagged_fields', ))


def _new_HeartbeatResponse(throttle_time_ms: int, error_code: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> HeartbeatResponse:
    instance_: HeartbeatResponse = object.__new__(HeartbeatResponse)
    set0_, set1_, set2_, = _SET_HeartbeatResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, unknown_tagged_fields)
    return instance_
