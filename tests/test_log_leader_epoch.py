"""The leader epoch cache as OffsetForLeaderEpoch and truncation use it."""

from __future__ import annotations

from reference.core.log.checkpoints import EpochEntry, parse_leader_epoch_checkpoint
from reference.core.log.leader_epoch import (
    UNDEFINED_EPOCH,
    UNDEFINED_EPOCH_OFFSET,
    LeaderEpochCache,
)
from reference.sim.memory_storage import MemoryStorage

PATH = "orders-0/leader-epoch-checkpoint"


def cache_with(*entries: tuple[int, int]) -> LeaderEpochCache:
    storage = MemoryStorage()
    storage.make_dirs("orders-0")
    cache = LeaderEpochCache(storage, PATH)
    for epoch, start_offset in entries:
        cache.assign(epoch, start_offset)
    return cache


def test_assign_is_persisted_and_reloaded() -> None:
    cache = cache_with((0, 0), (2, 10))
    data = cache.storage.read(PATH, 0, cache.storage.size(PATH))
    assert parse_leader_epoch_checkpoint(data) == [EpochEntry(0, 0), EpochEntry(2, 10)]
    assert LeaderEpochCache.load(cache.storage, PATH).entries == cache.entries


def test_same_epoch_at_a_later_offset_changes_nothing() -> None:
    cache = cache_with((1, 5))
    assert not cache.assign(1, 9)
    assert cache.entries == (EpochEntry(1, 5),)


def test_assign_drops_entries_it_contradicts() -> None:
    cache = cache_with((0, 0), (2, 10), (3, 20))
    cache.assign(4, 15)
    assert cache.entries == (EpochEntry(0, 0), EpochEntry(2, 10), EpochEntry(4, 15))


def test_end_offset_for_latest_epoch_is_log_end_offset() -> None:
    assert cache_with((0, 0), (2, 10)).end_offset_for(2, 17) == (2, 17)


def test_end_offset_for_older_epoch_is_next_epoch_start() -> None:
    cache = cache_with((0, 0), (2, 10), (4, 30))
    assert cache.end_offset_for(0, 50) == (0, 10)
    assert cache.end_offset_for(1, 50) == (0, 10)  # unknown epoch: the largest below it
    assert cache.end_offset_for(3, 50) == (2, 30)


def test_end_offset_for_epoch_below_all_is_first_start_with_requested_epoch() -> None:
    assert cache_with((2, 10), (4, 30)).end_offset_for(1, 50) == (1, 10)


def test_end_offset_for_unknown_or_too_new_epoch_is_undefined() -> None:
    cache = cache_with((2, 10))
    undefined = (UNDEFINED_EPOCH, UNDEFINED_EPOCH_OFFSET)
    assert cache.end_offset_for(UNDEFINED_EPOCH, 50) == undefined
    assert cache.end_offset_for(5, 50) == undefined


def test_truncate_from_end_drops_epochs_starting_at_or_after() -> None:
    cache = cache_with((0, 0), (2, 10), (4, 30))
    cache.truncate_from_end(30)
    assert cache.entries == (EpochEntry(0, 0), EpochEntry(2, 10))
    cache.truncate_from_end(40)
    assert cache.entries == (EpochEntry(0, 0), EpochEntry(2, 10))


def test_truncate_from_start_moves_the_covering_epoch_start() -> None:
    cache = cache_with((0, 0), (2, 10), (4, 30))
    cache.truncate_from_start(15)
    assert cache.entries == (EpochEntry(2, 15), EpochEntry(4, 30))
    cache.truncate_from_start(5)
    assert cache.entries == (EpochEntry(2, 15), EpochEntry(4, 30))


def test_epoch_for_offset() -> None:
    cache = cache_with((0, 0), (2, 10))
    assert [cache.epoch_for_offset(offset) for offset in (0, 9, 10, 99)] == [0, 0, 2, 2]
    assert cache_with((2, 10)).epoch_for_offset(5) is None


def test_loading_a_non_monotonic_checkpoint_keeps_what_assign_would() -> None:
    cache = cache_with()
    cache.storage.write_atomically(PATH, b"0\n3\n0 0\n3 20\n2 25\n")
    assert LeaderEpochCache.load(cache.storage, PATH).entries == (EpochEntry(0, 0),
                                                                  EpochEntry(2, 25))
