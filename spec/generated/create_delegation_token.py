# generated from CreateDelegationTokenRequest.json, CreateDelegationTokenResponse.json; do not edit
"""CreateDelegationToken (API key 38): request and response."""

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

__all__ = ['CreateDelegationTokenRequest', 'CreateDelegationTokenResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class CreateDelegationTokenRequest:
    """CreateDelegationTokenRequest, API key 38: versions 0-3, flexible 2+."""

    API_KEY: ClassVar[int] = 38
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 3
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    owner_principal_type: str | None = ''  # versions 3+; nullable 3+
    owner_principal_name: str | None = ''  # versions 3+; nullable 3+
    renewers: tuple[CreateDelegationTokenRequest.CreatableRenewers, ...] = ()  # versions 0+
    max_lifetime_ms: int = 0  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class CreatableRenewers:
        """CreateDelegationTokenRequest.CreatableRenewers: versions 0+."""

        principal_type: str = ''  # versions 0+
        principal_name: str = ''  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 1:
                writer.string(self.principal_type)
            else:
                writer.compact_string(self.principal_type)
            if version <= 1:
                writer.string(self.principal_name)
            else:
                writer.compact_string(self.principal_name)
            if version <= 1:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'CreateDelegationTokenRequest.CreatableRenewers has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> CreateDelegationTokenRequest.CreatableRenewers:
            f_principal_type: str
            f_principal_name: str
            f_principal_type = reader.string('CreateDelegationTokenRequest.CreatableRenewers.principal_type') if version <= 1 else reader.compact_string('CreateDelegationTokenRequest.CreatableRenewers.principal_type')
            f_principal_name = reader.string('CreateDelegationTokenRequest.CreatableRenewers.principal_name') if version <= 1 else reader.compact_string('CreateDelegationTokenRequest.CreatableRenewers.principal_name')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('CreateDelegationTokenRequest.CreatableRenewers.tagged_fields')
            return _new_CreateDelegationTokenRequest__CreatableRenewers(f_principal_type, f_principal_name, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 2:
            if self.owner_principal_type != '':
                raise EncodeError(f'CreateDelegationTokenRequest.owner_principal_type is set, but version {version} lacks it')
        else:
            writer.compact_nullable_string(self.owner_principal_type)
        if version <= 2:
            if self.owner_principal_name != '':
                raise EncodeError(f'CreateDelegationTokenRequest.owner_principal_name is set, but version {version} lacks it')
        else:
            writer.compact_nullable_string(self.owner_principal_name)
        if version <= 1:
            items_renewers = self.renewers
            writer.array_length(items_renewers)
            for each_renewers in items_renewers:
                each_renewers.write(writer, version)
        else:
            items_renewers = self.renewers
            writer.compact_array_length(items_renewers)
            for each_renewers in items_renewers:
                each_renewers.write(writer, version)
        writer.int64(self.max_lifetime_ms)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'CreateDelegationTokenRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> CreateDelegationTokenRequest:
        f_owner_principal_type: str | None
        f_owner_principal_name: str | None
        f_renewers: tuple[CreateDelegationTokenRequest.CreatableRenewers, ...]
        f_max_lifetime_ms: int
        f_owner_principal_type = '' if version <= 2 else reader.compact_nullable_string('CreateDelegationTokenRequest.owner_principal_type')
        f_owner_principal_name = '' if version <= 2 else reader.compact_nullable_string('CreateDelegationTokenRequest.owner_principal_name')
        if version <= 1:
            count_f_renewers = reader.array_length('CreateDelegationTokenRequest.renewers')
            read_f_renewers = CreateDelegationTokenRequest.CreatableRenewers.read
            f_renewers = tuple([read_f_renewers(reader, version) for _ in range(count_f_renewers)])
        else:
            count_f_renewers = reader.compact_array_length('CreateDelegationTokenRequest.renewers')
            read_f_renewers = CreateDelegationTokenRequest.CreatableRenewers.read
            f_renewers = tuple([read_f_renewers(reader, version) for _ in range(count_f_renewers)])
        f_max_lifetime_ms = reader.int64('CreateDelegationTokenRequest.max_lifetime_ms')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('CreateDelegationTokenRequest.tagged_fields')
        return _new_CreateDelegationTokenRequest(f_owner_principal_type, f_owner_principal_name, f_renewers, f_max_lifetime_ms, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'CreateDelegationTokenRequest', 0, 3).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'CreateDelegationTokenRequest', 0, 3).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> CreateDelegationTokenRequest:
        check_decode_version(version, 'CreateDelegationTokenRequest', 0, 3)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('CreateDelegationTokenRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class CreateDelegationTokenResponse:
    """CreateDelegationTokenResponse, API key 38: versions 0-3, flexible 2+."""

    API_KEY: ClassVar[int] = 38
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 3
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    error_code: int = 0  # versions 0+
    principal_type: str = ''  # versions 0+
    principal_name: str = ''  # versions 0+
    token_requester_principal_type: str = ''  # versions 3+
    token_requester_principal_name: str = ''  # versions 3+
    issue_timestamp_ms: int = 0  # versions 0+
    expiry_timestamp_ms: int = 0  # versions 0+
    max_timestamp_ms: int = 0  # versions 0+
    token_id: str = ''  # versions 0+
    hmac: bytes = b''  # versions 0+
    throttle_time_ms: int = 0  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.int16(self.error_code)
        if version <= 1:
            writer.string(self.principal_type)
        else:
            writer.compact_string(self.principal_type)
        if version <= 1:
            writer.string(self.principal_name)
        else:
            writer.compact_string(self.principal_name)
        if version <= 2:
            if self.token_requester_principal_type != '':
                raise EncodeError(f'CreateDelegationTokenResponse.token_requester_principal_type is set, but version {version} lacks it')
        else:
            writer.compact_string(self.token_requester_principal_type)
        if version <= 2:
            if self.token_requester_principal_name != '':
                raise EncodeError(f'CreateDelegationTokenResponse.token_requester_principal_name is set, but version {version} lacks it')
        else:
            writer.compact_string(self.token_requester_principal_name)
        writer.int64(self.issue_timestamp_ms)
        writer.int64(self.expiry_timestamp_ms)
        writer.int64(self.max_timestamp_ms)
        if version <= 1:
            writer.string(self.token_id)
        else:
            writer.compact_string(self.token_id)
        if version <= 1:
            writer.bytes_(self.hmac)
        else:
            writer.compact_bytes(self.hmac)
        writer.int32(self.throttle_time_ms)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'CreateDelegationTokenResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> CreateDelegationTokenResponse:
        f_error_code: int
        f_principal_type: str
        f_principal_name: str
        f_token_requester_principal_type: str
        f_token_requester_principal_name: str
        f_issue_timestamp_ms: int
        f_expiry_timestamp_ms: int
        f_max_timestamp_ms: int
        f_token_id: str
        f_hmac: bytes
        f_throttle_time_ms: int
        f_error_code = reader.int16('CreateDelegationTokenResponse.error_code')
        f_principal_type = reader.string('CreateDelegationTokenResponse.principal_type') if version <= 1 else reader.compact_string('CreateDelegationTokenResponse.principal_type')
        f_principal_name = reader.string('CreateDelegationTokenResponse.principal_name') if version <= 1 else reader.compact_string('CreateDelegationTokenResponse.principal_name')
        f_token_requester_principal_type = '' if version <= 2 else reader.compact_string('CreateDelegationTokenResponse.token_requester_principal_type')
        f_token_requester_principal_name = '' if version <= 2 else reader.compact_string('CreateDelegationTokenResponse.token_requester_principal_name')
        f_issue_timestamp_ms = reader.int64('CreateDelegationTokenResponse.issue_timestamp_ms')
        f_expiry_timestamp_ms = reader.int64('CreateDelegationTokenResponse.expiry_timestamp_ms')
        f_max_timestamp_ms = reader.int64('CreateDelegationTokenResponse.max_timestamp_ms')
        f_token_id = reader.string('CreateDelegationTokenResponse.token_id') if version <= 1 else reader.compact_string('CreateDelegationTokenResponse.token_id')
        f_hmac = reader.bytes_('CreateDelegationTokenResponse.hmac') if version <= 1 else reader.compact_bytes('CreateDelegationTokenResponse.hmac')
        f_throttle_time_ms = reader.int32('CreateDelegationTokenResponse.throttle_time_ms')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('CreateDelegationTokenResponse.tagged_fields')
        return _new_CreateDelegationTokenResponse(f_error_code, f_principal_type, f_principal_name, f_token_requester_principal_type, f_token_requester_principal_name, f_issue_timestamp_ms, f_expiry_timestamp_ms, f_max_timestamp_ms, f_token_id, f_hmac, f_throttle_time_ms, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'CreateDelegationTokenResponse', 0, 3).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'CreateDelegationTokenResponse', 0, 3).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> CreateDelegationTokenResponse:
        check_decode_version(version, 'CreateDelegationTokenResponse', 0, 3)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('CreateDelegationTokenResponse')
        return result


_SET_CreateDelegationTokenRequest__CreatableRenewers: tuple[Any, ...] = tuple(
    vars(CreateDelegationTokenRequest.CreatableRenewers)[name].__set__ for name in ('principal_type', 'principal_name', 'unknown_tagged_fields', ))


def _new_CreateDelegationTokenRequest__CreatableRenewers(principal_type: str, principal_name: str, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> CreateDelegationTokenRequest.CreatableRenewers:
    instance_: CreateDelegationTokenRequest.CreatableRenewers = object.__new__(CreateDelegationTokenRequest.CreatableRenewers)
    set0_, set1_, set2_, = _SET_CreateDelegationTokenRequest__CreatableRenewers
    set0_(instance_, principal_type)
    set1_(instance_, principal_name)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_CreateDelegationTokenRequest: tuple[Any, ...] = tuple(
    vars(CreateDelegationTokenRequest)[name].__set__ for name in ('owner_principal_type', 'owner_principal_name', 'renewers', 'max_lifetime_ms', 'unknown_tagged_fields', ))


def _new_CreateDelegationTokenRequest(owner_principal_type: str | None, owner_principal_name: str | None, renewers: tuple[CreateDelegationTokenRequest.CreatableRenewers, ...], max_lifetime_ms: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> CreateDelegationTokenRequest:
    instance_: CreateDelegationTokenRequest = object.__new__(CreateDelegationTokenRequest)
    set0_, set1_, set2_, set3_, set4_, = _SET_CreateDelegationTokenRequest
    set0_(instance_, owner_principal_type)
    set1_(instance_, owner_principal_name)
    set2_(instance_, renewers)
    set3_(instance_, max_lifetime_ms)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_CreateDelegationTokenResponse: tuple[Any, ...] = tuple(
    vars(CreateDelegationTokenResponse)[name].__set__ for name in ('error_code', 'principal_type', 'principal_name', 'token_requester_principal_type', 'token_requester_principal_name', 'issue_timestamp_ms', 'expiry_timestamp_ms', 'max_timestamp_ms', 'token_id', 'hmac', 'throttle_time_ms', 'unknown_tagged_fields', ))


def _new_CreateDelegationTokenResponse(error_code: int, principal_type: str, principal_name: str, token_requester_principal_type: str, token_requester_principal_name: str, issue_timestamp_ms: int, expiry_timestamp_ms: int, max_timestamp_ms: int, token_id: str, hmac: bytes, throttle_time_ms: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> CreateDelegationTokenResponse:
    instance_: CreateDelegationTokenResponse = object.__new__(CreateDelegationTokenResponse)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, set9_, set10_, set11_, = _SET_CreateDelegationTokenResponse
    set0_(instance_, error_code)
    set1_(instance_, principal_type)
    set2_(instance_, principal_name)
    set3_(instance_, token_requester_principal_type)
    set4_(instance_, token_requester_principal_name)
    set5_(instance_, issue_timestamp_ms)
    set6_(instance_, expiry_timestamp_ms)
    set7_(instance_, max_timestamp_ms)
    set8_(instance_, token_id)
    set9_(instance_, hmac)
    set10_(instance_, throttle_time_ms)
    set11_(instance_, unknown_tagged_fields)
    return instance_
