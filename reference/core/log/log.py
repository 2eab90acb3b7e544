"""`PartitionLog`: one partition's durable log, as Kafka's `UnifiedLog` over `LocalLog`.

Owns the segments of `<topic>-<partition>/`, the leader epoch cache and partition.metadata;
appends stored batches (already validated and offset-assigned by `validator`), reads them back
as `FileSlice`s bounded by an offset the partition chooses (high watermark or last stable
offset), rolls by segment.bytes / segment.ms / full index, flushes per flush.messages /
flush.ms, answers ListOffsets, and truncates. Retention and DeleteRecords live in
`retention`, compaction in `compaction`; the log start offset, recovery point and high
watermark checkpoints are the broker's to write (formats in `checkpoints`).
The high watermark belongs to the partition layer: calls that need it take it as an argument.
"""

from __future__ import annotations

import uuid
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from reference.core.log.checkpoints import (
    LEADER_EPOCH_CHECKPOINT,
    PARTITION_METADATA_FILE,
    format_partition_metadata,
    parse_partition_metadata,
)
from reference.core.log.leader_epoch import LeaderEpochCache
from reference.core.log.list_offsets import (  # the constants are re-exported for handlers
    EARLIEST_LOCAL_TIMESTAMP as EARLIEST_LOCAL_TIMESTAMP,
)
from reference.core.log.list_offsets import EARLIEST_TIMESTAMP as EARLIEST_TIMESTAMP
from reference.core.log.list_offsets import LATEST_TIERED_TIMESTAMP as LATEST_TIERED_TIMESTAMP
from reference.core.log.list_offsets import LATEST_TIMESTAMP as LATEST_TIMESTAMP
from reference.core.log.list_offsets import MAX_TIMESTAMP as MAX_TIMESTAMP
from reference.core.log.list_offsets import offset_for_timestamp
from reference.core.log.loader import load_segments
from reference.core.log.offsets import (
    AppendInfo,
    FetchData,
    LogOffsetMetadata,
    OffsetOutOfRangeError,
)
from reference.core.log.segment import LogSegment, TimestampAndOffset
from reference.core.log.settings import LogSettings
from reference.core.log.txn_index import AbortedTxn
from reference.core.storage import Storage, join
from spec.invariants import (
    batch_offsets_increasing,
    check,
    high_watermark_within_log,
    recovery_point_within_log,
)
from spec.records.batch import iter_batches
from spec.records.header import BatchHeader


def partition_directory(topic: str, partition: int) -> str:
    return f"{topic}-{partition}"


