"""A cluster of real broker cores in one process, without sockets: what `kspec cluster` runs,
stepped by hand.

The same `ClusterController`, `Broker` (cluster mode) and request handlers as the TCP cluster;
storage is `MemoryStorage` (a crash loses what was not flushed), time is a counter the caller
moves. Replication happens when the caller says: `replicate(follower, leader)` sends one Fetch
(or OffsetForLeaderEpoch) built by the follower's core to the leader's handler and hands the
answer back; `deliver()` carries AlterPartition requests to the controller and the metadata
log to every live broker; heartbeats and session expiry go through the controller as in the
TCP shell. The Hypothesis model of the cluster (models/cluster_model.py) and tests drive it.
"""

from __future__ import annotations

import random
import struct
from dataclasses import dataclass, field
from typing import Any

from reference.core.broker import Broker
from reference.core.cluster.controller import (
    BrokerAddress,
    ClusterController,
    leader_rebalance_interval_ms,
    partition_key,
)
from reference.core.cluster.fetch_requests import (
    EARLIEST_TIMESTAMP,
    EPOCH_VERSION,
    FETCH_VERSION,
    LATEST_TIMESTAMP,
    LIST_OFFSETS_VERSION,
    epoch_request,
    fetch_request,
    offsets_request,
)
from reference.core.cluster.member import ClusterMember
from reference.core.dispatch import Close, DeferBytes, SendBytes, SendNothing, handle_frame
from reference.core.replication.values import LeaderOffsetsRequest as OffsetsQuery
from reference.core.replication.values import OffsetForLeaderEpochRequest as EpochQuery
from reference.core.replication.values import ReplicationSettings
from reference.core.storage import FileSlice
from reference.sim.memory_storage import CrashReport, MemoryStorage
from spec.config import BrokerConfig
from spec.generated.fetch import FetchResponse
from spec.generated.list_offsets import ListOffsetsResponse
from spec.generated.offset_for_leader_epoch import OffsetForLeaderEpochResponse
from spec.generated.request_header import RequestHeader
from spec.messages import decode_response, encode_request

START_MS = 1_700_000_000_000
CLUSTER_ID = "kspec-inprocess-cluster"


@dataclass(frozen=True)
class Sent:
    """A request handed to a broker and what its handlers returned (maybe a deferred answer)."""

    broker_id: int
    broker: Broker
    api_key: int
    version: int
    outcome: SendBytes | SendNothing | DeferBytes | Close


@dataclass
class CoreNode:
    broker_id: int
    storage: MemoryStorage
    broker: Broker | None = None
    broker_epoch: int = -1

    @property
    def member(self) -> ClusterMember:
        assert self.broker is not None and self.broker.cluster is not None, self.broker_id
        return self.broker.cluster

    @property
    def is_alive(self) -> bool:
        return self.broker is not None


