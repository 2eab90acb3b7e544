# generated from OffsetCommitKey.json, OffsetCommitValue.json; do not edit
# ruff: noqa: E501
"""OffsetCommit (record type 1): key and value."""

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

__all__ = ['OffsetCommitKey', 'OffsetCommitValue']

@dataclass(frozen=True, slots=True, kw_only=True)
class OffsetCommitKey:
    """OffsetCommitKey, API key 1: versions 0, flexible none."""

    API_KEY: ClassVar[int] = 1
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = None

    group: str = ''  # versions 0
    topic: str = ''  # versions 0
    partition: int = 0  # versions 0

    def write(self, writer: Writer, version: int) -> None:
        writer.string(self.group)
        writer.string(self.topic)
        writer.int32(self.partition)

    @classmethod
    def read(cls, reader: Reader, version: int) -> OffsetCommitKey:
        f_group: str
        f_topic: str
        f_partition: int
        f_group = reader.string('OffsetCommitKey.group')
        f_topic = reader.string('OffsetCommitKey.topic')
        f_partition = reader.int32('OffsetCommitKey.partition')
        return _new_OffsetCommitKey(f_group, f_topic, f_partition)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'OffsetCommitKey', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'OffsetCommitKey', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> OffsetCommitKey:
        check_decode_version(version, 'OffsetCommitKey', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('OffsetCommitKey')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class OffsetCommitValue:
    """OffsetCommitValue, API key 1: versions 0-4, flexible 4+."""

    API_KEY: ClassVar[int] = 1
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 4

    offset: int = 0  # versions 0+
    leader_epoch: int = -1  # versions 3+; ignorable
    metadata: str = ''  # versions 0+
    commit_timestamp: int = 0  # versions 0+
    expire_timestamp: int = -1  # versions 1; ignorable
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.int64(self.offset)
        if version <= 2:
            pass
        else:
            writer.int32(self.leader_epoch)
        if version <= 3:
            writer.string(self.metadata)
        else:
            writer.compact_string(self.metadata)
        writer.int64(self.commit_timestamp)
        if version <= 0:
            pass
        elif version <= 1:
            writer.int64(self.expire_timestamp)
        else:
            pass
        if version <= 3:
            if self.unknown_tagged_fields:
                raise EncodeError(f'OffsetCommitValue has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> OffsetCommitValue:
        f_offset: int
        f_leader_epoch: int
        f_metadata: str
        f_commit_timestamp: int
        f_expire_timestamp: int
        f_offset = reader.int64('OffsetCommitValue.offset')
        f_leader_epoch = -1 if version <= 2 else reader.int32('OffsetCommitValue.leader_epoch')
        f_metadata = reader.string('OffsetCommitValue.metadata') if version <= 3 else reader.compact_string('OffsetCommitValue.metadata')
        f_commit_timestamp = reader.int64('OffsetCommitValue.commit_timestamp')
        if version <= 0:
            f_expire_timestamp = -1
        elif version <= 1:
            f_expire_timestamp = reader.int64('OffsetCommitValue.expire_timestamp')
        else:
            f_expire_timestamp = -1
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 3 else reader.unknown_tagged_fields('OffsetCommitValue.tagged_fields')
        return _new_OffsetCommitValue(f_offset, f_leader_epoch, f_metadata, f_commit_timestamp, f_expire_timestamp, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'OffsetCommitValue', 0, 4).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'OffsetCommitValue', 0, 4).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> OffsetCommitValue:
        check_decode_version(version, 'OffsetCommitValue', 0, 4)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('OffsetCommitValue')
        return result


_SET_OffsetCommitKey: tuple[Any, ...] = tuple(
    vars(OffsetCommitKey)[name].__set__ for name in ('group', 'topic', 'partition', ))


def _new_OffsetCommitKey(group: str, topic: str, partition: int) -> OffsetCommitKey:
    instance_: OffsetCommitKey = object.__new__(OffsetCommitKey)
    set0_, set1_, set2_, = _SET_OffsetCommitKey
    set0_(instance_, group)
    set1_(instance_, topic)
    set2_(instance_, partition)
    return instance_


_SET_OffsetCommitValue: tuple[Any, ...] = tuple(
    vars(OffsetCommitValue)[name].__set__ for name in ('offset', 'leader_epoch', 'metadata', 'commit_timestamp', 'expire_timestamp', 'unknown_tagged_fields', ))


def _new_OffsetCommitValue(offset: int, leader_epoch: int, metadata: str, commit_timestamp: int, expire_timestamp: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> OffsetCommitValue:
    instance_: OffsetCommitValue = object.__new__(OffsetCommitValue)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_OffsetCommitValue
    set0_(instance_, offset)
    set1_(instance_, leader_epoch)
    set2_(instance_, metadata)
    set3_(instance_, commit_timestamp)
    set4_(instance_, expire_timestamp)
    set5_(instance_, unknown_tagged_fields)
    return instance_
