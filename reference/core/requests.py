"""What a handler receives about a request, and the shapes of what it may answer.

A handler is a pure function of the broker's state, a `RequestContext` and the decoded request.
It answers with one of three `Reply` shapes, which each shell (TCP server, simulator) carries out:
- `Respond(message)`: send this response now;
- `NoResponse()`: send nothing (Produce with acks=0, as Kafka does);
- `Defer(deadline_ms, poll)`: the answer waits for data or time (Fetch's max.wait with min.bytes).
  The shell calls `poll(now_ms, is_deadline)` whenever the broker's logs change and at the
  deadline; `poll` returns the response when ready and must return one when `is_deadline` holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

ResponseMessage = Any  # a generated response dataclass; its type is the handler's own business


@dataclass(frozen=True, slots=True)
class RequestContext:
    api_key: int
    api_version: int
    correlation_id: int
    client_id: str | None
    client_host: str
    connection_id: str
    now_ms: int


@dataclass(frozen=True, slots=True)
class Respond:
    message: ResponseMessage


@dataclass(frozen=True, slots=True)
class NoResponse:
    """No bytes go back (acks=0); `close_connection` tells the client of a failure the Kafka way."""

    close_connection: bool = False


@dataclass(frozen=True, slots=True)
class Defer:
    deadline_ms: int
    poll: Callable[[int, bool], Respond | None]


Reply = Respond | NoResponse | Defer


class CloseConnection(Exception):
    """The request cannot be answered in Kafka's protocol; Kafka closes the connection."""
