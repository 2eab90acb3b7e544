"""An abstract replica log: records carry only (epoch, id), so a model can hold many replicas.

It keeps what replication reads from Kafka's `UnifiedLog`: the log end offset, the high
watermark (clamped to the log end offset, as `updateHighWatermark`), the leader epoch cache
(reused from the log package: `assign` on every append, `truncate_from_end` on truncation), and
what a crash keeps: flushed records, the last checkpointed high watermark, and the epoch
checkpoint (written atomically, so durable), cut back to the surviving log end as Kafka's
loader does. The log start offset is always 0 here: retention is not modelled.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from reference.core.log.leader_epoch import UNDEFINED_EPOCH_OFFSET, LeaderEpochCache
from reference.core.replication.values import EpochEndOffset, Record
from spec.invariants import check, high_watermark_within_log


class ReplicationLog(Protocol):
    """What the replication roles read and change of a replica's log: `ReplicaLog` here, a real
    partition's log on a broker (reference/core/cluster/partition_log.py). Records themselves
    are the caller's business: the model's are (epoch, id) pairs, a broker's are batches."""

    @property
    def log_end_offset(self) -> int: ...

    @property
    def high_watermark(self) -> int: ...

    def latest_epoch(self) -> int | None: ...

    def end_offset_for_epoch(self, epoch: int) -> EpochEndOffset | None: ...

    def assign_epoch_start(self, epoch: int) -> None: ...

    def truncate_to(self, offset: int) -> None: ...

    def truncate_fully_and_start_at(self, offset: int) -> None: ...

    def update_high_watermark(self, high_watermark: int) -> None: ...


class ReplicaLog:
    """One replica's copy of a partition, records as (epoch, id) pairs."""

    def __init__(self, epochs: LeaderEpochCache) -> None:
        assert not epochs.entries, "a replica log starts empty"
        self.epochs = epochs
        self._records: list[Record] = []
        self.high_watermark = 0
        self._flushed_count = 0
        self._checkpointed_high_watermark = 0

    @property
    def log_end_offset(self) -> int:
        return len(self._records)

    @property
    def records(self) -> tuple[Record, ...]:
        return tuple(self._records)

    def record_at(self, offset: int) -> Record | None:
        return self._records[offset] if 0 <= offset < len(self._records) else None

    def read(self, fetch_offset: int, max_records: int) -> tuple[Record, ...]:
        assert 0 <= fetch_offset <= self.log_end_offset, fetch_offset
        return tuple(self._records[fetch_offset:fetch_offset + max_records])

    def latest_epoch(self) -> int | None:
        return self.epochs.latest_epoch()

    def end_offset_for_epoch(self, epoch: int) -> EpochEndOffset | None:
        """`UnifiedLog.endOffsetForEpoch`: None when the cache cannot place `epoch`."""
        found_epoch, end_offset = self.epochs.end_offset_for(epoch, self.log_end_offset)
        if end_offset == UNDEFINED_EPOCH_OFFSET:
            return None
        return EpochEndOffset(found_epoch, end_offset)

    def append(self, records: Sequence[Record]) -> None:
        """Append at the log end; each epoch change starts a cache entry (`assign`)."""
        for record in records:
            self.epochs.assign(record.epoch, self.log_end_offset)
            self._records.append(record)

    def assign_epoch_start(self, epoch: int) -> None:
        """A new leader stamps its epoch at its log end (`assignEpochStartOffset`)."""
        self.epochs.assign(epoch, self.log_end_offset)

    def truncate_to(self, offset: int) -> None:
        """Drop records at and after `offset`; the high watermark follows the new log end."""
        assert offset >= 0, offset
        if offset >= self.log_end_offset:
            # Kafka cuts the cache even then: a leader may have stamped its epoch at the log
            # end and lost leadership before appending; that entry must not outlive it.
            self.epochs.truncate_from_end(self.log_end_offset)
            return
        del self._records[offset:]
        self.epochs.truncate_from_end(offset)
        self._flushed_count = min(self._flushed_count, offset)
        self.high_watermark = min(self.high_watermark, offset)
        self._check()

    def truncate_fully_and_start_at(self, offset: int) -> None:
        # The model's leaders answer OFFSET_OUT_OF_RANGE with a log end and their logs start
        # at 0, so no model follower is ever behind a leader's log start.
        raise AssertionError(f"a model log always starts at 0, not {offset}")

    def update_high_watermark(self, high_watermark: int) -> None:
        """Set the high watermark, clamped to the log (`UnifiedLog.updateHighWatermark`)."""
        self.high_watermark = max(0, min(high_watermark, self.log_end_offset))
        self._check()

    def flush(self) -> None:
        """fsync the log and checkpoint the high watermark (replication-offset-checkpoint)."""
        self._flushed_count = len(self._records)
        self._checkpointed_high_watermark = self.high_watermark

    def crash(self) -> int:
        """Lose what was not flushed; return how many records were lost."""
        lost = len(self._records) - self._flushed_count
        del self._records[self._flushed_count:]
        self.epochs.truncate_from_end(self.log_end_offset)
        self.high_watermark = min(self._checkpointed_high_watermark, self.log_end_offset)
        self._check()
        return lost

    def _check(self) -> None:
        check("HighWatermarkWithinLog",
              high_watermark_within_log(0, self.high_watermark, self.log_end_offset),
              high_watermark=self.high_watermark, log_end_offset=self.log_end_offset)
