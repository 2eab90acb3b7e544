# generated from UpdateRaftVoterRequest.json, UpdateRaftVoterResponse.json; do not edit
"""UpdateRaftVoter (API key 82): request and response."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar
from uuid import UUID

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

_ZERO_UUID = UUID(int=0)
__all__ = ['UpdateRaftVoterRequest', 'UpdateRaftVoterResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class UpdateRaftVoterRequest:
    """UpdateRaftVoterRequest, API key 82: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 82
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    cluster_id: str | None = ''  # versions 0+; nullable 0+
    current_leader_epoch: int = 0  # versions 0+
    voter_id: int = 0  # versions 0+
    voter_directory_id: UUID = _ZERO_UUID  # versions 0+
    listeners: tuple[UpdateRaftVoterRequest.Listener, ...] = ()  # versions 0+
    k_raft_version_feature: UpdateRaftVoterRequest.KRaftVersionFeature = field(default_factory=lambda: _EMPTY_UpdateRaftVoterRequest__KRaftVersionFeature)  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class Listener:
        """UpdateRaftVoterRequest.Listener: versions 0+."""

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
        def read(cls, reader: Reader, version: int) -> UpdateRaftVoterRequest.Listener:
            f_name: str
            f_host: str
            f_port: int
            f_name = reader.compact_string('UpdateRaftVoterRequest.Listener.name')
            f_host = reader.compact_string('UpdateRaftVoterRequest.Listener.host')
            f_port = reader.uint16('UpdateRaftVoterRequest.Listener.port')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('UpdateRaftVoterRequest.Listener.tagged_fields')
            return _new_UpdateRaftVoterRequest__Listener(f_name, f_host, f_port, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class KRaftVersionFeature:
        """UpdateRaftVoterRequest.KRaftVersionFeature: versions 0+."""

        min_supported_version: int = 0  # versions 0+
        max_supported_version: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int16(self.min_supported_version)
            writer.int16(self.max_supported_version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> UpdateRaftVoterRequest.KRaftVersionFeature:
            f_min_supported_version: int
            f_max_supported_version: int
            f_min_supported_version = reader.int16('UpdateRaftVoterRequest.KRaftVersionFeature.min_supported_version')
            f_max_supported_version = reader.int16('UpdateRaftVoterRequest.KRaftVersionFeature.max_supported_version')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('UpdateRaftVoterRequest.KRaftVersionFeature.tagged_fields')
            return _new_UpdateRaftVoterRequest__KRaftVersionFeature(f_min_supported_version, f_max_supported_version, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.compact_nullable_string(self.cluster_id)
        writer.int32(self.current_leader_epoch)
        writer.int32(self.voter_id)
        writer.uuid(self.voter_directory_id)
        items_listeners = self.listeners
        writer.compact_array_length(items_listeners)
        for each_listeners in items_listeners:
            each_listeners.write(writer, version)
        self.k_raft_version_feature.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> UpdateRaftVoterRequest:
        f_cluster_id: str | None
        f_current_leader_epoch: int
        f_voter_id: int
        f_voter_directory_id: UUID
        f_listeners: tuple[UpdateRaftVoterRequest.Listener, ...]
        f_k_raft_version_feature: UpdateRaftVoterRequest.KRaftVersionFeature
        f_cluster_id = reader.compact_nullable_string('UpdateRaftVoterRequest.cluster_id')
        f_current_leader_epoch = reader.int32('UpdateRaftVoterRequest.current_leader_epoch')
        f_voter_id = reader.int32('UpdateRaftVoterRequest.voter_id')
        f_voter_directory_id = reader.uuid('UpdateRaftVoterRequest.voter_directory_id')
        count_f_listeners = reader.compact_array_length('UpdateRaftVoterRequest.listeners')
        read_f_listeners = UpdateRaftVoterRequest.Listener.read
        f_listeners = tuple([read_f_listeners(reader, version) for _ in range(count_f_listeners)])
        f_k_raft_version_feature = UpdateRaftVoterRequest.KRaftVersionFeature.read(reader, version)
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('UpdateRaftVoterRequest.tagged_fields')
        return _new_UpdateRaftVoterRequest(f_cluster_id, f_current_leader_epoch, f_voter_id, f_voter_directory_id, f_listeners, f_k_raft_version_feature, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'UpdateRaftVoterRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'UpdateRaftVoterRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> UpdateRaftVoterRequest:
        check_decode_version(version, 'UpdateRaftVoterRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('UpdateRaftVoterRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class UpdateRaftVoterResponse:
    """UpdateRaftVoterResponse, API key 82: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 82
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 0+
    current_leader: UpdateRaftVoterResponse.CurrentLeader = field(default_factory=lambda: _EMPTY_UpdateRaftVoterResponse__CurrentLeader)  # versions 0+; tag 0 in 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class CurrentLeader:
        """UpdateRaftVoterResponse.CurrentLeader: versions 0+."""

        leader_id: int = -1  # versions 0+
        leader_epoch: int = -1  # versions 0+
        host: str = ''  # versions 0+
        port: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.leader_id)
            writer.int32(self.leader_epoch)
            writer.compact_string(self.host)
            writer.int32(self.port)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> UpdateRaftVoterResponse.CurrentLeader:
            f_leader_id: int
            f_leader_epoch: int
            f_host: str
            f_port: int
            f_leader_id = reader.int32('UpdateRaftVoterResponse.CurrentLeader.leader_id')
            f_leader_epoch = reader.int32('UpdateRaftVoterResponse.CurrentLeader.leader_epoch')
            f_host = reader.compact_string('UpdateRaftVoterResponse.CurrentLeader.host')
            f_port = reader.int32('UpdateRaftVoterResponse.CurrentLeader.port')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('UpdateRaftVoterResponse.CurrentLeader.tagged_fields')
            return _new_UpdateRaftVoterResponse__CurrentLeader(f_leader_id, f_leader_epoch, f_host, f_port, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        known: list[tuple[int, bytes]] = []
        if self.current_leader != _EMPTY_UpdateRaftVoterResponse__CurrentLeader:
            tagged = Writer()
            self.current_leader.write(tagged, version)
            known.append((0, tagged.getvalue()))
        writer.tagged_fields(known, self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> UpdateRaftVoterResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_current_leader: UpdateRaftVoterResponse.CurrentLeader
        f_throttle_time_ms = reader.int32('UpdateRaftVoterResponse.throttle_time_ms')
        f_error_code = reader.int16('UpdateRaftVoterResponse.error_code')
        f_current_leader = _EMPTY_UpdateRaftVoterResponse__CurrentLeader
        unknown: tuple[tuple[int, bytes], ...]
        unknown_list: list[tuple[int, bytes]] = []
        for _ in range(reader.tagged_field_count('UpdateRaftVoterResponse.tagged_fields')):
            tag, end = reader.tagged_field_header('UpdateRaftVoterResponse.tagged_fields')
            if tag == 0:
                f_current_leader = UpdateRaftVoterResponse.CurrentLeader.read(reader, version)
                reader.expect_position(end, 'UpdateRaftVoterResponse.tagged_fields')
            else:
                unknown_list.append((tag, reader.raw(end - reader.position, 'UpdateRaftVoterResponse.tagged_fields')))
        unknown = tuple(unknown_list)
        return _new_UpdateRaftVoterResponse(f_throttle_time_ms, f_error_code, f_current_leader, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'UpdateRaftVoterResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'UpdateRaftVoterResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> UpdateRaftVoterResponse:
        check_decode_version(version, 'UpdateRaftVoterResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('UpdateRaftVoterResponse')
        return result


_EMPTY_UpdateRaftVoterRequest__KRaftVersionFeature: UpdateRaftVoterRequest.KRaftVersionFeature = UpdateRaftVoterRequest.KRaftVersionFeature()
_EMPTY_UpdateRaftVoterResponse__CurrentLeader: UpdateRaftVoterResponse.CurrentLeader = UpdateRaftVoterResponse.CurrentLeader()


_SET_UpdateRaftVoterRequest__Listener: tuple[Any, ...] = tuple(
    vars(UpdateRaftVoterRequest.Listener)[name].__set__ for name in ('name', 'host', 'port', 'unknown_tagged_fields', ))


def _new_UpdateRaftVoterRequest__Listener(name: str, host: str, port: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> UpdateRaftVoterRequest.Listener:
    instance_: UpdateRaftVoterRequest.Listener = object.__new__(UpdateRaftVoterRequest.Listener)
    set0_, set1_, set2_, set3_, = _SET_UpdateRaftVoterRequest__Listener
    set0_(instance_, name)
    set1_(instance_, host)
    set2_(instance_, port)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_UpdateRaftVoterRequest__KRaftVersionFeature: tuple[Any, ...] = tuple(
    vars(UpdateRaftVoterRequest.KRaftVersionFeature)[name].__set__ for name in ('min_supported_version', 'max_supported_version', 'unknown_tagged_fields', ))


def _new_UpdateRaftVoterRequest__KRaftVersionFeature(min_supported_version: int, max_supported_version: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> UpdateRaftVoterRequest.KRaftVersionFeature:
    instance_: UpdateRaftVoterRequest.KRaftVersionFeature = object.__new__(UpdateRaftVoterRequest.KRaftVersionFeature)
    set0_, set1_, set2_, = _SET_UpdateRaftVoterRequest__KRaftVersionFeature
    set0_(instance_, min_supported_version)
    set1_(instance_, max_supported_version)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_UpdateRaftVoterRequest: tuple[Any, ...] = tuple(
    vars(UpdateRaftVoterRequest)[name].__set__ for name in ('cluster_id', 'current_leader_epoch', 'voter_id', 'voter_directory_id', 'listeners', 'k_raft_version_feature', 'unknown_tagged_fields', ))


def _new_UpdateRaftVoterRequest(cluster_id: str | None, current_leader_epoch: int, voter_id: int, voter_directory_id: UUID, listeners: tuple[UpdateRaftVoterRequest.Listener, ...], k_raft_version_feature: UpdateRaftVoterRequest.KRaftVersionFeature, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> UpdateRaftVoterRequest:
    instance_: UpdateRaftVoterRequest = object.__new__(UpdateRaftVoterRequest)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, = _SET_UpdateRaftVoterRequest
    set0_(instance_, cluster_id)
    set1_(instance_, current_leader_epoch)
    set2_(instance_, voter_id)
    set3_(instance_, voter_directory_id)
    set4_(instance_, listeners)
    set5_(instance_, k_raft_version_feature)
    set6_(instance_, unknown_tagged_fields)
    return instance_


_SET_UpdateRaftVoterResponse__CurrentLeader: tuple[Any, ...] = tuple(
    vars(UpdateRaftVoterResponse.CurrentLeader)[name].__set__ for name in ('leader_id', 'leader_epoch', 'host', 'port', 'unknown_tagged_fields', ))


def _new_UpdateRaftVoterResponse__CurrentLeader(leader_id: int, leader_epoch: int, host: str, port: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> UpdateRaftVoterResponse.CurrentLeader:
    instance_: UpdateRaftVoterResponse.CurrentLeader = object.__new__(UpdateRaftVoterResponse.CurrentLeader)
    set0_, set1_, set2_, set3_, set4_, = _SET_UpdateRaftVoterResponse__CurrentLeader
    set0_(instance_, leader_id)
    set1_(instance_, leader_epoch)
    set2_(instance_, host)
    set3_(instance_, port)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_UpdateRaftVoterResponse: tuple[Any, ...] = tuple(
    vars(UpdateRaftVoterResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'current_leader', 'unknown_tagged_fields', ))


def _new_UpdateRaftVoterResponse(throttle_time_ms: int, error_code: int, current_leader: UpdateRaftVoterResponse.CurrentLeader, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> UpdateRaftVoterResponse:
    instance_: UpdateRaftVoterResponse = object.__new__(UpdateRaftVoterResponse)
    set0_, set1_, set2_, set3_, = _SET_UpdateRaftVoterResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, current_leader)
    set3_(instance_, unknown_tagged_fields)
    return instance_
