"""One member of a KIP-848 consumer group, as a value: its subscription and its assignment.

Mirrors Kafka 4.x `modern/consumer/ConsumerGroupMember.java`: a new member starts at epoch 0
with previous epoch -1, state STABLE, no regex (""), no server assignor and no partitions; every
change builds a new value (`dataclasses.replace`). Partitions are keyed by topic id, as the
records and the heartbeat carry them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import IntEnum

PartitionsById = Mapping[uuid.UUID, frozenset[int]]
"""topic id -> partitions."""

LEAVE_GROUP_MEMBER_EPOCH = -1
LEAVE_GROUP_STATIC_MEMBER_EPOCH = -2


class MemberState(IntEnum):
    """Kafka's MemberState with its byte values, as ConsumerGroupCurrentMemberAssignment stores
    them."""

    STABLE = 0
    UNREVOKED_PARTITIONS = 1
    UNRELEASED_PARTITIONS = 2
    UNKNOWN = 127

    @classmethod
    def from_value(cls, value: int) -> MemberState:
        """A state this version does not know reads as UNKNOWN (MemberState.fromValue)."""
        try:
            return cls(value)
        except ValueError:
            return cls.UNKNOWN


@dataclass(frozen=True, slots=True)
class ConsumerMember:
    member_id: str
    member_epoch: int = 0
    previous_member_epoch: int = -1
    state: MemberState = MemberState.STABLE
    instance_id: str | None = None
    rack_id: str | None = None
    rebalance_timeout_ms: int = -1
    client_id: str = ""
    client_host: str = ""
    subscribed_topic_names: frozenset[str] = frozenset()
    subscribed_topic_regex: str | None = ""
    server_assignor: str | None = None
    assigned_partitions: PartitionsById = field(default_factory=dict)
    partitions_pending_revocation: PartitionsById = field(default_factory=dict)

    def is_reconciled_to(self, target_assignment_epoch: int) -> bool:
        return self.state is MemberState.STABLE and self.member_epoch == target_assignment_epoch

    @property
    def has_regex(self) -> bool:
        return bool(self.subscribed_topic_regex)

    def owned_partitions(self) -> dict[uuid.UUID, frozenset[int]]:
        """What the member may still hold: its assignment plus what it has not yet revoked."""
        return merge_partitions(self.assigned_partitions, self.partitions_pending_revocation)


def merge_partitions(*parts: PartitionsById) -> dict[uuid.UUID, frozenset[int]]:
    merged: dict[uuid.UUID, frozenset[int]] = {}
    for part in parts:
        for topic_id, partitions in part.items():
            merged[topic_id] = merged.get(topic_id, frozenset()) | partitions
    return {topic_id: partitions for topic_id, partitions in merged.items() if partitions}


def partitions_from_pairs(pairs: Iterable[tuple[uuid.UUID, Iterable[int]]]
                          ) -> dict[uuid.UUID, frozenset[int]]:
    """Topic id/partitions pairs (as messages carry them) to a map without empty topics."""
    result: dict[uuid.UUID, frozenset[int]] = {}
    for topic_id, partitions in pairs:
        result[topic_id] = result.get(topic_id, frozenset()) | frozenset(partitions)
    return {topic_id: partitions for topic_id, partitions in result.items() if partitions}