class PartitionLog:
    """A partition's segments and offsets; every method runs to completion (single thread)."""

    def __init__(self, storage: Storage, directory: str, settings: LogSettings,
                 segments: list[LogSegment], epochs: LeaderEpochCache, *,
                 log_start_offset: int, recovery_point: int, now_ms: int,
                 report: Callable[[str], None]) -> None:
        assert segments, directory
        self.storage = storage
        self.directory = directory
        self.settings = settings
        self.segments = segments
        self.leader_epochs = epochs
        self.report = report
        self.log_start_offset = max(log_start_offset, segments[0].base_offset)
        self.recovery_point = min(recovery_point, self.log_end_offset)
        self.last_flush_ms = now_ms
        self.topic_id: uuid.UUID | None = None
        self._check()

    @classmethod
    def open(cls, storage: Storage, directory: str, settings: LogSettings, *, now_ms: int,
             log_start_offset: int = 0, recovery_point: int = 0, had_clean_shutdown: bool = False,
             topic_id: uuid.UUID | None = None,
             report: Callable[[str], None] = lambda message: None) -> PartitionLog:
        """Open (creating if needed) and recover the directory, as `UnifiedLog.create`."""
        storage.make_dirs(directory)
        epochs = LeaderEpochCache.load(storage, join(directory, LEADER_EPOCH_CHECKPOINT))
        segments = load_segments(storage, directory, settings, now_ms=now_ms,
                                 recovery_point=recovery_point,
                                 had_clean_shutdown=had_clean_shutdown, epochs=epochs,
                                 report=report)
        if segments and segments[-1].next_offset < log_start_offset:
            # what the log start checkpoint promises is gone (lost unflushed data, deleted
            # files): start empty there, as LogLoader does
            report(f"deleting all segments: log end offset {segments[-1].next_offset} is below "
                   f"the log start offset {log_start_offset}")
            for segment in segments:
                segment.delete()
            segments = []
            epochs.clear()
        if not segments:
            segment = LogSegment(storage, directory, log_start_offset, settings, created_ms=now_ms)
            segment.create_files()
            segments = [segment]
        log = cls(storage, directory, settings, segments, epochs,
                  log_start_offset=log_start_offset, recovery_point=recovery_point,
                  now_ms=now_ms, report=report)
        epochs.truncate_from_end(log.log_end_offset)
        epochs.truncate_from_start(log.log_start_offset)
        log._init_topic_id(topic_id)
        return log

    def _init_topic_id(self, topic_id: uuid.UUID | None) -> None:
        path = join(self.directory, PARTITION_METADATA_FILE)
        if self.storage.exists(path):
            self.topic_id = parse_partition_metadata(
                self.storage.read(path, 0, self.storage.size(path)))
            assert topic_id is None or topic_id == self.topic_id, (topic_id, self.topic_id)
        elif topic_id is not None:
            self.storage.write_atomically(path, format_partition_metadata(topic_id))
            self.topic_id = topic_id

    # --- offsets ----------------------------------------------------------------------------

    @property
    def active_segment(self) -> LogSegment:
        return self.segments[-1]

    @property
    def log_end_offset(self) -> int:
        return self.active_segment.next_offset

    @property
    def log_end_offset_metadata(self) -> LogOffsetMetadata:
        active = self.active_segment
        return LogOffsetMetadata(active.next_offset, active.base_offset, active.size_bytes)

    @property
    def size_bytes(self) -> int:
        return sum(segment.size_bytes for segment in self.segments)

    def _check(self) -> None:
        check("RecoveryPointWithinLog", recovery_point_within_log(
            self.log_start_offset, self.recovery_point, self.log_end_offset),
            directory=self.directory, log_start_offset=self.log_start_offset,
            recovery_point=self.recovery_point, log_end_offset=self.log_end_offset)

    def check_high_watermark(self, high_watermark: int) -> None:
        """HighWatermarkWithinLog for the partition layer, which owns the high watermark."""
        check("HighWatermarkWithinLog", high_watermark_within_log(
            self.log_start_offset, high_watermark, self.log_end_offset),
            directory=self.directory, log_start_offset=self.log_start_offset,
            high_watermark=high_watermark, log_end_offset=self.log_end_offset)

    def floor_segment(self, offset: int) -> LogSegment | None:
        slot = bisect_right([segment.base_offset for segment in self.segments], offset) - 1
        return self.segments[slot] if slot >= 0 else None

    def offset_metadata(self, offset: int) -> LogOffsetMetadata:
        """The segment and position of the batch holding `offset` (`convertToOffsetMetadata`);
        an offset outside the log gets message-offset-only metadata."""
        if offset == self.log_end_offset:
            return self.log_end_offset_metadata
        segment = self.floor_segment(offset)
        if offset < self.log_start_offset or offset > self.log_end_offset or segment is None:
            return LogOffsetMetadata(offset)
        found = segment.translate_offset(offset)
        if found is None:
            return LogOffsetMetadata(offset)
        return LogOffsetMetadata(offset, segment.base_offset, found.position)

    # --- append -----------------------------------------------------------------------------

    def append(self, records: bytes, *, now_ms: int, is_leader: bool = True) -> AppendInfo:
        """Store batches whose offsets are assigned: a leader's start at the log end offset;
        a follower's may start later (compacted logs have gaps). Bytes are stored as given."""
        batches = [header for _, header in iter_batches(records)]
        assert batches, "nothing to append"
        previous = self.log_end_offset
        for header in batches:
            check("OffsetsDenseAndIncreasing", batch_offsets_increasing(
                previous, header.base_offset, header.last_offset, is_dense=is_leader),
                directory=self.directory, expected=previous, base_offset=header.base_offset)
            previous = header.next_offset
        for header in batches:
            if header.partition_leader_epoch >= 0:
                self.leader_epochs.assign(header.partition_leader_epoch, header.base_offset)
        max_header = max(batches, key=lambda header: header.max_timestamp)
        segment = self._maybe_roll(batches, len(records), now_ms)
        first_metadata = LogOffsetMetadata(batches[0].base_offset, segment.base_offset,
                                           segment.size_bytes)
        segment.append(batches[-1].last_offset, max_header.max_timestamp,
                       max_header.last_offset, records)
        if self.log_end_offset - self.recovery_point >= self.settings.flush_messages:
            self.flush(now_ms=now_ms)
        return AppendInfo(batches[0].base_offset, batches[-1].last_offset,
                          max_header.max_timestamp, max_header.last_offset,
                          self.log_start_offset, first_metadata)

    def _maybe_roll(self, batches: list[BatchHeader], size_bytes: int, now_ms: int) -> LogSegment:
        active = self.active_segment
        max_timestamp = max(header.max_timestamp for header in batches)
        if active.should_roll(records_size_bytes=size_bytes, max_timestamp=max_timestamp,
                              max_offset=batches[-1].last_offset, now_ms=now_ms):
            return self.roll(now_ms=now_ms, expected_next_offset=batches[0].base_offset)
        return active

    def roll(self, *, now_ms: int, expected_next_offset: int = 0) -> LogSegment:
        """Start a new active segment at max(expected, log end offset), as `LocalLog.roll`;
        an empty active segment at that offset is replaced. The old ones are then flushed."""
        new_base = max(expected_next_offset, self.log_end_offset)
        active = self.active_segment
        if active.base_offset == new_base and active.size_bytes == 0:
            active.delete()
            self.segments.pop()
        else:
            active.on_become_inactive()
        segment = LogSegment(self.storage, self.directory, new_base, self.settings,
                             created_ms=now_ms)
        segment.create_files()
        self.segments.append(segment)
        self.storage.flush_dir(self.directory)
        self.flush(now_ms=now_ms, up_to_offset=new_base)
        return segment

    # --- flush ------------------------------------------------------------------------------

    def flush(self, *, now_ms: int, up_to_offset: int | None = None) -> None:
        """fsync the segments holding [recovery point, up_to_offset) and move the recovery
        point there (Kafka's `flush(offset)`); the default is the log end offset."""
        target = self.log_end_offset if up_to_offset is None else up_to_offset
        if target <= self.recovery_point:
            return
        for segment in self.segments:
            if segment.next_offset > self.recovery_point and segment.base_offset < target:
                segment.flush()
        self.recovery_point = target
        self.last_flush_ms = now_ms
        self._check()

    def maybe_flush(self, *, now_ms: int) -> bool:
        """Flush when flush.ms has passed since the last flush (LogManager's flusher)."""
        if now_ms - self.last_flush_ms >= self.settings.flush_ms:
            self.flush(now_ms=now_ms)
            return True
        return False

    # --- read -------------------------------------------------------------------------------

    def read(self, start_offset: int, max_bytes: int, *,
             max_offset_exclusive: int | None = None, min_one_batch: bool = True,
             include_aborted_transactions: bool = False) -> FetchData:
        """Stored bytes from the batch holding `start_offset`, stopping before the batch that
        holds `max_offset_exclusive` (the high watermark or last stable offset; default: the
        log end offset); a read_committed read also lists the aborted transactions in range."""
        fetched = self._read(start_offset, max_bytes, max_offset_exclusive, min_one_batch)
        if not include_aborted_transactions:
            return fetched
        if not fetched.slices:
            return replace(fetched, aborted_transactions=())
        return replace(fetched, aborted_transactions=tuple(
            self.collect_aborted_transactions(start_offset, self._upper_bound(fetched))))

    def _upper_bound(self, fetched: FetchData) -> int:
        """Where the fetched bytes end, as an offset (`LocalLog.addAbortedTransactions`)."""
        metadata = fetched.offset_metadata
        segment = self.floor_segment(metadata.segment_base_offset)
        assert segment is not None and segment.base_offset == metadata.segment_base_offset
        bound = segment.fetch_upper_bound_offset(metadata.relative_position_in_segment,
                                                 fetched.size_bytes)
        if bound is not None:
            return bound
        later = [other.base_offset for other in self.segments
                 if other.base_offset > segment.base_offset]
        return later[0] if later else self.log_end_offset

    def collect_aborted_transactions(self, start_offset: int,
                                     upper_bound_offset: int) -> list[AbortedTxn]:
        """Aborted transactions overlapping [start_offset, upper_bound_offset), segment by
        segment from the one holding `start_offset` until an index says it is complete."""
        first = self.floor_segment(start_offset) or self.segments[0]
        found: list[AbortedTxn] = []
        for segment in self.segments[self.segments.index(first):]:
            aborted, is_complete = segment.txn_index.collect(start_offset, upper_bound_offset)
            found.extend(aborted)
            if is_complete:
                break
        return found

    def append_aborted_transaction(self, aborted: AbortedTxn) -> None:
        """Record an aborted transaction whose marker was just appended (the partition layer
        knows it from producer state: `updateTxnIndex`)."""
        assert aborted.last_offset < self.log_end_offset, (aborted, self.log_end_offset)
        self.active_segment.txn_index.append(aborted)

    def _read(self, start_offset: int, max_bytes: int, max_offset_exclusive: int | None,
              min_one_batch: bool) -> FetchData:
        end_offset = self.log_end_offset
        segment = self.floor_segment(start_offset)
        if start_offset < self.log_start_offset or start_offset > end_offset or segment is None:
            raise OffsetOutOfRangeError(
                f"offset {start_offset} is out of range [{self.log_start_offset}, {end_offset}]"
                f" in {self.directory}")
        bound = self.offset_metadata(
            end_offset if max_offset_exclusive is None else max_offset_exclusive)
        if start_offset >= bound.message_offset:
            return FetchData(self.offset_metadata(start_offset))
        for candidate in self.segments[self.segments.index(segment):]:
            if candidate.base_offset > bound.segment_base_offset:
                break
            max_position = (candidate.size_bytes
                            if candidate.base_offset < bound.segment_base_offset
                            else bound.relative_position_in_segment)
            found = candidate.read(start_offset, max_bytes, max_position, min_one_batch)
            if found is not None:
                first, piece = found
                metadata = LogOffsetMetadata(start_offset, candidate.base_offset, first.position)
                incomplete = 0 < piece.size_bytes < first.header.size_bytes
                return FetchData(metadata, (piece,) if piece.size_bytes else (), incomplete)
        return FetchData(self.log_end_offset_metadata)

    # --- ListOffsets ------------------------------------------------------------------------

    def offset_for_timestamp(self, timestamp: int) -> TimestampAndOffset | None:
        """ListOffsets by time; see `list_offsets.offset_for_timestamp`."""
        return offset_for_timestamp(self, timestamp)

    # --- truncation -------------------------------------------------------------------------

    def truncate_to(self, offset: int, *, now_ms: int) -> bool:
        """Drop everything at and after `offset` (a follower's truncation); True if it did."""
        assert offset >= 0, offset
        if offset >= self.log_end_offset:
            return False
        if offset < self.segments[0].base_offset:
            self.truncate_fully_and_start_at(offset, now_ms=now_ms)
            return True
        while self.active_segment.base_offset > offset:
            self.segments.pop().delete()
        self.active_segment.truncate_to(offset, now_ms=now_ms)
        if self.active_segment.next_offset < offset:
            # compaction had emptied the offsets just below the cut; the log must still end at
            # `offset`, also after a restart, so a segment starts there (Kafka only sets its
            # in-memory log end offset, which a restart would lose)
            if self.active_segment.size_bytes == 0:
                self._restart_empty_active_segment(offset, now_ms=now_ms)
            else:
                self.roll(now_ms=now_ms, expected_next_offset=offset)
        self.leader_epochs.truncate_from_end(offset)
        self.log_start_offset = max(min(self.log_start_offset, offset),
                                    self.segments[0].base_offset)
        self.leader_epochs.truncate_from_start(self.log_start_offset)
        self.recovery_point = min(self.recovery_point, offset)
        self._check()
        return True

    def _restart_empty_active_segment(self, offset: int, *, now_ms: int) -> None:
        """The empty active segment is re-created at `offset`."""
        self.segments.pop().delete()
        segment = LogSegment(self.storage, self.directory, offset, self.settings,
                             created_ms=now_ms)
        segment.create_files()
        self.segments.append(segment)

    def truncate_fully_and_start_at(self, offset: int, *, now_ms: int) -> None:
        """Delete every segment and start empty at `offset`."""
        for segment in self.segments:
            segment.delete()
        segment = LogSegment(self.storage, self.directory, offset, self.settings,
                             created_ms=now_ms)
        segment.create_files()
        self.segments = [segment]
        self.leader_epochs.clear()
        self.log_start_offset = self.recovery_point = offset
        self._check()

    def close(self, *, now_ms: int) -> None:
        """Flush everything and seal the active segment's time index (`LogSegment.close`)."""
        self.flush(now_ms=now_ms)
        self.active_segment.on_become_inactive()
        self.active_segment.flush()
