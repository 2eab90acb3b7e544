"""Retention (log start, retention.bytes, retention.ms), DeleteRecords and compaction."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reference.core.log.compaction import clean
from reference.core.log.log import PartitionLog
from reference.core.log.offsets import OffsetOutOfRangeError
from reference.core.log.retention import delete_old_segments, delete_records_before
from reference.core.log.settings import LogSettings
from reference.core.log.validator import ValidatedRecords, validate_and_assign
from reference.sim.memory_storage import MemoryStorage
from spec.records.batch import Record, decode_batch, encode_batch, iter_batches

DIRECTORY = "orders-0"
SETTINGS = LogSettings(segment_bytes=500, index_interval_bytes=100,
                       message_timestamp_after_max_ms=2**40)
COMPACTED = replace(SETTINGS, cleanup_policy=frozenset({"compact"}), delete_retention_ms=1000)
NOW_MS = 1_000_000


def produce(log: PartitionLog, key: bytes, value: bytes | None, timestamp: int = NOW_MS) -> None:
    source = encode_batch([Record(0, timestamp, key, value)])
    result = validate_and_assign(source, next_offset=log.log_end_offset, settings=log.settings,
                                 now_ms=timestamp, partition_leader_epoch=0)
    assert isinstance(result, ValidatedRecords), result
    log.append(result.records, now_ms=timestamp)


def filled_log(settings: LogSettings = SETTINGS, count: int = 40) -> PartitionLog:
    log = PartitionLog.open(MemoryStorage(), DIRECTORY, settings, now_ms=NOW_MS)
    for index in range(count):
        produce(log, b"k%d" % (index % 3), b"v%d" % index, NOW_MS + index)
    return log


def records(log: PartitionLog) -> list[tuple[int, bytes | None, bytes | None]]:
    found = []
    position = log.log_start_offset
    while position < log.log_end_offset:
        fetched = log.read(position, 1 << 20)
        if not fetched.slices:
            break
        piece = fetched.slices[0]
        data = log.storage.read(piece.path, piece.position, piece.size_bytes)
        for at, header in iter_batches(data):
            found += [(record.offset(header), record.key, record.value)
                      for record in decode_batch(data, at).records]
            position = header.next_offset
    return found


def test_retention_bytes_deletes_oldest_whole_segments() -> None:
    log = filled_log()
    segments_before = len(log.segments)
    first_size = log.segments[0].size_bytes
    log.settings = replace(SETTINGS, retention_bytes=log.size_bytes - first_size + 1)
    assert delete_old_segments(log, log.log_end_offset, now_ms=NOW_MS) == 0
    log.settings = replace(SETTINGS, retention_bytes=log.size_bytes - first_size)
    assert delete_old_segments(log, log.log_end_offset, now_ms=NOW_MS) == 1
    assert len(log.segments) == segments_before - 1
    assert log.log_start_offset == log.segments[0].base_offset > 0


def test_retention_never_passes_the_high_watermark() -> None:
    log = filled_log()
    log.settings = replace(SETTINGS, retention_bytes=0)
    delete_old_segments(log, high_watermark=0, now_ms=NOW_MS)
    assert log.log_start_offset == 0
    delete_old_segments(log, high_watermark=log.log_end_offset, now_ms=NOW_MS)
    assert log.log_start_offset == log.active_segment.base_offset


def test_retention_ms_deletes_segments_by_largest_timestamp() -> None:
    log = filled_log(replace(SETTINGS, retention_ms=1000))
    assert delete_old_segments(log, log.log_end_offset, now_ms=NOW_MS + 1000) == 0
    newest_of_first = log.segments[0].largest_timestamp()
    assert delete_old_segments(log, log.log_end_offset, now_ms=newest_of_first + 1001) == 1
    assert log.segments[0].largest_timestamp() > newest_of_first


def test_retention_can_delete_everything_and_keeps_an_empty_active_segment() -> None:
    log = filled_log(replace(SETTINGS, retention_ms=10))
    delete_old_segments(log, log.log_end_offset, now_ms=NOW_MS + 10_000)
    assert len(log.segments) == 1 and log.active_segment.size_bytes == 0
    assert log.log_start_offset == log.log_end_offset == 40


def test_delete_records_moves_log_start_and_drops_whole_segments_below() -> None:
    log = filled_log()
    second_base = log.segments[1].base_offset
    assert delete_records_before(log, second_base + 1, 40, now_ms=NOW_MS) == second_base + 1
    assert log.segments[0].base_offset == second_base
    assert records(log)[0][0] == second_base + 1 or records(log)[0][0] == second_base
    with pytest.raises(OffsetOutOfRangeError):
        log.read(second_base, 100)


def test_delete_records_past_the_high_watermark_is_refused() -> None:
    log = filled_log()
    with pytest.raises(OffsetOutOfRangeError):
        delete_records_before(log, 30, 29, now_ms=NOW_MS)


def test_compaction_keeps_latest_value_per_key_below_the_active_segment() -> None:
    log = filled_log(COMPACTED)
    active_base = log.active_segment.base_offset
    result = clean(log, first_dirty_offset=0, last_stable_offset=40, now_ms=NOW_MS + 100)
    assert result.first_dirty_offset == active_base
    kept = records(log)
    cleaned = [entry for entry in kept if entry[0] < active_base]
    keys = [key for _, key, _ in cleaned]
    assert len(keys) == len(set(keys)) <= 3
    assert [entry for entry in kept if entry[0] >= active_base] == [
        (offset, b"k%d" % (offset % 3), b"v%d" % offset) for offset in range(active_base, 40)]


def test_compaction_never_cleans_past_the_last_stable_offset() -> None:
    log = filled_log(COMPACTED)
    result = clean(log, first_dirty_offset=0, last_stable_offset=0, now_ms=NOW_MS)
    assert result.segments_cleaned == 0 and len(records(log)) == 40


def test_tombstone_survives_until_its_delete_horizon() -> None:
    log = PartitionLog.open(MemoryStorage(), DIRECTORY, COMPACTED, now_ms=NOW_MS)
    produce(log, b"a", b"1")
    produce(log, b"a", None)
    log.roll(now_ms=NOW_MS)
    produce(log, b"b", b"2")
    clean(log, first_dirty_offset=0, last_stable_offset=3, now_ms=NOW_MS)
    assert records(log) == [(1, b"a", None), (2, b"b", b"2")]
    clean(log, first_dirty_offset=0, last_stable_offset=3, now_ms=NOW_MS + 999)
    assert records(log)[0] == (1, b"a", None)
    clean(log, first_dirty_offset=0, last_stable_offset=3, now_ms=NOW_MS + 1001)
    assert records(log) == [(2, b"b", b"2")]


def test_compacted_log_survives_a_crash_and_reopen() -> None:
    log = filled_log(COMPACTED)
    clean(log, first_dirty_offset=0, last_stable_offset=40, now_ms=NOW_MS + 100)
    log.flush(now_ms=NOW_MS)
    before = records(log)
    log.storage.crash()  # type: ignore[attr-defined]
    reopened = PartitionLog.open(log.storage, DIRECTORY, COMPACTED, now_ms=NOW_MS,
                                 recovery_point=log.recovery_point)
    assert records(reopened) == before


def test_crash_before_the_log_swap_keeps_the_old_segment() -> None:
    log = filled_log(COMPACTED)
    log.flush(now_ms=NOW_MS)
    storage = log.storage
    first = log.segments[0]
    prefix = first.log_path[: -len(".log")]
    storage.append(prefix + ".log.cleaned", b"garbage")
    storage.append(prefix + ".index.swap", b"\x00" * 8)
    before = records(log)
    reopened = PartitionLog.open(storage, DIRECTORY, COMPACTED, now_ms=NOW_MS,
                                 recovery_point=log.recovery_point)
    assert records(reopened) == before
    assert not [name for name in storage.list_dir(DIRECTORY) if name.endswith((".swap",
                                                                              ".cleaned"))]


def test_crash_after_the_log_swap_completes_it_and_rebuilds_indexes() -> None:
    log = filled_log(COMPACTED)
    log.flush(now_ms=NOW_MS)
    storage = log.storage
    first = log.segments[0]
    prefix = first.log_path[: -len(".log")]
    first_batch = storage.read(first.log_path, 0, 80)
    size = int.from_bytes(first_batch[8:12], "big") + 12
    storage.append(prefix + ".log.swap", storage.read(first.log_path, 0, size))
    reopened = PartitionLog.open(storage, DIRECTORY, COMPACTED, now_ms=NOW_MS,
                                 recovery_point=log.recovery_point)
    assert reopened.segments[0].size_bytes == size
    assert records(reopened)[0] == (0, b"k0", b"v0")
    assert records(reopened)[1][0] == reopened.segments[1].base_offset


def test_truncating_into_a_compacted_gap_keeps_the_log_end_across_a_restart() -> None:
    log = PartitionLog.open(MemoryStorage(), DIRECTORY, COMPACTED, now_ms=NOW_MS)
    produce(log, b"b", b"0")
    produce(log, b"a", b"1")
    produce(log, b"a", b"2")
    log.roll(now_ms=NOW_MS)
    clean(log, first_dirty_offset=0, last_stable_offset=3, now_ms=NOW_MS)
    assert [offset for offset, _, _ in records(log)] == [0, 2]
    log.truncate_to(2, now_ms=NOW_MS)
    assert log.log_end_offset == 2
    log.flush(now_ms=NOW_MS)
    log.storage.crash()  # type: ignore[attr-defined]
    reopened = PartitionLog.open(log.storage, DIRECTORY, COMPACTED, now_ms=NOW_MS,
                                 recovery_point=log.recovery_point)
    assert reopened.log_end_offset == 2
