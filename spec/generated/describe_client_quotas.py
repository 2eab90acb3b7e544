# generated from DescribeClientQuotasRequest.json, DescribeClientQuotasResponse.json; do not edit
"""DescribeClientQuotas (API key 48): request and response."""

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

__all__ = ['DescribeClientQuotasRequest', 'DescribeClientQuotasResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class DescribeClientQuotasRequest:
    """DescribeClientQuotasRequest, API key 48: versions 0-1, flexible 1+."""

    API_KEY: ClassVar[int] = 48
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 1

    components: tuple[DescribeClientQuotasRequest.ComponentData, ...] = ()  # versions 0+
    strict: bool = False  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ComponentData:
        """DescribeClientQuotasRequest.ComponentData: versions 0+."""

        entity_type: str = ''  # versions 0+
        match_type: int = 0  # versions 0+
        match: str | None = ''  # versions 0+; nullable 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 0:
                writer.string(self.entity_type)
            else:
                writer.compact_string(self.entity_type)
            writer.int8(self.match_type)
            if version <= 0:
                writer.nullable_string(self.match)
            else:
                writer.compact_nullable_string(self.match)
            if version <= 0:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'DescribeClientQuotasRequest.ComponentData has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeClientQuotasRequest.ComponentData:
            f_entity_type: str
            f_match_type: int
            f_match: str | None
            f_entity_type = reader.string('DescribeClientQuotasRequest.ComponentData.entity_type') if version <= 0 else reader.compact_string('DescribeClientQuotasRequest.ComponentData.entity_type')
            f_match_type = reader.int8('DescribeClientQuotasRequest.ComponentData.match_type')
            f_match = reader.nullable_string('DescribeClientQuotasRequest.ComponentData.match') if version <= 0 else reader.compact_nullable_string('DescribeClientQuotasRequest.ComponentData.match')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('DescribeClientQuotasRequest.ComponentData.tagged_fields')
            return _new_DescribeClientQuotasRequest__ComponentData(f_entity_type, f_match_type, f_match, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 0:
            items_components = self.components
            writer.array_length(items_components)
            for each_components in items_components:
                each_components.write(writer, version)
        else:
            items_components = self.components
            writer.compact_array_length(items_components)
            for each_components in items_components:
                each_components.write(writer, version)
        writer.boolean(self.strict)
        if version <= 0:
            if self.unknown_tagged_fields:
                raise EncodeError(f'DescribeClientQuotasRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DescribeClientQuotasRequest:
        f_components: tuple[DescribeClientQuotasRequest.ComponentData, ...]
        f_strict: bool
        if version <= 0:
            count_f_components = reader.array_length('DescribeClientQuotasRequest.components')
            read_f_components = DescribeClientQuotasRequest.ComponentData.read
            f_components = tuple([read_f_components(reader, version) for _ in range(count_f_components)])
        else:
            count_f_components = reader.compact_array_length('DescribeClientQuotasRequest.components')
            read_f_components = DescribeClientQuotasRequest.ComponentData.read
            f_components = tuple([read_f_components(reader, version) for _ in range(count_f_components)])
        f_strict = reader.boolean('DescribeClientQuotasRequest.strict')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 0 else reader.unknown_tagged_fields('DescribeClientQuotasRequest.tagged_fields')
        return _new_DescribeClientQuotasRequest(f_components, f_strict, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DescribeClientQuotasRequest', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DescribeClientQuotasRequest', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DescribeClientQuotasRequest:
        check_decode_version(version, 'DescribeClientQuotasRequest', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DescribeClientQuotasRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class DescribeClientQuotasResponse:
    """DescribeClientQuotasResponse, API key 48: versions 0-1, flexible 1+."""

    API_KEY: ClassVar[int] = 48
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 1

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 0+
    error_message: str | None = ''  # versions 0+; nullable 0+
    entries: tuple[DescribeClientQuotasResponse.EntryData, ...] | None = ()  # versions 0+; nullable 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class EntryData:
        """DescribeClientQuotasResponse.EntryData: versions 0+."""

        entity: tuple[DescribeClientQuotasResponse.EntityData, ...] = ()  # versions 0+
        values: tuple[DescribeClientQuotasResponse.ValueData, ...] = ()  # versions 0+
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
                items_values = self.values
                writer.array_length(items_values)
                for each_values in items_values:
                    each_values.write(writer, version)
            else:
                items_values = self.values
                writer.compact_array_length(items_values)
                for each_values in items_values:
                    each_values.write(writer, version)
            if version <= 0:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'DescribeClientQuotasResponse.EntryData has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeClientQuotasResponse.EntryData:
            f_entity: tuple[DescribeClientQuotasResponse.EntityData, ...]
            f_values: tuple[DescribeClientQuotasResponse.ValueData, ...]
            if version <= 0:
                count_f_entity = reader.array_length('DescribeClientQuotasResponse.EntryData.entity')
                read_f_entity = DescribeClientQuotasResponse.EntityData.read
                f_entity = tuple([read_f_entity(reader, version) for _ in range(count_f_entity)])
            else:
                count_f_entity = reader.compact_array_length('DescribeClientQuotasResponse.EntryData.entity')
                read_f_entity = DescribeClientQuotasResponse.EntityData.read
                f_entity = tuple([read_f_entity(reader, version) for _ in range(count_f_entity)])
            if version <= 0:
                count_f_values = reader.array_length('DescribeClientQuotasResponse.EntryData.values')
                read_f_values = DescribeClientQuotasResponse.ValueData.read
                f_values = tuple([read_f_values(reader, version) for _ in range(count_f_values)])
            else:
                count_f_values = reader.compact_array_length('DescribeClientQuotasResponse.EntryData.values')
                read_f_values = DescribeClientQuotasResponse.ValueData.read
                f_values = tuple([read_f_values(reader, version) for _ in range(count_f_values)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('DescribeClientQuotasResponse.EntryData.tagged_fields')
            return _new_DescribeClientQuotasResponse__EntryData(f_entity, f_values, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class EntityData:
        """DescribeClientQuotasResponse.EntityData: versions 0+."""

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
                    raise EncodeError(f'DescribeClientQuotasResponse.EntityData has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeClientQuotasResponse.EntityData:
            f_entity_type: str
            f_entity_name: str | None
            f_entity_type = reader.string('DescribeClientQuotasResponse.EntityData.entity_type') if version <= 0 else reader.compact_string('DescribeClientQuotasResponse.EntityData.entity_type')
            f_entity_name = reader.nullable_string('DescribeClientQuotasResponse.EntityData.entity_name') if version <= 0 else reader.compact_nullable_string('DescribeClientQuotasResponse.EntityData.entity_name')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('DescribeClientQuotasResponse.EntityData.tagged_fields')
            return _new_DescribeClientQuotasResponse__EntityData(f_entity_type, f_entity_name, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ValueData:
        """DescribeClientQuotasResponse.ValueData: versions 0+."""

        key: str = ''  # versions 0+
        value: float = 0.0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 0:
                writer.string(self.key)
            else:
                writer.compact_string(self.key)
            writer.float64(self.value)
            if version <= 0:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'DescribeClientQuotasResponse.ValueData has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeClientQuotasResponse.ValueData:
            f_key: str
            f_value: float
            f_key = reader.string('DescribeClientQuotasResponse.ValueData.key') if version <= 0 else reader.compact_string('DescribeClientQuotasResponse.ValueData.key')
            f_value = reader.float64('DescribeClientQuotasResponse.ValueData.value')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('DescribeClientQuotasResponse.ValueData.tagged_fields')
            return _new_DescribeClientQuotasResponse__ValueData(f_key, f_value, unknown)

    def write(self, writer: Writer, version: int) -> None:
        items_entries: tuple[DescribeClientQuotasResponse.EntryData, ...] | None
        writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        if version <= 0:
            writer.nullable_string(self.error_message)
        else:
            writer.compact_nullable_string(self.error_message)
        if version <= 0:
            items_entries = self.entries
            writer.array_length(items_entries)
            if items_entries is not None:
                for each_entries in items_entries:
                    each_entries.write(writer, version)
        else:
            items_entries = self.entries
            writer.compact_array_length(items_entries)
            if items_entries is not None:
                for each_entries in items_entries:
                    each_entries.write(writer, version)
        if version <= 0:
            if self.unknown_tagged_fields:
                raise EncodeError(f'DescribeClientQuotasResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DescribeClientQuotasResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_error_message: str | None
        f_entries: tuple[DescribeClientQuotasResponse.EntryData, ...] | None
        f_throttle_time_ms = reader.int32('DescribeClientQuotasResponse.throttle_time_ms')
        f_error_code = reader.int16('DescribeClientQuotasResponse.error_code')
        f_error_message = reader.nullable_string('DescribeClientQuotasResponse.error_message') if version <= 0 else reader.compact_nullable_string('DescribeClientQuotasResponse.error_message')
        if version <= 0:
            count_f_entries = reader.nullable_array_length('DescribeClientQuotasResponse.entries')
            read_f_entries = DescribeClientQuotasResponse.EntryData.read
            f_entries = None if count_f_entries < 0 else tuple([read_f_entries(reader, version) for _ in range(count_f_entries)])
        else:
            count_f_entries = reader.compact_nullable_array_length('DescribeClientQuotasResponse.entries')
            read_f_entries = DescribeClientQuotasResponse.EntryData.read
            f_entries = None if count_f_entries < 0 else tuple([read_f_entries(reader, version) for _ in range(count_f_entries)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 0 else reader.unknown_tagged_fields('DescribeClientQuotasResponse.tagged_fields')
        return _new_DescribeClientQuotasResponse(f_throttle_time_ms, f_error_code, f_error_message, f_entries, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DescribeClientQuotasResponse', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DescribeClientQuotasResponse', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DescribeClientQuotasResponse:
        check_decode_version(version, 'DescribeClientQuotasResponse', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DescribeClientQuotasResponse')
        return result


_SET_DescribeClientQuotasRequest__ComponentData: tuple[Any, ...] = tuple(
    vars(DescribeClientQuotasRequest.ComponentData)[name].__set__ for name in ('entity_type', 'match_type', 'match', 'unknown_tagged_fields', ))


def _new_DescribeClientQuotasRequest__ComponentData(entity_type: str, match_type: int, match: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeClientQuotasRequest.ComponentData:
    instance_: DescribeClientQuotasRequest.ComponentData = object.__new__(DescribeClientQuotasRequest.ComponentData)
    set0_, set1_, set2_, set3_, = _SET_DescribeClientQuotasRequest__ComponentData
    set0_(instance_, entity_type)
    set1_(instance_, match_type)
    set2_(instance_, match)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeClientQuotasRequest: tuple[Any, ...] = tuple(
    vars(DescribeClientQuotasRequest)[name].__set__ for name in ('components', 'strict', 'unknown_tagged_fields', ))


def _new_DescribeClientQuotasRequest(components: tuple[DescribeClientQuotasRequest.ComponentData, ...], strict: bool, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeClientQuotasRequest:
    instance_: DescribeClientQuotasRequest = object.__new__(DescribeClientQuotasRequest)
    set0_, set1_, set2_, = _SET_DescribeClientQuotasRequest
    set0_(instance_, components)
    set1_(instance_, strict)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeClientQuotasResponse__EntryData: tuple[Any, ...] = tuple(
    vars(DescribeClientQuotasResponse.EntryData)[name].__set__ for name in ('entity', 'values', 'unknown_tagged_fields', ))


def _new_DescribeClientQuotasResponse__EntryData(entity: tuple[DescribeClientQuotasResponse.EntityData, ...], values: tuple[DescribeClientQuotasResponse.ValueData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeClientQuotasResponse.EntryData:
    instance_: DescribeClientQuotasResponse.EntryData = object.__new__(DescribeClientQuotasResponse.EntryData)
    set0_, set1_, set2_, = _SET_DescribeClientQuotasResponse__EntryData
    set0_(instance_, entity)
    set1_(instance_, values)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeClientQuotasResponse__EntityData: tuple[Any, ...] = tuple(
    vars(DescribeClientQuotasResponse.EntityData)[name].__set__ for name in ('entity_type', 'entity_name', 'unknown_tagged_fields', ))


def _new_DescribeClientQuotasResponse__EntityData(entity_type: str, entity_name: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeClientQuotasResponse.EntityData:
    instance_: DescribeClientQuotasResponse.EntityData = object.__new__(DescribeClientQuotasResponse.EntityData)
    set0_, set1_, set2_, = _SET_DescribeClientQuotasResponse__EntityData
    set0_(instance_, entity_type)
    set1_(instance_, entity_name)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeClientQuotasResponse__ValueData: tuple[Any, ...] = tuple(
    vars(DescribeClientQuotasResponse.ValueData)[name].__set__ for name in ('key', 'value', 'unknown_tagged_fields', ))


def _new_DescribeClientQuotasResponse__ValueData(key: str, value: float, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeClientQuotasResponse.ValueData:
    instance_: DescribeClientQuotasResponse.ValueData = object.__new__(DescribeClientQuotasResponse.ValueData)
    set0_, set1_, set2_, = _SET_DescribeClientQuotasResponse__ValueData
    set0_(instance_, key)
    set1_(instance_, value)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeClientQuotasResponse: tuple[Any, ...] = tuple(
    vars(DescribeClientQuotasResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'error_message', 'entries', 'unknown_tagged_fields', ))


def _new_DescribeClientQuotasResponse(throttle_time_ms: int, error_code: int, error_message: str | None, entries: tuple[DescribeClientQuotasResponse.EntryData, ...] | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeClientQuotasResponse:
    instance_: DescribeClientQuotasResponse = object.__new__(DescribeClientQuotasResponse)
    set0_, set1_, set2_, set3_, set4_, = _SET_DescribeClientQuotasResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, entries)
    set4_(instance_, unknown_tagged_fields)
    return instance_
