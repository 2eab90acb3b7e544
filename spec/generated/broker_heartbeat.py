# generated from BrokerHeartbeatRequest.json, BrokerHeartbeatResponse.json; do not edit
"""BrokerHeartbeat (API key 63): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar
from uuid import UUID

from spec.wire import (
    EncodeError,
    ExternalBytes,
    Reader,
    Writer,
    check_decode_version,
    encode_checked,
)

__all__ = ['BrokerHeartbeatRequest', 'BrokerHeartbeatResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class BrokerHeartbeatRequest:
    """BrokerHeartbeatRequest, API key 63: versions 0-1, flexible 0+."""

    API_KEY: ClassVar[int] = 63
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    broker_id: int = 0  # versions 0+
    broker_epoch: int = -1  # versions 0+
    current_metadata_offset: int = 0  # versions 0+
    want_fence: bool = False  # versions 0+
    want_shut_down: bool = False  # versions 0+
    offline_log_dirs: tuple[UUID, ...] = ()  # versions 1+; tag 0 in 1+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.broker_id)
        writer.int64(self.broker_epoch)
        writer.int64(self.current_metadata_offset)
        writer.boolean(self.want_fence)
        writer.boolean(self.want_shut_down)
        if version <= 0:
            if self.offline_log_dirs != ():
                raise EncodeError(f'BrokerHeartbeatRequest.offline_log_dirs is set, but version {version} lacks it')
        else:
            pass
        known: list[tuple[int, bytes]] = []
        if version <= 0:
            pass
        else:
            if self.offline_log_dirs != ():
                tagged = Writer()
                items_offline_log_dirs = self.offline_log_dirs
                tagged.compact_array_length(items_offline_log_dirs)
                for each_offline_log_dirs in items_offline_log_dirs:
                    tagged.uuid(each_offline_log_dirs)
                known.append((0, tagged.getvalue()))
        writer.tagged_fields(known, self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> BrokerHeartbeatRequest:
        f_broker_id: int
        f_broker_epoch: int
        f_current_metadata_offset: int
        f_want_fence: bool
        f_want_shut_down: bool
        f_offline_log_dirs: tuple[UUID, ...]
        f_broker_id = reader.int32('BrokerHeartbeatRequest.broker_id')
        f_broker_epoch = reader.int64('BrokerHeartbeatRequest.broker_epoch')
        f_current_metadata_offset = reader.int64('BrokerHeartbeatRequest.current_metadata_offset')
        f_want_fence = reader.boolean('BrokerHeartbeatRequest.want_fence')
        f_want_shut_down = reader.boolean('BrokerHeartbeatRequest.want_shut_down')
        f_offline_log_dirs = ()
        unknown: tuple[tuple[int, bytes], ...]
        unknown_list: list[tuple[int, bytes]] = []
        for _ in range(reader.tagged_field_count('BrokerHeartbeatRequest.tagged_fields')):
            tag, end = reader.tagged_field_header('BrokerHeartbeatRequest.tagged_fields')
            if tag == 0:
                if version < 1:
                    raise reader.fail('tag 0 is not valid for version ' + str(version), 'BrokerHeartbeatRequest.tagged_fields')
                count_f_offline_log_dirs = reader.compact_array_length('BrokerHeartbeatRequest.offline_log_dirs')
                f_offline_log_dirs = tuple([reader.uuid('BrokerHeartbeatRequest.offline_log_dirs') for _ in range(count_f_offline_log_dirs)])
                reader.expect_position(end, 'BrokerHeartbeatRequest.tagged_fields')
            else:
                unknown_list.append((tag, reader.raw(end - reader.position, 'BrokerHeartbeatRequest.tagged_fields')))
        unknown = tuple(unknown_list)
        return _new_BrokerHeartbeatRequest(f_broker_id, f_broker_epoch, f_current_metadata_offset, f_want_fence, f_want_shut_down, f_offline_log_dirs, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'BrokerHeartbeatRequest', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'BrokerHeartbeatRequest', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> BrokerHeartbeatRequest:
        check_decode_version(version, 'BrokerHeartbeatRequest', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('BrokerHeartbeatRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class BrokerHeartbeatResponse:
    """BrokerHeartbeatResponse, API key 63: versions 0-1, flexible 0+."""

    API_KEY: ClassVar[int] = 63
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 0+
    is_caught_up: bool = False  # versions 0+
    is_fenced: bool = True  # versions 0+
    should_shut_down: bool = False  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        writer.boolean(self.is_caught_up)
        writer.boolean(self.is_fenced)
        writer.boolean(self.should_shut_down)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> BrokerHeartbeatResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_is_caught_up: bool
        f_is_fenced: bool
        f_should_shut_down: bool
        f_throttle_time_ms = reader.int32('BrokerHeartbeatResponse.throttle_time_ms')
        f_error_code = reader.int16('BrokerHeartbeatResponse.error_code')
        f_is_caught_up = reader.boolean('BrokerHeartbeatResponse.is_caught_up')
        f_is_fenced = reader.boolean('BrokerHeartbeatResponse.is_fenced')
        f_should_shut_down = reader.boolean('BrokerHeartbeatResponse.should_shut_down')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('BrokerHeartbeatResponse.tagged_fields')
        return _new_BrokerHeartbeatResponse(f_throttle_time_ms, f_error_code, f_is_caught_up, f_is_fenced, f_should_shut_down, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'BrokerHeartbeatResponse', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'BrokerHeartbeatResponse', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> BrokerHeartbeatResponse:
        check_decode_version(version, 'BrokerHeartbeatResponse', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('BrokerHeartbeatResponse')
        return result


_SET_BrokerHeartbeatRequest: tuple[Any, ...] = tuple(
    vars(BrokerHeartbeatRequest)[name].__set__ for name in ('broker_id', 'broker_epoch', 'current_metadata_offset', 'want_fence', 'want_shut_down', 'offline_log_dirs', 'unknown_tagged_fields', ))


def _new_BrokerHeartbeatRequest(broker_id: int, broker_epoch: int, current_metadata_offset: int, want_fence: bool, want_shut_down: bool, offline_log_dirs: tuple[UUID, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> BrokerHeartbeatRequest:
    instance_: BrokerHeartbeatRequest = object.__new__(BrokerHeartbeatRequest)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, = _SET_BrokerHeartbeatRequest
    set0_(instance_, broker_id)
    set1_(instance_, broker_epoch)
    set2_(instance_, current_metadata_offset)
    set3_(instance_, want_fence)
    set4_(instance_, want_shut_down)
    set5_(instance_, offline_log_dirs)
    set6_(instance_, unknown_tagged_fields)
    return instance_


_SET_BrokerHeartbeatResponse: tuple[Any, ...] = tuple(
    vars(BrokerHeartbeatResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'is_caught_up', 'is_fenced', 'should_shut_down', 'unknown_tagged_fields', ))


def _new_BrokerHeartbeatResponse(throttle_time_ms: int, error_code: int, is_caught_up: bool, is_fenced: bool, should_shut_down: bool, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> BrokerHeartbeatResponse:
    instance_: BrokerHeartbeatResponse = object.__new__(BrokerHeartbeatResponse)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_BrokerHeartbeatResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, is_caught_up)
    set3_(instance_, is_fenced)
    set4_(instance_, should_shut_down)
    set5_(instance_, unknown_tagged_fields)
    return instance_
