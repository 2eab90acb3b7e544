"""The state of one classic (JoinGroup/SyncGroup) group: members, generation, leader, protocol.

Follows Kafka 4.x `ClassicGroup`, `ClassicGroupMember` and `ClassicGroupState`. This module holds
state and the rules that read only it (protocol support and selection, who has joined); the
rebalance protocol that drives it is in `classic.py`. A member's parked JoinGroup or SyncGroup is a
ticket number here; the coordinator turns tickets into answers.
Divergence: Kafka keeps members in a HashMap keyed by random member ids, so "the first member"
(a new leader when the leader leaves, the first awaiting member at election) is arbitrary there;
here it is the oldest member still in the group.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass, field

from spec.config.java import java_hash_set_order
from spec.decode_error import DecodeError
from spec.wire import Reader

CONSUMER_PROTOCOL_TYPE = "consumer"  # ConsumerProtocol.PROTOCOL_TYPE


class ClassicGroupState(enum.Enum):
    """The five states, with the names DescribeGroups and ListGroups report."""

    EMPTY = "Empty"
    PREPARING_REBALANCE = "PreparingRebalance"
    COMPLETING_REBALANCE = "CompletingRebalance"
    STABLE = "Stable"
    DEAD = "Dead"


# Kafka's ClassicGroupState: the states each state may be entered from.
_VALID_PREVIOUS_STATES: dict[ClassicGroupState, frozenset[ClassicGroupState]] = {
    ClassicGroupState.EMPTY: frozenset({ClassicGroupState.PREPARING_REBALANCE}),
    ClassicGroupState.PREPARING_REBALANCE: frozenset({
        ClassicGroupState.STABLE, ClassicGroupState.COMPLETING_REBALANCE,
        ClassicGroupState.EMPTY}),
    ClassicGroupState.COMPLETING_REBALANCE: frozenset({ClassicGroupState.PREPARING_REBALANCE}),
    ClassicGroupState.STABLE: frozenset({ClassicGroupState.COMPLETING_REBALANCE}),
    ClassicGroupState.DEAD: frozenset({
        ClassicGroupState.STABLE, ClassicGroupState.PREPARING_REBALANCE,
        ClassicGroupState.COMPLETING_REBALANCE, ClassicGroupState.EMPTY,
        ClassicGroupState.DEAD}),
}


@dataclass(frozen=True, slots=True)
class Protocol:
    """One (name, metadata) entry of a JoinGroup request, in the member's order of preference."""

    name: str
    metadata: bytes


@dataclass(slots=True)
class ClassicMember:
    """One member; mutable because a rejoin updates it in place, as Kafka's member does."""

    member_id: str
    group_instance_id: str | None
    client_id: str
    client_host: str
    rebalance_timeout_ms: int
    session_timeout_ms: int
    protocol_type: str
    protocols: tuple[Protocol, ...]
    assignment: bytes = b""
    join_ticket: int | None = None  # a parked JoinGroup, answered when the join phase ends
    sync_ticket: int | None = None  # a parked SyncGroup, answered when the leader syncs
    is_new: bool = False  # joined in this rebalance and has not had a join answer yet

    @property
    def is_awaiting_join(self) -> bool:
        return self.join_ticket is not None

    @property
    def protocol_names(self) -> tuple[str, ...]:
        return tuple(protocol.name for protocol in self.protocols)

    def metadata_for(self, protocol_name: str) -> bytes:
        for protocol in self.protocols:
            if protocol.name == protocol_name:
                return protocol.metadata
        raise KeyError(protocol_name)

    def vote(self, candidates: frozenset[str]) -> str:
        """The member's most preferred protocol among those every member supports."""
        for name in self.protocol_names:
            if name in candidates:
                return name
        raise ValueError(f"member {self.member_id} supports none of {sorted(candidates)}")

    def has_satisfied_heartbeat(self) -> bool:
        """Whether an expired session timer spares the member (Kafka's hasSatisfiedHeartbeat):
        a member parked in a rebalance counts as alive, unless it is new to this rebalance."""
        if self.is_new:
            return False
        return self.join_ticket is not None or self.sync_ticket is not None


