"""The replication simulator (`kspec simulate --brokers N`): clean over a thousand seeds, each of
the five replication mutants found as a named invariant's violation within a measured seed
budget, runs replayable from their command line."""

from __future__ import annotations

import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor

import pytest

from reference.core.replication import Record
from reference.server.cli import main
from reference.sim.cluster import disk as cluster_disk
from reference.sim.cluster import world as cluster_world
from reference.sim.cluster.faults import CATEGORIES
from reference.sim.cluster.world import ClusterShape, ClusterWorld
from reference.sim.simulate import Options, Result, run, shrink
from spec.invariants import InvariantViolated, consistent_read

ALL_FAULTS = frozenset(CATEGORIES)
CLEAN_STEPS = 120
NAMED_INVARIANTS = {"LeaderInIsr", "StrongIsr", "LogMatching", "HighWatermarkMonotonic",
                    "LeaderEpochMonotonic", "NoCommittedRecordLost", "ConsistentRead"}


def failures_in(seeds: range, steps: int) -> list[str]:
    """The replay command and violation of every failing seed in `seeds`."""
    found: list[str] = []
    for seed in seeds:
        result = run(Options(seed=seed, steps=steps, faults=ALL_FAULTS, brokers=3))
        if result.violation is not None:
            found.append(f"{result.violation.name}: {result.violation.explanation[:600]}\n"
                         f"  replay: {result.options.command()}")
    return found


def failures_over(seeds: range, steps: int) -> list[str]:
    """`failures_in`, split across the machine's cores (at most 4)."""
    workers = max(1, min(4, os.cpu_count() or 1))
    chunks = [seeds[start::workers] for start in range(workers)]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        return [line for lines in pool.map(failures_in, chunks, [steps] * workers)
                for line in lines]


def first_violation(mutant: str, seeds: range, *, steps: int,
                    faults: frozenset[str]) -> Result | None:
    for seed in seeds:
        result = run(Options(seed=seed, steps=steps, faults=faults, mutant=mutant, brokers=3))
        if result.violation is not None:
            return result
    return None


def test_a_replication_run_is_a_function_of_its_seed() -> None:
    options = Options(seed=3, steps=400, faults=ALL_FAULTS, brokers=3)
    first, second = run(options), run(options)
    assert first.trace == second.trace and first.events == second.events
    assert run(Options(seed=4, steps=400, faults=ALL_FAULTS, brokers=3)).trace != first.trace


def test_a_thousand_seeds_on_three_brokers_find_no_violation() -> None:
    started = time.perf_counter()
    failures = failures_over(range(1_000), CLEAN_STEPS)
    elapsed_s = time.perf_counter() - started
    assert not failures, "\n".join(failures[:3])
    print(f"1000 seeds x {CLEAN_STEPS} steps in {elapsed_s:.1f} s")


@pytest.mark.parametrize("brokers", [2, 5])
def test_other_cluster_sizes_run_clean(brokers: int) -> None:
    for seed in range(20):
        result = run(Options(seed=seed, steps=300, faults=ALL_FAULTS, brokers=brokers))
        assert result.violation is None, (result.violation, result.options.command())
        assert result.acknowledged > 0


def test_runs_draw_both_fetch_paths_and_mixes() -> None:
    paths = {ClusterWorld(seed, (), shape=ClusterShape()).fetch_path for seed in range(30)}
    assert paths == {"diverging-epoch", "epoch-lookup", "mixed"}


def test_replicas_hold_what_was_acknowledged_after_a_clean_run() -> None:
    world = ClusterWorld(1, (), shape=ClusterShape())
    for _ in range(400):
        world.step()
    world.finish()
    acknowledged = world.checker.acknowledged
    assert sum(map(len, acknowledged.values())) > 5
    for name, records in acknowledged.items():
        leader = world.brokers[world.controller.controller.partitions[name].leader]
        assert all(leader.logs[name].record_at(offset) == record
                   for offset, record in records.items())


def test_consistent_read_holds_only_below_each_replicas_high_watermark() -> None:
    read, other = Record(0, 1), Record(1, 2)
    assert consistent_read({0: read}, [read, other], 2)
    assert not consistent_read({0: read}, [other, other], 1)
    assert consistent_read({1: read}, [read, other], 1)  # offset 1 is not committed there


def test_a_record_read_twice_at_one_offset_must_be_the_same_record() -> None:
    world = ClusterWorld(1, (), shape=ClusterShape())
    for _ in range(400):
        world.step()
    name, consumed = next((name, records) for name, records in world.checker.consumed.items()
                          if records)
    offset = min(consumed)
    world.checker.on_read(name, offset, consumed[offset])  # the same record again: fine
    with pytest.raises(InvariantViolated) as raised:
        world.checker.on_read(name, offset, Record(99, -1))
    assert raised.value.name == "ConsistentRead"


# (mutant, faults, steps, seeds to try): each budget measured on an idle core at about
# 10 seeds/s (400 steps); the first failing seed from 0 is named, so the test takes seconds,
# and the whole budget would still run in under 60 s.
MUTANT_BUDGETS = [
    ("truncate-to-high-watermark", ALL_FAULTS, 300, range(100)),  # seed 1
    ("kip-101-epoch-lookup-without-tail-match", ALL_FAULTS, 400, range(400)),  # seed 12
    ("kip-279-without-fencing", ALL_FAULTS, 300, range(400)),  # seed 98
    ("hw-from-stale-epoch-follower", ALL_FAULTS, 400, range(500)),  # seed 2
    # With the partition faults only: seed 115 (about 4 s on an idle core). It needs a run
    # whose operator flaps leaderships (half of them do: world.py), where a follower's metadata
    # answer comes after a move and its move back.
    ("truncate-only-on-leader-change", frozenset({"partition"}), 400, range(600)),
]


