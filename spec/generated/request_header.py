# generated from RequestHeader.json; do not edit
"""RequestHeader: the header every request frame starts with."""

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

__all__ = ['RequestHeader']

@dataclass(frozen=True, slots=True, kw_only=True)
class RequestHeader:
    """RequestHeader: versions 0-2, flexible 2+."""

    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    request_api_key: int = 0  # versions 0+
    request_api_version: int = 0  # versions 0+
    correlation_id: int = 0  # versions 0+
    client_id: str | None = ''  # versions 1+; nullable 1+; ignorable
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.int16(self.request_api_key)
        writer.int16(self.request_api_version)
        writer.int32(self.correlation_id)
        if version <= 0:
            pass
        else:
            writer.nullable_string(self.client_id)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'RequestHeader has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> RequestHeader:
        f_request_api_key: int
        f_request_api_version: int
        f_correlation_id: int
        f_client_id: str | None
        f_request_api_key = reader.int16('RequestHeader.request_api_key')
        f_request_api_version = reader.int16('RequestHeader.request_api_version')
        f_correlation_id = reader.int32('RequestHeader.correlation_id')
        f_client_id = '' if version <= 0 else reader.nullable_string('RequestHeader.client_id')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('RequestHeader.tagged_fields')
        return _new_RequestHeader(f_request_api_key, f_request_api_version, f_correlation_id, f_client_id, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'RequestHeader', 0, 2).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'RequestHeader', 0, 2).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> RequestHeader:
        check_decode_version(version, 'RequestHeader', 0, 2)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('RequestHeader')
        return result


_SET_RequestHeader: tuple[Any, ...] = tuple(
    vars(RequestHeader)[name].__set__ for name in ('request_api_key', 'request_api_version', 'correlation_id', 'client_id', 'unknown_tagged_fields', ))


def _new_RequestHeader(request_api_key: int, request_api_version: int, correlation_id: int, client_id: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> RequestHeader:
    instance_: RequestHeader = object.__new__(RequestHeader)
    set0_, set1_, set2_, set3_, set4_, = _SET_RequestHeader
    set0_(instance_, request_api_key)
    set1_(instance_, request_api_version)
    set2_(instance_, correlation_id)
    set3_(instance_, client_id)
    set4_(instance_, unknown_tagged_fields)
    return instance_
