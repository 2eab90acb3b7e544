"""The simulated controller: Kafka's `Controller` state plus the metadata log and sessions.

Every decision of the controller (`reference.core.replication.Controller`) that changes what a
partition looks like is appended to the metadata log as that partition's new `MetadataView`;
brokers fetch the log from where they are (`fetch_metadata`), KRaft-style. Brokers register,
then heartbeat with how far they have read the log:
- a broker whose session expires (no heartbeat for SESSION_TIMEOUT_MS) is fenced: out of every
  ISR, and elections where it led;
- a fenced broker is unfenced once a heartbeat shows it has read the log up to where it was
  fenced or registered (Kafka unfences a broker caught up with the metadata log);
- a broker that registers again after a crash is fenced at once (KIP-966's unclean shutdown
  handling: its in-memory state, and maybe records, are gone). The simulator detects a crash
  when it happens, as if the session ended then, rather than SESSION_TIMEOUT_MS later;
- a broker whose heartbeat reports its log directory offline loses every leadership and ISR
  place of the replicas in it (Kafka's `handleDirectoriesOffline`; here one directory holds all
  of a broker's replicas, so that is `fence_broker`), and stays out until it registers again.
An operator's preferred leader moves (reorder the replicas, then ElectLeaders PREFERRED) are
what brings fast leader changes into a run.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from reference.core.replication import (
    AlterPartitionRequest,
    AlterPartitionResponse,
    Controller,
    Election,
    MetadataView,
)
from reference.sim.cluster.timing import METADATA_LINGER_MAX_MS, SESSION_TIMEOUT_MS, SETTINGS
from reference.sim.scheduler import Scheduler

MetadataRecord = tuple[str, MetadataView]  # (partition, its state from this record on)


class ControllerNode:
    def __init__(self, broker_ids: tuple[int, ...], partitions: dict[str, tuple[int, ...]], *,
                 note: Callable[[str], None], scheduler: Scheduler) -> None:
        self.controller = Controller(SETTINGS)
        self._scheduler = scheduler
        self._rng: random.Random = scheduler.fork()
        self.log: list[MetadataRecord] = []
        self._note = note
        self._last_logged: dict[str, MetadataView] = {}
        self.last_heartbeat_ms: dict[int, int] = {}
        self.caught_up_offset: dict[int, int] = {}  # the log offset a fenced broker must reach
        self.offline_dirs: set[int] = set()  # brokers whose log directory is offline
        self._parked: list[tuple[int, Callable[[tuple[MetadataRecord, ...]], None]]] = []
        for broker in broker_ids:
            self.controller.register_broker(broker)
            self.controller.unfence_broker(broker)
        for name, replicas in partitions.items():
            self.controller.create_partition(name, replicas)
        self._log_changes()

    def _log_changes(self) -> None:
        for name in self.controller.partitions:
            view = self.controller.view(name)
            if self._last_logged.get(name) != view:
                self._last_logged[name] = view
                self.log.append((name, view))
        if self._parked:
            parked, self._parked = self._parked, []
            # Each waiting fetch is answered after its own short linger, with whatever the log
            # holds then: changes close together reach a broker as one delta, or not.
            for from_offset, reply in parked:
                self._answer_later(from_offset, reply)

    def _answer_later(self, from_offset: int,
                      reply: Callable[[tuple[MetadataRecord, ...]], None]) -> None:
        self._scheduler.schedule(self._rng.randint(0, METADATA_LINGER_MAX_MS),
                                 "metadata answer", lambda: self.park_fetch(from_offset, reply))

    def describe(self, name: str) -> str:
        state = self.controller.partitions[name]
        return f"{name}: leader {state.leader} epoch {state.leader_epoch} ISR {sorted(state.isr)}"

    def park_fetch(self, from_offset: int,
                   reply: Callable[[tuple[MetadataRecord, ...]], None]) -> None:
        """A broker's metadata fetch from `from_offset`: answered at once when the log has
        records past it, else parked until it does (a long poll)."""
        if from_offset < len(self.log):
            reply(tuple(self.log[from_offset:]))
        else:
            self._parked.append((from_offset, reply))

    # --- brokers -----------------------------------------------------------------------------

    def register(self, broker: int, now_ms: int) -> None:
        self.offline_dirs.discard(broker)
        self._fence(broker, "registers again after a crash")
        self.last_heartbeat_ms[broker] = now_ms

    def crashed(self, broker: int) -> None:
        self._fence(broker, "crashed")

    def _fence(self, broker: int, why: str) -> None:
        before = len(self.log)
        self.controller.fence_broker(broker)
        self._log_changes()
        self.caught_up_offset[broker] = len(self.log)
        self.last_heartbeat_ms.pop(broker, None)
        if len(self.log) > before:
            changed = "; ".join(self.describe(name) for name, _ in self.log[before:])
            self._note(f"controller fences {broker} ({why}): {changed}")

    def heartbeat(self, broker: int, metadata_offset: int, now_ms: int, *,
                  has_offline_dir: bool = False) -> None:
        if has_offline_dir and broker not in self.offline_dirs:
            self.offline_dirs.add(broker)
            self._fence(broker, "its log directory is offline")
        self.last_heartbeat_ms[broker] = now_ms
        if broker in self.offline_dirs:
            return
        if (not self.controller.is_acceptable(broker)
                and metadata_offset >= self.caught_up_offset.get(broker, 0)):
            before = len(self.log)
            self.controller.unfence_broker(broker)
            self._log_changes()
            changed = "; ".join(self.describe(name) for name, _ in self.log[before:])
            self._note(f"controller unfences {broker}" + (f": {changed}" if changed else ""))

    def expire_sessions(self, now_ms: int) -> None:
        for broker, last_ms in list(self.last_heartbeat_ms.items()):
            if now_ms - last_ms > SESSION_TIMEOUT_MS and self.controller.is_acceptable(broker):
                self._fence(broker, "session expired")

    # --- partitions ------------------------------------------------------------------------

    def alter_partition(self, name: str, request: AlterPartitionRequest) -> AlterPartitionResponse:
        response = self.controller.alter_partition(name, request)
        before = len(self.log)
        self._log_changes()
        if len(self.log) > before:
            self._note(f"controller: {request.broker_id} changes the ISR to "
                       f"{sorted(request.new_isr)}: {self.describe(name)}")
        return response

    def move_leadership(self, name: str, broker: int) -> None:
        """An operator makes `broker` the preferred replica and runs a preferred election."""
        state = self.controller.partitions[name]
        order = (broker, *(replica for replica in state.replicas if replica != broker))
        self.controller.reorder_replicas(name, order)
        self.controller.elect_leaders(name, Election.PREFERRED)
        before = len(self.log)
        self._log_changes()
        if len(self.log) > before and self.controller.partitions[name].leader == broker:
            self._note(f"operator moves leadership to {broker}: {self.describe(name)}")
