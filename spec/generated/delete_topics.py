# generated from DeleteTopicsRequest.json, DeleteTopicsResponse.json; do not edit
"""DeleteTopics (API key 20): request and response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar
from uuid import UUID

from spec.wire import (
    EncodeError,
    ExternalBytes,
    Reader,
    Writer,
    check_decode_version,
    encode_checked,
    require_non_null,
)

_ZERO_UUID = UUID(int=0)
__all__ = ['DeleteTopicsRequest', 'DeleteTopicsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class DeleteTopicsRequest:
    """DeleteTopicsRequest, API key 20: versions 0-6, flexible 4+."""

    API_KEY: ClassVar[int] = 20
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 6
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 4

    topics: tuple[DeleteTopicsRequest.DeleteTopicState, ...] = ()  # versions 6+
    topic_names: tuple[str, ...] = ()  # versions 0-5; ignorable
    timeout_ms: int = 0  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DeleteTopicState:
        """DeleteTopicsRequest.DeleteTopicState: versions 6+."""

        name: str | None = None  # versions 6+; nullable 6+
        topic_id: UUID = _ZERO_UUID  # versions 6+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_nullable_string(self.name)
            writer.uuid(self.topic_id)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DeleteTopicsRequest.DeleteTopicState:
            f_name: str | None
            f_topic_id: UUID
            f_name = reader.compact_nullable_string('DeleteTopicsRequest.DeleteTopicState.name')
            f_topic_id = reader.uuid('DeleteTopicsRequest.DeleteTopicState.topic_id')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('DeleteTopicsRequest.DeleteTopicState.tagged_fields')
            return _new_DeleteTopicsRequest__DeleteTopicState(f_name, f_topic_id, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 5:
            if self.topics != ():
                raise EncodeError(f'DeleteTopicsRequest.topics is set, but version {version} lacks it')
        else:
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        if version <= 3:
            items_topic_names = self.topic_names
            writer.array_length(items_topic_names)
            for each_topic_names in items_topic_names:
                writer.string(each_topic_names)
        elif version <= 5:
            items_topic_names = self.topic_names
            writer.compact_array_length(items_topic_names)
            for each_topic_names in items_topic_names:
                writer.compact_string(each_topic_names)
        else:
            pass
        writer.int32(self.timeout_ms)
        if version <= 3:
            if self.unknown_tagged_fields:
                raise EncodeError(f'DeleteTopicsRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DeleteTopicsRequest:
        f_topics: tuple[DeleteTopicsRequest.DeleteTopicState, ...]
        f_topic_names: tuple[str, ...]
        f_timeout_ms: int
        if version <= 5:
            f_topics = ()
        else:
            count_f_topics = reader.compact_array_length('DeleteTopicsRequest.topics')
            read_f_topics = DeleteTopicsRequest.DeleteTopicState.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        if version <= 3:
            count_f_topic_names = reader.array_length('DeleteTopicsRequest.topic_names')
            f_topic_names = tuple([reader.string('DeleteTopicsRequest.topic_names') for _ in range(count_f_topic_names)])
        elif version <= 5:
            count_f_topic_names = reader.compact_array_length('DeleteTopicsRequest.topic_names')
            f_topic_names = tuple([reader.compact_string('DeleteTopicsRequest.topic_names') for _ in range(count_f_topic_names)])
        else:
            f_topic_names = ()
        f_timeout_ms = reader.int32('DeleteTopicsRequest.timeout_ms')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 3 else reader.unknown_tagged_fields('DeleteTopicsRequest.tagged_fields')
        return _new_DeleteTopicsRequest(f_topics, f_topic_names, f_timeout_ms, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DeleteTopicsRequest', 0, 6).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DeleteTopicsRequest', 0, 6).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DeleteTopicsRequest:
        check_decode_version(version, 'DeleteTopicsRequest', 0, 6)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DeleteTopicsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class DeleteTopicsResponse:
    """DeleteTopicsResponse, API key 20: versions 0-6, flexible 4+."""

    API_KEY: ClassVar[int] = 20
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 6
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 4

    throttle_time_ms: int = 0  # versions 1+; ignorable
    responses: tuple[DeleteTopicsResponse.DeletableTopicResult, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class DeletableTopicResult:
        """DeleteTopicsResponse.DeletableTopicResult: versions 0+."""

        name: str | None = ''  # versions 0+; nullable 6+
        topic_id: UUID = _ZERO_UUID  # versions 6+; ignorable
        error_code: int = 0  # versions 0+
        error_message: str | None = None  # versions 5+; nullable 5+; ignorable
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 3:
                writer.string(require_non_null(self.name, 'DeleteTopicsResponse.DeletableTopicResult.name', version))
            elif version <= 5:
                writer.compact_string(require_non_null(self.name, 'DeleteTopicsResponse.DeletableTopicResult.name', version))
            else:
                writer.compact_nullable_string(self.name)
            if version <= 5:
                pass
            else:
                writer.uuid(self.topic_id)
            writer.int16(self.error_code)
            if version <= 4:
                pass
            else:
                writer.compact_nullable_string(self.error_message)
            if version <= 3:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'DeleteTopicsResponse.DeletableTopicResult has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> DeleteTopicsResponse.DeletableTopicResult:
            f_name: str | None
            f_topic_id: UUID
            f_error_code: int
            f_error_message: str | None
            if version <= 3:
                f_name = reader.string('DeleteTopicsResponse.DeletableTopicResult.name')
            elif version <= 5:
                f_name = reader.compact_string('DeleteTopicsResponse.DeletableTopicResult.name')
            else:
                f_name = reader.compact_nullable_string('DeleteTopicsResponse.DeletableTopicResult.name')
            f_topic_id = _ZERO_UUID if version <= 5 else reader.uuid('DeleteTopicsResponse.DeletableTopicResult.topic_id')
            f_error_code = reader.int16('DeleteTopicsResponse.DeletableTopicResult.error_code')
            f_error_message = None if version <= 4 else reader.compact_nullable_string('DeleteTopicsResponse.DeletableTopicResult.error_message')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 3 else reader.unknown_tagged_fields('DeleteTopicsResponse.DeletableTopicResult.tagged_fields')
            return _new_DeleteTopicsResponse__DeletableTopicResult(f_name, f_topic_id, f_error_code, f_error_message, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 0:
            pass
        else:
            writer.int32(self.throttle_time_ms)
        if version <= 3:
            items_responses = self.responses
            writer.array_length(items_responses)
            for each_responses in items_responses:
                each_responses.write(writer, version)
        else:
            items_responses = self.responses
            writer.compact_array_length(items_responses)
            for each_responses in items_responses:
                each_responses.write(writer, version)
        if version <= 3:
            if self.unknown_tagged_fields:
                raise EncodeError(f'DeleteTopicsResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> DeleteTopicsResponse:
        f_throttle_time_ms: int
        f_responses: tuple[DeleteTopicsResponse.DeletableTopicResult, ...]
        f_throttle_time_ms = 0 if version <= 0 else reader.int32('DeleteTopicsResponse.throttle_time_ms')
        if version <= 3:
            count_f_responses = reader.array_length('DeleteTopicsResponse.responses')
            read_f_responses = DeleteTopicsResponse.DeletableTopicResult.read
            f_responses = tuple([read_f_responses(reader, version) for _ in range(count_f_responses)])
        else:
            count_f_responses = reader.compact_array_length('DeleteTopicsResponse.responses')
            read_f_responses = DeleteTopicsResponse.DeletableTopicResult.read
            f_responses = tuple([read_f_responses(reader, version) for _ in range(count_f_responses)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 3 else reader.unknown_tagged_fields('DeleteTopicsResponse.tagged_fields')
        return _new_DeleteTopicsResponse(f_throttle_time_ms, f_responses, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'DeleteTopicsResponse', 0, 6).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'DeleteTopicsResponse', 0, 6).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> DeleteTopicsResponse:
        check_decode_version(version, 'DeleteTopicsResponse', 0, 6)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('DeleteTopicsResponse')
        return result


_SET_DeleteTopicsRequest__DeleteTopicState: tuple[Any, ...] = tuple(
    vars(DeleteTopicsRequest.DeleteTopicState)[name].__set__ for name in ('name', 'topic_id', 'unknown_tagged_fields', ))


def _new_DeleteTopicsRequest__DeleteTopicState(name: str | None, topic_id: UUID, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DeleteTopicsRequest.DeleteTopicState:
    instance_: DeleteTopicsRequest.DeleteTopicState = object.__new__(DeleteTopicsRequest.DeleteTopicState)
    set0_, set1_, set2_, = _SET_DeleteTopicsRequest__DeleteTopicState
    set0_(instance_, name)
    set1_(instance_, topic_id)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_DeleteTopicsRequest: tuple[Any, ...] = tuple(
    vars(DeleteTopicsRequest)[name].__set__ for name in ('topics', 'topic_names', 'timeout_ms', 'unknown_tagged_fields', ))


def _new_DeleteTopicsRequest(topics: tuple[DeleteTopicsRequest.DeleteTopicState, ...], topic_names: tuple[str, ...], timeout_ms: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DeleteTopicsRequest:
    instance_: DeleteTopicsRequest = object.__new__(DeleteTopicsRequest)
    set0_, set1_, set2_, set3_, = _SET_DeleteTopicsRequest
    set0_(instance_, topics)
    set1_(instance_, topic_names)
    set2_(instance_, timeout_ms)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_DeleteTopicsResponse__DeletableTopicResult: tuple[Any, ...] = tuple(
    vars(DeleteTopicsResponse.DeletableTopicResult)[name].__set__ for name in ('name', 'topic_id', 'error_code', 'error_message', 'unknown_tagged_fields', ))


def _new_DeleteTopicsResponse__DeletableTopicResult(name: str | None, topic_id: UUID, error_code: int, error_message: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DeleteTopicsResponse.DeletableTopicResult:
    instance_: DeleteTopicsResponse.DeletableTopicResult = object.__new__(DeleteTopicsResponse.DeletableTopicResult)
    set0_, set1_, set2_, set3_, set4_, = _SET_DeleteTopicsResponse__DeletableTopicResult
    set0_(instance_, name)
    set1_(instance_, topic_id)
    set2_(instance_, error_code)
    set3_(instance_, error_message)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_DeleteTopicsResponse: tuple[Any, ...] = tuple(
    vars(DeleteTopicsResponse)[name].__set__ for name in ('throttle_time_ms', 'responses', 'unknown_tagged_fields', ))


def _new_DeleteTopicsResponse(throttle_time_ms: int, responses: tuple[DeleteTopicsResponse.DeletableTopicResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> DeleteTopicsResponse:
    instance_: DeleteTopicsResponse = object.__new__(DeleteTopicsResponse)
    set0_, set1_, set2_, = _SET_DeleteTopicsResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, responses)
    set2_(instance_, unknown_tagged_fields)
    return instance_
