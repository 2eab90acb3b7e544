# generated from DescribeConfigsRequest.json, DescribeConfigsResponse.json; do not edit
"""DescribeConfigs (API key 32): request and response."""

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

__all__ = ['DescribeConfigsRequest', 'DescribeConfigsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class DescribeConfigsRequest:
    """DescribeConfigsRequest, API key 32: versions 0-4, flexible 4+."""

    API_KEY: ClassVar[int] = 32
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 4

    resources: tuple[DescribeConfigsRequest.DescribeConfigsResource, ...] = ()  # versions 0+
    include_synonyms: bool = False  # versions 1+
    include_documentation: bool = False  # versions 3+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DescribeConfigsResource:
        """DescribeConfigsRequest.DescribeConfigsResource: versions 0+."""

        resource_type: int = 0  # versions 0+
        resource_name: str = ''  # versions 0+
        configuration_keys: tuple[str, ...] | None = ()  # versions 0+; nullable 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            items_configuration_keys: tuple[str, ...] | None
            writer.int8(self.resource_type)
            if version <= 3:
                writer.string(self.resource_name)
            else:
                writer.compact_string(self.resource_name)
            if version <= 3:
                items_configuration_keys = self.configuration_keys
                writer.array_length(items_configuration_keys)
                if items_configuration_keys is not None:
                    for each_configuration_keys in items_configuration_keys:
                        writer.string(each_configuration_keys)
            else:
                items_configuration_keys = self.configuration_keys
                writer.compact_array_length(items_configuration_keys)
                if items_configuration_keys is not None:
                    for each_configuration_keys in items_configuration_keys:
                        writer.compact_string(each_configuration_keys)
            if version <= 3:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'DescribeConfigsRequest.DescribeConfigsResource has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeConfigsRequest.DescribeConfigsResource:
            f_resource_type: int
            f_resource_name: str
            f_configuration_keys: tuple[str, ...] | None
            f_resource_type = reader.int8('DescribeConfigsRequest.DescribeConfigsResource.resource_type')
            f_resource_name = reader.string('DescribeConfigsRequest.DescribeConfigsResource.resource_name') if version <= 3 else reader.compact_string('DescribeConfigsRequest.DescribeConfigsResource.resource_name')
            if version <= 3:
                count_f_configuration_keys = reader.nullable_array_length('DescribeConfigsRequest.DescribeConfigsResource.configuration_keys')
                f_configuration_keys = None if count_f_configuration_keys < 0 else tuple([reader.string('DescribeConfigsRequest.DescribeConfigsResource.configuration_keys') for _ in range(count_f_configuration_keys)])
            else:
                count_f_configuration_keys = reader.compact_nullable_array_length('DescribeConfigsRequest.DescribeConfigsResource.configuration_keys')
                f_configuration_keys = None if count_f_configuration_keys < 0 else tuple([reader.compact_string('DescribeConfigsRequest.DescribeConfigsResource.configuration_keys') for _ in range(count_f_configuration_keys)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 3 else reader.unknown_tagged_fields('DescribeConfigsRequest.DescribeConfigsResource.tagged_fields')
            return _new_DescribeConfigsRequest__DescribeConfigsResource(f_resource_type, f_resource_name, f_configuration_keys, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 3:
            items_resources = self.resources
            writer.array_length(items_resources)
            for each_resources in items_resources:
                each_resources.write(writer, version)
        else:
            items_resources = self.resources
            writer.compact_array_length(items_resources)
            for each_resources in items_resources:
                each_resources.write(writer, version)
        if version <= 0:
            if self.include_synonyms:
                raise EncodeError(f'DescribeConfigsRequest.include_synonyms is set, but version {version} lacks it')
        else:
            writer.boolean(self.include_synonyms)
        if version <= 2:
            if self.include_documentation:
                raise EncodeError(f'DescribeConfigsRequest.include_documentation is set, but version {version} lacks it')
        else:
            writer.boolean(self.include_documentation)
        if version <= 3:
            if self.unknown_tagged_fields:
                raise EncodeError(f'DescribeConfigsRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DescribeConfigsRequest:
        f_resources: tuple[DescribeConfigsRequest.DescribeConfigsResource, ...]
        f_include_synonyms: bool
        f_include_documentation: bool
        if version <= 3:
            count_f_resources = reader.array_length('DescribeConfigsRequest.resources')
            read_f_resources = DescribeConfigsRequest.DescribeConfigsResource.read
            f_resources = tuple([read_f_resources(reader, version) for _ in range(count_f_resources)])
        else:
            count_f_resources = reader.compact_array_length('DescribeConfigsRequest.resources')
            read_f_resources = DescribeConfigsRequest.DescribeConfigsResource.read
            f_resources = tuple([read_f_resources(reader, version) for _ in range(count_f_resources)])
        f_include_synonyms = False if version <= 0 else reader.boolean('DescribeConfigsRequest.include_synonyms')
        f_include_documentation = False if version <= 2 else reader.boolean('DescribeConfigsRequest.include_documentation')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 3 else reader.unknown_tagged_fields('DescribeConfigsRequest.tagged_fields')
        return _new_DescribeConfigsRequest(f_resources, f_include_synonyms, f_include_documentation, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DescribeConfigsRequest', 0, 4).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DescribeConfigsRequest', 0, 4).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DescribeConfigsRequest:
        check_decode_version(version, 'DescribeConfigsRequest', 0, 4)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DescribeConfigsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class DescribeConfigsResponse:
    """DescribeConfigsResponse, API key 32: versions 0-4, flexible 4+."""

    API_KEY: ClassVar[int] = 32
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 4

    throttle_time_ms: int = 0  # versions 0+
    results: tuple[DescribeConfigsResponse.DescribeConfigsResult, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DescribeConfigsResult:
        """DescribeConfigsResponse.DescribeConfigsResult: versions 0+."""

        error_code: int = 0  # versions 0+
        error_message: str | None = ''  # versions 0+; nullable 0+
        resource_type: int = 0  # versions 0+
        resource_name: str = ''  # versions 0+
        configs: tuple[DescribeConfigsResponse.DescribeConfigsResourceResult, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int16(self.error_code)
            if version <= 3:
                writer.nullable_string(self.error_message)
            else:
                writer.compact_nullable_string(self.error_message)
            writer.int8(self.resource_type)
            if version <= 3:
                writer.string(self.resource_name)
            else:
                writer.compact_string(self.resource_name)
            if version <= 3:
                items_configs = self.configs
                writer.array_length(items_configs)
                for each_configs in items_configs:
                    each_configs.write(writer, version)
            else:
                items_configs = self.configs
                writer.compact_array_length(items_configs)
                for each_configs in items_configs:
                    each_configs.write(writer, version)
            if version <= 3:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'DescribeConfigsResponse.DescribeConfigsResult has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeConfigsResponse.DescribeConfigsResult:
            f_error_code: int
            f_error_message: str | None
            f_resource_type: int
            f_resource_name: str
            f_configs: tuple[DescribeConfigsResponse.DescribeConfigsResourceResult, ...]
            f_error_code = reader.int16('DescribeConfigsResponse.DescribeConfigsResult.error_code')
            f_error_message = reader.nullable_string('DescribeConfigsResponse.DescribeConfigsResult.error_message') if version <= 3 else reader.compact_nullable_string('DescribeConfigsResponse.DescribeConfigsResult.error_message')
            f_resource_type = reader.int8('DescribeConfigsResponse.DescribeConfigsResult.resource_type')
            f_resource_name = reader.string('DescribeConfigsResponse.DescribeConfigsResult.resource_name') if version <= 3 else reader.compact_string('DescribeConfigsResponse.DescribeConfigsResult.resource_name')
            if version <= 3:
                count_f_configs = reader.array_length('DescribeConfigsResponse.DescribeConfigsResult.configs')
                read_f_configs = DescribeConfigsResponse.DescribeConfigsResourceResult.read
                f_configs = tuple([read_f_configs(reader, version) for _ in range(count_f_configs)])
            else:
                count_f_configs = reader.compact_array_length('DescribeConfigsResponse.DescribeConfigsResult.configs')
                read_f_configs = DescribeConfigsResponse.DescribeConfigsResourceResult.read
                f_configs = tuple([read_f_configs(reader, version) for _ in range(count_f_configs)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 3 else reader.unknown_tagged_fields('DescribeConfigsResponse.DescribeConfigsResult.tagged_fields')
            return _new_DescribeConfigsResponse__DescribeConfigsResult(f_error_code, f_error_message, f_resource_type, f_resource_name, f_configs, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DescribeConfigsResourceResult:
        """DescribeConfigsResponse.DescribeConfigsResourceResult: versions 0+."""

        name: str = ''  # versions 0+
        value: str | None = ''  # versions 0+; nullable 0+
        read_only: bool = False  # versions 0+
        is_default: bool = False  # versions 0
        config_source: int = -1  # versions 1+; ignorable
        is_sensitive: bool = False  # versions 0+
        synonyms: tuple[DescribeConfigsResponse.DescribeConfigsSynonym, ...] = ()  # versions 1+; ignorable
        config_type: int = 0  # versions 3+; ignorable
        documentation: str | None = ''  # versions 3+; nullable 0+; ignorable
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 3:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
            if version <= 3:
                writer.nullable_string(self.value)
            else:
                writer.compact_nullable_string(self.value)
            writer.boolean(self.read_only)
            if version <= 0:
                writer.boolean(self.is_default)
            else:
                if self.is_default:
                    raise EncodeError(f'DescribeConfigsResponse.DescribeConfigsResourceResult.is_default is set, but version {version} lacks it')
            if version <= 0:
                pass
            else:
                writer.int8(self.config_source)
            writer.boolean(self.is_sensitive)
            if version <= 0:
                pass
            elif version <= 3:
                items_synonyms = self.synonyms
                writer.array_length(items_synonyms)
                for each_synonyms in items_synonyms:
                    each_synonyms.write(writer, version)
            else:
                items_synonyms = self.synonyms
                writer.compact_array_length(items_synonyms)
                for each_synonyms in items_synonyms:
                    each_synonyms.write(writer, version)
            if version <= 2:
                pass
            else:
                writer.int8(self.config_type)
            if version <= 2:
                pass
            elif version <= 3:
                writer.nullable_string(self.documentation)
            else:
                writer.compact_nullable_string(self.documentation)
            if version <= 3:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'DescribeConfigsResponse.DescribeConfigsResourceResult has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeConfigsResponse.DescribeConfigsResourceResult:
            f_name: str
            f_value: str | None
            f_read_only: bool
            f_is_default: bool
            f_config_source: int
            f_is_sensitive: bool
            f_synonyms: tuple[DescribeConfigsResponse.DescribeConfigsSynonym, ...]
            f_config_type: int
            f_documentation: str | None
            f_name = reader.string('DescribeConfigsResponse.DescribeConfigsResourceResult.name') if version <= 3 else reader.compact_string('DescribeConfigsResponse.DescribeConfigsResourceResult.name')
            f_value = reader.nullable_string('DescribeConfigsResponse.DescribeConfigsResourceResult.value') if version <= 3 else reader.compact_nullable_string('DescribeConfigsResponse.DescribeConfigsResourceResult.value')
            f_read_only = reader.boolean('DescribeConfigsResponse.DescribeConfigsResourceResult.read_only')
            f_is_default = reader.boolean('DescribeConfigsResponse.DescribeConfigsResourceResult.is_default') if version <= 0 else False
            f_config_source = -1 if version <= 0 else reader.int8('DescribeConfigsResponse.DescribeConfigsResourceResult.config_source')
            f_is_sensitive = reader.boolean('DescribeConfigsResponse.DescribeConfigsResourceResult.is_sensitive')
            if version <= 0:
                f_synonyms = ()
            elif version <= 3:
                count_f_synonyms = reader.array_length('DescribeConfigsResponse.DescribeConfigsResourceResult.synonyms')
                read_f_synonyms = DescribeConfigsResponse.DescribeConfigsSynonym.read
                f_synonyms = tuple([read_f_synonyms(reader, version) for _ in range(count_f_synonyms)])
            else:
                count_f_synonyms = reader.compact_array_length('DescribeConfigsResponse.DescribeConfigsResourceResult.synonyms')
                read_f_synonyms = DescribeConfigsResponse.DescribeConfigsSynonym.read
                f_synonyms = tuple([read_f_synonyms(reader, version) for _ in range(count_f_synonyms)])
            f_config_type = 0 if version <= 2 else reader.int8('DescribeConfigsResponse.DescribeConfigsResourceResult.config_type')
            if version <= 2:
                f_documentation = ''
            elif version <= 3:
                f_documentation = reader.nullable_string('DescribeConfigsResponse.DescribeConfigsResourceResult.documentation')
            else:
                f_documentation = reader.compact_nullable_string('DescribeConfigsResponse.DescribeConfigsResourceResult.documentation')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 3 else reader.unknown_tagged_fields('DescribeConfigsResponse.DescribeConfigsResourceResult.tagged_fields')
            return _new_DescribeConfigsResponse__DescribeConfigsResourceResult(f_name, f_value, f_read_only, f_is_default, f_config_source, f_is_sensitive, f_synonyms, f_config_type, f_documentation, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DescribeConfigsSynonym:
        """DescribeConfigsResponse.DescribeConfigsSynonym: versions 1+."""

        name: str = ''  # versions 1+
        value: str | None = ''  # versions 1+; nullable 0+
        source: int = 0  # versions 1+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 3:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
            if version <= 3:
                writer.nullable_string(self.value)
            else:
                writer.compact_nullable_string(self.value)
            writer.int8(self.source)
            if version <= 3:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'DescribeConfigsResponse.DescribeConfigsSynonym has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeConfigsResponse.DescribeConfigsSynonym:
            f_name: str
            f_value: str | None
            f_source: int
            f_name = reader.string('DescribeConfigsResponse.DescribeConfigsSynonym.name') if version <= 3 else reader.compact_string('DescribeConfigsResponse.DescribeConfigsSynonym.name')
            f_value = reader.nullable_string('DescribeConfigsResponse.DescribeConfigsSynonym.value') if version <= 3 else reader.compact_nullable_string('DescribeConfigsResponse.DescribeConfigsSynonym.value')
            f_source = reader.int8('DescribeConfigsResponse.DescribeConfigsSynonym.source')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 3 else reader.unknown_tagged_fields('DescribeConfigsResponse.DescribeConfigsSynonym.tagged_fields')
            return _new_DescribeConfigsResponse__DescribeConfigsSynonym(f_name, f_value, f_source, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        if version <= 3:
            items_results = self.results
            writer.array_length(items_results)
            for each_results in items_results:
                each_results.write(writer, version)
        else:
            items_results = self.results
            writer.compact_array_length(items_results)
            for each_results in items_results:
                each_results.write(writer, version)
        if version <= 3:
            if self.unknown_tagged_fields:
                raise EncodeError(f'DescribeConfigsResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DescribeConfigsResponse:
        f_throttle_time_ms: int
        f_results: tuple[DescribeConfigsResponse.DescribeConfigsResult, ...]
        f_throttle_time_ms = reader.int32('DescribeConfigsResponse.throttle_time_ms')
        if version <= 3:
            count_f_results = reader.array_length('DescribeConfigsResponse.results')
            read_f_results = DescribeConfigsResponse.DescribeConfigsResult.read
            f_results = tuple([read_f_results(reader, version) for _ in range(count_f_results)])
        else:
            count_f_results = reader.compact_array_length('DescribeConfigsResponse.results')
            read_f_results = DescribeConfigsResponse.DescribeConfigsResult.read
            f_results = tuple([read_f_results(reader, version) for _ in range(count_f_results)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 3 else reader.unknown_tagged_fields('DescribeConfigsResponse.tagged_fields')
        return _new_DescribeConfigsResponse(f_throttle_time_ms, f_results, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DescribeConfigsResponse', 0, 4).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DescribeConfigsResponse', 0, 4).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DescribeConfigsResponse:
        check_decode_version(version, 'DescribeConfigsResponse', 0, 4)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DescribeConfigsResponse')
        return result


_SET_DescribeConfigsRequest__DescribeConfigsResource: tuple[Any, ...] = tuple(
    vars(DescribeConfigsRequest.DescribeConfigsResource)[name].__set__ for name in ('resource_type', 'resource_name', 'configuration_keys', 'unknown_tagged_fields', ))


def _new_DescribeConfigsRequest__DescribeConfigsResource(resource_type: int, resource_name: str, configuration_keys: tuple[str, ...] | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeConfigsRequest.DescribeConfigsResource:
    instance_: DescribeConfigsRequest.DescribeConfigsResource = object.__new__(DescribeConfigsRequest.DescribeConfigsResource)
    set0_, set1_, set2_, set3_, = _SET_DescribeConfigsRequest__DescribeConfigsResource
    set0_(instance_, resource_type)
    set1_(instance_, resource_name)
    set2_(instance_, configuration_keys)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeConfigsRequest: tuple[Any, ...] = tuple(
    vars(DescribeConfigsRequest)[name].__set__ for name in ('resources', 'include_synonyms', 'include_documentation', 'unknown_tagged_fields', ))


def _new_DescribeConfigsRequest(resources: tuple[DescribeConfigsRequest.DescribeConfigsResource, ...], include_synonyms: bool, include_documentation: bool, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeConfigsRequest:
    instance_: DescribeConfigsRequest = object.__new__(DescribeConfigsRequest)
    set0_, set1_, set2_, set3_, = _SET_DescribeConfigsRequest
    set0_(instance_, resources)
    set1_(instance_, include_synonyms)
    set2_(instance_, include_documentation)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeConfigsResponse__DescribeConfigsResult: tuple[Any, ...] = tuple(
    vars(DescribeConfigsResponse.DescribeConfigsResult)[name].__set__ for name in ('error_code', 'error_message', 'resource_type', 'resource_name', 'configs', 'unknown_tagged_fields', ))


def _new_DescribeConfigsResponse__DescribeConfigsResult(error_code: int, error_message: str | None, resource_type: int, resource_name: str, configs: tuple[DescribeConfigsResponse.DescribeConfigsResourceResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeConfigsResponse.DescribeConfigsResult:
    instance_: DescribeConfigsResponse.DescribeConfigsResult = object.__new__(DescribeConfigsResponse.DescribeConfigsResult)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_DescribeConfigsResponse__DescribeConfigsResult
    set0_(instance_, error_code)
    set1_(instance_, error_message)
    set2_(instance_, resource_type)
    set3_(instance_, resource_name)
    set4_(instance_, configs)
    set5_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeConfigsResponse__DescribeConfigsResourceResult: tuple[Any, ...] = tuple(
    vars(DescribeConfigsResponse.DescribeConfigsResourceResult)[name].__set__ for name in ('name', 'value', 'read_only', 'is_default', 'config_source', 'is_sensitive', 'synonyms', 'config_type', 'documentation', 'unknown_tagged_fields', ))


def _new_DescribeConfigsResponse__DescribeConfigsResourceResult(name: str, value: str | None, read_only: bool, is_default: bool, config_source: int, is_sensitive: bool, synonyms: tuple[DescribeConfigsResponse.DescribeConfigsSynonym, ...], config_type: int, documentation: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeConfigsResponse.DescribeConfigsResourceResult:
    instance_: DescribeConfigsResponse.DescribeConfigsResourceResult = object.__new__(DescribeConfigsResponse.DescribeConfigsResourceResult)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, set9_, = _SET_DescribeConfigsResponse__DescribeConfigsResourceResult
    set0_(instance_, name)
    set1_(instance_, value)
    set2_(instance_, read_only)
    set3_(instance_, is_default)
    set4_(instance_, config_source)
    set5_(instance_, is_sensitive)
    set6_(instance_, synonyms)
    set7_(instance_, config_type)
    set8_(instance_, documentation)
    set9_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeConfigsResponse__DescribeConfigsSynonym: tuple[Any, ...] = tuple(
    vars(DescribeConfigsResponse.DescribeConfigsSynonym)[name].__set__ for name in ('name', 'value', 'source', 'unknown_tagged_fields', ))


def _new_DescribeConfigsResponse__DescribeConfigsSynonym(name: str, value: str | None, source: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeConfigsResponse.DescribeConfigsSynonym:
    instance_: DescribeConfigsResponse.DescribeConfigsSynonym = object.__new__(DescribeConfigsResponse.DescribeConfigsSynonym)
    set0_, set1_, set2_, set3_, = _SET_DescribeConfigsResponse__DescribeConfigsSynonym
    set0_(instance_, name)
    set1_(instance_, value)
    set2_(instance_, source)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeConfigsResponse: tuple[Any, ...] = tuple(
    vars(DescribeConfigsResponse)[name].__set__ for name in ('throttle_time_ms', 'results', 'unknown_tagged_fields', ))


def _new_DescribeConfigsResponse(throttle_time_ms: int, results: tuple[DescribeConfigsResponse.DescribeConfigsResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeConfigsResponse:
    instance_: DescribeConfigsResponse = object.__new__(DescribeConfigsResponse)
    set0_, set1_, set2_, = _SET_DescribeConfigsResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, results)
    set2_(instance_, unknown_tagged_fields)
    return instance_
