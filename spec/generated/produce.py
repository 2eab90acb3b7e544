# generated from ProduceRequest.json, ProduceResponse.json; do not edit
"""Produce (API key 0): request and response."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from spec.wire import (
    EncodeError,
    ExternalBytes,
    Reader,
    Writer,
    check_decode_version,
    encode_checked,
)

__all__ = ['ProduceRequest', 'ProduceResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class ProduceRequest:
    """ProduceRequest, API key 0: versions 0-11, flexible 9+."""

    API_KEY: ClassVar[int] = 0
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 11
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 9

    transactional_id: str | None = None  # versions 3+; nullable 3+
    acks: int = 0  # versions 0+
    timeout_ms: int = 0  # versions 0+
    topic_data: tuple[ProduceRequest.TopicProduceData, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicProduceData:
        """ProduceRequest.TopicProduceData: versions 0+."""

        name: str = ''  # versions 0+
        partition_data: tuple[ProduceRequest.PartitionProduceData, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 8:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
            if version <= 8:
                items_partition_data = self.partition_data
                writer.array_length(items_partition_data)
                for each_partition_data in items_partition_data:
                    each_partition_data.write(writer, version)
            else:
                items_partition_data = self.partition_data
                writer.compact_array_length(items_partition_data)
                for each_partition_data in items_partition_data:
                    each_partition_data.write(writer, version)
            if version <= 8:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'ProduceRequest.TopicProduceData has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ProduceRequest.TopicProduceData:
            f_name: str
            f_partition_data: tuple[ProduceRequest.PartitionProduceData, ...]
            f_name = reader.string('ProduceRequest.TopicProduceData.name') if version <= 8 else reader.compact_string('ProduceRequest.TopicProduceData.name')
            if version <= 8:
                count_f_partition_data = reader.array_length('ProduceRequest.TopicProduceData.partition_data')
                read_f_partition_data = ProduceRequest.PartitionProduceData.read
                f_partition_data = tuple([read_f_partition_data(reader, version) for _ in range(count_f_partition_data)])
            else:
                count_f_partition_data = reader.compact_array_length('ProduceRequest.TopicProduceData.partition_data')
                read_f_partition_data = ProduceRequest.PartitionProduceData.read
                f_partition_data = tuple([read_f_partition_data(reader, version) for _ in range(count_f_partition_data)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 8 else reader.unknown_tagged_fields('ProduceRequest.TopicProduceData.tagged_fields')
            return _new_ProduceRequest__TopicProduceData(f_name, f_partition_data, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionProduceData:
        """ProduceRequest.PartitionProduceData: versions 0+."""

        index: int = 0  # versions 0+
        records: bytes | ExternalBytes | None = None  # versions 0+; nullable 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.index)
            if version <= 8:
                writer.nullable_records(self.records)
            else:
                writer.compact_nullable_records(self.records)
            if version <= 8:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'ProduceRequest.PartitionProduceData has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ProduceRequest.PartitionProduceData:
            f_index: int
            f_records: bytes | ExternalBytes | None
            f_index = reader.int32('ProduceRequest.PartitionProduceData.index')
            f_records = reader.nullable_bytes('ProduceRequest.PartitionProduceData.records') if version <= 8 else reader.compact_nullable_bytes('ProduceRequest.PartitionProduceData.records')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 8 else reader.unknown_tagged_fields('ProduceRequest.PartitionProduceData.tagged_fields')
            return _new_ProduceRequest__PartitionProduceData(f_index, f_records, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 2:
            if self.transactional_id is not None:
                raise EncodeError(f'ProduceRequest.transactional_id is set, but version {version} lacks it')
        elif version <= 8:
            writer.nullable_string(self.transactional_id)
        else:
            writer.compact_nullable_string(self.transactional_id)
        writer.int16(self.acks)
        writer.int32(self.timeout_ms)
        if version <= 8:
            items_topic_data = self.topic_data
            writer.array_length(items_topic_data)
            for each_topic_data in items_topic_data:
                each_topic_data.write(writer, version)
        else:
            items_topic_data = self.topic_data
            writer.compact_array_length(items_topic_data)
            for each_topic_data in items_topic_data:
                each_topic_data.write(writer, version)
        if version <= 8:
            if self.unknown_tagged_fields:
                raise EncodeError(f'ProduceRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ProduceRequest:
        f_transactional_id: str | None
        f_acks: int
        f_timeout_ms: int
        f_topic_data: tuple[ProduceRequest.TopicProduceData, ...]
        if version <= 2:
            f_transactional_id = None
        elif version <= 8:
            f_transactional_id = reader.nullable_string('ProduceRequest.transactional_id')
        else:
            f_transactional_id = reader.compact_nullable_string('ProduceRequest.transactional_id')
        f_acks = reader.int16('ProduceRequest.acks')
        f_timeout_ms = reader.int32('ProduceRequest.timeout_ms')
        if version <= 8:
            count_f_topic_data = reader.array_length('ProduceRequest.topic_data')
            read_f_topic_data = ProduceRequest.TopicProduceData.read
            f_topic_data = tuple([read_f_topic_data(reader, version) for _ in range(count_f_topic_data)])
        else:
            count_f_topic_data = reader.compact_array_length('ProduceRequest.topic_data')
            read_f_topic_data = ProduceRequest.TopicProduceData.read
            f_topic_data = tuple([read_f_topic_data(reader, version) for _ in range(count_f_topic_data)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 8 else reader.unknown_tagged_fields('ProduceRequest.tagged_fields')
        return _new_ProduceRequest(f_transactional_id, f_acks, f_timeout_ms, f_topic_data, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ProduceRequest', 0, 11).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ProduceRequest', 0, 11).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ProduceRequest:
        check_decode_version(version, 'ProduceRequest', 0, 11)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ProduceRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class ProduceResponse:
    """ProduceResponse, API key 0: versions 0-11, flexible 9+."""

    API_KEY: ClassVar[int] = 0
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 11
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 9

    responses: tuple[ProduceResponse.TopicProduceResponse, ...] = ()  # versions 0+
    throttle_time_ms: int = 0  # versions 1+; ignorable
    node_endpoints: tuple[ProduceResponse.NodeEndpoint, ...] = ()  # versions 10+; tag 0 in 10+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class TopicProduceResponse:
        """ProduceResponse.TopicProduceResponse: versions 0+."""

        name: str = ''  # versions 0+
        partition_responses: tuple[ProduceResponse.PartitionProduceResponse, ...] = ()  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 8:
                writer.string(self.name)
            else:
                writer.compact_string(self.name)
            if version <= 8:
                items_partition_responses = self.partition_responses
                writer.array_length(items_partition_responses)
                for each_partition_responses in items_partition_responses:
                    each_partition_responses.write(writer, version)
            else:
                items_partition_responses = self.partition_responses
                writer.compact_array_length(items_partition_responses)
                for each_partition_responses in items_partition_responses:
                    each_partition_responses.write(writer, version)
            if version <= 8:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'ProduceResponse.TopicProduceResponse has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ProduceResponse.TopicProduceResponse:
            f_name: str
            f_partition_responses: tuple[ProduceResponse.PartitionProduceResponse, ...]
            f_name = reader.string('ProduceResponse.TopicProduceResponse.name') if version <= 8 else reader.compact_string('ProduceResponse.TopicProduceResponse.name')
            if version <= 8:
                count_f_partition_responses = reader.array_length('ProduceResponse.TopicProduceResponse.partition_responses')
                read_f_partition_responses = ProduceResponse.PartitionProduceResponse.read
                f_partition_responses = tuple([read_f_partition_responses(reader, version) for _ in range(count_f_partition_responses)])
            else:
                count_f_partition_responses = reader.compact_array_length('ProduceResponse.TopicProduceResponse.partition_responses')
                read_f_partition_responses = ProduceResponse.PartitionProduceResponse.read
                f_partition_responses = tuple([read_f_partition_responses(reader, version) for _ in range(count_f_partition_responses)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 8 else reader.unknown_tagged_fields('ProduceResponse.TopicProduceResponse.tagged_fields')
            return _new_ProduceResponse__TopicProduceResponse(f_name, f_partition_responses, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class PartitionProduceResponse:
        """ProduceResponse.PartitionProduceResponse: versions 0+."""

        index: int = 0  # versions 0+
        error_code: int = 0  # versions 0+
        base_offset: int = 0  # versions 0+
        log_append_time_ms: int = -1  # versions 2+; ignorable
        log_start_offset: int = -1  # versions 5+; ignorable
        record_errors: tuple[ProduceResponse.BatchIndexAndErrorMessage, ...] = ()  # versions 8+; ignorable
        error_message: str | None = None  # versions 8+; nullable 8+; ignorable
        current_leader: ProduceResponse.LeaderIdAndEpoch = field(default_factory=lambda: _EMPTY_ProduceResponse__LeaderIdAndEpoch)  # versions 10+; tag 0 in 10+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.index)
            writer.int16(self.error_code)
            writer.int64(self.base_offset)
            if version <= 1:
                pass
            else:
                writer.int64(self.log_append_time_ms)
            if version <= 4:
                pass
            else:
                writer.int64(self.log_start_offset)
            if version <= 7:
                pass
            elif version <= 8:
                items_record_errors = self.record_errors
                writer.array_length(items_record_errors)
                for each_record_errors in items_record_errors:
                    each_record_errors.write(writer, version)
            else:
                items_record_errors = self.record_errors
                writer.compact_array_length(items_record_errors)
                for each_record_errors in items_record_errors:
                    each_record_errors.write(writer, version)
            if version <= 7:
                pass
            elif version <= 8:
                writer.nullable_string(self.error_message)
            else:
                writer.compact_nullable_string(self.error_message)
            if version <= 9:
                if self.current_leader != _EMPTY_ProduceResponse__LeaderIdAndEpoch:
                    raise EncodeError(f'ProduceResponse.PartitionProduceResponse.current_leader is set, but version {version} lacks it')
            else:
                pass
            if version <= 8:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'ProduceResponse.PartitionProduceResponse has tagged fields, but version {version} is not flexible')
            else:
                known: list[tuple[int, bytes]] = []
                if version <= 9:
                    pass
                else:
                    if self.current_leader != _EMPTY_ProduceResponse__LeaderIdAndEpoch:
                        tagged = Writer()
                        self.current_leader.write(tagged, version)
                        known.append((0, tagged.getvalue()))
                writer.tagged_fields(known, self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ProduceResponse.PartitionProduceResponse:
            f_index: int
            f_error_code: int
            f_base_offset: int
            f_log_append_time_ms: int
            f_log_start_offset: int
            f_record_errors: tuple[ProduceResponse.BatchIndexAndErrorMessage, ...]
            f_error_message: str | None
            f_current_leader: ProduceResponse.LeaderIdAndEpoch
            f_index = reader.int32('ProduceResponse.PartitionProduceResponse.index')
            f_error_code = reader.int16('ProduceResponse.PartitionProduceResponse.error_code')
            f_base_offset = reader.int64('ProduceResponse.PartitionProduceResponse.base_offset')
            f_log_append_time_ms = -1 if version <= 1 else reader.int64('ProduceResponse.PartitionProduceResponse.log_append_time_ms')
            f_log_start_offset = -1 if version <= 4 else reader.int64('ProduceResponse.PartitionProduceResponse.log_start_offset')
            if version <= 7:
                f_record_errors = ()
            elif version <= 8:
                count_f_record_errors = reader.array_length('ProduceResponse.PartitionProduceResponse.record_errors')
                read_f_record_errors = ProduceResponse.BatchIndexAndErrorMessage.read
                f_record_errors = tuple([read_f_record_errors(reader, version) for _ in range(count_f_record_errors)])
            else:
                count_f_record_errors = reader.compact_array_length('ProduceResponse.PartitionProduceResponse.record_errors')
                read_f_record_errors = ProduceResponse.BatchIndexAndErrorMessage.read
                f_record_errors = tuple([read_f_record_errors(reader, version) for _ in range(count_f_record_errors)])
            if version <= 7:
                f_error_message = None
            elif version <= 8:
                f_error_message = reader.nullable_string('ProduceResponse.PartitionProduceResponse.error_message')
            else:
                f_error_message = reader.compact_nullable_string('ProduceResponse.PartitionProduceResponse.error_message')
            f_current_leader = _EMPTY_ProduceResponse__LeaderIdAndEpoch
            unknown: tuple[tuple[int, bytes], ...]
            if version <= 8:
                unknown = ()
            else:
                unknown_list: list[tuple[int, bytes]] = []
                for _ in range(reader.tagged_field_count('ProduceResponse.PartitionProduceResponse.tagged_fields')):
                    tag, end = reader.tagged_field_header('ProduceResponse.PartitionProduceResponse.tagged_fields')
                    if tag == 0:
                        if version < 10:
                            raise reader.fail('tag 0 is not valid for version ' + str(version), 'ProduceResponse.PartitionProduceResponse.tagged_fields')
                        f_current_leader = ProduceResponse.LeaderIdAndEpoch.read(reader, version)
                        reader.expect_position(end, 'ProduceResponse.PartitionProduceResponse.tagged_fields')
                    else:
                        unknown_list.append((tag, reader.raw(end - reader.position, 'ProduceResponse.PartitionProduceResponse.tagged_fields')))
                unknown = tuple(unknown_list)
            return _new_ProduceResponse__PartitionProduceResponse(f_index, f_error_code, f_base_offset, f_log_append_time_ms, f_log_start_offset, f_record_errors, f_error_message, f_current_leader, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class BatchIndexAndErrorMessage:
        """ProduceResponse.BatchIndexAndErrorMessage: versions 8+."""

        batch_index: int = 0  # versions 8+
        batch_index_error_message: str | None = None  # versions 8+; nullable 8+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.batch_index)
            if version <= 8:
                writer.nullable_string(self.batch_index_error_message)
            else:
                writer.compact_nullable_string(self.batch_index_error_message)
            if version <= 8:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'ProduceResponse.BatchIndexAndErrorMessage has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ProduceResponse.BatchIndexAndErrorMessage:
            f_batch_index: int
            f_batch_index_error_message: str | None
            f_batch_index = reader.int32('ProduceResponse.BatchIndexAndErrorMessage.batch_index')
            f_batch_index_error_message = reader.nullable_string('ProduceResponse.BatchIndexAndErrorMessage.batch_index_error_message') if version <= 8 else reader.compact_nullable_string('ProduceResponse.BatchIndexAndErrorMessage.batch_index_error_message')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 8 else reader.unknown_tagged_fields('ProduceResponse.BatchIndexAndErrorMessage.tagged_fields')
            return _new_ProduceResponse__BatchIndexAndErrorMessage(f_batch_index, f_batch_index_error_message, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class LeaderIdAndEpoch:
        """ProduceResponse.LeaderIdAndEpoch: versions 10+."""

        leader_id: int = -1  # versions 10+
        leader_epoch: int = -1  # versions 10+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.leader_id)
            writer.int32(self.leader_epoch)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ProduceResponse.LeaderIdAndEpoch:
            f_leader_id: int
            f_leader_epoch: int
            f_leader_id = reader.int32('ProduceResponse.LeaderIdAndEpoch.leader_id')
            f_leader_epoch = reader.int32('ProduceResponse.LeaderIdAndEpoch.leader_epoch')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ProduceResponse.LeaderIdAndEpoch.tagged_fields')
            return _new_ProduceResponse__LeaderIdAndEpoch(f_leader_id, f_leader_epoch, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class NodeEndpoint:
        """ProduceResponse.NodeEndpoint: versions 10+."""

        node_id: int = 0  # versions 10+
        host: str = ''  # versions 10+
        port: int = 0  # versions 10+
        rack: str | None = None  # versions 10+; nullable 10+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.node_id)
            writer.compact_string(self.host)
            writer.int32(self.port)
            writer.compact_nullable_string(self.rack)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> ProduceResponse.NodeEndpoint:
            f_node_id: int
            f_host: str
            f_port: int
            f_rack: str | None
            f_node_id = reader.int32('ProduceResponse.NodeEndpoint.node_id')
            f_host = reader.compact_string('ProduceResponse.NodeEndpoint.host')
            f_port = reader.int32('ProduceResponse.NodeEndpoint.port')
            f_rack = reader.compact_nullable_string('ProduceResponse.NodeEndpoint.rack')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('ProduceResponse.NodeEndpoint.tagged_fields')
            return _new_ProduceResponse__NodeEndpoint(f_node_id, f_host, f_port, f_rack, unknown)

    def write(self, writer: Writer, version: int) -> None:
        if version <= 8:
            items_responses = self.responses
            writer.array_length(items_responses)
            for each_responses in items_responses:
                each_responses.write(writer, version)
        else:
            items_responses = self.responses
            writer.compact_array_length(items_responses)
            for each_responses in items_responses:
                each_responses.write(writer, version)
        if version <= 0:
            pass
        else:
            writer.int32(self.throttle_time_ms)
        if version <= 9:
            if self.node_endpoints != ():
                raise EncodeError(f'ProduceResponse.node_endpoints is set, but version {version} lacks it')
        else:
            pass
        if version <= 8:
            if self.unknown_tagged_fields:
                raise EncodeError(f'ProduceResponse has tagged fields, but version {version} is not flexible')
        else:
            known: list[tuple[int, bytes]] = []
            if version <= 9:
                pass
            else:
                if self.node_endpoints != ():
                    tagged = Writer()
                    items_node_endpoints = self.node_endpoints
                    tagged.compact_array_length(items_node_endpoints)
                    for each_node_endpoints in items_node_endpoints:
                        each_node_endpoints.write(tagged, version)
                    known.append((0, tagged.getvalue()))
            writer.tagged_fields(known, self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> ProduceResponse:
        f_responses: tuple[ProduceResponse.TopicProduceResponse, ...]
        f_throttle_time_ms: int
        f_node_endpoints: tuple[ProduceResponse.NodeEndpoint, ...]
        if version <= 8:
            count_f_responses = reader.array_length('ProduceResponse.responses')
            read_f_responses = ProduceResponse.TopicProduceResponse.read
            f_responses = tuple([read_f_responses(reader, version) for _ in range(count_f_responses)])
        else:
            count_f_responses = reader.compact_array_length('ProduceResponse.responses')
            read_f_responses = ProduceResponse.TopicProduceResponse.read
            f_responses = tuple([read_f_responses(reader, version) for _ in range(count_f_responses)])
        f_throttle_time_ms = 0 if version <= 0 else reader.int32('ProduceResponse.throttle_time_ms')
        f_node_endpoints = ()
        unknown: tuple[tuple[int, bytes], ...]
        if version <= 8:
            unknown = ()
        else:
            unknown_list: list[tuple[int, bytes]] = []
            for _ in range(reader.tagged_field_count('ProduceResponse.tagged_fields')):
                tag, end = reader.tagged_field_header('ProduceResponse.tagged_fields')
                if tag == 0:
                    if version < 10:
                        raise reader.fail('tag 0 is not valid for version ' + str(version), 'ProduceResponse.tagged_fields')
                    count_f_node_endpoints = reader.compact_array_length('ProduceResponse.node_endpoints')
                    read_f_node_endpoints = ProduceResponse.NodeEndpoint.read
                    f_node_endpoints = tuple([read_f_node_endpoints(reader, version) for _ in range(count_f_node_endpoints)])
                    reader.expect_position(end, 'ProduceResponse.tagged_fields')
                else:
                    unknown_list.append((tag, reader.raw(end - reader.position, 'ProduceResponse.tagged_fields')))
            unknown = tuple(unknown_list)
        return _new_ProduceResponse(f_responses, f_throttle_time_ms, f_node_endpoints, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'ProduceResponse', 0, 11).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'ProduceResponse', 0, 11).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> ProduceResponse:
        check_decode_version(version, 'ProduceResponse', 0, 11)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('ProduceResponse')
        return result


_EMPTY_ProduceResponse__LeaderIdAndEpoch: ProduceResponse.LeaderIdAndEpoch = ProduceResponse.LeaderIdAndEpoch()


_SET_ProduceRequest__TopicProduceData: tuple[Any, ...] = tuple(
    vars(ProduceRequest.TopicProduceData)[name].__set__ for name in ('name', 'partition_data', 'unknown_tagged_fields', ))


def _new_ProduceRequest__TopicProduceData(name: str, partition_data: tuple[ProduceRequest.PartitionProduceData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ProduceRequest.TopicProduceData:
    instance_: ProduceRequest.TopicProduceData = object.__new__(ProduceRequest.TopicProduceData)
    set0_, set1_, set2_, = _SET_ProduceRequest__TopicProduceData
    set0_(instance_, name)
    set1_(instance_, partition_data)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ProduceRequest__PartitionProduceData: tuple[Any, ...] = tuple(
    vars(ProduceRequest.PartitionProduceData)[name].__set__ for name in ('index', 'records', 'unknown_tagged_fields', ))


def _new_ProduceRequest__PartitionProduceData(index: int, records: bytes | ExternalBytes | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ProduceRequest.PartitionProduceData:
    instance_: ProduceRequest.PartitionProduceData = object.__new__(ProduceRequest.PartitionProduceData)
    set0_, set1_, set2_, = _SET_ProduceRequest__PartitionProduceData
    set0_(instance_, index)
    set1_(instance_, records)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ProduceRequest: tuple[Any, ...] = tuple(
    vars(ProduceRequest)[name].__set__ for name in ('transactional_id', 'acks', 'timeout_ms', 'topic_data', 'unknown_tagged_fields', ))


def _new_ProduceRequest(transactional_id: str | None, acks: int, timeout_ms: int, topic_data: tuple[ProduceRequest.TopicProduceData, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ProduceRequest:
    instance_: ProduceRequest = object.__new__(ProduceRequest)
    set0_, set1_, set2_, set3_, set4_, = _SET_ProduceRequest
    set0_(instance_, transactional_id)
    set1_(instance_, acks)
    set2_(instance_, timeout_ms)
    set3_(instance_, topic_data)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_ProduceResponse__TopicProduceResponse: tuple[Any, ...] = tuple(
    vars(ProduceResponse.TopicProduceResponse)[name].__set__ for name in ('name', 'partition_responses', 'unknown_tagged_fields', ))


def _new_ProduceResponse__TopicProduceResponse(name: str, partition_responses: tuple[ProduceResponse.PartitionProduceResponse, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ProduceResponse.TopicProduceResponse:
    instance_: ProduceResponse.TopicProduceResponse = object.__new__(ProduceResponse.TopicProduceResponse)
    set0_, set1_, set2_, = _SET_ProduceResponse__TopicProduceResponse
    set0_(instance_, name)
    set1_(instance_, partition_responses)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ProduceResponse__PartitionProduceResponse: tuple[Any, ...] = tuple(
    vars(ProduceResponse.PartitionProduceResponse)[name].__set__ for name in ('index', 'error_code', 'base_offset', 'log_append_time_ms', 'log_start_offset', 'record_errors', 'error_message', 'current_leader', 'unknown_tagged_fields', ))


def _new_ProduceResponse__PartitionProduceResponse(index: int, error_code: int, base_offset: int, log_append_time_ms: int, log_start_offset: int, record_errors: tuple[ProduceResponse.BatchIndexAndErrorMessage, ...], error_message: str | None, current_leader: ProduceResponse.LeaderIdAndEpoch, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ProduceResponse.PartitionProduceResponse:
    instance_: ProduceResponse.PartitionProduceResponse = object.__new__(ProduceResponse.PartitionProduceResponse)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, = _SET_ProduceResponse__PartitionProduceResponse
    set0_(instance_, index)
    set1_(instance_, error_code)
    set2_(instance_, base_offset)
    set3_(instance_, log_append_time_ms)
    set4_(instance_, log_start_offset)
    set5_(instance_, record_errors)
    set6_(instance_, error_message)
    set7_(instance_, current_leader)
    set8_(instance_, unknown_tagged_fields)
    return instance_


_SET_ProduceResponse__BatchIndexAndErrorMessage: tuple[Any, ...] = tuple(
    vars(ProduceResponse.BatchIndexAndErrorMessage)[name].__set__ for name in ('batch_index', 'batch_index_error_message', 'unknown_tagged_fields', ))


def _new_ProduceResponse__BatchIndexAndErrorMessage(batch_index: int, batch_index_error_message: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ProduceResponse.BatchIndexAndErrorMessage:
    instance_: ProduceResponse.BatchIndexAndErrorMessage = object.__new__(ProduceResponse.BatchIndexAndErrorMessage)
    set0_, set1_, set2_, = _SET_ProduceResponse__BatchIndexAndErrorMessage
    set0_(instance_, batch_index)
    set1_(instance_, batch_index_error_message)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ProduceResponse__LeaderIdAndEpoch: tuple[Any, ...] = tuple(
    vars(ProduceResponse.LeaderIdAndEpoch)[name].__set__ for name in ('leader_id', 'leader_epoch', 'unknown_tagged_fields', ))


def _new_ProduceResponse__LeaderIdAndEpoch(leader_id: int, leader_epoch: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ProduceResponse.LeaderIdAndEpoch:
    instance_: ProduceResponse.LeaderIdAndEpoch = object.__new__(ProduceResponse.LeaderIdAndEpoch)
    set0_, set1_, set2_, = _SET_ProduceResponse__LeaderIdAndEpoch
    set0_(instance_, leader_id)
    set1_(instance_, leader_epoch)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_ProduceResponse__NodeEndpoint: tuple[Any, ...] = tuple(
    vars(ProduceResponse.NodeEndpoint)[name].__set__ for name in ('node_id', 'host', 'port', 'rack', 'unknown_tagged_fields', ))


def _new_ProduceResponse__NodeEndpoint(node_id: int, host: str, port: int, rack: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ProduceResponse.NodeEndpoint:
    instance_: ProduceResponse.NodeEndpoint = object.__new__(ProduceResponse.NodeEndpoint)
    set0_, set1_, set2_, set3_, set4_, = _SET_ProduceResponse__NodeEndpoint
    set0_(instance_, node_id)
    set1_(instance_, host)
    set2_(instance_, port)
    set3_(instance_, rack)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_ProduceResponse: tuple[Any, ...] = tuple(
    vars(ProduceResponse)[name].__set__ for name in ('responses', 'throttle_time_ms', 'node_endpoints', 'unknown_tagged_fields', ))


def _new_ProduceResponse(responses: tuple[ProduceResponse.TopicProduceResponse, ...], throttle_time_ms: int, node_endpoints: tuple[ProduceResponse.NodeEndpoint, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> ProduceResponse:
    instance_: ProduceResponse = object.__new__(ProduceResponse)
    set0_, set1_, set2_, set3_, = _SET_ProduceResponse
    set0_(instance_, responses)
    set1_(instance_, throttle_time_ms)
    set2_(instance_, node_endpoints)
    set3_(instance_, unknown_tagged_fields)
    return instance_
