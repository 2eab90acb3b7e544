# generated from AllocateProducerIdsRequest.json, AllocateProducerIdsResponse.json; do not edit
"""AllocateProducerIds (API key 67): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

__all__ = ['AllocateProducerIdsRequest', 'AllocateProducerIdsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class AllocateProducerIdsRequest:
    """AllocateProducerIdsRequest, API key 67: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 67
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    broker_id: int = 0  # versions 0+
    broker_epoch: int = -1  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.broker_id)
        writer.int64(self.broker_epoch)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> AllocateProducerIdsRequest:
        f_broker_id: int
        f_broker_epoch: int
        f_broker_id = reader.int32('AllocateProducerIdsRequest.broker_id')
        f_broker_epoch = reader.int64('AllocateProducerIdsRequest.broker_epoch')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('AllocateProducerIdsRequest.tagged_fields')
        return _new_AllocateProducerIdsRequest(f_broker_id, f_broker_epoch, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AllocateProducerIdsRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AllocateProducerIdsRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> AllocateProducerIdsRequest:
        check_decode_version(version, 'AllocateProducerIdsRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('AllocateProducerIdsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class AllocateProducerIdsResponse:
    """AllocateProducerIdsResponse, API key 67: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 67
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 0+
    producer_id_start: int = 0  # versions 0+
    producer_id_len: int = 0  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        writer.int64(self.producer_id_start)
        writer.int32(self.producer_id_len)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> AllocateProducerIdsResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_producer_id_start: int
        f_producer_id_len: int
        f_throttle_time_ms = reader.int32('AllocateProducerIdsResponse.throttle_time_ms')
        f_error_code = reader.int16('AllocateProducerIdsResponse.error_code')
        f_producer_id_start = reader.int64('AllocateProducerIdsResponse.producer_id_start')
        f_producer_id_len = reader.int32('AllocateProducerIdsResponse.producer_id_len')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('AllocateProducerIdsResponse.tagged_fields')
        return _new_AllocateProducerIdsResponse(f_throttle_time_ms, f_error_code, f_producer_id_start, f_producer_id_len, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AllocateProducerIdsResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AllocateProducerIdsResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> AllocateProducerIdsResponse:
        check_decode_version(version, 'AllocateProducerIdsResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('AllocateProducerIdsResponse')
        return result


_SET_AllocateProducerIdsRequest: tuple[Any, ...] = tuple(
    vars(AllocateProducerIdsRequest)[name].__set__ for name in ('broker_id', 'broker_epoch', 'unknown_tagged_fields', ))


def _new_AllocateProducerIdsRequest(broker_id: int, broker_epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AllocateProducerIdsRequest:
    instance_: AllocateProducerIdsRequest = object.__new__(AllocateProducerIdsRequest)
    set0_, set1_, set2_, = _SET_AllocateProducerIdsRequest
    set0_(instance_, broker_id)
    set1_(instance_, broker_epoch)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AllocateProducerIdsResponse: tuple[Any, ...] = tuple(
    vars(AllocateProducerIdsResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'producer_id_start', 'producer_id_len', 'unknown_tagged_fields', ))


def _new_AllocateProducerIdsResponse(throttle_time_ms: int, error_code: int, producer_id_start: int, producer_id_len: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AllocateProducerIdsResponse:
    instance_: AllocateProducerIdsResponse = object.__new__(AllocateProducerIdsResponse)
    set0_, set1_, set2_, set3_, set4_, = _SET_AllocateProducerIdsResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, producer_id_start)
    set3_(instance_, producer_id_len)
    set4_(instance_, unknown_tagged_fields)
    return instance_
