"""The leader epoch cache: for each leader epoch, the first offset written in it.

Mirrors Kafka's `LeaderEpochFileCache` (assign, endOffsetFor as OffsetForLeaderEpoch answers
it, truncateFromEnd after a follower truncates, truncateFromStart when the log start offset
moves, epochForOffset) and persists through leader-epoch-checkpoint in `checkpoints`' format.
The cache writes its checkpoint after every change; Kafka defers the write after truncations
("async flush") but the file it ends with is the same, and a stale file is truncated again on
load either way.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from reference.core.log.checkpoints import (
    EpochEntry,
    format_leader_epoch_checkpoint,
    parse_leader_epoch_checkpoint,
)
from reference.core.storage import Storage

UNDEFINED_EPOCH = -1
UNDEFINED_EPOCH_OFFSET = -1


class LeaderEpochCache:
    """Epoch entries with epochs and start offsets both strictly increasing."""

    def __init__(self, storage: Storage, path: str,
                 entries: list[EpochEntry] | None = None) -> None:
        self.storage = storage
        self.path = path
        self._entries: list[EpochEntry] = list(entries or [])
        self._check()

    @classmethod
    def load(cls, storage: Storage, path: str) -> LeaderEpochCache:
        """Read the checkpoint; a missing one is created empty, as `CheckpointFile`'s
        constructor does, and an empty file reads as no entries."""
        if not storage.exists(path):
            storage.create(path)
            return cls(storage, path)
        data = storage.read(path, 0, storage.size(path))
        cache = cls(storage, path)
        for entry in parse_leader_epoch_checkpoint(data, path):
            cache._assign(entry.epoch, entry.start_offset)  # as Kafka's constructor: by assign
        return cache

    @property
    def entries(self) -> tuple[EpochEntry, ...]:
        return tuple(self._entries)

    def _check(self) -> None:
        for earlier, later in zip(self._entries, self._entries[1:], strict=False):
            assert earlier.epoch < later.epoch and earlier.start_offset < later.start_offset, (
                self._entries)

    def _flush(self) -> None:
        self._check()
        self.storage.write_atomically(self.path, format_leader_epoch_checkpoint(self._entries))

    def latest_epoch(self) -> int | None:
        return self._entries[-1].epoch if self._entries else None

    def earliest_entry(self) -> EpochEntry | None:
        return self._entries[0] if self._entries else None

    def assign(self, epoch: int, start_offset: int) -> bool:
        """Record that `epoch` starts at `start_offset`; entries it contradicts (an epoch at or
        above it, or a start offset at or above it) are dropped first. True when it changed."""
        changed = self._assign(epoch, start_offset)
        if changed:
            self._flush()
        return changed

    def _assign(self, epoch: int, start_offset: int) -> bool:
        assert epoch >= 0 and start_offset >= 0, (epoch, start_offset)
        latest = self._entries[-1] if self._entries else None
        if latest is not None and latest.epoch == epoch and start_offset >= latest.start_offset:
            return False
        while self._entries and (self._entries[-1].epoch >= epoch
                                 or self._entries[-1].start_offset >= start_offset):
            self._entries.pop()
        self._entries.append(EpochEntry(epoch, start_offset))
        return True

    def end_offset_for(self, requested_epoch: int, log_end_offset: int) -> tuple[int, int]:
        """(epoch, end offset) as `endOffsetFor`: the start offset of the first epoch above the
        requested one, paired with the largest known epoch at or below it."""
        if requested_epoch == UNDEFINED_EPOCH:
            return UNDEFINED_EPOCH, UNDEFINED_EPOCH_OFFSET
        if self._entries and self._entries[-1].epoch == requested_epoch:
            return requested_epoch, log_end_offset
        epochs = [entry.epoch for entry in self._entries]
        higher = bisect_right(epochs, requested_epoch)
        if higher == len(epochs):
            return UNDEFINED_EPOCH, UNDEFINED_EPOCH_OFFSET
        floor = higher - 1
        if floor < 0:
            return requested_epoch, self._entries[higher].start_offset
        return self._entries[floor].epoch, self._entries[higher].start_offset

    def epoch_for_offset(self, offset: int) -> int | None:
        """The epoch in which `offset` was written, if the cache covers it."""
        previous: int | None = None
        for entry in self._entries:
            if entry.start_offset == offset:
                return entry.epoch
            if entry.start_offset > offset:
                return previous
            previous = entry.epoch
        return previous

    def truncate_from_end(self, end_offset: int) -> None:
        """Drop epochs starting at or after `end_offset` (the log was cut there)."""
        if end_offset >= 0 and self._entries and self._entries[-1].start_offset >= end_offset:
            starts = [entry.start_offset for entry in self._entries]
            del self._entries[bisect_left(starts, end_offset):]
            self._flush()

    def truncate_from_start(self, start_offset: int) -> None:
        """Drop epochs wholly before `start_offset`; the one it falls in now starts there."""
        starts = [entry.start_offset for entry in self._entries]
        removed = bisect_right(starts, start_offset)
        if removed:
            kept_epoch = self._entries[removed - 1].epoch
            self._entries[:removed] = [EpochEntry(kept_epoch, start_offset)]
            self._flush()

    def clear(self) -> None:
        self._entries = []
        self._flush()
