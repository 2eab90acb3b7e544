"""A fetcher talks to the session manager while logs grow, fail and get trimmed, sessions get
evicted and duplicates arrive: its view must always equal what a sessionless fetch returns."""

from __future__ import annotations

import uuid

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from models.fetch_session_model import (
    ClientFetcher,
    FetchRequestData,
    ModelLog,
    read,
    view_mismatches,
)
from reference.core.fetch_sessions import (
    FetchManager,
    FetchSessionCache,
    PartitionRequest,
    PartitionResult,
    SessionPartition,
    SessionResponse,
)
from reference.core.fetch_sessions.values import (
    FETCH_SESSION_ID_NOT_FOUND,
    INVALID_FETCH_SESSION_EPOCH,
    ZERO_UUID,
)
from spec.invariants import check

EVICTION_MS = 50
TOPICS = {uuid.UUID(int=0xF00): "foo", uuid.UUID(int=0xBA2): "bar"}


def universe(version: int) -> list[SessionPartition]:
    return [SessionPartition(topic_id if version >= 13 else ZERO_UUID, name, number)
            for topic_id, name in TOPICS.items() for number in (0, 1)]


class FetcherTalksToSessions(RuleBasedStateMachine):
    """Rules are what the fetcher, the logs, other fetchers and the clock do."""

    @initialize(version=st.sampled_from([12, 13]), seed=st.integers(0, 2**16),
                slots_per_shard=st.integers(1, 3), shard_count=st.sampled_from([1, 8]),
                is_follower=st.booleans(), sizes=st.lists(st.integers(0, 12), min_size=4,
                                                          max_size=4))
    def start(self, version: int, seed: int, slots_per_shard: int, shard_count: int,
              is_follower: bool, sizes: list[int]) -> None:
        self.is_follower = is_follower
        draws = iter(range(seed, seed + 10**6))
        self.cache = FetchSessionCache(lambda: next(draws), slots_per_shard * shard_count,
                                       eviction_ms=EVICTION_MS, shard_count=shard_count)
        self.manager = FetchManager(self.cache)
        self.version = version
        self.partitions = universe(version)
        # Logs start with records, most of them committed, and the fetcher wants them all in
        # small bites, so that fetches keep returning records for a while.
        self.logs = {partition: ModelLog(0, size // 2, size)
                     for partition, size in zip(self.partitions, sizes, strict=True)}
        self.fetcher = ClientFetcher(
            wanted={partition: PartitionRequest(0, 20) for partition in self.partitions})
        self.now_ms = 0
        self.last_sent: FetchRequestData | None = None

    def _round_trip(self, sent: FetchRequestData, is_follower: bool) -> SessionResponse:
        names = TOPICS if self.version >= 13 else {}
        context = self.manager.new_context(self.version, sent.session_id, sent.epoch,
                                           sent.to_send, sent.to_forget, names, is_follower,
                                           self.now_ms)
        results = {partition: read(self.logs[partition], request, is_follower)
                   for partition, request in context.partitions()}
        return context.update_and_generate_response_data(results, self.now_ms)

    def _reads_of_fetcher_session(self) -> dict[SessionPartition, PartitionResult]:
        # The logs have not changed since the broker read them, so these are its results.
        return {partition: read(self.logs[partition], request, self.is_follower)
                for partition, request in self.fetcher.session.items()}

    @rule(index=st.integers(0, 3), change=st.sampled_from(["start", "end", "past_end", "drop"]),
          max_bytes=st.sampled_from([10, 30, 1000]), then_fetch=st.booleans())
    def fetcher_changes_interest(self, index: int, change: str, max_bytes: int,
                                 then_fetch: bool) -> None:
        partition = self.partitions[index]
        log = self.logs[partition]
        offsets = {"start": log.log_start_offset, "end": log.log_end_offset,
                   "past_end": log.log_end_offset + 1}
        if change == "drop":
            self.fetcher.wanted.pop(partition, None)
        else:
            self.fetcher.wanted[partition] = PartitionRequest(offsets[change], max_bytes)
        if then_fetch:
            self.fetch()

    @rule(index=st.integers(0, 3), count=st.integers(1, 5),
          change=st.sampled_from(["produce", "replicate", "produce_replicated",
                                  "delete_records", "leadership_flaps"]),
          then_fetch=st.booleans())
    def log_changes(self, index: int, count: int, change: str, then_fetch: bool) -> None:
        log = self.logs[self.partitions[index]]
        if change.startswith("produce"):
            log.log_end_offset += count
        if change in ("replicate", "produce_replicated"):
            log.high_watermark = log.log_end_offset
        if change == "delete_records":
            log.log_start_offset = log.high_watermark
        if change == "leadership_flaps":
            log.is_failing = not log.is_failing
        if then_fetch:
            self.fetch()

    @rule(elapsed_ms=st.integers(1, 2 * EVICTION_MS))
    def clock_advances(self, elapsed_ms: int) -> None:
        self.now_ms += elapsed_ms

    @rule(size=st.integers(0, 4), is_follower=st.booleans())
    def another_fetcher_opens_a_session(self, size: int, is_follower: bool) -> None:
        wanted = {partition: PartitionRequest(0, 100) for partition in self.partitions[:size]}
        self._round_trip(FetchRequestData(0, 0, wanted, []), is_follower)

    @rule()
    def fetch(self) -> None:
        sent = self.fetcher.build()
        response = self._round_trip(sent, self.is_follower)
        results = self._reads_of_fetcher_session()
        if self.fetcher.handle(sent, response, results):
            problems = view_mismatches(self.fetcher, self.logs, response, self.is_follower)
            check("IncrementalViewMatchesSessionless", not problems, problems=problems,
                  request=sent, response=response)
            for partition in response.partitions:
                self.fetcher.consume(partition, results[partition])
        self.last_sent = sent

    @precondition(lambda self: self.last_sent is not None and self.last_sent.epoch > 0)
    @rule()
    def duplicate_of_last_request_arrives(self) -> None:
        # The original moved the session's epoch on (or ended the session), so the copy must
        # bounce off without touching the session.
        assert self.last_sent is not None
        is_alive = self.cache.get(self.last_sent.session_id) is not None
        response = self._round_trip(self.last_sent, self.is_follower)
        expected = INVALID_FETCH_SESSION_EPOCH if is_alive else FETCH_SESSION_ID_NOT_FOUND
        assert (response.error_code, response.partitions) == (expected, ()), response

    @rule()
    def fetcher_closes_its_session(self) -> None:
        sent = self.fetcher.close()
        response = self._round_trip(sent, self.is_follower)
        assert response.session_id == 0 and self.cache.get(sent.session_id) is None
        self.fetcher.handle(sent, response, self._reads_of_fetcher_session())

    @invariant()
    def broker_session_holds_what_the_fetcher_last_sent(self) -> None:
        if self.fetcher.epoch <= 0:
            return
        session = self.cache.get(self.fetcher.session_id)
        if session is None:
            return  # evicted: the next fetch finds out
        held = {cached.partition.session_key: cached.request for cached in session.cached()}
        sent = {partition.session_key: request
                for partition, request in self.fetcher.session.items()}
        check("SessionMatchesFetcher", held == sent, held=held, sent=sent)

    @invariant()
    def cache_stays_within_its_slots(self) -> None:
        check("FetchSessionCacheBounded", len(self.cache) <= self.cache.capacity,
              sessions=len(self.cache), capacity=self.cache.capacity)


TestFetcherTalksToSessions = FetcherTalksToSessions.TestCase
