# generated from DescribeAclsRequest.json, DescribeAclsResponse.json; do not edit
"""DescribeAcls (API key 29): request and response."""

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

__all__ = ['DescribeAclsRequest', 'DescribeAclsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class DescribeAclsRequest:
    """DescribeAclsRequest, API key 29: versions 0-3, flexible 2+."""

    API_KEY: ClassVar[int] = 29
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 3
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    resource_type_filter: int = 0  # versions 0+
    resource_name_filter: str | None = ''  # versions 0+; nullable 0+
    pattern_type_filter: int = 3  # versions 1+
    principal_filter: str | None = ''  # versions 0+; nullable 0+
    host_filter: str | None = ''  # versions 0+; nullable 0+
    operation: int = 0  # versions 0+
    permission_type: int = 0  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.int8(self.resource_type_filter)
        if version <= 1:
            writer.nullable_string(self.resource_name_filter)
        else:
            writer.compact_nullable_string(self.resource_name_filter)
        if version <= 0:
            if self.pattern_type_filter != 3:
                raise EncodeError(f'DescribeAclsRequest.pattern_type_filter is set, but version {version} lacks it')
        else:
            writer.int8(self.pattern_type_filter)
        if version <= 1:
            writer.nullable_string(self.principal_filter)
        else:
            writer.compact_nullable_string(self.principal_filter)
        if version <= 1:
            writer.nullable_string(self.host_filter)
        else:
            writer.compact_nullable_string(self.host_filter)
        writer.int8(self.operation)
        writer.int8(self.permission_type)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'DescribeAclsRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DescribeAclsRequest:
        f_resource_type_filter: int
        f_resource_name_filter: str | None
        f_pattern_type_filter: int
        f_principal_filter: str | None
        f_host_filter: str | None
        f_operation: int
        f_permission_type: int
        f_resource_type_filter = reader.int8('DescribeAclsRequest.resource_type_filter')
        f_resource_name_filter = reader.nullable_string('DescribeAclsRequest.resource_name_filter') if version <= 1 else reader.compact_nullable_string('DescribeAclsRequest.resource_name_filter')
        f_pattern_type_filter = 3 if version <= 0 else reader.int8('DescribeAclsRequest.pattern_type_filter')
        f_principal_filter = reader.nullable_string('DescribeAclsRequest.principal_filter') if version <= 1 else reader.compact_nullable_string('DescribeAclsRequest.principal_filter')
        f_host_filter = reader.nullable_string('DescribeAclsRequest.host_filter') if version <= 1 else reader.compact_nullable_string('DescribeAclsRequest.host_filter')
        f_operation = reader.int8('DescribeAclsRequest.operation')
        f_permission_type = reader.int8('DescribeAclsRequest.permission_type')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('DescribeAclsRequest.tagged_fields')
        return _new_DescribeAclsRequest(f_resource_type_filter, f_resource_name_filter, f_pattern_type_filter, f_principal_filter, f_host_filter, f_operation, f_permission_type, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DescribeAclsRequest', 0, 3).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DescribeAclsRequest', 0, 3).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DescribeAclsRequest:
        check_decode_version(version, 'DescribeAclsRequest', 0, 3)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DescribeAclsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class DescribeAclsResponse:
    """DescribeAclsResponse, API key 29: versions 0-3, flexible 2+."""

    API_KEY: ClassVar[int] = 29
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 3
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 0+
    error_message: str | None = ''  # versions 0+; nullable 0+
    resources: tuple[DescribeAclsResponse.DescribeAclsResource, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DescribeAclsResource:
        """DescribeAclsResponse.DescribeAclsResource: versions 0+."""

        resource_type: int = 0  # versions 0+
        resource_name: str = ''  # versions 0+
        pattern_type: int = 3  # versions 1+
        acls: tuple[DescribeAclsResponse.AclDescription, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int8(self.resource_type)
            if version <= 1:
                writer.string(self.resource_name)
            else:
                writer.compact_string(self.resource_name)
            if version <= 0:
                if self.pattern_type != 3:
                    raise EncodeError(f'DescribeAclsResponse.DescribeAclsResource.pattern_type is set, but version {version} lacks it')
            else:
                writer.int8(self.pattern_type)
            if version <= 1:
                items_acls = self.acls
                writer.array_length(items_acls)
                for each_acls in items_acls:
                    each_acls.write(writer, version)
            else:
                items_acls = self.acls
                writer.compact_array_length(items_acls)
                for each_acls in items_acls:
                    each_acls.write(writer, version)
            if version <= 1:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'DescribeAclsResponse.DescribeAclsResource has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeAclsResponse.DescribeAclsResource:
            f_resource_type: int
            f_resource_name: str
            f_pattern_type: int
            f_acls: tuple[DescribeAclsResponse.AclDescription, ...]
            f_resource_type = reader.int8('DescribeAclsResponse.DescribeAclsResource.resource_type')
            f_resource_name = reader.string('DescribeAclsResponse.DescribeAclsResource.resource_name') if version <= 1 else reader.compact_string('DescribeAclsResponse.DescribeAclsResource.resource_name')
            f_pattern_type = 3 if version <= 0 else reader.int8('DescribeAclsResponse.DescribeAclsResource.pattern_type')
            if version <= 1:
                count_f_acls = reader.array_length('DescribeAclsResponse.DescribeAclsResource.acls')
                read_f_acls = DescribeAclsResponse.AclDescription.read
                f_acls = tuple([read_f_acls(reader, version) for _ in range(count_f_acls)])
            else:
                count_f_acls = reader.compact_array_length('DescribeAclsResponse.DescribeAclsResource.acls')
                read_f_acls = DescribeAclsResponse.AclDescription.read
                f_acls = tuple([read_f_acls(reader, version) for _ in range(count_f_acls)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('DescribeAclsResponse.DescribeAclsResource.tagged_fields')
            return _new_DescribeAclsResponse__DescribeAclsResource(f_resource_type, f_resource_name, f_pattern_type, f_acls, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class AclDescription:
        """DescribeAclsResponse.AclDescription: versions 0+."""

        principal: str = ''  # versions 0+
        host: str = ''  # versions 0+
        operation: int = 0  # versions 0+
        permission_type: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
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
                    raise EncodeError(f'DescribeAclsResponse.AclDescription has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeAclsResponse.AclDescription:
            f_principal: str
            f_host: str
            f_operation: int
            f_permission_type: int
            f_principal = reader.string('DescribeAclsResponse.AclDescription.principal') if version <= 1 else reader.compact_string('DescribeAclsResponse.AclDescription.principal')
            f_host = reader.string('DescribeAclsResponse.AclDescription.host') if version <= 1 else reader.compact_string('DescribeAclsResponse.AclDescription.host')
            f_operation = reader.int8('DescribeAclsResponse.AclDescription.operation')
            f_permission_type = reader.int8('DescribeAclsResponse.AclDescription.permission_type')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('DescribeAclsResponse.AclDescription.tagged_fields')
            return _new_DescribeAclsResponse__AclDescription(f_principal, f_host, f_operation, f_permission_type, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        if version <= 1:
            writer.nullable_string(self.error_message)
        else:
            writer.compact_nullable_string(self.error_message)
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
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'DescribeAclsResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DescribeAclsResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_error_message: str | None
        f_resources: tuple[DescribeAclsResponse.DescribeAclsResource, ...]
        f_throttle_time_ms = reader.int32('DescribeAclsResponse.throttle_time_ms')
        f_error_code = reader.int16('DescribeAclsResponse.error_code')
        f_error_message = reader.nullable_string('DescribeAclsResponse.error_message') if version <= 1 else reader.compact_nullable_string('DescribeAclsResponse.error_message')
        if version <= 1:
            count_f_resources = reader.array_length('DescribeAclsResponse.resources')
            read_f_resources = DescribeAclsResponse.DescribeAclsResource.read
            f_resources = tuple([read_f_resources(reader, version) for _ in range(count_f_resources)])
        else:
            count_f_resources = reader.compact_array_length('DescribeAclsResponse.resources')
            read_f_resources = DescribeAclsResponse.DescribeAclsResource.read
            f_resources = tuple([read_f_resources(reader, version) for _ in range(count_f_resources)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('DescribeAclsResponse.tagged_fields')
        return _new_DescribeAclsResponse(f_throttle_time_ms, f_error_code, f_error_message, f_resources, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DescribeAclsResponse', 0, 3).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DescribeAclsResponse', 0, 3).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DescribeAclsResponse:
        check_decode_version(version, 'DescribeAclsResponse', 0, 3)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DescribeAclsResponse')
        return result


_SET_DescribeAclsRequest: tuple[Any, ...] = tuple(
    vars(DescribeAclsRequest)[name].__set__ for name in ('resource_type_filter', 'resource_name_filter', 'pattern_type_filter', 'principal_filter', 'host_filter', 'operation', 'permission_type', 'unknown_tagged_fields', ))


def _new_DescribeAclsRequest(resource_type_filter: int, resource_name_filter: str | None, pattern_type_filter: int, principal_filter: str | None, host_filter: str | None, operation: int, permission_type: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeAclsRequest:
    instance_: DescribeAclsRequest = object.__new__(DescribeAclsRequest)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, = _SET_DescribeAclsRequest
    set0_(instance_, resource_type_filter)
    set1_(instance_, resource_name_filter)
    set2_(instance_, pattern_type_filter)
    set3_(instance_, principal_filter)
    set4_(instance_, host_filter)
    set5_(instance_, operation)
    set6_(instance_, permission_type)
    set7_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeAclsResponse__DescribeAclsResource: tuple[Any, ...] = tuple(
    vars(DescribeAclsResponse.DescribeAclsResource)[name].__set__ for name in ('resource_type', 'resource_name', 'pattern_type', 'acls', 'unknown_tagged_fields', ))


def _new_DescribeAclsResponse__DescribeAclsResource(resource_type: int, resource_name: str, pattern_type: int, acls: tuple[DescribeAclsResponse.AclDescription, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeAclsResponse.DescribeAclsResource:
    instance_: DescribeAclsResponse.DescribeAclsResource = object.__new__(DescribeAclsResponse.DescribeAclsResource)
    set0_, set1_, set2_, set3_, set4_, = _SET_DescribeAclsResponse__DescribeAclsResource
    set0_(instance_, resource_type)
    set1_(instance_, resource_name)
    set2_(instance_, pattern_type)
    set3_(instance_, acls)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeAclsResponse__AclDescription: tuple[Any, ...] = tuple(
    vars(DescribeAclsResponse.AclDescription)[name].__set__ for name in ('principal', 'host', 'operation', 'permission_type', 'unknown_tagged_fields', ))


def _new_DescribeAclsResponse__AclDescription(principal: str, host: str, operation: int, permission_type: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeAclsResponse.AclDescription:
    instance_: DescribeAclsResponse.AclDescription = object.__new__(DescribeAclsResponse.AclDescription)
    set0_, set1_, set2_, set3_, set4_, = _SET_DescribeAclsResponse__AclDescription
    set0_(instance_, principal)
    set1_(instance_, host)
    set2_(instance_, operation)
    set3_(instance_, permission_type)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeAclsResponse: tuple[Any, ...] = tuple(
    vars(DescribeAclsResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'error_message', 'resources', 'unknown_tagged_fields', ))


def _new_DescribeAclsResponse(throttle_time_ms: int, error_code: int, error_message: str | None, resources: tuple[DescribeAclsResponse.DescribeAclsResource, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeAclsResponse:
    instance_: DescribeAclsResponse = object.__new__(DescribeAclsResponse)
    set0_, set1_, set2_, set3_, set4_, = _SET_DescribeAclsResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, resources)
    set4_(instance_, unknown_tagged_fields)
    return instance_
