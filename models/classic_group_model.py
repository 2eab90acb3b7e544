"""A Hypothesis state machine: clients of one classic group against the classic coordinator.

Drives `reference.core.groups.classic.ClassicGroupCoordinator` with three dynamic and two static
clients that join (KIP-394 round trip included), sync (the leader hands out assignments),
heartbeat, leave, crash (go silent, parked requests abandoned) and restart (a static member
rejoins without its member id, fencing the old one), while a virtual clock jumps forward,
often past the session or rebalance timeout.
It checks, from what the clients were told:
  GenerationMonotonic    the group's generation never goes back;
  OneLeaderPerGeneration at most one member is told it leads any one generation;
  StableMembersCurrent   every member of a Stable group was told the current generation
                         (in its own JoinGroup answer or in the leader's member list).
Run: `python -m models.classic_group_model`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    rule,
    run_state_machine_as_test,
)

from reference.core.groups.classic import ClassicGroupCoordinator
from reference.core.groups.classic_group import ClassicGroupState, Protocol
from reference.core.groups.classic_results import (
    ClassicGroupSettings,
    JoinRequest,
    JoinResult,
    Pending,
    SyncRequest,
    SyncResult,
)
from spec.errors import ErrorCode
from spec.invariants import check, generation_monotonic, one_leader_per_generation

GROUP = "model-group"
SESSION_MS = 6_000
REBALANCE_MS = 9_000
CLIENTS = ("d0", "d1", "d2", "s0", "s1")  # s*: static members (group.instance.id)
PROTOCOLS = {
    "range": (Protocol("range", b"r"),),
    "both": (Protocol("roundrobin", b"rr"), Protocol("range", b"r")),
}


@dataclass
class Client:
    name: str
    member_id: str = ""
    generation_id: int = -1
    assigns: bool = False  # a leader not told to skip the assignment (KIP-814)
    listed_members: tuple[str, ...] = ()  # the leader's member list, to assign to
    join_ticket: int | None = None
    sync_ticket: int | None = None
    protocols: str = "range"
    api_version: int = 9  # JoinGroup version: v3 skips KIP-394, v8 predates KIP-814

    @property
    def instance_id(self) -> str | None:
        return self.name if self.name.startswith("s") else None

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
        self.told: dict[str, int] = {}  # member id -> generation it was told
        self.leaders: dict[int, str] = {}  # generation -> member told it leads
        self.last_generation = 0
        self.follow_ups: list[tuple[str, str]] = []  # (action, client), as a real client reacts

    # --- rules -----------------------------------------------------------------------------

    @rule(name=st.sampled_from(CLIENTS), protocols=st.sampled_from(sorted(PROTOCOLS)),
          api_version=st.sampled_from((9, 9, 8, 3)))
    def join(self, name: str, protocols: str, api_version: int = 9) -> None:
        self.clients[name].protocols = protocols
        self.clients[name].api_version = api_version
        self._send_join(name)
        self._collect()

    def _send_join(self, name: str) -> None:
        client = self.clients[name]
        if client.is_parked:
            return
        request = JoinRequest(GROUP, client.member_id, "consumer", PROTOCOLS[client.protocols],
                              SESSION_MS, REBALANCE_MS, client.instance_id, client_id=name,
                              api_version=client.api_version)
        self._on_join(client, self.coordinator.join(request, self.now_ms))

    @rule(name=st.sampled_from(CLIENTS))
    def sync(self, name: str) -> None:
        self._send_sync(name)
        self._collect()

    def _send_sync(self, name: str) -> None:
        client = self.clients[name]
        if client.is_parked or not client.member_id or client.generation_id < 0:
            return
        assignments = tuple((member_id, member_id.encode()) for member_id in
                            client.listed_members) if client.assigns else ()
        request = SyncRequest(GROUP, client.generation_id, client.member_id, client.instance_id,
                              "consumer", None, assignments)
        answer = self.coordinator.sync(request, self.now_ms)
        if isinstance(answer, Pending):
            client.sync_ticket = answer.ticket
            self.ticket_owner[answer.ticket] = name
        else:
            self._on_sync(client, answer)

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
        client = self.clients[name]
        for ticket in (client.join_ticket, client.sync_ticket):
            if ticket is not None:
                self.ticket_owner.pop(ticket, None)
        self._forget(client)
        self.follow_ups = [entry for entry in self.follow_ups if entry[1] != name]

    @rule(name=st.sampled_from(("s0", "s1")))
    def restart_static_member(self, name: str) -> None:
        """A static member comes back without its member id (a restart): it rejoins at once."""
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
            else:
                self._send_sync(name)
        raise AssertionError("clients kept reacting to each other for 100 rounds")

    def _deliver(self, ticket: int, answer: JoinResult | SyncResult) -> None:
        owner = self.ticket_owner.pop(ticket, None)
        if owner is None:
            return  # a crashed client's request
        client = self.clients[owner]
        if isinstance(answer, JoinResult):
            client.join_ticket = None
            self._on_join(client, answer)
        else:
            client.sync_ticket = None
            self._on_sync(client, answer)

    def _on_join(self, client: Client, answer: JoinResult | Pending) -> None:
        if isinstance(answer, Pending):
            client.join_ticket = answer.ticket
            self.ticket_owner[answer.ticket] = client.name
        elif answer.error is ErrorCode.MEMBER_ID_REQUIRED:
            client.member_id = answer.member_id
            self.follow_ups.append(("join", client.name))
        elif answer.error is ErrorCode.NONE:
            client.member_id = answer.member_id
            client.generation_id = answer.generation_id
            client.assigns = (answer.leader_id == answer.member_id
                              and not answer.skip_assignment)
            client.listed_members = tuple(member.member_id for member in answer.members)
            self._told(client, answer)
            self.follow_ups.append(("sync", client.name))
        elif answer.error in (ErrorCode.UNKNOWN_MEMBER_ID, ErrorCode.FENCED_INSTANCE_ID):
            self._forget(client)

    def _told(self, client: Client, answer: JoinResult) -> None:
        self.told[answer.member_id] = answer.generation_id
        for member in answer.members:
            self.told[member.member_id] = answer.generation_id
        if answer.leader_id == answer.member_id:
            identity = client.instance_id or answer.member_id
            check("OneLeaderPerGeneration",
                  one_leader_per_generation(self.leaders, answer.generation_id, identity),
                  generation=answer.generation_id, leaders=self.leaders, told=identity)
            self.leaders[answer.generation_id] = identity

    def _on_sync(self, client: Client, answer: SyncResult) -> None:
        if answer.error in (ErrorCode.UNKNOWN_MEMBER_ID, ErrorCode.FENCED_INSTANCE_ID):
            self._forget(client)
        elif answer.error is ErrorCode.REBALANCE_IN_PROGRESS:
            self.follow_ups.append(("join", client.name))

    def _forget(self, client: Client) -> None:
        client.member_id, client.generation_id = "", -1
        client.assigns = False
        client.join_ticket = client.sync_ticket = None

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


TestClassicGroup = ClassicGroupMachine.TestCase


def main() -> None:
    run_state_machine_as_test(ClassicGroupMachine)
    print("classic group model: no invariant broken")


if __name__ == "__main__":
    main()
