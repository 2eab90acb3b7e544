"""The cluster simulator's fault schedule: windows of steps, each on one broker.

Drawn from the seed before the run starts (its own random stream), as the single-node
schedule, so the shrinker can drop faults. Kinds, by `--faults` category:
- crash: the broker crashes (unflushed records lost) and restarts at the window's end;
- disk: the broker's fsyncs stall for the window, so a crash in it loses more, and its reads
  fail 1 time in 20: the first failure takes its log directory offline until the broker
  restarts (at the window's end); with `disk` on, a crash may also tear the first unflushed
  record, which recovery cuts at the restart (disk.py);
- network: `lossy` (messages to and from the broker lost, their connections reset), `slow`
  (delays up to 40 ms, racing links against each other), `duplicate` (client requests to the
  broker repeated and reordered), `partition` and `metadata-lag`;
- partition: `partition` (the broker unreachable by anyone) and `metadata-lag` (the broker
  cannot reach the metadata quorum, everything else can: it heartbeats, fetches and serves on
  an old view of the cluster, a zombie), `stall` (nothing goes in or out of the broker, as in a
  long GC pause; then what was held is sent and received late, on a stale view).
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

ClusterFaultKind = Literal["crash", "disk", "lossy", "slow", "duplicate", "partition",
                           "metadata-lag", "stall"]
CATEGORIES: dict[str, tuple[ClusterFaultKind, ...]] = {
    "crash": ("crash",),
    "disk": ("disk",),
    "network": ("lossy", "slow", "duplicate", "partition", "metadata-lag", "stall"),
    "partition": ("partition", "metadata-lag", "stall"),
}

_DESCRIPTIONS: dict[ClusterFaultKind, str] = {
    "crash": "broker {node} crashes; it restarts at step {end}",
    "disk": "broker {node}'s disk fails until step {end}: fsyncs stall, reads fail 1 in 20",
    "lossy": "messages to and from broker {node} are lost (connections reset) until step {end}",
    "slow": "messages to and from broker {node} are slow until step {end}",
    "duplicate": "client requests to broker {node} are duplicated and reordered until step {end}",
    "partition": "broker {node} is cut off from everyone until step {end}",
    "metadata-lag": "broker {node} cannot reach the controller's metadata log until step {end}",
    "stall": "broker {node}'s network stalls (nothing in or out) until step {end}",
}


@dataclass(frozen=True, slots=True)
class ClusterFault:
    kind: ClusterFaultKind
    start_step: int
    end_step: int
    node_id: int

    def describe(self) -> str:
        return _DESCRIPTIONS[self.kind].format(node=self.node_id, end=self.end_step)


def plan_cluster_faults(rng: random.Random, categories: Iterable[str], steps: int,
                        brokers: int) -> tuple[ClusterFault, ...]:
    """A schedule of fault windows over `steps` steps on `brokers` brokers, ordered by start."""
    kinds = sorted({kind for category in categories for kind in CATEGORIES[category]})
    if not kinds or steps < 10:
        return ()
    faults: list[ClusterFault] = []
    for _ in range(rng.randint(1, 2 + steps // 100)):
        start_step = rng.randrange(steps * 9 // 10)
        length = rng.randint(max(1, steps // 30), max(2, steps // 4))
        faults.append(ClusterFault(rng.choice(kinds), start_step,
                                   min(steps, start_step + length), rng.randrange(brokers)))
    return tuple(sorted(faults, key=lambda fault: (fault.start_step, fault.kind, fault.node_id)))
