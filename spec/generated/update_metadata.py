# generated from UpdateMetadataRequest.json, UpdateMetadataResponse.json; do not edit
"""UpdateMetadata (API key 6): request and response."""

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
__all__ = ['UpdateMetadataRequest', 'UpdateMetadataResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class UpdateMetadataRequest:
    """UpdateMetadataRequest, API key 6: versions 0-8, flexible 6+."""

    API_KEY: ClassVar[int] = 6
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 8
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 6

    controller_id: int = 0  # versions 0+
    is_k_raft_controller: bool = False  # versions 8+
    type: int = 0  # versions 8+; tag 0 in 8+
    controller_epoch: int = 0  # versions 0+
    broker_epoch: int = -1  # versions 5+; ignorable
    ungrouped_partition_states: tuple[UpdateMetadataRequest.UpdateMetadataPartitionState, ...] = ()  # versions 0-4
    topic_states: tuple[UpdateMetadataRequest.UpdateMetadataTopicState, ...] = ()  # versions 5+
    live_brokers: tuple[UpdateMetadataRequest.UpdateMetadataBroker, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class UpdateMetadataPartitionState:
        """UpdateMetadataRequest.UpdateMetadataPartitionState: versions 0+."""

        topic_name: str = ''  # versions 0-4; ignorable
        partition_index: int = 0  # versions 0+
        controller_epoch: int = 0  # versions 0+
        leader: int = 0  # versions 0+
        leader_epoch: int = 0  # versions 0+
        isr: tuple[int, ...] = ()  # versions 0+
        zk_version: int = 0  # versions 0+
        replicas: tuple[int, ...] = ()  # versions 0+
        offline_replicas: tuple[int, ...] = ()  # versions 4+; ignorable
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 4:
                writer.string(self.topic_name)
            else:
                pass
            writer.int32(self.partition_index)
            writer.int32(self.controller_epoch)
            writer.int32(self.leader)
            writer.int32(self.leader_epoch)
            if version <= 5:
                items_isr = self.isr
                writer.array_length(items_isr)
                writer.int32_items(items_isr)
            else:
                items_isr = self.isr
                writer.compact_array_length(items_isr)
                writer.int32_items(items_isr)
            writer.int32(self.zk_version)
            if version <= 5:
                items_replicas = self.replicas
                writer.array_length(items_replicas)
                writer.int32_items(items_replicas)
            else:
                items_replicas = self.replicas
                writer.compact_array_length(items_replicas)
                writer.int32_items(items_replicas)
            if version <= 3:
                pass
            elif version <= 5:
                items_offline_replicas = self.offline_replicas
                writer.array_length(items_offline_replicas)
                writer.int32_items(items_offline_replicas)
            else:
                items_offline_replicas = self.offline_replicas
                writer.compact_array_length(items_offline_replicas)
                writer.int32_items(items_offline_replicas)
            if version <= 5:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'UpdateMetadataRequest.UpdateMetadataPartitionState has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> UpdateMetadataRequest.UpdateMetadataPartitionState:
            f_topic_name: str
            f_partition_index: int
            f_controller_epoch: int
            f_leader: int
            f_leader_epoch: int
            f_isr: tuple[int, ...]
            f_zk_version: int
            f_replicas: tuple[int, ...]
            f_offline_replicas: tuple[int, ...]
            f_topic_name = reader.string('UpdateMetadataRequest.UpdateMetadataPartitionState.topic_name') if version <= 4 else ''
            f_partition_index = reader.int32('UpdateMetadataRequest.UpdateMetadataPartitionState.partition_index')
            f_controller_epoch = reader.int32('UpdateMetadataRequest.UpdateMetadataPartitionState.controller_epoch')
            f_leader = reader.int32('UpdateMetadataRequest.UpdateMetadataPartitionState.leader')
            f_leader_epoch = reader.int32('UpdateMetadataRequest.UpdateMetadataPartitionState.leader_epoch')
            if version <= 5:
                count_f_isr = reader.array_length('UpdateMetadataRequest.UpdateMetadataPartitionState.isr')
                f_isr = reader.int32_items(count_f_isr, 'UpdateMetadataRequest.UpdateMetadataPartitionState.isr')
            else:
                count_f_isr = reader.compact_array_length('UpdateMetadataRequest.UpdateMetadataPartitionState.isr')
                f_isr = reader.int32_items(count_f_isr, 'UpdateMetadataRequest.UpdateMetadataPartitionState.isr')
            f_zk_version = reader.int32('UpdateMetadataRequest.UpdateMetadataPartitionState.zk_version')
            if version <= 5:
                count_f_replicas = reader.array_length('UpdateMetadataRequest.UpdateMetadataPartitionState.replicas')
                f_replicas = reader.int32_items(count_f_replicas, 'UpdateMetadataRequest.UpdateMetadataPartitionState.replicas')
            else:
                count_f_replicas = reader.compact_array_length('UpdateMetadataRequest.UpdateMetadataPartitionState.replicas')
                f_replicas = reader.int32_items(count_f_replicas, 'UpdateMetadataRequest.UpdateMetadataPartitionState.replicas')
            if version <= 3:
                f_offline_replicas = ()
            elif version <= 5:
                count_f_offline_replicas = reader.array_length('UpdateMetadataRequest.UpdateMetadataPartitionState.offline_replicas')
                f_offline_replicas = reader.int32_items(count_f_offline_replicas, 'UpdateMetadataRequest.UpdateMetadataPartitionState.offline_replicas')
            else:
                count_f_offline_replicas = reader.compact_array_length('UpdateMetadataRequest.UpdateMetadataPartitionState.offline_replicas')
                f_offline_replicas = reader.int32_items(count_f_offline_replicas, 'UpdateMetadataRequest.UpdateMetadataPartitionState.offline_replicas')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 5 else reader.unknown_tagged_fields('UpdateMetadataRequest.UpdateMetadataPartitionState.tagged_fields')
            return _new_UpdateMetadataRequest__UpdateMetadataPartitionState(f_topic_name, f_partition_index, f_controller_epoch, f_leader, f_leader_epoch, f_isr, f_zk_version, f_replicas, f_offline_replicas, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class UpdateMetadataTopicState:
        """UpdateMetadataRequest.UpdateMetadataTopicState: versions 5+."""

        topic_name: str = ''  # versions 5+
        topic_id: UUID = _ZERO_UUID  # versions 7+; ignorable
        partition_states: tuple[UpdateMetadataRequest.UpdateMetadataPartitionState, ...] = ()  # versions 5+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 5:
                writer.string(self.topic_name)
            else:
                writer.compact_string(self.topic_name)
            if version <= 6:
                pass
            else:
                writer.uuid(self.topic_id)
            if version <= 5:
                items_partition_states = self.partition_states
                writer.array_length(items_partition_states)
                for each_partition_states in items_partition_states:
                    each_partition_states.write(writer, version)
            else:
                items_partition_states = self.partition_states
                writer.compact_array_length(items_partition_states)
                for each_partition_states in items_partition_states:
                    each_partition_states.write(writer, version)
            if version <= 5:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'UpdateMetadataRequest.UpdateMetadataTopicState has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> UpdateMetadataRequest.UpdateMetadataTopicState:
            f_topic_name: str
            f_topic_id: UUID
            f_partition_states: tuple[UpdateMetadataRequest.UpdateMetadataPartitionState, ...]
            f_topic_name = reader.string('UpdateMetadataRequest.UpdateMetadataTopicState.topic_name') if version <= 5 else reader.compact_string('UpdateMetadataRequest.UpdateMetadataTopicState.topic_name')
            f_topic_id = _ZERO_UUID if version <= 6 else reader.uuid('UpdateMetadataRequest.UpdateMetadataTopicState.topic_id')
            if version <= 5:
                count_f_partition_states = reader.array_length('UpdateMetadataRequest.UpdateMetadataTopicState.partition_states')
                read_f_partition_states = UpdateMetadataRequest.UpdateMetadataPartitionState.read
                f_partition_states = tuple([read_f_partition_states(reader, version) for _ in range(count_f_partition_states)])
            else:
                count_f_partition_states = reader.compact_array_length('UpdateMetadataRequest.UpdateMetadataTopicState.partition_states')
                read_f_partition_states = UpdateMetadataRequest.UpdateMetadataPartitionState.read
                f_partition_states = tuple([read_f_partition_states(reader, version) for _ in range(count_f_partition_states)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 5 else reader.unknown_tagged_fields('UpdateMetadataRequest.UpdateMetadataTopicState.tagged_fields')
            return _new_UpdateMetadataRequest__UpdateMetadataTopicState(f_topic_name, f_topic_id, f_partition_states, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class UpdateMetadataBroker:
        """UpdateMetadataRequest.UpdateMetadataBroker: versions 0+."""

        id: int = 0  # versions 0+
        v0_host: str = ''  # versions 0; ignorable
        v0_port: int = 0  # versions 0; ignorable
        endpoints: tuple[UpdateMetadataRequest.UpdateMetadataEndpoint, ...] = ()  # versions 1+; ignorable
        rack: str | None = ''  # versions 2+; nullable 0+; ignorable
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.id)
            if version <= 0:
                writer.string(self.v0_host)
            else:
                pass
            if version <= 0:
                writer.int32(self.v0_port)
            else:
                pass
            if version <= 0:
                pass
            elif version <= 5:
                items_endpoints = self.endpoints
                writer.array_length(items_endpoints)
                for each_endpoints in items_endpoints:
                    each_endpoints.write(writer, version)
            else:
                items_endpoints = self.endpoints
                writer.compact_array_length(items_endpoints)
                for each_endpoints in items_endpoints:
                    each_endpoints.write(writer, version)
            if version <= 1:
                pass
            elif version <= 5:
                writer.nullable_string(self.rack)
            else:
                writer.compact_nullable_string(self.rack)
            if version <= 5:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'UpdateMetadataRequest.UpdateMetadataBroker has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> UpdateMetadataRequest.UpdateMetadataBroker:
            f_id: int
            f_v0_host: str
            f_v0_port: int
            f_endpoints: tuple[UpdateMetadataRequest.UpdateMetadataEndpoint, ...]
            f_rack: str | None
            f_id = reader.int32('UpdateMetadataRequest.UpdateMetadataBroker.id')
            f_v0_host = reader.string('UpdateMetadataRequest.UpdateMetadataBroker.v0_host') if version <= 0 else ''
            f_v0_port = reader.int32('UpdateMetadataRequest.UpdateMetadataBroker.v0_port') if version <= 0 else 0
            if version <= 0:
                f_endpoints = ()
            elif version <= 5:
                count_f_endpoints = reader.array_length('UpdateMetadataRequest.UpdateMetadataBroker.endpoints')
                read_f_endpoints = UpdateMetadataRequest.UpdateMetadataEndpoint.read
                f_endpoints = tuple([read_f_endpoints(reader, version) for _ in range(count_f_endpoints)])
            else:
                count_f_endpoints = reader.compact_array_length('UpdateMetadataRequest.UpdateMetadataBroker.endpoints')
                read_f_endpoints = UpdateMetadataRequest.UpdateMetadataEndpoint.read
                f_endpoints = tuple([read_f_endpoints(reader, version) for _ in range(count_f_endpoints)])
            if version <= 1:
                f_rack = ''
            elif version <= 5:
                f_rack = reader.nullable_string('UpdateMetadataRequest.UpdateMetadataBroker.rack')
            else:
                f_rack = reader.compact_nullable_string('UpdateMetadataRequest.UpdateMetadataBroker.rack')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 5 else reader.unknown_tagged_fields('UpdateMetadataRequest.UpdateMetadataBroker.tagged_fields')
            return _new_UpdateMetadataRequest__UpdateMetadataBroker(f_id, f_v0_host, f_v0_port, f_endpoints, f_rack, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class UpdateMetadataEndpoint:
        """UpdateMetadataRequest.UpdateMetadataEndpoint: versions 1+."""

        port: int = 0  # versions 1+
        host: str = ''  # versions 1+
        listener: str = ''  # versions 3+; ignorable
        security_protocol: int = 0  # versions 1+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.port)
            if version <= 5:
                writer.string(self.host)
            else:
                writer.compact_string(self.host)
            if version <= 2:
                pass
            elif version <= 5:
                writer.string(self.listener)
            else:
                writer.compact_string(self.listener)
            writer.int16(self.security_protocol)
            if version <= 5:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'UpdateMetadataRequest.UpdateMetadataEndpoint has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> UpdateMetadataRequest.UpdateMetadataEndpoint:
            f_port: int
            f_host: str
            f_listener: str
            f_security_protocol: int
            f_port = reader.int32('UpdateMetadataRequest.UpdateMetadataEndpoint.port')
            f_host = reader.string('UpdateMetadataRequest.UpdateMetadataEndpoint.host') if version <= 5 else reader.compact_string('UpdateMetadataRequest.UpdateMetadataEndpoint.host')
            if version <= 2:
                f_listener = ''
            elif version <= 5:
                f_listener = reader.string('UpdateMetadataRequest.UpdateMetadataEndpoint.listener')
            else:
                f_listener = reader.compact_string('UpdateMetadataRequest.UpdateMetadataEndpoint.listener')
            f_security_protocol = reader.int16('UpdateMetadataRequest.UpdateMetadataEndpoint.security_protocol')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 5 else reader.unknown_tagged_fields('UpdateMetadataRequest.UpdateMetadataEndpoint.tagged_fields')
            return _new_UpdateMetadataRequest__UpdateMetadataEndpoint(f_port, f_host, f_listener, f_security_protocol, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.controller_id)
        if version <= 7:
            if self.is_k_raft_controller:
                raise EncodeError(f'UpdateMetadataRequest.is_k_raft_controller is set, but version {version} lacks it')
        else:
            writer.boolean(self.is_k_raft_controller)
        if version <= 7:
            if self.type != 0:
                raise EncodeError(f'UpdateMetadataRequest.type is set, but version {version} lacks it')
        else:
            pass
        writer.int32(self.controller_epoch)
        if version <= 4:
            pass
        else:
            writer.int64(self.broker_epoch)
        if version <= 4:
            items_ungrouped_partition_states = self.ungrouped_partition_states
            writer.array_length(items_ungrouped_partition_states)
            for each_ungrouped_partition_states in items_ungrouped_partition_states:
                each_ungrouped_partition_states.write(writer, version)
        else:
            if self.ungrouped_partition_states != ():
                raise EncodeError(f'UpdateMetadataRequest.ungrouped_partition_states is set, but version {version} lacks it')
        if version <= 4:
            if self.topic_states != ():
                raise EncodeError(f'UpdateMetadataRequest.topic_states is set, but version {version} lacks it')
        elif version <= 5:
            items_topic_states = self.topic_states
            writer.array_length(items_topic_states)
            for each_topic_states in items_topic_states:
                each_topic_states.write(writer, version)
        else:
            items_topic_states = self.topic_states
            writer.compact_array_length(items_topic_states)
            for each_topic_states in items_topic_states:
                each_topic_states.write(writer, version)
        if version <= 5:
            items_live_brokers = self.live_brokers
            writer.array_length(items_live_brokers)
            for each_live_brokers in items_live_brokers:
                each_live_brokers.write(writer, version)
        else:
            items_live_brokers = self.live_brokers
            writer.compact_array_length(items_live_brokers)
            for each_live_brokers in items_live_brokers:
                each_live_brokers.write(writer, version)
        if version <= 5:
            if self.unknown_tagged_fields:
                raise EncodeError(f'UpdateMetadataRequest has tagged fields, but version {version} is not flexible')
        else:
            known: list[tuple[int, bytes]] = []
            if version <= 7:
                pass
            else:
                if self.type != 0:
                    tagged = Writer()
                    tagged.int8(self.type)
                    known.append((0, tagged.getvalue()))
            writer.tagged_fields(known, self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> UpdateMetadataRequest:
        f_controller_id: int
        f_is_k_raft_controller: bool
        f_type: int
        f_controller_epoch: int
        f_broker_epoch: int
        f_ungrouped_partition_states: tuple[UpdateMetadataRequest.UpdateMetadataPartitionState, ...]
        f_topic_states: tuple[UpdateMetadataRequest.UpdateMetadataTopicState, ...]
        f_live_brokers: tuple[UpdateMetadataRequest.UpdateMetadataBroker, ...]
        f_controller_id = reader.int32('UpdateMetadataRequest.controller_id')
        f_is_k_raft_controller = False if version <= 7 else reader.boolean('UpdateMetadataRequest.is_k_raft_controller')
        f_type = 0
        f_controller_epoch = reader.int32('UpdateMetadataRequest.controller_epoch')
        f_broker_epoch = -1 if version <= 4 else reader.int64('UpdateMetadataRequest.broker_epoch')
        if version <= 4:
            count_f_ungrouped_partition_states = reader.array_length('UpdateMetadataRequest.ungrouped_partition_states')
            read_f_ungrouped_partition_states = UpdateMetadataRequest.UpdateMetadataPartitionState.read
            f_ungrouped_partition_states = tuple([read_f_ungrouped_partition_states(reader, version) for _ in range(count_f_ungrouped_partition_states)])
        else:
            f_ungrouped_partition_states = ()
        if version <= 4:
            f_topic_states = ()
        elif version <= 5:
            count_f_topic_states = reader.array_length('UpdateMetadataRequest.topic_states')
            read_f_topic_states = UpdateMetadataRequest.UpdateMetadataTopicState.read
            f_topic_states = tuple([read_f_topic_states(reader, version) for _ in range(count_f_topic_states)])
        else:
            count_f_topic_states = reader.compact_array_length('UpdateMetadataRequest.topic_states')
            read_f_topic_states = UpdateMetadataRequest.UpdateMetadataTopicState.read
            f_topic_states = tuple([read_f_topic_states(reader, version) for _ in range(count_f_topic_states)])
        if version <= 5:
            count_f_live_brokers = reader.array_length('UpdateMetadataRequest.live_brokers')
            read_f_live_brokers = UpdateMetadataRequest.UpdateMetadataBroker.read
            f_live_brokers = tuple([read_f_live_brokers(reader, version) for _ in range(count_f_live_brokers)])
        else:
            count_f_live_brokers = reader.compact_array_length('UpdateMetadataRequest.live_brokers')
            read_f_live_brokers = UpdateMetadataRequest.UpdateMetadataBroker.read
            f_live_brokers = tuple([read_f_live_brokers(reader, version) for _ in range(count_f_live_brokers)])
        unknown: tuple[tuple[int, bytes], ...]
        if version <= 5:
            unknown = ()
        else:
            unknown_list: list[tuple[int, bytes]] = []
            for _ in range(reader.tagged_field_count('UpdateMetadataRequest.tagged_fields')):
                tag, end = reader.tagged_field_header('UpdateMetadataRequest.tagged_fields')
                if tag == 0:
                    if version < 8:
                        raise reader.fail('tag 0 is not valid for version ' + str(version), 'UpdateMetadataRequest.tagged_fields')
                    f_type = reader.int8('UpdateMetadataRequest.type')
                    reader.expect_position(end, 'UpdateMetadataRequest.tagged_fields')
                else:
                    unknown_list.append((tag, reader.raw(end - reader.position, 'UpdateMetadataRequest.tagged_fields')))
            unknown = tuple(unknown_list)
        return _new_UpdateMetadataRequest(f_controller_id, f_is_k_raft_controller, f_type, f_controller_epoch, f_broker_epoch, f_ungrouped_partition_states, f_topic_states, f_live_brokers, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'UpdateMetadataRequest', 0, 8).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'UpdateMetadataRequest', 0, 8).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> UpdateMetadataRequest:
        check_decode_version(version, 'UpdateMetadataRequest', 0, 8)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('UpdateMetadataRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class UpdateMetadataResponse:
    """UpdateMetadataResponse, API key 6: versions 0-8, flexible 6+."""

    API_KEY: ClassVar[int] = 6
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 8
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 6

    error_code: int = 0  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    def write(self, writer: Writer, version: int) -> None:
        writer.int16(self.error_code)
        if version <= 5:
            if self.unknown_tagged_fields:
                raise EncodeError(f'UpdateMetadataResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> UpdateMetadataResponse:
        f_error_code: int
        f_error_code = reader.int16('UpdateMetadataResponse.error_code')
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 5 else reader.unknown_tagged_fields('UpdateMetadataResponse.tagged_fields')
        return _new_UpdateMetadataResponse(f_error_code, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'UpdateMetadataResponse', 0, 8).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'UpdateMetadataResponse', 0, 8).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> UpdateMetadataResponse:
        check_decode_version(version, 'UpdateMetadataResponse', 0, 8)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('UpdateMetadataResponse')
        return result


_SET_UpdateMetadataRequest__UpdateMetadataPartitionState: tuple[Any, ...] = tuple(
    vars(UpdateMetadataRequest.UpdateMetadataPartitionState)[name].__set__ for name in ('topic_name', 'partition_index', 'controller_epoch', 'leader', 'leader_epoch', 'isr', 'zk_version', 'replicas', 'offline_replicas', 'unknown_tagged_fields', ))


def _new_UpdateMetadataRequest__UpdateMetadataPartitionState(topic_name: str, partition_index: int, controller_epoch: int, leader: int, leader_epoch: int, isr: tuple[int, ...], zk_version: int, replicas: tuple[int, ...], offline_replicas: tuple[int, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> UpdateMetadataRequest.UpdateMetadataPartitionState:
    instance_: UpdateMetadataRequest.UpdateMetadataPartitionState = object.__new__(UpdateMetadataRequest.UpdateMetadataPartitionState)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, set9_, = _SET_UpdateMetadataRequest__UpdateMetadataPartitionState
    set0_(instance_, topic_name)
    set1_(instance_, partition_index)
    set2_(instance_, controller_epoch)
    set3_(instance_, leader)
    set4_(instance_, leader_epoch)
    set5_(instance_, isr)
    set6_(instance_, zk_version)
    set7_(instance_, replicas)
    set8_(instance_, offline_replicas)
    set9_(instance_, unknown_tagged_fields)
    return instance_


_SET_UpdateMetadataRequest__UpdateMetadataTopicState: tuple[Any, ...] = tuple(
    vars(UpdateMetadataRequest.UpdateMetadataTopicState)[name].__set__ for name in ('topic_name', 'topic_id', 'partition_states', 'unknown_tagged_fields', ))


def _new_UpdateMetadataRequest__UpdateMetadataTopicState(topic_name: str, topic_id: UUID, partition_states: tuple[UpdateMetadataRequest.UpdateMetadataPartitionState, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> UpdateMetadataRequest.UpdateMetadataTopicState:
    instance_: UpdateMetadataRequest.UpdateMetadataTopicState = object.__new__(UpdateMetadataRequest.UpdateMetadataTopicState)
    set0_, set1_, set2_, set3_, = _SET_UpdateMetadataRequest__UpdateMetadataTopicState
    set0_(instance_, topic_name)
    set1_(instance_, topic_id)
    set2_(instance_, partition_states)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_UpdateMetadataRequest__UpdateMetadataBroker: tuple[Any, ...] = tuple(
    vars(UpdateMetadataRequest.UpdateMetadataBroker)[name].__set__ for name in ('id', 'v0_host', 'v0_port', 'endpoints', 'rack', 'unknown_tagged_fields', ))


def _new_UpdateMetadataRequest__UpdateMetadataBroker(id: int, v0_host: str, v0_port: int, endpoints: tuple[UpdateMetadataRequest.UpdateMetadataEndpoint, ...], rack: str | None, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> UpdateMetadataRequest.UpdateMetadataBroker:
    instance_: UpdateMetadataRequest.UpdateMetadataBroker = object.__new__(UpdateMetadataRequest.UpdateMetadataBroker)
    set0_, set1_, set2_, set3_, set4_, set5_, = _SET_UpdateMetadataRequest__UpdateMetadataBroker
    set0_(instance_, id)
    set1_(instance_, v0_host)
    set2_(instance_, v0_port)
    set3_(instance_, endpoints)
    set4_(instance_, rack)
    set5_(instance_, unknown_tagged_fields)
    return instance_


_SET_UpdateMetadataRequest__UpdateMetadataEndpoint: tuple[Any, ...] = tuple(
    vars(UpdateMetadataRequest.UpdateMetadataEndpoint)[name].__set__ for name in ('port', 'host', 'listener', 'security_protocol', 'unknown_tagged_fields', ))


def _new_UpdateMetadataRequest__UpdateMetadataEndpoint(port: int, host: str, listener: str, security_protocol: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> UpdateMetadataRequest.UpdateMetadataEndpoint:
    instance_: UpdateMetadataRequest.UpdateMetadataEndpoint = object.__new__(UpdateMetadataRequest.UpdateMetadataEndpoint)
    set0_, set1_, set2_, set3_, set4_, = _SET_UpdateMetadataRequest__UpdateMetadataEndpoint
    set0_(instance_, port)
    set1_(instance_, host)
    set2_(instance_, listener)
    set3_(instance_, security_protocol)
    set4_(instance_, unknown_tagged_fields)
    return instance_


_SET_UpdateMetadataRequest: tuple[Any, ...] = tuple(
    vars(UpdateMetadataRequest)[name].__set__ for name in ('controller_id', 'is_k_raft_controller', 'type', 'controller_epoch', 'broker_epoch', 'ungrouped_partition_states', 'topic_states', 'live_brokers', 'unknown_tagged_fields', ))


def _new_UpdateMetadataRequest(controller_id: int, is_k_raft_controller: bool, type: int, controller_epoch: int, broker_epoch: int, ungrouped_partition_states: tuple[UpdateMetadataRequest.UpdateMetadataPartitionState, ...], topic_states: tuple[UpdateMetadataRequest.UpdateMetadataTopicState, ...], live_brokers: tuple[UpdateMetadataRequest.UpdateMetadataBroker, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> UpdateMetadataRequest:
    instance_: UpdateMetadataRequest = object.__new__(UpdateMetadataRequest)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, = _SET_UpdateMetadataRequest
    set0_(instance_, controller_id)
    set1_(instance_, is_k_raft_controller)
    set2_(instance_, type)
    set3_(instance_, controller_epoch)
    set4_(instance_, broker_epoch)
    set5_(instance_, ungrouped_partition_states)
    set6_(instance_, topic_states)
    set7_(instance_, live_brokers)
    set8_(instance_, unknown_tagged_fields)
    return instance_


_SET_UpdateMetadataResponse: tuple[Any, ...] = tuple(
    vars(UpdateMetadataResponse)[name].__set__ for name in ('error_code', 'unknown_tagged_fields', ))


def _new_UpdateMetadataResponse(error_code: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> UpdateMetadataResponse:
    instance_: UpdateMetadataResponse = object.__new__(UpdateMetadataResponse)
    set0_, set1_, = _SET_UpdateMetadataResponse
    set0_(instance_, error_code)
    set1_(instance_, unknown_tagged_fields)
    return instance_
