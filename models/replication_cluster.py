"""Three replicas of one partition and a controller, driven in memory through the replication
core (reference/core/replication/) one plain-worded step at a time; the harness under
models/replication_model.py and the mutant traces in tests/test_replication_mutants.py.
After every step it checks LeaderInIsr, HighWatermarkMonotonic, LeaderEpochMonotonic and the data
invariants StrongIsr, LogMatching, NoCommittedRecordLost, ConsistentRead (spec/invariants.py).
"""

from __future__ import annotations

from itertools import combinations

from reference.core.log.leader_epoch import LeaderEpochCache
from reference.core.mutants import ReplicationMutants
from reference.core.replication import (
    AlterPartitionRequest,
    Controller,
    Election,
    FetchRequest,
    MetadataView,
    Record,
    Replica,
    ReplicaLog,
    ReplicationSettings,
)
from reference.sim.memory_storage import MemoryStorage
from spec.errors import ErrorCode
from spec.invariants import (
    InvariantViolated,
    check,
    consistent_read,
    high_watermark_monotonic,
    leader_in_isr,
    log_matching,
    no_committed_record_lost,
    strong_isr,
)

PARTITION = "orders-0"
SETTINGS = ReplicationSettings(min_insync_replicas=2)
CATCH_UP_FETCHES = 4  # truncation (OffsetForLeaderEpoch, twice with KIP-279), records, report
REPLICATION_MUTANTS = ("truncate-to-high-watermark", "kip-101-epoch-lookup-without-tail-match",
                       "kip-279-without-fencing", "hw-from-stale-epoch-follower",
                       "truncate-only-on-leader-change")


