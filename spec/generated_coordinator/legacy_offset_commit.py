# generated from LegacyOffsetCommitKey.json, LegacyOffsetCommitValue.json; do not edit
# ruff: noqa: E501
"""LegacyOffsetCommit (record type 0): key and value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

__all__ = ['LegacyOffsetCommitKey', 'LegacyOffsetCommitValue']

@dataclass(frozen=True, slots=True, kw_only=True)
class LegacyOffsetCommitKey:
    """LegacyOffsetCommitKey, API key 0: versions 0, flexible none."""

    API_KEY: ClassVar[int] = 0
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
    def read(cls, reader: Reader, version: int) -> LegacyOffsetCommitKey:
        f_group: str
        f_topic: str
        f_partition: int
        f_group = reader.string('LegacyOffsetCommitKey.group')
        f_topic = reader.string('LegacyOffsetCommitKey.topic')
        f_partition = reader.int32('LegacyOffsetCommitKey.partition')
        return _new_LegacyOffsetCommitKey(f_group, f_topic, f_partition)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'LegacyOffsetCommitKey', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'LegacyOffsetCommitKey', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> LegacyOffsetCommitKey:
        check_decode_version(version, 'LegacyOffsetCommitKey', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('LegacyOffsetCommitKey')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class LegacyOffsetCommitValue:
    """LegacyOffsetCommitValue, API key 0: versions 0, flexible none."""

    API_KEY: ClassVar[int] = 0
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = None

    offset: int = 0  # versions 0
    metadata: str = ''  # versions 0
    commit_timestamp: int = 0  # versions 0

    def write(self, writer: Writer, version: int) -> None:
        writer.int64(self.offset)
        writer.string(self.metadata)
        writer.int64(self.commit_timestamp)

    @classmethod
    def read(cls, reader: Reader, version: int) -> LegacyOffsetCommitValue:
        f_offset: int
        f_metadata: str
        f_commit_timestamp: int
        f_offset = reader.int64('LegacyOffsetCommitValue.offset')
        f_metadata = reader.string('LegacyOffsetCommitValue.metadata')
        f_commit_timestamp = reader.int64('LegacyOffsetCommitValue.commit_timestamp')
        return _new_LegacyOffsetCommitValue(f_offset, f_metadata, f_commit_timestamp)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'LegacyOffsetCommitValue', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'LegacyOffsetCommitValue', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> LegacyOffsetCommitValue:
        check_decode_version(version, 'LegacyOffsetCommitValue', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('LegacyOffsetCommitValue')
        return result


_SET_LegacyOffsetCommitKey: tuple[Any, ...] = tuple(
    vars(LegacyOffsetCommitKey)[name].__set__ for name in ('group', 'topic', 'partition', ))


def _new_LegacyOffsetCommitKey(group: str, topic: str, partition: int) -> LegacyOffsetCommitKey:
    instance_: LegacyOffsetCommitKey = object.__new__(LegacyOffsetCommitKey)
    set0_, set1_, set2_, = _SET_LegacyOffsetCommitKey
    set0_(instance_, group)
    set1_(instance_, topic)
    set2_(instance_, partition)
    return instance_


_SET_LegacyOffsetCommitValue: tuple[Any, ...] = tuple(
    vars(LegacyOffsetCommitValue)[name].__set__ for name in ('offset', 'metadata', 'commit_timestamp', ))


def _new_LegacyOffsetCommitValue(offset: int, metadata: str, commit_timestamp: int) -> LegacyOffsetCommitValue:
    instance_: LegacyOffsetCommitValue = object.__new__(LegacyOffsetCommitValue)
    set0_, set1_, set2_, = _SET_LegacyOffsetCommitValue
    set0_(instance_, offset)
    set1_(instance_, metadata)
    set2_(instance_, commit_timestamp)
    return instance_
