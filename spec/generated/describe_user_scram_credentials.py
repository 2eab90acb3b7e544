# generated from DescribeUserScramCredentialsRequest.json, DescribeUserScramCredentialsResponse.json; do not edit
"""DescribeUserScramCredentials (API key 50): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

__all__ = ['DescribeUserScramCredentialsRequest', 'DescribeUserScramCredentialsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class DescribeUserScramCredentialsRequest:
    """DescribeUserScramCredentialsRequest, API key 50: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 50
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    users: tuple[DescribeUserScramCredentialsRequest.UserName, ...] | None = ()  # versions 0+; nullable 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class UserName:
        """DescribeUserScramCredentialsRequest.UserName: versions 0+."""

        name: str = ''  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.name)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeUserScramCredentialsRequest.UserName:
            f_name: str
            f_name = reader.compact_string('DescribeUserScramCredentialsRequest.UserName.name')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DescribeUserScramCredentialsRequest.UserName.tagged_fields')
            return _new_DescribeUserScramCredentialsRequest__UserName(f_name, unknown)

    def write(self, writer: Writer, version: int) -> None:
        items_users: tuple[DescribeUserScramCredentialsRequest.UserName, ...] | None
        items_users = self.users
        writer.compact_array_length(items_users)
        if items_users is not None:
            for each_users in items_users:
                each_users.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DescribeUserScramCredentialsRequest:
        f_users: tuple[DescribeUserScramCredentialsRequest.UserName, ...] | None
        count_f_users = reader.compact_nullable_array_length('DescribeUserScramCredentialsRequest.users')
        read_f_users = DescribeUserScramCredentialsRequest.UserName.read
        f_users = None if count_f_users < 0 else tuple([read_f_users(reader, version) for _ in range(count_f_users)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('DescribeUserScramCredentialsRequest.tagged_fields')
        return _new_DescribeUserScramCredentialsRequest(f_users, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DescribeUserScramCredentialsRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DescribeUserScramCredentialsRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DescribeUserScramCredentialsRequest:
        check_decode_version(version, 'DescribeUserScramCredentialsRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DescribeUserScramCredentialsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class DescribeUserScramCredentialsResponse:
    """DescribeUserScramCredentialsResponse, API key 50: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 50
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+
    error_code: int = 0  # versions 0+
    error_message: str | None = ''  # versions 0+; nullable 0+
    results: tuple[DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DescribeUserScramCredentialsResult:
        """DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult: versions 0+."""

        user: str = ''  # versions 0+
        error_code: int = 0  # versions 0+
        error_message: str | None = ''  # versions 0+; nullable 0+
        credential_infos: tuple[DescribeUserScramCredentialsResponse.CredentialInfo, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.user)
            writer.int16(self.error_code)
            writer.compact_nullable_string(self.error_message)
            items_credential_infos = self.credential_infos
            writer.compact_array_length(items_credential_infos)
            for each_credential_infos in items_credential_infos:
                each_credential_infos.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult:
            f_user: str
            f_error_code: int
            f_error_message: str | None
            f_credential_infos: tuple[DescribeUserScramCredentialsResponse.CredentialInfo, ...]
            f_user = reader.compact_string('DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.user')
            f_error_code = reader.int16('DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.error_code')
            f_error_message = reader.compact_nullable_string('DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.error_message')
            count_f_credential_infos = reader.compact_array_length('DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.credential_infos')
            read_f_credential_infos = DescribeUserScramCredentialsResponse.CredentialInfo.read
            f_credential_infos = tuple([read_f_credential_infos(reader, version) for _ in range(count_f_credential_infos)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.tagged_fields')
            return _new_DescribeUserScramCredentialsResponse__DescribeUserScramCredentialsResult(f_user, f_error_code, f_error_message, f_credential_infos, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class CredentialInfo:
        """DescribeUserScramCredentialsResponse.CredentialInfo: versions 0+."""

        mechanism: int = 0  # versions 0+
        iterations: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int8(self.mechanism)
            writer.int32(self.iterations)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeUserScramCredentialsResponse.CredentialInfo:
            f_mechanism: int
            f_iterations: int
            f_mechanism = reader.int8('DescribeUserScramCredentialsResponse.CredentialInfo.mechanism')
            f_iterations = reader.int32('DescribeUserScramCredentialsResponse.CredentialInfo.iterations')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DescribeUserScramCredentialsResponse.CredentialInfo.tagged_fields')
            return _new_DescribeUserScramCredentialsResponse__CredentialInfo(f_mechanism, f_iterations, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        writer.int16(self.error_code)
        writer.compact_nullable_string(self.error_message)
        items_results = self.results
        writer.compact_array_length(items_results)
        for each_results in items_results:
            each_results.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DescribeUserScramCredentialsResponse:
        f_throttle_time_ms: int
        f_error_code: int
        f_error_message: str | None
        f_results: tuple[DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult, ...]
        f_throttle_time_ms = reader.int32('DescribeUserScramCredentialsResponse.throttle_time_ms')
        f_error_code = reader.int16('DescribeUserScramCredentialsResponse.error_code')
        f_error_message = reader.compact_nullable_string('DescribeUserScramCredentialsResponse.error_message')
        count_f_results = reader.compact_array_length('DescribeUserScramCredentialsResponse.results')
        read_f_results = DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.read
        f_results = tuple([read_f_results(reader, version) for _ in range(count_f_results)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('DescribeUserScramCredentialsResponse.tagged_fields')
        return _new_DescribeUserScramCredentialsResponse(f_throttle_time_ms, f_error_code, f_error_message, f_results, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DescribeUserScramCredentialsResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DescribeUserScramCredentialsResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DescribeUserScramCredentialsResponse:
        check_decode_version(version, 'DescribeUserScramCredentialsResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DescribeUserScramCredentialsResponse')
        return result


_SET_DescribeUserScramCredentialsRequest__UserName: tuple[Any, ...] = tuple(
    vars(DescribeUserScramCredentialsRequest.UserName)[name].__set__ for name in ('name', 'unknown_tagged_fields', ))


def _new_DescribeUserScramCredentialsRequest__UserName(name: str, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeUserScramCredentialsRequest.UserName:
    instance_: DescribeUserScramCredentialsRequest.UserName = object.__new__(DescribeUserScramCredentialsRequest.UserName)
    set0_, set1_, = _SET_DescribeUserScramCredentialsRequest__UserName
    set0_(instance_, name)
    set1_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeUserScramCredentialsRequest: tuple[Any, ...] = tuple(
    vars(DescribeUserScramCredentialsRequest)[name].__set__ for name in ('users', 'unknown_tagged_fields', ))


def _new_DescribeUserScramCredentialsRequest(users: tuple[DescribeUserScramCredentialsRequest.UserName, ...] | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeUserScramCredentialsRequest:
    instance_: DescribeUserScramCredentialsRequest = object.__new__(DescribeUserScramCredentialsRequest)
    set0_, set1_, = _SET_DescribeUserScramCredentialsRequest
    set0_(instance_, users)
    set1_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeUserScramCredentialsResponse__DescribeUserScramCredentialsResult: tuple[Any, ...] = tuple(
    vars(DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult)[name].__set__ for name in ('user', 'error_code', 'error_message', 'credential_infos', 'unknown_tagged_fields', ))


def _new_DescribeUserScramCredentialsResponse__DescribeUserScramCredentialsResult(user: str, error_code: int, error_message: str | None, credential_infos: tuple[DescribeUserScramCredentialsResponse.CredentialInfo, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult:
    instance_: DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult = object.__new__(DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult)
    set0_, set1_, set2_, set3_, set4_, = _SET_DescribeUserScramCredentialsResponse__DescribeUserScramCredentialsResult
    set0_(instance_, user)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, credential_infos)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeUserScramCredentialsResponse__CredentialInfo: tuple[Any, ...] = tuple(
    vars(DescribeUserScramCredentialsResponse.CredentialInfo)[name].__set__ for name in ('mechanism', 'iterations', 'unknown_tagged_fields', ))


def _new_DescribeUserScramCredentialsResponse__CredentialInfo(mechanism: int, iterations: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeUserScramCredentialsResponse.CredentialInfo:
    instance_: DescribeUserScramCredentialsResponse.CredentialInfo = object.__new__(DescribeUserScramCredentialsResponse.CredentialInfo)
    set0_, set1_, set2_, = _SET_DescribeUserScramCredentialsResponse__CredentialInfo
    set0_(instance_, mechanism)
    set1_(instance_, iterations)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeUserScramCredentialsResponse: tuple[Any, ...] = tuple(
    vars(DescribeUserScramCredentialsResponse)[name].__set__ for name in ('throttle_time_ms', 'error_code', 'error_message', 'results', 'unknown_tagged_fields', ))


def _new_DescribeUserScramCredentialsResponse(throttle_time_ms: int, error_code: int, error_message: str | None, results: tuple[DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeUserScramCredentialsResponse:
    instance_: DescribeUserScramCredentialsResponse = object.__new__(DescribeUserScramCredentialsResponse)
    set0_, set1_, set2_, set3_, set4_, = _SET_DescribeUserScramCredentialsResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, results)
    set4_(instance_, unknown_tagged_fields)
    return instance_
