# generated from DeleteGroupsRequest.json, DeleteGroupsResponse.json; do not edit
"""DeleteGroups (API key 42): request and response."""

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

__all__ = ['DeleteGroupsRequest', 'DeleteGroupsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class DeleteGroupsRequest:
    """DeleteGroupsRequest, API key 42: versions 0-2, flexible 2+."""

    API_KEY: ClassVar[int] = 42
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    groups_names: tuple[str, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        if version <= 1:
            items_groups_names = self.groups_names
            writer.array_length(items_groups_names)
            for each_groups_names in items_groups_names:
                writer.string(each_groups_names)
        else:
            items_groups_names = self.groups_names
            writer.compact_array_length(items_groups_names)
            for each_groups_names in items_groups_names:
                writer.compact_string(each_groups_names)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'DeleteGroupsRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DeleteGroupsRequest:
        f_groups_names: tuple[str, ...]
        if version <= 1:
            count_f_groups_names = reader.array_length('DeleteGroupsRequest.groups_names')
            f_groups_names = tuple([reader.string('DeleteGroupsRequest.groups_names') for _ in range(count_f_groups_names)])
        else:
            count_f_groups_names = reader.compact_array_length('DeleteGroupsRequest.groups_names')
            f_groups_names = tuple([reader.compact_string('DeleteGroupsRequest.groups_names') for _ in range(count_f_groups_names)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('DeleteGroupsRequest.tagged_fields')
        return _new_DeleteGroupsRequest(f_groups_names, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DeleteGroupsRequest', 0, 2).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DeleteGroupsRequest', 0, 2).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DeleteGroupsRequest:
        check_decode_version(version, 'DeleteGroupsRequest', 0, 2)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DeleteGroupsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class DeleteGroupsResponse:
    """DeleteGroupsResponse, API key 42: versions 0-2, flexible 2+."""

    API_KEY: ClassVar[int] = 42
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    throttle_time_ms: int = 0  # versions 0+
    results: tuple[DeleteGroupsResponse.DeletableGroupResult, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DeletableGroupResult:
        """DeleteGroupsResponse.DeletableGroupResult: versions 0+."""

        group_id: str = ''  # versions 0+
        error_code: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 1:
                writer.string(self.group_id)
            else:
                writer.compact_string(self.group_id)
            writer.int16(self.error_code)
            if version <= 1:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'DeleteGroupsResponse.DeletableGroupResult has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DeleteGroupsResponse.DeletableGroupResult:
            f_group_id: str
            f_error_code: int
            f_group_id = reader.string('DeleteGroupsResponse.DeletableGroupResult.group_id') if version <= 1 else reader.compact_string('DeleteGroupsResponse.DeletableGroupResult.group_id')
            f_error_code = reader.int16('DeleteGroupsResponse.DeletableGroupResult.error_code')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('DeleteGroupsResponse.DeletableGroupResult.tagged_fields')
            return _new_DeleteGroupsResponse__DeletableGroupResult(f_group_id, f_error_code, unknown)

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
                raise EncodeError(f'DeleteGroupsResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DeleteGroupsResponse:
        f_throttle_time_ms: int
        f_results: tuple[DeleteGroupsResponse.DeletableGroupResult, ...]
        f_throttle_time_ms = reader.int32('DeleteGroupsResponse.throttle_time_ms')
        if version <= 1:
            count_f_results = reader.array_length('DeleteGroupsResponse.results')
            read_f_results = DeleteGroupsResponse.DeletableGroupResult.read
            f_results = tuple([read_f_results(reader, version) for _ in range(count_f_results)])
        else:
            count_f_results = reader.compact_array_length('DeleteGroupsResponse.results')
            read_f_results = DeleteGroupsResponse.DeletableGroupResult.read
            f_results = tuple([read_f_results(reader, version) for _ in range(count_f_results)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('DeleteGroupsResponse.tagged_fields')
        return _new_DeleteGroupsResponse(f_throttle_time_ms, f_results, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DeleteGroupsResponse', 0, 2).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DeleteGroupsResponse', 0, 2).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DeleteGroupsResponse:
        check_decode_version(version, 'DeleteGroupsResponse', 0, 2)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DeleteGroupsResponse')
        return result


_SET_DeleteGroupsRequest: tuple[Any, ...] = tuple(
    vars(DeleteGroupsRequest)[name].__set__ for name in ('groups_names', 'unknown_tagged_fields', ))


def _new_DeleteGroupsRequest(groups_names: tuple[str, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DeleteGroupsRequest:
    instance_: DeleteGroupsRequest = object.__new__(DeleteGroupsRequest)
    set0_, set1_, = _SET_DeleteGroupsRequest
    set0_(instance_, groups_names)
    set1_(instance_, unknown_tagged_fields)
    return instance_


_SET_DeleteGroupsResponse__DeletableGroupResult: tuple[Any, ...] = tuple(
    vars(DeleteGroupsResponse.DeletableGroupResult)[name].__set__ for name in ('group_id', 'error_code', 'unknown_tagged_fields', ))


def _new_DeleteGroupsResponse__DeletableGroupResult(group_id: str, error_code: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DeleteGroupsResponse.DeletableGroupResult:
    instance_: DeleteGroupsResponse.DeletableGroupResult = object.__new__(DeleteGroupsResponse.DeletableGroupResult)
    set0_, set1_, set2_, = _SET_DeleteGroupsResponse__DeletableGroupResult
    set0_(instance_, group_id)
    set1_(instance_, error_code)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DeleteGroupsResponse: tuple[Any, ...] = tuple(
    vars(DeleteGroupsResponse)[name].__set__ for name in ('throttle_time_ms', 'results', 'unknown_tagged_fields', ))


def _new_DeleteGroupsResponse(throttle_time_ms: int, results: tuple[DeleteGroupsResponse.DeletableGroupResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DeleteGroupsResponse:
    instance_: DeleteGroupsResponse = object.__new__(DeleteGroupsResponse)
    set0_, set1_, set2_, = _SET_DeleteGroupsResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, results)
    set2_(instance_, unknown_tagged_fields)
    return instance_
