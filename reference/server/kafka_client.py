"""A small blocking Kafka client for the command-line tools (`kspec groups`).

It speaks to any Kafka-compatible broker over TCP the way Kafka's Admin client does for the
consumer-groups tool: ApiVersions first on every connection, then each request at the highest
version both sides serve; FindCoordinator to reach a group's coordinator; ListOffsets at each
partition's leader (from Metadata). Describing a group tries ConsumerGroupDescribe first (when
the broker serves it) and falls back to DescribeGroups when the group is not a KIP-848 group,
as Kafka's DescribeConsumerGroupsHandler does. Committing offsets uses generation -1 and an
empty member id: the admin commit Kafka's coordinators accept only for an inactive group.
Every wait is bounded by `timeout_ms` (Kafka's `--timeout`, 5000 by default).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from reference.server.broker_connection import (
    DEFAULT_TIMEOUT_MS,
    BrokerConnection,
    Deadline,
    KafkaClientError,
    Node,
    connections_by_node,
    error_name,
    parse_host_port,
)

__all__ = [
    "DEFAULT_TIMEOUT_MS", "GROUP_STATES", "BrokerConnection", "GroupDescription", "KafkaClient",
    "KafkaClientError", "ListedGroup", "MemberDescription", "Node", "TopicPartition",
    "decode_consumer_assignment", "normalize_state",
]
from spec.errors import ErrorCode
from spec.generated.consumer_group_describe import ConsumerGroupDescribeRequest
from spec.generated.describe_groups import DescribeGroupsRequest
from spec.generated.find_coordinator import FindCoordinatorRequest
from spec.generated.list_groups import ListGroupsRequest
from spec.generated.list_offsets import ListOffsetsRequest
from spec.generated.metadata import MetadataRequest
from spec.generated.offset_commit import OffsetCommitRequest
from spec.generated.offset_fetch import OffsetFetchRequest
from spec.messages import API_BY_KEY
from spec.wire import Message, Reader

# Answers that mean "ask again, maybe elsewhere", as the Admin client treats them.
_COORDINATOR_RETRIABLE = frozenset({
    ErrorCode.COORDINATOR_LOAD_IN_PROGRESS, ErrorCode.COORDINATOR_NOT_AVAILABLE,
    ErrorCode.NOT_COORDINATOR,
})


@dataclass(frozen=True, slots=True, order=True)
class TopicPartition:
    topic: str
    partition: int

    def __str__(self) -> str:  # Kafka's TopicPartition.toString
        return f"{self.topic}-{self.partition}"


def decode_consumer_assignment(data: bytes) -> tuple[TopicPartition, ...]:
    """The partitions in a classic member's assignment (ConsumerProtocolAssignment, any
    version: newer versions only append fields, so the v0 prefix is read)."""
    if not data:
        return ()
    reader = Reader(data)
    reader.int16("ConsumerProtocolAssignment.version")
    partitions: list[TopicPartition] = []
    for _ in range(max(reader.array_length("AssignedPartitions"), 0)):
        topic = reader.string("AssignedPartitions.topic")
        count = reader.array_length("AssignedPartitions.partitions")
        partitions += [TopicPartition(topic, reader.int32("AssignedPartitions.partitions"))
                       for _ in range(max(count, 0))]
    return tuple(partitions)


@dataclass(frozen=True, slots=True)
class ListedGroup:
    group_id: str
    protocol_type: str
    state: str  # "" when the broker's ListGroups is older than v4
    group_type: str  # "" when older than v5


@dataclass(frozen=True, slots=True)
class MemberDescription:
    member_id: str
    group_instance_id: str | None
    client_id: str
    host: str
    assignment: tuple[TopicPartition, ...]
    target_assignment: tuple[TopicPartition, ...] | None  # KIP-848 groups only
    member_epoch: int | None  # KIP-848 groups only


@dataclass(frozen=True, slots=True)
class GroupDescription:
    group_id: str
    state: str  # Kafka's GroupState names: Stable, Empty, Dead, PreparingRebalance, ...
    group_type: str  # "classic" or "consumer"
    assignor: str  # the classic protocol name, or the KIP-848 assignor
    coordinator: Node
    members: tuple[MemberDescription, ...]
    group_epoch: int | None = None
    target_assignment_epoch: int | None = None


# GroupState.parse is case-insensitive: KIP-848 groups report "stable", classic ones "Stable".
GROUP_STATES = ("PreparingRebalance", "CompletingRebalance", "Stable", "Dead", "Empty",
                "Assigning", "Reconciling")
_STATE_BY_UPPER = {state.upper(): state for state in GROUP_STATES}


def normalize_state(state: str) -> str:
    return _STATE_BY_UPPER.get(state.upper(), "Unknown")


def _first_error(codes: Iterable[int]) -> int:
    return next((code for code in codes if code != ErrorCode.NONE), ErrorCode.NONE)


class KafkaClient:
    """The consumer-groups tool's view of a cluster, reached through one bootstrap broker."""

    def __init__(self, bootstrap: str, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> None:
        host, port = parse_host_port(bootstrap)
        self.timeout_ms = timeout_ms
        self._bootstrap = BrokerConnection(host, port, timeout_ms)
        self._connections: dict[int, BrokerConnection] = {}
        self._coordinators: dict[str, Node] = {}

    def close(self) -> None:
        self._bootstrap.close()
        for connection in self._connections.values():
            connection.close()

    def __enter__(self) -> KafkaClient:
        return self

    def __exit__(self, *_exception: object) -> None:
        self.close()

    def metadata(self, topics: Iterable[str] | None = None
                 ) -> tuple[dict[int, Node], dict[TopicPartition, int]]:
        """(brokers by node id, leader id of every partition of `topics` that exists; all topics
        when None). A leader of -1 means none."""
        wanted = None if topics is None else tuple(
            MetadataRequest.MetadataRequestTopic(name=name) for name in sorted(set(topics)))
        response = self._bootstrap.call(MetadataRequest(topics=wanted,
                                                        allow_auto_topic_creation=False))
        brokers = {broker.node_id: Node(broker.node_id, broker.host, broker.port)
                   for broker in response.brokers}
        leaders = {TopicPartition(topic.name, partition.partition_index): partition.leader_id
                   for topic in response.topics if topic.error_code == ErrorCode.NONE
                   for partition in topic.partitions}
        return brokers, leaders

    def list_groups(self, states: Iterable[str] = ()) -> list[ListedGroup]:
        """Every group on every broker (each broker lists the groups it coordinates)."""
        brokers, _leaders = self.metadata(())
        listed: dict[str, ListedGroup] = {}
        for connection in connections_by_node(brokers, sorted(brokers), self.timeout_ms,
                                              self._connections).values():
            version = connection.version_for(ListGroupsRequest.API_KEY)
            states_filter = tuple(states) if version is not None and version >= 4 else ()
            response = connection.call(ListGroupsRequest(states_filter=states_filter))
            if response.error_code != ErrorCode.NONE:
                raise KafkaClientError(f"ListGroups: {error_name(response.error_code)}",
                                       response.error_code)
            for group in response.groups:
                listed[group.group_id] = ListedGroup(group.group_id, group.protocol_type,
                                                     group.group_state, group.group_type)
        return sorted(listed.values(), key=lambda group: group.group_id)

    def find_coordinator(self, group_id: str) -> Node:
        deadline = Deadline(self.timeout_ms)
        while True:
            version = self._bootstrap.version_for(FindCoordinatorRequest.API_KEY)
            request = (FindCoordinatorRequest(key_type=0, coordinator_keys=(group_id,))
                       if version is not None and version >= 4
                       else FindCoordinatorRequest(key=group_id))
            response = self._bootstrap.call(request)
            found = response.coordinators[0] if response.coordinators else response
            if found.error_code == ErrorCode.NONE:
                return Node(found.node_id, found.host, found.port)
            if found.error_code not in _COORDINATOR_RETRIABLE:
                raise KafkaClientError(f"FindCoordinator {group_id!r}: "
                                       f"{error_name(found.error_code)}", found.error_code)
            deadline.pause_or_fail(f"finding the coordinator of group {group_id!r}")

    def coordinator_call(self, group_id: str, request: Message,
                         error_of: Callable[[Any], int]) -> tuple[Node, Any]:
        """Send `request` to the group's coordinator, finding it again while the answer says
        it moved or is loading. `error_of(response)` picks the error code that decides."""
        deadline = Deadline(self.timeout_ms)
        while True:
            node = self._coordinators.get(group_id) or self.find_coordinator(group_id)
            self._coordinators[group_id] = node
            connection = connections_by_node({node.node_id: node}, (node.node_id,),
                                             self.timeout_ms, self._connections)[node.node_id]
            response = connection.call(request)
            if error_of(response) not in _COORDINATOR_RETRIABLE:
                return node, response
            del self._coordinators[group_id]
            api_name = API_BY_KEY[request.API_KEY].name  # type: ignore[attr-defined]
            deadline.pause_or_fail(f"{api_name} for group {group_id!r}")

    def describe_group(self, group_id: str) -> GroupDescription:
        """The group as Kafka's Admin describes it; a group that does not exist is Dead."""
        if self._bootstrap.serves(ConsumerGroupDescribeRequest.API_KEY):
            described = self._describe_consumer_group(group_id)
            if described is not None:
                return described
        return self._describe_classic_group(group_id)

    def _describe_consumer_group(self, group_id: str) -> GroupDescription | None:
        node, response = self.coordinator_call(
            group_id, ConsumerGroupDescribeRequest(group_ids=(group_id,)),
            lambda answer: answer.groups[0].error_code if answer.groups else ErrorCode.NONE)
        group = response.groups[0]
        if group.error_code in (ErrorCode.GROUP_ID_NOT_FOUND, ErrorCode.UNSUPPORTED_VERSION):
            return None  # not a KIP-848 group: ask with DescribeGroups, as Kafka's Admin does
        if group.error_code != ErrorCode.NONE:
            raise KafkaClientError(f"ConsumerGroupDescribe {group_id!r}: "
                                   f"{error_name(group.error_code)}", group.error_code)
        members = tuple(MemberDescription(
            member.member_id, member.instance_id, member.client_id, member.client_host,
            _assigned(member.assignment), _assigned(member.target_assignment),
            member.member_epoch) for member in group.members)
        return GroupDescription(group_id, normalize_state(group.group_state), "consumer",
                                group.assignor_name, node, members, group.group_epoch,
                                group.assignment_epoch)

    def _describe_classic_group(self, group_id: str) -> GroupDescription:
        node, response = self.coordinator_call(
            group_id, DescribeGroupsRequest(groups=(group_id,)),
            lambda answer: answer.groups[0].error_code if answer.groups else ErrorCode.NONE)
        group = response.groups[0]
        if group.error_code == ErrorCode.GROUP_ID_NOT_FOUND:
            return GroupDescription(group_id, "Dead", "classic", "", node, ())
        if group.error_code != ErrorCode.NONE:
            raise KafkaClientError(f"DescribeGroups {group_id!r}: "
                                   f"{error_name(group.error_code)}", group.error_code)
        if group.protocol_type not in ("consumer", ""):
            raise KafkaClientError(f"GroupId {group_id} is not a consumer group "
                                   f"({group.protocol_type}).")
        members = tuple(MemberDescription(
            member.member_id, member.group_instance_id, member.client_id, member.client_host,
            decode_consumer_assignment(member.member_assignment), None, None)
            for member in group.members)
        return GroupDescription(group_id, normalize_state(group.group_state), "classic",
                                group.protocol_data, node, members)

    def committed_offsets(self, group_id: str) -> dict[TopicPartition, int]:
        """Every committed offset of the group (OffsetFetch for all topics)."""
        version = self._bootstrap.version_for(OffsetFetchRequest.API_KEY)
        if version is not None and version >= 8:
            request = OffsetFetchRequest(groups=(OffsetFetchRequest.OffsetFetchRequestGroup(
                group_id=group_id, topics=None),))
        else:
            request = OffsetFetchRequest(group_id=group_id, topics=None)
        _node, response = self.coordinator_call(group_id, request, _offset_fetch_error)
        error = _offset_fetch_error(response)
        if error != ErrorCode.NONE:
            raise KafkaClientError(f"OffsetFetch {group_id!r}: {error_name(error)}", error)
        topics = response.groups[0].topics if response.groups else response.topics
        return {TopicPartition(topic.name, partition.partition_index): partition.committed_offset
                for topic in topics for partition in topic.partitions
                if partition.error_code == ErrorCode.NONE and partition.committed_offset >= 0}

    def list_offsets(self, partitions: Iterable[TopicPartition],
                     timestamp: int) -> dict[TopicPartition, int]:
        """ListOffsets at each partition's leader: -2 earliest, -1 latest, else the first offset
        at or after `timestamp` (-1 when there is none). Partitions without a leader or with an
        error are left out, as Kafka's tool shows them as unknown."""
        wanted = sorted(set(partitions))
        brokers, leaders = self.metadata({partition.topic for partition in wanted})
        by_leader: dict[int, list[TopicPartition]] = {}
        for partition in wanted:
            if leaders.get(partition, -1) >= 0:
                by_leader.setdefault(leaders[partition], []).append(partition)
        offsets: dict[TopicPartition, int] = {}
        connections = connections_by_node(brokers, sorted(by_leader), self.timeout_ms,
                                          self._connections)
        for leader, led in by_leader.items():
            offsets |= _list_offsets_at(connections[leader], led, timestamp)
        return offsets

    def commit_offsets(self, group_id: str, offsets: Mapping[TopicPartition, int]) -> None:
        """An admin commit (generation -1, no member): Kafka accepts it for an inactive group."""
        by_topic: dict[str, list[OffsetCommitRequest.OffsetCommitRequestPartition]] = {}
        for partition, offset in sorted(offsets.items()):
            by_topic.setdefault(partition.topic, []).append(
                OffsetCommitRequest.OffsetCommitRequestPartition(
                    partition_index=partition.partition, committed_offset=offset))
        request = OffsetCommitRequest(
            group_id=group_id, generation_id_or_member_epoch=-1, member_id="",
            topics=tuple(OffsetCommitRequest.OffsetCommitRequestTopic(
                name=name, partitions=tuple(items)) for name, items in by_topic.items()))
        _node, response = self.coordinator_call(group_id, request, _offset_commit_error)
        error = _offset_commit_error(response)
        if error != ErrorCode.NONE:
            raise KafkaClientError(f"OffsetCommit {group_id!r}: {error_name(error)}", error)


def _assigned(assignment: Any) -> tuple[TopicPartition, ...]:
    return tuple(TopicPartition(topic.topic_name, partition)
                 for topic in assignment.topic_partitions for partition in topic.partitions)


def _offset_fetch_error(response: Any) -> int:
    if response.groups:
        return int(response.groups[0].error_code)
    return int(response.error_code)


def _offset_commit_error(response: Any) -> int:
    return _first_error(partition.error_code for topic in response.topics
                        for partition in topic.partitions)


def _list_offsets_at(connection: BrokerConnection, partitions: list[TopicPartition],
                     timestamp: int) -> dict[TopicPartition, int]:
    by_topic: dict[str, list[ListOffsetsRequest.ListOffsetsPartition]] = {}
    for partition in partitions:
        by_topic.setdefault(partition.topic, []).append(ListOffsetsRequest.ListOffsetsPartition(
            partition_index=partition.partition, timestamp=timestamp))
    response = connection.call(ListOffsetsRequest(replica_id=-1, topics=tuple(
        ListOffsetsRequest.ListOffsetsTopic(name=name, partitions=tuple(items))
        for name, items in by_topic.items())))
    return {TopicPartition(topic.name, answer.partition_index): answer.offset
            for topic in response.topics for answer in topic.partitions
            if answer.error_code == ErrorCode.NONE}
