"""A Hypothesis state machine: consumers of one classic group against the classic coordinator.

Drives `reference.core.groups.classic.ClassicGroupCoordinator` with three dynamic and two static
consumers (protocol type "consumer") that subscribe to some of three topics, join (KIP-394 round
trip included), sync (the leader runs the client-side `range` or `roundrobin` assignor and sends
ConsumerProtocolAssignment bytes), heartbeat, leave, crash (go silent, parked requests abandoned)
and restart (a static member rejoins without its member id, fencing the old one), while a
virtual clock jumps forward, often past the session or rebalance timeout. On a slow link a
consumer's SyncGroup trails its JoinGroup answer; a SyncGroup may also arrive late, carrying the
generation the consumer held before the last rebalance. models/classic_group_offsets_model.py
adds commits and offset resets.
It checks, from what the consumers were told:
  GenerationMonotonic    the group's generation never goes back;
  OneLeaderPerGeneration at most one member is told it leads any one generation;
  StableMembersCurrent   every member of a Stable group was told the current generation;
  AssignmentAsLeaderSent a SyncGroup answer carries what the generation's leader assigned;
  NoDoubleAssignment     no partition reaches two members in SyncGroup answers of one generation
                         (a static member counts by its instance id: a restart replaces it);
  SubscribedPartitionsAssigned  once the group is Stable and every member has its assignment,
                         every partition of every topic its members subscribed to when the
                         generation formed is owned by exactly one member. (A static member that
                         restarts into a Stable group with a new subscription keeps its old
                         assignment and causes no rebalance, as in Kafka, so its new topics may
                         stay unowned until the next rebalance.)
Consumers subscribe with ConsumerProtocolSubscription v1 and no owned partitions: the eager
protocol revokes everything before rejoining (the generation and rack fields of v2-v3 are left
out so that a rejoin with an unchanged subscription keeps its metadata).
Run: `python -m models.classic_group_model`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from models.consumer_protocol_client import (
    Owned,
    decode_assignment,
    decode_subscription,
    encode_assignment,
    encode_subscription,
    leader_assignment,
)
from reference.core.groups.classic import ClassicGroupCoordinator
from reference.core.groups.classic_group import ClassicGroupState, Protocol
from reference.core.groups.classic_results import (
    ClassicGroupSettings,
    JoinMember,
    JoinRequest,
    JoinResult,
    Pending,
    SyncRequest,
    SyncResult,
)
from spec.errors import ErrorCode
from spec.invariants import (
    assignment_as_leader_sent,
    check,
    generation_monotonic,
    no_double_assignment,
    one_leader_per_generation,
    subscribed_partitions_assigned,
)

GROUP = "model-group"
SESSION_MS = 6_000
REBALANCE_MS = 9_000
CLIENTS = ("d0", "d1", "d2", "s0", "s1")  # s*: static members (group.instance.id)
PARTITION_COUNTS = {"audit": 1, "orders": 6, "payments": 3}
SUBSCRIPTIONS = (("orders",), ("orders", "payments"), ("audit", "payments"),
                 ("audit", "orders", "payments"))
ASSIGNORS = {"range": ("range",), "both": ("roundrobin", "range")}  # in order of preference

# --- the machine ----------------------------------------------------------------------------------

@dataclass
class Client:
    name: str
    member_id: str = ""
    generation_id: int = -1
    assigns: bool = False  # a leader not told to skip the assignment (KIP-814)
    listed_members: tuple[JoinMember, ...] = ()  # the leader's member list, to assign to
    protocol_name: str = ""  # the group's protocol, from the last JoinGroup answer
    join_ticket: int | None = None
    sync_ticket: int | None = None
    protocols: str = "range"
    topics: tuple[str, ...] = SUBSCRIPTIONS[0]
    api_version: int = 9  # JoinGroup version: v3 skips KIP-394, v8 predates KIP-814
    is_link_slow: bool = False  # its SyncGroup goes out only when the `sync` rule sends it
    assignment: Owned = field(default_factory=dict)  # the last assignment it received
    previous_generation_id: int = -1  # the generation it held before its last rebalance

    @property
    def instance_id(self) -> str | None:
        return self.name if self.name.startswith("s") else None

    @property
    def identity(self) -> str:
        return self.instance_id or self.member_id

    @property
    def is_parked(self) -> bool:
        return self.join_ticket is not None or self.sync_ticket is not None


class ClassicGroupMachine(RuleBasedStateMachine):
    coordinator_class = ClassicGroupCoordinator  # tests swap in a broken one to see it caught

    def __init__(self) -> None:
        super().__init__()
        settings = ClassicGroupSettings(min_session_timeout_ms=1_000,
                                        initial_rebalance_delay_ms=1_000)
        self.coordinator = self.coordinator_class(settings, random.Random(0))
        self.now_ms = 0
        self.clients = {name: Client(name) for name in CLIENTS}
        self.ticket_owner: dict[int, str] = {}
        self.sync_generation: dict[int, int] = {}  # SyncGroup ticket -> generation it asked
        self.told: dict[str, int] = {}  # member id -> generation it was told
        self.leaders: dict[int, str] = {}  # generation -> member told it leads
        self.last_generation = 0
        # generation -> identity -> (member id, partitions) each member was sent in SyncGroup
        self.received: dict[int, dict[str, tuple[str, Owned]]] = {}
        # generation -> identity -> assignment bytes its leader sent in an accepted SyncGroup
        self.sent: dict[int, dict[str, bytes]] = {}
        # generation -> identity -> topics, as the generation's leader was told them
        self.subscribed: dict[int, dict[str, frozenset[str]]] = {}
        self.follow_ups: list[tuple[str, str]] = []  # (action, client), as a real client reacts

    # --- rules -----------------------------------------------------------------------------

    @rule(name=st.sampled_from(CLIENTS), protocols=st.sampled_from(sorted(ASSIGNORS)),
          api_version=st.sampled_from((9, 9, 8, 3)), topics=st.sampled_from(SUBSCRIPTIONS))
    def join(self, name: str, protocols: str, api_version: int = 9,
             topics: tuple[str, ...] | None = None) -> None:
        client = self.clients[name]
        if not client.is_parked:  # a parked JoinGroup already carries its subscription
            client.protocols, client.api_version = protocols, api_version
            client.topics = client.topics if topics is None else topics
            self._send_join(name)
        self._collect()

    def _send_join(self, name: str) -> None:
        client = self.clients[name]
        if client.is_parked:
            return
        metadata = encode_subscription(client.topics)
        protocols = tuple(Protocol(assignor, metadata) for assignor in ASSIGNORS[client.protocols])
        request = JoinRequest(GROUP, client.member_id, "consumer", protocols, SESSION_MS,
                              REBALANCE_MS, client.instance_id, client_id=name,
                              api_version=client.api_version)
        self._on_join(client, self.coordinator.join(request, self.now_ms))

    @rule(name=st.sampled_from(CLIENTS))
    def sync(self, name: str) -> None:
        client = self.clients[name]
        if not client.is_parked:
            self._send_sync(name, client.generation_id)
        self._collect()

    @rule(name=st.sampled_from(CLIENTS), is_slow=st.booleans())
    def link_speed_changes(self, name: str, is_slow: bool) -> None:
        """On a slow link a consumer's SyncGroup trails its JoinGroup answer: other rules
        (commits, timeouts, crashes) run in between."""
        self.clients[name].is_link_slow = is_slow

    def _rebalanced(self) -> list[Client]:
        return [client for client in self.clients.values()
                if client.member_id and client.previous_generation_id >= 0]

    @precondition(lambda self: bool(self._rebalanced()))
    @rule(who=st.integers(0, len(CLIENTS) - 1))
    def late_sync(self, who: int) -> None:
        """A SyncGroup a consumer sent in its previous generation (a retry in flight across the
        rebalance) arrives only now; its answer is for that generation."""
        rebalanced = self._rebalanced()
        client = rebalanced[who % len(rebalanced)]
        self._send_sync(client.name, client.previous_generation_id)
        self._collect()

    def _send_sync(self, name: str, generation_id: int) -> None:
        client = self.clients[name]
        if not client.member_id or generation_id < 0:
            return
        is_current = generation_id == client.generation_id
        assignments: tuple[tuple[str, bytes], ...] = ()
        if client.assigns and is_current:
            assignments = tuple(
                (member_id, encode_assignment(owned)) for member_id, owned in
                leader_assignment(client.protocol_name, client.listed_members,
                                  PARTITION_COUNTS).items())
        request = SyncRequest(GROUP, generation_id, client.member_id, client.instance_id,
                              "consumer", None, assignments)
        answer = self.coordinator.sync(request, self.now_ms)
        if assignments and (isinstance(answer, Pending) or answer.error is ErrorCode.NONE):
            self._sent(client, generation_id, dict(assignments))
        if isinstance(answer, Pending):
            if is_current:
                client.sync_ticket = answer.ticket
            self.ticket_owner[answer.ticket] = name
            self.sync_generation[answer.ticket] = generation_id
        else:
            self._on_sync(client, answer, generation_id)

    @rule(name=st.sampled_from(CLIENTS))
    def heartbeat(self, name: str) -> None:
        client = self.clients[name]
        if not client.member_id:
            return
        error = self.coordinator.heartbeat(group_id=GROUP, generation_id=client.generation_id,
                                           member_id=client.member_id,
                                           group_instance_id=client.instance_id,
                                           now_ms=self.now_ms)
        if error in (ErrorCode.UNKNOWN_MEMBER_ID, ErrorCode.FENCED_INSTANCE_ID):
            self._forget(client)
        elif error is ErrorCode.REBALANCE_IN_PROGRESS:
            self.follow_ups.append(("join", name))
        self._collect()

    @rule(name=st.sampled_from(CLIENTS))
    def leave(self, name: str) -> None:
        client = self.clients[name]
        if not client.member_id or client.is_parked:
            return
        self.coordinator.leave(group_id=GROUP, members=[(client.member_id, client.instance_id)],
                               now_ms=self.now_ms)
        self._forget(client)
        self._collect()

    @rule(name=st.sampled_from(CLIENTS))
    def crash(self, name: str) -> None:
        """The process dies: its parked requests are never read; only time removes it."""
        for ticket, owner in list(self.ticket_owner.items()):
            if owner == name:
                del self.ticket_owner[ticket]
        self._forget(self.clients[name])
        self.follow_ups = [entry for entry in self.follow_ups if entry[1] != name]

    @rule(name=st.sampled_from(("s0", "s1")))
    def restart_static_member(self, name: str) -> None:
        """A static member comes back without its member id (a restart): it rejoins at once,
        with the same subscription."""
        self.crash(name)
        self.join(name, "range", self.clients[name].api_version)

    @rule(elapsed_ms=st.sampled_from((100, 1_000, 3_000, SESSION_MS + 1, REBALANCE_MS + 1)))
    def time_passes(self, elapsed_ms: int) -> None:
        self.now_ms += elapsed_ms
        self.coordinator.tick(self.now_ms)
        self._collect()

    # --- what the clients are told ---------------------------------------------------------

    def _collect(self) -> None:
        """Deliver parked answers and let clients react, until nothing more happens now."""
        for _ in range(100):
            for ticket, answer in self.coordinator.completed(self.now_ms).items():
                self._deliver(ticket, answer)
            if not self.follow_ups:
                return
            action, name = self.follow_ups.pop(0)
            if action == "join":
                self._send_join(name)
            elif not self.clients[name].is_parked:
                self._send_sync(name, self.clients[name].generation_id)
        raise AssertionError("clients kept reacting to each other for 100 rounds")

    def _deliver(self, ticket: int, answer: JoinResult | SyncResult) -> None:
        owner = self.ticket_owner.pop(ticket, None)
        generation_id = self.sync_generation.pop(ticket, -1)
        if owner is None:
            return  # a crashed client's request
        client = self.clients[owner]
        if isinstance(answer, JoinResult):
            client.join_ticket = None
            self._on_join(client, answer)
        else:
            if client.sync_ticket == ticket:
                client.sync_ticket = None
            self._on_sync(client, answer, generation_id)

    def _on_join(self, client: Client, answer: JoinResult | Pending) -> None:
        if isinstance(answer, Pending):
            client.join_ticket = answer.ticket
            self.ticket_owner[answer.ticket] = client.name
        elif answer.error is ErrorCode.MEMBER_ID_REQUIRED:
            client.member_id = answer.member_id
            self.follow_ups.append(("join", client.name))
        elif answer.error is ErrorCode.NONE:
            client.member_id = answer.member_id
            if 0 <= client.generation_id != answer.generation_id:
                client.previous_generation_id = client.generation_id
            client.generation_id = answer.generation_id
            client.assigns = (answer.leader_id == answer.member_id
                              and not answer.skip_assignment)
            client.listed_members = answer.members
            client.protocol_name = answer.protocol_name or ""
            self._told(client, answer)
            if not client.is_link_slow:
                self.follow_ups.append(("sync", client.name))
        elif answer.error in (ErrorCode.UNKNOWN_MEMBER_ID, ErrorCode.FENCED_INSTANCE_ID):
            self._forget(client)

    def _told(self, client: Client, answer: JoinResult) -> None:
        self.told[answer.member_id] = answer.generation_id
        for member in answer.members:
            self.told[member.member_id] = answer.generation_id
        if answer.members:  # the first list of a generation is the one its leader assigns from
            self.subscribed.setdefault(answer.generation_id, {
                member.group_instance_id or member.member_id: decode_subscription(member.metadata)
                for member in answer.members})
        if answer.leader_id == answer.member_id:
            check("OneLeaderPerGeneration",
                  one_leader_per_generation(self.leaders, answer.generation_id, client.identity),
                  generation=answer.generation_id, leaders=self.leaders, told=client.identity)
            self.leaders[answer.generation_id] = client.identity

    def _on_sync(self, client: Client, answer: SyncResult, generation_id: int) -> None:
        if answer.error is ErrorCode.NONE:
            self._received(client, decode_assignment(answer.assignment), generation_id)
            sent = self.sent.get(generation_id)
            if sent is not None:
                check("AssignmentAsLeaderSent",
                      assignment_as_leader_sent(sent, client.identity, answer.assignment),
                      generation=generation_id, member=client.identity, sent=sent,
                      received=answer.assignment)
        elif generation_id != client.generation_id:
            return  # a late answer to a request the client has moved past
        elif answer.error in (ErrorCode.UNKNOWN_MEMBER_ID, ErrorCode.FENCED_INSTANCE_ID):
            self._forget(client)
        elif answer.error is ErrorCode.REBALANCE_IN_PROGRESS:
            self.follow_ups.append(("join", client.name))

    def _sent(self, leader: Client, generation_id: int, assignments: dict[str, bytes]) -> None:
        # Only the first accepted one counts: a Stable group ignores a leader's later SyncGroups.
        self.sent.setdefault(generation_id, {
            member.group_instance_id or member.member_id: assignments.get(member.member_id, b"")
            for member in leader.listed_members})

    def _received(self, client: Client, owned: Owned, generation_id: int) -> None:
        receipts = self.received.setdefault(generation_id, {})
        receipts[client.identity] = (client.member_id, owned)
        by_identity = {identity: owned for identity, (_, owned) in receipts.items()}
        check("NoDoubleAssignment", no_double_assignment(by_identity),
              generation=generation_id, assignments=by_identity)
        if generation_id == client.generation_id:
            client.assignment = owned

    def _forget(self, client: Client) -> None:
        client.member_id, client.generation_id = "", -1
        client.assigns = False
        client.join_ticket = client.sync_ticket = None
        client.assignment, client.previous_generation_id = {}, -1

    # --- invariants ------------------------------------------------------------------------

    @invariant()
    def generation_monotonic(self) -> None:
        group = self.coordinator.group(GROUP)
        generation_id = group.generation_id if group is not None else 0
        check("GenerationMonotonic", generation_monotonic(self.last_generation, generation_id),
              before=self.last_generation, after=generation_id)
        self.last_generation = generation_id

    @invariant()
    def stable_members_have_the_current_generation(self) -> None:
        group = self.coordinator.group(GROUP)
        if group is None or group.state is not ClassicGroupState.STABLE:
            return
        stale = {member_id: self.told.get(member_id) for member_id in group.members
                 if self.told.get(member_id) != group.generation_id}
        check("StableMembersCurrent", not stale, generation=group.generation_id, stale=stale)

    @invariant()
    def stable_group_owns_every_subscribed_partition_once(self) -> None:
        """Checked once every member of a Stable group has been sent its assignment."""
        group = self.coordinator.group(GROUP)
        if group is None or group.state is not ClassicGroupState.STABLE:
            return
        receipts = self.received.get(group.generation_id, {})
        joined = self.subscribed.get(group.generation_id, {})
        owned: dict[str, Owned] = {}
        subscriptions: dict[str, frozenset[str]] = {}
        for member_id, member in group.members.items():
            identity = member.group_instance_id or member_id
            receipt = receipts.get(identity)
            if receipt is None or receipt[0] != member_id:
                return
            owned[identity] = receipt[1]
            subscriptions[identity] = joined.get(identity, frozenset())
        check("SubscribedPartitionsAssigned",
              subscribed_partitions_assigned(owned, subscriptions, PARTITION_COUNTS),
              generation=group.generation_id, owned=owned, subscriptions=subscriptions)


TestClassicGroup = ClassicGroupMachine.TestCase


def main() -> None:
    run_state_machine_as_test(ClassicGroupMachine)
    print("classic group model: no invariant broken")


if __name__ == "__main__":
    main()