@dataclass
class InProcessCluster:
    broker_count: int = 3
    overrides: dict[str, str] = field(default_factory=dict)
    seed: int = 7
    now_ms: int = START_MS
    correlation_id: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        # Brokers the controller cannot hear or reach: no heartbeats, no metadata (zombies
        # whose view of the cluster stops; other brokers and clients still reach them).
        self.cut_off: set[int] = set()
        base = self.config(1)
        self.controller = ClusterController(
            MemoryStorage(), ReplicationSettings.from_broker_config(base), self.now_ms,
            session_timeout_ms=base.int_value("broker.session.timeout.ms"),
            leader_rebalance_interval_ms=leader_rebalance_interval_ms(base))
        self.nodes = {broker_id: CoreNode(broker_id, MemoryStorage(random.Random(broker_id)))
                      for broker_id in range(1, self.broker_count + 1)}
        for node in self.nodes.values():
            self.start(node.broker_id)

    def config(self, broker_id: int) -> BrokerConfig:
        defaults = {"offsets.topic.replication.factor": str(min(3, self.broker_count)),
                    "transaction.state.log.replication.factor": str(min(3, self.broker_count)),
                    "transaction.state.log.min.isr": str(min(2, self.broker_count))}
        return BrokerConfig.from_strings({**defaults, **self.overrides,
                                          "node.id": str(broker_id)})

    # -- life ----------------------------------------------------------------------------------

    def start(self, broker_id: int) -> None:
        node = self.nodes[broker_id]
        assert not node.is_alive, broker_id
        node.broker_epoch = self.controller.register_broker(
            broker_id, BrokerAddress("127.0.0.1", 9091 + broker_id), self.now_ms)
        node.broker = Broker(self.config(broker_id), node.storage, cluster_id=CLUSTER_ID,
                             rng=random.Random(self.rng.getrandbits(64)), now_ms=self.now_ms,
                             controller=self.controller)
        node.member.broker_epoch = node.broker_epoch
        self.heartbeat(broker_id)
        self.deliver()

    def crash(self, broker_id: int) -> CrashReport:
        """The process dies: what was not flushed is lost; the controller learns of it only
        when the broker's session expires."""
        node = self.nodes[broker_id]
        assert node.is_alive, broker_id
        node.broker = None
        return node.storage.crash()

    def heartbeat(self, broker_id: int) -> None:
        node = self.nodes[broker_id]
        if node.is_alive:
            self.controller.heartbeat(broker_id, node.broker_epoch, self.now_ms)

    def advance(self, elapsed_ms: int, *, silent: frozenset[int] = frozenset()) -> None:
        """Time passes: broker timers (ISR shrink among them), the live brokers' heartbeats
        (but the `silent` ones'), then the controller's session check."""
        self.now_ms += elapsed_ms
        for node in self.nodes.values():
            if node.broker is not None:
                node.broker.tick(self.now_ms)
                if node.broker_id not in silent | self.cut_off:
                    self.heartbeat(node.broker_id)
        self.controller.tick(self.now_ms)
        self.deliver()

    def deliver(self) -> None:
        """AlterPartition requests to the controller, then the metadata log to every broker."""
        for node in self.nodes.values():
            if not node.is_alive or node.broker_id in self.cut_off:
                continue
            for pending in node.member.take_outbox():
                key = partition_key(pending.key.topic, pending.key.partition)
                answer = self.controller.alter_partition(key, pending.request, self.now_ms)
                node.member.alter_partition_answered(pending, answer, self.now_ms)
        for node in self.nodes.values():
            if node.is_alive and node.broker_id not in self.cut_off:
                node.member.catch_up(self.now_ms)

    # -- requests ------------------------------------------------------------------------------

    def send(self, broker_id: int, request: Any, version: int) -> Sent:
        """Hand a request to a broker's handlers; its answer may have to wait (`answer`)."""
        broker = self.nodes[broker_id].broker
        assert broker is not None, broker_id
        self.correlation_id += 1
        header = RequestHeader(request_api_key=request.API_KEY, request_api_version=version,
                               correlation_id=self.correlation_id, client_id="inprocess")
        outcome = handle_frame(broker, encode_request(header, request), client_host="127.0.0.1",
                               connection_id=f"inprocess-{broker_id}", now_ms=self.now_ms)
        return Sent(broker_id, broker, request.API_KEY, version, outcome)

    def answer(self, sent: Sent, *, at_deadline: bool = False) -> Any:
        """The decoded answer; None while a deferred one waits (unless `at_deadline`) or when
        nothing comes back (acks=0). A broker that died since answers nothing: None."""
        if self.nodes[sent.broker_id].broker is not sent.broker:
            return None
        outcome = sent.outcome
        if isinstance(outcome, DeferBytes):
            ready = outcome.poll(self.now_ms, at_deadline)
            if ready is None:
                return None
            outcome = ready
        if isinstance(outcome, SendNothing | Close):
            return None  # nothing comes back (acks=0), or the connection was closed
        assert isinstance(outcome, SendBytes), outcome
        data = b"".join(chunk if isinstance(chunk, bytes) else self._read(sent.broker, chunk)
                        for chunk in outcome.chunks)
        (size,) = struct.unpack_from(">i", data)
        assert size == len(data) - 4, (size, len(data))
        return decode_response(data[4:], sent.api_key, sent.version)[1]

    def call(self, broker_id: int, request: Any, version: int) -> Any:
        """Send and take the answer now (a deferred one as it stands, or at its deadline)."""
        sent = self.send(broker_id, request, version)
        ready = self.answer(sent)
        answer = ready if ready is not None else self.answer(sent, at_deadline=True)
        self.deliver()
        return answer

    @staticmethod
    def _read(broker: Broker, chunk: object) -> bytes:
        assert isinstance(chunk, FileSlice), chunk
        return broker.storage.read(chunk.path, chunk.position, chunk.size_bytes)

    def replicate(self, follower_id: int, leader_id: int) -> bool:
        """One fetch round from `follower_id` to `leader_id`; False if there was nothing to
        ask (not following that leader, or a broker is down)."""
        follower, leader = self.nodes[follower_id], self.nodes[leader_id]
        if not follower.is_alive or not leader.is_alive or follower_id == leader_id:
            return False
        fetches = [fetch for fetch in follower.member.follower_fetches()
                   if fetch.leader_id == leader_id]
        if not fetches:
            return False
        resets = [fetch for fetch in fetches if isinstance(fetch.request, OffsetsQuery)]
        queries = [fetch for fetch in fetches if isinstance(fetch.request, EpochQuery)]
        assert follower.broker is not None
        if resets:
            latest, earliest = (
                self.call(leader_id, offsets_request(follower.broker, resets, timestamp),
                          LIST_OFFSETS_VERSION)
                for timestamp in (LATEST_TIMESTAMP, EARLIEST_TIMESTAMP))
            assert isinstance(latest, ListOffsetsResponse), latest
            assert isinstance(earliest, ListOffsetsResponse), earliest
            follower.member.offsets_answered(resets, latest, earliest, self.now_ms)
        elif queries:
            answer = self.call(leader_id, epoch_request(follower.broker, queries),
                               EPOCH_VERSION)
            assert isinstance(answer, OffsetForLeaderEpochResponse)
            follower.member.epochs_answered(queries, answer)
        else:
            answer = self.call(leader_id, fetch_request(follower.broker, fetches),
                               FETCH_VERSION)
            assert isinstance(answer, FetchResponse)
            follower.member.fetch_answered(fetches, answer, self.now_ms)
        self.deliver()
        return True
