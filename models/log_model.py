"""A Hypothesis state machine: one partition's durable log against an abstract model.

Drives `reference.core.log.PartitionLog` on a `MemoryStorage` that loses unflushed bytes and
tears the last write on a crash: produce (validated and offset-assigned as a leader does),
read, roll, flush, retention by bytes, DeleteRecords, compaction, follower truncation, and
crash + reopen (recovery). The model is a map offset -> (key, value) plus the log start and
end offsets; the single replica's high watermark is the log end offset.
Checked after every step:
  ConsistentRead            a record read is the one the model holds at that offset, and
                            records only disappear by retention, DeleteRecords, compaction
                            (never the latest value of a key) or truncation;
  OffsetsDenseAndIncreasing offsets read increase, and with no compaction are dense;
  RecoveredIsFlushedPrefix  after a crash the log is a prefix of what it held, and holds at
                            least everything below the recovery point;
  RecoveryPointWithinLog    log start <= log end, recovery point <= log end.
A crash can also strike in the middle of a compaction (`crash_during_compaction`, after the
n-th file operation): the reopened log must read as before or as after the cleaning, segment by
segment, never lose the latest value of a key and never show a half-written segment.
Run: `pytest tests/test_log_model.py`.
"""

from __future__ import annotations

import random
from dataclasses import replace

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from reference.core.log.compaction import clean
from reference.core.log.log import PartitionLog
from reference.core.log.retention import delete_old_segments, delete_records_before
from reference.core.log.settings import LogSettings
from reference.core.log.validator import ValidatedRecords, validate_and_assign
from reference.core.storage import Storage
from reference.sim.memory_storage import MemoryStorage
from spec.invariants import check, offsets_dense_and_increasing, recovery_point_within_log
from spec.records.batch import Record, decode_batch, encode_batch, iter_batches

DIRECTORY = "orders-0"
SETTINGS = LogSettings(segment_bytes=700, segment_index_bytes=48, index_interval_bytes=64,
                       cleanup_policy=frozenset({"compact", "delete"}), retention_ms=-1,
                       message_timestamp_after_max_ms=2**62, delete_retention_ms=1000)
KEYS = [b"a", b"b", b"c", b"d"]
Entry = tuple[bytes | None, bytes | None]


def read_all(log: PartitionLog, storage: Storage, start_offset: int) -> list[tuple[int, Entry]]:
    """Every record from `start_offset` to the log end, reading as a consumer would."""
    found: list[tuple[int, Entry]] = []
    position = start_offset
    for _ in range(10_000):  # bounded: each read moves forward or ends
        fetched = log.read(position, 1 << 20)
        if not fetched.slices:
            break
        piece = fetched.slices[0]
        data = storage.read(piece.path, piece.position, piece.size_bytes)
        next_position = position
        for at, header in iter_batches(data):
            for record in decode_batch(data, at).records:
                offset = record.offset(header)
                if offset >= position:
                    found.append((offset, (record.key, record.value)))
            next_position = header.next_offset
        if next_position <= position:
            break
        position = next_position
    return found


class SimulatedCrash(Exception):
    """The disk stops here: the machine crashes the storage and reopens the log."""


class FailpointStorage(MemoryStorage):
    """A MemoryStorage that raises `SimulatedCrash` at the n-th file change once armed."""

    def arm(self, operations: int | None) -> None:
        self.operations_left = operations

    def _tick(self) -> None:
        left = getattr(self, "operations_left", None)
        if left is not None:
            if left <= 0:
                self.operations_left = None
                raise SimulatedCrash
            self.operations_left = left - 1

    def append(self, path: str, data: bytes) -> int:
        self._tick()
        return super().append(path, data)

    def create(self, path: str) -> None:
        self._tick()
        super().create(path)

    def flush(self, path: str) -> None:
        self._tick()
        super().flush(path)

    def rename(self, source: str, target: str) -> None:
        self._tick()
        super().rename(source, target)

    def delete(self, path: str) -> None:
        self._tick()
        super().delete(path)


