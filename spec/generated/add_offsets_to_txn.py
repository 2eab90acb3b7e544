# generated from AddOffsetsToTxnRequest.json, AddOffsetsToTxnResponse.json; do not edit
"""AddOffsetsToTxn (API key 25): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Self

from spec.wire import (
    EncodeError,
    ExternalBytes,
    Reader,
    Writer,
    check_decode_version,
    encode_checked,
)

__all__ = ['AddOffsetsToTxnRequest', 'AddOffsetsToTxnResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class AddOffsetsToTxnRequest:
    """AddOffsetsToTxnRequest, API key 25: versions 0-4, flexible 3+."""

    API_KEY: ClassVar[int] = 25
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 3

    transactional_id: str = ''  # versions 0+
    producer_id: int = 0  # versions 0+
    producer_epoch: int = 0  # versions 0+
    group_id: str = ''  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        if version <= 2:
            writer.string(self.transactional_id)
        else:
            writer.compact_string(self.transactional_id)
        writer.int64(self.producer_id)
        writer.int16(self.producer_epoch)
        if version <= 2:
            writer.string(self.group_id)
        else:
            writer.compact_string(self.group_id)
        if version <= 2:
            if self.unknown_tagged_fields:
                raise EncodeError(f'AddOffsetsToTxnRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> Self:
        f_transactional_id: str
        f_producer_id: int
        f_producer_epoch: int
        f_group_id: str
        f_transactional_id = reader.string('AddOffsetsToTxnRequest.transactional_id') if version <= 2 else reader.compact_string('AddOffsetsToTxnRequest.transactional_id')
        f_producer_id = reader.int64('AddOffsetsToTxnRequest.producer_id')
        f_producer_epoch = reader.int16('AddOffsetsToTxnRequest.producer_epoch')
        f_group_id = reader.string('AddOffsetsToTxnRequest.group_id') if version <= 2 else reader.compact_string('AddOffsetsToTxnRequest.group_id')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 2 else reader.unknown_tagged_fields('AddOffsetsToTxnRequest.tagged_fields')
        return cls(transactional_id=f_transactional_id, producer_id=f_producer_id, producer_epoch=f_producer_epoch, group_id=f_group_id, unknown_tagged_fields=unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AddOffsetsToTxnRequest', 0, 4).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AddOffsetsToTxnRequest', 0, 4).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> Self:
        check_decode_version(version, 'AddOffsetsToTxnRequest', 0, 4)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('AddOffsetsToTxnRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class AddOffsetsToTxnResponse:
    """AddOffsetsToTxnResponse, API key 25: versions 0-4, flexible 3+."""

    API_KEY: ClassVar[int] = 25
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 3

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        if version <= 2:
            if self.unknown_tagged_fields:
                raise EncodeError(f'AddOffsetsToTxnResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> Self:
        f_throttle_time_ms: int
        f_error_code: int
        f_throttle_time_ms = reader.int32('AddOffsetsToTxnResponse.throttle_time_ms')
        f_error_code = reader.int16('AddOffsetsToTxnResponse.error_code')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 2 else reader.unknown_tagged_fields('AddOffsetsToTxnResponse.tagged_fields')
        return cls(throttle_time_ms=f_throttle_time_ms, error_code=f_error_code, unknown_tagged_fields=unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AddOffsetsToTxnResponse', 0, 4).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AddOffsetsToTxnResponse', 0, 4).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> Self:
        check_decode_version(version, 'AddOffsetsToTxnResponse', 0, 4)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('AddOffsetsToTxnResponse')
        return result
