"""One simulated broker node: the pure core over a simulated disk, which can crash and halt.

The node serves request frames exactly as the TCP shell does (`dispatch.handle_frame`) and turns
the core's outcome into what the network carries: response bytes (file regions read back from
the disk, as the shell's sendfile would), nothing (acks=0), a deferred answer, or a hang-up.

A `StorageError` escaping the core halts the node: Kafka marks the log directory offline, and a
broker with a single log directory shuts down. A failed read while sending a response (the
shell's sendfile) only closes that connection. The node comes back after a delay, recovering
from what the disk kept; a start that hits a failed read is retried later.
"""

from __future__ import annotations

import random
import struct
from collections.abc import Callable
from dataclasses import dataclass

from reference.core.broker import Broker
from reference.core.dispatch import Close, DeferBytes, SendBytes, SendNothing, handle_frame
from reference.core.partition import Partition
from reference.core.storage import FileSlice, StorageError
from reference.sim.memory_storage import MemoryStorage
from reference.sim.scheduler import Scheduler
from spec.config import SINGLE_NODE_SERVER_PROPERTIES, BrokerConfig

RESTART_RETRY_MS = 200
TICK_INTERVAL_MS = 500


@dataclass(frozen=True, slots=True)
class Hangup:
    """The node closes the connection (or is not there to answer)."""

    reason: str


Served = bytes | None | DeferBytes | Hangup


class BrokerNode:
    """A single-node broker core on `MemoryStorage`, driven by the scheduler."""

    def __init__(self, scheduler: Scheduler, node_id: int, *, overrides: dict[str, str],
                 on_down: Callable[[int, str], None], note: Callable[[str], None]) -> None:
        self.node_id = node_id
        self.scheduler = scheduler
        self._rng = scheduler.fork()
        self.storage = MemoryStorage(self._rng, clock=lambda: scheduler.now_ms)
        self._overrides = overrides
        self._on_down = on_down  # the network drops every connection to a node that goes down
        self._note = note
        self.broker: Broker | None = None
        self.crash_count = 0
        self.is_held_down = False  # a crash fault's window: no restart until it ends
        self.start()
        assert self.broker is not None, "the first start has no disk faults to fail on"
        scheduler.schedule(TICK_INTERVAL_MS, f"node {node_id} tick", self._tick)

    @property
    def is_up(self) -> bool:
        return self.broker is not None

    def start(self) -> None:
        if self.broker is not None or self.is_held_down:
            return
        config = BrokerConfig.from_strings({"node.id": str(self.node_id),
                                            **SINGLE_NODE_SERVER_PROPERTIES, **self._overrides})
        try:
            self.broker = Broker.open(config, self.storage, rng=random.Random(
                self._rng.getrandbits(64)), now_ms=self.scheduler.now_ms)
        except StorageError as error:
            self._note(f"node {self.node_id} failed to start ({error}); retrying")
            self.scheduler.schedule(RESTART_RETRY_MS, f"node {self.node_id} start", self.start)
            return
        self._note(f"node {self.node_id} started")

    def crash(self, reason: str, *, restart_after_ms: int | None) -> None:
        """Lose what the disk did not flush; come back after `restart_after_ms` (None: only when
        `start` is called)."""
        if self.broker is None:
            return
        report = self.storage.crash()
        self.broker = None
        self.crash_count += 1
        torn = f", torn tail in {', '.join(report.torn_files)}" if report.torn_files else ""
        lost = sum(report.lost_bytes.values())
        self._note(f"node {self.node_id} crashed ({reason}): {lost} unflushed bytes lost{torn}")
        self._on_down(self.node_id, reason)
        if restart_after_ms is not None:
            self.scheduler.schedule(restart_after_ms, f"node {self.node_id} start", self.start)

    def serve(self, frame: bytes, connection_id: str) -> Served:
        if self.broker is None:
            return Hangup("connection refused: the node is down")
        try:
            outcome = handle_frame(self.broker, frame, client_host="10.0.0.1",
                                   connection_id=connection_id, now_ms=self.scheduler.now_ms)
        except StorageError as error:
            self.crash(f"halted on a storage error: {error}", restart_after_ms=RESTART_RETRY_MS)
            return Hangup("the node halted")
        return self.finish(outcome)

    def settle(self, deferred: DeferBytes) -> Served:
        """Poll a deferred answer: the answer, or `deferred` itself while it is not ready."""
        now_ms = self.scheduler.now_ms
        try:
            ready = deferred.poll(now_ms, now_ms >= deferred.deadline_ms)
        except StorageError as error:
            self.crash(f"halted on a storage error: {error}", restart_after_ms=RESTART_RETRY_MS)
            return Hangup("the node halted")
        return deferred if ready is None else self.finish(ready)

    def finish(self, outcome: SendBytes | SendNothing | DeferBytes | Close) -> Served:
        if isinstance(outcome, Close):
            return Hangup(outcome.reason)
        if isinstance(outcome, SendNothing):
            return Hangup("closed after acks=0") if outcome.close_connection else None
        if isinstance(outcome, DeferBytes):
            return outcome
        try:
            data = b"".join(chunk if isinstance(chunk, bytes) else self._read_slice(chunk)
                            for chunk in outcome.chunks)
        except StorageError as error:
            return Hangup(f"failed to send file data: {error}")
        (size,) = struct.unpack_from(">i", data)
        assert size == len(data) - 4, (size, len(data))
        return data[4:]

    def _read_slice(self, chunk: object) -> bytes:
        assert isinstance(chunk, FileSlice), chunk
        return self.storage.read(chunk.path, chunk.position, chunk.size_bytes)

    def partitions(self) -> list[Partition]:
        return [] if self.broker is None else list(self.broker.partitions.values())

    def _tick(self) -> None:
        if self.broker is not None:
            try:
                self.broker.tick(self.scheduler.now_ms)
            except StorageError as error:
                self.crash(f"halted on a storage error: {error}",
                           restart_after_ms=RESTART_RETRY_MS)
        self.scheduler.schedule(TICK_INTERVAL_MS, f"node {self.node_id} tick", self._tick)
