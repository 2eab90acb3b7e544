"""Fetch session cache: slots, ids, shards and Kafka's eviction order."""

from __future__ import annotations

import pytest

from reference.core.fetch_sessions import FetchSessionCache, UnroutableSessionId
from reference.core.fetch_sessions.session import SessionKey
from reference.core.fetch_sessions.values import (
    FETCH_SESSION_ID_NOT_FOUND,
    INT32_MAX,
    CachedPartition,
)
from spec.invariants import fetch_session_ids_valid
from tests.test_fetch_sessions_support import (
    context,
    counting_draw,
    foo,
    new_manager,
    open_session,
    request,
    respond,
    result,
)


def partitions(count: int) -> dict[SessionKey, CachedPartition]:
    return {foo(n).session_key: CachedPartition(foo(n), request()) for n in range(count)}


def create(cache: FetchSessionCache, now_ms: int, size: int, privileged: bool = False) -> int:
    return cache.maybe_create_session(now_ms, privileged, size, True, lambda: partitions(size))


def held(cache: FetchSessionCache) -> set[int]:
    return {session.session_id for session in cache.sessions()}


def touch(cache: FetchSessionCache, session_id: int, now_ms: int) -> None:
    session = cache.get(session_id)
    assert session is not None
    cache.touch(session, now_ms)


def test_eviction_prefers_stale_then_smaller_older_sessions_and_privilege() -> None:
    # The sequence of Kafka's FetchSessionTest.testSessionCache (3 slots, 100 ms).
    cache = FetchSessionCache(counting_draw(), max_slots=3, eviction_ms=100, shard_count=1)
    id1, id2, id3 = create(cache, 0, 10), create(cache, 10, 20), create(cache, 20, 30)
    assert create(cache, 30, 40) == 0 and create(cache, 40, 5) == 0  # all too young
    assert held(cache) == {id1, id2, id3}
    touch(cache, id1, 200)
    id4 = create(cache, 210, 11)  # id2, unused since 10, is stale
    assert held(cache) == {id1, id3, id4}
    touch(cache, id1, 400)
    touch(cache, id3, 390)
    touch(cache, id4, 400)
    id5 = create(cache, 410, 50)  # nothing stale: the smallest old session (id1, 10) goes
    assert held(cache) == {id3, id4, id5}
    assert create(cache, 410, 5) == 0  # smaller than every evictable session
    id6 = create(cache, 410, 5, privileged=True)  # a follower outranks any consumer
    assert held(cache) == {id3, id5, id6}


def test_follower_sessions_fall_to_consumers_only_when_stale() -> None:
    # EvictableKey sorts privileged sessions after all consumer ones, whatever their size.
    cache = FetchSessionCache(counting_draw(), max_slots=1, eviction_ms=100, shard_count=1)
    follower = create(cache, 0, 1, privileged=True)
    touch(cache, follower, 101)  # now old, so in the evictable-by-all set
    assert create(cache, 150, 1000) == 0
    assert create(cache, 201, 1000) == 0  # unused for exactly 100 ms: not yet stale
    consumer = create(cache, 202, 1)
    assert held(cache) == {consumer}


def test_young_follower_session_is_not_evictable_even_by_a_bigger_follower() -> None:
    cache = FetchSessionCache(counting_draw(), max_slots=1, eviction_ms=100, shard_count=1)
    first = create(cache, 0, 1, privileged=True)
    assert create(cache, 50, 1000, privileged=True) == 0
    touch(cache, first, 101)
    second = create(cache, 150, 2, privileged=True)  # old and smaller: evicted
    assert held(cache) == {second}


def test_total_partitions_counts_sizes_as_of_last_touch() -> None:
    cache = FetchSessionCache(counting_draw(), max_slots=2, eviction_ms=100, shard_count=1)
    first = create(cache, 0, 2)
    create(cache, 0, 4)
    assert cache.total_partitions() == 6
    session = cache.get(first)
    assert session is not None
    del session.partitions[foo(0).session_key]
    assert cache.total_partitions() == 6
    cache.touch(session, 1)
    assert cache.total_partitions() == 5


def test_session_ids_are_nonzero_and_unique_even_from_a_repeating_source() -> None:
    values = iter([0, 0, 0, 7, 7, 7, 9] * 3)
    cache = FetchSessionCache(lambda: next(values), max_slots=3, eviction_ms=100,
                              shard_count=1)
    ids = [create(cache, 0, 1) for _ in range(3)]
    assert len(set(ids)) == 3 and 0 not in ids


def test_shards_take_new_sessions_in_turn_and_own_an_id_range_each() -> None:
    cache = FetchSessionCache(counting_draw(), max_slots=16, eviction_ms=100, shard_count=8)
    id_range = INT32_MAX // 8
    ids = [create(cache, 0, 1) for _ in range(8)]
    assert [session_id // id_range for session_id in ids] == list(range(8))


def test_a_full_shard_refuses_a_session_while_another_shard_has_room() -> None:
    cache = FetchSessionCache(counting_draw(), max_slots=16, eviction_ms=100, shard_count=8)
    first_round = [create(cache, 0, 1) for _ in range(8)]
    cache.remove(first_round[3])
    assert all(create(cache, 0, 1) != 0 for _ in range(8))  # shard 3 now holds one
    assert len(cache) == 15
    assert create(cache, 0, 1) == 0  # shard 0 is full; shard 3 is not asked


def test_cache_with_no_slots_never_opens_a_session() -> None:
    manager = new_manager(max_slots=0)
    full = context(manager, 0, 0, {foo(0): request()})
    assert respond(full, {foo(0): result()}).session_id == 0


def test_full_cache_answers_with_session_id_zero() -> None:
    manager = new_manager(max_slots=1, eviction_ms=1000)
    open_session(manager, [foo(0)], now_ms=0)
    full = context(manager, 0, 0, {foo(1): request()}, now_ms=10)
    response = respond(full, {foo(1): result()}, now_ms=10)
    assert (response.error_code, response.session_id, response.partitions) == (0, 0, (foo(1),))


def test_stale_session_is_evicted_and_its_fetcher_gets_id_not_found() -> None:
    manager = new_manager(max_slots=1, eviction_ms=1000)
    stale = open_session(manager, [foo(0)], now_ms=0)
    fresh = open_session(manager, [foo(1)], now_ms=1001)
    assert fresh != stale
    response = respond(context(manager, stale, 1, now_ms=1002), {})
    assert response.error_code == FETCH_SESSION_ID_NOT_FOUND


@pytest.mark.parametrize("session_id", [INT32_MAX, -(INT32_MAX // 8) - 5])
def test_session_id_no_shard_owns_raises_as_kafka_throws(session_id: int) -> None:
    manager = new_manager(shard_count=8)
    with pytest.raises(UnroutableSessionId):
        context(manager, session_id, 1)


def test_small_negative_session_id_is_simply_not_found() -> None:
    manager = new_manager(shard_count=8)
    response = respond(context(manager, -5, 1), {})
    assert response.error_code == FETCH_SESSION_ID_NOT_FOUND


def test_session_id_predicate_rejects_zero_duplicates_and_foreign_ids() -> None:
    assert fetch_session_ids_valid([1, 5, 9], 1, 10)
    assert not fetch_session_ids_valid([0, 5], 0, 10)
    assert not fetch_session_ids_valid([5, 5], 1, 10)
    assert not fetch_session_ids_valid([10], 1, 10)
