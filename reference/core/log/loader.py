"""Opening a partition directory after a clean stop or a crash (Kafka's `LogLoader`).

Steps, in Kafka's order: drop leftovers of an interrupted cleaning (`.cleaned` files) and finish
an interrupted swap (`.swap` files replace their originals); load every segment, rebuilding the
indexes of any that are missing or fail the sanity checks; then, unless the last shutdown was
clean, recover every segment from the one holding the recovery point onwards: scan batch by
batch (header sanity, offsets increasing, CRC), truncate at the first torn or corrupt batch and
delete every later segment, since nothing after a hole can be trusted. Each finding is reported
through `report` (the core prints nothing).
"""

from __future__ import annotations

from collections.abc import Callable

from reference.core.log.index import CorruptIndexError
from reference.core.log.leader_epoch import LeaderEpochCache
from reference.core.log.segment import (
    CLEANED_SUFFIX,
    INDEX_SUFFIX,
    LOG_SUFFIX,
    SWAP_SUFFIX,
    TIME_INDEX_SUFFIX,
    TXN_INDEX_SUFFIX,
    LogSegment,
)
from reference.core.log.settings import LogSettings
from reference.core.storage import Storage, join
from spec.decode_error import DecodeError
from spec.records.header import BatchHeader

Report = Callable[[str], None]


def _finish_interrupted_work(storage: Storage, directory: str, report: Report) -> None:
    """A `.log.swap` is a finished cleaning (the compactor renames the log last): it replaces
    the segment and that segment's indexes are dropped to be rebuilt. Anything else half done
    (`.cleaned`, `.tmp`, index `.swap` files) is discarded and the old segment stands."""
    names = storage.list_dir(directory)
    for name in names:
        if name.endswith(LOG_SUFFIX + SWAP_SUFFIX):
            stem = name[: -len(LOG_SUFFIX + SWAP_SUFFIX)]
            storage.rename(join(directory, name), join(directory, stem + LOG_SUFFIX))
            for suffix in (INDEX_SUFFIX, TIME_INDEX_SUFFIX):
                storage.delete(join(directory, stem + suffix))
                storage.delete(join(directory, stem + suffix + SWAP_SUFFIX))
            report(f"completed interrupted swap of segment {stem}")
    for name in storage.list_dir(directory):
        if name.endswith((CLEANED_SUFFIX, ".tmp", SWAP_SUFFIX)):
            storage.delete(join(directory, name))
            report(f"deleted leftover {join(directory, name)}")
    for name in storage.list_dir(directory):
        if name.endswith((INDEX_SUFFIX, TIME_INDEX_SUFFIX, TXN_INDEX_SUFFIX)):
            stem = name.rsplit(".", 1)[0]
            if not storage.exists(join(directory, stem + LOG_SUFFIX)):
                storage.delete(join(directory, name))
                report(f"deleted orphan index {name}")


def _base_offsets(storage: Storage, directory: str) -> list[int]:
    bases = []
    for name in storage.list_dir(directory):
        stem, _, suffix = name.partition(".")
        if "." + suffix == LOG_SUFFIX and stem.isdigit():
            bases.append(int(stem))
    return sorted(bases)


def load_segments(storage: Storage, directory: str, settings: LogSettings, *, now_ms: int,
                  recovery_point: int, had_clean_shutdown: bool, epochs: LeaderEpochCache,
                  report: Report) -> list[LogSegment]:
    """The directory's segments, loaded and (after an unclean stop) recovered."""
    _finish_interrupted_work(storage, directory, report)
    segments: list[LogSegment] = []
    for base in _base_offsets(storage, directory):
        segment = LogSegment(storage, directory, base, settings, created_ms=now_ms)
        try:
            segment.load()
        except (CorruptIndexError, DecodeError) as error:
            report(f"rebuilding indexes of segment {base}: {error}")
            truncated = segment.recover(lambda header: None)
            if truncated:
                report(f"truncated {truncated} invalid bytes of segment {base}")
        segments.append(segment)
    if not had_clean_shutdown:
        segments = _recover_unflushed(segments, recovery_point, epochs, report)
    return segments


def _recover_unflushed(segments: list[LogSegment], recovery_point: int,
                       epochs: LeaderEpochCache, report: Report) -> list[LogSegment]:
    def note_epoch(header: BatchHeader) -> None:
        latest = epochs.latest_epoch()
        if header.partition_leader_epoch >= 0 and (latest is None
                                                   or header.partition_leader_epoch > latest):
            epochs.assign(header.partition_leader_epoch, header.base_offset)

    first = max((index for index, segment in enumerate(segments)
                 if segment.base_offset <= recovery_point), default=0)
    for index in range(first, len(segments)):
        segment = segments[index]
        truncated = segment.recover(note_epoch)
        if truncated:
            report(f"found {truncated} invalid bytes at the end of segment "
                   f"{segment.base_offset}; truncated")
        # a later segment starts where this one must end; a hole breaks that, so drop the rest
        if truncated and index + 1 < len(segments):
            for later in segments[index + 1:]:
                report(f"deleting segment {later.base_offset} after a corrupt segment")
                later.delete()
            return segments[: index + 1]
    return segments
