"""Offset and time indexes: lookups, capacity, truncation and Kafka's sanity checks."""

from __future__ import annotations

import struct

import pytest

from reference.core.log.index import CorruptIndexError, OffsetIndex, TimeIndex
from reference.sim.memory_storage import MemoryStorage


def new_offset_index(max_bytes: int = 80) -> OffsetIndex:
    storage = MemoryStorage()
    storage.make_dirs("t-0")
    index = OffsetIndex(storage, "t-0/00000000000000000100.index", 100, max_bytes)
    index.reset()
    return index


def test_offset_lookup_finds_the_last_entry_at_or_below() -> None:
    index = new_offset_index()
    index.append(105, 400)
    index.append(120, 900)
    assert index.lookup(99) == (100, 0)
    assert index.lookup(104) == (100, 0)
    assert index.lookup(105) == (105, 400)
    assert index.lookup(119) == (105, 400)
    assert index.lookup(500) == (120, 900)


def test_offset_index_file_holds_relative_offset_and_position_big_endian() -> None:
    index = new_offset_index()
    index.append(105, 400)
    data = index.storage.read(index.path, 0, 100)
    assert data == struct.pack(">ii", 5, 400)


def test_offset_index_is_full_at_max_size_over_eight() -> None:
    index = new_offset_index(max_bytes=20)
    index.append(101, 10)
    assert not index.is_full
    index.append(102, 20)
    assert index.is_full


def test_offset_index_truncation_drops_entries_at_or_above() -> None:
    index = new_offset_index()
    for offset, position in ((105, 400), (110, 800), (120, 900)):
        index.append(offset, position)
    index.truncate_to(110)
    assert index.entries == 1 and index.storage.size(index.path) == 8


def test_offset_index_with_a_partial_entry_is_corrupt() -> None:
    index = new_offset_index()
    index.storage.append(index.path, b"\x00" * 5)
    with pytest.raises(CorruptIndexError):
        index.load()


def test_offset_index_going_backwards_is_corrupt() -> None:
    index = new_offset_index()
    index.storage.append(index.path, struct.pack(">iiii", 5, 10, 3, 20))
    with pytest.raises(CorruptIndexError):
        index.load()


def test_time_index_keeps_only_growing_timestamps_and_looks_up_floor() -> None:
    storage = MemoryStorage()
    storage.make_dirs("t-0")
    index = TimeIndex(storage, "t-0/00000000000000000100.timeindex", 100, 120)
    index.reset()
    assert index.last_entry() == (-1, 100)
    index.maybe_append(1000, 101)
    index.maybe_append(1000, 103)  # not larger: skipped
    index.maybe_append(2000, 105)
    assert index.entries == 2
    assert index.lookup(999) == (-1, 100)
    assert index.lookup(1500) == (1000, 101)
    assert index.lookup(5000) == (2000, 105)
    assert storage.read(index.path, 0, 12) == struct.pack(">qi", 1000, 1)
