# generated from ResponseHeader.json; do not edit
"""ResponseHeader: the header every response frame starts with."""

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

__all__ = ['ResponseHeader']

@dataclass(frozen=True, slots=True, kw_only=True)
class ResponseHeader:
    """ResponseHeader: versions 0-1, flexible 1+."""

    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 1

    correlation_id: int = 0  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.correlation_id)
        if version <= 0:
            if self.unknown_tagged_fields:
                raise EncodeError(f'ResponseHeader has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ResponseHeader:
        f_correlation_id: int
        f_correlation_id = reader.int32('ResponseHeader.correlation_id')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 0 else reader.unknown_tagged_fields('ResponseHeader.tagged_fields')
        return _new_ResponseHeader(f_correlation_id, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ResponseHeader', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ResponseHeader', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ResponseHeader:
        check_decode_version(version, 'ResponseHeader', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ResponseHeader')
        return result


_SET_ResponseHeader: tuple[Any, ...] = tuple(
    vars(ResponseHeader)[name].__set__ for name in ('correlation_id', 'unknown_tagged_fields', ))


def _new_ResponseHeader(correlation_id: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ResponseHeader:
    instance_: ResponseHeader = object.__new__(ResponseHeader)
    set0_, set1_, = _SET_ResponseHeader
    set0_(instance_, correlation_id)
    set1_(instance_, unknown_tagged_fields)
    return instance_
