"""`kspec cluster`'s runtime: a controller and N brokers in one process, on one event loop.

Each broker is the same `Broker` core as `kspec broker`, in cluster mode: it replays the
controller's metadata log, holds replicas, serves its own TCP listener (consecutive ports),
fetches from the leaders it follows (`replica_fetcher`), and heartbeats to the controller
every broker.heartbeat.interval.ms. The controller is in-process: AlterPartition and
heartbeats reach it as calls, metadata reaches the brokers when this runtime replays the new
records into them (every 100 ms and after every change), as a KRaft broker fetches the log.
Faults (`ClusterActions`, driven from stdin or the control socket):
- kill: the listener and every connection drop, the broker's tasks stop, and its files keep
  only what was fsynced (`CrashableFileStorage.lose_unflushed`); the controller fences it when
  its session (broker.session.timeout.ms) expires;
- restart: re-register (a new broker epoch fences the old incarnation at once), recover the
  data directory, serve on the same port;
- stop: controlled shutdown: heartbeats asking to shut down until the controller says so
  (leadership moved away), then a clean close;
- pause/resume: nothing read, answered, ticked, fetched or heartbeated while paused;
- isolate/heal: no traffic between the broker and the controller or the other brokers; clients
  still reach it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
from dataclasses import dataclass, field

from reference.core.broker import Broker, Listener
from reference.core.cluster.controller import (
    BrokerAddress,
    ClusterController,
    leader_rebalance_interval_ms,
    partition_key,
)
from reference.core.cluster.member import ClusterMember, MarkerSender, TransactionVerifier
from reference.core.identity import load_or_create_identity
from reference.core.log_dir import LogDir
from reference.core.partition import MarkerRequest
from reference.core.replication.values import ReplicationSettings
from reference.core.transaction_verification import verify_with_coordinator
from reference.server.cluster_control import ControlError
from reference.server.durable_files import CrashableFileStorage
from reference.server.file_storage import FileStorage
from reference.server.replica_fetcher import LeaderLink
from reference.server.server import BrokerServer, now_ms
from spec.config import BrokerConfig
from spec.generated.errors import ErrorCode

log = logging.getLogger("kspec.cluster")

CONTROLLER_NODE_ID = 0
CONTROLLER_TICK_S = 0.1
FIRST_BROKER_ID = 1


def cluster_defaults(broker_count: int) -> dict[str, str]:
    """Kafka's defaults, except internal topics cannot have more replicas than brokers."""
    replicas = min(3, broker_count)
    return {"offsets.topic.replication.factor": str(replicas),
            "transaction.state.log.replication.factor": str(replicas),
            "transaction.state.log.min.isr": str(min(2, replicas))}


@dataclass(slots=True)
class Node:
    broker_id: int
    port: int
    root: str
    state: str = "new"  # running, killed, stopped
    is_paused: bool = False
    is_isolated: bool = False
    broker: Broker | None = None
    server: BrokerServer | None = None
    storage: CrashableFileStorage | None = None
    broker_epoch: int = -1
    tasks: list[asyncio.Task[None]] = field(default_factory=list)

    @property
    def member(self) -> ClusterMember:
        assert self.broker is not None and self.broker.cluster is not None, self.broker_id
        return self.broker.cluster

    @property
    def is_reachable(self) -> bool:
        return self.state == "running" and not self.is_paused and not self.is_isolated


