# generated from AlterUserScramCredentialsRequest.json, AlterUserScramCredentialsResponse.json; do not edit
"""AlterUserScramCredentials (API key 51): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from spec.wire import ExternalBytes, Reader, Writer, check_decode_version, encode_checked

__all__ = ['AlterUserScramCredentialsRequest', 'AlterUserScramCredentialsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class AlterUserScramCredentialsRequest:
    """AlterUserScramCredentialsRequest, API key 51: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 51
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    deletions: tuple[AlterUserScramCredentialsRequest.ScramCredentialDeletion, ...] = ()  # versions 0+
    upsertions: tuple[AlterUserScramCredentialsRequest.ScramCredentialUpsertion, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ScramCredentialDeletion:
        """AlterUserScramCredentialsRequest.ScramCredentialDeletion: versions 0+."""

        name: str = ''  # versions 0+
        mechanism: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.name)
            writer.int8(self.mechanism)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AlterUserScramCredentialsRequest.ScramCredentialDeletion:
            f_name: str
            f_mechanism: int
            f_name = reader.compact_string('AlterUserScramCredentialsRequest.ScramCredentialDeletion.name')
            f_mechanism = reader.int8('AlterUserScramCredentialsRequest.ScramCredentialDeletion.mechanism')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('AlterUserScramCredentialsRequest.ScramCredentialDeletion.tagged_fields')
            return _new_AlterUserScramCredentialsRequest__ScramCredentialDeletion(f_name, f_mechanism, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class ScramCredentialUpsertion:
        """AlterUserScramCredentialsRequest.ScramCredentialUpsertion: versions 0+."""

        name: str = ''  # versions 0+
        mechanism: int = 0  # versions 0+
        iterations: int = 0  # versions 0+
        salt: bytes = b''  # versions 0+
        salted_password: bytes = b''  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.name)
            writer.int8(self.mechanism)
            writer.int32(self.iterations)
            writer.compact_bytes(self.salt)
            writer.compact_bytes(self.salted_password)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AlterUserScramCredentialsRequest.ScramCredentialUpsertion:
            f_name: str
            f_mechanism: int
            f_iterations: int
            f_salt: bytes
            f_salted_password: bytes
            f_name = reader.compact_string('AlterUserScramCredentialsRequest.ScramCredentialUpsertion.name')
            f_mechanism = reader.int8('AlterUserScramCredentialsRequest.ScramCredentialUpsertion.mechanism')
            f_iterations = reader.int32('AlterUserScramCredentialsRequest.ScramCredentialUpsertion.iterations')
            f_salt = reader.compact_bytes('AlterUserScramCredentialsRequest.ScramCredentialUpsertion.salt')
            f_salted_password = reader.compact_bytes('AlterUserScramCredentialsRequest.ScramCredentialUpsertion.salted_password')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('AlterUserScramCredentialsRequest.ScramCredentialUpsertion.tagged_fields')
            return _new_AlterUserScramCredentialsRequest__ScramCredentialUpsertion(f_name, f_mechanism, f_iterations, f_salt, f_salted_password, unknown)

    def write(self, writer: Writer, version: int) -> None:
        items_deletions = self.deletions
        writer.compact_array_length(items_deletions)
        for each_deletions in items_deletions:
            each_deletions.write(writer, version)
        items_upsertions = self.upsertions
        writer.compact_array_length(items_upsertions)
        for each_upsertions in items_upsertions:
            each_upsertions.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> AlterUserScramCredentialsRequest:
        f_deletions: tuple[AlterUserScramCredentialsRequest.ScramCredentialDeletion, ...]
        f_upsertions: tuple[AlterUserScramCredentialsRequest.ScramCredentialUpsertion, ...]
        count_f_deletions = reader.compact_array_length('AlterUserScramCredentialsRequest.deletions')
        read_f_deletions = AlterUserScramCredentialsRequest.ScramCredentialDeletion.read
        f_deletions = tuple([read_f_deletions(reader, version) for _ in range(count_f_deletions)])
        count_f_upsertions = reader.compact_array_length('AlterUserScramCredentialsRequest.upsertions')
        read_f_upsertions = AlterUserScramCredentialsRequest.ScramCredentialUpsertion.read
        f_upsertions = tuple([read_f_upsertions(reader, version) for _ in range(count_f_upsertions)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('AlterUserScramCredentialsRequest.tagged_fields')
        return _new_AlterUserScramCredentialsRequest(f_deletions, f_upsertions, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AlterUserScramCredentialsRequest', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AlterUserScramCredentialsRequest', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> AlterUserScramCredentialsRequest:
        check_decode_version(version, 'AlterUserScramCredentialsRequest', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('AlterUserScramCredentialsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class AlterUserScramCredentialsResponse:
    """AlterUserScramCredentialsResponse, API key 51: versions 0, flexible 0+."""

    API_KEY: ClassVar[int] = 51
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 0
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 0

    throttle_time_ms: int = 0  # versions 0+
    results: tuple[AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class AlterUserScramCredentialsResult:
        """AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult: versions 0+."""

        user: str = ''  # versions 0+
        error_code: int = 0  # versions 0+
        error_message: str | None = ''  # versions 0+; nullable 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.user)
            writer.int16(self.error_code)
            writer.compact_nullable_string(self.error_message)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult:
            f_user: str
            f_error_code: int
            f_error_message: str | None
            f_user = reader.compact_string('AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult.user')
            f_error_code = reader.int16('AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult.error_code')
            f_error_message = reader.compact_nullable_string('AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult.error_message')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult.tagged_fields')
            return _new_AlterUserScramCredentialsResponse__AlterUserScramCredentialsResult(f_user, f_error_code, f_error_message, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.throttle_time_ms)
        items_results = self.results
        writer.compact_array_length(items_results)
        for each_results in items_results:
            each_results.write(writer, version)
        writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> AlterUserScramCredentialsResponse:
        f_throttle_time_ms: int
        f_results: tuple[AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult, ...]
        f_throttle_time_ms = reader.int32('AlterUserScramCredentialsResponse.throttle_time_ms')
        count_f_results = reader.compact_array_length('AlterUserScramCredentialsResponse.results')
        read_f_results = AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult.read
        f_results = tuple([read_f_results(reader, version) for _ in range(count_f_results)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = reader.unknown_tagged_fields('AlterUserScramCredentialsResponse.tagged_fields')
        return _new_AlterUserScramCredentialsResponse(f_throttle_time_ms, f_results, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'AlterUserScramCredentialsResponse', 0, 0).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'AlterUserScramCredentialsResponse', 0, 0).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> AlterUserScramCredentialsResponse:
        check_decode_version(version, 'AlterUserScramCredentialsResponse', 0, 0)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('AlterUserScramCredentialsResponse')
        return result


_SET_AlterUserScramCredentialsRequest__ScramCredentialDeletion: tuple[Any, ...] = tuple(
    vars(AlterUserScramCredentialsRequest.ScramCredentialDeletion)[name].__set__ for name in ('name', 'mechanism', 'unknown_tagged_fields', ))


def _new_AlterUserScramCredentialsRequest__ScramCredentialDeletion(name: str, mechanism: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterUserScramCredentialsRequest.ScramCredentialDeletion:
    instance_: AlterUserScramCredentialsRequest.ScramCredentialDeletion = object.__new__(AlterUserScramCredentialsRequest.ScramCredentialDeletion)
    set0_, set1_, set2_, = _SET_AlterUserScramCredentialsRequest__ScramCredentialDeletion
    set0_(instance_, name)
    set1_(instance_, mechanism)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterUserScramCredentialsRequest__ScramCredentialUpsertion: tuple[Any, ...] = tuple(
    vars(AlterUserScramCredentialsRequest.ScramCredentialUpsertion)[name].__set__ for name in ('name', 'mechanism', 'iterations', 'salt', 'salted_password', 'unknown_tagged_fields', ))


def _new_AlterUserScramCredentialsRequest__ScramCredentialUpsertion(name: str, mechanism: int, iterations: int, salt: bytes, salted_password: bytes, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterUserScramCredentialsRequest.ScramCredentialUpsertion:
    instance_: AlterUserScramCredentialsRequest.ScramCredentialUpsertion = object.__new__(AlterUserScramCredentialsRequest.ScramCredentialUpsertion)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_AlterUserScramCredentialsRequest__ScramCredentialUpsertion
    set0_(instance_, name)
    set1_(instance_, mechanism)
    set2_(instance_, iterations)
    set3_(instance_, salt)
    set4_(instance_, salted_password)
    set5_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterUserScramCredentialsRequest: tuple[Any, ...] = tuple(
    vars(AlterUserScramCredentialsRequest)[name].__set__ for name in ('deletions', 'upsertions', 'unknown_tagged_fields', ))


def _new_AlterUserScramCredentialsRequest(deletions: tuple[AlterUserScramCredentialsRequest.ScramCredentialDeletion, ...], upsertions: tuple[AlterUserScramCredentialsRequest.ScramCredentialUpsertion, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterUserScramCredentialsRequest:
    instance_: AlterUserScramCredentialsRequest = object.__new__(AlterUserScramCredentialsRequest)
    set0_, set1_, set2_, = _SET_AlterUserScramCredentialsRequest
    set0_(instance_, deletions)
    set1_(instance_, upsertions)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterUserScramCredentialsResponse__AlterUserScramCredentialsResult: tuple[Any, ...] = tuple(
    vars(AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult)[name].__set__ for name in ('user', 'error_code', 'error_message', 'unknown_tagged_fields', ))


def _new_AlterUserScramCredentialsResponse__AlterUserScramCredentialsResult(user: str, error_code: int, error_message: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult:
    instance_: AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult = object.__new__(AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult)
    set0_, set1_, set2_, set3_, = _SET_AlterUserScramCredentialsResponse__AlterUserScramCredentialsResult
    set0_(instance_, user)
    set1_(instance_, error_code)
    set2_(instance_, error_message)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_AlterUserScramCredentialsResponse: tuple[Any, ...] = tuple(
    vars(AlterUserScramCredentialsResponse)[name].__set__ for name in ('throttle_time_ms', 'results', 'unknown_tagged_fields', ))


def _new_AlterUserScramCredentialsResponse(throttle_time_ms: int, results: tuple[AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> AlterUserScramCredentialsResponse:
    instance_: AlterUserScramCredentialsResponse = object.__new__(AlterUserScramCredentialsResponse)
    set0_, set1_, set2_, = _SET_AlterUserScramCredentialsResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, results)
    set2_(instance_, unknown_tagged_fields)
    return instance_
