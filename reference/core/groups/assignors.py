"""Server-side partition assignors of the KIP-848 consumer protocol: `range` and `uniform`.

Source: Kafka 4.x group-coordinator `assignor/` (RangeAssignor, UniformAssignor with
  UniformHomogeneousAssignmentBuilder and UniformHeterogeneousAssignmentBuilder).
Behaviour:
  range   - per topic, its subscribers sorted (static members first by instance id, then the
            rest by member id) take contiguous ranges: quota = P div M, and the first P mod M
            members one more. Not sticky; static members keep their ranges by their order.
  uniform - homogeneous subscriptions: each member's quota over all partitions is
            total div M, the first total mod M members (in input order) one more; a member keeps
            its current partitions up to its quota, the rest are handed out in topic order.
            Heterogeneous: keep every current partition the member still subscribes to, hand
            the unowned ones out (topics by partitions per subscriber, descending) round-robin
            over the least loaded subscribers, then sweep the shared topics moving partitions
            from most to least loaded subscribers until a sweep moves nothing (at most 16).
Divergences: Kafka numbers members in its HashMap order; we use the order of `members` (the
  caller's), and topics in name order where Kafka uses hash order, so ties may break
  differently. Rack-aware range assignment (a later Kafka release adds it) is not modelled; `rack`
  is carried for it. A current assignment that owns a partition twice or beyond the topic's
  partition count is refused (Kafka trusts the coordinator never to build one).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from spec.invariants import check, no_double_assignment

Assignment = dict[str, dict[str, frozenset[int]]]
"""member id -> topic -> partitions."""

RANGE_ASSIGNOR_NAME = "range"
UNIFORM_ASSIGNOR_NAME = "uniform"

# Kafka's UniformHeterogeneousAssignmentBuilder.MAX_ITERATION_COUNT: rounds over the topics in
# the balancing pass; identical subscribers converge in one round.
_MAX_BALANCING_ROUNDS = 16


class PartitionAssignorError(Exception):
    """Kafka's PartitionAssignorException: e.g. a member subscribes to a topic that is unknown."""


@dataclass(frozen=True, slots=True)
class AssignmentMember:
    """One member as the assignor sees it (Kafka's MemberSubscription plus its assignment)."""

    member_id: str
    subscribed_topics: frozenset[str]
    instance_id: str | None = None
    rack: str | None = None
    current_assignment: Mapping[str, frozenset[int]] = field(default_factory=dict)


def assign(assignor_name: str, members: Sequence[AssignmentMember],
           partition_counts: Mapping[str, int]) -> Assignment:
    """The target assignment the named server-side assignor computes."""
    if assignor_name == RANGE_ASSIGNOR_NAME:
        return range_assign(members, partition_counts)
    if assignor_name == UNIFORM_ASSIGNOR_NAME:
        return uniform_assign(members, partition_counts)
    raise PartitionAssignorError(f"unknown assignor {assignor_name!r}")


def _check_inputs(members: Sequence[AssignmentMember], partition_counts: Mapping[str, int]) -> None:
    member_ids = [member.member_id for member in members]
    if len(set(member_ids)) != len(member_ids):
        raise ValueError(f"duplicate member ids: {member_ids}")
    for member in members:
        for topic in member.subscribed_topics:
            if topic not in partition_counts:
                raise PartitionAssignorError(
                    f"member {member.member_id} is subscribed to unknown topic {topic}")
    # Kafka trusts the group's current assignment to be a valid one; we check that it is.
    current = {member.member_id: dict(member.current_assignment) for member in members}
    check("NoDoubleAssignment", no_double_assignment(current), current_assignment=current)
    for member in members:
        for topic, partitions in member.current_assignment.items():
            count = partition_counts.get(topic, 0)
            if any(not 0 <= partition < count for partition in partitions):
                raise ValueError(f"{member.member_id} owns {topic} {sorted(partitions)} "
                                 f"outside 0..{count - 1}")


# --- range ---------------------------------------------------------------------------------------

def _range_member_order(member: AssignmentMember) -> tuple[int, str]:
    """Static members first, by instance id; dynamic ones after, by member id (sortMemberIds)."""
    if member.instance_id is not None:
        return (0, member.instance_id)
    return (1, member.member_id)


def range_ranges(partition_count: int, member_count: int) -> list[tuple[int, int]]:
    """The (start, end) range each of `member_count` ordered subscribers takes of a topic.

    This is the arithmetic the Z3 proofs in models/proofs/assignors.py reason about.
    """
    quota, extra = divmod(partition_count, member_count)
    ranges = []
    next_start = 0
    for index in range(member_count):
        count = quota + (1 if index < extra else 0)
        end = min(next_start + count, partition_count)
        ranges.append((next_start, end))
        next_start = end
    return ranges


