# generated from ApiVersionsRequest.json, ApiVersionsResponse.json; do not edit
"""ApiVersions (API key 18): request and response."""

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

__all__ = ['ApiVersionsRequest', 'ApiVersionsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class ApiVersionsRequest:
    """ApiVersionsRequest, API key 18: versions 0-4, flexible 3+."""

    API_KEY: ClassVar[int] = 18
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 3

    client_software_name: str = ''  # versions 3+; ignorable
    client_software_version: str = ''  # versions 3+; ignorable
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        if version <= 2:
            pass
        else:
            writer.compact_string(self.client_software_name)
        if version <= 2:
            pass
        else:
            writer.compact_string(self.client_software_version)
        if version <= 2:
            if self.unknown_tagged_fields:
                raise EncodeError(f'ApiVersionsRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ApiVersionsRequest:
        f_client_software_name: str
        f_client_software_version: str
        f_client_software_name = '' if version <= 2 else reader.compact_string('ApiVersionsRequest.client_software_name')
        f_client_software_version = '' if version <= 2 else reader.compact_string('ApiVersionsRequest.client_software_version')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 2 else reader.unknown_tagged_fields('ApiVersionsRequest.tagged_fields')
        return _new_ApiVersionsRequest(f_client_software_name, f_client_software_version, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ApiVersionsRequest', 0, 4).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ApiVersionsRequest', 0, 4).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ApiVersionsRequest:
        check_decode_version(version, 'ApiVersionsRequest', 0, 4)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ApiVersionsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class ApiVersionsResponse:
    """ApiVersionsResponse, API key 18: versions 0-4, flexible 3+."""

    API_KEY: ClassVar[int] = 18
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 4
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 3

    error_code: int = 0  # versions 0+
    api_keys: tuple[ApiVersionsResponse.ApiVersion, ...] = ()  # versions 0+
    throttle_time_ms: int = 0  # versions 1+; ignorable
    supported_features: tuple[ApiVersionsResponse.SupportedFeatureKey, ...] = ()  # versions 3+; tag 0 in 3+; ignorable
    finalized_features_epoch: int = -1  # versions 3+; tag 1 in 3+; ignorable
    finalized_features: tuple[ApiVersionsResponse.FinalizedFeatureKey, ...] = ()  # versions 3+; tag 2 in 3+; ignorable
    zk_migration_ready: bool = False  # versions 3+; tag 3 in 3+; ignorable
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ApiVersion:
        """ApiVersionsResponse.ApiVersion: versions 0+."""

        api_key: int = 0  # versions 0+
        min_version: int = 0  # versions 0+
        max_version: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int16(self.api_key)
            writer.int16(self.min_version)
            writer.int16(self.max_version)
            if version <= 2:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'ApiVersionsResponse.ApiVersion has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ApiVersionsResponse.ApiVersion:
            f_api_key: int
            f_min_version: int
            f_max_version: int
            f_api_key = reader.int16('ApiVersionsResponse.ApiVersion.api_key')
            f_min_version = reader.int16('ApiVersionsResponse.ApiVersion.min_version')
            f_max_version = reader.int16('ApiVersionsResponse.ApiVersion.max_version')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 2 else reader.unknown_tagged_fields('ApiVersionsResponse.ApiVersion.tagged_fields')
            return _new_ApiVersionsResponse__ApiVersion(f_api_key, f_min_version, f_max_version, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class SupportedFeatureKey:
        """ApiVersionsResponse.SupportedFeatureKey: versions 3+."""

        name: str = ''  # versions 3+
        min_version: int = 0  # versions 3+
        max_version: int = 0  # versions 3+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.name)
            writer.int16(self.min_version)
            writer.int16(self.max_version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ApiVersionsResponse.SupportedFeatureKey:
            f_name: str
            f_min_version: int
            f_max_version: int
            f_name = reader.compact_string('ApiVersionsResponse.SupportedFeatureKey.name')
            f_min_version = reader.int16('ApiVersionsResponse.SupportedFeatureKey.min_version')
            f_max_version = reader.int16('ApiVersionsResponse.SupportedFeatureKey.max_version')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ApiVersionsResponse.SupportedFeatureKey.tagged_fields')
            return _new_ApiVersionsResponse__SupportedFeatureKey(f_name, f_min_version, f_max_version, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class FinalizedFeatureKey:
        """ApiVersionsResponse.FinalizedFeatureKey: versions 3+."""

        name: str = ''  # versions 3+
        max_version_level: int = 0  # versions 3+
        min_version_level: int = 0  # versions 3+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.name)
            writer.int16(self.max_version_level)
            writer.int16(self.min_version_level)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ApiVersionsResponse.FinalizedFeatureKey:
            f_name: str
            f_max_version_level: int
            f_min_version_level: int
            f_name = reader.compact_string('ApiVersionsResponse.FinalizedFeatureKey.name')
            f_max_version_level = reader.int16('ApiVersionsResponse.FinalizedFeatureKey.max_version_level')
            f_min_version_level = reader.int16('ApiVersionsResponse.FinalizedFeatureKey.min_version_level')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ApiVersionsResponse.FinalizedFeatureKey.tagged_fields')
            return _new_ApiVersionsResponse__FinalizedFeatureKey(f_name, f_max_version_level, f_min_version_level, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int16(self.error_code)
        if version <= 2:
            items_api_keys = self.api_keys
            writer.array_length(items_api_keys)
            for each_api_keys in items_api_keys:
                each_api_keys.write(writer, version)
        else:
            items_api_keys = self.api_keys
            writer.compact_array_length(items_api_keys)
            for each_api_keys in items_api_keys:
                each_api_keys.write(writer, version)
        if version <= 0:
            pass
        else:
            writer.int32(self.throttle_time_ms)
        if version <= 2:
            if self.unknown_tagged_fields:
                raise EncodeError(f'ApiVersionsResponse has tagged fields, but version {version} is not flexible')
        else:
            known: list[tuple[int, bytes]] = []
            if self.supported_features != ():
                tagged = Writer()
                items_supported_features = self.supported_features
                tagged.compact_array_length(items_supported_features)
                for each_supported_features in items_supported_features:
                    each_supported_features.write(tagged, version)
                known.append((0, tagged.getvalue()))
            if self.finalized_features_epoch != -1:
                tagged = Writer()
                tagged.int64(self.finalized_features_epoch)
                known.append((1, tagged.getvalue()))
            if self.finalized_features != ():
                tagged = Writer()
                items_finalized_features = self.finalized_features
                tagged.compact_array_length(items_finalized_features)
                for each_finalized_features in items_finalized_features:
                    each_finalized_features.write(tagged, version)
                known.append((2, tagged.getvalue()))
            if self.zk_migration_ready:
                tagged = Writer()
                tagged.boolean(self.zk_migration_ready)
                known.append((3, tagged.getvalue()))
            writer.tagged_fields(known, self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ApiVersionsResponse:
        f_error_code: int
        f_api_keys: tuple[ApiVersionsResponse.ApiVersion, ...]
        f_throttle_time_ms: int
        f_supported_features: tuple[ApiVersionsResponse.SupportedFeatureKey, ...]
        f_finalized_features_epoch: int
        f_finalized_features: tuple[ApiVersionsResponse.FinalizedFeatureKey, ...]
        f_zk_migration_ready: bool
        f_error_code = reader.int16('ApiVersionsResponse.error_code')
        if version <= 2:
            count_f_api_keys = reader.array_length('ApiVersionsResponse.api_keys')
            read_f_api_keys = ApiVersionsResponse.ApiVersion.read
            f_api_keys = tuple([read_f_api_keys(reader, version) for _ in range(count_f_api_keys)])
        else:
            count_f_api_keys = reader.compact_array_length('ApiVersionsResponse.api_keys')
            read_f_api_keys = ApiVersionsResponse.ApiVersion.read
            f_api_keys = tuple([read_f_api_keys(reader, version) for _ in range(count_f_api_keys)])
        f_throttle_time_ms = 0 if version <= 0 else reader.int32('ApiVersionsResponse.throttle_time_ms')
        f_supported_features = ()
        f_finalized_features_epoch = -1
        f_finalized_features = ()
        f_zk_migration_ready = False
        unknown: tuple[tuple[int, bytes], ...]
        if version <= 2:
            unknown = ()
        else:
            unknown_list: list[tuple[int, bytes]] = []
            for _ in range(reader.tagged_field_count('ApiVersionsResponse.tagged_fields')):
                tag, end = reader.tagged_field_header('ApiVersionsResponse.tagged_fields')
                if tag == 0:
                    count_f_supported_features = reader.compact_array_length('ApiVersionsResponse.supported_features')
                    read_f_supported_features = ApiVersionsResponse.SupportedFeatureKey.read
                    f_supported_features = tuple([read_f_supported_features(reader, version) for _ in range(count_f_supported_features)])
                    reader.expect_position(end, 'ApiVersionsResponse.tagged_fields')
                elif tag == 1:
                    f_finalized_features_epoch = reader.int64('ApiVersionsResponse.finalized_features_epoch')
                    reader.expect_position(end, 'ApiVersionsResponse.tagged_fields')
                elif tag == 2:
                    count_f_finalized_features = reader.compact_array_length('ApiVersionsResponse.finalized_features')
                    read_f_finalized_features = ApiVersionsResponse.FinalizedFeatureKey.read
                    f_finalized_features = tuple([read_f_finalized_features(reader, version) for _ in range(count_f_finalized_features)])
                    reader.expect_position(end, 'ApiVersionsResponse.tagged_fields')
                elif tag == 3:
                    f_zk_migration_ready = reader.boolean('ApiVersionsResponse.zk_migration_ready')
                    reader.expect_position(end, 'ApiVersionsResponse.tagged_fields')
                else:
                    unknown_list.append((tag, reader.raw(end - reader.position, 'ApiVersionsResponse.tagged_fields')))
            unknown = tuple(unknown_list)
        return _new_ApiVersionsResponse(f_error_code, f_api_keys, f_throttle_time_ms, f_supported_features, f_finalized_features_epoch, f_finalized_features, f_zk_migration_ready, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ApiVersionsResponse', 0, 4).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ApiVersionsResponse', 0, 4).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ApiVersionsResponse:
        check_decode_version(version, 'ApiVersionsResponse', 0, 4)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ApiVersionsResponse')
        return result


_SET_ApiVersionsRequest: tuple[Any, ...] = tuple(
    vars(ApiVersionsRequest)[name].__set__ for name in ('client_software_name', 'client_software_version', 'unknown_tagged_fields', ))


def _new_ApiVersionsRequest(client_software_name: str, client_software_version: str, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ApiVersionsRequest:
    instance_: ApiVersionsRequest = object.__new__(ApiVersionsRequest)
    set0_, set1_, set2_, = _SET_ApiVersionsRequest
    set0_(instance_, client_software_name)
    set1_(instance_, client_software_version)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ApiVersionsResponse__ApiVersion: tuple[Any, ...] = tuple(
    vars(ApiVersionsResponse.ApiVersion)[name].__set__ for name in ('api_key', 'min_version', 'max_version', 'unknown_tagged_fields', ))


def _new_ApiVersionsResponse__ApiVersion(api_key: int, min_version: int, max_version: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ApiVersionsResponse.ApiVersion:
    instance_: ApiVersionsResponse.ApiVersion = object.__new__(ApiVersionsResponse.ApiVersion)
    set0_, set1_, set2_, set3_, = _SET_ApiVersionsResponse__ApiVersion
    set0_(instance_, api_key)
    set1_(instance_, min_version)
    set2_(instance_, max_version)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_ApiVersionsResponse__SupportedFeatureKey: tuple[Any, ...] = tuple(
    vars(ApiVersionsResponse.SupportedFeatureKey)[name].__set__ for name in ('name', 'min_version', 'max_version', 'unknown_tagged_fields', ))


def _new_ApiVersionsResponse__SupportedFeatureKey(name: str, min_version: int, max_version: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ApiVersionsResponse.SupportedFeatureKey:
    instance_: ApiVersionsResponse.SupportedFeatureKey = object.__new__(ApiVersionsResponse.SupportedFeatureKey)
    set0_, set1_, set2_, set3_, = _SET_ApiVersionsResponse__SupportedFeatureKey
    set0_(instance_, name)
    set1_(instance_, min_version)
    set2_(instance_, max_version)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_ApiVersionsResponse__FinalizedFeatureKey: tuple[Any, ...] = tuple(
    vars(ApiVersionsResponse.FinalizedFeatureKey)[name].__set__ for name in ('name', 'max_version_level', 'min_version_level', 'unknown_tagged_fields', ))


def _new_ApiVersionsResponse__FinalizedFeatureKey(name: str, max_version_level: int, min_version_level: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ApiVersionsResponse.FinalizedFeatureKey:
    instance_: ApiVersionsResponse.FinalizedFeatureKey = object.__new__(ApiVersionsResponse.FinalizedFeatureKey)
    set0_, set1_, set2_, set3_, = _SET_ApiVersionsResponse__FinalizedFeatureKey
    set0_(instance_, name)
    set1_(instance_, max_version_level)
    set2_(instance_, min_version_level)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_ApiVersionsResponse: tuple[Any, ...] = tuple(
    vars(ApiVersionsResponse)[name].__set__ for name in ('error_code', 'api_keys', 'throttle_time_ms', 'supported_features', 'finalized_features_epoch', 'finalized_features', 'zk_migration_ready', 'unknown_tagged_fields', ))


def _new_ApiVersionsResponse(error_code: int, api_keys: tuple[ApiVersionsResponse.ApiVersion, ...], throttle_time_ms: int, supported_features: tuple[ApiVersionsResponse.SupportedFeatureKey, ...], finalized_features_epoch: int, finalized_features: tuple[ApiVersionsResponse.FinalizedFeatureKey, ...], zk_migration_ready: bool, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ApiVersionsResponse:
    instance_: ApiVersionsResponse = object.__new__(ApiVersionsResponse)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, = _SET_ApiVersionsResponse
    set0_(instance_, error_code)
    set1_(instance_, api_keys)
    set2_(instance_, throttle_time_ms)
    set3_(instance_, supported_features)
    set4_(instance_, finalized_features_epoch)
    set5_(instance_, finalized_features)
    set6_(instance_, zk_migration_ready)
    set7_(instance_, unknown_tagged_fields)
    return instance_