class LogMachine(RuleBasedStateMachine):
    """The log under produce, reads, roll, flush, retention, compaction, truncation, crashes."""

    def __init__(self) -> None:
        super().__init__()
        self.now_ms = 1_000_000
        self.storage = FailpointStorage(random.Random(7), tear_probability=0.5,
                                        clock=lambda: self.now_ms)
        self.log = PartitionLog.open(self.storage, DIRECTORY, SETTINGS, now_ms=self.now_ms)
        self.records: dict[int, Entry] = {}
        self.log_start_offset = 0
        self.log_end_offset = 0
        self.first_dirty_offset = 0
        self.is_compacted = False
        self.leader_epoch = 0
        self.batch_starts: set[int] = {0}

    def _assert_matches(self, read: list[tuple[int, Entry]]) -> None:
        offsets = [offset for offset, _ in read]
        check("OffsetsDenseAndIncreasing", offsets == sorted(set(offsets)), offsets=offsets)
        if not self.is_compacted:
            check("OffsetsDenseAndIncreasing", offsets_dense_and_increasing(offsets),
                  offsets=offsets)
        for offset, entry in read:
            check("ConsistentRead", self.records.get(offset) == entry, offset=offset,
                  read=entry, model=self.records.get(offset))

    @rule(entries=st.lists(st.tuples(st.sampled_from(KEYS),
                                     st.none() | st.binary(min_size=1, max_size=30)),
                           min_size=1, max_size=5), advance_ms=st.integers(0, 600))
    def produce_batch(self, entries: list[Entry], advance_ms: int) -> None:
        self.now_ms += advance_ms
        batch = encode_batch([Record(index, self.now_ms, key, value)
                              for index, (key, value) in enumerate(entries)])
        result = validate_and_assign(batch, next_offset=self.log.log_end_offset,
                                     settings=SETTINGS, now_ms=self.now_ms,
                                     partition_leader_epoch=self.leader_epoch)
        assert isinstance(result, ValidatedRecords), result
        info = self.log.append(result.records, now_ms=self.now_ms)
        assert info.first_offset == self.log_end_offset, (info, self.log_end_offset)
        for index, entry in enumerate(entries):
            self.records[self.log_end_offset + index] = entry
        self.log_end_offset += len(entries)
        self.batch_starts.add(self.log_end_offset)

    @rule(data=st.data())
    def read_from(self, data: st.DataObject) -> None:
        start = data.draw(st.integers(self.log_start_offset, self.log_end_offset))
        read = self._read(start)
        expected = [offset for offset in sorted(self.records) if offset >= start]
        if not self.is_compacted:
            check("ConsistentRead", [offset for offset, _ in read] == expected, start=start)

    def _read(self, start: int) -> list[tuple[int, Entry]]:
        read = read_all(self.log, self.storage, start)
        self._assert_matches(read)
        return read

    @rule()
    def roll_segment(self) -> None:
        self.log.roll(now_ms=self.now_ms)

    @rule()
    def flush(self) -> None:
        self.log.flush(now_ms=self.now_ms)

    @rule(limit_bytes=st.integers(0, 3000))
    def retention_by_bytes(self, limit_bytes: int) -> None:
        before = self.log.log_start_offset
        self.log.settings = replace(SETTINGS, retention_bytes=limit_bytes)
        delete_old_segments(self.log, self.log_end_offset, now_ms=self.now_ms)
        self.log.settings = SETTINGS
        assert before <= self.log.log_start_offset <= self.log_end_offset
        self._move_log_start(self.log.log_start_offset)

    def _move_log_start(self, offset: int) -> None:
        self.log_start_offset = offset
        self.records = {key: entry for key, entry in self.records.items() if key >= offset}
        self.first_dirty_offset = max(self.first_dirty_offset, offset)

    @rule(data=st.data())
    def delete_records(self, data: st.DataObject) -> None:
        offset = data.draw(st.integers(self.log_start_offset, self.log_end_offset))
        low_watermark = delete_records_before(self.log, offset, self.log_end_offset,
                                              now_ms=self.now_ms)
        assert low_watermark == offset, (low_watermark, offset)
        self._move_log_start(offset)

    @rule(advance_ms=st.integers(0, 2000))
    def compact(self, advance_ms: int) -> None:
        self.now_ms += advance_ms
        result = clean(self.log, first_dirty_offset=self.first_dirty_offset,
                       last_stable_offset=self.log_end_offset, now_ms=self.now_ms)
        self.first_dirty_offset = result.first_dirty_offset
        if not result.segments_cleaned:
            return
        self.is_compacted = True
        survivors = dict(self._read(self.log_start_offset))
        latest: dict[bytes | None, int] = {}
        for offset, (key, _) in sorted(self.records.items()):
            latest[key] = offset
        for key, offset in latest.items():
            if self.records[offset][1] is not None:
                check("ConsistentRead", offset in survivors, key=key, latest_offset=offset)
        self.records = survivors

    def _latest_values(self) -> dict[bytes | None, int]:
        latest: dict[bytes | None, int] = {}
        for offset, (key, _) in sorted(self.records.items()):
            latest[key] = offset
        return {key: offset for key, offset in latest.items()
                if self.records[offset][1] is not None}

    @rule(operations=st.integers(0, 40), advance_ms=st.integers(0, 2000))
    def crash_during_compaction(self, operations: int, advance_ms: int) -> None:
        self.now_ms += advance_ms
        self.log.flush(now_ms=self.now_ms)  # what is appended survives; only the cleaning is cut
        latest = self._latest_values()
        self.storage.arm(operations)
        try:
            clean(self.log, first_dirty_offset=self.first_dirty_offset,
                  last_stable_offset=self.log_end_offset, now_ms=self.now_ms)
            self.storage.arm(None)
        except SimulatedCrash:
            pass
        self.storage.crash()
        self.log = PartitionLog.open(self.storage, DIRECTORY, SETTINGS, now_ms=self.now_ms,
                                     log_start_offset=self.log_start_offset,
                                     recovery_point=self.log.recovery_point)
        self.first_dirty_offset = self.log_start_offset  # cleaner checkpoint not kept here
        self.is_compacted = True
        survivors = dict(self._read(self.log_start_offset))
        for key, offset in latest.items():
            check("ConsistentRead", offset in survivors, key=key, latest_offset=offset)
        check("RecoveredIsFlushedPrefix", self.log.log_end_offset == self.log_end_offset,
              recovered=self.log.log_end_offset, before=self.log_end_offset)
        self.records = survivors

    @precondition(lambda self: self.log_end_offset > self.log_start_offset)
    @rule(data=st.data())
    def truncate(self, data: st.DataObject) -> None:
        """A follower truncates at a batch boundary (what OffsetForLeaderEpoch answers)."""
        boundaries = sorted(offset for offset in self.batch_starts
                            if self.log_start_offset <= offset <= self.log_end_offset)
        offset = data.draw(st.sampled_from(boundaries))
        self.log.truncate_to(offset, now_ms=self.now_ms)
        self._cut(offset)
        self.log_start_offset = self.log.log_start_offset

    def _cut(self, offset: int) -> None:
        self.records = {key: entry for key, entry in self.records.items() if key < offset}
        self.log_end_offset = offset
        self.first_dirty_offset = min(self.first_dirty_offset, offset)
        self.batch_starts = {start for start in self.batch_starts if start <= offset} | {offset}

    @rule()
    def crash_and_reopen(self) -> None:
        recovery_point = self.log.recovery_point
        self.storage.crash()
        self.log = PartitionLog.open(self.storage, DIRECTORY, SETTINGS, now_ms=self.now_ms,
                                     log_start_offset=self.log_start_offset,
                                     recovery_point=recovery_point)
        recovered_end = self.log.log_end_offset
        check("RecoveredIsFlushedPrefix", recovery_point <= recovered_end <= self.log_end_offset,
              recovery_point=recovery_point, recovered=recovered_end, before=self.log_end_offset)
        if recovered_end == self.log_start_offset:
            self.batch_starts.add(recovered_end)
        self._cut(recovered_end)
        self.log_start_offset = self.log.log_start_offset
        self._read(self.log_start_offset)

    @rule()
    def leader_changes(self) -> None:
        self.leader_epoch += 1

    @invariant()
    def offsets_agree(self) -> None:
        log = self.log
        check("RecoveryPointWithinLog", recovery_point_within_log(
            log.log_start_offset, log.recovery_point, log.log_end_offset))
        assert log.log_end_offset == self.log_end_offset, (log.log_end_offset,
                                                           self.log_end_offset)
        assert log.log_start_offset == self.log_start_offset, (log.log_start_offset,
                                                               self.log_start_offset)

    @invariant()
    def epochs_cover_the_log(self) -> None:
        entries = self.log.leader_epochs.entries
        assert all(entry.start_offset <= self.log_end_offset for entry in entries), entries
        assert not entries or entries[0].start_offset >= self.log_start_offset, entries
