# generated from CreateTopicsRequest.json, CreateTopicsResponse.json; do not edit
"""CreateTopics (API key 19): request and response."""

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
)

_ZERO_UUID = UUID(int=0)
__all__ = ['CreateTopicsRequest', 'CreateTopicsResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class CreateTopicsRequest:
    """CreateTopicsRequest, API key 19: versions 0-7, flexible 5+."""

    API_KEY: ClassVar[int] = 19
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 7
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 5

    topics: tuple[CreateTopicsRequest.CreatableTopic, ...] = ()  # versions 0+
    timeout_ms: int = 60000  # versions 0+
    validate_only: bool = False  # versions 1+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class CreatableTopic:
        """CreateTopicsRequest.CreatableTopic: versions 0+."""

        name: str = ''  # versions 0+
        num_partitions: int = 0  # versions 0+
        replication_factor: int = 0  # versions 0+
        assignments: tuple[CreateTopicsRequest.CreatableReplicaAssignment, ...] = ()  # versions 0+
        configs: tuple[CreateTopicsRequest.CreatableTopicConfig, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 4:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
            writer.int32(self.num_partitions)
            writer.int16(self.replication_factor)
            if version <= 4:
                items_assignments = self.assignments
                writer.array_length(items_assignments)
                for each_assignments in items_assignments:
                    each_assignments.write(writer, version)
            else:
                items_assignments = self.assignments
                writer.compact_array_length(items_assignments)
                for each_assignments in items_assignments:
                    each_assignments.write(writer, version)
            if version <= 4:
                items_configs = self.configs
                writer.array_length(items_configs)
                for each_configs in items_configs:
                    each_configs.write(writer, version)
            else:
                items_configs = self.configs
                writer.compact_array_length(items_configs)
                for each_configs in items_configs:
                    each_configs.write(writer, version)
            if version <= 4:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'CreateTopicsRequest.CreatableTopic has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> CreateTopicsRequest.CreatableTopic:
            f_name: str
            f_num_partitions: int
            f_replication_factor: int
            f_assignments: tuple[CreateTopicsRequest.CreatableReplicaAssignment, ...]
            f_configs: tuple[CreateTopicsRequest.CreatableTopicConfig, ...]
            f_name = reader.string('CreateTopicsRequest.CreatableTopic.name') if version <= 4 else reader.compact_string('CreateTopicsRequest.CreatableTopic.name')
            f_num_partitions = reader.int32('CreateTopicsRequest.CreatableTopic.num_partitions')
            f_replication_factor = reader.int16('CreateTopicsRequest.CreatableTopic.replication_factor')
            if version <= 4:
                count_f_assignments = reader.array_length('CreateTopicsRequest.CreatableTopic.assignments')
                read_f_assignments = CreateTopicsRequest.CreatableReplicaAssignment.read
                f_assignments = tuple([read_f_assignments(reader, version) for _ in range(count_f_assignments)])
            else:
                count_f_assignments = reader.compact_array_length('CreateTopicsRequest.CreatableTopic.assignments')
                read_f_assignments = CreateTopicsRequest.CreatableReplicaAssignment.read
                f_assignments = tuple([read_f_assignments(reader, version) for _ in range(count_f_assignments)])
            if version <= 4:
                count_f_configs = reader.array_length('CreateTopicsRequest.CreatableTopic.configs')
                read_f_configs = CreateTopicsRequest.CreatableTopicConfig.read
                f_configs = tuple([read_f_configs(reader, version) for _ in range(count_f_configs)])
            else:
                count_f_configs = reader.compact_array_length('CreateTopicsRequest.CreatableTopic.configs')
                read_f_configs = CreateTopicsRequest.CreatableTopicConfig.read
                f_configs = tuple([read_f_configs(reader, version) for _ in range(count_f_configs)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 4 else reader.unknown_tagged_fields('CreateTopicsRequest.CreatableTopic.tagged_fields')
            return _new_CreateTopicsRequest__CreatableTopic(f_name, f_num_partitions, f_replication_factor, f_assignments, f_configs, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class CreatableReplicaAssignment:
        """CreateTopicsRequest.CreatableReplicaAssignment: versions 0+."""

        partition_index: int = 0  # versions 0+
        broker_ids: tuple[int, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.partition_index)
            if version <= 4:
                items_broker_ids = self.broker_ids
                writer.array_length(items_broker_ids)
                writer.int32_items(items_broker_ids)
            else:
                items_broker_ids = self.broker_ids
                writer.compact_array_length(items_broker_ids)
                writer.int32_items(items_broker_ids)
            if version <= 4:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'CreateTopicsRequest.CreatableReplicaAssignment has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> CreateTopicsRequest.CreatableReplicaAssignment:
            f_partition_index: int
            f_broker_ids: tuple[int, ...]
            f_partition_index = reader.int32('CreateTopicsRequest.CreatableReplicaAssignment.partition_index')
            if version <= 4:
                count_f_broker_ids = reader.array_length('CreateTopicsRequest.CreatableReplicaAssignment.broker_ids')
                f_broker_ids = reader.int32_items(count_f_broker_ids, 'CreateTopicsRequest.CreatableReplicaAssignment.broker_ids')
            else:
                count_f_broker_ids = reader.compact_array_length('CreateTopicsRequest.CreatableReplicaAssignment.broker_ids')
                f_broker_ids = reader.int32_items(count_f_broker_ids, 'CreateTopicsRequest.CreatableReplicaAssignment.broker_ids')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 4 else reader.unknown_tagged_fields('CreateTopicsRequest.CreatableReplicaAssignment.tagged_fields')
            return _new_CreateTopicsRequest__CreatableReplicaAssignment(f_partition_index, f_broker_ids, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class CreatableTopicConfig:
        """CreateTopicsRequest.CreatableTopicConfig: versions 0+."""

        name: str = ''  # versions 0+
        value: str | None = ''  # versions 0+; nullable 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 4:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
            if version <= 4:
                writer.nullable_string(self.value)
            else:
                writer.compact_nullable_string(self.value)
            if version <= 4:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'CreateTopicsRequest.CreatableTopicConfig has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> CreateTopicsRequest.CreatableTopicConfig:
            f_name: str
            f_value: str | None
            f_name = reader.string('CreateTopicsRequest.CreatableTopicConfig.name') if version <= 4 else reader.compact_string('CreateTopicsRequest.CreatableTopicConfig.name')
            f_value = reader.nullable_string('CreateTopicsRequest.CreatableTopicConfig.value') if version <= 4 else reader.compact_nullable_string('CreateTopicsRequest.CreatableTopicConfig.value')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 4 else reader.unknown_tagged_fields('CreateTopicsRequest.CreatableTopicConfig.tagged_fields')
            return _new_CreateTopicsRequest__CreatableTopicConfig(f_name, f_value, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 4:
            items_topics = self.topics
            writer.array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        else:
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        writer.int32(self.timeout_ms)
        if version <= 0:
            if self.validate_only:
                raise EncodeError(f'CreateTopicsRequest.validate_only is set, but version {version} lacks it')
        else:
            writer.boolean(self.validate_only)
        if version <= 4:
            if self.unknown_tagged_fields:
                raise EncodeError(f'CreateTopicsRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> CreateTopicsRequest:
        f_topics: tuple[CreateTopicsRequest.CreatableTopic, ...]
        f_timeout_ms: int
        f_validate_only: bool
        if version <= 4:
            count_f_topics = reader.array_length('CreateTopicsRequest.topics')
            read_f_topics = CreateTopicsRequest.CreatableTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        else:
            count_f_topics = reader.compact_array_length('CreateTopicsRequest.topics')
            read_f_topics = CreateTopicsRequest.CreatableTopic.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        f_timeout_ms = reader.int32('CreateTopicsRequest.timeout_ms')
        f_validate_only = False if version <= 0 else reader.boolean('CreateTopicsRequest.validate_only')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 4 else reader.unknown_tagged_fields('CreateTopicsRequest.tagged_fields')
        return _new_CreateTopicsRequest(f_topics, f_timeout_ms, f_validate_only, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'CreateTopicsRequest', 0, 7).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'CreateTopicsRequest', 0, 7).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> CreateTopicsRequest:
        check_decode_version(version, 'CreateTopicsRequest', 0, 7)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('CreateTopicsRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class CreateTopicsResponse:
    """CreateTopicsResponse, API key 19: versions 0-7, flexible 5+."""

    API_KEY: ClassVar[int] = 19
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 7
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 5

    throttle_time_ms: int = 0  # versions 2+; ignorable
    topics: tuple[CreateTopicsResponse.CreatableTopicResult, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class CreatableTopicResult:
        """CreateTopicsResponse.CreatableTopicResult: versions 0+."""

        name: str = ''  # versions 0+
        topic_id: UUID = _ZERO_UUID  # versions 7+; ignorable
        error_code: int = 0  # versions 0+
        error_message: str | None = ''  # versions 1+; nullable 0+; ignorable
        topic_config_error_code: int = 0  # versions 5+; tag 0 in 5+; ignorable
        num_partitions: int = -1  # versions 5+; ignorable
        replication_factor: int = -1  # versions 5+; ignorable
        configs: tuple[CreateTopicsResponse.CreatableTopicConfigs, ...] | None = ()  # versions 5+; nullable 5+; ignorable
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            items_configs: tuple[CreateTopicsResponse.CreatableTopicConfigs, ...] | None
            if version <= 4:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
            if version <= 6:
                pass
            else:
                writer.uuid(self.topic_id)
            writer.int16(self.error_code)
            if version <= 0:
                pass
            elif version <= 4:
                writer.nullable_string(self.error_message)
            else:
                writer.compact_nullable_string(self.error_message)
            if version <= 4:
                pass
            else:
                writer.int32(self.num_partitions)
            if version <= 4:
                pass
            else:
                writer.int16(self.replication_factor)
            if version <= 4:
                pass
            else:
                items_configs = self.configs
                writer.compact_array_length(items_configs)
                if items_configs is not None:
                    for each_configs in items_configs:
                        each_configs.write(writer, version)
            if version <= 4:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'CreateTopicsResponse.CreatableTopicResult has tagged fields, but version {version} is not flexible')
            else:
                known: list[tuple[int, bytes]] = []
                if self.topic_config_error_code != 0:
                    tagged = Writer()
                    tagged.int16(self.topic_config_error_code)
                    known.append((0, tagged.getvalue()))
                writer.tagged_fields(known, self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> CreateTopicsResponse.CreatableTopicResult:
            f_name: str
            f_topic_id: UUID
            f_error_code: int
            f_error_message: str | None
            f_topic_config_error_code: int
            f_num_partitions: int
            f_replication_factor: int
            f_configs: tuple[CreateTopicsResponse.CreatableTopicConfigs, ...] | None
            f_name = reader.string('CreateTopicsResponse.CreatableTopicResult.name') if version <= 4 else reader.compact_string('CreateTopicsResponse.CreatableTopicResult.name')
            f_topic_id = _ZERO_UUID if version <= 6 else reader.uuid('CreateTopicsResponse.CreatableTopicResult.topic_id')
            f_error_code = reader.int16('CreateTopicsResponse.CreatableTopicResult.error_code')
            if version <= 0:
                f_error_message = ''
            elif version <= 4:
                f_error_message = reader.nullable_string('CreateTopicsResponse.CreatableTopicResult.error_message')
            else:
                f_error_message = reader.compact_nullable_string('CreateTopicsResponse.CreatableTopicResult.error_message')
            f_topic_config_error_code = 0
            f_num_partitions = -1 if version <= 4 else reader.int32('CreateTopicsResponse.CreatableTopicResult.num_partitions')
            f_replication_factor = -1 if version <= 4 else reader.int16('CreateTopicsResponse.CreatableTopicResult.replication_factor')
            if version <= 4:
                f_configs = ()
            else:
                count_f_configs = reader.compact_nullable_array_length('CreateTopicsResponse.CreatableTopicResult.configs')
                read_f_configs = CreateTopicsResponse.CreatableTopicConfigs.read
                f_configs = None if count_f_configs < 0 else tuple([read_f_configs(reader, version) for _ in range(count_f_configs)])
            unknown: tuple[tuple[int, bytes], ...]
            if version <= 4:
                unknown = ()
            else:
                unknown_list: list[tuple[int, bytes]] = []
                for _ in range(reader.tagged_field_count('CreateTopicsResponse.CreatableTopicResult.tagged_fields')):
                    tag, end = reader.tagged_field_header('CreateTopicsResponse.CreatableTopicResult.tagged_fields')
                    if tag == 0:
                        f_topic_config_error_code = reader.int16('CreateTopicsResponse.CreatableTopicResult.topic_config_error_code')
                        reader.expect_position(end, 'CreateTopicsResponse.CreatableTopicResult.tagged_fields')
                    else:
                        unknown_list.append((tag, reader.raw(end - reader.position, 'CreateTopicsResponse.CreatableTopicResult.tagged_fields')))
                unknown = tuple(unknown_list)
            return _new_CreateTopicsResponse__CreatableTopicResult(f_name, f_topic_id, f_error_code, f_error_message, f_topic_config_error_code, f_num_partitions, f_replication_factor, f_configs, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class CreatableTopicConfigs:
        """CreateTopicsResponse.CreatableTopicConfigs: versions 5+."""

        name: str = ''  # versions 5+
        value: str | None = ''  # versions 5+; nullable 5+
        read_only: bool = False  # versions 5+
        config_source: int = -1  # versions 5+; ignorable
        is_sensitive: bool = False  # versions 5+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.compact_string(self.name)
            writer.compact_nullable_string(self.value)
            writer.boolean(self.read_only)
            writer.int8(self.config_source)
            writer.boolean(self.is_sensitive)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> CreateTopicsResponse.CreatableTopicConfigs:
            f_name: str
            f_value: str | None
            f_read_only: bool
            f_config_source: int
            f_is_sensitive: bool
            f_name = reader.compact_string('CreateTopicsResponse.CreatableTopicConfigs.name')
            f_value = reader.compact_nullable_string('CreateTopicsResponse.CreatableTopicConfigs.value')
            f_read_only = reader.boolean('CreateTopicsResponse.CreatableTopicConfigs.read_only')
            f_config_source = reader.int8('CreateTopicsResponse.CreatableTopicConfigs.config_source')
            f_is_sensitive = reader.boolean('CreateTopicsResponse.CreatableTopicConfigs.is_sensitive')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('CreateTopicsResponse.CreatableTopicConfigs.tagged_fields')
            return _new_CreateTopicsResponse__CreatableTopicConfigs(f_name, f_value, f_read_only, f_config_source, f_is_sensitive, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 1:
            pass
        else:
            writer.int32(self.throttle_time_ms)
        if version <= 4:
            items_topics = self.topics
            writer.array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        else:
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        if version <= 4:
            if self.unknown_tagged_fields:
                raise EncodeError(f'CreateTopicsResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> CreateTopicsResponse:
        f_throttle_time_ms: int
        f_topics: tuple[CreateTopicsResponse.CreatableTopicResult, ...]
        f_throttle_time_ms = 0 if version <= 1 else reader.int32('CreateTopicsResponse.throttle_time_ms')
        if version <= 4:
            count_f_topics = reader.array_length('CreateTopicsResponse.topics')
            read_f_topics = CreateTopicsResponse.CreatableTopicResult.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        else:
            count_f_topics = reader.compact_array_length('CreateTopicsResponse.topics')
            read_f_topics = CreateTopicsResponse.CreatableTopicResult.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 4 else reader.unknown_tagged_fields('CreateTopicsResponse.tagged_fields')
        return _new_CreateTopicsResponse(f_throttle_time_ms, f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'CreateTopicsResponse', 0, 7).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'CreateTopicsResponse', 0, 7).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> CreateTopicsResponse:
        check_decode_version(version, 'CreateTopicsResponse', 0, 7)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('CreateTopicsResponse')
        return result


_SET_CreateTopicsRequest__CreatableTopic: tuple[Any, ...] = tuple(
    vars(CreateTopicsRequest.CreatableTopic)[name].__set__ for name in ('name', 'num_partitions', 'replication_factor', 'assignments', 'configs', 'unknown_tagged_fields', ))


def _new_CreateTopicsRequest__CreatableTopic(name: str, num_partitions: int, replication_factor: int, assignments: tuple[CreateTopicsRequest.CreatableReplicaAssignment, ...], configs: tuple[CreateTopicsRequest.CreatableTopicConfig, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> CreateTopicsRequest.CreatableTopic:
    instance_: CreateTopicsRequest.CreatableTopic = object.__new__(CreateTopicsRequest.CreatableTopic)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_CreateTopicsRequest__CreatableTopic
    set0_(instance_, name)
    set1_(instance_, num_partitions)
    set2_(instance_, replication_factor)
    set3_(instance_, assignments)
    set4_(instance_, configs)
    set5_(instance_, unknown_tagged_fields)
    return instance_


_SET_CreateTopicsRequest__CreatableReplicaAssignment: tuple[Any, ...] = tuple(
    vars(CreateTopicsRequest.CreatableReplicaAssignment)[name].__set__ for name in ('partition_index', 'broker_ids', 'unknown_tagged_fields', ))


def _new_CreateTopicsRequest__CreatableReplicaAssignment(partition_index: int, broker_ids: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> CreateTopicsRequest.CreatableReplicaAssignment:
    instance_: CreateTopicsRequest.CreatableReplicaAssignment = object.__new__(CreateTopicsRequest.CreatableReplicaAssignment)
    set0_, set1_, set2_, = _SET_CreateTopicsRequest__CreatableReplicaAssignment
    set0_(instance_, partition_index)
    set1_(instance_, broker_ids)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_CreateTopicsRequest__CreatableTopicConfig: tuple[Any, ...] = tuple(
    vars(CreateTopicsRequest.CreatableTopicConfig)[name].__set__ for name in ('name', 'value', 'unknown_tagged_fields', ))


def _new_CreateTopicsRequest__CreatableTopicConfig(name: str, value: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> CreateTopicsRequest.CreatableTopicConfig:
    instance_: CreateTopicsRequest.CreatableTopicConfig = object.__new__(CreateTopicsRequest.CreatableTopicConfig)
    set0_, set1_, set2_, = _SET_CreateTopicsRequest__CreatableTopicConfig
    set0_(instance_, name)
    set1_(instance_, value)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_CreateTopicsRequest: tuple[Any, ...] = tuple(
    vars(CreateTopicsRequest)[name].__set__ for name in ('topics', 'timeout_ms', 'validate_only', 'unknown_tagged_fields', ))


def _new_CreateTopicsRequest(topics: tuple[CreateTopicsRequest.CreatableTopic, ...], timeout_ms: int, validate_only: bool, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> CreateTopicsRequest:
    instance_: CreateTopicsRequest = object.__new__(CreateTopicsRequest)
    set0_, set1_, set2_, set3_, = _SET_CreateTopicsRequest
    set0_(instance_, topics)
    set1_(instance_, timeout_ms)
    set2_(instance_, validate_only)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_CreateTopicsResponse__CreatableTopicResult: tuple[Any, ...] = tuple(
    vars(CreateTopicsResponse.CreatableTopicResult)[name].__set__ for name in ('name', 'topic_id', 'error_code', 'error_message', 'topic_config_error_code', 'num_partitions', 'replication_factor', 'configs', 'unknown_tagged_fields', ))


def _new_CreateTopicsResponse__CreatableTopicResult(name: str, topic_id: UUID, error_code: int, error_message: str | None, topic_config_error_code: int, num_partitions: int, replication_factor: int, configs: tuple[CreateTopicsResponse.CreatableTopicConfigs, ...] | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> CreateTopicsResponse.CreatableTopicResult:
    instance_: CreateTopicsResponse.CreatableTopicResult = object.__new__(CreateTopicsResponse.CreatableTopicResult)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, = _SET_CreateTopicsResponse__CreatableTopicResult
    set0_(instance_, name)
    set1_(instance_, topic_id)
    set2_(instance_, error_code)
    set3_(instance_, error_message)
    set4_(instance_, topic_config_error_code)
    set5_(instance_, num_partitions)
    set6_(instance_, replication_factor)
    set7_(instance_, configs)
    set8_(instance_, unknown_tagged_fields)
    return instance_


_SET_CreateTopicsResponse__CreatableTopicConfigs: tuple[Any, ...] = tuple(
    vars(CreateTopicsResponse.CreatableTopicConfigs)[name].__set__ for name in ('name', 'value', 'read_only', 'config_source', 'is_sensitive', 'unknown_tagged_fields', ))


def _new_CreateTopicsResponse__CreatableTopicConfigs(name: str, value: str | None, read_only: bool, config_source: int, is_sensitive: bool, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> CreateTopicsResponse.CreatableTopicConfigs:
    instance_: CreateTopicsResponse.CreatableTopicConfigs = object.__new__(CreateTopicsResponse.CreatableTopicConfigs)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_CreateTopicsResponse__CreatableTopicConfigs
    set0_(instance_, name)
    set1_(instance_, value)
    set2_(instance_, read_only)
    set3_(instance_, config_source)
    set4_(instance_, is_sensitive)
    set5_(instance_, unknown_tagged_fields)
    return instance_


_SET_CreateTopicsResponse: tuple[Any, ...] = tuple(
    vars(CreateTopicsResponse)[name].__set__ for name in ('throttle_time_ms', 'topics', 'unknown_tagged_fields', ))


def _new_CreateTopicsResponse(throttle_time_ms: int, topics: tuple[CreateTopicsResponse.CreatableTopicResult, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> CreateTopicsResponse:
    instance_: CreateTopicsResponse = object.__new__(CreateTopicsResponse)
    set0_, set1_, set2_, = _SET_CreateTopicsResponse
    set0_(instance_, throttle_time_ms)
    set1_(instance_, topics)
    set2_(instance_, unknown_tagged_fields)
    return instance_