def range_assign(members: Sequence[AssignmentMember],
                 partition_counts: Mapping[str, int]) -> Assignment:
    """Kafka's `range` assignor: contiguous, co-partitioned ranges per topic."""
    _check_inputs(members, partition_counts)
    ordered = sorted(members, key=_range_member_order)
    subscribers_by_topic: dict[str, list[str]] = {}
    for member in ordered:
        for topic in sorted(member.subscribed_topics):
            subscribers_by_topic.setdefault(topic, []).append(member.member_id)
    assignment: Assignment = {member.member_id: {} for member in ordered}
    for topic, subscribers in subscribers_by_topic.items():
        ranges = range_ranges(partition_counts[topic], len(subscribers))
        for member_id, (start, end) in zip(subscribers, ranges, strict=True):
            if start < end:
                assignment[member_id][topic] = frozenset(range(start, end))
    check("NoDoubleAssignment", no_double_assignment(assignment), assignment=assignment)
    return assignment


# --- uniform -------------------------------------------------------------------------------------

def uniform_assign(members: Sequence[AssignmentMember],
                   partition_counts: Mapping[str, int]) -> Assignment:
    """Kafka's `uniform` assignor: balanced first, sticky second."""
    _check_inputs(members, partition_counts)
    if not any(member.subscribed_topics for member in members):
        return {}
    if len({member.subscribed_topics for member in members}) == 1:
        assignment = _uniform_homogeneous(members, partition_counts)
    else:
        assignment = _UniformHeterogeneous(members, partition_counts).build()
    check("NoDoubleAssignment", no_double_assignment(assignment), assignment=assignment)
    return assignment


def uniform_quotas(total_partitions: int, member_count: int) -> list[int]:
    """Each member's quota in a homogeneous group: the first total mod M get one more."""
    quota, extra = divmod(total_partitions, member_count)
    return [quota + (1 if index < extra else 0) for index in range(member_count)]


def _uniform_homogeneous(members: Sequence[AssignmentMember],
                         partition_counts: Mapping[str, int]) -> Assignment:
    topics = sorted(members[0].subscribed_topics)
    owned = {(topic, partition) for member in members
             for topic, partitions in member.current_assignment.items() for partition in partitions}
    unassigned = [(topic, partition) for topic in topics for partition in range(
        partition_counts[topic]) if (topic, partition) not in owned]
    total = sum(partition_counts[topic] for topic in topics)
    assignment: Assignment = {}
    remaining_quotas: list[tuple[str, int]] = []
    for member, quota in zip(members, uniform_quotas(total, len(members)), strict=True):
        kept: dict[str, frozenset[int]] = {}
        for topic, partitions in sorted(member.current_assignment.items()):
            if topic not in member.subscribed_topics or not partitions:
                continue  # an unsubscribed topic is revoked whole
            ordered = sorted(partitions)
            kept[topic] = frozenset(ordered[:quota])
            unassigned.extend((topic, partition) for partition in ordered[quota:])
            quota -= len(kept[topic])
        assignment[member.member_id] = {topic: ps for topic, ps in kept.items() if ps}
        if quota > 0:
            remaining_quotas.append((member.member_id, quota))
    next_index = 0
    for member_id, quota in remaining_quotas:
        for topic, partition in unassigned[next_index:next_index + quota]:
            current = assignment[member_id].get(topic, frozenset())
            assignment[member_id][topic] = current | {partition}
        next_index += quota
    if next_index < len(unassigned):
        raise PartitionAssignorError("Partitions were left unassigned")
    return assignment


