# generated from UpdateFeaturesRequest.json, UpdateFeaturesResponse.json; do not edit
"""UpdateFeatures (API key 57): request and response."""

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

__all__ = ['UpdateFeaturesRequest', 'UpdateFeaturesResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class UpdateFeaturesRequest:
    """UpdateFeaturesRequest, API key 57: versions 0-2, flexible 0+."""

    API_KEY: ClassVar[int] = 57
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    timeout_ms: int = 60000  # versions 0+
    feature_updates: tuple[UpdateFeaturesRequest.FeatureUpdateKey, ...] = ()  # versions 0+
    validate_only: bool = False  # versions 1+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class FeatureUpdateKey:
        """UpdateFeaturesRequest.FeatureUpdateKey: versions 0+."""

        feature: str = ''  # versions 0+
        max_version_level: int = 0  # versions 0+
        allow_downgrade: bool = False  # versions 0
        upgrade_type: int = 1  # versions 1+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.feature)
            writer.int16(self.max_version_level)
            if version <= 0:
                writer.boolean(self.allow_downgrade)
            else:
                if self.allow_downgrade:
                    raise EncodeError(f'UpdateFeaturesRequest.FeatureUpdateKey.allow_downgrade is set, but version {version} lacks it')
            if version <= 0:
                if self.upgrade_type != 1:
                    raise EncodeError(f'UpdateFeaturesRequest.FeatureUpdateKey.upgrade_type is set, but version {version} lacks it')
            else:
                writer.int8(self.upgrade_type)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> UpdateFeaturesRequest.FeatureUpdateKey:
            f_feature: str
            f_max_version_level: int
            f_allow_downgrade: bool
            f_upgrade_type: int
            f_feature = reader.compact_string('UpdateFeaturesRequest.FeatureUpdateKey.feature')
            f_max_version_level = reader.int16('UpdateFeaturesRequest.FeatureUpdateKey.max_version_level')
            f_allow_downgrade = reader.boolean('UpdateFeaturesRequest.FeatureUpdateKey.allow_downgrade') if version <= 0 else False
            f_upgrade_type = 1 if version <= 0 else reader.int8('UpdateFeaturesRequest.FeatureUpdateKey.upgrade_type')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('UpdateFeaturesRequest.FeatureUpdateKey.tagged_fields')
            return _new_UpdateFeaturesRequest__FeatureUpdateKey(f_feature, f_max_version_level, f_allow_downgrade, f_upgrade_type, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.timeout_ms)
        items_feature_updates = self.feature_updates
        writer.compact_array_length(items_feature_updates)
        for each_feature_updates in items_feature_updates:
            each_feature_updates.write(writer, version)
        if version <= 0:
            if self.validate_only:
                raise EncodeError(f'UpdateFeaturesRequest.validate_only is set, but version {version} lacks it')
        else:
            writer.boolean(self.validate_only)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> UpdateFeaturesRequest:
        f_timeout_ms: int
        f_feature_updates: tuple[UpdateFeaturesRequest.FeatureUpdateKey, ...]
        f_validate_only: bool
        f_timeout_ms = reader.int32('UpdateFeaturesRequest.timeout_ms')
        count_f_feature_updates = reader.compact_array_length('UpdateFeaturesRequest.feature_updates')
        read_f_feature_updates = UpdateFeaturesRequest.FeatureUpdateKey.read
        f_feature_updates = tuple([read_f_feature_updates(reader, version) for _ in range(count_f_feature_updates)])
        f_validate_only = False if version <= 0 else reader.boolean('UpdateFeaturesRequest.validate_only')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('UpdateFeaturesRequest.tagged_fields')
        return _new_UpdateFeaturesRequest(f_timeout_ms, f_feature_updates, f_validate_only, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'UpdateFeaturesRequest', 0, 2).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'UpdateFeaturesRequest', 0, 2).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> UpdateFeaturesRequest:
        check_decode_version(version, 'UpdateFeaturesRequest', 0, 2)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('UpdateFeaturesRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class UpdateFeaturesResponse:
    """UpdateFeaturesResponse, API key 57: versions 0-2, flexible 0+."""

    API_KEY: ClassVar[int] = 57
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 2
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 0+
    error_message: str | None = ''  # versions 0+; nullable 0+
    results: tuple[UpdateFeaturesResponse.UpdatableFeatureResult, ...] = ()  # versions 0-1; ignorable
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class UpdatableFeatureResult:
        """UpdateFeaturesResponse.UpdatableFeatureResult: versions 0-1."""

        feature: str = ''  # versions 0+
        error_code: int = 0  # versions 0+
        error_message: str | None = ''  # versions 0+; nullable 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.feature)
            writer.int16(self.error_code)
            writer.compact_nullable_string(self.error_message)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> UpdateFeaturesResponse.UpdatableFeatureResult:
            f_feature: str
            f_error_code: int
            f_error_message: str | None
            f_feature = reader.compact_string('UpdateFeaturesResponse.UpdatableFeatureResult.feature')
            f_error_code = reader.int16('UpdateFeaturesResponse.UpdatableFeatureResult.error_code')
            f_error_message = reader.compact_nullable_string('UpdateFeaturesResponse.UpdatableFeatureResult.error_message')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('UpdateFeaturesResponse.UpdatableFeatureResult.tagged_fields')
            return _new_UpdateFeaturesResponse__UpdatableFeatureResult(f_feature, f_error_code, f_error_message, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        writer.compact_nullable_string(self.error_message)
        if version <= 1:
            items_results = self.results
            writer.compact_array_length(items_results)
            for each_results in items_results:
                each_results.write(writer, version)
        else:
            pass
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> UpdateFeaturesResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_error_message: str | None
        f_results: tuple[UpdateFeaturesResponse.UpdatableFeatureResult, ...]
        f_throttle_time_ms = reader.int32('UpdateFeaturesResponse.throttle_time_ms')
        f_error_code = reader.int16('UpdateFeaturesResponse.error_code')
        f_error_message = reader.compact_nullable_string('UpdateFeaturesResponse.error_message')
        if version <= 1:
            count_f_results = reader.compact_array_length('UpdateFeaturesResponse.results')
            read_f_results = UpdateFeaturesResponse.UpdatableFeatureResult.read
            f_results = tuple([read_f_results(reader, version) for _ in range(count_f_results)])
        else:
            f_results = ()
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('UpdateFeaturesResponse.tagged_fields')
        return _new_UpdateFeaturesResponse(f_throttle_time_ms, f_error_code, f_error_message, f_results, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'UpdateFeaturesResponse', 0, 2).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'UpdateFeaturesResponse', 0, 2).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> UpdateFeaturesResponse:
        check_decode_version(version, 'UpdateFeaturesResponse', 0, 2)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('UpdateFeaturesResponse')
        return result


_SET_UpdateFeaturesRequest__FeatureUpdateKey: tuple[Any, ...] = tuple(
    vars(UpdateFeaturesRequest.FeatureUpdateKey)[name].__set__ for name in ('feature', 'max_version_level', 'allow_downgrade', 'upgrade_type', 'unknown_tagged_fields', ))


def _new_UpdateFeaturesRequest__FeatureUpdateKey(feature: str, max_version_level: int, allow_downgrade: bool, upgrade_type: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> UpdateFeaturesRequest.FeatureUpdateKey:
    instance_: UpdateFeaturesRequest.FeatureUpdateKey = object.__new__(UpdateFeaturesRequest.FeatureUpdateKey)
    set0_, set1_, set2_, set3_, set4_, = _SET_UpdateFeaturesRequest__FeatureUpdateKey
    set0_(instance_, feature)
    set1_(instance_, max_version_level)
    set2_(instance_, allow_downgrade)
    set3_(instance_, upgrade_type)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_UpdateFeaturesRequest: tuple[Any, ...] = tuple(
    vars(UpdateFeaturesRequest)[name].__set__ for name in ('timeout_ms', 'feature_updates', 'validate_only', 'unknown_tagged_fields', ))


def _new_UpdateFeaturesRequest(timeout_ms: int, feature_updates: tuple[UpdateFeaturesRequest.FeatureUpdateKey, ...], validate_only: bool, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> UpdateFeaturesRequest:
    instance_: UpdateFeaturesRequest = object.__new__(UpdateFeaturesRequest)
    set0_, set1_, set2_, set3_, = _SET_UpdateFeaturesRequest
    set0_(instance_, timeout_ms)
    set1_(instance_, feature_updates)
    set2_(instance_, validate_only)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_UpdateFeaturesResponse__UpdatableFeatureResult: tuple[Any, ...] = tuple(
    vars(UpdateFeaturesResponse.UpdatableFeatureResult)[name].__set__ for name in ('feature', 'error_code', 'error_message', 'unknown_tagged_fields', ))


def _new_UpdateFeaturesResponse__UpdatableFeatureResult(feature: str, error_code: int, error_message: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> UpdateFeaturesResponse.UpdatableFeatureResult:
    instance_: UpdateFeaturesResponse.UpdatableFeatureResult = object.__new__(UpdateFeaturesResponse.UpdatableFeatureResult)
    set0_, set1_, set2_, set3_, = _SET_UpdateFeaturesResponse__UpdatableFeatureResult
    set0_(instance_, feature)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_UpdateFeaturesResponse: tuple[Any, ...] = tuple(
    vars(UpdateFeaturesResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'error_message', 'results', 'unknown_tagged_fields', ))


def _new_UpdateFeaturesResponse(throttle_time_ms: int, error_code: int, error_message: str | None, results: tuple[UpdateFeaturesResponse.UpdatableFeatureResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> UpdateFeaturesResponse:
    instance_: UpdateFeaturesResponse = object.__new__(UpdateFeaturesResponse)
    set0_, set1_, set2_, set3_, set4_, = _SET_UpdateFeaturesResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, results)
    set4_(instance_, unknown_tagged_fields)
    return instance_
