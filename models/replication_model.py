"""A Hypothesis state machine over the replication core: 3 replicas of one partition and a
controller, with the faults that broke Kafka's replication before.

`Cluster` drives `reference.core.replication` in memory and says each step in plain words:
produce with acks=all (min.insync.replicas=2), a follower's fetch (or its OffsetForLeaderEpoch
while truncating), a broker replaying the metadata log to its end (brokers may lag behind the
controller: zombies; `deliver_latest_metadata` applies what was missed as one delta),
the controller fencing and unfencing brokers, moving leadership (reorder + preferred election),
crashes that lose the unflushed suffix (the broker is fenced at once), restarts, flushes, and
time passing (ISR shrink). After every step it checks, through spec/invariants.py:
  LeaderInIsr, HighWatermarkMonotonic (per leader and epoch), LeaderEpochMonotonic (asserted in
  the core), and the data invariants StrongIsr, LogMatching, NoCommittedRecordLost.
Kafka promises nothing once the last ISR member loses acknowledged records in a crash (no
fsync); from then on the data invariants are no longer checked in that run.
Run: `python -m models.replication_model [--mutant NAME] [--examples N] [--steps N]`.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext
from itertools import combinations

from hypothesis import Phase, settings, target
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from reference.core import mutants
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
    high_watermark_monotonic,
    leader_in_isr,
    log_matching,
    no_committed_record_lost,
    strong_isr,
)

PARTITION = "orders-0"
SETTINGS = ReplicationSettings(min_insync_replicas=2)
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
        if follower is None:
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
        if not replica.is_alive or self.applied[broker] == len(self.history) - 1:
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

    def replication_round(self, *order: int) -> None:
        """Every follower fetches once, in `order` (the usual progress between faults)."""
        for broker in order:
            self.fetch(broker)

    def metadata_reaches_all(self, *skipped: int) -> None:
        for broker in range(len(self.replicas)):
            if broker not in skipped:
                self.deliver_metadata(broker)

    def flush(self, broker: int) -> None:
        self.replicas[broker].log.flush()

    def tick(self, elapsed_ms: int) -> None:
        self.now_ms += elapsed_ms
        self.say(f"{elapsed_ms} ms pass")
        for replica in self.replicas:
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
        logs = {replica.broker_id: replica.log.records for replica in self.replicas}
        isr_logs = {broker: logs[broker] for broker in state.isr}
        leader = self.replicas[state.leader] if state.leader >= 0 else None
        if leader is not None and leader.is_alive and leader.leader is not None \
                and leader.leader_epoch == state.leader_epoch:
            committed = leader.log.records[:leader.log.high_watermark]
            check("StrongIsr", strong_isr(committed, isr_logs), leader=state.leader,
                  committed=committed, isr_logs=isr_logs)
        check("NoCommittedRecordLost", no_committed_record_lost(self.acknowledged, isr_logs),
              acknowledged=self.acknowledged, isr_logs=isr_logs)
        for one, other in combinations(self.replicas, 2):
            check("LogMatching", log_matching(one.log.records, one.log.high_watermark,
                                              other.log.records, other.log.high_watermark),
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


BROKERS = st.integers(0, 2)
FAULTS = ("fence", "unfence", "crash", "restart", "move_leadership", "flush")


class ReplicationModel(RuleBasedStateMachine):
    """Random interleavings of client, replica, controller and fault steps.

    Faults share one rule so that progress (produce, fetch, metadata) stays most of a run."""

    cluster: Cluster
    faults: tuple[str, ...] = FAULTS
    diverging_epoch_choices: tuple[bool, ...] = (True, False)
    zombie: int | None = None  # a broker that metadata broadcasts and rounds skip
    zombie_catches_up_at_once = False  # its own metadata arrives as one coalesced delta
    most_divergent = 0.0

    @initialize(data=st.data())
    def start(self, data: st.DataObject) -> None:
        uses_diverging_epoch = data.draw(st.sampled_from(self.diverging_epoch_choices))
        self.cluster = Cluster(ReplicationMutants.active(),
                               uses_diverging_epoch=uses_diverging_epoch)

    @rule()
    def produce_record(self) -> None:
        self.cluster.step("produce")

    @rule(order=st.permutations(range(3)))
    def replication_round(self, order: list[int]) -> None:
        self.cluster.step("replication_round", *(broker for broker in order
                                                 if broker != self.zombie))

    @rule(broker=BROKERS)
    def follower_fetches(self, broker: int) -> None:
        self.cluster.step("fetch", broker)

    @rule()
    def metadata_reaches_all(self) -> None:
        self.cluster.step("metadata_reaches_all", *(() if self.zombie is None else (self.zombie,)))

    @rule(broker=BROKERS)
    def metadata_reaches_broker(self, broker: int) -> None:
        at_once = self.zombie_catches_up_at_once and broker == self.zombie
        self.cluster.step("deliver_latest_metadata" if at_once else "deliver_metadata", broker)

    @rule(elapsed_ms=st.sampled_from([1_000, 20_000]))
    def time_passes(self, elapsed_ms: int) -> None:
        self.cluster.step("tick", elapsed_ms)

    @rule(produced=st.integers(0, 2), fetches=st.lists(BROKERS, max_size=4),
          ticks=st.integers(0, 1), leader=BROKERS, told=st.sets(BROKERS))
    def leader_epoch_passes(self, produced: int, fetches: list[int], ticks: int, leader: int,
                            told: set[int]) -> None:
        """A whole epoch in one rule: writes, some fetches, maybe a lag, a leadership move that
        only some brokers hear of yet (the shape of every historic trace)."""
        for _ in range(produced):
            self.cluster.step("produce")
        for broker in fetches:
            self.cluster.step("fetch", broker)
        for _ in range(ticks):
            self.cluster.step("tick", 20_000)
        self.cluster.step("move_leadership", leader)
        for broker in sorted(told - {self.zombie}):
            self.cluster.step("deliver_metadata", broker)

    @rule(data=st.data(), broker=BROKERS)
    def fault(self, data: st.DataObject, broker: int) -> None:
        kind = data.draw(st.sampled_from(self.faults))
        alive = sum(replica.is_alive for replica in self.cluster.replicas)
        if kind == "crash" and alive <= 1:
            return
        self.cluster.step(kind, broker)

    @invariant()
    def invariants_hold(self) -> None:
        if hasattr(self, "cluster"):
            self.cluster.check_invariants()
            self.most_divergent = max(self.most_divergent, divergence(self.cluster))

    def teardown(self) -> None:
        # Hypothesis's target phase breeds the runs that came closest to breaking StrongIsr.
        target(self.most_divergent, label="divergent in-sync replicas")


def divergence(cluster: Cluster) -> float:
    """How close a state is to a data invariant breaking: ISR members whose log disagrees with
    the leader's below both log ends (more when they lag behind the epoch), plus a little for a
    higher HW."""
    state = cluster.controller.partitions[PARTITION]
    if state.leader < 0:
        return 0.0
    leader = cluster.replicas[state.leader]
    score = 0.1 * min(leader.log.high_watermark, 3)
    for broker in state.isr:
        replica = cluster.replicas[broker]
        shared = min(replica.log.log_end_offset, leader.log.log_end_offset)
        if replica.log.records[:shared] != leader.log.records[:shared]:
            score += 2.0 if replica.leader_epoch < state.leader_epoch else 1.0
    return score


# Where each bug lived: the fetch path of its time and the faults its trace needs. A search for
# a mutant runs the same rules with only those faults, so a bounded budget finds it.
# The zombie (a broker that hears of new epochs late) is broker 2 where the trace needs one.
# KAFKA-7164 needs the zombie to see the same leader across an epoch change: it catches up with
# the metadata log as one coalesced delta.
TARGETS: dict[str, tuple[tuple[bool, ...], tuple[str, ...], int | None, bool]] = {
    "truncate-to-high-watermark": ((True, False), ("fence", "unfence", "move_leadership"), None,
                                   False),
    "kip-101-epoch-lookup-without-tail-match": ((False,), ("move_leadership",), None, False),
    "kip-279-without-fencing": ((False,), ("move_leadership",), 2, False),
    "hw-from-stale-epoch-follower": ((True,), ("move_leadership",), 2, False),
    "truncate-only-on-leader-change": ((False,), ("move_leadership",), 2, True),
}


def targeted_model(mutant: str) -> type[ReplicationModel]:
    """The model with only the faults and the fetch path `mutant`'s historic trace needs."""
    diverging_epoch_choices, faults, zombie, at_once = TARGETS[mutant]
    return type(f"ReplicationModelFor{mutant.title().replace('-', '')}", (ReplicationModel,),
                {"faults": faults, "diverging_epoch_choices": diverging_epoch_choices,
                 "zombie": zombie, "zombie_catches_up_at_once": at_once})


