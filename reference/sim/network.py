"""Simulated connections between clients and nodes: delay, resets, lost responses, partitions.

TCP is the model. On one connection, requests arrive in the order sent and responses return
in order (Kafka answers each connection in order), so nothing is duplicated or reordered
there; messages on different connections race freely, each with its own random delay. What
can go wrong is what goes wrong with TCP:
- a reset before the request arrives (the client sees a disconnect; the node saw nothing);
- a lost response: the node served the request, then the connection broke before the answer
  got back. The client sees a disconnect and retries, and that retry is how duplicates arise;
- a partition: a node is unreachable for a while; every connection to it breaks and new ones
  time out;
- a node going down drops every connection to it.
The fault knobs are changed by the simulator's fault schedule while the run goes on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reference.core.dispatch import DeferBytes
from reference.sim.node import BrokerNode, Hangup, Served
from reference.sim.scheduler import Scheduler

CONNECT_TIMEOUT_MS = 300
DEFER_POLL_MS = 20


@dataclass(slots=True)
class NetworkFaults:
    """What the network does to each message right now (the fault schedule changes these)."""

    min_delay_ms: int = 0
    max_delay_ms: int = 3
    request_loss_probability: float = 0.0
    response_loss_probability: float = 0.0
    partitioned_nodes: set[int] = field(default_factory=set)


@dataclass(slots=True)
class Connection:
    """One client's TCP connection to one node; once closed it stays closed."""

    connection_id: str
    node_id: int
    is_open: bool = True
    # Arrival times only move forward, so one connection keeps its order whatever the delays.
    last_arrival_ms: int = 0
    last_return_ms: int = 0
    waiting: list[Pending] = field(default_factory=list)


@dataclass(eq=False, slots=True)
class Pending:
    """One request waiting for its outcome; compared by identity."""

    on_response: Callable[[bytes], None]
    on_disconnect: Callable[[str], None]


class Network:
    """Carries request frames to nodes and their outcomes back, with the faults in `faults`."""

    def __init__(self, scheduler: Scheduler, *, note: Callable[[str], None]) -> None:
        self.scheduler = scheduler
        self.nodes: dict[int, BrokerNode] = {}
        self.faults = NetworkFaults()
        self._rng = scheduler.fork()
        self._connections: list[Connection] = []
        self._count = 0
        self._note = note
        self.lost_responses = 0
        self.resets = 0

    def connect(self, client: str, node_id: int) -> Connection:
        self._count += 1
        connection = Connection(f"{client}#{self._count}", node_id)
        self._connections = [c for c in self._connections if c.is_open] + [connection]
        return connection

    def close(self, connection: Connection, reason: str) -> None:
        if not connection.is_open:
            return
        connection.is_open = False
        waiting, connection.waiting = connection.waiting, []
        for pending in waiting:
            pending.on_disconnect(reason)

    def node_down(self, node_id: int, reason: str) -> None:
        for connection in [c for c in self._connections if c.node_id == node_id]:
            self.close(connection, f"node {node_id} went down ({reason})")

    def partition(self, node_id: int) -> None:
        self.faults.partitioned_nodes.add(node_id)
        for connection in [c for c in self._connections if c.node_id == node_id]:
            self.close(connection, f"node {node_id} is partitioned away")

    def heal(self, node_id: int) -> None:
        self.faults.partitioned_nodes.discard(node_id)

    def _delay_ms(self) -> int:
        return self._rng.randint(self.faults.min_delay_ms, self.faults.max_delay_ms)

    def send(self, connection: Connection, frame: bytes, on_response: Callable[[bytes], None],
             on_disconnect: Callable[[str], None]) -> None:
        """Send one request; exactly one of the callbacks runs, later (none for acks=0)."""
        if not connection.is_open:
            self.scheduler.schedule(0, "disconnected", lambda: on_disconnect("not connected"))
            return
        pending = Pending(on_response, on_disconnect)
        connection.waiting.append(pending)
        if connection.node_id in self.faults.partitioned_nodes:
            self.scheduler.schedule(CONNECT_TIMEOUT_MS, "request timeout",
                                    lambda: self.close(connection, "request timed out"))
            return
        if self._rng.random() < self.faults.request_loss_probability:
            self.resets += 1
            self.scheduler.schedule(self._delay_ms(), "reset", lambda: self.close(
                connection, "connection reset before the request arrived"))
            return
        arrival_ms = max(connection.last_arrival_ms, self.scheduler.now_ms + self._delay_ms())
        connection.last_arrival_ms = arrival_ms
        self.scheduler.schedule(arrival_ms - self.scheduler.now_ms, "deliver request",
                                lambda: self._arrive(connection, frame, pending))

    def _arrive(self, connection: Connection, frame: bytes, pending: Pending) -> None:
        if not connection.is_open:
            return
        node = self.nodes[connection.node_id]
        served = node.serve(frame, connection.connection_id)
        self._answer(connection, served, pending)

    def _answer(self, connection: Connection, served: Served, pending: Pending) -> None:
        if isinstance(served, Hangup):
            self.close(connection, served.reason)
        elif isinstance(served, DeferBytes):
            self._wait(connection, served, pending)
        elif served is not None:
            self._return(connection, served, pending)
        elif pending in connection.waiting:
            connection.waiting.remove(pending)  # acks=0: no answer will come

    def _wait(self, connection: Connection, deferred: DeferBytes, pending: Pending) -> None:
        def poll() -> None:
            if connection.is_open:
                self._answer(connection, self.nodes[connection.node_id].settle(deferred), pending)

        wait_ms = max(0, min(DEFER_POLL_MS, deferred.deadline_ms - self.scheduler.now_ms))
        self.scheduler.schedule(wait_ms, "poll deferred answer", poll)

    def _return(self, connection: Connection, data: bytes, pending: Pending) -> None:
        if self._rng.random() < self.faults.response_loss_probability:
            self.lost_responses += 1
            self._note(f"the response on {connection.connection_id} is lost")
            self.scheduler.schedule(self._delay_ms(), "reset", lambda: self.close(
                connection, "connection reset before the response arrived"))
            return
        return_ms = max(connection.last_return_ms, self.scheduler.now_ms + self._delay_ms())
        connection.last_return_ms = return_ms

        def deliver() -> None:
            if connection.is_open and pending in connection.waiting:
                connection.waiting.remove(pending)
                pending.on_response(data)

        self.scheduler.schedule(return_ms - self.scheduler.now_ms, "deliver response", deliver)
