"""Seeded simulations of the broker core: no violation on the correct design over many seeds,
the `reject-instead-of-dedupe` mutant found within a minute, runs replayable from their seed."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor

import pytest

from reference.server.cli import main
from reference.sim.simulate import Options, run, shrink
from reference.sim.world import WorldShape

ALL_FAULTS = frozenset({"crash", "disk", "network"})
SHORT_STEPS = 100
MUTANT = "reject-instead-of-dedupe"


def failures_in(seeds: range, steps: int) -> list[str]:
    """The replay command and violation of every failing seed in `seeds`."""
    found: list[str] = []
    for seed in seeds:
        result = run(Options(seed=seed, steps=steps, faults=ALL_FAULTS))
        if result.violation is not None:
            found.append(f"{result.violation.name}: {result.violation.explanation}\n"
                         f"  replay: {result.options.command()}")
    return found


def failures_over(seed_count: int, steps: int) -> list[str]:
    """`failures_in` over seeds 0..seed_count-1, split across the machine's cores."""
    workers = max(1, min(4, os.cpu_count() or 1))
    chunks = [range(start, seed_count, workers) for start in range(workers)]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        return [line for lines in pool.map(failures_in, chunks, [steps] * workers)
                for line in lines]


def test_a_run_is_a_function_of_its_seed() -> None:
    options = Options(seed=11, steps=300, faults=ALL_FAULTS)
    first, second = run(options), run(options)
    assert first.trace == second.trace and first.events == second.events
    assert run(Options(seed=12, steps=300, faults=ALL_FAULTS)).trace != first.trace


TRACE_DIGEST = """
import hashlib
from reference.sim.simulate import Options, run
result = run(Options(seed=9, steps=300, faults=frozenset({"crash", "disk", "network"})))
print(hashlib.sha256("\\n".join(map(str, result.trace)).encode()).hexdigest(), result.events)
"""


def test_a_run_does_not_depend_on_the_process_hash_seed() -> None:
    digests = {subprocess.run([sys.executable, "-c", TRACE_DIGEST], capture_output=True,
                              text=True, check=True, env={**os.environ, "PYTHONHASHSEED": seed},
                              ).stdout for seed in ("1", "2")}
    assert len(digests) == 1 and next(iter(digests)).strip()


def test_a_thousand_short_seeded_runs_find_no_violation() -> None:
    started = time.perf_counter()
    failures = failures_over(1_000, SHORT_STEPS)
    elapsed_s = time.perf_counter() - started
    assert not failures, "\n".join(failures[:5])
    print(f"1000 seeds x {SHORT_STEPS} steps in {elapsed_s:.1f} s "
          f"({1000 / elapsed_s:.1f} seeds/s)")


@pytest.mark.slow
@pytest.mark.timeout(3_600)
def test_many_longer_seeded_runs_find_no_violation() -> None:
    failures = failures_over(1_000, 1_000)
    assert not failures, "\n".join(failures[:5])


def find_mutant(budget_s: float = 60.0) -> tuple[Options, float]:
    started = time.perf_counter()
    seed = 0
    while time.perf_counter() - started < budget_s:
        result = run(Options(seed=seed, steps=1_000, faults=frozenset({"network"}),
                             mutant=MUTANT))
        if result.violation is not None:
            assert result.violation.name == "aborted-read", result.violation
            return result.options, time.perf_counter() - started
        seed += 1
    raise AssertionError(f"{MUTANT} not found in {budget_s} s ({seed} seeds)")


def test_the_simulator_finds_reject_instead_of_dedupe_and_shrinks_it() -> None:
    options, _ = find_mutant()
    failing = run(options)
    assert failing.violation is not None
    shrunk = shrink(failing, budget_runs=40)
    assert shrunk.violation is not None
    assert shrunk.options.steps <= options.steps and len(shrunk.faults) <= len(failing.faults)
    assert run(shrunk.options).violation == shrunk.violation  # the shrunk run replays


def test_the_command_prints_the_violation_and_its_replay_command(
        capsys: pytest.CaptureFixture[str]) -> None:
    options, _ = find_mutant()
    arguments = options.command().split()[2:]
    assert main(["simulate", *arguments, "--no-shrink"]) == 1
    shown = capsys.readouterr().out
    assert "VIOLATION aborted-read" in shown and f"replay: {options.command()}" in shown


def test_the_command_reports_a_clean_run(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["simulate", "--seed", "5", "--steps", "200", "--faults", "crash"]) == 0
    shown = capsys.readouterr().out
    assert "no violation" in shown and "events/s" in shown


def test_without_a_flush_per_write_a_crash_loses_acknowledged_writes() -> None:
    """Kafka's default on one node (no fsync per write): the checks see the loss at once."""
    result = run(Options(seed=0, steps=600, faults=frozenset({"crash"}),
                         shape=WorldShape(flushes_every_write=False)))
    assert result.violation is not None and result.crashes > 0
    assert result.violation.name in {"HighWatermarkMonotonic", "NoCommittedRecordLost"}
