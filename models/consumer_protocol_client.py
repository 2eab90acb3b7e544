"""The client side of the classic "consumer" protocol, as the models' clients run it: the
subscription and assignment bytes (ConsumerProtocolSubscription/Assignment) and the leader's
client-side assignors (range, roundrobin), written apart from the broker's code so that a model
does not share the coordinator's bugs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reference.core.groups.assignors import AssignmentMember, range_assign
from reference.core.groups.classic_results import JoinMember
from spec.wire import Reader, Writer

ASSIGNMENT_VERSION = 3  # ConsumerProtocolAssignment's highest version, as Kafka 4.x writes it

Owned = dict[str, frozenset[int]]
"""topic -> partitions a member is assigned."""


def encode_subscription(topics: Sequence[str]) -> bytes:
    """ConsumerProtocolSubscription v1, version-prefixed: topics, null user data, no owned
    partitions."""
    writer = Writer()
    writer.int16(1)
    writer.array_length(topics)
    for topic in topics:
        writer.string(topic)
    writer.nullable_bytes(None)
    writer.int32(0)
    return writer.getvalue()


def decode_subscription(data: bytes) -> frozenset[str]:
    """The topics of a subscription (every version starts with version and topics), read here
    rather than with the coordinator's reader, so that the model does not share its bugs."""
    reader = Reader(data)
    assert reader.int16("ConsumerProtocolSubscription.version") >= 0
    count = reader.array_length("ConsumerProtocolSubscription.topics")
    return frozenset(reader.string("ConsumerProtocolSubscription.topics") for _ in range(count))


def encode_assignment(owned: Mapping[str, frozenset[int]]) -> bytes:
    """ConsumerProtocolAssignment (KIP-429 layout, the same in v0-v3), version-prefixed."""
    writer = Writer()
    writer.int16(ASSIGNMENT_VERSION)
    topics = sorted(topic for topic, partitions in owned.items() if partitions)
    writer.array_length(topics)
    for topic in topics:
        writer.string(topic)
        writer.array_length(sorted(owned[topic]))
        for partition in sorted(owned[topic]):
            writer.int32(partition)
    writer.nullable_bytes(None)
    return writer.getvalue()


def decode_assignment(data: bytes) -> Owned:
    """The topic partitions of an assignment; empty bytes (no assignment sent) own nothing."""
    if not data:
        return {}
    reader = Reader(data)
    assert reader.int16("ConsumerProtocolAssignment.version") >= 0
    owned: dict[str, set[int]] = {}
    for _ in range(reader.array_length("ConsumerProtocolAssignment.assignedPartitions")):
        topic = reader.string("TopicPartition.topic")
        count = reader.array_length("TopicPartition.partitions")
        owned.setdefault(topic, set()).update(
            reader.int32("TopicPartition.partitions") for _ in range(count))
    reader.nullable_bytes("ConsumerProtocolAssignment.userData")
    return {topic: frozenset(partitions) for topic, partitions in owned.items()}


def _member_order(member: JoinMember) -> tuple[int, str]:
    """The clients' MemberInfo order: static members by instance id, then the rest by id."""
    if member.group_instance_id is not None:
        return (0, member.group_instance_id)
    return (1, member.member_id)


def roundrobin_assign(subscriptions: Mapping[str, frozenset[str]],
                      ordered_member_ids: Sequence[str],
                      partition_counts: Mapping[str, int]) -> dict[str, Owned]:
    """The client's RoundRobinAssignor: every subscribed topic's partitions, topics by name,
    dealt in turn to the next member (in MemberInfo order) that subscribes to the topic."""
    owned: dict[str, dict[str, set[int]]] = {member_id: {} for member_id in ordered_member_ids}
    topics = sorted({topic for subscribed in subscriptions.values() for topic in subscribed})
    turn = 0
    for topic in topics:
        for partition in range(partition_counts[topic]):
            while topic not in subscriptions[ordered_member_ids[turn % len(ordered_member_ids)]]:
                turn += 1
            member_id = ordered_member_ids[turn % len(ordered_member_ids)]
            owned[member_id].setdefault(topic, set()).add(partition)
            turn += 1
    return {member_id: {topic: frozenset(ps) for topic, ps in topics_owned.items()}
            for member_id, topics_owned in owned.items()}


def leader_assignment(protocol_name: str, members: Sequence[JoinMember],
                      partition_counts: Mapping[str, int]) -> dict[str, Owned]:
    """What the leader's assignor gives each listed member (range: the same arithmetic as the
    broker-side `range`, which follows the client's RangeAssignor without racks)."""
    subscriptions = {member.member_id: decode_subscription(member.metadata)
                     for member in members}
    if protocol_name == "range":
        return range_assign([AssignmentMember(member.member_id, subscriptions[member.member_id],
                                              member.group_instance_id) for member in members],
                            partition_counts)
    ordered = [member.member_id for member in sorted(members, key=_member_order)]
    return roundrobin_assign(subscriptions, ordered, partition_counts)
