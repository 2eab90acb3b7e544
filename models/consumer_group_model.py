"""A Hypothesis state machine: KIP-848 consumers of one group against the consumer coordinator.

Drives `reference.core.groups.consumer.ConsumerGroupCoordinator` with three dynamic and two
static clients that join (by topic names or by regex), heartbeat with the partitions they hold,
revoke what the coordinator takes away (now, or a few heartbeats later, as a slow rebalance
callback would), change subscription, leave (a static one also for now, epoch -2), crash (go
silent; the session timeout fences them on the virtual clock) and restart with their instance
id, while topics gain partitions.
It checks, from what the clients were told and the coordinator's own state:
  NoDoubleAssignment     no partition held by two live clients, nor owned twice in the group
                         (the core also asserts it on every change);
  MemberEpochMonotonic   the epoch a member id is told never goes back;
  ReplayRebuildsState    the records written so far, encoded and decoded, rebuild the same
                         group in a fresh coordinator (the same described state too);
  StableGroupOwnsAll     once every live client has reconciled (`settle` drives heartbeats on
                         the clock until the group is Stable), every partition of a subscribed
                         topic is owned by exactly one member, as its subscription allows.
Run: `python -m models.consumer_group_model`.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from reference.core.groups.consumer import ConsumerGroupCoordinator
from reference.core.groups.consumer_group import ConsumerGroup, ConsumerGroupState
from reference.core.groups.consumer_member import PartitionsById
from reference.core.groups.consumer_results import (
    ConsumerGroupSettings,
    ConsumerHeartbeatRequest,
    ConsumerHeartbeatResult,
)
from reference.core.groups.topics_view import TopicInfo
from spec.coordinator_records import CoordinatorRecord, decode_record, encode_record
from spec.errors import ErrorCode
from spec.invariants import (
    check,
    member_epoch_monotonic,
    no_double_assignment,
    subscribed_partitions_assigned,
)

GROUP = "model-group"
SESSION_MS = 10_000
HEARTBEAT_MS = 1_000
REBALANCE_MS = 5_000
CLIENTS = ("d0", "d1", "d2", "s0", "s1")  # s*: static members (group.instance.id)
TOPIC_IDS = {"audit": uuid.UUID(int=1), "orders": uuid.UUID(int=2), "payments": uuid.UUID(int=3)}
SUBSCRIPTIONS: tuple[tuple[str, tuple[str, ...] | str], ...] = (
    ("names", ("orders",)), ("names", ("orders", "payments")), ("names", ("audit", "missing")),
    ("regex", "orders|payments"), ("regex", ".*"))
SETTLE_ROUNDS = 2 * SESSION_MS // HEARTBEAT_MS + 10
SETTINGS = ConsumerGroupSettings(session_timeout_ms=SESSION_MS,
                                 heartbeat_interval_ms=HEARTBEAT_MS)

Held = dict[uuid.UUID, frozenset[int]]


@dataclass
class Client:
    """A consumer as the coordinator sees it through its heartbeats."""

    name: str
    member_id: str = ""
    epoch: int = 0
    is_joined: bool = False
    last_answer_ms: int = 0  # when the coordinator last answered its heartbeat
    is_alive: bool = True
    subscription: tuple[str, tuple[str, ...] | str] = SUBSCRIPTIONS[0]
    held: Held = field(default_factory=dict)  # partitions it consumes now
    to_revoke: Held = field(default_factory=dict)  # taken away, not yet given up

    @property
    def instance_id(self) -> str | None:
        return self.name if self.name.startswith("s") else None

    def revoke(self) -> None:
        self.held = _minus(self.held, self.to_revoke)
        self.to_revoke = {}


def _minus(left: PartitionsById, right: PartitionsById) -> Held:
    result = {topic_id: partitions - right.get(topic_id, frozenset())
              for topic_id, partitions in left.items()}
    return {topic_id: partitions for topic_id, partitions in result.items() if partitions}


class ConsumerGroupMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.coordinator = ConsumerGroupCoordinator(SETTINGS, random.Random(0))
        self.now_ms = 0
        self.topics = {name: TopicInfo(topic_id, 2) for name, topic_id in TOPIC_IDS.items()}
        self.clients = {name: Client(name) for name in CLIENTS}
        self.told_epochs: dict[str, int] = {}
        self.written: list[CoordinatorRecord] = []  # every record, as __consumer_offsets holds

    # --- talking to the coordinator --------------------------------------------------------

    def send(self, client: Client, epoch: int, *, is_full: bool = False) -> ConsumerHeartbeatResult:
        what = client.subscription[1]
        request = ConsumerHeartbeatRequest(
            GROUP, client.member_id, epoch, instance_id=client.instance_id,
            rebalance_timeout_ms=REBALANCE_MS if is_full else -1,
            subscribed_topic_names=what if is_full and isinstance(what, tuple) else None,
            subscribed_topic_regex=what if is_full and isinstance(what, str) else None,
            owned_partitions={} if epoch == 0 else dict(client.held), client_id=client.name)
        result, records = self.coordinator.heartbeat(request, self.topics, self.now_ms)
        self.written.extend(records)
        if result.error == ErrorCode.NONE and epoch >= 0:
            self._told(client, result)
        return result

    def _told(self, client: Client, result: ConsumerHeartbeatResult) -> None:
        assert result.member_id is not None
        before = self.told_epochs.get(result.member_id, result.member_epoch)
        check("MemberEpochMonotonic", member_epoch_monotonic(before, result.member_epoch),
              member_id=result.member_id, before=before, after=result.member_epoch)
        self.told_epochs[result.member_id] = result.member_epoch
        client.member_id, client.epoch = result.member_id, result.member_epoch
        client.is_joined = True
        client.last_answer_ms = self.now_ms
        if result.assignment is not None:
            # New partitions are consumed at once; lost ones only once the client revokes them.
            client.to_revoke = _minus(client.held, result.assignment)
            gained = _minus(result.assignment, client.held)
            for topic_id, partitions in gained.items():
                client.held[topic_id] = client.held.get(topic_id, frozenset()) | partitions

    def _forget(self, client: Client) -> None:
        """Fenced or gone: the client drops everything and will join again from scratch."""
        client.is_joined, client.epoch, client.held, client.to_revoke = False, 0, {}, {}
        client.member_id = ""

    def _beat(self, client: Client, *, revoke_first: bool) -> None:
        if not client.is_alive:
            return
        if not client.is_joined:
            result = self.send(client, 0, is_full=True)
            if result.error not in (ErrorCode.NONE, ErrorCode.UNRELEASED_INSTANCE_ID):
                raise AssertionError(f"join refused: {result}")
            return
        if revoke_first:
            client.revoke()
        result = self.send(client, client.epoch)
        if result.error in (ErrorCode.FENCED_MEMBER_EPOCH, ErrorCode.UNKNOWN_MEMBER_ID):
            self._forget(client)
        elif result.error != ErrorCode.NONE:
            raise AssertionError(f"heartbeat refused: {result}")

    # --- rules -------------------------------------------------------------------------------

    @rule(name=st.sampled_from(CLIENTS), subscription=st.sampled_from(SUBSCRIPTIONS))
    def join(self, name: str, subscription: tuple[str, tuple[str, ...] | str]) -> None:
        client = self.clients[name]
        if client.is_alive and not client.is_joined:
            client.subscription = subscription
            self._beat(client, revoke_first=False)

    @rule(name=st.sampled_from(CLIENTS), revoke_first=st.booleans())
    def heartbeat(self, name: str, revoke_first: bool) -> None:
        self._beat(self.clients[name], revoke_first=revoke_first)

    @rule(name=st.sampled_from(CLIENTS), subscription=st.sampled_from(SUBSCRIPTIONS))
    def change_subscription(self, name: str,
                            subscription: tuple[str, tuple[str, ...] | str]) -> None:
        client = self.clients[name]
        if not (client.is_alive and client.is_joined) or subscription[0] != client.subscription[0]:
            return  # switching between names and regex needs the other field cleared: skip
        client.subscription = subscription
        result = self.send(client, client.epoch, is_full=True)
        if result.error in (ErrorCode.FENCED_MEMBER_EPOCH, ErrorCode.UNKNOWN_MEMBER_ID):
            self._forget(client)

    @rule(name=st.sampled_from(CLIENTS), for_now=st.booleans())
    def leave(self, name: str, for_now: bool) -> None:
        client = self.clients[name]
        if not (client.is_alive and client.is_joined):
            return
        epoch = -2 if for_now and client.instance_id is not None else -1
        result = self.send(client, epoch)
        assert result.error in (ErrorCode.NONE, ErrorCode.UNKNOWN_MEMBER_ID), result
        self._forget(client)

    @rule(name=st.sampled_from(CLIENTS))
    def crash(self, name: str) -> None:
        client = self.clients[name]
        self._forget(client)
        client.is_alive = False

    @rule(name=st.sampled_from(CLIENTS))
    def restart(self, name: str) -> None:
        """The process comes back; a static one rejoins with its instance id."""
        client = self.clients[name]
        if not client.is_alive:
            client.is_alive = True
            self._beat(client, revoke_first=False)

    @rule(topic=st.sampled_from(sorted(TOPIC_IDS)))
    def topic_gains_partitions(self, topic: str) -> None:
        info = self.topics[topic]
        if info.partition_count < 6:
            self.topics[topic] = TopicInfo(info.topic_id, info.partition_count + 1)

    @rule(elapsed_ms=st.sampled_from((HEARTBEAT_MS, 4 * HEARTBEAT_MS, SESSION_MS + 1)))
    def time_passes(self, elapsed_ms: int) -> None:
        self._advance(elapsed_ms)

    def _advance(self, elapsed_ms: int) -> None:
        """A client unanswered for a session timeout knows it was fenced and stops consuming,
        as the coordinator fences it on the same clock."""
        self.now_ms += elapsed_ms
        for client in self.clients.values():
            if client.is_joined and self.now_ms - client.last_answer_ms >= SESSION_MS:
                self._forget(client)
        self.written.extend(self.coordinator.tick(self.now_ms, self.topics))

    @rule()
    def settle(self) -> None:
        """Live clients heartbeat every interval, revoking promptly, until the group is Stable
        and each holds exactly what the coordinator assigned it."""
        for _ in range(SETTLE_ROUNDS):
            for client in self.clients.values():
                self._beat(client, revoke_first=True)
            if self._is_settled():
                break
            self._advance(HEARTBEAT_MS)
        assert self._is_settled(), "the group did not settle"
        self._check_stable_group_owns_all(self._group())
        self._check_replay_rebuilds_the_group()

    # --- checks ------------------------------------------------------------------------------

    def _group(self) -> ConsumerGroup | None:
        return self.coordinator.consumer_group(GROUP)

    def _is_settled(self) -> bool:
        group = self._group()
        live = [client for client in self.clients.values() if client.is_alive]
        if group is None:
            return not any(client.is_joined for client in live)
        return group.state in (ConsumerGroupState.STABLE, ConsumerGroupState.EMPTY) and all(
            client.is_joined and client.member_id in group.members
            and client.held == dict(group.members[client.member_id].assigned_partitions)
            for client in live) and len(group.members) == len(live)

    def _check_stable_group_owns_all(self, group: ConsumerGroup | None) -> None:
        if group is None or group.state is not ConsumerGroupState.STABLE:
            return
        metadata = group.subscription_metadata
        names = {info.topic_id: name for name, info in metadata.items()}
        assignment = {member_id: {names[topic_id]: partitions
                                  for topic_id, partitions in member.assigned_partitions.items()}
                      for member_id, member in group.members.items()}
        subscriptions = {member_id: frozenset(t for t in group.member_topics(member)
                                              if t in metadata)
                         for member_id, member in group.members.items()}
        counts = {name: info.partition_count for name, info in metadata.items()}
        check("StableGroupOwnsAll",
              subscribed_partitions_assigned(assignment, subscriptions, counts),
              assignment=assignment, subscriptions=subscriptions, counts=counts)

    def _check_replay_rebuilds_the_group(self) -> None:
        """ReplayRebuildsState, checked when the group settles (after every step would cost the
        square of the run): the records, through their bytes, rebuild the same group."""
        fresh = ConsumerGroupCoordinator(SETTINGS)
        for record in self.written:
            fresh.replay(decode_record(*encode_record(record)))
        check("ReplayRebuildsState", fresh.consumer_group(GROUP) == self._group()
              and fresh.describe([GROUP], self.topics)
              == self.coordinator.describe([GROUP], self.topics),
              replayed=fresh.consumer_group(GROUP), live=self._group())

    @invariant()
    def no_partition_held_twice(self) -> None:
        held = {client.name: {str(topic_id): partitions
                              for topic_id, partitions in client.held.items()}
                for client in self.clients.values() if client.is_alive}
        check("NoDoubleAssignment", no_double_assignment(held), held=held)
        group = self._group()
        if group is not None:
            owned = {member_id: {str(topic_id): partitions
                                 for topic_id, partitions in member.owned_partitions().items()}
                     for member_id, member in group.members.items()}
            check("NoDoubleAssignment", no_double_assignment(owned), owned=owned)


if __name__ == "__main__":
    run_state_machine_as_test(ConsumerGroupMachine)
    print("consumer group model: ok")