def run_model(max_examples: int | None = None, step_count: int | None = None, *,
              shrink: bool = True, target: str | None = None) -> None:
    """Run the state machine under the current Hypothesis profile (only the faults `target`
    needs when given); under `mutants.enabled(...)` it is expected to fail."""
    overrides: dict[str, object] = {}
    if max_examples is not None:
        overrides["max_examples"] = max_examples
    if step_count is not None:
        overrides["stateful_step_count"] = step_count
    if not shrink:
        overrides["phases"] = [Phase.explicit, Phase.reuse, Phase.generate, Phase.target]
    if target is not None:
        overrides["derandomize"] = True  # a mutant search is a fixed budget: same runs each time
    model = ReplicationModel if target is None else targeted_model(target)
    run_state_machine_as_test(model, settings=settings(**overrides))  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    """`python -m models.replication_model [--mutant NAME] [--examples N] [--steps N]`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mutant", choices=REPLICATION_MUTANTS)
    parser.add_argument("--examples", type=int, default=300)
    parser.add_argument("--steps", type=int, default=60)
    arguments = parser.parse_args(argv)
    switch = mutants.enabled(arguments.mutant) if arguments.mutant else nullcontext()
    try:
        with switch:
            run_model(arguments.examples, arguments.steps, target=arguments.mutant)
    except InvariantViolated as violation:
        print("\n".join(getattr(violation, "__notes__", [])))
        print(f"invariant violated: {violation}")
        return 1
    print("no invariant violated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