@dataclass(slots=True)
class ClassicGroup:
    """A classic group; `members` keeps join order, which stands in for Kafka's HashMap order."""

    group_id: str
    state: ClassicGroupState = ClassicGroupState.EMPTY
    previous_state: ClassicGroupState | None = None
    generation_id: int = 0
    protocol_type: str | None = None
    protocol_name: str | None = None
    leader_id: str | None = None
    members: dict[str, ClassicMember] = field(default_factory=dict)
    static_members: dict[str, str] = field(default_factory=dict)  # instance id -> member id
    pending_join_members: set[str] = field(default_factory=set)  # got MEMBER_ID_REQUIRED
    pending_sync_members: set[str] = field(default_factory=set)
    new_member_added: bool = False  # extends the initial rebalance delay
    state_changed_ms: int = 0
    subscribed_topics: frozenset[str] | None = None  # as of the last generation; None: unknown

    def transition_to(self, target: ClassicGroupState, now_ms: int) -> None:
        assert self.state in _VALID_PREVIOUS_STATES[target], (self.group_id, self.state, target)
        self.previous_state = self.state
        self.state = target
        self.state_changed_ms = now_ms

    def can_rebalance(self) -> bool:
        return self.state in _VALID_PREVIOUS_STATES[ClassicGroupState.PREPARING_REBALANCE]

    def all_members(self) -> Iterator[ClassicMember]:
        return iter(list(self.members.values()))

    def is_leader(self, member_id: str) -> bool:
        return self.leader_id == member_id

    def static_member_id(self, group_instance_id: str | None) -> str | None:
        if group_instance_id is None:
            return None
        return self.static_members.get(group_instance_id)

    def awaiting_join_count(self) -> int:
        return sum(1 for member in self.members.values() if member.is_awaiting_join)

    def has_all_members_joined(self) -> bool:
        return (len(self.members) == self.awaiting_join_count()
                and not self.pending_join_members)

    def rebalance_timeout_ms(self) -> int:
        """The longest rebalance timeout of any member: how long the join phase may wait."""
        return max((member.rebalance_timeout_ms for member in self.members.values()), default=0)

    def add(self, member: ClassicMember) -> None:
        assert member.member_id not in self.members, member.member_id
        if not self.members:
            self.protocol_type = member.protocol_type
        assert self.protocol_type == member.protocol_type, (self.protocol_type, member)
        if self.leader_id is None:
            self.leader_id = member.member_id
        self.members[member.member_id] = member
        if member.group_instance_id is not None:
            self.static_members[member.group_instance_id] = member.member_id
        self.pending_join_members.discard(member.member_id)

    def remove(self, member_id: str) -> ClassicMember | None:
        """Drop a member (or a pending one); a new leader is the oldest member left."""
        member = self.members.pop(member_id, None)
        if member is not None and member.group_instance_id is not None:
            self.static_members.pop(member.group_instance_id, None)
        if self.leader_id == member_id:
            self.leader_id = next(iter(self.members), None)
        self.pending_join_members.discard(member_id)
        self.pending_sync_members.discard(member_id)
        return member

    def supports_protocols(self, protocol_type: str, protocol_names: tuple[str, ...]) -> bool:
        """Whether a joining member could fit: any type and protocols for an empty group, else the
        group's type and at least one protocol every current member supports."""
        if self.state is ClassicGroupState.EMPTY:
            return protocol_type != "" and len(protocol_names) > 0
        candidates = self.candidate_protocols()
        return (self.protocol_type == protocol_type
                and any(name in candidates for name in protocol_names))

    def candidate_protocols(self) -> frozenset[str]:
        """The protocols every member supports."""
        sets = [frozenset(member.protocol_names) for member in self.members.values()]
        return frozenset.intersection(*sets) if sets else frozenset()

    def select_protocol(self) -> str:
        """Each member votes for its favourite candidate; the most votes wins. Ties go the way
        Kafka's HashMap iteration and `Stream.max` send them (see `java_hash_map_order`)."""
        assert self.members, self.group_id
        candidates = self.candidate_protocols()
        votes: dict[str, int] = {}
        for member in self.members.values():
            choice = member.vote(candidates)
            votes[choice] = votes.get(choice, 0) + 1
        best: str | None = None
        for name in java_hash_map_order(list(votes)):
            if best is None or votes[name] > votes[best]:  # the first of equal maxima stays
                best = name
        assert best is not None
        return best

    def compute_subscribed_topics(self) -> frozenset[str] | None:
        """The topics consumer-protocol members subscribe to (Kafka's computeSubscribedTopics):
        None for another protocol type, no chosen protocol, or metadata that does not parse."""
        if self.protocol_type != CONSUMER_PROTOCOL_TYPE:
            return None
        if not self.members:
            return frozenset()
        if self.protocol_name is None:
            return None
        topics: set[str] = set()
        for member in self.members.values():
            subscribed = subscribed_topics_of(member.metadata_for(self.protocol_name))
            if subscribed is None:
                return None
            topics.update(subscribed)
        return frozenset(topics)

    def current_member_metadata(self) -> list[tuple[str, str | None, bytes]]:
        """(member id, group instance id, metadata for the chosen protocol), for the leader."""
        assert self.protocol_name is not None, self.group_id
        protocol_name = self.protocol_name
        return [(member.member_id, member.group_instance_id, member.metadata_for(protocol_name))
                for member in self.members.values()]


def subscribed_topics_of(metadata: bytes) -> frozenset[str] | None:
    """The topics of an embedded consumer-protocol subscription, read with the v0 layout that
    prefixes every version (as Kafka reads it); None when the bytes do not parse."""
    reader = Reader(metadata)
    try:
        if reader.int16("ConsumerProtocolSubscription.version") < 0:
            return None
        count = reader.array_length("ConsumerProtocolSubscription.topics")
        topics = frozenset(reader.string("ConsumerProtocolSubscription.topics")
                           for _ in range(count))
        reader.nullable_bytes("ConsumerProtocolSubscription.userData")
    except DecodeError:
        return None
    return topics


def java_hash_map_order(keys: list[str]) -> list[str]:
    """The order a `java.util.HashMap` with default capacity iterates `keys` inserted in order
    (a HashSet is a HashMap's key set: the same order)."""
    return list(java_hash_set_order(keys))
