# generated from IncrementalAlterConfigsRequest.json, IncrementalAlterConfigsResponse.json; do not edit
"""IncrementalAlterConfigs (API key 44): request and response."""

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

__all__ = ['IncrementalAlterConfigsRequest', 'IncrementalAlterConfigsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class IncrementalAlterConfigsRequest:
    """IncrementalAlterConfigsRequest, API key 44: versions 0-1, flexible 1+."""

    API_KEY: ClassVar[int] = 44
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 1

    resources: tuple[IncrementalAlterConfigsRequest.AlterConfigsResource, ...] = ()  # versions 0+
    validate_only: bool = False  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class AlterConfigsResource:
        """IncrementalAlterConfigsRequest.AlterConfigsResource: versions 0+."""

        resource_type: int = 0  # versions 0+
        resource_name: str = ''  # versions 0+
        configs: tuple[IncrementalAlterConfigsRequest.AlterableConfig, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int8(self.resource_type)
            if version <= 0:
                writer.string(self.resource_name)
            else:
                writer.compact_string(self.resource_name)
            if version <= 0:
                items_configs = self.configs
                writer.array_length(items_configs)
                for each_configs in items_configs:
                    each_configs.write(writer, version)
            else:
                items_configs = self.configs
                writer.compact_array_length(items_configs)
                for each_configs in items_configs:
                    each_configs.write(writer, version)
            if version <= 0:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'IncrementalAlterConfigsRequest.AlterConfigsResource has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> IncrementalAlterConfigsRequest.AlterConfigsResource:
            f_resource_type: int
            f_resource_name: str
            f_configs: tuple[IncrementalAlterConfigsRequest.AlterableConfig, ...]
            f_resource_type = reader.int8('IncrementalAlterConfigsRequest.AlterConfigsResource.resource_type')
            f_resource_name = reader.string('IncrementalAlterConfigsRequest.AlterConfigsResource.resource_name') if version <= 0 else reader.compact_string('IncrementalAlterConfigsRequest.AlterConfigsResource.resource_name')
            if version <= 0:
                count_f_configs = reader.array_length('IncrementalAlterConfigsRequest.AlterConfigsResource.configs')
                read_f_configs = IncrementalAlterConfigsRequest.AlterableConfig.read
                f_configs = tuple([read_f_configs(reader, version) for _ in range(count_f_configs)])
            else:
                count_f_configs = reader.compact_array_length('IncrementalAlterConfigsRequest.AlterConfigsResource.configs')
                read_f_configs = IncrementalAlterConfigsRequest.AlterableConfig.read
                f_configs = tuple([read_f_configs(reader, version) for _ in range(count_f_configs)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('IncrementalAlterConfigsRequest.AlterConfigsResource.tagged_fields')
            return _new_IncrementalAlterConfigsRequest__AlterConfigsResource(f_resource_type, f_resource_name, f_configs, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class AlterableConfig:
        """IncrementalAlterConfigsRequest.AlterableConfig: versions 0+."""

        name: str = ''  # versions 0+
        config_operation: int = 0  # versions 0+
        value: str | None = ''  # versions 0+; nullable 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 0:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
            writer.int8(self.config_operation)
            if version <= 0:
                writer.nullable_string(self.value)
            else:
                writer.compact_nullable_string(self.value)
            if version <= 0:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'IncrementalAlterConfigsRequest.AlterableConfig has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> IncrementalAlterConfigsRequest.AlterableConfig:
            f_name: str
            f_config_operation: int
            f_value: str | None
            f_name = reader.string('IncrementalAlterConfigsRequest.AlterableConfig.name') if version <= 0 else reader.compact_string('IncrementalAlterConfigsRequest.AlterableConfig.name')
            f_config_operation = reader.int8('IncrementalAlterConfigsRequest.AlterableConfig.config_operation')
            f_value = reader.nullable_string('IncrementalAlterConfigsRequest.AlterableConfig.value') if version <= 0 else reader.compact_nullable_string('IncrementalAlterConfigsRequest.AlterableConfig.value')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('IncrementalAlterConfigsRequest.AlterableConfig.tagged_fields')
            return _new_IncrementalAlterConfigsRequest__AlterableConfig(f_name, f_config_operation, f_value, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 0:
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
        if version <= 0:
            if self.unknown_tagged_fields:
                raise EncodeError(f'IncrementalAlterConfigsRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> IncrementalAlterConfigsRequest:
        f_resources: tuple[IncrementalAlterConfigsRequest.AlterConfigsResource, ...]
        f_validate_only: bool
        if version <= 0:
            count_f_resources = reader.array_length('IncrementalAlterConfigsRequest.resources')
            read_f_resources = IncrementalAlterConfigsRequest.AlterConfigsResource.read
            f_resources = tuple([read_f_resources(reader, version) for _ in range(count_f_resources)])
        else:
            count_f_resources = reader.compact_array_length('IncrementalAlterConfigsRequest.resources')
            read_f_resources = IncrementalAlterConfigsRequest.AlterConfigsResource.read
            f_resources = tuple([read_f_resources(reader, version) for _ in range(count_f_resources)])
        f_validate_only = reader.boolean('IncrementalAlterConfigsRequest.validate_only')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 0 else reader.unknown_tagged_fields('IncrementalAlterConfigsRequest.tagged_fields')
        return _new_IncrementalAlterConfigsRequest(f_resources, f_validate_only, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'IncrementalAlterConfigsRequest', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'IncrementalAlterConfigsRequest', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> IncrementalAlterConfigsRequest:
        check_decode_version(version, 'IncrementalAlterConfigsRequest', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('IncrementalAlterConfigsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class IncrementalAlterConfigsResponse:
    """IncrementalAlterConfigsResponse, API key 44: versions 0-1, flexible 1+."""

    API_KEY: ClassVar[int] = 44
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 1
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 1

    throttle_time_ms: int = 0  # versions 0+
    responses: tuple[IncrementalAlterConfigsResponse.AlterConfigsResourceResponse, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class AlterConfigsResourceResponse:
        """IncrementalAlterConfigsResponse.AlterConfigsResourceResponse: versions 0+."""

        error_code: int = 0  # versions 0+
        error_message: str | None = ''  # versions 0+; nullable 0+
        resource_type: int = 0  # versions 0+
        resource_name: str = ''  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int16(self.error_code)
            if version <= 0:
                writer.nullable_string(self.error_message)
            else:
                writer.compact_nullable_string(self.error_message)
            writer.int8(self.resource_type)
            if version <= 0:
                writer.string(self.resource_name)
            else:
                writer.compact_string(self.resource_name)
            if version <= 0:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'IncrementalAlterConfigsResponse.AlterConfigsResourceResponse has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> IncrementalAlterConfigsResponse.AlterConfigsResourceResponse:
            f_error_code: int
            f_error_message: str | None
            f_resource_type: int
            f_resource_name: str
            f_error_code = reader.int16('IncrementalAlterConfigsResponse.AlterConfigsResourceResponse.error_code')
            f_error_message = reader.nullable_string('IncrementalAlterConfigsResponse.AlterConfigsResourceResponse.error_message') if version <= 0 else reader.compact_nullable_string('IncrementalAlterConfigsResponse.AlterConfigsResourceResponse.error_message')
            f_resource_type = reader.int8('IncrementalAlterConfigsResponse.AlterConfigsResourceResponse.resource_type')
            f_resource_name = reader.string('IncrementalAlterConfigsResponse.AlterConfigsResourceResponse.resource_name') if version <= 0 else reader.compact_string('IncrementalAlterConfigsResponse.AlterConfigsResourceResponse.resource_name')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 0 else reader.unknown_tagged_fields('IncrementalAlterConfigsResponse.AlterConfigsResourceResponse.tagged_fields')
            return _new_IncrementalAlterConfigsResponse__AlterConfigsResourceResponse(f_error_code, f_error_message, f_resource_type, f_resource_name, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        if version <= 0:
            items_responses = self.responses
            writer.array_length(items_responses)
            for each_responses in items_responses:
                each_responses.write(writer, version)
        else:
            items_responses = self.responses
            writer.compact_array_length(items_responses)
            for each_responses in items_responses:
                each_responses.write(writer, version)
        if version <= 0:
            if self.unknown_tagged_fields:
                raise EncodeError(f'IncrementalAlterConfigsResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> IncrementalAlterConfigsResponse:
        f_throttle_time_ms: int
        f_responses: tuple[IncrementalAlterConfigsResponse.AlterConfigsResourceResponse, ...]
        f_throttle_time_ms = reader.int32('IncrementalAlterConfigsResponse.throttle_time_ms')
        if version <= 0:
            count_f_responses = reader.array_length('IncrementalAlterConfigsResponse.responses')
            read_f_responses = IncrementalAlterConfigsResponse.AlterConfigsResourceResponse.read
            f_responses = tuple([read_f_responses(reader, version) for _ in range(count_f_responses)])
        else:
            count_f_responses = reader.compact_array_length('IncrementalAlterConfigsResponse.responses')
            read_f_responses = IncrementalAlterConfigsResponse.AlterConfigsResourceResponse.read
            f_responses = tuple([read_f_responses(reader, version) for _ in range(count_f_responses)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 0 else reader.unknown_tagged_fields('IncrementalAlterConfigsResponse.tagged_fields')
        return _new_IncrementalAlterConfigsResponse(f_throttle_time_ms, f_responses, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'IncrementalAlterConfigsResponse', 0, 1).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'IncrementalAlterConfigsResponse', 0, 1).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> IncrementalAlterConfigsResponse:
        check_decode_version(version, 'IncrementalAlterConfigsResponse', 0, 1)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('IncrementalAlterConfigsResponse')
        return result


_SET_IncrementalAlterConfigsRequest__AlterConfigsResource: tuple[Any, ...] = tuple(
    vars(IncrementalAlterConfigsRequest.AlterConfigsResource)[name].__set__ for name in ('resource_type', 'resource_name', 'configs', 'unknown_tagged_fields', ))


def _new_IncrementalAlterConfigsRequest__AlterConfigsResource(resource_type: int, resource_name: str, configs: tuple[IncrementalAlterConfigsRequest.AlterableConfig, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> IncrementalAlterConfigsRequest.AlterConfigsResource:
    instance_: IncrementalAlterConfigsRequest.AlterConfigsResource = object.__new__(IncrementalAlterConfigsRequest.AlterConfigsResource)
    set0_, set1_, set2_, set3_, = _SET_IncrementalAlterConfigsRequest__AlterConfigsResource
    set0_(instance_, resource_type)
    set1_(instance_, resource_name)
    set2_(instance_, configs)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_IncrementalAlterConfigsRequest__AlterableConfig: tuple[Any, ...] = tuple(
    vars(IncrementalAlterConfigsRequest.AlterableConfig)[name].__set__ for name in ('name', 'config_operation', 'value', 'unknown_tagged_fields', ))


def _new_IncrementalAlterConfigsRequest__AlterableConfig(name: str, config_operation: int, value: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> IncrementalAlterConfigsRequest.AlterableConfig:
    instance_: IncrementalAlterConfigsRequest.AlterableConfig = object.__new__(IncrementalAlterConfigsRequest.AlterableConfig)
    set0_, set1_, set2_, set3_, = _SET_IncrementalAlterConfigsRequest__AlterableConfig
    set0_(instance_, name)
    set1_(instance_, config_operation)
    set2_(instance_, value)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_IncrementalAlterConfigsRequest: tuple[Any, ...] = tuple(
    vars(IncrementalAlterConfigsRequest)[name].__set__ for name in ('resources', 'validate_only', 'unknown_tagged_fields', ))


def _new_IncrementalAlterConfigsRequest(resources: tuple[IncrementalAlterConfigsRequest.AlterConfigsResource, ...], validate_only: bool, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> IncrementalAlterConfigsRequest:
    instance_: IncrementalAlterConfigsRequest = object.__new__(IncrementalAlterConfigsRequest)
    set0_, set1_, set2_, = _SET_IncrementalAlterConfigsRequest
    set0_(instance_, resources)
    set1_(instance_, validate_only)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_IncrementalAlterConfigsResponse__AlterConfigsResourceResponse: tuple[Any, ...] = tuple(
    vars(IncrementalAlterConfigsResponse.AlterConfigsResourceResponse)[name].__set__ for name in ('error_code', 'error_message', 'resource_type', 'resource_name', 'unknown_tagged_fields', ))


def _new_IncrementalAlterConfigsResponse__AlterConfigsResourceResponse(error_code: int, error_message: str | None, resource_type: int, resource_name: str, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> IncrementalAlterConfigsResponse.AlterConfigsResourceResponse:
    instance_: IncrementalAlterConfigsResponse.AlterConfigsResourceResponse = object.__new__(IncrementalAlterConfigsResponse.AlterConfigsResourceResponse)
    set0_, set1_, set2_, set3_, set4_, = _SET_IncrementalAlterConfigsResponse__AlterConfigsResourceResponse
    set0_(instance_, error_code)
    set1_(instance_, error_message)
    set2_(instance_, resource_type)
    set3_(instance_, resource_name)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_IncrementalAlterConfigsResponse: tuple[Any, ...] = tuple(
    vars(IncrementalAlterConfigsResponse)[name].__set__ for name in ('throttle_time_ms', 'responses', 'unknown_tagged_fields', ))


def _new_IncrementalAlterConfigsResponse(throttle_time_ms: int, responses: tuple[IncrementalAlterConfigsResponse.AlterConfigsResourceResponse, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> IncrementalAlterConfigsResponse:
    instance_: IncrementalAlterConfigsResponse = object.__new__(IncrementalAlterConfigsResponse)
    set0_, set1_, set2_, = _SET_IncrementalAlterConfigsResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, responses)
    set2_(instance_, unknown_tagged_fields)
    return instance_