class _UniformHeterogeneous:
    """Members subscribe to different topics: keep, hand out, then balance per topic."""

    def __init__(self, members: Sequence[AssignmentMember],
                 partition_counts: Mapping[str, int]) -> None:
        self.member_ids = [member.member_id for member in members]
        self.partition_counts = partition_counts
        self.subscribers: dict[str, list[int]] = {}
        for index, member in enumerate(members):
            for topic in member.subscribed_topics:
                self.subscribers.setdefault(topic, []).append(index)
        self.owners: dict[str, list[int]] = {
            topic: [-1] * partition_counts[topic] for topic in self.subscribers}
        self.sizes = [0] * len(members)
        for index, member in enumerate(members):
            for topic, partitions in member.current_assignment.items():
                if topic in member.subscribed_topics:
                    for partition in partitions:
                        self._give(topic, partition, index)

    def build(self) -> Assignment:
        unassigned = {topic: [p for p, owner in enumerate(owners) if owner == -1]
                      for topic, owners in self.owners.items()}
        balancer = _MemberBalancer(self.sizes)
        for topic in self._sorted_topics(t for t, ps in unassigned.items() if ps):
            balancer.initialize(self.subscribers[topic])
            for partition in unassigned[topic]:
                self._give(topic, partition, balancer.next_least_loaded())
        self._balance(balancer)
        assignment: Assignment = {member_id: {} for member_id in self.member_ids}
        for topic, owners in self.owners.items():
            for partition, owner in enumerate(owners):
                partitions = assignment[self.member_ids[owner]].get(topic, frozenset())
                assignment[self.member_ids[owner]][topic] = partitions | {partition}
        return assignment

    def _sorted_topics(self, topics: Iterable[str]) -> list[str]:
        """By partitions per subscriber descending, then subscriber count, then topic."""
        def order(topic: str) -> tuple[float, int, str]:
            subscriber_count = len(self.subscribers[topic])
            return (-self.partition_counts[topic] / subscriber_count, subscriber_count, topic)
        return sorted(topics, key=order)

    def _give(self, topic: str, partition: int, member_index: int) -> None:
        previous = self.owners[topic][partition]
        if previous != -1:
            self.sizes[previous] -= 1
        self.owners[topic][partition] = member_index
        self.sizes[member_index] += 1

    def _balance(self, balancer: _MemberBalancer) -> None:
        """Sweep the shared topics until a whole sweep moves nothing (Kafka's balanceTopics)."""
        topics = self._sorted_topics(t for t, subs in self.subscribers.items() if len(subs) >= 2)
        last_rebalanced = -1
        for _ in range(_MAX_BALANCING_ROUNDS):
            for position, topic in enumerate(topics):
                if position == last_rebalanced:
                    return
                moved = self._balance_topic(topic, balancer)
                if moved > 0 or last_rebalanced == -1:
                    last_rebalanced = position

    def _balance_topic(self, topic: str, balancer: _MemberBalancer) -> int:
        """Move the topic's partitions from its most to its least loaded subscribers."""
        if balancer.initialize(self.subscribers[topic]) <= 1:
            return 0
        owners = self.owners[topic]
        # Partitions grouped by owner, so each owner gives up its highest partition first.
        partitions = sorted(range(len(owners)), key=lambda p: (owners[p], p))
        starts: dict[int, int] = {}
        ends: dict[int, int] = {}
        for position, partition in enumerate(partitions):
            starts.setdefault(owners[partition], position)
            ends[owners[partition]] = position + 1
        moved = 0
        while not balancer.is_balanced():
            most = balancer.next_most_loaded()
            while most != -1 and ends.get(most, 0) - starts.get(most, 0) <= 0:
                balancer.exclude_most_loaded()  # it has none of this topic to give up
                most = balancer.next_most_loaded()
            if most == -1:
                break
            ends[most] -= 1
            least = balancer.next_least_loaded()
            if balancer.is_balanced():
                break
            self._give(topic, partitions[ends[most]], least)
            moved += 1
        return moved


class _MemberBalancer:
    """Kafka's MemberAssignmentBalancer over one topic's subscribers, sorted by load.

    Partitions go to the least loaded range of members round-robin, one level at a time, and are
    taken from the most loaded range the same way; it is balanced once the two ranges' levels
    are at most one apart. `sizes` is the builder's list, updated as partitions move.
    """

    def __init__(self, sizes: list[int]) -> None:
        self.sizes = sizes
        self.members: list[int] = []
        self.least_end = self.least_level = self.next_least = 0
        self.most_start = self.most_end = self.most_level = self.next_most = 0

    def initialize(self, members: list[int]) -> int:
        """Reset for these members; the difference between the most and least loaded."""
        assert members, "cannot balance an empty subscriber list"
        self.members = sorted(members, key=lambda member: (self.sizes[member], member))
        lowest, highest = self.sizes[self.members[0]], self.sizes[self.members[-1]]
        self.least_end, self.least_level, self.next_least = 0, lowest - 1, 0
        self.most_start = self.most_end = len(self.members)
        self.most_level, self.next_most = highest + 1, len(self.members) - 1
        return highest - lowest

    def next_least_loaded(self) -> int:
        if self.next_least >= self.least_end:  # every member of the range got one: level up
            self.least_level += 1
            while (self.least_end < len(self.members)
                   and self.sizes[self.members[self.least_end]] == self.least_level):
                self.least_end += 1
            self.next_least = 0
        member = self.members[self.next_least]
        self.next_least += 1
        return member

    def next_most_loaded(self) -> int:
        """The next member to take a partition from, or -1 when none is left."""
        if self.next_most < self.most_start:
            if self.most_end <= self.most_start and self.most_start > 0:
                # Exclusions emptied the range: restart from the next member's level.
                self.most_level = self.sizes[self.members[self.most_start - 1]]
            else:
                self.most_level -= 1
            while (self.most_start > 0
                   and self.sizes[self.members[self.most_start - 1]] == self.most_level):
                self.most_start -= 1
            self.next_most = self.most_end - 1
        if self.next_most < 0:
            return -1
        member = self.members[self.next_most]
        self.next_most -= 1
        return member

    def exclude_most_loaded(self) -> None:
        """Drop the member `next_most_loaded` just gave from the most loaded range."""
        position = self.next_most + 1
        last = self.most_end - 1
        self.members[position], self.members[last] = self.members[last], self.members[position]
        self.most_end -= 1

    def is_balanced(self) -> bool:
        return self.most_level - self.least_level <= 1