class Cluster:
    """The controller and the brokers; implements `ClusterActions`."""

    def __init__(self, broker_count: int, base_port: int, data_dir: str,
                 overrides: dict[str, str], host: str = "127.0.0.1") -> None:
        assert broker_count >= 1, broker_count
        self.host = host
        self.data_dir = os.path.abspath(data_dir)
        self.overrides = {**cluster_defaults(broker_count), **overrides}
        self.nodes = {broker_id: Node(broker_id, base_port + index if base_port else 0,
                                      os.path.join(self.data_dir, f"broker-{broker_id}"))
                      for index, broker_id in enumerate(
                          range(FIRST_BROKER_ID, FIRST_BROKER_ID + broker_count))}
        base = BrokerConfig.from_strings(self.overrides)
        self.settings = ReplicationSettings.from_broker_config(base)
        storage = FileStorage(os.path.join(self.data_dir, "controller"))
        self.rng = random.Random(int.from_bytes(os.urandom(8), "big"))
        identity = load_or_create_identity(storage, CONTROLLER_NODE_ID, self.rng, now_ms())
        self.cluster_id = identity.cluster_id
        self.controller = ClusterController(
            storage, self.settings, now_ms(),
            session_timeout_ms=base.int_value("broker.session.timeout.ms"),
            leader_rebalance_interval_ms=leader_rebalance_interval_ms(base))
        self.heartbeat_interval_s = base.int_value("broker.heartbeat.interval.ms") / 1000
        self.ticker: asyncio.Task[None] | None = None
        self._wakeups: set[asyncio.Task[None]] = set()

    # -- life ----------------------------------------------------------------------------------

    async def start(self) -> None:
        for node in self.nodes.values():
            await self._start_node(node)
        self.ticker = asyncio.create_task(self._controller_loop())

    async def close(self) -> None:
        """Stop every running broker cleanly, then the controller."""
        if self.ticker is not None:
            self.ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.ticker
        for node in self.nodes.values():
            if node.state == "running":
                await self._stop_tasks(node)
                assert node.server is not None
                node.server.running.set()
                await node.server.stop()
                node.state = "stopped"
        self.controller.metadata_log.close(now_ms())

    def _config(self, broker_id: int) -> BrokerConfig:
        return BrokerConfig.from_strings({**self.overrides, "node.id": str(broker_id)})

    async def _start_node(self, node: Node) -> None:
        storage = CrashableFileStorage(node.root)
        node.broker_epoch = self.controller.register_broker(
            node.broker_id, BrokerAddress(self.host, node.port), now_ms())
        log_dir = LogDir(path=storage.root)
        broker = Broker(self._config(node.broker_id), storage, cluster_id=self.cluster_id,
                        rng=random.Random(self.rng.getrandbits(64)), now_ms=now_ms(),
                        log_dir=log_dir, controller=self.controller)
        assert broker.cluster is not None
        broker.cluster.broker_epoch = node.broker_epoch
        broker.cluster.marker_sender = self._marker_sender(node)
        broker.cluster.transaction_verifier = self._transaction_verifier(node)
        server = BrokerServer(broker, storage, self.host, node.port)
        bound_host, bound_port = await server.start()
        broker.listener = Listener(bound_host, bound_port)
        if node.port != bound_port:  # port 0 picked one: the controller must advertise it
            node.port = bound_port
            node.broker_epoch = self.controller.register_broker(
                node.broker_id, BrokerAddress(self.host, bound_port), now_ms())
            broker.cluster.broker_epoch = node.broker_epoch
        node.broker, node.server, node.storage = broker, server, storage
        node.state, node.is_paused = "running", False
        node.tasks = [asyncio.create_task(self._heartbeat_loop(node))]
        node.tasks += [asyncio.create_task(LeaderLink(
            broker, leader_id, self._reachable, self._after_change).run())
            for leader_id in self.nodes if leader_id != node.broker_id]
        self._heartbeat(node)
        await self._after_change()
        log.info("broker %d running on %s:%d (broker epoch %d)", node.broker_id, bound_host,
                 bound_port, node.broker_epoch)

    async def _stop_tasks(self, node: Node) -> None:
        for task in node.tasks:
            task.cancel()
        for task in node.tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        node.tasks = []

    # -- the controller's side -----------------------------------------------------------------

    def _reachable(self, follower_id: int, leader_id: int) -> bool:
        return self.nodes[follower_id].is_reachable and self.nodes[leader_id].is_reachable

    def _marker_sender(self, node: Node) -> MarkerSender:
        """WriteTxnMarkers from `node`'s transaction coordinator to a partition's leader,
        in-process; None when the two cannot reach each other now."""
        def send(topic: str, index: int, request: MarkerRequest, at_ms: int) -> ErrorCode | None:
            leader = node.member.leader_address(topic, index)
            if leader is None or not self._reachable(node.broker_id, leader[0]):
                return None
            target = self.nodes[leader[0]]
            assert target.broker is not None and target.server is not None
            error = target.broker.write_txn_marker(topic, index, request, at_ms)
            self._wakeups.add(asyncio.get_running_loop().create_task(target.server.notify()))
            return error
        return send

    def _transaction_verifier(self, node: Node) -> TransactionVerifier:
        """AddPartitionsToTxn (verify only) from `node` to the id's coordinator, in-process."""
        def verify(transactional_id: str, producer_id: int, producer_epoch: int, topic: str,
                   index: int, at_ms: int) -> ErrorCode | None:
            transactions = node.member.broker.transactions
            coordinator = node.member.leader_address(
                transactions.topic.name, transactions.coordinator.partition_for(transactional_id))
            if coordinator is None or not self._reachable(node.broker_id, coordinator[0]):
                return None
            target = self.nodes[coordinator[0]].broker
            assert target is not None
            return verify_with_coordinator(target, at_ms, transactional_id, producer_id,
                                           producer_epoch, topic, index)
        return verify

    def _heartbeat(self, node: Node, *, want_shut_down: bool = False) -> bool:
        """One heartbeat if the controller can hear it; whether it says to shut down."""
        if not node.is_reachable:
            return False
        result = self.controller.heartbeat(node.broker_id, node.broker_epoch, now_ms(),
                                           want_shut_down=want_shut_down)
        return result.should_shut_down

    async def _heartbeat_loop(self, node: Node) -> None:
        while True:
            await asyncio.sleep(self.heartbeat_interval_s)
            self._heartbeat(node)
            await self._after_change()

    async def _controller_loop(self) -> None:
        last_ms = now_ms()
        while True:
            await asyncio.sleep(CONTROLLER_TICK_S)
            if now_ms() - last_ms > self.heartbeat_interval_s * 1000:
                # The whole process stalled (one event loop: a long synchronous step), not one
                # broker: their heartbeats were as late as this tick, so they count first.
                for node in self.nodes.values():
                    self._heartbeat(node)
            last_ms = now_ms()
            try:
                fenced = self.controller.tick(now_ms())
                if fenced:
                    log.info("controller fenced broker(s) %s: session expired", fenced)
                self._wakeups = {task for task in self._wakeups if not task.done()}
                await self._after_change()
            except Exception:
                log.exception("controller tick failed")

    def _deliver_alter_partitions(self) -> None:
        for node in self.nodes.values():
            if not node.is_reachable:
                continue
            for pending in node.member.take_outbox():
                key = partition_key(pending.key.topic, pending.key.partition)
                response = self.controller.alter_partition(key, pending.request, now_ms())
                node.member.alter_partition_answered(pending, response, now_ms())

    async def _after_change(self) -> None:
        """Spread new metadata to every broker that can hear the controller; wake waiters."""
        self._deliver_alter_partitions()
        for node in self.nodes.values():
            if node.is_reachable and node.member.catch_up(now_ms()):
                assert node.server is not None
                await node.server.notify()

    # -- ClusterActions --------------------------------------------------------------------------

    def broker_ids(self) -> list[int]:
        return sorted(self.nodes)

    def _running(self, broker_id: int) -> Node:
        node = self.nodes[broker_id]
        if node.state != "running":
            raise ControlError(f"broker {broker_id} is {node.state}")
        return node

    async def kill(self, broker_id: int) -> str | None:
        node = self._running(broker_id)
        await self._stop_tasks(node)
        assert node.server is not None and node.storage is not None
        await node.server.abort()
        lost = node.storage.lose_unflushed()
        node.state, node.broker, node.server = "killed", None, None
        return (f"lost {sum(lost.lost_bytes.values())} unflushed bytes in "
                f"{len(lost.lost_bytes)} file(s), {len(lost.removed_files)} file(s) removed")

    async def restart(self, broker_id: int) -> str | None:
        node = self.nodes[broker_id]
        if node.state == "running":
            raise ControlError(f"broker {broker_id} is running")
        node.is_isolated = False
        await self._start_node(node)
        return f"broker epoch {node.broker_epoch}"

    async def stop(self, broker_id: int) -> str | None:
        node = self._running(broker_id)
        if node.is_paused or node.is_isolated:
            raise ControlError(f"broker {broker_id} cannot reach the controller")
        while not self._heartbeat(node, want_shut_down=True):
            await self._after_change()
            await asyncio.sleep(CONTROLLER_TICK_S)
        await self._stop_tasks(node)
        assert node.server is not None
        await node.server.stop()
        node.state, node.broker, node.server = "stopped", None, None
        return None

    def pause(self, broker_id: int) -> str | None:
        node = self._running(broker_id)
        node.is_paused = True
        assert node.server is not None
        node.server.running.clear()
        return None

    def resume(self, broker_id: int) -> str | None:
        node = self._running(broker_id)
        node.is_paused = False
        assert node.server is not None
        node.server.running.set()
        return None

    def isolate(self, broker_id: int) -> str | None:
        self._running(broker_id).is_isolated = True
        return None

    def heal(self, broker_id: int | None) -> str | None:
        for node in self.nodes.values():
            if broker_id is None or node.broker_id == broker_id:
                node.is_isolated = False
        return None

    def status(self) -> list[str]:
        lines = [f"controller: metadata log at {len(self.controller.records)} records, "
                 f"unfenced brokers {self.controller.unfenced_brokers()}"]
        for node in self.nodes.values():
            flags = "".join([" paused" if node.is_paused else "",
                             " isolated" if node.is_isolated else ""])
            leads: list[str] = []
            if node.state == "running":
                partitions = sorted(node.member.broker.partitions.items())
                leads = [str(key) for key, partition in partitions
                         if partition.replica is not None and partition.replica.leader is not None
                         and not key.topic.startswith("__")]
            lines.append(f"broker {node.broker_id}: {node.state}{flags} on {self.host}:"
                         f"{node.port}, leads {', '.join(leads) or 'nothing'}")
        return lines
