"""PartitionLog: append, read, roll, flush, ListOffsets, recovery, truncation."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from reference.core.log.log import PartitionLog
from reference.core.log.offsets import OffsetOutOfRangeError
from reference.core.log.settings import LogSettings
from reference.core.log.validator import ValidatedRecords, validate_and_assign
from reference.sim.memory_storage import MemoryStorage
from spec.records.batch import Record, encode_batch, iter_batches

DIRECTORY = "orders-0"
SETTINGS = LogSettings(segment_bytes=1000, index_interval_bytes=100,
                       message_timestamp_after_max_ms=2**40)
NOW_MS = 1_000_000


def produce(log: PartitionLog, count: int = 1, *, timestamp: int = NOW_MS, epoch: int = 0,
            value: bytes = b"v" * 20) -> int:
    """Append one batch of `count` records as a leader; returns its first offset."""
    source = encode_batch([Record(index, timestamp + index, b"k%d" % index, value)
                           for index in range(count)])
    result = validate_and_assign(source, next_offset=log.log_end_offset, settings=log.settings,
                                 now_ms=timestamp, partition_leader_epoch=epoch)
    assert isinstance(result, ValidatedRecords), result
    return log.append(result.records, now_ms=timestamp).first_offset


def open_log(storage: MemoryStorage | None = None, settings: LogSettings = SETTINGS,
             **options: int) -> PartitionLog:
    return PartitionLog.open(storage or MemoryStorage(), DIRECTORY, settings, now_ms=NOW_MS,
                             **options)  # type: ignore[arg-type]


def read_offsets(log: PartitionLog, start: int, max_bytes: int = 1 << 20,
                 max_offset_exclusive: int | None = None) -> list[int]:
    fetched = log.read(start, max_bytes, max_offset_exclusive=max_offset_exclusive)
    offsets: list[int] = []
    for piece in fetched.slices:
        data = log.storage.read(piece.path, piece.position, piece.size_bytes)
        offsets += [header.base_offset for _, header in iter_batches(data)]
    return offsets


def test_new_log_has_kafka_file_names() -> None:
    log = open_log()
    assert log.storage.list_dir(DIRECTORY) == [
        "00000000000000000000.index", "00000000000000000000.log",
        "00000000000000000000.timeindex", "leader-epoch-checkpoint"]


def test_appended_bytes_are_stored_exactly() -> None:
    log = open_log()
    source = encode_batch([Record(0, NOW_MS, b"k", b"v")])
    result = validate_and_assign(source, next_offset=0, settings=SETTINGS, now_ms=NOW_MS,
                                 partition_leader_epoch=2)
    assert isinstance(result, ValidatedRecords)
    log.append(result.records, now_ms=NOW_MS)
    piece = log.read(0, 100).slices[0]
    assert log.storage.read(piece.path, piece.position, piece.size_bytes) == result.records


def test_leader_append_must_start_at_log_end_offset() -> None:
    log = open_log()
    produce(log)
    stale = encode_batch([Record(0, NOW_MS, b"k", b"v")])
    with pytest.raises(AssertionError, match="OffsetsDenseAndIncreasing"):
        log.append(stale, now_ms=NOW_MS)


def test_roll_by_segment_bytes() -> None:
    log = open_log()
    for _ in range(30):
        produce(log, 2)
    assert len(log.segments) > 1
    assert all(segment.size_bytes <= SETTINGS.segment_bytes for segment in log.segments)
    assert [segment.base_offset for segment in log.segments[1:]] == sorted(
        segment.base_offset for segment in log.segments[1:])
    assert read_offsets(log, 0)[0] == 0


def test_roll_by_segment_ms_uses_first_batch_timestamp() -> None:
    log = open_log(settings=replace(SETTINGS, segment_ms=1000))
    produce(log, timestamp=NOW_MS)
    produce(log, timestamp=NOW_MS + 1000)
    assert len(log.segments) == 1
    produce(log, timestamp=NOW_MS + 1001)
    assert [segment.base_offset for segment in log.segments] == [0, 2]


def test_roll_when_the_index_is_full() -> None:
    log = open_log(settings=replace(SETTINGS, segment_index_bytes=16, index_interval_bytes=0))
    for _ in range(6):
        produce(log)
    assert len(log.segments) >= 2
    assert all(segment.offset_index.entries <= 2 for segment in log.segments)


def test_roll_flushes_the_old_segments_and_moves_the_recovery_point() -> None:
    log = open_log()
    produce(log, 3)
    assert log.recovery_point == 0
    log.roll(now_ms=NOW_MS)
    assert log.recovery_point == 3


def test_flush_messages_flushes_after_that_many_records() -> None:
    log = open_log(settings=replace(SETTINGS, flush_messages=3))
    produce(log, 2)
    assert log.recovery_point == 0
    produce(log, 1)
    assert log.recovery_point == 3


def test_flush_ms_flushes_once_enough_time_passed() -> None:
    log = open_log(settings=replace(SETTINGS, flush_ms=500))
    produce(log)
    assert not log.maybe_flush(now_ms=NOW_MS + 499)
    assert log.maybe_flush(now_ms=NOW_MS + 500) and log.recovery_point == 1


def test_read_stops_before_the_batch_holding_max_offset() -> None:
    log = open_log()
    for _ in range(5):
        produce(log, 2)
    assert read_offsets(log, 0, max_offset_exclusive=10) == [0, 2, 4, 6, 8]
    assert read_offsets(log, 0, max_offset_exclusive=5) == [0, 2]
    assert read_offsets(log, 3, max_offset_exclusive=6) == [2, 4]
    assert log.read(6, 100, max_offset_exclusive=6).slices == ()


def test_read_returns_one_whole_batch_with_min_one_batch() -> None:
    log = open_log()
    produce(log, 3)
    fetched = log.read(0, 1)
    assert fetched.slices[0].size_bytes > 1 and not fetched.is_first_entry_incomplete
    cut = log.read(0, 10, min_one_batch=False)
    assert cut.slices[0].size_bytes == 10 and cut.is_first_entry_incomplete


def test_read_outside_the_log_is_offset_out_of_range() -> None:
    log = open_log()
    produce(log, 2)
    with pytest.raises(OffsetOutOfRangeError):
        log.read(3, 100)
    assert log.read(2, 100).slices == ()


def test_offset_for_timestamp_finds_first_record_at_or_after() -> None:
    log = open_log()
    for batch_index in range(20):
        produce(log, 2, timestamp=NOW_MS + 10 * batch_index, epoch=batch_index // 10)
    found = log.offset_for_timestamp(NOW_MS + 51)
    assert found is not None and (found.offset, found.timestamp) == (11, NOW_MS + 51)
    assert log.offset_for_timestamp(NOW_MS + 10_000) is None
    earliest, latest = log.offset_for_timestamp(-2), log.offset_for_timestamp(-1)
    assert earliest is not None and (earliest.offset, earliest.leader_epoch) == (0, 0)
    assert latest is not None and (latest.offset, latest.leader_epoch) == (40, 1)
    biggest = log.offset_for_timestamp(-3)
    assert biggest is not None and (biggest.timestamp, biggest.offset) == (NOW_MS + 191, 39)


def test_crash_loses_unflushed_batches_and_recovers_flushed_ones() -> None:
    storage = MemoryStorage()
    log = open_log(storage)
    produce(log, 2)
    log.flush(now_ms=NOW_MS)
    produce(log, 2)
    storage.crash()
    reopened = open_log(storage, recovery_point=log.recovery_point)
    assert reopened.log_end_offset == 2
    assert read_offsets(reopened, 0) == [0]


def test_torn_tail_is_truncated_and_reported() -> None:
    storage = MemoryStorage(random.Random(1), tear_probability=1.0)
    log = open_log(storage)
    produce(log, 2)
    log.flush(now_ms=NOW_MS)
    produce(log, 2)
    storage.crash()
    messages: list[str] = []
    reopened = PartitionLog.open(storage, DIRECTORY, SETTINGS, now_ms=NOW_MS,
                                 recovery_point=2, report=messages.append)
    assert reopened.log_end_offset in (2, 4)
    size = storage.size(reopened.active_segment.log_path)
    assert size == reopened.active_segment.size_bytes
    if reopened.log_end_offset == 2:
        assert any("invalid bytes" in message for message in messages)


def test_corrupt_batch_after_recovery_point_is_cut_with_everything_after() -> None:
    storage = MemoryStorage()
    log = open_log(storage)
    for _ in range(3):
        produce(log, 2)
    log.flush(now_ms=NOW_MS)
    second = log.read(2, 1).slices[0]
    storage.corrupt(second.path, second.position + 70)
    reopened = open_log(storage)  # recovery point 0: everything is scanned
    assert reopened.log_end_offset == 2
    assert read_offsets(reopened, 0) == [0]


def test_missing_index_is_rebuilt() -> None:
    storage = MemoryStorage()
    log = open_log(storage)
    for _ in range(10):
        produce(log, 2)
    log.flush(now_ms=NOW_MS)
    entries = log.segments[0].offset_index.entries
    assert entries > 0
    storage.delete(log.segments[0].offset_index.path)
    messages: list[str] = []
    reopened = PartitionLog.open(storage, DIRECTORY, SETTINGS, now_ms=NOW_MS,
                                 recovery_point=log.recovery_point, had_clean_shutdown=True,
                                 report=messages.append)
    assert reopened.segments[0].offset_index.entries == entries
    assert any("rebuilding indexes" in message for message in messages)
    assert read_offsets(reopened, 7)[0] == 6


def test_reopen_after_clean_close_keeps_everything() -> None:
    storage = MemoryStorage()
    log = open_log(storage)
    for _ in range(30):
        produce(log, 2)
    log.close(now_ms=NOW_MS)
    storage.crash()
    reopened = open_log(storage, recovery_point=log.recovery_point)
    assert reopened.log_end_offset == 60
    assert [segment.base_offset for segment in reopened.segments] == [
        segment.base_offset for segment in log.segments]


def test_truncate_to_drops_later_segments_and_epochs() -> None:
    log = open_log()
    for index in range(30):
        produce(log, 2, epoch=index // 10)
    assert log.truncate_to(24, now_ms=NOW_MS)
    assert log.log_end_offset == 24
    assert all(segment.base_offset <= 24 for segment in log.segments)
    assert log.leader_epochs.latest_epoch() == 1
    assert not log.truncate_to(30, now_ms=NOW_MS)
    produce(log, 1)
    assert read_offsets(log, 22) == [22, 24]


def test_truncate_below_the_first_segment_starts_over() -> None:
    log = open_log(log_start_offset=0)
    produce(log, 2)
    log.truncate_fully_and_start_at(100, now_ms=NOW_MS)
    assert (log.log_start_offset, log.log_end_offset) == (100, 100)
    assert produce(log) == 100


def test_topic_id_is_written_to_partition_metadata() -> None:
    import uuid

    storage = MemoryStorage()
    topic_id = uuid.uuid4()
    open_log(storage).close(now_ms=NOW_MS)
    log = PartitionLog.open(storage, DIRECTORY, SETTINGS, now_ms=NOW_MS, topic_id=topic_id)
    assert storage.exists("orders-0/partition.metadata")
    assert open_log(storage).topic_id == topic_id == log.topic_id


def test_compacted_topic_also_rolls_by_max_compaction_lag() -> None:
    settings = replace(SETTINGS, cleanup_policy=frozenset({"compact"}), segment_ms=10_000,
                       max_compaction_lag_ms=1000)
    log = open_log(settings=settings)
    produce(log, timestamp=NOW_MS)
    produce(log, timestamp=NOW_MS + 1001)
    assert [segment.base_offset for segment in log.segments] == [0, 1]


def test_settings_accept_kafka_timestamp_type_text() -> None:
    from reference.core.log.settings import TimestampPolicy

    settings = LogSettings(message_timestamp_type="LogAppendTime")  # type: ignore[arg-type]
    assert settings.message_timestamp_type is TimestampPolicy.LOG_APPEND_TIME


def test_aborted_transactions_are_listed_for_read_committed_reads() -> None:
    from reference.core.log.txn_index import ENTRY_SIZE_BYTES, AbortedTxn

    log = open_log()
    for _ in range(3):
        produce(log, 2)
    first = AbortedTxn(producer_id=7, first_offset=0, last_offset=3, last_stable_offset=0)
    log.append_aborted_transaction(first)
    produce(log, 2)
    second = AbortedTxn(producer_id=8, first_offset=4, last_offset=7, last_stable_offset=4)
    log.append_aborted_transaction(second)
    path = log.active_segment.txn_index.path
    assert path.endswith("00000000000000000000.txnindex")
    assert log.storage.size(path) == 2 * ENTRY_SIZE_BYTES
    assert log.read(0, 1 << 20, include_aborted_transactions=True).aborted_transactions == (
        first, second)
    assert log.read(4, 1 << 20, include_aborted_transactions=True).aborted_transactions == (
        second,)
    assert log.read(0, 1 << 20).aborted_transactions is None
    log.truncate_to(6, now_ms=NOW_MS)
    assert log.active_segment.txn_index.entries == [first]


def test_transaction_index_survives_reopen_up_to_the_recovered_end() -> None:
    from reference.core.log.txn_index import AbortedTxn

    storage = MemoryStorage()
    log = open_log(storage)
    produce(log, 2)
    log.append_aborted_transaction(AbortedTxn(1, 0, 1, 0))
    log.flush(now_ms=NOW_MS)
    produce(log, 2)
    log.append_aborted_transaction(AbortedTxn(2, 2, 3, 2))
    log.active_segment.txn_index.flush()  # the entry is durable, the batch is not
    storage.crash()
    reopened = open_log(storage, recovery_point=log.recovery_point)
    assert reopened.log_end_offset == 2
    assert reopened.active_segment.txn_index.entries == [AbortedTxn(1, 0, 1, 0)]


def test_negative_max_bytes_is_refused_like_kafkas_illegal_argument() -> None:
    log = open_log()
    produce(log)
    with pytest.raises(ValueError, match="Invalid max size -1"):
        log.read(0, -1)
    assert log.read(1, -1).slices == ()  # nothing to read: no segment is asked, as in Kafka
