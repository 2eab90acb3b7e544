# generated from AlterConfigsRequest.json, AlterConfigsResponse.json; do not edit
"""AlterConfigs (API key 33): request and response."""

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

__all__ = ['AlterConfigsRequest', 'AlterConfigsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class AlterConfigsRequest:
    """AlterConfigsRequest, API key 33: versions 0-2, flexible 2+."""

    API_KEY: ClassVar[int] = 33
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    resources: tuple[AlterConfigsRequest.AlterConfigsResource, ...] = ()  # versions 0+
    validate_only: bool = False  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class AlterConfigsResource:
        """AlterConfigsRequest.AlterConfigsResource: versions 0+."""

        resource_type: int = 0  # versions 0+
        resource_name: str = ''  # versions 0+
        configs: tuple[AlterConfigsRequest.AlterableConfig, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int8(self.resource_type)
            if version <= 1:
                writer.string(self.resource_name)
            else:
                writer.compact_string(self.resource_name)
            if version <= 1:
                items_configs = self.configs
                writer.array_length(items_configs)
                for each_configs in items_configs:
                    each_configs.write(writer, version)
            else:
                items_configs = self.configs
                writer.compact_array_length(items_configs)
                for each_configs in items_configs:
                    each_configs.write(writer, version)
            if version <= 1:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'AlterConfigsRequest.AlterConfigsResource has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AlterConfigsRequest.AlterConfigsResource:
            f_resource_type: int
            f_resource_name: str
            f_configs: tuple[AlterConfigsRequest.AlterableConfig, ...]
            f_resource_type = reader.int8('AlterConfigsRequest.AlterConfigsResource.resource_type')
            f_resource_name = reader.string('AlterConfigsRequest.AlterConfigsResource.resource_name') if version <= 1 else reader.compact_string('AlterConfigsRequest.AlterConfigsResource.resource_name')
            if version <= 1:
                count_f_configs = reader.array_length('AlterConfigsRequest.AlterConfigsResource.configs')
                read_f_configs = AlterConfigsRequest.AlterableConfig.read
                f_configs = tuple([read_f_configs(reader, version) for _ in range(count_f_configs)])
            else:
                count_f_configs = reader.compact_array_length('AlterConfigsRequest.AlterConfigsResource.configs')
                read_f_configs = AlterConfigsRequest.AlterableConfig.read
                f_configs = tuple([read_f_configs(reader, version) for _ in range(count_f_configs)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('AlterConfigsRequest.AlterConfigsResource.tagged_fields')
            return _new_AlterConfigsRequest__AlterConfigsResource(f_resource_type, f_resource_name, f_configs, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class AlterableConfig:
        """AlterConfigsRequest.AlterableConfig: versions 0+."""

        name: str = ''  # versions 0+
        value: str | None = ''  # versions 0+; nullable 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 1:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
            if version <= 1:
                writer.nullable_string(self.value)
            else:
                writer.compact_nullable_string(self.value)
            if version <= 1:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'AlterConfigsRequest.AlterableConfig has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AlterConfigsRequest.AlterableConfig:
            f_name: str
            f_value: str | None
            f_name = reader.string('AlterConfigsRequest.AlterableConfig.name') if version <= 1 else reader.compact_string('AlterConfigsRequest.AlterableConfig.name')
            f_value = reader.nullable_string('AlterConfigsRequest.AlterableConfig.value') if version <= 1 else reader.compact_nullable_string('AlterConfigsRequest.AlterableConfig.value')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('AlterConfigsRequest.AlterableConfig.tagged_fields')
            return _new_AlterConfigsRequest__AlterableConfig(f_name, f_value, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 1:
            items_resources = self.resources
            writer.array_length(items_resources)
            for each_resources in items_resources:
                each_resources.write(writer, version)
        else:
            items_resources = self.resources
            writer.compact_array_length(items_resources)
            for each_resources in items_resources:
                each_resources.write(writer, version)
        writer.boolean(self.validate_only)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'AlterConfigsRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> AlterConfigsRequest:
        f_resources: tuple[AlterConfigsRequest.AlterConfigsResource, ...]
        f_validate_only: bool
        if version <= 1:
            count_f_resources = reader.array_length('AlterConfigsRequest.resources')
            read_f_resources = AlterConfigsRequest.AlterConfigsResource.read
            f_resources = tuple([read_f_resources(reader, version) for _ in range(count_f_resources)])
        else:
            count_f_resources = reader.compact_array_length('AlterConfigsRequest.resources')
            read_f_resources = AlterConfigsRequest.AlterConfigsResource.read
            f_resources = tuple([read_f_resources(reader, version) for _ in range(count_f_resources)])
        f_validate_only = reader.boolean('AlterConfigsRequest.validate_only')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('AlterConfigsRequest.tagged_fields')
        return _new_AlterConfigsRequest(f_resources, f_validate_only, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AlterConfigsRequest', 0, 2).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AlterConfigsRequest', 0, 2).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> AlterConfigsRequest:
        check_decode_version(version, 'AlterConfigsRequest', 0, 2)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('AlterConfigsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class AlterConfigsResponse:
    """AlterConfigsResponse, API key 33: versions 0-2, flexible 2+."""

    API_KEY: ClassVar[int] = 33
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    throttle_time_ms: int = 0  # versions 0+
    responses: tuple[AlterConfigsResponse.AlterConfigsResourceResponse, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class AlterConfigsResourceResponse:
        """AlterConfigsResponse.AlterConfigsResourceResponse: versions 0+."""

        error_code: int = 0  # versions 0+
        error_message: str | None = ''  # versions 0+; nullable 0+
        resource_type: int = 0  # versions 0+
        resource_name: str = ''  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int16(self.error_code)
            if version <= 1:
                writer.nullable_string(self.error_message)
            else:
                writer.compact_nullable_string(self.error_message)
            writer.int8(self.resource_type)
            if version <= 1:
                writer.string(self.resource_name)
            else:
                writer.compact_string(self.resource_name)
            if version <= 1:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'AlterConfigsResponse.AlterConfigsResourceResponse has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AlterConfigsResponse.AlterConfigsResourceResponse:
            f_error_code: int
            f_error_message: str | None
            f_resource_type: int
            f_resource_name: str
            f_error_code = reader.int16('AlterConfigsResponse.AlterConfigsResourceResponse.error_code')
            f_error_message = reader.nullable_string('AlterConfigsResponse.AlterConfigsResourceResponse.error_message') if version <= 1 else reader.compact_nullable_string('AlterConfigsResponse.AlterConfigsResourceResponse.error_message')
            f_resource_type = reader.int8('AlterConfigsResponse.AlterConfigsResourceResponse.resource_type')
            f_resource_name = reader.string('AlterConfigsResponse.AlterConfigsResourceResponse.resource_name') if version <= 1 else reader.compact_string('AlterConfigsResponse.AlterConfigsResourceResponse.resource_name')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('AlterConfigsResponse.AlterConfigsResourceResponse.tagged_fields')
            return _new_AlterConfigsResponse__AlterConfigsResourceResponse(f_error_code, f_error_message, f_resource_type, f_resource_name, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        if version <= 1:
            items_responses = self.responses
            writer.array_length(items_responses)
            for each_responses in items_responses:
                each_responses.write(writer, version)
        else:
            items_responses = self.responses
            writer.compact_array_length(items_responses)
            for each_responses in items_responses:
                each_responses.write(writer, version)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'AlterConfigsResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> AlterConfigsResponse:
        f_throttle_time_ms: int
        f_responses: tuple[AlterConfigsResponse.AlterConfigsResourceResponse, ...]
        f_throttle_time_ms = reader.int32('AlterConfigsResponse.throttle_time_ms')
        if version <= 1:
            count_f_responses = reader.array_length('AlterConfigsResponse.responses')
            read_f_responses = AlterConfigsResponse.AlterConfigsResourceResponse.read
            f_responses = tuple([read_f_responses(reader, version) for _ in range(count_f_responses)])
        else:
            count_f_responses = reader.compact_array_length('AlterConfigsResponse.responses')
            read_f_responses = AlterConfigsResponse.AlterConfigsResourceResponse.read
            f_responses = tuple([read_f_responses(reader, version) for _ in range(count_f_responses)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('AlterConfigsResponse.tagged_fields')
        return _new_AlterConfigsResponse(f_throttle_time_ms, f_responses, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AlterConfigsResponse', 0, 2).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AlterConfigsResponse', 0, 2).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> AlterConfigsResponse:
        check_decode_version(version, 'AlterConfigsResponse', 0, 2)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('AlterConfigsResponse')
        return result


_SET_AlterConfigsRequest__AlterConfigsResource: tuple[Any, ...] = tuple(
    vars(AlterConfigsRequest.AlterConfigsResource)[name].__set__ for name in ('resource_type', 'resource_name', 'configs', 'unknown_tagged_fields', ))


def _new_AlterConfigsRequest__AlterConfigsResource(resource_type: int, resource_name: str, configs: tuple[AlterConfigsRequest.AlterableConfig, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterConfigsRequest.AlterConfigsResource:
    instance_: AlterConfigsRequest.AlterConfigsResource = object.__new__(AlterConfigsRequest.AlterConfigsResource)
    set0_, set1_, set2_, set3_, = _SET_AlterConfigsRequest__AlterConfigsResource
    set0_(instance_, resource_type)
    set1_(instance_, resource_name)
    set2_(instance_, configs)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterConfigsRequest__AlterableConfig: tuple[Any, ...] = tuple(
    vars(AlterConfigsRequest.AlterableConfig)[name].__set__ for name in ('name', 'value', 'unknown_tagged_fields', ))


def _new_AlterConfigsRequest__AlterableConfig(name: str, value: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterConfigsRequest.AlterableConfig:
    instance_: AlterConfigsRequest.AlterableConfig = object.__new__(AlterConfigsRequest.AlterableConfig)
    set0_, set1_, set2_, = _SET_AlterConfigsRequest__AlterableConfig
    set0_(instance_, name)
    set1_(instance_, value)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterConfigsRequest: tuple[Any, ...] = tuple(
    vars(AlterConfigsRequest)[name].__set__ for name in ('resources', 'validate_only', 'unknown_tagged_fields', ))


def _new_AlterConfigsRequest(resources: tuple[AlterConfigsRequest.AlterConfigsResource, ...], validate_only: bool, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterConfigsRequest:
    instance_: AlterConfigsRequest = object.__new__(AlterConfigsRequest)
    set0_, set1_, set2_, = _SET_AlterConfigsRequest
    set0_(instance_, resources)
    set1_(instance_, validate_only)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterConfigsResponse__AlterConfigsResourceResponse: tuple[Any, ...] = tuple(
    vars(AlterConfigsResponse.AlterConfigsResourceResponse)[name].__set__ for name in ('error_code', 'error_message', 'resource_type', 'resource_name', 'unknown_tagged_fields', ))


def _new_AlterConfigsResponse__AlterConfigsResourceResponse(error_code: int, error_message: str | None, resource_type: int, resource_name: str, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterConfigsResponse.AlterConfigsResourceResponse:
    instance_: AlterConfigsResponse.AlterConfigsResourceResponse = object.__new__(AlterConfigsResponse.AlterConfigsResourceResponse)
    set0_, set1_, set2_, set3_, set4_, = _SET_AlterConfigsResponse__AlterConfigsResourceResponse
    set0_(instance_, error_code)
    set1_(instance_, error_message)
    set2_(instance_, resource_type)
    set3_(instance_, resource_name)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterConfigsResponse: tuple[Any, ...] = tuple(
    vars(AlterConfigsResponse)[name].__set__ for name in ('throttle_time_ms', 'responses', 'unknown_tagged_fields', ))


def _new_AlterConfigsResponse(throttle_time_ms: int, responses: tuple[AlterConfigsResponse.AlterConfigsResourceResponse, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterConfigsResponse:
    instance_: AlterConfigsResponse = object.__new__(AlterConfigsResponse)
    set0_, set1_, set2_, = _SET_AlterConfigsResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, responses)
    set2_(instance_, unknown_tagged_fields)
    return instance_
