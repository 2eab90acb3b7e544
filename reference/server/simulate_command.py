"""`kspec simulate`: seeded fault-injection runs of the broker core, with a history check.

Runs one seed (or `--seeds N` consecutive ones, stopping at the first failure), prints progress
and a summary, and on a violation: its name, a shrunk trace in plain words and the command
that replays it. Exit status 1 when a violation was found.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable

from reference.core.mutants import KNOWN_MUTANTS, ReplicationMutants
from reference.sim.faults import parse_categories
from reference.sim.simulate import Options, Result, run, shrink

SINGLE_NODE_MUTANTS = frozenset({"reject-instead-of-dedupe"})
REPLICATION_MUTANTS = frozenset(name for name in KNOWN_MUTANTS
                                if name.replace("-", "_") in ReplicationMutants.__slots__)
REPLICATION_DEFAULT_BROKERS = 3
TRACE_LINES = 60


def add_simulate_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--seeds", type=int, default=1,
                        help="run this many seeds from --seed on; stop at the first failure")
    parser.add_argument("--steps", type=int, default=2_000, help="scheduler events per run")
    parser.add_argument("--faults", default="", metavar="crash,disk,network,partition",
                        help="fault categories to inject (default: none)")
    parser.add_argument("--mutant", choices=sorted(KNOWN_MUTANTS), default=None,
                        help="switch a historic bug back on (see docs/simulation.md)")
    parser.add_argument("--keep-faults", default=None, metavar="I,J,...",
                        help="only these faults of the drawn schedule (as a shrunk trace prints)")
    parser.add_argument("--plan-steps", type=int, default=None,
                        help="the horizon the fault schedule is drawn over (default: --steps)")
    parser.add_argument("--no-shrink", action="store_true", help="report the failing run as is")
    parser.add_argument("--brokers", type=int, default=None, metavar="N",
                        help="run the replication world on N >= 2 brokers (default: the "
                             "single-node world; 3 for a replication mutant)")


def options_from(arguments: argparse.Namespace, seed: int) -> Options:
    keep: tuple[int, ...] | None = None
    if arguments.keep_faults is not None:
        text = arguments.keep_faults.strip()
        keep = () if text in ("", "none") else tuple(int(part) for part in text.split(","))
    brokers: int | None = arguments.brokers
    if brokers is None and arguments.mutant in REPLICATION_MUTANTS:
        brokers = REPLICATION_DEFAULT_BROKERS
    if brokers is not None and brokers < 2:
        raise ValueError(f"--brokers must be at least 2 (got {brokers})")
    return Options(seed=seed, steps=arguments.steps, faults=parse_categories(arguments.faults),
                   mutant=arguments.mutant, keep_faults=keep, plan_steps=arguments.plan_steps,
                   brokers=brokers)


def run_simulate(arguments: argparse.Namespace) -> int:
    # Recovery warnings (indexes rebuilt after a torn write) are expected under disk faults and
    # would drown the progress lines; the trace records every crash.
    logger = logging.getLogger("kspec")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        return _simulate(arguments)
    finally:
        logger.setLevel(level)


def _simulate(arguments: argparse.Namespace) -> int:
    try:
        first = options_from(arguments, arguments.seed)
    except ValueError as error:
        print(f"kspec simulate: {error}", file=sys.stderr)
        return 2
    if first.mutant and first.brokers is None and first.mutant not in SINGLE_NODE_MUTANTS:
        print(f"note: {first.mutant} is not reached by the single-node simulation; "
              "expect no violation")
    elif first.mutant in SINGLE_NODE_MUTANTS and first.brokers is not None:
        print(f"note: {first.mutant} is not reached by the replication simulation; "
              "expect no violation")
    started = time.perf_counter()
    results: list[Result] = []
    for seed in range(arguments.seed, arguments.seed + max(1, arguments.seeds)):
        result = run(options_from(arguments, seed), progress=_progress(seed))
        results.append(result)
        if result.violation is not None:
            break
        if len(results) % 50 == 0:
            print(f"{len(results)} seeds clean so far (up to seed {seed})", file=sys.stderr,
                  flush=True)
    _print_summary(results, time.perf_counter() - started)
    failing = results[-1]
    if failing.violation is None:
        return 0
    if not arguments.no_shrink:
        print("shrinking: fewer faults, then fewer steps ...", file=sys.stderr, flush=True)
    _print_violation(failing if arguments.no_shrink else shrink(failing), failing)
    return 1


def _progress(seed: int) -> Callable[[int, int], None]:
    def show(step: int, steps: int) -> None:
        print(f"seed {seed}: step {step}/{steps}", file=sys.stderr, flush=True)
    return show


def _print_summary(results: list[Result], elapsed_s: float) -> None:
    events = sum(result.events for result in results)
    print(f"{len(results)} run(s), {sum(r.steps_run for r in results)} steps, {events} events, "
          f"{sum(r.operations for r in results)} history operations")
    lost = "lost messages" if results[-1].options.brokers is not None else "lost responses"
    print(f"faults injected: {sum(r.faults_applied for r in results)} "
          f"(node crashes {sum(r.crashes for r in results)}, "
          f"{lost} {sum(r.lost_responses for r in results)})")
    print(f"acknowledged {sum(r.acknowledged for r in results)} values, "
          f"read {sum(r.read for r in results)}")
    rate = events / elapsed_s if elapsed_s > 0 else 0.0
    print(f"{elapsed_s:.2f} s, {rate:,.0f} events/s, {len(results) / elapsed_s:.1f} seeds/s")
    if results[-1].violation is None:
        print("no violation")


def _print_violation(shrunk: Result, original: Result) -> None:
    assert shrunk.violation is not None and original.violation is not None
    print(f"\nVIOLATION {original.violation.name} (seed {original.options.seed}, "
          f"step {original.violation.step})")
    print(f"  {original.violation.explanation}")
    print(f"  replay: {original.options.command()}")
    print(f"\nshrunk to {shrunk.options.steps} steps and {len(shrunk.faults)} fault(s): "
          f"{shrunk.violation.name}")
    print(f"  {shrunk.violation.explanation}")
    for fault in shrunk.faults:
        print(f"  fault at step {fault.start_step}: {fault.describe()}")
    involved = set(shrunk.violation.processes)
    lines = [str(line) for line in shrunk.trace
             if not involved or not line.process or line.process in involved]
    if involved:
        print(f"  (operations of {', '.join(sorted(involved))}, and what the world did)")
    if len(lines) > TRACE_LINES:
        print(f"  ... {len(lines) - TRACE_LINES} earlier lines left out")
        lines = lines[-TRACE_LINES:]
    for line in lines:
        print(f"  {line}")
    print(f"\nreplay the shrunk run: {shrunk.options.command()}")
