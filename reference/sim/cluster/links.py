"""Messages between the cluster's endpoints: brokers, the controller and clients.

Between brokers and the controller a link behaves like Kafka's TCP connections: messages on one
link (source, target) arrive in the order sent, each after a random delay; a loss resets the
link, so that message and every one still in flight on it are gone (the sender times out and
resends on a new connection); a crashed endpoint or a partitioned one resets every link it has.
Nothing is ever delivered twice or out of order on one link: Kafka's replication relies on that
(one fetch in flight per connection), and a simulator that broke it would be testing another
protocol. Client links are looser: under network faults a client's request may be duplicated or
overtake an earlier one, which the producers' idempotence and the consumers' positions absorb.
A stalled endpoint (a broker whose network thread is stuck, as in a long GC pause) sends and
receives nothing until released; then what reached it comes in, in order, on a state that may
be long stale by then (a zombie). It sent nothing meanwhile (its process was not running), and
metadata answers that reached it stalled are dropped, as it catches up with the metadata log
when it wakes (broker.py). Which messages fail is decided
by `LinkFaults`, which the fault schedule changes as it goes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from reference.sim.scheduler import Scheduler

Channel = Literal["replication", "control", "metadata", "client"]
CONTROLLER = "controller"
SLOW_MAX_DELAY_MS = 40
LOSS_PROBABILITY = 0.15
DUPLICATE_PROBABILITY = 0.2


def broker_endpoint(broker_id: int) -> str:
    return f"broker-{broker_id}"


@dataclass(slots=True)
class LinkFaults:
    """What the network does right now, per endpoint (the fault schedule changes these)."""

    lossy: set[str] = field(default_factory=set)
    slow: set[str] = field(default_factory=set)
    partitioned: set[str] = field(default_factory=set)
    metadata_cut: set[str] = field(default_factory=set)  # cannot reach the metadata quorum
    duplicating: set[str] = field(default_factory=set)  # client requests may repeat, reorder
    stalled: set[str] = field(default_factory=set)  # nothing in or out until released


@dataclass(slots=True)
class _Link:
    generation: int = 0
    last_arrival_ms: int = 0


class Links:
    """Carries messages with the faults in `faults`; `send` returns whether it left at all."""

    def __init__(self, scheduler: Scheduler, *, note: Callable[[str], None]) -> None:
        self.scheduler = scheduler
        self.faults = LinkFaults()
        self._rng = scheduler.fork()
        self._links: dict[tuple[str, str], _Link] = {}
        self._note = note
        self.lost_messages = 0
        self.duplicated_messages = 0
        self._held: dict[str, list[tuple[str, Callable[[], None]]]] = {}

    def _link(self, source: str, target: str) -> _Link:
        link = self._links.get((source, target))
        if link is None:
            link = self._links[(source, target)] = _Link()
        return link

    def is_cut(self, source: str, target: str, channel: Channel) -> bool:
        faults = self.faults
        if source in faults.partitioned or target in faults.partitioned:
            return True
        return channel == "metadata" and bool(faults.metadata_cut & {source, target})

    def stall(self, endpoint: str) -> None:
        self.faults.stalled.add(endpoint)

    def release(self, endpoint: str) -> None:
        """The stall ends: what reached the endpoint comes in, in order."""
        self.faults.stalled.discard(endpoint)
        delay_ms = 0
        for label, arrive in self._held.pop(endpoint, []):
            delay_ms += self._rng.randint(0, 1)
            self.scheduler.schedule(delay_ms, f"{label} (held)", arrive)

    def reset(self, source: str, target: str) -> None:
        """Close the connection between two endpoints: both directions lose what is in flight."""
        self._link(source, target).generation += 1
        self._link(target, source).generation += 1

    def reset_endpoint(self, endpoint: str) -> None:
        for (source, target), link in self._links.items():
            if endpoint in (source, target):
                link.generation += 1

    def _delay_ms(self, source: str, target: str) -> int:
        is_slow = bool(self.faults.slow & {source, target})
        return self._rng.randint(1, SLOW_MAX_DELAY_MS if is_slow else 3)

    def send(self, source: str, target: str, channel: Channel, label: str,
             deliver: Callable[[], None]) -> bool:
        """Schedule `deliver` at the target; False (and nothing scheduled) when the message is
        lost at once."""
        faults = self.faults
        if self.is_cut(source, target, channel):
            return False
        link = self._link(source, target)
        if (faults.lossy & {source, target}) and self._rng.random() < LOSS_PROBABILITY:
            self.lost_messages += 1
            self._note(f"{label} from {source} to {target} is lost; the connection resets")
            self.reset(source, target)
            return False
        generation = link.generation
        arrival_ms = self.scheduler.now_ms + self._delay_ms(source, target)
        loose = channel == "client" and bool(faults.duplicating & {source, target})
        if not loose:
            arrival_ms = max(arrival_ms, link.last_arrival_ms)
            link.last_arrival_ms = arrival_ms

        def arrive() -> None:
            if target in faults.stalled:
                if channel != "metadata":  # it fetches the metadata log afresh on waking
                    self._held.setdefault(target, []).append((label, arrive))
            elif link.generation == generation and not self.is_cut(source, target, channel):
                deliver()

        if source in faults.stalled:
            return True  # a stalled process sends nothing: what it would have sent is gone
        self.scheduler.schedule(arrival_ms - self.scheduler.now_ms, label, arrive)
        if loose and self._rng.random() < DUPLICATE_PROBABILITY:
            self.duplicated_messages += 1
            self.scheduler.schedule(self._delay_ms(source, target) + 2, f"{label} (again)",
                                    arrive)
        return True
