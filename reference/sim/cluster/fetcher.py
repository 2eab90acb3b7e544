"""One follower's fetch loop for one partition: Kafka's replica fetcher thread, reduced.

The loop asks the follower role what to send (`next_request`: OffsetForLeaderEpoch while
truncating, else Fetch), sends it to the leader the role follows, hands the answer back and goes
again: at once after records or a truncation, after a random wait up to FETCH_IDLE_MAX_MS on an
empty answer (as a leader holding an empty fetch), after
FETCH_BACKOFF_MS on an error. One request is in flight at a time. A new role (a new leader or
epoch from the metadata log) starts a new loop; answers meant for the old one are dropped.
A role parked by FENCED_LEADER_EPOCH sends nothing until the next metadata update.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reference.core.replication import (
    FetchRequest,
    FetchResponse,
    FollowerRole,
    OffsetForLeaderEpochRequest,
    OffsetForLeaderEpochResponse,
)
from reference.sim.cluster.links import broker_endpoint
from reference.sim.cluster.timing import FETCH_BACKOFF_MS, FETCH_IDLE_MAX_MS
from spec.errors import ErrorCode

if TYPE_CHECKING:
    from reference.sim.cluster.broker import SimBroker


class ReplicaFetcher:
    def __init__(self, broker: SimBroker, partition: str) -> None:
        self.broker = broker
        self.partition = partition
        self.generation = 0

    def restart(self) -> None:
        """A new role (or a restarted broker): drop what is in flight and fetch at once."""
        self.generation += 1
        generation = self.generation
        self.broker.context.scheduler.schedule(0, f"{self.broker.endpoint} fetcher starts",
                                               lambda: self._fetch(generation))

    def _current(self, generation: int, follower: FollowerRole | None = None) -> bool:
        replica = self.broker.replicas[self.partition]
        return (generation == self.generation and self.broker.is_serving
                and (follower is None or replica.follower is follower))

    def _again(self, generation: int, delay_ms: int) -> None:
        self.broker.context.scheduler.schedule(delay_ms, f"{self.broker.endpoint} fetches",
                                               lambda: self._fetch(generation))

    def _fetch(self, generation: int) -> None:
        if not self._current(generation):
            return
        follower = self.broker.replicas[self.partition].follower
        if follower is None:
            return
        request = follower.next_request()
        if request is None:
            return
        leader = self.broker.context.brokers[follower.leader_id]
        name = self.partition

        def timed_out() -> None:
            if self._current(generation):
                self._again(generation, 0)

        target = broker_endpoint(leader.broker_id)
        if isinstance(request, FetchRequest):
            fetch = request

            def serve_fetch(reply: Callable[[FetchResponse], None]) -> None:
                leader.serve_fetch(name, fetch, reply)

            def fetched(response: FetchResponse) -> None:
                self._fetched(generation, follower, fetch, response)

            self.broker.caller.call(target, "replication", f"fetch {name}", serve_fetch,
                                    fetched, timed_out)
            return
        lookup = request

        def serve_lookup(reply: Callable[[OffsetForLeaderEpochResponse], None]) -> None:
            leader.serve_offset_for_leader_epoch(name, lookup, reply)

        def looked_up(response: OffsetForLeaderEpochResponse) -> None:
            self._looked_up(generation, follower, lookup, response)

        self.broker.caller.call(target, "replication", f"epoch lookup {name}", serve_lookup,
                                looked_up, timed_out)

    def _fetched(self, generation: int, follower: FollowerRole, request: FetchRequest,
                 response: FetchResponse) -> None:
        if not self._current(generation, follower):
            return
        log = self.broker.logs[self.partition]
        before = (log.log_end_offset, log.high_watermark)
        follower.fetch_answered(request, response)
        self.broker.note_follower(self.partition, request, response, before)
        if response.error == ErrorCode.FENCED_LEADER_EPOCH:
            self.broker.context.note(
                f"{self.broker.broker_id}'s fetch of {self.partition} at "
                f"{request.fetch_offset} (epoch {request.current_leader_epoch}) is fenced by "
                f"{follower.leader_id}")
        if response.error != ErrorCode.NONE:
            self._again(generation, FETCH_BACKOFF_MS)
        elif response.records or response.diverging_epoch is not None:
            self._again(generation, 0)
        else:
            # The leader would hold an empty fetch until data comes or its wait ends.
            self._again(generation, self.broker.context.rng.randint(1, FETCH_IDLE_MAX_MS))

    def _looked_up(self, generation: int, follower: FollowerRole,
                   request: OffsetForLeaderEpochRequest,
                   response: OffsetForLeaderEpochResponse) -> None:
        if not self._current(generation, follower):
            return
        log = self.broker.logs[self.partition]
        before = log.log_end_offset
        follower.offset_for_leader_epoch_answered(request, response)
        if log.log_end_offset != before:
            self.broker.context.note(
                f"{self.broker.broker_id} truncates {self.partition} to {log.log_end_offset} "
                f"(leader {follower.leader_id} says epoch {request.leader_epoch} ends at "
                f"{response.end.end_offset}, as epoch {response.end.epoch})")
        delay_ms = FETCH_BACKOFF_MS if response.error != ErrorCode.NONE else 0
        self._again(generation, delay_ms)