class Cluster:
    """Three replicas and a controller, stepped by hand; `trace` says what happened."""

    def __init__(self, mutants_on: ReplicationMutants | None = None, *,
                 uses_diverging_epoch: bool = True, replica_count: int = 3) -> None:
        self.controller = Controller(SETTINGS)
        self.replicas = [
            Replica(broker, ReplicaLog(LeaderEpochCache(MemoryStorage(), "leader-epoch")),
                    settings=SETTINGS, mutants=mutants_on,
                    uses_diverging_epoch=uses_diverging_epoch)
            for broker in range(replica_count)]
        for broker in range(replica_count):
            self.controller.register_broker(broker)
            self.controller.unfence_broker(broker)
        self.controller.create_partition(PARTITION, tuple(range(replica_count)))
        # The metadata log: every state the partition went through, replayed in order by each
        # broker (`applied` is how far each got).
        self.history: list[MetadataView] = [self.controller.view(PARTITION)]
        self.applied = [-1] * replica_count
        self.now_ms = 1_700_000_000_000  # wall-clock: a follower never caught up (0) is long behind
        self.next_record_id = 0
        self.pending: list[tuple[int, Record, int, int]] = []  # offset, record, leader, epoch
        self.acknowledged: dict[int, Record] = {}
        self.consumed: dict[int, Record] = {}  # offset -> what a consumer read there
        self.stalled: set[int] = set()
        self.is_beyond_tolerance = False
        self.last_high_watermarks: dict[tuple[int, int], int] = {}
        self.trace: list[str] = []
        for broker in range(replica_count):
            self.deliver_metadata(broker)

    def say(self, line: str) -> None:
        self.trace.append(line)

    # --- client and replica steps -------------------------------------------------------------

    def produce(self) -> ErrorCode | int:
        """A producer with acks=all sends one record to the leader the controller names."""
        leader_id = self.controller.partitions[PARTITION].leader
        replica = self.replicas[leader_id] if leader_id >= 0 else None
        if replica is None or not replica.is_alive or replica.leader is None:
            self.say(f"produce: no leader takes it (controller names {leader_id})")
            return ErrorCode.NOT_LEADER_OR_FOLLOWER
        if leader_id in self.stalled:
            self.say(f"produce: leader {leader_id} is stalled, the request times out")
            return ErrorCode.REQUEST_TIMED_OUT
        record_id, self.next_record_id = self.next_record_id, self.next_record_id + 1
        result = replica.leader.append((record_id,), acks_all=True)
        if isinstance(result, ErrorCode):
            self.say(f"produce r{record_id} to {leader_id}: {result.name}")
            return result
        record = Record(replica.leader_epoch, record_id)
        self.pending.append((result, record, leader_id, replica.leader_epoch))
        self.say(f"produce r{record_id} to {leader_id}: offset {result} epoch {record.epoch}")
        return result

    def fetch(self, broker: int) -> None:
        """The follower sends what it would send its leader now, and takes the answer."""
        replica = self.replicas[broker]
        follower = replica.follower if replica.is_alive else None
        if follower is None or {broker, follower.leader_id} & self.stalled:
            return
        target = self.replicas[follower.leader_id]
        request = follower.next_request()
        if request is None or not target.is_alive:
            return
        if isinstance(request, FetchRequest):
            response, proposal = target.handle_fetch(request, self.now_ms)
            follower.fetch_answered(request, response)
            if proposal is not None:
                self._alter_partition(target, proposal)
            got = response.diverging_epoch or [record.record_id for record in response.records]
            self.say(f"{broker} fetches from {target.broker_id} at {request.fetch_offset} "
                     f"(epoch {request.current_leader_epoch}, last {request.last_fetched_epoch}):"
                     f" {response.error.name} {got} hw {response.high_watermark}"
                     f" -> log end {replica.log.log_end_offset} hw {replica.log.high_watermark}")
        else:
            answer = target.handle_offset_for_leader_epoch(request)
            follower.offset_for_leader_epoch_answered(request, answer)
            self.say(f"{broker} asks {target.broker_id} where epoch {request.leader_epoch} ends:"
                     f" {answer.error.name} {answer.end} -> log end {replica.log.log_end_offset}")

    def _alter_partition(self, leader: Replica, proposal: AlterPartitionRequest) -> None:
        response = self.controller.alter_partition(PARTITION, proposal)
        self._log_metadata()
        leader.alter_partition_answered(proposal, response, self.now_ms)
        self.say(f"  {leader.broker_id} proposes ISR {sorted(proposal.new_isr)}: "
                 f"{response.error.name}")

    def _log_metadata(self) -> None:
        view = self.controller.view(PARTITION)
        if view != self.history[-1]:
            self.history.append(view)

    def deliver_metadata(self, broker: int) -> None:
        """The broker replays the metadata log up to its end, one record at a time."""
        replica = self.replicas[broker]
        if not replica.is_alive or broker in self.stalled \
                or self.applied[broker] == len(self.history) - 1:
            return
        for index in range(self.applied[broker] + 1, len(self.history)):
            replica.apply_metadata(self.history[index], self.now_ms)
        self.applied[broker] = len(self.history) - 1
        state = self.history[-1].partition
        self.say(f"{broker} learns leader {state.leader} epoch {state.leader_epoch} "
                 f"ISR {sorted(state.isr)}")

    def deliver_latest_metadata(self, broker: int) -> None:
        """The broker, behind, applies the records it missed as one delta: it sees only the
        latest state (as KRaft's metadata loader coalesces batches while catching up)."""
        self.applied[broker] = max(self.applied[broker], len(self.history) - 2)
        self.deliver_metadata(broker)

    def fence(self, broker: int) -> None:
        self.controller.fence_broker(broker)
        self._log_metadata()
        self.say(f"controller fences {broker}: {self._describe()}")

    def unfence(self, broker: int) -> None:
        if self.replicas[broker].is_alive:
            self.controller.unfence_broker(broker)
            self._log_metadata()
            self.say(f"controller unfences {broker}: {self._describe()}")

    def move_leadership(self, broker: int) -> ErrorCode:
        """Reorder the replicas so `broker` is preferred, then a preferred election."""
        state = self.controller.partitions[PARTITION]
        order = (broker, *(replica for replica in state.replicas if replica != broker))
        self.controller.reorder_replicas(PARTITION, order)
        self._log_metadata()
        error = self.controller.elect_leaders(PARTITION, Election.PREFERRED)
        self._log_metadata()
        self.say(f"leadership to {broker}: {error.name}: {self._describe()}")
        return error

    def crash(self, broker: int) -> None:
        """The broker stops and loses unflushed records; its session ends (fenced) at once."""
        replica = self.replicas[broker]
        if not replica.is_alive:
            return
        alone = self.controller.partitions[PARTITION].isr == {broker}
        committed_end = max([replica.log.high_watermark,
                             *(offset + 1 for offset in self.acknowledged)])
        lost = replica.crash()
        self.stalled.discard(broker)
        if alone and replica.log.log_end_offset < committed_end:
            self.is_beyond_tolerance = True  # the only in-sync copy lost committed records
        self.controller.fence_broker(broker)
        self._log_metadata()
        self.say(f"{broker} crashes, losing {lost} unflushed records: {self._describe()}")

    def restart(self, broker: int) -> None:
        """The broker comes back, replays the metadata log and is unfenced."""
        replica = self.replicas[broker]
        if not replica.is_alive:
            replica.restart()
            self.say(f"{broker} restarts with log end {replica.log.log_end_offset}")
            self.deliver_latest_metadata(broker)  # it loads the latest image on start
            self.unfence(broker)

    def stall(self, broker: int) -> None:
        """The broker stops sending and answering anything and hears no metadata (a long GC
        pause, a stuck disk) while its heartbeats still keep it unfenced, as for a zombie."""
        if self.replicas[broker].is_alive and broker not in self.stalled:
            self.stalled.add(broker)
            self.say(f"{broker} stalls")

    def resume(self, broker: int) -> None:
        """The stalled broker runs again and catches up with the metadata log it missed: as one
        delta (KRaft's loader coalesces batches while behind) if it is to follow, record by
        record if it is to lead (docs/replication.md, "A question the model raised")."""
        if broker not in self.stalled:
            return
        self.stalled.discard(broker)
        self.say(f"{broker} resumes")
        if self.history[-1].partition.leader == broker:
            self.deliver_metadata(broker)
        else:
            self.deliver_latest_metadata(broker)

    def consume(self, broker: int) -> None:
        """A consumer whose metadata names `broker` as leader reads everything below its high
        watermark (a replica that still believes it leads serves a consumer with old metadata)."""
        replica = self.replicas[broker]
        if not replica.is_alive or replica.leader is None or broker in self.stalled:
            return
        read = replica.model_log.records[:replica.log.high_watermark]
        check("ConsistentRead", consistent_read(self.consumed, read, len(read)), leader=broker,
              consumed=self.consumed, read=read)
        self.consumed.update(enumerate(read))
        self.say(f"a consumer reads {[record.record_id for record in read]} from {broker}")

    def replication_round(self, *order: int) -> None:
        """Every follower fetches once, in `order` (the usual progress between faults)."""
        for broker in order:
            self.fetch(broker)

    def followers_catch_up(self, *skipped: int) -> None:
        """A quiet spell: each follower fetches until it has the leader's log end and has
        reported it (at most `CATCH_UP_FETCHES` requests each), so the HW can move."""
        for broker in range(len(self.replicas)):
            for _ in range(CATCH_UP_FETCHES if broker not in skipped else 0):
                if self._is_caught_up(broker):
                    break
                self.fetch(broker)

    def _is_caught_up(self, broker: int) -> bool:
        follower = self.replicas[broker].follower
        if follower is None or not self.replicas[follower.leader_id].is_alive:
            return True
        target = self.replicas[follower.leader_id]
        progress = target.leader.followers.get(broker) if target.leader is not None else None
        return progress is None or progress.log_end_offset == target.log.log_end_offset

    def metadata_reaches_all(self, *skipped: int) -> None:
        for broker in range(len(self.replicas)):
            if broker not in skipped:
                self.deliver_metadata(broker)

    def flush(self, broker: int) -> None:
        self.replicas[broker].model_log.flush()

    def tick(self, elapsed_ms: int) -> None:
        self.now_ms += elapsed_ms
        self.say(f"{elapsed_ms} ms pass")
        for replica in self.replicas:
            if replica.broker_id in self.stalled:
                continue
            proposal = replica.tick(self.now_ms)
            if proposal is not None:
                self._alter_partition(replica, proposal)

    def _describe(self) -> str:
        state = self.controller.partitions[PARTITION]
        return f"leader {state.leader} epoch {state.leader_epoch} ISR {sorted(state.isr)}"

    # --- acknowledgements and invariants ------------------------------------------------------

    def complete_produces(self) -> None:
        """acks=all answers: done once the leader of that epoch saw the HW pass the record."""
        still: list[tuple[int, Record, int, int]] = []
        for offset, record, leader_id, epoch in self.pending:
            replica = self.replicas[leader_id]
            leader = replica.leader if replica.is_alive else None
            if leader is None or leader.leader_epoch != epoch:
                continue  # NOT_LEADER_OR_FOLLOWER: never acknowledged
            if leader_id in self.stalled:
                still.append((offset, record, leader_id, epoch))
                continue
            is_done, error = leader.replicas_reached(offset + 1)
            if not is_done:
                still.append((offset, record, leader_id, epoch))
            elif error == ErrorCode.NONE:
                self.acknowledged[offset] = record
                self.say(f"  r{record.record_id} at {offset} acknowledged")
        self.pending = still

    def check_invariants(self) -> None:
        state = self.controller.partitions[PARTITION]
        check("LeaderInIsr", leader_in_isr(state.leader, state.isr), partition=state)
        self._check_high_watermarks()
        if self.is_beyond_tolerance:
            return
        logs = {replica.broker_id: replica.model_log.records for replica in self.replicas}
        isr_logs = {broker: logs[broker] for broker in state.isr}
        leader = self.replicas[state.leader] if state.leader >= 0 else None
        if leader is not None and leader.is_alive and leader.leader is not None \
                and leader.leader_epoch == state.leader_epoch:
            committed = leader.model_log.records[:leader.log.high_watermark]
            check("StrongIsr", strong_isr(committed, isr_logs), leader=state.leader,
                  committed=committed, isr_logs=isr_logs)
        check("NoCommittedRecordLost", no_committed_record_lost(self.acknowledged, isr_logs),
              acknowledged=self.acknowledged, isr_logs=isr_logs)
        for replica in self.replicas:
            check("ConsistentRead", consistent_read(self.consumed, replica.model_log.records,
                                                    replica.log.high_watermark),
                  replica=replica.broker_id, consumed=self.consumed, log=logs[replica.broker_id],
                  high_watermark=replica.log.high_watermark)
        for one, other in combinations(self.replicas, 2):
            check("LogMatching", log_matching(one.model_log.records, one.log.high_watermark,
                                              other.model_log.records, other.log.high_watermark),
                  replicas=(one.broker_id, other.broker_id), logs=(logs[one.broker_id],
                                                                   logs[other.broker_id]),
                  high_watermarks=(one.log.high_watermark, other.log.high_watermark))

    def _check_high_watermarks(self) -> None:
        for replica in self.replicas:
            if replica.is_alive and replica.leader is not None:
                key = (replica.broker_id, replica.leader_epoch)
                before = self.last_high_watermarks.get(key, 0)
                check("HighWatermarkMonotonic",
                      high_watermark_monotonic(before, replica.log.high_watermark),
                      leader=key, before=before, after=replica.log.high_watermark)
                self.last_high_watermarks[key] = replica.log.high_watermark

    def step(self, action: str, *arguments: int) -> None:
        """Run one named step, settle acknowledgements, check every invariant."""
        getattr(self, action)(*arguments)
        self.complete_produces()
        try:
            self.check_invariants()
        except InvariantViolated as violation:
            violation.add_note("\n".join(self.trace))
            raise
