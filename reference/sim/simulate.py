"""One seeded simulation run, its shrinking, and its report: what `kspec simulate` runs.

`run(options)` is a pure function of its options (the seed above all): it builds the world,
draws the fault schedule, runs `steps` scheduler events checking the invariants after each,
then finishes (stop producing, heal, drain the consumers, check the whole log) and hands the
history to the Jepsen-style checker. The first violation ends the run: an invariant's name
(`InvariantViolated`) or an anomaly's (history.ANOMALY_NAMES).

`shrink` makes a failing run small: delta debugging over the fault schedule (drop faults
while the run still fails), then fewer steps (bisecting between a passing and a failing
count). The same seed with fewer faults is a different run past the first dropped fault, so
a shrunk run is checked again and may fail with a different name; it is kept only while it
fails.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from reference.core import mutants
from reference.sim.cluster.faults import ClusterFault, plan_cluster_faults
from reference.sim.cluster.world import ClusterShape, ClusterWorld
from reference.sim.faults import Fault, plan_faults
from reference.sim.history import Operation, check_history
from reference.sim.scheduler import START_MS
from reference.sim.world import World, WorldShape
from spec.invariants import InvariantViolated


@dataclass(frozen=True, slots=True)
class Options:
    seed: int
    steps: int = 2_000
    faults: frozenset[str] = frozenset()
    mutant: str | None = None
    keep_faults: tuple[int, ...] | None = None  # indices into the drawn schedule; None: all
    plan_steps: int | None = None  # the horizon the schedule is drawn over; None: `steps`
    shape: WorldShape = field(default_factory=WorldShape)
    brokers: int | None = None  # None: the single-node world; N >= 2: the replication world

    def command(self) -> str:
        """The `kspec simulate` command line that replays this run."""
        parts = [f"kspec simulate --seed {self.seed} --steps {self.steps}"]
        if self.brokers is not None:
            parts.append(f"--brokers {self.brokers}")
        if self.faults:
            parts.append(f"--faults {','.join(sorted(self.faults))}")
        if self.plan_steps is not None and self.plan_steps != self.steps:
            parts.append(f"--plan-steps {self.plan_steps}")
        if self.keep_faults is not None:
            parts.append(f"--keep-faults {','.join(map(str, self.keep_faults)) or 'none'}")
        if self.mutant:
            parts.append(f"--mutant {self.mutant}")
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class Violation:
    name: str
    explanation: str
    step: int
    processes: tuple[str, ...] = ()  # the clients whose operations show it (anomalies only)


@dataclass(frozen=True, slots=True)
class TraceLine:
    at_ms: int  # since the run started
    process: str  # "" for what the world did (faults, crashes, lost messages)
    text: str

    def __str__(self) -> str:
        return f"{self.at_ms:>7} ms  {self.text}"


@dataclass(frozen=True, slots=True)
class Result:
    options: Options
    faults: tuple[Fault | ClusterFault, ...]
    violation: Violation | None
    steps_run: int
    events: int
    operations: int
    acknowledged: int
    read: int
    faults_applied: int
    crashes: int
    lost_responses: int
    trace: tuple[TraceLine, ...]
    elapsed_s: float


def schedule_of(options: Options) -> tuple[Fault | ClusterFault, ...]:
    """The fault windows the run injects: drawn from the seed, then cut to `keep_faults`."""
    horizon = options.steps if options.plan_steps is None else options.plan_steps
    rng = random.Random(f"faults-{options.seed}")
    drawn: tuple[Fault | ClusterFault, ...]
    if options.brokers is None:
        drawn = plan_faults(rng, options.faults, horizon)
    else:
        drawn = plan_cluster_faults(rng, options.faults, horizon, options.brokers)
    if options.keep_faults is None:
        return drawn
    return tuple(drawn[index] for index in options.keep_faults if index < len(drawn))


def run(options: Options, progress: Callable[[int, int], None] | None = None) -> Result:
    if options.brokers is not None:
        return _run_cluster(options, progress)
    started = time.perf_counter()
    faults = tuple(fault for fault in schedule_of(options) if isinstance(fault, Fault))
    world = World(options.seed, faults, shape=options.shape,
                  tears_on_crash="disk" in options.faults)
    if options.mutant:
        with mutants.enabled(options.mutant):
            violation = _drive(world, options, progress)
    else:
        violation = _drive(world, options, progress)
    trace = tuple(TraceLine(at_ms - START_MS, process, text)
                  for at_ms, process, text in world.trace())
    return Result(options, faults, violation, world.steps_run, world.scheduler.events_run,
                  len(world.history.operations), world.acknowledged_count, world.read_count,
                  world.faults_applied, world.node.crash_count, world.network.lost_responses,
                  trace, time.perf_counter() - started)


def _run_cluster(options: Options, progress: Callable[[int, int], None] | None) -> Result:
    """The replication world (reference/sim/cluster/), reported the same way."""
    assert options.brokers is not None
    started = time.perf_counter()
    faults = tuple(fault for fault in schedule_of(options) if isinstance(fault, ClusterFault))
    shape = ClusterShape(brokers=options.brokers)
    tears = "disk" in options.faults  # as the single-node world: crashes may tear a write
    if options.mutant:
        with mutants.enabled(options.mutant):
            world = ClusterWorld(options.seed, faults, shape=shape, tears_on_crash=tears)
            violation = _drive(world, options, progress)
    else:
        world = ClusterWorld(options.seed, faults, shape=shape, tears_on_crash=tears)
        violation = _drive(world, options, progress)
    trace = tuple(TraceLine(at_ms - START_MS, process, text)
                  for at_ms, process, text in world.trace())
    return Result(options, faults, violation, world.steps_run, world.scheduler.events_run,
                  len(world.history.operations), world.acknowledged_count, world.read_count,
                  world.faults_applied, world.crash_count, world.lost_messages, trace,
                  time.perf_counter() - started)


def _drive(world: World | ClusterWorld, options: Options,
           progress: Callable[[int, int], None] | None) -> Violation | None:
    try:
        for step in range(options.steps):
            world.step()
            if progress is not None and step % 1000 == 999:
                progress(step + 1, options.steps)
        world.finish()
    except InvariantViolated as violated:
        return Violation(violated.name, str(violated), world.steps_run)
    except AssertionError as failed:  # the core's own assertions (and the simulator's)
        return Violation("AssertionError", str(failed) or repr(failed), world.steps_run)
    operations: list[Operation] = (world.checked_history() if isinstance(world, ClusterWorld)
                                   else world.history.operations)
    anomalies = check_history(operations)
    if anomalies:
        first = anomalies[0]
        shown = "; ".join(operation.describe() for operation in first.operations)
        more = f" (and {len(anomalies) - 1} more)" if len(anomalies) > 1 else ""
        processes = tuple(sorted({operation.process for operation in first.operations}))
        return Violation(first.name, f"{first.explanation} [{shown}]{more}", world.steps_run,
                         processes)
    return None


def shrink(failing: Result, *, budget_runs: int = 200) -> Result:
    """A smaller run from the same seed that still fails (see the module docstring)."""
    assert failing.violation is not None
    budget = _Budget(budget_runs)
    best = _fewer_faults(failing, budget)
    best = _fewer_steps(best, budget)
    drawn = schedule_of(replace(best.options, keep_faults=None))
    kept = best.options.keep_faults or ()
    started = tuple(i for i in kept if drawn[i].start_step < best.options.steps)
    return replace(best, options=replace(best.options, keep_faults=started))


class _Budget:
    """Counts the runs shrinking spends; `fails` is None once the run passes."""

    def __init__(self, runs: int) -> None:
        self.left = runs

    def fails(self, options: Options) -> Result | None:
        self.left -= 1
        result = run(options)
        return result if result.violation is not None else None


def _fewer_faults(failing: Result, budget: _Budget) -> Result:
    """Delta debugging over the schedule: drop halves, then quarters, ... while it fails."""
    best = failing
    indices = list(range(len(schedule_of(replace(failing.options, keep_faults=None)))))
    if failing.options.keep_faults is not None:
        indices = list(failing.options.keep_faults)
    chunk = max(1, len(indices) // 2)
    while chunk >= 1 and budget.left > 0:
        for start in range(0, len(indices), chunk):
            kept = indices[:start] + indices[start + chunk:]
            candidate = budget.fails(replace(best.options, keep_faults=tuple(kept)))
            if candidate is not None:
                best, indices = candidate, kept
                break
            if budget.left <= 0:
                break
        else:
            chunk //= 2
    horizon = best.options.plan_steps or best.options.steps
    return replace(best, options=replace(best.options, keep_faults=tuple(indices),
                                         plan_steps=horizon))


def _fewer_steps(failing: Result, budget: _Budget) -> Result:
    """Bisect for the fewest steps that still fail (the schedule keeps its horizon). Failing
    is not monotonic in the steps, so this finds a short failing run, not the shortest."""
    best, passing_steps = failing, 0
    while best.options.steps - passing_steps > 10 and budget.left > 0:
        steps = (passing_steps + best.options.steps) // 2
        candidate = budget.fails(replace(best.options, steps=steps))
        if candidate is None:
            passing_steps = steps
        else:
            best = candidate
    return best