@pytest.mark.parametrize(("mutant", "faults", "steps", "seeds"), MUTANT_BUDGETS,
                         ids=[budget[0] for budget in MUTANT_BUDGETS])
def test_each_replication_mutant_breaks_a_named_invariant_within_its_budget(
        mutant: str, faults: frozenset[str], steps: int, seeds: range) -> None:
    started = time.perf_counter()
    found = first_violation(mutant, seeds, steps=steps, faults=faults)
    elapsed_s = time.perf_counter() - started
    assert found is not None and found.violation is not None, (
        f"{mutant} not found in seeds {seeds.start}-{seeds.stop - 1} ({elapsed_s:.1f} s)")
    assert found.violation.name in NAMED_INVARIANTS, found.violation
    assert "--brokers 3" in found.options.command()
    assert run(found.options).violation == found.violation  # it replays from its options
    print(f"{mutant}: {found.violation.name} at seed {found.options.seed} "
          f"in {elapsed_s:.1f} s")


def test_a_replication_violation_shrinks_and_the_shrunk_run_replays() -> None:
    found = first_violation("truncate-to-high-watermark", range(50), steps=300,
                            faults=ALL_FAULTS)
    assert found is not None
    shrunk = shrink(found, budget_runs=30)
    assert shrunk.violation is not None
    assert shrunk.options.steps <= found.options.steps
    assert len(shrunk.faults) <= len(found.faults)
    assert run(shrunk.options).violation == shrunk.violation


def test_a_replication_mutant_runs_on_three_brokers_by_default(
        capsys: pytest.CaptureFixture[str]) -> None:
    found = first_violation("truncate-to-high-watermark", range(50), steps=300,
                            faults=ALL_FAULTS)
    assert found is not None and found.violation is not None
    arguments = ["--seed", str(found.options.seed), "--steps", "300", "--faults",
                 ",".join(sorted(ALL_FAULTS)), "--mutant", "truncate-to-high-watermark"]
    assert main(["simulate", *arguments, "--no-shrink"]) == 1
    shown = capsys.readouterr().out
    assert f"replay: {found.options.command()}" in shown
    assert "--brokers 3" in shown and f"VIOLATION {found.violation.name}" in shown


def test_the_command_refuses_a_single_broker(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["simulate", "--brokers", "1"]) == 2
    assert "--brokers must be at least 2" in capsys.readouterr().err


def test_a_clean_replication_run_prints_its_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["simulate", "--brokers", "3", "--seed", "2", "--steps", "300",
                 "--faults", "crash,network"]) == 0
    shown = capsys.readouterr().out
    assert "no violation" in shown and "events/s" in shown


@pytest.mark.slow
@pytest.mark.timeout(3_600)
def test_many_longer_replication_runs_find_no_violation() -> None:
    # Seeds 0-3999: seed 4807 of this series breaks StrongIsr on the correct core (below).
    failures = failures_over(range(4_000), 1_500)
    assert not failures, "\n".join(failures[:3])


@pytest.mark.xfail(strict=True, raises=AssertionError, reason=(
    "open: a leader drops its pending ISR expansion when the metadata log brings the partition "
    "epoch it already has (LeaderRole.update_metadata, as Kafka's makeLeader accepts an equal "
    "epoch), moves its HW past the follower, then the controller commits the expansion"))
def test_an_isr_expansion_in_flight_survives_a_same_epoch_metadata_update(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`kspec simulate --seed 4807 --steps 1500 --brokers 3 --faults crash,disk,network,partition`,
    shrunk: leader 2 of p1 proposes adding follower 1 (at offset 8 = HW), the metadata log then
    delivers the ISR shrink it already applied, which clears the proposal; with 1 no longer
    counted the HW passes offset 8; the controller applies the expansion: 1 is in the ISR
    without the committed record at offset 8. Found before disks tore writes and failed reads
    and before the operator's habit was drawn per run; those are set back here so that the run
    is the one that shows it."""
    monkeypatch.setattr(cluster_world, "OPERATORS", ("rebalancer",))
    monkeypatch.setattr(cluster_disk, "TEAR_PROBABILITY", 0.0)
    monkeypatch.setattr(cluster_disk, "READ_FAILURE_PROBABILITY", 0.0)
    result = run(Options(seed=4807, steps=1176, faults=ALL_FAULTS, brokers=3,
                         keep_faults=(0, 2, 3, 4, 5, 6, 7, 9, 10), plan_steps=1500))
    assert result.violation is None, result.violation


@pytest.mark.slow
@pytest.mark.timeout(3_600)
@pytest.mark.parametrize(("mutant", "faults", "steps", "seeds"), MUTANT_BUDGETS,
                         ids=[budget[0] for budget in MUTANT_BUDGETS])
def test_each_replication_mutant_is_found_from_later_seeds_too(
        mutant: str, faults: frozenset[str], steps: int, seeds: range) -> None:
    later = range(10_000, 10_000 + 4 * len(seeds))
    found = first_violation(mutant, later, steps=steps, faults=faults)
    assert found is not None and found.violation is not None
    assert found.violation.name in NAMED_INVARIANTS
