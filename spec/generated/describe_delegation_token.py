# generated from DescribeDelegationTokenRequest.json, DescribeDelegationTokenResponse.json; do not edit
"""DescribeDelegationToken (API key 41): request and response."""

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

__all__ = ['DescribeDelegationTokenRequest', 'DescribeDelegationTokenResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class DescribeDelegationTokenRequest:
    """DescribeDelegationTokenRequest, API key 41: versions 0-3, flexible 2+."""

    API_KEY: ClassVar[int] = 41
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 3
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    owners: tuple[DescribeDelegationTokenRequest.DescribeDelegationTokenOwner, ...] | None = ()  # versions 0+; nullable 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DescribeDelegationTokenOwner:
        """DescribeDelegationTokenRequest.DescribeDelegationTokenOwner: versions 0+."""

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
                    raise EncodeError(f'DescribeDelegationTokenRequest.DescribeDelegationTokenOwner has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeDelegationTokenRequest.DescribeDelegationTokenOwner:
            f_principal_type: str
            f_principal_name: str
            f_principal_type = reader.string('DescribeDelegationTokenRequest.DescribeDelegationTokenOwner.principal_type') if version <= 1 else reader.compact_string('DescribeDelegationTokenRequest.DescribeDelegationTokenOwner.principal_type')
            f_principal_name = reader.string('DescribeDelegationTokenRequest.DescribeDelegationTokenOwner.principal_name') if version <= 1 else reader.compact_string('DescribeDelegationTokenRequest.DescribeDelegationTokenOwner.principal_name')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('DescribeDelegationTokenRequest.DescribeDelegationTokenOwner.tagged_fields')
            return _new_DescribeDelegationTokenRequest__DescribeDelegationTokenOwner(f_principal_type, f_principal_name, unknown)

    def write(self, writer: Writer, version: int) -> None:
        items_owners: tuple[DescribeDelegationTokenRequest.DescribeDelegationTokenOwner, ...] | None
        if version <= 1:
            items_owners = self.owners
            writer.array_length(items_owners)
            if items_owners is not None:
                for each_owners in items_owners:
                    each_owners.write(writer, version)
        else:
            items_owners = self.owners
            writer.compact_array_length(items_owners)
            if items_owners is not None:
                for each_owners in items_owners:
                    each_owners.write(writer, version)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'DescribeDelegationTokenRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DescribeDelegationTokenRequest:
        f_owners: tuple[DescribeDelegationTokenRequest.DescribeDelegationTokenOwner, ...] | None
        if version <= 1:
            count_f_owners = reader.nullable_array_length('DescribeDelegationTokenRequest.owners')
            read_f_owners = DescribeDelegationTokenRequest.DescribeDelegationTokenOwner.read
            f_owners = None if count_f_owners < 0 else tuple([read_f_owners(reader, version) for _ in range(count_f_owners)])
        else:
            count_f_owners = reader.compact_nullable_array_length('DescribeDelegationTokenRequest.owners')
            read_f_owners = DescribeDelegationTokenRequest.DescribeDelegationTokenOwner.read
            f_owners = None if count_f_owners < 0 else tuple([read_f_owners(reader, version) for _ in range(count_f_owners)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('DescribeDelegationTokenRequest.tagged_fields')
        return _new_DescribeDelegationTokenRequest(f_owners, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DescribeDelegationTokenRequest', 0, 3).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DescribeDelegationTokenRequest', 0, 3).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DescribeDelegationTokenRequest:
        check_decode_version(version, 'DescribeDelegationTokenRequest', 0, 3)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DescribeDelegationTokenRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class DescribeDelegationTokenResponse:
    """DescribeDelegationTokenResponse, API key 41: versions 0-3, flexible 2+."""

    API_KEY: ClassVar[int] = 41
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 3
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 2

    error_code: int = 0  # versions 0+
    tokens: tuple[DescribeDelegationTokenResponse.DescribedDelegationToken, ...] = ()  # versions 0+
    throttle_time_ms: int = 0  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DescribedDelegationToken:
        """DescribeDelegationTokenResponse.DescribedDelegationToken: versions 0+."""

        principal_type: str = ''  # versions 0+
        principal_name: str = ''  # versions 0+
        token_requester_principal_type: str = ''  # versions 3+
        token_requester_principal_name: str = ''  # versions 3+
        issue_timestamp: int = 0  # versions 0+
        expiry_timestamp: int = 0  # versions 0+
        max_timestamp: int = 0  # versions 0+
        token_id: str = ''  # versions 0+
        hmac: bytes = b''  # versions 0+
        renewers: tuple[DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer, ...] = ()  # versions 0+
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
            if version <= 2:
                if self.token_requester_principal_type != '':
                    raise EncodeError(f'DescribeDelegationTokenResponse.DescribedDelegationToken.token_requester_principal_type is set, but version {version} lacks it')
            else:
                writer.compact_string(self.token_requester_principal_type)
            if version <= 2:
                if self.token_requester_principal_name != '':
                    raise EncodeError(f'DescribeDelegationTokenResponse.DescribedDelegationToken.token_requester_principal_name is set, but version {version} lacks it')
            else:
                writer.compact_string(self.token_requester_principal_name)
            writer.int64(self.issue_timestamp)
            writer.int64(self.expiry_timestamp)
            writer.int64(self.max_timestamp)
            if version <= 1:
                writer.string(self.token_id)
            else:
                writer.compact_string(self.token_id)
            if version <= 1:
                writer.bytes_(self.hmac)
            else:
                writer.compact_bytes(self.hmac)
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
            if version <= 1:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'DescribeDelegationTokenResponse.DescribedDelegationToken has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeDelegationTokenResponse.DescribedDelegationToken:
            f_principal_type: str
            f_principal_name: str
            f_token_requester_principal_type: str
            f_token_requester_principal_name: str
            f_issue_timestamp: int
            f_expiry_timestamp: int
            f_max_timestamp: int
            f_token_id: str
            f_hmac: bytes
            f_renewers: tuple[DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer, ...]
            f_principal_type = reader.string('DescribeDelegationTokenResponse.DescribedDelegationToken.principal_type') if version <= 1 else reader.compact_string('DescribeDelegationTokenResponse.DescribedDelegationToken.principal_type')
            f_principal_name = reader.string('DescribeDelegationTokenResponse.DescribedDelegationToken.principal_name') if version <= 1 else reader.compact_string('DescribeDelegationTokenResponse.DescribedDelegationToken.principal_name')
            f_token_requester_principal_type = '' if version <= 2 else reader.compact_string('DescribeDelegationTokenResponse.DescribedDelegationToken.token_requester_principal_type')
            f_token_requester_principal_name = '' if version <= 2 else reader.compact_string('DescribeDelegationTokenResponse.DescribedDelegationToken.token_requester_principal_name')
            f_issue_timestamp = reader.int64('DescribeDelegationTokenResponse.DescribedDelegationToken.issue_timestamp')
            f_expiry_timestamp = reader.int64('DescribeDelegationTokenResponse.DescribedDelegationToken.expiry_timestamp')
            f_max_timestamp = reader.int64('DescribeDelegationTokenResponse.DescribedDelegationToken.max_timestamp')
            f_token_id = reader.string('DescribeDelegationTokenResponse.DescribedDelegationToken.token_id') if version <= 1 else reader.compact_string('DescribeDelegationTokenResponse.DescribedDelegationToken.token_id')
            f_hmac = reader.bytes_('DescribeDelegationTokenResponse.DescribedDelegationToken.hmac') if version <= 1 else reader.compact_bytes('DescribeDelegationTokenResponse.DescribedDelegationToken.hmac')
            if version <= 1:
                count_f_renewers = reader.array_length('DescribeDelegationTokenResponse.DescribedDelegationToken.renewers')
                read_f_renewers = DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer.read
                f_renewers = tuple([read_f_renewers(reader, version) for _ in range(count_f_renewers)])
            else:
                count_f_renewers = reader.compact_array_length('DescribeDelegationTokenResponse.DescribedDelegationToken.renewers')
                read_f_renewers = DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer.read
                f_renewers = tuple([read_f_renewers(reader, version) for _ in range(count_f_renewers)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('DescribeDelegationTokenResponse.DescribedDelegationToken.tagged_fields')
            return _new_DescribeDelegationTokenResponse__DescribedDelegationToken(f_principal_type, f_principal_name, f_token_requester_principal_type, f_token_requester_principal_name, f_issue_timestamp, f_expiry_timestamp, f_max_timestamp, f_token_id, f_hmac, f_renewers, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DescribedDelegationTokenRenewer:
        """DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer: versions 0+."""

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
                    raise EncodeError(f'DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer:
            f_principal_type: str
            f_principal_name: str
            f_principal_type = reader.string('DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer.principal_type') if version <= 1 else reader.compact_string('DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer.principal_type')
            f_principal_name = reader.string('DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer.principal_name') if version <= 1 else reader.compact_string('DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer.principal_name')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 1 else reader.unknown_tagged_fields('DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer.tagged_fields')
            return _new_DescribeDelegationTokenResponse__DescribedDelegationTokenRenewer(f_principal_type, f_principal_name, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int16(self.error_code)
        if version <= 1:
            items_tokens = self.tokens
            writer.array_length(items_tokens)
            for each_tokens in items_tokens:
                each_tokens.write(writer, version)
        else:
            items_tokens = self.tokens
            writer.compact_array_length(items_tokens)
            for each_tokens in items_tokens:
                each_tokens.write(writer, version)
        writer.int32(self.throttle_time_ms)
        if version <= 1:
            if self.unknown_tagged_fields:
                raise EncodeError(f'DescribeDelegationTokenResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DescribeDelegationTokenResponse:
        f_error_code: int
        f_tokens: tuple[DescribeDelegationTokenResponse.DescribedDelegationToken, ...]
        f_throttle_time_ms: int
        f_error_code = reader.int16('DescribeDelegationTokenResponse.error_code')
        if version <= 1:
            count_f_tokens = reader.array_length('DescribeDelegationTokenResponse.tokens')
            read_f_tokens = DescribeDelegationTokenResponse.DescribedDelegationToken.read
            f_tokens = tuple([read_f_tokens(reader, version) for _ in range(count_f_tokens)])
        else:
            count_f_tokens = reader.compact_array_length('DescribeDelegationTokenResponse.tokens')
            read_f_tokens = DescribeDelegationTokenResponse.DescribedDelegationToken.read
            f_tokens = tuple([read_f_tokens(reader, version) for _ in range(count_f_tokens)])
        f_throttle_time_ms = reader.int32('DescribeDelegationTokenResponse.throttle_time_ms')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 1 else reader.unknown_tagged_fields('DescribeDelegationTokenResponse.tagged_fields')
        return _new_DescribeDelegationTokenResponse(f_error_code, f_tokens, f_throttle_time_ms, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DescribeDelegationTokenResponse', 0, 3).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DescribeDelegationTokenResponse', 0, 3).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DescribeDelegationTokenResponse:
        check_decode_version(version, 'DescribeDelegationTokenResponse', 0, 3)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DescribeDelegationTokenResponse')
        return result


_SET_DescribeDelegationTokenRequest__DescribeDelegationTokenOwner: tuple[Any, ...] = tuple(
    vars(DescribeDelegationTokenRequest.DescribeDelegationTokenOwner)[name].__set__ for name in ('principal_type', 'principal_name', 'unknown_tagged_fields', ))


def _new_DescribeDelegationTokenRequest__DescribeDelegationTokenOwner(principal_type: str, principal_name: str, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeDelegationTokenRequest.DescribeDelegationTokenOwner:
    instance_: DescribeDelegationTokenRequest.DescribeDelegationTokenOwner = object.__new__(DescribeDelegationTokenRequest.DescribeDelegationTokenOwner)
    set0_, set1_, set2_, = _SET_DescribeDelegationTokenRequest__DescribeDelegationTokenOwner
    set0_(instance_, principal_type)
    set1_(instance_, principal_name)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeDelegationTokenRequest: tuple[Any, ...] = tuple(
    vars(DescribeDelegationTokenRequest)[name].__set__ for name in ('owners', 'unknown_tagged_fields', ))


def _new_DescribeDelegationTokenRequest(owners: tuple[DescribeDelegationTokenRequest.DescribeDelegationTokenOwner, ...] | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeDelegationTokenRequest:
    instance_: DescribeDelegationTokenRequest = object.__new__(DescribeDelegationTokenRequest)
    set0_, set1_, = _SET_DescribeDelegationTokenRequest
    set0_(instance_, owners)
    set1_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeDelegationTokenResponse__DescribedDelegationToken: tuple[Any, ...] = tuple(
    vars(DescribeDelegationTokenResponse.DescribedDelegationToken)[name].__set__ for name in ('principal_type', 'principal_name', 'token_requester_principal_type', 'token_requester_principal_name', 'issue_timestamp', 'expiry_timestamp', 'max_timestamp', 'token_id', 'hmac', 'renewers', 'unknown_tagged_fields', ))


def _new_DescribeDelegationTokenResponse__DescribedDelegationToken(principal_type: str, principal_name: str, token_requester_principal_type: str, token_requester_principal_name: str, issue_timestamp: int, expiry_timestamp: int, max_timestamp: int, token_id: str, hmac: bytes, renewers: tuple[DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeDelegationTokenResponse.DescribedDelegationToken:
    instance_: DescribeDelegationTokenResponse.DescribedDelegationToken = object.__new__(DescribeDelegationTokenResponse.DescribedDelegationToken)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, set9_, set10_, = _SET_DescribeDelegationTokenResponse__DescribedDelegationToken
    set0_(instance_, principal_type)
    set1_(instance_, principal_name)
    set2_(instance_, token_requester_principal_type)
    set3_(instance_, token_requester_principal_name)
    set4_(instance_, issue_timestamp)
    set5_(instance_, expiry_timestamp)
    set6_(instance_, max_timestamp)
    set7_(instance_, token_id)
    set8_(instance_, hmac)
    set9_(instance_, renewers)
    set10_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeDelegationTokenResponse__DescribedDelegationTokenRenewer: tuple[Any, ...] = tuple(
    vars(DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer)[name].__set__ for name in ('principal_type', 'principal_name', 'unknown_tagged_fields', ))


def _new_DescribeDelegationTokenResponse__DescribedDelegationTokenRenewer(principal_type: str, principal_name: str, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer:
    instance_: DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer = object.__new__(DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer)
    set0_, set1_, set2_, = _SET_DescribeDelegationTokenResponse__DescribedDelegationTokenRenewer
    set0_(instance_, principal_type)
    set1_(instance_, principal_name)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DescribeDelegationTokenResponse: tuple[Any, ...] = tuple(
    vars(DescribeDelegationTokenResponse)[name].__set__ for name in ('error_code', 'tokens', 'throttle_time_ms', 'unknown_tagged_fields', ))


def _new_DescribeDelegationTokenResponse(error_code: int, tokens: tuple[DescribeDelegationTokenResponse.DescribedDelegationToken, ...], throttle_time_ms: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DescribeDelegationTokenResponse:
    instance_: DescribeDelegationTokenResponse = object.__new__(DescribeDelegationTokenResponse)
    set0_, set1_, set2_, set3_, = _SET_DescribeDelegationTokenResponse
    set0_(instance_, error_code)
    set1_(instance_, tokens)
    set2_(instance_, throttle_time_ms)
    set3_(instance_, unknown_tagged_fields)
    return instance_
