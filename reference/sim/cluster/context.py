"""What every simulated node and client of the cluster reaches: clock, network, each other."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reference.core.replication import Record
from reference.sim.cluster.controller_node import ControllerNode
from reference.sim.cluster.links import Links
from reference.sim.scheduler import Scheduler

if TYPE_CHECKING:
    from reference.sim.cluster.broker import SimBroker


@dataclass(slots=True)
class ClusterContext:
    scheduler: Scheduler
    links: Links
    controller: ControllerNode
    note: Callable[[str], None]
    # What the checks must hear of: a leader acknowledging an acks=all write, serving a read.
    on_acknowledged: Callable[[str, int, Record], None]
    on_read: Callable[[str, int, Record], None]
    rng: random.Random  # the nodes' own random choices (fetch waits)
    brokers: dict[int, SimBroker] = field(default_factory=dict)

    @property
    def now_ms(self) -> int:
        return self.scheduler.now_ms
