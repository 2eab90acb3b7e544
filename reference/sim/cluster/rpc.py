"""Request and answer over `Links`, with Kafka's client-side request timeout.

A `Caller` belongs to one endpoint. `call` sends a request whose `serve` runs at the target when
it arrives and answers through `reply`, now or later (a parked acks=all produce); the answer
travels back and `on_answer` runs once. A request not answered within its timeout closes the
connection (so nothing of it can arrive later) and `on_timeout` runs: the caller decides whether
to resend. Deadlines are swept by the world's clock tick rather than one timer per request, so
a run's events are spent on messages, not on timers that find nothing to do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from reference.sim.cluster.links import Channel, Links
from reference.sim.cluster.timing import REQUEST_TIMEOUT_MS

Answer = TypeVar("Answer")


@dataclass(slots=True)
class _Outstanding:
    target: str
    deadline_ms: int
    on_timeout: Callable[[], None]


class Caller:
    def __init__(self, links: Links, endpoint: str) -> None:
        self.links = links
        self.endpoint = endpoint
        self._outstanding: dict[int, _Outstanding] = {}
        self._next_token = 0

    def call(self, target: str, channel: Channel, label: str,
             serve: Callable[[Callable[[Answer], None]], None],
             on_answer: Callable[[Answer], None], on_timeout: Callable[[], None], *,
             timeout_ms: int = REQUEST_TIMEOUT_MS) -> None:
        self._next_token += 1
        token = self._next_token
        now_ms = self.links.scheduler.now_ms
        self._outstanding[token] = _Outstanding(target, now_ms + timeout_ms, on_timeout)
        source = self.endpoint

        def answered(answer: Answer) -> None:
            if self._outstanding.pop(token, None) is not None:
                on_answer(answer)

        def reply(answer: Answer) -> None:
            self.links.send(target, source, channel, f"{label} answer",
                            lambda: answered(answer))

        self.links.send(source, target, channel, label, lambda: serve(reply))

    def expire(self, now_ms: int) -> None:
        """Time out every request past its deadline: close its connection, then tell the
        caller."""
        late = [(token, waiting) for token, waiting in self._outstanding.items()
                if waiting.deadline_ms <= now_ms]
        for token, waiting in late:
            del self._outstanding[token]
            self.links.reset(self.endpoint, waiting.target)
        for _, waiting in late:
            waiting.on_timeout()

    def forget_all(self) -> None:
        """The endpoint crashed: nothing it was waiting for matters any more."""
        self._outstanding.clear()
