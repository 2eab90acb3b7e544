"""The fault schedule: which faults a run injects, when, drawn from the seed before it starts.

A fault is a window of steps: it starts at `start_step` and ends at `end_step`. Drawing the
whole schedule up front (from its own random stream) makes it a list the shrinker can cut
down: a run with a subset of the faults is the same run minus those faults.

Kinds, by the `--faults` category that enables them:
- crash: the node crashes (unflushed bytes lost, maybe a torn tail) and restarts at the end;
- disk: reads fail with probability `READ_FAILURE_PROBABILITY` during the window (a read that
  fails inside the core halts the node, as a broker with one offline log directory stops);
  with disk faults on, every crash also tears unflushed tails with `TEAR_PROBABILITY`;
- network: `lossy` (requests reset, responses lost), `slow` (long delays that race
  connections against each other) and `partition` (the node unreachable);
- partition: only `partition` windows.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

FaultKind = Literal["crash", "disk", "lossy", "slow", "partition"]
CATEGORIES: dict[str, tuple[FaultKind, ...]] = {
    "crash": ("crash",),
    "disk": ("disk",),
    "network": ("lossy", "slow", "partition"),
    "partition": ("partition",),
}
READ_FAILURE_PROBABILITY = 0.05
TEAR_PROBABILITY = 0.5
REQUEST_LOSS_PROBABILITY = 0.1
RESPONSE_LOSS_PROBABILITY = 0.3
SLOW_MAX_DELAY_MS = 150

_DESCRIPTIONS: dict[FaultKind, str] = {
    "crash": "node {node} crashes; it restarts at step {end}",
    "disk": "reads on node {node}'s disk fail 1 time in {one_in} until step {end}",
    "lossy": "connections to node {node} reset and lose responses until step {end}",
    "slow": "the network to node {node} delays messages up to {slow_ms} ms until step {end}",
    "partition": "node {node} is cut off from every client until step {end}",
}


@dataclass(frozen=True, slots=True)
class Fault:
    kind: FaultKind
    start_step: int
    end_step: int
    node_id: int = 1

    def describe(self) -> str:
        return _DESCRIPTIONS[self.kind].format(
            node=self.node_id, end=self.end_step, one_in=round(1 / READ_FAILURE_PROBABILITY),
            slow_ms=SLOW_MAX_DELAY_MS)


def parse_categories(text: str) -> frozenset[str]:
    """`crash,disk,network` -> the set; an unknown name raises ValueError."""
    names = frozenset(name.strip() for name in text.split(",") if name.strip())
    unknown = names - CATEGORIES.keys()
    if unknown:
        raise ValueError(f"unknown fault categories {sorted(unknown)}; "
                         f"known: {', '.join(CATEGORIES)}")
    return names


def plan_faults(rng: random.Random, categories: Iterable[str], steps: int) -> tuple[Fault, ...]:
    """A schedule of fault windows over `steps` steps, ordered by start."""
    kinds = sorted({kind for category in categories for kind in CATEGORIES[category]})
    if not kinds or steps < 10:
        return ()
    faults: list[Fault] = []
    for _ in range(rng.randint(1, 2 + steps // 250)):
        start_step = rng.randrange(steps * 9 // 10)
        length = rng.randint(max(1, steps // 40), max(2, steps // 6))
        faults.append(Fault(rng.choice(kinds), start_step, min(steps, start_step + length)))
    return tuple(sorted(faults, key=lambda fault: (fault.start_step, fault.kind)))
