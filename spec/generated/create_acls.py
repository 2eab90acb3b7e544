# generated from CreateAclsRequest.json, CreateAclsResponse.json; do not edit
"""CreateAcls (API key 30): request and response."""

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

__all__ = ['CreateAclsRequest', 'CreateAclsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class CreateAclsRequest:
    """CreateAclsRequest, API key 30: versions 0-3, flexible 2+."""

    API_KEY: ClassVar[int] = 30
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 3
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    creations: tuple[CreateAclsRequest.AclCreation, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class AclCreation:
        """CreateAclsRequest.AclCreation: versions 0+."""

        resource_type: int = 0  # versions 0+
        resource_name: str = ''  # versions 0+
        resource_pattern_type: int = 3  # versions 1+
        principal: str = ''  # versions 0+
        host: str = ''  # versions 0+
        operation: int = 0  # versions 0+
        permission_type: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int8(self.resource_type)
            if version <= 1:
                writer.string(self.resource_name)
            else:
                writer.compact_string(self.resource_name)
            if version <= 0:
                if self.resource_pattern_type != 3:
                    raise EncodeError(f'CreateAclsRequest.AclCreation.resource_pattern_type is set, but version {version} lacks it')
            else:
                writer.int8(self.resource_pattern_type)
            if version <= 1:
                writer.string(self.principal)
            else:
                writer.compact_string(self.principal)
            if version <= 1:
                writer.string(self.host)
            else:
                writer.compact_string(self.host)
            writer.int8(self.operation)
            writer.int8(self.permission_type)
            if version <= 1:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'CreateAclsRequest.AclCreation has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> CreateAclsRequest.AclCreation:
            f_resource_type: int
            f_resource_name: str
            f_resource_pattern_type: int
            f_principal: str
            f_host: str
            f_operation: int
            f_permission_type: int
            f_resource_type = reader.int8('CreateAclsRequest.AclCreation.resource_type')
            f_resource_name = reader.string('CreateAclsRequest.AclCreation.resource_name') if version <= 1 else reader.compact_string('CreateAclsRequest.AclCreation.resource_name')
            f_resource_pattern_type = 3 if version <= 0 else reader.int8('CreateAclsRequest.AclCreation.resource_pattern_type')
            f_principal = reader.string('CreateAclsRequest.AclCreation.principal') if version <= 1 else reader.compact_string('CreateAclsRequest.AclCreation.principal')
            f_host = reader.string('CreateAclsRequest.AclCreation.host') if version <= 1 else reader.compact_string('CreateAclsRequest.AclCreation.host')
            f_operation = reader.int8('CreateAclsRequest.AclCreation.operation')
            f_permission_type = reader.int8('CreateAclsRequest.AclCreation.permission_type')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('CreateAclsRequest.AclCreation.tagged_fields')
            return _new_CreateAclsRequest__AclCreation(f_resource_type, f_resource_name, f_resource_pattern_type, f_principal, f_host, f_operation, f_permission_type, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 1:
            items_creations = self.creations
            writer.array_length(items_creations)
            for each_creations in items_creations:
                each_creations.write(writer, version)
        else:
            items_creations = self.creations
            writer.compact_array_length(items_creations)
            for each_creations in items_creations:
                each_creations.write(writer, version)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'CreateAclsRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> CreateAclsRequest:
        f_creations: tuple[CreateAclsRequest.AclCreation, ...]
        if version <= 1:
            count_f_creations = reader.array_length('CreateAclsRequest.creations')
            read_f_creations = CreateAclsRequest.AclCreation.read
            f_creations = tuple([read_f_creations(reader, version) for _ in range(count_f_creations)])
        else:
            count_f_creations = reader.compact_array_length('CreateAclsRequest.creations')
            read_f_creations = CreateAclsRequest.AclCreation.read
            f_creations = tuple([read_f_creations(reader, version) for _ in range(count_f_creations)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('CreateAclsRequest.tagged_fields')
        return _new_CreateAclsRequest(f_creations, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'CreateAclsRequest', 0, 3).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'CreateAclsRequest', 0, 3).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> CreateAclsRequest:
        check_decode_version(version, 'CreateAclsRequest', 0, 3)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('CreateAclsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class CreateAclsResponse:
    """CreateAclsResponse, API key 30: versions 0-3, flexible 2+."""

    API_KEY: ClassVar[int] = 30
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 3
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    throttle_time_ms: int = 0  # versions 0+
    results: tuple[CreateAclsResponse.AclCreationResult, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class AclCreationResult:
        """CreateAclsResponse.AclCreationResult: versions 0+."""

        error_code: int = 0  # versions 0+
        error_message: str | None = ''  # versions 0+; nullable 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int16(self.error_code)
            if version <= 1:
                writer.nullable_string(self.error_message)
            else:
                writer.compact_nullable_string(self.error_message)
            if version <= 1:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'CreateAclsResponse.AclCreationResult has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> CreateAclsResponse.AclCreationResult:
            f_error_code: int
            f_error_message: str | None
            f_error_code = reader.int16('CreateAclsResponse.AclCreationResult.error_code')
            f_error_message = reader.nullable_string('CreateAclsResponse.AclCreationResult.error_message') if version <= 1 else reader.compact_nullable_string('CreateAclsResponse.AclCreationResult.error_message')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('CreateAclsResponse.AclCreationResult.tagged_fields')
            return _new_CreateAclsResponse__AclCreationResult(f_error_code, f_error_message, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        if version <= 1:
            items_results = self.results
            writer.array_length(items_results)
            for each_results in items_results:
                each_results.write(writer, version)
        else:
            items_results = self.results
            writer.compact_array_length(items_results)
            for each_results in items_results:
                each_results.write(writer, version)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'CreateAclsResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> CreateAclsResponse:
        f_throttle_time_ms: int
        f_results: tuple[CreateAclsResponse.AclCreationResult, ...]
        f_throttle_time_ms = reader.int32('CreateAclsResponse.throttle_time_ms')
        if version <= 1:
            count_f_results = reader.array_length('CreateAclsResponse.results')
            read_f_results = CreateAclsResponse.AclCreationResult.read
            f_results = tuple([read_f_results(reader, version) for _ in range(count_f_results)])
        else:
            count_f_results = reader.compact_array_length('CreateAclsResponse.results')
            read_f_results = CreateAclsResponse.AclCreationResult.read
            f_results = tuple([read_f_results(reader, version) for _ in range(count_f_results)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('CreateAclsResponse.tagged_fields')
        return _new_CreateAclsResponse(f_throttle_time_ms, f_results, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'CreateAclsResponse', 0, 3).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'CreateAclsResponse', 0, 3).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> CreateAclsResponse:
        check_decode_version(version, 'CreateAclsResponse', 0, 3)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('CreateAclsResponse')
        return result


_SET_CreateAclsRequest__AclCreation: tuple[Any, ...] = tuple(
    vars(CreateAclsRequest.AclCreation)[name].__set__ for name in ('resource_type', 'resource_name', 'resource_pattern_type', 'principal', 'host', 'operation', 'permission_type', 'unknown_tagged_fields', ))


def _new_CreateAclsRequest__AclCreation(resource_type: int, resource_name: str, resource_pattern_type: int, principal: str, host: str, operation: int, permission_type: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> CreateAclsRequest.AclCreation:
    instance_: CreateAclsRequest.AclCreation = object.__new__(CreateAclsRequest.AclCreation)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, = _SET_CreateAclsRequest__AclCreation
    set0_(instance_, resource_type)
    set1_(instance_, resource_name)
    set2_(instance_, resource_pattern_type)
    set3_(instance_, principal)
    set4_(instance_, host)
    set5_(instance_, operation)
    set6_(instance_, permission_type)
    set7_(instance_, unknown_tagged_fields)
    return instance_


_SET_CreateAclsRequest: tuple[Any, ...] = tuple(
    vars(CreateAclsRequest)[name].__set__ for name in ('creations', 'unknown_tagged_fields', ))


def _new_CreateAclsRequest(creations: tuple[CreateAclsRequest.AclCreation, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> CreateAclsRequest:
    instance_: CreateAclsRequest = object.__new__(CreateAclsRequest)
    set0_, set1_, = _SET_CreateAclsRequest
    set0_(instance_, creations)
    set1_(instance_, unknown_tagged_fields)
    return instance_


_SET_CreateAclsResponse__AclCreationResult: tuple[Any, ...] = tuple(
    vars(CreateAclsResponse.AclCreationResult)[name].__set__ for name in ('error_code', 'error_message', 'unknown_tagged_fields', ))


def _new_CreateAclsResponse__AclCreationResult(error_code: int, error_message: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> CreateAclsResponse.AclCreationResult:
    instance_: CreateAclsResponse.AclCreationResult = object.__new__(CreateAclsResponse.AclCreationResult)
    set0_, set1_, set2_, = _SET_CreateAclsResponse__AclCreationResult
    set0_(instance_, error_code)
    set1_(instance_, error_message)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_CreateAclsResponse: tuple[Any, ...] = tuple(
    vars(CreateAclsResponse)[name].__set__ for name in ('throttle_time_ms', 'results', 'unknown_tagged_fields', ))


def _new_CreateAclsResponse(throttle_time_ms: int, results: tuple[CreateAclsResponse.AclCreationResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> CreateAclsResponse:
    instance_: CreateAclsResponse = object.__new__(CreateAclsResponse)
    set0_, set1_, set2_, = _SET_CreateAclsResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, results)
    set2_(instance_, unknown_tagged_fields)
    return instance_
