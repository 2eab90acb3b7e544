"""A Hypothesis state machine over the replication core: 3 replicas of one partition and a
controller, with the faults that broke Kafka's replication before.

`Cluster` (models/replication_cluster.py) drives `reference.core.replication` in memory and says
each step in plain words:
produce with acks=all (min.insync.replicas=2), a follower's fetch (or its OffsetForLeaderEpoch
while truncating), a broker replaying the metadata log to its end (brokers may lag behind the
controller: zombies; `deliver_latest_metadata` applies what was missed as one delta),
the controller fencing and unfencing brokers, moving leadership (reorder + preferred election),
crashes that lose the unflushed suffix (the broker is fenced at once), restarts, flushes,
stalls (a broker that sends, answers and hears nothing, then catches up at once), a consumer
reading below a leader's HW, quiet spells (followers catch up), and time passing (ISR shrink).
After every step it checks, through spec/invariants.py:
  LeaderInIsr, HighWatermarkMonotonic (per leader and epoch), LeaderEpochMonotonic (asserted in
  the core), and the data invariants StrongIsr, LogMatching, NoCommittedRecordLost,
  ConsistentRead.
Kafka promises nothing once the last ISR member loses acknowledged records in a crash (no
fsync); from then on the data invariants are no longer checked in that run.
Run: `python -m models.replication_model [--mutant NAME] [--examples N] [--steps N] [--seed N]`.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext

import hypothesis
from hypothesis import Phase, settings, target
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from models.replication_cluster import PARTITION, REPLICATION_MUTANTS, Cluster
from reference.core import mutants
from reference.core.mutants import ReplicationMutants
from reference.core.replication.follower import FetchPhase
from spec.invariants import (
    InvariantViolated,
)

BROKERS = st.integers(0, 2)
FAULTS = ("fence", "unfence", "crash", "restart", "move_leadership", "flush")
OPTIONAL_RULES = frozenset({"followers_catch_up", "consumer_reads", "broker_stalls",
                            "broker_stalls_while_leadership_moves"})
# One epoch: its leader, who hears of it at once, records produced, follower fetches, 20 s lags.
Epoch = tuple[int, set[int], int, list[int], int]
EPOCHS: st.SearchStrategy[Epoch] = st.tuples(
    BROKERS, st.sets(BROKERS), st.integers(0, 2), st.lists(BROKERS, max_size=4), st.integers(0, 1))


class ReplicationModel(RuleBasedStateMachine):
    """Random interleavings of client, replica, controller and fault steps.

    Faults share one rule so that progress (produce, fetch, metadata) stays most of a run."""

    cluster: Cluster
    faults: tuple[str, ...] = FAULTS
    diverging_epoch_choices: tuple[bool, ...] = (True, False)
    zombie: int | None = None  # a broker that metadata broadcasts and rounds skip
    optional_rules: frozenset[str] = OPTIONAL_RULES  # a mutant search keeps only those it needs
    most_divergent = 0.0
    most_unguarded = 0.0

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

    @precondition(lambda self: "followers_catch_up" in self.optional_rules)
    @rule()
    def followers_catch_up(self) -> None:
        self.cluster.step("followers_catch_up", *(() if self.zombie is None else (self.zombie,)))

    @rule(broker=BROKERS)
    def follower_fetches(self, broker: int) -> None:
        self.cluster.step("fetch", broker)

    @rule()
    def metadata_reaches_all(self) -> None:
        self.cluster.step("metadata_reaches_all", *(() if self.zombie is None else (self.zombie,)))

    @rule(broker=BROKERS)
    def metadata_reaches_broker(self, broker: int) -> None:
        self.cluster.step("deliver_metadata", broker)

    @precondition(lambda self: "consumer_reads" in self.optional_rules)
    @rule(broker=BROKERS)
    def consumer_reads(self, broker: int) -> None:
        self.cluster.step("consume", broker)

    @rule(elapsed_ms=st.sampled_from([1_000, 20_000]))
    def time_passes(self, elapsed_ms: int) -> None:
        self.cluster.step("tick", elapsed_ms)

    @rule(epoch=EPOCHS)
    def leader_epoch_passes(self, epoch: Epoch) -> None:
        """A whole epoch in one rule: a leadership move that only some brokers hear of yet,
        writes, some fetches, maybe a lag (the shape of every historic trace)."""
        leader, told, produced, fetches, ticks = epoch
        self.cluster.step("move_leadership", leader)
        for broker in sorted(told - {self.zombie}):
            self.cluster.step("deliver_metadata", broker)
        for _ in range(produced):
            self.cluster.step("produce")
        for broker in fetches:
            self.cluster.step("fetch", broker)
        for _ in range(ticks):
            self.cluster.step("tick", 20_000)

    @precondition(lambda self: "broker_stalls" in self.optional_rules)
    @rule(broker=BROKERS)
    def broker_stalls(self, broker: int) -> None:
        self.cluster.step("stall", broker)

    @precondition(lambda self: bool(self.cluster.stalled))
    @rule(data=st.data())
    def stalled_broker_resumes(self, data: st.DataObject) -> None:
        self.cluster.step("resume", data.draw(st.sampled_from(sorted(self.cluster.stalled))))

    @precondition(lambda self: "broker_stalls_while_leadership_moves" in self.optional_rules)
    @rule(produced=st.integers(0, 2), broker=BROKERS,
          epochs=st.lists(st.tuples(BROKERS, st.integers(0, 2)), min_size=1, max_size=3))
    def broker_stalls_while_leadership_moves(self, produced: int, broker: int,
                                             epochs: list[tuple[int, int]]) -> None:
        """The leader writes, one follower copies it and stalls before the others do; they carry
        on through whole epochs (leader, records written) and it resumes seeing only the latest
        one (KAFKA-7164's zombie: a chain of single steps too long to come up by chance)."""
        for _ in range(produced):
            self.cluster.step("produce")
        self.cluster.step("fetch", broker)
        self.cluster.step("stall", broker)
        for leader, produced in epochs:
            self.cluster.step("move_leadership", leader)
            self.cluster.step("metadata_reaches_all")
            for _ in range(produced):
                self.cluster.step("produce")
            self.cluster.step("followers_catch_up")
        self.cluster.step("resume", broker)
        self.cluster.step("fetch", broker)

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
            self.most_unguarded = max(self.most_unguarded, unguarded_suffix(self.cluster))

    def teardown(self) -> None:
        # Hypothesis's target phase breeds the runs that came closest to breaking StrongIsr.
        target(self.most_divergent, label="divergent in-sync replicas")
        target(self.most_unguarded, label="in-sync records the leader lacks, unguarded")


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
        if replica.model_log.records[:shared] != leader.model_log.records[:shared]:
            score += 2.0 if replica.leader_epoch < state.leader_epoch else 1.0
    return score


def unguarded_suffix(cluster: Cluster) -> float:
    """How close a state is to a follower counting records its leader lacks: an ISR member
    holding records the leader does not (at their offsets), more while it lags behind the epoch
    (a zombie), most when it fetches at the current epoch without a truncation still to come
    (the step before KAFKA-7164's StrongIsr break). `divergence` sees none of this until the
    leader writes over those offsets."""
    state = cluster.controller.partitions[PARTITION]
    if state.leader < 0:
        return 0.0
    leader_records = cluster.replicas[state.leader].model_log.records
    score = 0.0
    for broker in state.isr - {state.leader}:
        replica = cluster.replicas[broker]
        records = replica.model_log.records
        if records == leader_records[:len(records)]:
            continue
        score += 2.0 if replica.leader_epoch < state.leader_epoch else 1.0
        follower = replica.follower
        if follower is not None and follower.leader_epoch == state.leader_epoch \
                and follower.phase is FetchPhase.FETCHING and not follower.uses_diverging_epoch:
            score += 3.0
    return score


# Where each bug lived: the fetch path of its time, the faults its trace needs, the zombie (a
# broker that metadata broadcasts and replication rounds skip: broker 2 where the trace needs
# one) and the optional rules it needs. A search for a mutant runs only those, so a bounded
# budget finds it. KAFKA-7164 needs a follower to miss a whole epoch and then see the same
# leader again: a stall across leader changes.
TARGETS: dict[str, tuple[tuple[bool, ...], tuple[str, ...], int | None, frozenset[str]]] = {
    "truncate-to-high-watermark": ((True, False), ("fence", "unfence", "move_leadership"), None,
                                   frozenset()),
    "kip-101-epoch-lookup-without-tail-match": ((False,), ("move_leadership",), None,
                                                frozenset()),
    "kip-279-without-fencing": ((False,), ("move_leadership",), 2, frozenset()),
    "hw-from-stale-epoch-follower": ((True,), ("move_leadership",), 2, frozenset()),
    "truncate-only-on-leader-change": ((False,), ("move_leadership",), None,
                                       frozenset({"broker_stalls_while_leadership_moves"})),
}


def targeted_model(mutant: str) -> type[ReplicationModel]:
    """The model with only the faults, fetch path and rules `mutant`'s historic trace needs."""
    diverging_epoch_choices, faults, zombie, optional_rules = TARGETS[mutant]
    return type(f"ReplicationModelFor{mutant.title().replace('-', '')}", (ReplicationModel,),
                {"faults": faults, "diverging_epoch_choices": diverging_epoch_choices,
                 "zombie": zombie, "optional_rules": optional_rules})


def run_model(max_examples: int | None = None, step_count: int | None = None, *,
              shrink: bool = True, target: str | None = None, seed: int | None = None) -> None:
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
        # A mutant search is a fixed budget: the same runs each time, so no saved examples
        # either (replaying another search's examples changed which runs a working copy made).
        overrides["derandomize"] = True
        overrides["database"] = None
    model = ReplicationModel if target is None else targeted_model(target)
    if seed is not None:
        overrides["derandomize"] = False
        overrides["database"] = None  # a measured search starts cold, without saved examples
        seeded: type[ReplicationModel] = type(model.__name__, (model,), {})
        model = hypothesis.seed(seed)(seeded)
    run_state_machine_as_test(model, settings=settings(**overrides))  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    """`python -m models.replication_model [--mutant NAME] [--examples N] [--steps N]
    [--seed N]`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mutant", choices=REPLICATION_MUTANTS)
    parser.add_argument("--examples", type=int, default=300)
    parser.add_argument("--steps", type=int, default=60)
    parser.add_argument("--seed", type=int, help="a random search from this seed, no database")
    arguments = parser.parse_args(argv)
    switch = mutants.enabled(arguments.mutant) if arguments.mutant else nullcontext()
    try:
        with switch:
            run_model(arguments.examples, arguments.steps, target=arguments.mutant,
                      seed=arguments.seed)
    except InvariantViolated as violation:
        print("\n".join(getattr(violation, "__notes__", [])))
        print(f"invariant violated: {violation}")
        return 1
    print("no invariant violated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
