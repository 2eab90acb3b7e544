# generated from AlterClientQuotasRequest.json, AlterClientQuotasResponse.json; do not edit
"""AlterClientQuotas (API key 49): request and response."""

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

__all__ = ['AlterClientQuotasRequest', 'AlterClientQuotasResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class AlterClientQuotasRequest:
    """AlterClientQuotasRequest, API key 49: versions 0-1, flexible 1+."""

    API_KEY: ClassVar[int] = 49
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 1

    entries: tuple[AlterClientQuotasRequest.EntryData, ...] = ()  # versions 0+
    validate_only: bool = False  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class EntryData:
        """AlterClientQuotasRequest.EntryData: versions 0+."""

        entity: tuple[AlterClientQuotasRequest.EntityData, ...] = ()  # versions 0+
        ops: tuple[AlterClientQuotasRequest.OpData, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 0:
                items_entity = self.entity
                writer.array_length(items_entity)
                for each_entity in items_entity:
                    each_entity.write(writer, version)
            else:
                items_entity = self.entity
                writer.compact_array_length(items_entity)
                for each_entity in items_entity:
                    each_entity.write(writer, version)
            if version <= 0:
                items_ops = self.ops
                writer.array_length(items_ops)
                for each_ops in items_ops:
                    each_ops.write(writer, version)
            else:
                items_ops = self.ops
                writer.compact_array_length(items_ops)
                for each_ops in items_ops:
                    each_ops.write(writer, version)
            if version <= 0:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'AlterClientQuotasRequest.EntryData has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AlterClientQuotasRequest.EntryData:
            f_entity: tuple[AlterClientQuotasRequest.EntityData, ...]
            f_ops: tuple[AlterClientQuotasRequest.OpData, ...]
            if version <= 0:
                count_f_entity = reader.array_length('AlterClientQuotasRequest.EntryData.entity')
                read_f_entity = AlterClientQuotasRequest.EntityData.read
                f_entity = tuple([read_f_entity(reader, version) for _ in range(count_f_entity)])
            else:
                count_f_entity = reader.compact_array_length('AlterClientQuotasRequest.EntryData.entity')
                read_f_entity = AlterClientQuotasRequest.EntityData.read
                f_entity = tuple([read_f_entity(reader, version) for _ in range(count_f_entity)])
            if version <= 0:
                count_f_ops = reader.array_length('AlterClientQuotasRequest.EntryData.ops')
                read_f_ops = AlterClientQuotasRequest.OpData.read
                f_ops = tuple([read_f_ops(reader, version) for _ in range(count_f_ops)])
            else:
                count_f_ops = reader.compact_array_length('AlterClientQuotasRequest.EntryData.ops')
                read_f_ops = AlterClientQuotasRequest.OpData.read
                f_ops = tuple([read_f_ops(reader, version) for _ in range(count_f_ops)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('AlterClientQuotasRequest.EntryData.tagged_fields')
            return _new_AlterClientQuotasRequest__EntryData(f_entity, f_ops, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class EntityData:
        """AlterClientQuotasRequest.EntityData: versions 0+."""

        entity_type: str = ''  # versions 0+
        entity_name: str | None = ''  # versions 0+; nullable 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 0:
                writer.string(self.entity_type)
            else:
                writer.compact_string(self.entity_type)
            if version <= 0:
                writer.nullable_string(self.entity_name)
            else:
                writer.compact_nullable_string(self.entity_name)
            if version <= 0:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'AlterClientQuotasRequest.EntityData has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AlterClientQuotasRequest.EntityData:
            f_entity_type: str
            f_entity_name: str | None
            f_entity_type = reader.string('AlterClientQuotasRequest.EntityData.entity_type') if version <= 0 else reader.compact_string('AlterClientQuotasRequest.EntityData.entity_type')
            f_entity_name = reader.nullable_string('AlterClientQuotasRequest.EntityData.entity_name') if version <= 0 else reader.compact_nullable_string('AlterClientQuotasRequest.EntityData.entity_name')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('AlterClientQuotasRequest.EntityData.tagged_fields')
            return _new_AlterClientQuotasRequest__EntityData(f_entity_type, f_entity_name, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class OpData:
        """AlterClientQuotasRequest.OpData: versions 0+."""

        key: str = ''  # versions 0+
        value: float = 0.0  # versions 0+
        remove: bool = False  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 0:
                writer.string(self.key)
            else:
                writer.compact_string(self.key)
            writer.float64(self.value)
            writer.boolean(self.remove)
            if version <= 0:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'AlterClientQuotasRequest.OpData has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AlterClientQuotasRequest.OpData:
            f_key: str
            f_value: float
            f_remove: bool
            f_key = reader.string('AlterClientQuotasRequest.OpData.key') if version <= 0 else reader.compact_string('AlterClientQuotasRequest.OpData.key')
            f_value = reader.float64('AlterClientQuotasRequest.OpData.value')
            f_remove = reader.boolean('AlterClientQuotasRequest.OpData.remove')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('AlterClientQuotasRequest.OpData.tagged_fields')
            return _new_AlterClientQuotasRequest__OpData(f_key, f_value, f_remove, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 0:
            items_entries = self.entries
            writer.array_length(items_entries)
            for each_entries in items_entries:
                each_entries.write(writer, version)
        else:
            items_entries = self.entries
            writer.compact_array_length(items_entries)
            for each_entries in items_entries:
                each_entries.write(writer, version)
        writer.boolean(self.validate_only)
        if version <= 0:
            if self.unknown_tagged_fields:
                raise EncodeError(f'AlterClientQuotasRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> AlterClientQuotasRequest:
        f_entries: tuple[AlterClientQuotasRequest.EntryData, ...]
        f_validate_only: bool
        if version <= 0:
            count_f_entries = reader.array_length('AlterClientQuotasRequest.entries')
            read_f_entries = AlterClientQuotasRequest.EntryData.read
            f_entries = tuple([read_f_entries(reader, version) for _ in range(count_f_entries)])
        else:
            count_f_entries = reader.compact_array_length('AlterClientQuotasRequest.entries')
            read_f_entries = AlterClientQuotasRequest.EntryData.read
            f_entries = tuple([read_f_entries(reader, version) for _ in range(count_f_entries)])
        f_validate_only = reader.boolean('AlterClientQuotasRequest.validate_only')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 0 else reader.unknown_tagged_fields('AlterClientQuotasRequest.tagged_fields')
        return _new_AlterClientQuotasRequest(f_entries, f_validate_only, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AlterClientQuotasRequest', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AlterClientQuotasRequest', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> AlterClientQuotasRequest:
        check_decode_version(version, 'AlterClientQuotasRequest', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('AlterClientQuotasRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class AlterClientQuotasResponse:
    """AlterClientQuotasResponse, API key 49: versions 0-1, flexible 1+."""

    API_KEY: ClassVar[int] = 49
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 1

    throttle_time_ms: int = 0  # versions 0+
    entries: tuple[AlterClientQuotasResponse.EntryData, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class EntryData:
        """AlterClientQuotasResponse.EntryData: versions 0+."""

        error_code: int = 0  # versions 0+
        error_message: str | None = ''  # versions 0+; nullable 0+
        entity: tuple[AlterClientQuotasResponse.EntityData, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int16(self.error_code)
            if version <= 0:
                writer.nullable_string(self.error_message)
            else:
                writer.compact_nullable_string(self.error_message)
            if version <= 0:
                items_entity = self.entity
                writer.array_length(items_entity)
                for each_entity in items_entity:
                    each_entity.write(writer, version)
            else:
                items_entity = self.entity
                writer.compact_array_length(items_entity)
                for each_entity in items_entity:
                    each_entity.write(writer, version)
            if version <= 0:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'AlterClientQuotasResponse.EntryData has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AlterClientQuotasResponse.EntryData:
            f_error_code: int
            f_error_message: str | None
            f_entity: tuple[AlterClientQuotasResponse.EntityData, ...]
            f_error_code = reader.int16('AlterClientQuotasResponse.EntryData.error_code')
            f_error_message = reader.nullable_string('AlterClientQuotasResponse.EntryData.error_message') if version <= 0 else reader.compact_nullable_string('AlterClientQuotasResponse.EntryData.error_message')
            if version <= 0:
                count_f_entity = reader.array_length('AlterClientQuotasResponse.EntryData.entity')
                read_f_entity = AlterClientQuotasResponse.EntityData.read
                f_entity = tuple([read_f_entity(reader, version) for _ in range(count_f_entity)])
            else:
                count_f_entity = reader.compact_array_length('AlterClientQuotasResponse.EntryData.entity')
                read_f_entity = AlterClientQuotasResponse.EntityData.read
                f_entity = tuple([read_f_entity(reader, version) for _ in range(count_f_entity)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('AlterClientQuotasResponse.EntryData.tagged_fields')
            return _new_AlterClientQuotasResponse__EntryData(f_error_code, f_error_message, f_entity, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class EntityData:
        """AlterClientQuotasResponse.EntityData: versions 0+."""

        entity_type: str = ''  # versions 0+
        entity_name: str | None = ''  # versions 0+; nullable 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 0:
                writer.string(self.entity_type)
            else:
                writer.compact_string(self.entity_type)
            if version <= 0:
                writer.nullable_string(self.entity_name)
            else:
                writer.compact_nullable_string(self.entity_name)
            if version <= 0:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'AlterClientQuotasResponse.EntityData has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AlterClientQuotasResponse.EntityData:
            f_entity_type: str
            f_entity_name: str | None
            f_entity_type = reader.string('AlterClientQuotasResponse.EntityData.entity_type') if version <= 0 else reader.compact_string('AlterClientQuotasResponse.EntityData.entity_type')
            f_entity_name = reader.nullable_string('AlterClientQuotasResponse.EntityData.entity_name') if version <= 0 else reader.compact_nullable_string('AlterClientQuotasResponse.EntityData.entity_name')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('AlterClientQuotasResponse.EntityData.tagged_fields')
            return _new_AlterClientQuotasResponse__EntityData(f_entity_type, f_entity_name, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        if version <= 0:
            items_entries = self.entries
            writer.array_length(items_entries)
            for each_entries in items_entries:
                each_entries.write(writer, version)
        else:
            items_entries = self.entries
            writer.compact_array_length(items_entries)
            for each_entries in items_entries:
                each_entries.write(writer, version)
        if version <= 0:
            if self.unknown_tagged_fields:
                raise EncodeError(f'AlterClientQuotasResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> AlterClientQuotasResponse:
        f_throttle_time_ms: int
        f_entries: tuple[AlterClientQuotasResponse.EntryData, ...]
        f_throttle_time_ms = reader.int32('AlterClientQuotasResponse.throttle_time_ms')
        if version <= 0:
            count_f_entries = reader.array_length('AlterClientQuotasResponse.entries')
            read_f_entries = AlterClientQuotasResponse.EntryData.read
            f_entries = tuple([read_f_entries(reader, version) for _ in range(count_f_entries)])
        else:
            count_f_entries = reader.compact_array_length('AlterClientQuotasResponse.entries')
            read_f_entries = AlterClientQuotasResponse.EntryData.read
            f_entries = tuple([read_f_entries(reader, version) for _ in range(count_f_entries)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 0 else reader.unknown_tagged_fields('AlterClientQuotasResponse.tagged_fields')
        return _new_AlterClientQuotasResponse(f_throttle_time_ms, f_entries, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AlterClientQuotasResponse', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AlterClientQuotasResponse', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> AlterClientQuotasResponse:
        check_decode_version(version, 'AlterClientQuotasResponse', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('AlterClientQuotasResponse')
        return result


_SET_AlterClientQuotasRequest__EntryData: tuple[Any, ...] = tuple(
    vars(AlterClientQuotasRequest.EntryData)[name].__set__ for name in ('entity', 'ops', 'unknown_tagged_fields', ))


def _new_AlterClientQuotasRequest__EntryData(entity: tuple[AlterClientQuotasRequest.EntityData, ...], ops: tuple[AlterClientQuotasRequest.OpData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterClientQuotasRequest.EntryData:
    instance_: AlterClientQuotasRequest.EntryData = object.__new__(AlterClientQuotasRequest.EntryData)
    set0_, set1_, set2_, = _SET_AlterClientQuotasRequest__EntryData
    set0_(instance_, entity)
    set1_(instance_, ops)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterClientQuotasRequest__EntityData: tuple[Any, ...] = tuple(
    vars(AlterClientQuotasRequest.EntityData)[name].__set__ for name in ('entity_type', 'entity_name', 'unknown_tagged_fields', ))


def _new_AlterClientQuotasRequest__EntityData(entity_type: str, entity_name: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterClientQuotasRequest.EntityData:
    instance_: AlterClientQuotasRequest.EntityData = object.__new__(AlterClientQuotasRequest.EntityData)
    set0_, set1_, set2_, = _SET_AlterClientQuotasRequest__EntityData
    set0_(instance_, entity_type)
    set1_(instance_, entity_name)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterClientQuotasRequest__OpData: tuple[Any, ...] = tuple(
    vars(AlterClientQuotasRequest.OpData)[name].__set__ for name in ('key', 'value', 'remove', 'unknown_tagged_fields', ))


def _new_AlterClientQuotasRequest__OpData(key: str, value: float, remove: bool, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterClientQuotasRequest.OpData:
    instance_: AlterClientQuotasRequest.OpData = object.__new__(AlterClientQuotasRequest.OpData)
    set0_, set1_, set2_, set3_, = _SET_AlterClientQuotasRequest__OpData
    set0_(instance_, key)
    set1_(instance_, value)
    set2_(instance_, remove)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterClientQuotasRequest: tuple[Any, ...] = tuple(
    vars(AlterClientQuotasRequest)[name].__set__ for name in ('entries', 'validate_only', 'unknown_tagged_fields', ))


def _new_AlterClientQuotasRequest(entries: tuple[AlterClientQuotasRequest.EntryData, ...], validate_only: bool, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterClientQuotasRequest:
    instance_: AlterClientQuotasRequest = object.__new__(AlterClientQuotasRequest)
    set0_, set1_, set2_, = _SET_AlterClientQuotasRequest
    set0_(instance_, entries)
    set1_(instance_, validate_only)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterClientQuotasResponse__EntryData: tuple[Any, ...] = tuple(
    vars(AlterClientQuotasResponse.EntryData)[name].__set__ for name in ('error_code', 'error_message', 'entity', 'unknown_tagged_fields', ))


def _new_AlterClientQuotasResponse__EntryData(error_code: int, error_message: str | None, entity: tuple[AlterClientQuotasResponse.EntityData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterClientQuotasResponse.EntryData:
    instance_: AlterClientQuotasResponse.EntryData = object.__new__(AlterClientQuotasResponse.EntryData)
    set0_, set1_, set2_, set3_, = _SET_AlterClientQuotasResponse__EntryData
    set0_(instance_, error_code)
    set1_(instance_, error_message)
    set2_(instance_, entity)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterClientQuotasResponse__EntityData: tuple[Any, ...] = tuple(
    vars(AlterClientQuotasResponse.EntityData)[name].__set__ for name in ('entity_type', 'entity_name', 'unknown_tagged_fields', ))


def _new_AlterClientQuotasResponse__EntityData(entity_type: str, entity_name: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterClientQuotasResponse.EntityData:
    instance_: AlterClientQuotasResponse.EntityData = object.__new__(AlterClientQuotasResponse.EntityData)
    set0_, set1_, set2_, = _SET_AlterClientQuotasResponse__EntityData
    set0_(instance_, entity_type)
    set1_(instance_, entity_name)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterClientQuotasResponse: tuple[Any, ...] = tuple(
    vars(AlterClientQuotasResponse)[name].__set__ for name in ('throttle_time_ms', 'entries', 'unknown_tagged_fields', ))


def _new_AlterClientQuotasResponse(throttle_time_ms: int, entries: tuple[AlterClientQuotasResponse.EntryData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterClientQuotasResponse:
    instance_: AlterClientQuotasResponse = object.__new__(AlterClientQuotasResponse)
    set0_, set1_, set2_, = _SET_AlterClientQuotasResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, entries)
    set2_(instance_, unknown_tagged_fields)
    return instance_
