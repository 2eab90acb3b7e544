# generated from LeaderAndIsrRequest.json, LeaderAndIsrResponse.json; do not edit
"""LeaderAndIsr (API key 4): request and response."""

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
__all__ = ['LeaderAndIsrRequest', 'LeaderAndIsrResponse']

@dataclass(frozen=True, slots=True, kw_only=True)
class LeaderAndIsrRequest:
    """LeaderAndIsrRequest, API key 4: versions 0-7, flexible 4+."""

    API_KEY: ClassVar[int] = 4
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 7
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 4

    controller_id: int = 0  # versions 0+
    is_k_raft_controller: bool = False  # versions 7+
    controller_epoch: int = 0  # versions 0+
    broker_epoch: int = -1  # versions 2+; ignorable
    type: int = 0  # versions 5+
    ungrouped_partition_states: tuple[LeaderAndIsrRequest.LeaderAndIsrPartitionState, ...] = ()  # versions 0-1
    topic_states: tuple[LeaderAndIsrRequest.LeaderAndIsrTopicState, ...] = ()  # versions 2+
    live_leaders: tuple[LeaderAndIsrRequest.LeaderAndIsrLiveLeader, ...] = ()  # versions 0+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class LeaderAndIsrPartitionState:
        """LeaderAndIsrRequest.LeaderAndIsrPartitionState: versions 0+."""

        topic_name: str = ''  # versions 0-1; ignorable
        partition_index: int = 0  # versions 0+
        controller_epoch: int = 0  # versions 0+
        leader: int = 0  # versions 0+
        leader_epoch: int = 0  # versions 0+
        isr: tuple[int, ...] = ()  # versions 0+
        partition_epoch: int = 0  # versions 0+
        replicas: tuple[int, ...] = ()  # versions 0+
        adding_replicas: tuple[int, ...] = ()  # versions 3+; ignorable
        removing_replicas: tuple[int, ...] = ()  # versions 3+; ignorable
        is_new: bool = False  # versions 1+; ignorable
        leader_recovery_state: int = 0  # versions 6+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 1:
                writer.string(self.topic_name)
            else:
                pass
            writer.int32(self.partition_index)
            writer.int32(self.controller_epoch)
            writer.int32(self.leader)
            writer.int32(self.leader_epoch)
            if version <= 3:
                items_isr = self.isr
                writer.array_length(items_isr)
                writer.int32_items(items_isr)
            else:
                items_isr = self.isr
                writer.compact_array_length(items_isr)
                writer.int32_items(items_isr)
            writer.int32(self.partition_epoch)
            if version <= 3:
                items_replicas = self.replicas
                writer.array_length(items_replicas)
                writer.int32_items(items_replicas)
            else:
                items_replicas = self.replicas
                writer.compact_array_length(items_replicas)
                writer.int32_items(items_replicas)
            if version <= 2:
                pass
            elif version <= 3:
                items_adding_replicas = self.adding_replicas
                writer.array_length(items_adding_replicas)
                writer.int32_items(items_adding_replicas)
            else:
                items_adding_replicas = self.adding_replicas
                writer.compact_array_length(items_adding_replicas)
                writer.int32_items(items_adding_replicas)
            if version <= 2:
                pass
            elif version <= 3:
                items_removing_replicas = self.removing_replicas
                writer.array_length(items_removing_replicas)
                writer.int32_items(items_removing_replicas)
            else:
                items_removing_replicas = self.removing_replicas
                writer.compact_array_length(items_removing_replicas)
                writer.int32_items(items_removing_replicas)
            if version <= 0:
                pass
            else:
                writer.boolean(self.is_new)
            if version <= 5:
                if self.leader_recovery_state != 0:
                    raise EncodeError(f'LeaderAndIsrRequest.LeaderAndIsrPartitionState.leader_recovery_state is set, but version {version} lacks it')
            else:
                writer.int8(self.leader_recovery_state)
            if version <= 3:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'LeaderAndIsrRequest.LeaderAndIsrPartitionState has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> LeaderAndIsrRequest.LeaderAndIsrPartitionState:
            f_topic_name: str
            f_partition_index: int
            f_controller_epoch: int
            f_leader: int
            f_leader_epoch: int
            f_isr: tuple[int, ...]
            f_partition_epoch: int
            f_replicas: tuple[int, ...]
            f_adding_replicas: tuple[int, ...]
            f_removing_replicas: tuple[int, ...]
            f_is_new: bool
            f_leader_recovery_state: int
            f_topic_name = reader.string('LeaderAndIsrRequest.LeaderAndIsrPartitionState.topic_name') if version <= 1 else ''
            f_partition_index = reader.int32('LeaderAndIsrRequest.LeaderAndIsrPartitionState.partition_index')
            f_controller_epoch = reader.int32('LeaderAndIsrRequest.LeaderAndIsrPartitionState.controller_epoch')
            f_leader = reader.int32('LeaderAndIsrRequest.LeaderAndIsrPartitionState.leader')
            f_leader_epoch = reader.int32('LeaderAndIsrRequest.LeaderAndIsrPartitionState.leader_epoch')
            if version <= 3:
                count_f_isr = reader.array_length('LeaderAndIsrRequest.LeaderAndIsrPartitionState.isr')
                f_isr = reader.int32_items(count_f_isr, 'LeaderAndIsrRequest.LeaderAndIsrPartitionState.isr')
            else:
                count_f_isr = reader.compact_array_length('LeaderAndIsrRequest.LeaderAndIsrPartitionState.isr')
                f_isr = reader.int32_items(count_f_isr, 'LeaderAndIsrRequest.LeaderAndIsrPartitionState.isr')
            f_partition_epoch = reader.int32('LeaderAndIsrRequest.LeaderAndIsrPartitionState.partition_epoch')
            if version <= 3:
                count_f_replicas = reader.array_length('LeaderAndIsrRequest.LeaderAndIsrPartitionState.replicas')
                f_replicas = reader.int32_items(count_f_replicas, 'LeaderAndIsrRequest.LeaderAndIsrPartitionState.replicas')
            else:
                count_f_replicas = reader.compact_array_length('LeaderAndIsrRequest.LeaderAndIsrPartitionState.replicas')
                f_replicas = reader.int32_items(count_f_replicas, 'LeaderAndIsrRequest.LeaderAndIsrPartitionState.replicas')
            if version <= 2:
                f_adding_replicas = ()
            elif version <= 3:
                count_f_adding_replicas = reader.array_length('LeaderAndIsrRequest.LeaderAndIsrPartitionState.adding_replicas')
                f_adding_replicas = reader.int32_items(count_f_adding_replicas, 'LeaderAndIsrRequest.LeaderAndIsrPartitionState.adding_replicas')
            else:
                count_f_adding_replicas = reader.compact_array_length('LeaderAndIsrRequest.LeaderAndIsrPartitionState.adding_replicas')
                f_adding_replicas = reader.int32_items(count_f_adding_replicas, 'LeaderAndIsrRequest.LeaderAndIsrPartitionState.adding_replicas')
            if version <= 2:
                f_removing_replicas = ()
            elif version <= 3:
                count_f_removing_replicas = reader.array_length('LeaderAndIsrRequest.LeaderAndIsrPartitionState.removing_replicas')
                f_removing_replicas = reader.int32_items(count_f_removing_replicas, 'LeaderAndIsrRequest.LeaderAndIsrPartitionState.removing_replicas')
            else:
                count_f_removing_replicas = reader.compact_array_length('LeaderAndIsrRequest.LeaderAndIsrPartitionState.removing_replicas')
                f_removing_replicas = reader.int32_items(count_f_removing_replicas, 'LeaderAndIsrRequest.LeaderAndIsrPartitionState.removing_replicas')
            f_is_new = False if version <= 0 else reader.boolean('LeaderAndIsrRequest.LeaderAndIsrPartitionState.is_new')
            f_leader_recovery_state = 0 if version <= 5 else reader.int8('LeaderAndIsrRequest.LeaderAndIsrPartitionState.leader_recovery_state')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 3 else reader.unknown_tagged_fields('LeaderAndIsrRequest.LeaderAndIsrPartitionState.tagged_fields')
            return _new_LeaderAndIsrRequest__LeaderAndIsrPartitionState(f_topic_name, f_partition_index, f_controller_epoch, f_leader, f_leader_epoch, f_isr, f_partition_epoch, f_replicas, f_adding_replicas, f_removing_replicas, f_is_new, f_leader_recovery_state, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class LeaderAndIsrTopicState:
        """LeaderAndIsrRequest.LeaderAndIsrTopicState: versions 2+."""

        topic_name: str = ''  # versions 2+
        topic_id: UUID = _ZERO_UUID  # versions 5+; ignorable
        partition_states: tuple[LeaderAndIsrRequest.LeaderAndIsrPartitionState, ...] = ()  # versions 2+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 3:
                writer.string(self.topic_name)
            else:
                writer.compact_string(self.topic_name)
            if version <= 4:
                pass
            else:
                writer.uuid(self.topic_id)
            if version <= 3:
                items_partition_states = self.partition_states
                writer.array_length(items_partition_states)
                for each_partition_states in items_partition_states:
                    each_partition_states.write(writer, version)
            else:
                items_partition_states = self.partition_states
                writer.compact_array_length(items_partition_states)
                for each_partition_states in items_partition_states:
                    each_partition_states.write(writer, version)
            if version <= 3:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'LeaderAndIsrRequest.LeaderAndIsrTopicState has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> LeaderAndIsrRequest.LeaderAndIsrTopicState:
            f_topic_name: str
            f_topic_id: UUID
            f_partition_states: tuple[LeaderAndIsrRequest.LeaderAndIsrPartitionState, ...]
            f_topic_name = reader.string('LeaderAndIsrRequest.LeaderAndIsrTopicState.topic_name') if version <= 3 else reader.compact_string('LeaderAndIsrRequest.LeaderAndIsrTopicState.topic_name')
            f_topic_id = _ZERO_UUID if version <= 4 else reader.uuid('LeaderAndIsrRequest.LeaderAndIsrTopicState.topic_id')
            if version <= 3:
                count_f_partition_states = reader.array_length('LeaderAndIsrRequest.LeaderAndIsrTopicState.partition_states')
                read_f_partition_states = LeaderAndIsrRequest.LeaderAndIsrPartitionState.read
                f_partition_states = tuple([read_f_partition_states(reader, version) for _ in range(count_f_partition_states)])
            else:
                count_f_partition_states = reader.compact_array_length('LeaderAndIsrRequest.LeaderAndIsrTopicState.partition_states')
                read_f_partition_states = LeaderAndIsrRequest.LeaderAndIsrPartitionState.read
                f_partition_states = tuple([read_f_partition_states(reader, version) for _ in range(count_f_partition_states)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 3 else reader.unknown_tagged_fields('LeaderAndIsrRequest.LeaderAndIsrTopicState.tagged_fields')
            return _new_LeaderAndIsrRequest__LeaderAndIsrTopicState(f_topic_name, f_topic_id, f_partition_states, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class LeaderAndIsrLiveLeader:
        """LeaderAndIsrRequest.LeaderAndIsrLiveLeader: versions 0+."""

        broker_id: int = 0  # versions 0+
        host_name: str = ''  # versions 0+
        port: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.int32(self.broker_id)
            if version <= 3:
                writer.string(self.host_name)
            else:
                writer.compact_string(self.host_name)
            writer.int32(self.port)
            if version <= 3:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'LeaderAndIsrRequest.LeaderAndIsrLiveLeader has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> LeaderAndIsrRequest.LeaderAndIsrLiveLeader:
            f_broker_id: int
            f_host_name: str
            f_port: int
            f_broker_id = reader.int32('LeaderAndIsrRequest.LeaderAndIsrLiveLeader.broker_id')
            f_host_name = reader.string('LeaderAndIsrRequest.LeaderAndIsrLiveLeader.host_name') if version <= 3 else reader.compact_string('LeaderAndIsrRequest.LeaderAndIsrLiveLeader.host_name')
            f_port = reader.int32('LeaderAndIsrRequest.LeaderAndIsrLiveLeader.port')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 3 else reader.unknown_tagged_fields('LeaderAndIsrRequest.LeaderAndIsrLiveLeader.tagged_fields')
            return _new_LeaderAndIsrRequest__LeaderAndIsrLiveLeader(f_broker_id, f_host_name, f_port, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int32(self.controller_id)
        if version <= 6:
            if self.is_k_raft_controller:
                raise EncodeError(f'LeaderAndIsrRequest.is_k_raft_controller is set, but version {version} lacks it')
        else:
            writer.boolean(self.is_k_raft_controller)
        writer.int32(self.controller_epoch)
        if version <= 1:
            pass
        else:
            writer.int64(self.broker_epoch)
        if version <= 4:
            if self.type != 0:
                raise EncodeError(f'LeaderAndIsrRequest.type is set, but version {version} lacks it')
        else:
            writer.int8(self.type)
        if version <= 1:
            items_ungrouped_partition_states = self.ungrouped_partition_states
            writer.array_length(items_ungrouped_partition_states)
            for each_ungrouped_partition_states in items_ungrouped_partition_states:
                each_ungrouped_partition_states.write(writer, version)
        else:
            if self.ungrouped_partition_states != ():
                raise EncodeError(f'LeaderAndIsrRequest.ungrouped_partition_states is set, but version {version} lacks it')
        if version <= 1:
            if self.topic_states != ():
                raise EncodeError(f'LeaderAndIsrRequest.topic_states is set, but version {version} lacks it')
        elif version <= 3:
            items_topic_states = self.topic_states
            writer.array_length(items_topic_states)
            for each_topic_states in items_topic_states:
                each_topic_states.write(writer, version)
        else:
            items_topic_states = self.topic_states
            writer.compact_array_length(items_topic_states)
            for each_topic_states in items_topic_states:
                each_topic_states.write(writer, version)
        if version <= 3:
            items_live_leaders = self.live_leaders
            writer.array_length(items_live_leaders)
            for each_live_leaders in items_live_leaders:
                each_live_leaders.write(writer, version)
        else:
            items_live_leaders = self.live_leaders
            writer.compact_array_length(items_live_leaders)
            for each_live_leaders in items_live_leaders:
                each_live_leaders.write(writer, version)
        if version <= 3:
            if self.unknown_tagged_fields:
                raise EncodeError(f'LeaderAndIsrRequest has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> LeaderAndIsrRequest:
        f_controller_id: int
        f_is_k_raft_controller: bool
        f_controller_epoch: int
        f_broker_epoch: int
        f_type: int
        f_ungrouped_partition_states: tuple[LeaderAndIsrRequest.LeaderAndIsrPartitionState, ...]
        f_topic_states: tuple[LeaderAndIsrRequest.LeaderAndIsrTopicState, ...]
        f_live_leaders: tuple[LeaderAndIsrRequest.LeaderAndIsrLiveLeader, ...]
        f_controller_id = reader.int32('LeaderAndIsrRequest.controller_id')
        f_is_k_raft_controller = False if version <= 6 else reader.boolean('LeaderAndIsrRequest.is_k_raft_controller')
        f_controller_epoch = reader.int32('LeaderAndIsrRequest.controller_epoch')
        f_broker_epoch = -1 if version <= 1 else reader.int64('LeaderAndIsrRequest.broker_epoch')
        f_type = 0 if version <= 4 else reader.int8('LeaderAndIsrRequest.type')
        if version <= 1:
            count_f_ungrouped_partition_states = reader.array_length('LeaderAndIsrRequest.ungrouped_partition_states')
            read_f_ungrouped_partition_states = LeaderAndIsrRequest.LeaderAndIsrPartitionState.read
            f_ungrouped_partition_states = tuple([read_f_ungrouped_partition_states(reader, version) for _ in range(count_f_ungrouped_partition_states)])
        else:
            f_ungrouped_partition_states = ()
        if version <= 1:
            f_topic_states = ()
        elif version <= 3:
            count_f_topic_states = reader.array_length('LeaderAndIsrRequest.topic_states')
            read_f_topic_states = LeaderAndIsrRequest.LeaderAndIsrTopicState.read
            f_topic_states = tuple([read_f_topic_states(reader, version) for _ in range(count_f_topic_states)])
        else:
            count_f_topic_states = reader.compact_array_length('LeaderAndIsrRequest.topic_states')
            read_f_topic_states = LeaderAndIsrRequest.LeaderAndIsrTopicState.read
            f_topic_states = tuple([read_f_topic_states(reader, version) for _ in range(count_f_topic_states)])
        if version <= 3:
            count_f_live_leaders = reader.array_length('LeaderAndIsrRequest.live_leaders')
            read_f_live_leaders = LeaderAndIsrRequest.LeaderAndIsrLiveLeader.read
            f_live_leaders = tuple([read_f_live_leaders(reader, version) for _ in range(count_f_live_leaders)])
        else:
            count_f_live_leaders = reader.compact_array_length('LeaderAndIsrRequest.live_leaders')
            read_f_live_leaders = LeaderAndIsrRequest.LeaderAndIsrLiveLeader.read
            f_live_leaders = tuple([read_f_live_leaders(reader, version) for _ in range(count_f_live_leaders)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 3 else reader.unknown_tagged_fields('LeaderAndIsrRequest.tagged_fields')
        return _new_LeaderAndIsrRequest(f_controller_id, f_is_k_raft_controller, f_controller_epoch, f_broker_epoch, f_type, f_ungrouped_partition_states, f_topic_states, f_live_leaders, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'LeaderAndIsrRequest', 0, 7).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'LeaderAndIsrRequest', 0, 7).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> LeaderAndIsrRequest:
        check_decode_version(version, 'LeaderAndIsrRequest', 0, 7)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('LeaderAndIsrRequest')
        return result


@dataclass(frozen=True, slots=True, kw_only=True)
class LeaderAndIsrResponse:
    """LeaderAndIsrResponse, API key 4: versions 0-7, flexible 4+."""

    API_KEY: ClassVar[int] = 4
    MIN_VERSION: ClassVar[int] = 0
    MAX_VERSION: ClassVar[int] = 7
    FLEXIBLE_MIN_VERSION: ClassVar[int | None] = 4

    error_code: int = 0  # versions 0+
    partition_errors: tuple[LeaderAndIsrResponse.LeaderAndIsrPartitionError, ...] = ()  # versions 0-4
    topics: tuple[LeaderAndIsrResponse.LeaderAndIsrTopicError, ...] = ()  # versions 5+
    unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

    @dataclass(frozen=True, slots=True, kw_only=True)
    class LeaderAndIsrPartitionError:
        """LeaderAndIsrResponse.LeaderAndIsrPartitionError: versions 0+."""

        topic_name: str = ''  # versions 0-4; ignorable
        partition_index: int = 0  # versions 0+
        error_code: int = 0  # versions 0+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            if version <= 3:
                writer.string(self.topic_name)
            elif version <= 4:
                writer.compact_string(self.topic_name)
            else:
                pass
            writer.int32(self.partition_index)
            writer.int16(self.error_code)
            if version <= 3:
                if self.unknown_tagged_fields:
                    raise EncodeError(f'LeaderAndIsrResponse.LeaderAndIsrPartitionError has tagged fields, but version {version} is not flexible')
            else:
                writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> LeaderAndIsrResponse.LeaderAndIsrPartitionError:
            f_topic_name: str
            f_partition_index: int
            f_error_code: int
            if version <= 3:
                f_topic_name = reader.string('LeaderAndIsrResponse.LeaderAndIsrPartitionError.topic_name')
            elif version <= 4:
                f_topic_name = reader.compact_string('LeaderAndIsrResponse.LeaderAndIsrPartitionError.topic_name')
            else:
                f_topic_name = ''
            f_partition_index = reader.int32('LeaderAndIsrResponse.LeaderAndIsrPartitionError.partition_index')
            f_error_code = reader.int16('LeaderAndIsrResponse.LeaderAndIsrPartitionError.error_code')
            unknown: tuple[tuple[int, bytes], ...]
            unknown = () if version <= 3 else reader.unknown_tagged_fields('LeaderAndIsrResponse.LeaderAndIsrPartitionError.tagged_fields')
            return _new_LeaderAndIsrResponse__LeaderAndIsrPartitionError(f_topic_name, f_partition_index, f_error_code, unknown)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class LeaderAndIsrTopicError:
        """LeaderAndIsrResponse.LeaderAndIsrTopicError: versions 5+."""

        topic_id: UUID = _ZERO_UUID  # versions 5+
        partition_errors: tuple[LeaderAndIsrResponse.LeaderAndIsrPartitionError, ...] = ()  # versions 5+
        unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()

        def write(self, writer: Writer, version: int) -> None:
            writer.uuid(self.topic_id)
            items_partition_errors = self.partition_errors
            writer.compact_array_length(items_partition_errors)
            for each_partition_errors in items_partition_errors:
                each_partition_errors.write(writer, version)
            writer.tagged_fields((), self.unknown_tagged_fields)

        @classmethod
        def read(cls, reader: Reader, version: int) -> LeaderAndIsrResponse.LeaderAndIsrTopicError:
            f_topic_id: UUID
            f_partition_errors: tuple[LeaderAndIsrResponse.LeaderAndIsrPartitionError, ...]
            f_topic_id = reader.uuid('LeaderAndIsrResponse.LeaderAndIsrTopicError.topic_id')
            count_f_partition_errors = reader.compact_array_length('LeaderAndIsrResponse.LeaderAndIsrTopicError.partition_errors')
            read_f_partition_errors = LeaderAndIsrResponse.LeaderAndIsrPartitionError.read
            f_partition_errors = tuple([read_f_partition_errors(reader, version) for _ in range(count_f_partition_errors)])
            unknown: tuple[tuple[int, bytes], ...]
            unknown = reader.unknown_tagged_fields('LeaderAndIsrResponse.LeaderAndIsrTopicError.tagged_fields')
            return _new_LeaderAndIsrResponse__LeaderAndIsrTopicError(f_topic_id, f_partition_errors, unknown)

    def write(self, writer: Writer, version: int) -> None:
        writer.int16(self.error_code)
        if version <= 3:
            items_partition_errors = self.partition_errors
            writer.array_length(items_partition_errors)
            for each_partition_errors in items_partition_errors:
                each_partition_errors.write(writer, version)
        elif version <= 4:
            items_partition_errors = self.partition_errors
            writer.compact_array_length(items_partition_errors)
            for each_partition_errors in items_partition_errors:
                each_partition_errors.write(writer, version)
        else:
            if self.partition_errors != ():
                raise EncodeError(f'LeaderAndIsrResponse.partition_errors is set, but version {version} lacks it')
        if version <= 4:
            if self.topics != ():
                raise EncodeError(f'LeaderAndIsrResponse.topics is set, but version {version} lacks it')
        else:
            items_topics = self.topics
            writer.compact_array_length(items_topics)
            for each_topics in items_topics:
                each_topics.write(writer, version)
        if version <= 3:
            if self.unknown_tagged_fields:
                raise EncodeError(f'LeaderAndIsrResponse has tagged fields, but version {version} is not flexible')
        else:
            writer.tagged_fields((), self.unknown_tagged_fields)

    @classmethod
    def read(cls, reader: Reader, version: int) -> LeaderAndIsrResponse:
        f_error_code: int
        f_partition_errors: tuple[LeaderAndIsrResponse.LeaderAndIsrPartitionError, ...]
        f_topics: tuple[LeaderAndIsrResponse.LeaderAndIsrTopicError, ...]
        f_error_code = reader.int16('LeaderAndIsrResponse.error_code')
        if version <= 3:
            count_f_partition_errors = reader.array_length('LeaderAndIsrResponse.partition_errors')
            read_f_partition_errors = LeaderAndIsrResponse.LeaderAndIsrPartitionError.read
            f_partition_errors = tuple([read_f_partition_errors(reader, version) for _ in range(count_f_partition_errors)])
        elif version <= 4:
            count_f_partition_errors = reader.compact_array_length('LeaderAndIsrResponse.partition_errors')
            read_f_partition_errors = LeaderAndIsrResponse.LeaderAndIsrPartitionError.read
            f_partition_errors = tuple([read_f_partition_errors(reader, version) for _ in range(count_f_partition_errors)])
        else:
            f_partition_errors = ()
        if version <= 4:
            f_topics = ()
        else:
            count_f_topics = reader.compact_array_length('LeaderAndIsrResponse.topics')
            read_f_topics = LeaderAndIsrResponse.LeaderAndIsrTopicError.read
            f_topics = tuple([read_f_topics(reader, version) for _ in range(count_f_topics)])
        unknown: tuple[tuple[int, bytes], ...]
        unknown = () if version <= 3 else reader.unknown_tagged_fields('LeaderAndIsrResponse.tagged_fields')
        return _new_LeaderAndIsrResponse(f_error_code, f_partition_errors, f_topics, unknown)

    def encode(self, version: int) -> bytes:
        return encode_checked(self.write, version, 'LeaderAndIsrResponse', 0, 7).getvalue()

    def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:
        return encode_checked(self.write, version, 'LeaderAndIsrResponse', 0, 7).chunks()

    @classmethod
    def decode(cls, data: bytes | bytearray | memoryview, version: int) -> LeaderAndIsrResponse:
        check_decode_version(version, 'LeaderAndIsrResponse', 0, 7)
        reader = Reader(data)
        result = cls.read(reader, version)
        reader.expect_end('LeaderAndIsrResponse')
        return result


_SET_LeaderAndIsrRequest__LeaderAndIsrPartitionState: tuple[Any, ...] = tuple(
    vars(LeaderAndIsrRequest.LeaderAndIsrPartitionState)[name].__set__ for name in ('topic_name', 'partition_index', 'controller_epoch', 'leader', 'leader_epoch', 'isr', 'partition_epoch', 'replicas', 'adding_replicas', 'removing_replicas', 'is_new', 'leader_recovery_state', 'unknown_tagged_fields', ))


def _new_LeaderAndIsrRequest__LeaderAndIsrPartitionState(topic_name: str, partition_index: int, controller_epoch: int, leader: int, leader_epoch: int, isr: tuple[int, ...], partition_epoch: int, replicas: tuple[int, ...], adding_replicas: tuple[int, ...], removing_replicas: tuple[int, ...], is_new: bool, leader_recovery_state: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> LeaderAndIsrRequest.LeaderAndIsrPartitionState:
    instance_: LeaderAndIsrRequest.LeaderAndIsrPartitionState = object.__new__(LeaderAndIsrRequest.LeaderAndIsrPartitionState)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, set9_, set10_, set11_, set12_, = _SET_LeaderAndIsrRequest__LeaderAndIsrPartitionState
    set0_(instance_, topic_name)
    set1_(instance_, partition_index)
    set2_(instance_, controller_epoch)
    set3_(instance_, leader)
    set4_(instance_, leader_epoch)
    set5_(instance_, isr)
    set6_(instance_, partition_epoch)
    set7_(instance_, replicas)
    set8_(instance_, adding_replicas)
    set9_(instance_, removing_replicas)
    set10_(instance_, is_new)
    set11_(instance_, leader_recovery_state)
    set12_(instance_, unknown_tagged_fields)
    return instance_


_SET_LeaderAndIsrRequest__LeaderAndIsrTopicState: tuple[Any, ...] = tuple(
    vars(LeaderAndIsrRequest.LeaderAndIsrTopicState)[name].__set__ for name in ('topic_name', 'topic_id', 'partition_states', 'unknown_tagged_fields', ))


def _new_LeaderAndIsrRequest__LeaderAndIsrTopicState(topic_name: str, topic_id: UUID, partition_states: tuple[LeaderAndIsrRequest.LeaderAndIsrPartitionState, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> LeaderAndIsrRequest.LeaderAndIsrTopicState:
    instance_: LeaderAndIsrRequest.LeaderAndIsrTopicState = object.__new__(LeaderAndIsrRequest.LeaderAndIsrTopicState)
    set0_, set1_, set2_, set3_, = _SET_LeaderAndIsrRequest__LeaderAndIsrTopicState
    set0_(instance_, topic_name)
    set1_(instance_, topic_id)
    set2_(instance_, partition_states)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_LeaderAndIsrRequest__LeaderAndIsrLiveLeader: tuple[Any, ...] = tuple(
    vars(LeaderAndIsrRequest.LeaderAndIsrLiveLeader)[name].__set__ for name in ('broker_id', 'host_name', 'port', 'unknown_tagged_fields', ))


def _new_LeaderAndIsrRequest__LeaderAndIsrLiveLeader(broker_id: int, host_name: str, port: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> LeaderAndIsrRequest.LeaderAndIsrLiveLeader:
    instance_: LeaderAndIsrRequest.LeaderAndIsrLiveLeader = object.__new__(LeaderAndIsrRequest.LeaderAndIsrLiveLeader)
    set0_, set1_, set2_, set3_, = _SET_LeaderAndIsrRequest__LeaderAndIsrLiveLeader
    set0_(instance_, broker_id)
    set1_(instance_, host_name)
    set2_(instance_, port)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_LeaderAndIsrRequest: tuple[Any, ...] = tuple(
    vars(LeaderAndIsrRequest)[name].__set__ for name in ('controller_id', 'is_k_raft_controller', 'controller_epoch', 'broker_epoch', 'type', 'ungrouped_partition_states', 'topic_states', 'live_leaders', 'unknown_tagged_fields', ))


def _new_LeaderAndIsrRequest(controller_id: int, is_k_raft_controller: bool, controller_epoch: int, broker_epoch: int, type: int, ungrouped_partition_states: tuple[LeaderAndIsrRequest.LeaderAndIsrPartitionState, ...], topic_states: tuple[LeaderAndIsrRequest.LeaderAndIsrTopicState, ...], live_leaders: tuple[LeaderAndIsrRequest.LeaderAndIsrLiveLeader, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> LeaderAndIsrRequest:
    instance_: LeaderAndIsrRequest = object.__new__(LeaderAndIsrRequest)
    set0_, set1_, set2_, set3_, set4_, set5_, set6_, set7_, set8_, = _SET_LeaderAndIsrRequest
    set0_(instance_, controller_id)
    set1_(instance_, is_k_raft_controller)
    set2_(instance_, controller_epoch)
    set3_(instance_, broker_epoch)
    set4_(instance_, type)
    set5_(instance_, ungrouped_partition_states)
    set6_(instance_, topic_states)
    set7_(instance_, live_leaders)
    set8_(instance_, unknown_tagged_fields)
    return instance_


_SET_LeaderAndIsrResponse__LeaderAndIsrPartitionError: tuple[Any, ...] = tuple(
    vars(LeaderAndIsrResponse.LeaderAndIsrPartitionError)[name].__set__ for name in ('topic_name', 'partition_index', 'error_code', 'unknown_tagged_fields', ))


def _new_LeaderAndIsrResponse__LeaderAndIsrPartitionError(topic_name: str, partition_index: int, error_code: int, unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> LeaderAndIsrResponse.LeaderAndIsrPartitionError:
    instance_: LeaderAndIsrResponse.LeaderAndIsrPartitionError = object.__new__(LeaderAndIsrResponse.LeaderAndIsrPartitionError)
    set0_, set1_, set2_, set3_, = _SET_LeaderAndIsrResponse__LeaderAndIsrPartitionError
    set0_(instance_, topic_name)
    set1_(instance_, partition_index)
    set2_(instance_, error_code)
    set3_(instance_, unknown_tagged_fields)
    return instance_


_SET_LeaderAndIsrResponse__LeaderAndIsrTopicError: tuple[Any, ...] = tuple(
    vars(LeaderAndIsrResponse.LeaderAndIsrTopicError)[name].__set__ for name in ('topic_id', 'partition_errors', 'unknown_tagged_fields', ))


def _new_LeaderAndIsrResponse__LeaderAndIsrTopicError(topic_id: UUID, partition_errors: tuple[LeaderAndIsrResponse.LeaderAndIsrPartitionError, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> LeaderAndIsrResponse.LeaderAndIsrTopicError:
    instance_: LeaderAndIsrResponse.LeaderAndIsrTopicError = object.__new__(LeaderAndIsrResponse.LeaderAndIsrTopicError)
    set0_, set1_, set2_, = _SET_LeaderAndIsrResponse__LeaderAndIsrTopicError
    set0_(instance_, topic_id)
    set1_(instance_, partition_errors)
    set2_(instance_, unknown_tagged_fields)
    return instance_


_SET_LeaderAndIsrResponse: tuple[Any, ...] = tuple(
    vars(LeaderAndIsrResponse)[name].__set__ for name in ('error_code', 'partition_errors', 'topics', 'unknown_tagged_fields', ))


def _new_LeaderAndIsrResponse(error_code: int, partition_errors: tuple[LeaderAndIsrResponse.LeaderAndIsrPartitionError, ...], topics: tuple[LeaderAndIsrResponse.LeaderAndIsrTopicError, ...], unknown_tagged_fields: tuple[tuple[int, bytes], ...]) -> LeaderAndIsrResponse:
    instance_: LeaderAndIsrResponse = object.__new__(LeaderAndIsrResponse)
    set0_, set1_, set2_, set3_, = _SET_LeaderAndIsrResponse
    set0_(instance_, error_code)
    set1_(instance_, partition_errors)
    set2_(instance_, topics)
    set3_(instance_, unknown_tagged_fields)
    return instance_
