"""One simulated broker: its replicas, its metadata cache, and what it serves.

The broker holds a `Replica` (over a `ReplicaLog`) for each partition it is assigned, replays
the controller's metadata log into them (`apply_metadata`), runs a `ReplicaFetcher` per
partition it follows, and serves:
- followers: Fetch and OffsetForLeaderEpoch, through the replica's own checks (KIP-320);
- producers: an idempotent acks=all write of one record id. The leader first looks for the id
  in its log: a retry of a write it already holds is answered with that offset (Kafka's
  producer-state dedupe, by sequence number there) instead of appending it again. The answer
  waits, parked, until the high watermark passes the record (`replicas_reached`), the leader
  loses the epoch it wrote in (NOT_LEADER_OR_FOLLOWER) or PRODUCE_TIMEOUT_MS passes;
- consumers: records up to the leader's high watermark;
- clients' metadata requests, from the cache (which may be behind the controller).
A crash loses the unflushed records (`ReplicaLog.crash`, maybe leaving the first one torn: see
disk.py), the roles, the parked answers and every connection; a restart recovers each log (a
torn tail is cut), registers again and loads the metadata log from the start.
A read that fails (disk.py) takes the broker's log directory offline, as Kafka's
`ReplicaManager.handleLogDirFailure`: its replicas stop leading and following (fetchers stop,
metadata for them is ignored), every request for them gets KAFKA_STORAGE_ERROR, and a heartbeat
tells the controller at once, which moves leaderships and ISRs away (`handleDirectoriesOffline`).
The replicas stay offline until the broker restarts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reference.core.log.leader_epoch import LeaderEpochCache
from reference.core.mutants import ReplicationMutants
from reference.core.replication import (
    AlterPartitionRequest,
    AlterPartitionResponse,
    FetchRequest,
    FetchResponse,
    MetadataView,
    OffsetForLeaderEpochRequest,
    OffsetForLeaderEpochResponse,
    PartitionState,
    Replica,
    ReplicaLog,
)
from reference.sim.cluster.answers import ConsumeAnswer, ProduceAnswer
from reference.sim.cluster.context import ClusterContext
from reference.sim.cluster.controller_node import MetadataRecord
from reference.sim.cluster.disk import BrokerDisk
from reference.sim.cluster.fetcher import ReplicaFetcher
from reference.sim.cluster.links import CONTROLLER, broker_endpoint
from reference.sim.cluster.rpc import Caller
from reference.sim.cluster.timing import METADATA_POLL_MS, PRODUCE_TIMEOUT_MS, SETTINGS
from reference.sim.memory_storage import MemoryStorage
from spec.errors import ErrorCode

CONSUME_MAX_RECORDS = 4
METADATA_LONG_POLL_MS = 200


@dataclass(frozen=True, slots=True)
class ParkedProduce:
    partition: str
    offset: int
    leader_epoch: int
    deadline_ms: int
    reply: Callable[[ProduceAnswer], None]


class SimBroker:
    def __init__(self, broker_id: int, assignment: dict[str, tuple[int, ...]],
                 context: ClusterContext, *, uses_diverging_epoch: bool,
                 mutants: ReplicationMutants, disk: BrokerDisk) -> None:
        self.broker_id = broker_id
        self.disk = disk
        self.endpoint = broker_endpoint(broker_id)
        self.context = context
        self.uses_diverging_epoch = uses_diverging_epoch
        hosted = [name for name, replicas in assignment.items() if broker_id in replicas]
        self.logs = {name: ReplicaLog(LeaderEpochCache(MemoryStorage(), f"{name}-epochs"))
                     for name in hosted}
        self.replicas = {name: Replica(broker_id, self.logs[name], settings=SETTINGS,
                                       mutants=mutants,
                                       uses_diverging_epoch=uses_diverging_epoch)
                         for name in hosted}
        self.fetchers = {name: ReplicaFetcher(self, name) for name in hosted}
        self.caller = Caller(context.links, self.endpoint)
        self.metadata: dict[str, PartitionState] = {}
        self.metadata_offset = 0  # metadata log records applied
        self.parked: list[ParkedProduce] = []
        self.is_alive = True
        self.is_registered = True
        self.crash_count = 0
        self._metadata_fetches = 0  # the latest metadata fetch; answers to older ones are dropped

    # --- lifecycle ----------------------------------------------------------------------------

    def start(self) -> None:
        self.is_registered = True
        self.poll_metadata()

    @property
    def is_serving(self) -> bool:
        """Running, with its log directory online."""
        return self.is_alive and not self.disk.is_offline

    def crash(self) -> dict[str, int]:
        """Stop at once; the records each partition lost (unflushed)."""
        lost: dict[str, int] = {}
        for name, replica in self.replicas.items():
            before = self.logs[name].records
            lost[name] = replica.crash()
            torn = self.disk.tear(self.logs[name], before, lost[name])
            if torn is not None:
                self.context.note(f"{self.broker_id}'s crash tears {name} at offset "
                                  f"{self.logs[name].log_end_offset - 1} (r{-torn.record_id} "
                                  "half written)")
        self.is_alive = False
        self.crash_count += 1
        self.caller.forget_all()
        self.parked.clear()
        self.metadata.clear()
        self.metadata_offset = 0
        self.context.links.reset_endpoint(self.endpoint)
        return lost

    def restart(self) -> None:
        for name, replica in self.replicas.items():
            cut_at = self.disk.recover(self.logs[name])
            if cut_at is not None:
                self.context.note(f"{self.broker_id}'s recovery finds a torn record in {name} "
                                  f"at offset {cut_at} (CRC mismatch) and truncates there")
            replica.restart()
        self.disk.is_offline = False
        self.is_alive = True
        self.is_registered = False
        self._register()

    def _register(self) -> None:
        controller = self.context.controller

        def serve(reply: Callable[[None], None]) -> None:
            controller.register(self.broker_id, self.context.now_ms)
            reply(None)

        self.caller.call(CONTROLLER, "control", "register", serve,
                         lambda _: self.start(), self._register)

    def heartbeat(self) -> None:
        if not (self.is_alive and self.is_registered):
            return
        controller, offset = self.context.controller, self.metadata_offset
        is_offline = self.disk.is_offline
        self.context.links.send(self.endpoint, CONTROLLER, "control", "heartbeat",
                                lambda: controller.heartbeat(self.broker_id, offset,
                                                             self.context.now_ms,
                                                             has_offline_dir=is_offline))

    def flush(self) -> None:
        if self.is_serving and not self.disk.is_flush_stalled:
            for log in self.logs.values():
                log.flush()

    # --- metadata -----------------------------------------------------------------------------

    def wake(self) -> None:
        """A stall ends: catch up with the metadata log first (the loader applies what it
        missed as one delta), then every fetcher sends again (nothing left while stalled)."""
        if not self.is_alive:
            return
        self._metadata_fetches += 1  # an answer still on its way is now stale
        missed = tuple(self.context.controller.log[self.metadata_offset:])
        self._apply_metadata(missed)
        for name, fetcher in self.fetchers.items():
            if self.replicas[name].follower is not None:
                fetcher.restart()

    def poll_metadata(self) -> None:
        """Fetch the metadata log from where this broker is; any earlier fetch is forgotten."""
        if not self.is_alive:
            return
        self._metadata_fetches += 1
        fetch = self._metadata_fetches
        controller, offset = self.context.controller, self.metadata_offset

        def serve(reply: Callable[[tuple[MetadataRecord, ...]], None]) -> None:
            controller.park_fetch(offset, reply)

        def answered(records: tuple[MetadataRecord, ...]) -> None:
            if fetch == self._metadata_fetches:
                self._apply_metadata(records)

        def timed_out() -> None:
            if fetch == self._metadata_fetches:
                self.poll_metadata()

        self.caller.call(CONTROLLER, "metadata", "metadata fetch", serve, answered, timed_out,
                         timeout_ms=METADATA_LONG_POLL_MS)

    def _apply_metadata(self, records: tuple[MetadataRecord, ...]) -> None:
        """Apply an answer's records. A broker loading the log from its start (at boot, after a
        restart) takes only each partition's latest state, the image. Otherwise a follower
        applies each partition's records as one delta (only the latest state: KRaft's loader
        coalesces while a broker catches up, and a zombie follower may so see a new epoch with
        the same leader, KAFKA-7164's case); a broker that leads the partition before or after
        applies them in order (see docs/replication.md, "A question the model raised")."""
        is_image = self.metadata_offset == 0
        self.metadata_offset += len(records)
        views: dict[str, list[MetadataView]] = {}
        for name, view in records:
            views.setdefault(name, []).append(view)
        for name, in_order in views.items():
            self.metadata[name] = in_order[-1].partition
            replica = self.replicas.get(name)
            if replica is None or self.disk.is_offline:
                continue  # Kafka skips a delta for a partition whose replica is offline
            leads = not is_image and (replica.leader is not None or any(
                view.partition.leader == self.broker_id for view in in_order))
            for view in in_order if leads else in_order[-1:]:
                self._apply_view(name, replica, view)
            self.settle(name)
        self.context.scheduler.schedule(METADATA_POLL_MS, f"{self.endpoint} metadata poll",
                                        self.poll_metadata)

    def _apply_view(self, name: str, replica: Replica, view: MetadataView) -> None:
        role_before = replica.role
        replica.apply_metadata(view, self.context.now_ms)
        if replica.role is not role_before:
            self._note_role(name)
            if replica.follower is not None:
                self.fetchers[name].restart()

    def _note_role(self, name: str) -> None:
        replica, log = self.replicas[name], self.logs[name]
        role = ("leads" if replica.leader is not None else
                f"follows {replica.follower.leader_id}" if replica.follower is not None
                else "has no role for")
        self.context.note(f"{self.broker_id} {role} {name} at epoch {replica.leader_epoch} "
                          f"(log end {log.log_end_offset}, hw {log.high_watermark})")

    # --- serving other brokers ----------------------------------------------------------------

    def serve_fetch(self, name: str, request: FetchRequest,
                    reply: Callable[[FetchResponse], None]) -> None:
        if not self.is_alive:
            return
        replica, now_ms = self.replicas[name], self.context.now_ms
        refused = None if self.disk.is_offline else replica.refuse_fetch(request, now_ms)
        if self.disk.is_offline or (refused is None and self._read_fails(name)):
            reply(FetchResponse(ErrorCode.KAFKA_STORAGE_ERROR))
            return
        if refused is None:
            assert replica.leader is not None
            refused = replica.leader.fetch(request, now_ms)
        response, proposal = refused
        if proposal is not None:
            self.alter_partition(name, proposal)
        self.settle(name)
        reply(response)

    def serve_offset_for_leader_epoch(
            self, name: str, request: OffsetForLeaderEpochRequest,
            reply: Callable[[OffsetForLeaderEpochResponse], None]) -> None:
        if self.disk.is_offline:
            reply(OffsetForLeaderEpochResponse(ErrorCode.KAFKA_STORAGE_ERROR))
        elif self.is_alive:
            reply(self.replicas[name].handle_offset_for_leader_epoch(request))

    def _read_fails(self, name: str) -> bool:
        """Read `name`'s log: on an I/O error the log directory goes offline."""
        if not self.disk.read_fails():
            return False
        self.take_log_dir_offline(name)
        return True

    def take_log_dir_offline(self, name: str) -> None:
        """Kafka's `handleLogDirFailure`: every replica in the directory stops (fetchers,
        roles, parked produces answered KAFKA_STORAGE_ERROR) until a restart; a heartbeat tells
        the controller at once."""
        self.disk.is_offline = True
        self.context.note(f"{self.broker_id}'s read of {name} fails: its log directory goes "
                          f"offline with {', '.join(sorted(self.replicas))}")
        parked, self.parked = self.parked, []
        for waiting in parked:
            waiting.reply(ProduceAnswer(ErrorCode.KAFKA_STORAGE_ERROR))
        self.heartbeat()

    def alter_partition(self, name: str, proposal: AlterPartitionRequest) -> None:
        controller = self.context.controller

        def answered(response: AlterPartitionResponse) -> None:
            self.replicas[name].alter_partition_answered(proposal, response,
                                                          self.context.now_ms)
            self.settle(name)

        def timed_out() -> None:
            leader = self.replicas[name].leader
            if self.is_serving and leader is not None and leader.pending is proposal:
                self.alter_partition(name, proposal)  # still in flight: send it again

        self.caller.call(CONTROLLER, "control", f"AlterPartition {name}",
                         lambda reply: reply(controller.alter_partition(name, proposal)),
                         answered, timed_out)

    def tick(self) -> None:
        """The periodic ISR check, and parked produces past their deadline."""
        if not self.is_serving:
            return
        for name, replica in self.replicas.items():
            proposal = replica.tick(self.context.now_ms)
            if proposal is not None:
                self.alter_partition(name, proposal)
            self.settle(name)

    def note_follower(self, name: str, request: FetchRequest, response: FetchResponse,
                      before: tuple[int, int]) -> None:
        log = self.logs[name]
        if (log.log_end_offset, log.high_watermark) == before:
            return
        got = (f"diverging at {response.diverging_epoch}" if response.diverging_epoch
               else [record.record_id for record in response.records])
        self.context.note(f"{self.broker_id} fetches {name} at {request.fetch_offset} "
                          f"(epoch {request.current_leader_epoch}): {got} -> log end "
                          f"{log.log_end_offset}, hw {log.high_watermark}")

    # --- serving clients ----------------------------------------------------------------------

    def serve_metadata(self, reply: Callable[[dict[str, int]], None]) -> None:
        if self.is_alive:
            reply({name: state.leader for name, state in self.metadata.items()})

    def serve_produce(self, name: str, record_id: int,
                      reply: Callable[[ProduceAnswer], None]) -> None:
        if not self.is_alive:
            return
        if self.disk.is_offline:
            reply(ProduceAnswer(ErrorCode.KAFKA_STORAGE_ERROR))
            return
        replica = self.replicas.get(name)
        leader = replica.leader if replica is not None else None
        if leader is None:
            reply(ProduceAnswer(ErrorCode.NOT_LEADER_OR_FOLLOWER))
            return
        log = self.logs[name]
        offset = next((offset for offset, record in enumerate(log.records)
                       if record.record_id == record_id), None)
        if offset is None:
            result = leader.append((record_id,), acks_all=True)
            if isinstance(result, ErrorCode):
                reply(ProduceAnswer(result))
                return
            offset = result
            self.context.note(f"{self.broker_id} appends r{record_id} to {name} at {offset} "
                              f"(epoch {leader.leader_epoch})")
        now_ms = self.context.now_ms
        self.parked.append(ParkedProduce(name, offset, leader.leader_epoch,
                                         now_ms + PRODUCE_TIMEOUT_MS, reply))
        self.settle(name)

    def settle(self, name: str) -> None:
        """Answer the parked produces of `name` that are decided now."""
        still: list[ParkedProduce] = []
        for parked in self.parked:
            answer = self._decide(parked) if parked.partition == name else None
            if answer is None:
                still.append(parked)
            else:
                parked.reply(answer)
        self.parked = still

    def _decide(self, parked: ParkedProduce) -> ProduceAnswer | None:
        replica = self.replicas[parked.partition]
        leader = replica.leader
        if leader is None or leader.leader_epoch != parked.leader_epoch:
            return ProduceAnswer(ErrorCode.NOT_LEADER_OR_FOLLOWER)
        is_done, error = leader.replicas_reached(parked.offset + 1)
        if not is_done:
            late = self.context.now_ms >= parked.deadline_ms
            return ProduceAnswer(ErrorCode.REQUEST_TIMED_OUT) if late else None
        if error != ErrorCode.NONE:
            return ProduceAnswer(error)
        record = self.logs[parked.partition].record_at(parked.offset)
        assert record is not None, parked
        self.context.on_acknowledged(parked.partition, parked.offset, record)
        return ProduceAnswer(ErrorCode.NONE, parked.offset)

    def serve_consume(self, name: str, offset: int,
                      reply: Callable[[ConsumeAnswer], None]) -> None:
        if not self.is_alive:
            return
        if self.disk.is_offline:
            reply(ConsumeAnswer(ErrorCode.KAFKA_STORAGE_ERROR))
            return
        replica = self.replicas.get(name)
        if replica is None or replica.leader is None:
            reply(ConsumeAnswer(ErrorCode.NOT_LEADER_OR_FOLLOWER))
            return
        if self._read_fails(name):
            reply(ConsumeAnswer(ErrorCode.KAFKA_STORAGE_ERROR))
            return
        log = self.logs[name]
        if offset > log.log_end_offset:
            reply(ConsumeAnswer(ErrorCode.OFFSET_OUT_OF_RANGE))
            return
        high_watermark = log.high_watermark
        count = max(0, min(CONSUME_MAX_RECORDS, high_watermark - offset))
        records = log.read(offset, count)
        for index, record in enumerate(records):
            self.context.on_read(name, offset + index, record)
        reply(ConsumeAnswer(ErrorCode.NONE, records, high_watermark))
