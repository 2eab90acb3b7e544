"""A JoinGroup or SyncGroup parked in the classic coordinator, as a deferred reply.

The shell polls it whenever the broker's state changes; each poll advances the coordinator's
timers and looks for the ticket's answer. Kafka's timers always answer first; the deadline (the
wait plus a safety margin Kafka does not have) only bounds a reply that would otherwise never
end, and answers with what `on_deadline` gives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from reference.core.groups.classic_results import JoinResult, SyncResult
from reference.core.requests import Defer, Respond

if TYPE_CHECKING:
    from reference.core.groups.coordinator import GroupCoordinator

SAFETY_MARGIN_MS = 60_000
Answer = TypeVar("Answer", JoinResult, SyncResult)


def parked_answer(groups: GroupCoordinator, ticket: int, kind: type[Answer], *, now_ms: int,
                  wait_ms: int, on_deadline: Callable[[], Answer],
                  respond: Callable[[Answer], Respond]) -> Defer:
    def poll(poll_ms: int, is_deadline: bool) -> Respond | None:
        ready = groups.poll_classic(ticket, poll_ms)
        if ready is None:
            return respond(on_deadline()) if is_deadline else None
        assert isinstance(ready, kind), ready
        return respond(ready)

    return Defer(now_ms + wait_ms + SAFETY_MARGIN_MS, poll)
