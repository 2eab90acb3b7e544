"""Producers and consumers of the cluster simulator, each writing the Jepsen-style history.

- A producer is an idempotent acks=all client with one write in flight: it sends one record id
  to the leader its metadata names; on a timeout or any error (NOT_LEADER_OR_FOLLOWER,
  NOT_ENOUGH_REPLICAS, REQUEST_TIMED_OUT, ...) it asks a broker for metadata again and resends
  the same id, for as long as the run lasts. The leader answers a resent id it already holds
  with its offset, so a retry never writes twice. An acknowledged write is `ok` at its offset;
  one still unanswered when the run ends is `info`.
- A consumer reads one partition from its position at the leader, up to the high watermark;
  OFFSET_OUT_OF_RANGE moves it back to the log start (a recorded `seek`).
Metadata comes from a broker picked at random, whose cache may be behind the controller: a
client can be sent to a leader that is no longer one, as in Kafka.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from reference.sim.cluster.answers import ConsumeAnswer, ProduceAnswer
from reference.sim.cluster.context import ClusterContext
from reference.sim.cluster.links import broker_endpoint
from reference.sim.cluster.rpc import Caller
from reference.sim.cluster.timing import (
    CLIENT_BACKOFF_MS,
    CONSUMER_POLL_MS,
    PRODUCE_TIMEOUT_MS,
    REQUEST_TIMEOUT_MS,
)
from reference.sim.history import History, Message
from spec.errors import ErrorCode

PRODUCE_REQUEST_TIMEOUT_MS = PRODUCE_TIMEOUT_MS + REQUEST_TIMEOUT_MS


class _Client:
    """What producers and consumers share: a connection endpoint and a leader cache."""

    def __init__(self, name: str, context: ClusterContext, history: History,
                 rng: random.Random, partitions: tuple[str, ...]) -> None:
        self.name = name
        self.context = context
        self.history = history
        self.rng = rng
        self.partitions = partitions
        self.caller = Caller(context.links, name)
        self.leaders: dict[str, int] = {}
        self.is_stopping = False

    def start(self) -> None:
        raise NotImplementedError

    def _later(self, delay_ms: int, label: str, action: Callable[[], None]) -> None:
        self.context.scheduler.schedule(delay_ms, f"{self.name} {label}", action)

    def refresh_then(self, then: Callable[[], None]) -> None:
        """Ask a random broker for the leaders, then run `then` (after a backoff)."""
        broker = self.context.brokers[self.rng.choice(sorted(self.context.brokers))]

        def answered(leaders: dict[str, int]) -> None:
            self.leaders = leaders
            self._later(CLIENT_BACKOFF_MS, "retries", then)

        self.caller.call(broker.endpoint, "client", "metadata", broker.serve_metadata,
                         answered, lambda: self.refresh_then(then))


class ClusterProducer(_Client):
    def __init__(self, name: str, context: ClusterContext, history: History,
                 rng: random.Random, partitions: tuple[str, ...], first_value: int) -> None:
        super().__init__(name, context, history, rng, partitions)
        self.next_value = first_value
        self.in_flight: tuple[int, int] | None = None  # (partition index, value)
        self.acknowledged_count = 0

    def start(self) -> None:
        self.refresh_then(self._next)

    def _next(self) -> None:
        if self.is_stopping:
            return
        index = self.rng.randrange(len(self.partitions))
        value, self.next_value = self.next_value, self.next_value + 1
        self.in_flight = (index, value)
        self.history.record(self.context.now_ms, self.name, "invoke", "send",
                            [Message(index, -1, value)])
        self._send()

    def _send(self) -> None:
        if self.in_flight is None:
            return
        index, value = self.in_flight
        name = self.partitions[index]
        leader_id = self.leaders.get(name, -1)
        if leader_id < 0:
            self.refresh_then(self._send)
            return
        broker = self.context.brokers[leader_id]

        def serve(reply: Callable[[ProduceAnswer], None]) -> None:
            broker.serve_produce(name, value, reply)

        self.caller.call(broker_endpoint(leader_id), "client", f"produce r{value}", serve,
                         self._answered, lambda: self.refresh_then(self._send),
                         timeout_ms=PRODUCE_REQUEST_TIMEOUT_MS)

    def _answered(self, answer: ProduceAnswer) -> None:
        if self.in_flight is None:
            return
        if answer.error != ErrorCode.NONE:
            self.refresh_then(self._send)  # every error here is retriable: same id again
            return
        index, value = self.in_flight
        self.in_flight = None
        self.acknowledged_count += 1
        self.history.record(self.context.now_ms, self.name, "ok", "send",
                            [Message(index, answer.offset, value)])
        self._next()

    def abandon(self) -> None:
        """The run ends with a write unanswered: it may or may not be in the log."""
        if self.in_flight is not None:
            index, value = self.in_flight
            self.history.record(self.context.now_ms, self.name, "info", "send",
                                [Message(index, -1, value)], error="run ended")
            self.in_flight = None


class ClusterConsumer(_Client):
    def __init__(self, name: str, context: ClusterContext, history: History,
                 rng: random.Random, partitions: tuple[str, ...], index: int) -> None:
        super().__init__(name, context, history, rng, partitions)
        self.index = index
        self.position = 0
        self.read_count = 0
        self.caught_up_after_ms: int | None = None  # set when the run starts finishing
        self.is_caught_up = False

    def start(self) -> None:
        self.refresh_then(self._poll)

    def _poll(self) -> None:
        name = self.partitions[self.index]
        leader_id = self.leaders.get(name, -1)
        if leader_id < 0:
            self.refresh_then(self._poll)
            return
        broker, position, sent_ms = (self.context.brokers[leader_id], self.position,
                                     self.context.now_ms)

        def serve(reply: Callable[[ConsumeAnswer], None]) -> None:
            broker.serve_consume(name, position, reply)

        def answered(answer: ConsumeAnswer) -> None:
            self._answered(answer, position, sent_ms)

        self.caller.call(broker_endpoint(leader_id), "client", f"consume {name}", serve,
                         answered, lambda: self.refresh_then(self._poll))

    def _answered(self, answer: ConsumeAnswer, position: int, sent_ms: int) -> None:
        if answer.error == ErrorCode.OFFSET_OUT_OF_RANGE:
            self.position = 0
            self.history.record(self.context.now_ms, self.name, "info", "seek",
                                error="OFFSET_OUT_OF_RANGE: back to the log start")
        if answer.error != ErrorCode.NONE:
            self.refresh_then(self._poll)
            return
        if position != self.position:
            self._later(0, "polls", self._poll)
            return
        if answer.records:
            self.history.record(self.context.now_ms, self.name, "ok", "poll", [
                Message(self.index, position + index, record.record_id)
                for index, record in enumerate(answer.records)])
            self.position += len(answer.records)
            self.read_count += len(answer.records)
            self._later(0, "polls", self._poll)
            return
        if self.caught_up_after_ms is not None and sent_ms >= self.caught_up_after_ms:
            self.is_caught_up = True
        self._later(CONSUMER_POLL_MS, "polls", self._poll)
