"""The simulator's clock and event queue: one seeded discrete-event scheduler for the whole world.

Events run in order of virtual time, ties broken by the order they were scheduled, so a run is
a pure function of its seed. Every random choice in the simulated world is drawn from `rng`
(`random.Random(seed)`) or from a stream `fork` derives from it, never from the global
generator. Nodes, the network and clients all schedule here: one queue, N nodes.
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Callable
from dataclasses import dataclass, field

START_MS = 1_700_000_000_000


@dataclass(frozen=True, slots=True, order=True)
class ScheduledEvent:
    """One action due at `due_ms`; `sequence` keeps same-time events in scheduling order."""

    due_ms: int
    sequence: int
    label: str = field(compare=False)
    action: Callable[[], None] = field(compare=False, repr=False)


class Scheduler:
    """A virtual clock and a queue of events; `run_next` advances time to the next event."""

    def __init__(self, seed: int, *, start_ms: int = START_MS, max_queued: int = 100_000) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.now_ms = start_ms
        self.events_run = 0
        self._queue: list[ScheduledEvent] = []
        self._sequence = 0
        self._max_queued = max_queued

    def fork(self) -> random.Random:
        """A new random stream drawn from this one, so a component's choices do not shift when
        another component draws more or fewer numbers."""
        return random.Random(self.rng.getrandbits(64))

    def schedule(self, delay_ms: int, label: str, action: Callable[[], None]) -> ScheduledEvent:
        assert delay_ms >= 0, (delay_ms, label)
        # Bounded: a runaway feedback loop shows up as an error, not as memory exhaustion.
        assert len(self._queue) < self._max_queued, f"event queue full at {label}"
        self._sequence += 1
        event = ScheduledEvent(self.now_ms + delay_ms, self._sequence, label, action)
        heapq.heappush(self._queue, event)
        return event

    @property
    def pending(self) -> int:
        return len(self._queue)

    def next_due_ms(self) -> int | None:
        return self._queue[0].due_ms if self._queue else None

    def run_next(self) -> ScheduledEvent | None:
        """Run the earliest event (None when the queue is empty)."""
        if not self._queue:
            return None
        event = heapq.heappop(self._queue)
        assert event.due_ms >= self.now_ms, (event, self.now_ms)
        self.now_ms = event.due_ms
        self.events_run += 1
        event.action()
        return event
