# generated from DeleteAclsRequest.json, DeleteAclsResponse.json; do not edit
"""DeleteAcls (API key 31): request and response."""

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

__all__ = ['DeleteAclsRequest', 'DeleteAclsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class DeleteAclsRequest:
    """DeleteAclsRequest, API key 31: versions 0-3, flexible 2+."""

    API_KEY: ClassVar[int] = 31
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 3
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    filters: tuple[DeleteAclsRequest.DeleteAclsFilter, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DeleteAclsFilter:
        """DeleteAclsRequest.DeleteAclsFilter: versions 0+."""

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
                    raise EncodeError(f'DeleteAclsRequest.DeleteAclsFilter.pattern_type_filter is set, but version {version} lacks it')
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
                    raise EncodeError(f'DeleteAclsRequest.DeleteAclsFilter has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DeleteAclsRequest.DeleteAclsFilter:
            f_resource_type_filter: int
            f_resource_name_filter: str | None
            f_pattern_type_filter: int
            f_principal_filter: str | None
            f_host_filter: str | None
            f_operation: int
            f_permission_type: int
            f_resource_type_filter = reader.int8('DeleteAclsRequest.DeleteAclsFilter.resource_type_filter')
            f_resource_name_filter = reader.nullable_string('DeleteAclsRequest.DeleteAclsFilter.resource_name_filter') if version <= 1 else reader.compact_nullable_string('DeleteAclsRequest.DeleteAclsFilter.resource_name_filter')
            f_pattern_type_filter = 3 if version <= 0 else reader.int8('DeleteAclsRequest.DeleteAclsFilter.pattern_type_filter')
            f_principal_filter = reader.nullable_string('DeleteAclsRequest.DeleteAclsFilter.principal_filter') if version <= 1 else reader.compact_nullable_string('DeleteAclsRequest.DeleteAclsFilter.principal_filter')
            f_host_filter = reader.nullable_string('DeleteAclsRequest.DeleteAclsFilter.host_filter') if version <= 1 else reader.compact_nullable_string('DeleteAclsRequest.DeleteAclsFilter.host_filter')
            f_operation = reader.int8('DeleteAclsRequest.DeleteAclsFilter.operation')
            f_permission_type = reader.int8('DeleteAclsRequest.DeleteAclsFilter.permission_type')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('DeleteAclsRequest.DeleteAclsFilter.tagged_fields')
            return _new_DeleteAclsRequest__DeleteAclsFilter(f_resource_type_filter, f_resource_name_filter, f_pattern_type_filter, f_principal_filter, f_host_filter, f_operation, f_permission_type, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 1:
            items_filters = self.filters
            writer.array_length(items_filters)
            for each_filters in items_filters:
                each_filters.write(writer, version)
        else:
            items_filters = self.filters
            writer.compact_array_length(items_filters)
            for each_filters in items_filters:
                each_filters.write(writer, version)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'DeleteAclsRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DeleteAclsRequest:
        f_filters: tuple[DeleteAclsRequest.DeleteAclsFilter, ...]
        if version <= 1:
            count_f_filters = reader.array_length('DeleteAclsRequest.filters')
            read_f_filters = DeleteAclsRequest.DeleteAclsFilter.read
            f_filters = tuple([read_f_filters(reader, version) for _ in range(count_f_filters)])
        else:
            count_f_filters = reader.compact_array_length('DeleteAclsRequest.filters')
            read_f_filters = DeleteAclsRequest.DeleteAclsFilter.read
            f_filters = tuple([read_f_filters(reader, version) for _ in range(count_f_filters)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('DeleteAclsRequest.tagged_fields')
        return _new_DeleteAclsRequest(f_filters, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DeleteAclsRequest', 0, 3).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DeleteAclsRequest', 0, 3).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DeleteAclsRequest:
        check_decode_version(version, 'DeleteAclsRequest', 0, 3)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DeleteAclsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class DeleteAclsResponse:
    """DeleteAclsResponse, API key 31: versions 0-3, flexible 2+."""

    API_KEY: ClassVar[int] = 31
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 3
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    throttle_time_ms: int = 0  # versions 0+
    filter_results: tuple[DeleteAclsResponse.DeleteAclsFilterResult, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DeleteAclsFilterResult:
        """DeleteAclsResponse.DeleteAclsFilterResult: versions 0+."""

        error_code: int = 0  # versions 0+
        error_message: str | None = ''  # versions 0+; nullable 0+
        matching_acls: tuple[DeleteAclsResponse.DeleteAclsMatchingAcl, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int16(self.error_code)
            if version <= 1:
                writer.nullable_string(self.error_message)
            else:
                writer.compact_nullable_string(self.error_message)
            if version <= 1:
                items_matching_acls = self.matching_acls
                writer.array_length(items_matching_acls)
                for each_matching_acls in items_matching_acls:
                    each_matching_acls.write(writer, version)
            else:
                items_matching_acls = self.matching_acls
                writer.compact_array_length(items_matching_acls)
                for each_matching_acls in items_matching_acls:
                    each_matching_acls.write(writer, version)
            if version <= 1:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'DeleteAclsResponse.DeleteAclsFilterResult has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DeleteAclsResponse.DeleteAclsFilterResult:
            f_error_code: int
            f_error_message: str | None
            f_matching_acls: tuple[DeleteAclsResponse.DeleteAclsMatchingAcl, ...]
            f_error_code = reader.int16('DeleteAclsResponse.DeleteAclsFilterResult.error_code')
            f_error_message = reader.nullable_string('DeleteAclsResponse.DeleteAclsFilterResult.error_message') if version <= 1 else reader.compact_nullable_string('DeleteAclsResponse.DeleteAclsFilterResult.error_message')
            if version <= 1:
                count_f_matching_acls = reader.array_length('DeleteAclsResponse.DeleteAclsFilterResult.matching_acls')
                read_f_matching_acls = DeleteAclsResponse.DeleteAclsMatchingAcl.read
                f_matching_acls = tuple([read_f_matching_acls(reader, version) for _ in range(count_f_matching_acls)])
            else:
                count_f_matching_acls = reader.compact_array_length('DeleteAclsResponse.DeleteAclsFilterResult.matching_acls')
                read_f_matching_acls = DeleteAclsResponse.DeleteAclsMatchingAcl.read
                f_matching_acls = tuple([read_f_matching_acls(reader, version) for _ in range(count_f_matching_acls)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('DeleteAclsResponse.DeleteAclsFilterResult.tagged_fields')
            return _new_DeleteAclsResponse__DeleteAclsFilterResult(f_error_code, f_error_message, f_matching_acls, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DeleteAclsMatchingAcl:
        """DeleteAclsResponse.DeleteAclsMatchingAcl: versions 0+."""

        error_code: int = 0  # versions 0+
        error_message: str | None = ''  # versions 0+; nullable 0+
        resource_type: int = 0  # versions 0+
        resource_name: str = ''  # versions 0+
        pattern_type: int = 3  # versions 1+
        principal: str = ''  # versions 0+
        host: str = ''  # versions 0+
        operation: int = 0  # versions 0+
        permission_type: int = 0  # versions 0+
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
            if version <= 0:
                if self.pattern_type != 3:
                    raise EncodeError(f'DeleteAclsResponse.DeleteAclsMatchingAcl.pattern_type is set, but version {version} lacks it')
            else:
                writer.int8(self.pattern_type)
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
                    raise EncodeError(f'DeleteAclsResponse.DeleteAclsMatchingAcl has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DeleteAclsResponse.DeleteAclsMatchingAcl:
            f_error_code: int
            f_error_message: str | None
            f_resource_type: int
            f_resource_name: str
            f_pattern_type: int
            f_principal: str
            f_host: str
            f_operation: int
            f_permission_type: int
            f_error_code = reader.int16('DeleteAclsResponse.DeleteAclsMatchingAcl.error_code')
            f_error_message = reader.nullable_string('DeleteAclsResponse.DeleteAclsMatchingAcl.error_message') if version <= 1 else reader.compact_nullable_string('DeleteAclsResponse.DeleteAclsMatchingAcl.error_message')
            f_resource_type = reader.int8('DeleteAclsResponse.DeleteAclsMatchingAcl.resource_type')
            f_resource_name = reader.string('DeleteAclsResponse.DeleteAclsMatchingAcl.resource_name') if version <= 1 else reader.compact_string('DeleteAclsResponse.DeleteAclsMatchingAcl.resource_name')
            f_pattern_type = 3 if version <= 0 else reader.int8('DeleteAclsResponse.DeleteAclsMatchingAcl.pattern_type')
            f_principal = reader.string('DeleteAclsResponse.DeleteAclsMatchingAcl.principal') if version <= 1 else reader.compact_string('DeleteAclsResponse.DeleteAclsMatchingAcl.principal')
            f_host = reader.string('DeleteAclsResponse.DeleteAclsMatchingAcl.host') if version <= 1 else reader.compact_string('DeleteAclsResponse.DeleteAclsMatchingAcl.host')
            f_operation = reader.int8('DeleteAclsResponse.DeleteAclsMatchingAcl.operation')
            f_permission_type = reader.int8('DeleteAclsResponse.DeleteAclsMatchingAcl.permission_type')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('DeleteAclsResponse.DeleteAclsMatchingAcl.tagged_fields')
            return _new_DeleteAclsResponse__DeleteAclsMatchingAcl(f_error_code, f_error_message, f_resource_type, f_resource_name, f_pattern_type, f_principal, f_host, f_operation, f_permission_type, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        if version <= 1:
            items_filter_results = self.filter_results
            writer.array_length(items_filter_results)
            for each_filter_results in items_filter_results:
                each_filter_results.write(writer, version)
        else:
            items_filter_results = self.filter_results
            writer.compact_array_length(items_filter_results)
            for each_filter_results in items_filter_results:
                each_filter_results.write(writer, version)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'DeleteAclsResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DeleteAclsResponse:
        f_throttle_time_ms: int
        f_filter_results: tuple[DeleteAclsResponse.DeleteAclsFilterResult, ...]
        f_throttle_time_ms = reader.int32('DeleteAclsResponse.throttle_time_ms')
        if version <= 1:
            count_f_filter_results = reader.array_length('DeleteAclsResponse.filter_results')
            read_f_filter_results = DeleteAclsResponse.DeleteAclsFilterResult.read
            f_filter_results = tuple([read_f_filter_results(reader, version) for _ in range(count_f_filter_results)])
        else:
            count_f_filter_results = reader.compact_array_length('DeleteAclsResponse.filter_results')
            read_f_filter_results = DeleteAclsResponse.DeleteAclsFilterResult.read
            f_filter_results = tuple([read_f_filter_results(reader, version) for _ in range(count_f_filter_results)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('DeleteAclsResponse.tagged_fields')
        return _new_DeleteAclsResponse(f_throttle_time_ms, f_filter_results, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DeleteAclsResponse', 0, 3).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DeleteAclsResponse', 0, 3).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DeleteAclsResponse:
        check_decode_version(version, 'DeleteAclsResponse', 0, 3)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DeleteAclsResponse')
        return result


_SET_DeleteAclsRequest__DeleteAclsFilter: tuple[Any, ...] = tuple(
    vars(DeleteAclsRequest.DeleteAclsFilter)[name].__set__ for name in ('resource_type_filter', 'resource_name_filter', 'pattern_type_filter', 'principal_filter', 'host_filter', 'operation', 'permission_type', 'unknown_tagged_fields', ))


def _new_DeleteAclsRequest__DeleteAclsFilter(resource_type_filter: int, resource_name_filter: str | None, pattern_type_filter: int, principal_filter: str | None, host_filter: str | None, operation: int, permission_type: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DeleteAclsRequest.DeleteAclsFilter:
    instance_: DeleteAclsRequest.DeleteAclsFilter = object.__new__(DeleteAclsRequest.DeleteAclsFilter)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, = _SET_DeleteAclsRequest__DeleteAclsFilter
    set0_(instance_, resource_type_filter)
    set1_(instance_, resource_name_filter)
    set2_(instance_, pattern_type_filter)
    set3_(instance_, principal_filter)
    set4_(instance_, host_filter)
    set5_(instance_, operation)
    set6_(instance_, permission_type)
    set7_(instance_, unknown_tagged_fields)
    return instance_


_SET_DeleteAclsRequest: tuple[Any, ...] = tuple(
    vars(DeleteAclsRequest)[name].__set__ for name in ('filters', 'unknown_tagged_fields', ))


def _new_DeleteAclsRequest(filters: tuple[DeleteAclsRequest.DeleteAclsFilter, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DeleteAclsRequest:
    instance_: DeleteAclsRequest = object.__new__(DeleteAclsRequest)
    set0_, set1_, = _SET_DeleteAclsRequest
    set0_(instance_, filters)
    set1_(instance_, unknown_tagged_fields)
    return instance_


_SET_DeleteAclsResponse__DeleteAclsFilterResult: tuple[Any, ...] = tuple(
    vars(DeleteAclsResponse.DeleteAclsFilterResult)[name].__set__ for name in ('error_code', 'error_message', 'matching_acls', 'unknown_tagged_fields', ))


def _new_DeleteAclsResponse__DeleteAclsFilterResult(error_code: int, error_message: str | None, matching_acls: tuple[DeleteAclsResponse.DeleteAclsMatchingAcl, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DeleteAclsResponse.DeleteAclsFilterResult:
    instance_: DeleteAclsResponse.DeleteAclsFilterResult = object.__new__(DeleteAclsResponse.DeleteAclsFilterResult)
    set0_, set1_, set2_, set3_, = _SET_DeleteAclsResponse__DeleteAclsFilterResult
    set0_(instance_, error_code)
    set1_(instance_, error_message)
    set2_(instance_, matching_acls)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_DeleteAclsResponse__DeleteAclsMatchingAcl: tuple[Any, ...] = tuple(
    vars(DeleteAclsResponse.DeleteAclsMatchingAcl)[name].__set__ for name in ('error_code', 'error_message', 'resource_type', 'resource_name', 'pattern_type', 'principal', 'host', 'operation', 'permission_type', 'unknown_tagged_fields', ))


def _new_DeleteAclsResponse__DeleteAclsMatchingAcl(error_code: int, error_message: str | None, resource_type: int, resource_name: str, pattern_type: int, principal: str, host: str, operation: int, permission_type: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DeleteAclsResponse.DeleteAclsMatchingAcl:
    instance_: DeleteAclsResponse.DeleteAclsMatchingAcl = object.__new__(DeleteAclsResponse.DeleteAclsMatchingAcl)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, set9_, = _SET_DeleteAclsResponse__DeleteAclsMatchingAcl
    set0_(instance_, error_code)
    set1_(instance_, error_message)
    set2_(instance_, resource_type)
    set3_(instance_, resource_name)
    set4_(instance_, pattern_type)
    set5_(instance_, principal)
    set6_(instance_, host)
    set7_(instance_, operation)
    set8_(instance_, permission_type)
    set9_(instance_, unknown_tagged_fields)
    return instance_


_SET_DeleteAclsResponse: tuple[Any, ...] = tuple(
    vars(DeleteAclsResponse)[name].__set__ for name in ('throttle_time_ms', 'filter_results', 'unknown_tagged_fields', ))


def _new_DeleteAclsResponse(throttle_time_ms: int, filter_results: tuple[DeleteAclsResponse.DeleteAclsFilterResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DeleteAclsResponse:
    instance_: DeleteAclsResponse = object.__new__(DeleteAclsResponse)
    set0_, set1_, set2_, = _SET_DeleteAclsResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, filter_results)
    set2_(instance_, unknown_tagged_fields)
    return instance_
