"""The fetch session cache: bounded slots, session ids, eviction (Kafka's `FetchSessionCache`).

Kafka 4.x splits the cache into shards (`NumFetchSessionCacheShards` = 8), each with
`max.incremental.fetch.session.cache.slots / 8` slots and its own slice of the session id
space; new sessions go to the shards in turn, and eviction only looks inside the chosen shard.
So a broker can refuse a session while other shards still have room: that is Kafka's
behaviour and this cache keeps it (`shard_count=1` gives the single cache of Kafka 2.x-3.6).

Eviction (`FetchSessionCacheShard.tryEvict`), when a new session finds its shard full:
  1. the least recently used session, if unused for more than `eviction_ms`, goes;
  2. otherwise the least valuable evictable session goes if the new one is worth at least as
     much, value ordered by (privileged, partition count, id). A session is evictable by
     consumers only once older than `eviction_ms`; a consumer session is always evictable by
     a follower (privileged) one. Both are decided when the session was last touched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from reference.core.fetch_sessions.session import FetchSession, SessionKey
from reference.core.fetch_sessions.values import (
    INITIAL_EPOCH,
    INT32_MAX,
    INVALID_SESSION_ID,
    CachedPartition,
    next_epoch,
)
from spec.invariants import check, fetch_session_ids_valid

DEFAULT_MAX_SLOTS = 1000  # max.incremental.fetch.session.cache.slots
MIN_EVICTION_MS = 120_000  # KafkaBroker.MIN_INCREMENTAL_FETCH_SESSION_EVICTION_MS
DEFAULT_SHARD_COUNT = 8  # KafkaBroker.NumFetchSessionCacheShards
_MAX_ID_DRAWS = 1000  # a random source that repeats this often is broken, not unlucky

CachedPartitions = dict[SessionKey, CachedPartition]


class UnroutableSessionId(LookupError):
    """A session id that maps to no shard (below -range or in the top sliver of int32).

    Kafka indexes its shard list with `sessionId / sessionIdRange` and throws
    IndexOutOfBoundsException; its request handler answers UNKNOWN_SERVER_ERROR. The broker
    shell should do the same with this.
    """


@dataclass(slots=True, eq=False)
class _Shard:
    """One shard (`FetchSessionCacheShard`): ids in [max(1, low), high)."""

    max_entries: int
    eviction_ms: int
    id_low: int
    id_high: int
    sessions: dict[int, FetchSession]

    def total_partitions(self) -> int:
        return sum(session.cached_size for session in self.sessions.values())

    def new_session_id(self, draw: Callable[[], int]) -> int:
        low = max(1, self.id_low)
        for _ in range(_MAX_ID_DRAWS):
            session_id = low + draw() % (self.id_high - low)
            if session_id != INVALID_SESSION_ID and session_id not in self.sessions:
                return session_id
        raise AssertionError(f"random source gave {_MAX_ID_DRAWS} used ids in a row")

    def remove(self, session: FetchSession) -> bool:
        return self.sessions.pop(session.session_id, None) is not None

    def touch(self, session: FetchSession, now_ms: int) -> None:
        """Record a use: last-used time, size, and which evictions may now take the session."""
        session.last_used_ms = now_ms
        session.cached_size = session.size
        is_old = now_ms - session.creation_ms > self.eviction_ms
        session.is_evictable_by_privileged = not session.is_privileged or is_old
        session.is_evictable_by_all = is_old

    def try_evict(self, is_privileged: bool, size: int, now_ms: int) -> bool:
        if not self.sessions:
            return False
        stalest = min(self.sessions.values(), key=lambda s: s.last_used_key)
        if now_ms - stalest.last_used_ms > self.eviction_ms:
            return self.remove(stalest)
        candidates = [s for s in self.sessions.values()
                      if (s.is_evictable_by_privileged if is_privileged else s.is_evictable_by_all)]
        if not candidates:
            return False
        victim = min(candidates, key=lambda s: s.evictable_key)
        # The new session's key has id 0, so it loses ties on (privileged, size) to no one.
        if (is_privileged, size, 0) < victim.evictable_key:
            return False
        return self.remove(victim)


class FetchSessionCache:
    """All shards of the cache. Session ids come from `draw`, a seeded source of ints >= 0."""

    def __init__(self, draw: Callable[[], int], max_slots: int = DEFAULT_MAX_SLOTS,
                 eviction_ms: int = MIN_EVICTION_MS,
                 shard_count: int = DEFAULT_SHARD_COUNT) -> None:
        assert max_slots >= 0 and eviction_ms >= 0 and shard_count >= 1
        self._draw = draw
        self._id_range = INT32_MAX // shard_count
        self._shards = [
            _Shard(max_slots // shard_count, eviction_ms, number * self._id_range,
                   (number + 1) * self._id_range, {})
            for number in range(shard_count)
        ]
        self._next_shard = 0

    @property
    def capacity(self) -> int:
        """How many sessions the shards can hold together (slots rounded down per shard)."""
        return sum(shard.max_entries for shard in self._shards)

    def __len__(self) -> int:
        return sum(len(shard.sessions) for shard in self._shards)

    def sessions(self) -> Iterator[FetchSession]:
        for shard in self._shards:
            yield from shard.sessions.values()

    def total_partitions(self) -> int:
        """NumIncrementalFetchPartitionsCached: partitions as of each session's last touch."""
        return sum(shard.total_partitions() for shard in self._shards)

    def _shard_for(self, session_id: int) -> _Shard:
        # Java's int division truncates toward zero, so small negative ids land in shard 0.
        number = abs(session_id) // self._id_range * (1 if session_id >= 0 else -1)
        if not 0 <= number < len(self._shards):
            raise UnroutableSessionId(session_id)
        return self._shards[number]

    def get(self, session_id: int) -> FetchSession | None:
        return self._shard_for(session_id).sessions.get(session_id)

    def remove(self, session_id: int) -> FetchSession | None:
        shard = self._shard_for(session_id)
        session = shard.sessions.get(session_id)
        if session is None or not shard.remove(session):
            return None
        return session

    def touch(self, session: FetchSession, now_ms: int) -> None:
        self._shard_for(session.session_id).touch(session, now_ms)

    def maybe_create_session(self, now_ms: int, is_privileged: bool, size: int,
                             uses_topic_ids: bool,
                             create_partitions: Callable[[], CachedPartitions]) -> int:
        """Open a session in the next shard if it has or can make room; its id, else 0."""
        shard = self._shards[self._next_shard]
        self._next_shard = (self._next_shard + 1) % len(self._shards)
        has_room = len(shard.sessions) < shard.max_entries
        if not has_room and not shard.try_evict(is_privileged, size, now_ms):
            return INVALID_SESSION_ID
        session = FetchSession(shard.new_session_id(self._draw), is_privileged, uses_topic_ids,
                               now_ms, now_ms, next_epoch(INITIAL_EPOCH), create_partitions())
        shard.sessions[session.session_id] = session
        shard.touch(session, now_ms)
        self._check(shard)
        return session.session_id

    def _check(self, shard: _Shard) -> None:
        ids = list(shard.sessions)
        check("FetchSessionIdsValid",
              fetch_session_ids_valid(ids, max(1, shard.id_low), shard.id_high),
              session_ids=ids, low=shard.id_low, high=shard.id_high)
        check("FetchSessionCacheBounded", len(ids) <= shard.max_entries,
              sessions=len(ids), max_entries=shard.max_entries)
