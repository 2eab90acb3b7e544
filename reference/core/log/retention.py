"""Deleting old segments: retention.ms, retention.bytes, and the log start offset moving.

Mirrors `UnifiedLog.deleteOldSegments`: with cleanup.policy containing delete, three passes in
Kafka's order (segments wholly below the log start offset, then retention.bytes, then
retention.ms); with compact only, just the first. Segments are taken oldest first while the
condition holds and never past the high watermark (a segment is deletable only if the next one
starts at or below it, the active one only if the high watermark is the log end offset), an
empty active segment is never deleted, and deleting every segment rolls a new one first. The
log start offset moves to the first kept segment's base. `delete_records_before` is
DeleteRecords: it moves the log start offset (at most to the high watermark) and then deletes
the whole segments below it.
"""

from __future__ import annotations

from collections.abc import Callable

from reference.core.log.log import PartitionLog
from reference.core.log.offsets import OffsetOutOfRangeError
from reference.core.log.segment import LogSegment

Condition = Callable[[LogSegment, LogSegment | None], bool]


def increment_log_start_offset(log: PartitionLog, new_log_start_offset: int,
                               high_watermark: int) -> bool:
    """`maybeIncrementLogStartOffset`: never past the high watermark; True if it moved."""
    if new_log_start_offset > high_watermark:
        raise OffsetOutOfRangeError(
            f"Cannot increment the log start offset to {new_log_start_offset} of partition "
            f"{log.directory} since it is larger than the high watermark {high_watermark}")
    if new_log_start_offset <= log.log_start_offset:
        return False
    log.log_start_offset = new_log_start_offset
    log.leader_epochs.truncate_from_start(new_log_start_offset)
    log.report(f"incremented log start offset to {new_log_start_offset}")
    return True


def delete_records_before(log: PartitionLog, offset: int, high_watermark: int,
                          *, now_ms: int) -> int:
    """DeleteRecords: the log start offset becomes `offset`; returns the new low watermark."""
    increment_log_start_offset(log, offset, high_watermark)
    delete_log_start_offset_breached(log, high_watermark, now_ms=now_ms)
    return log.log_start_offset


def deletable_segments(log: PartitionLog, high_watermark: int,
                       condition: Condition) -> list[LogSegment]:
    """The oldest segments, in order, while `condition` holds and the high watermark allows."""
    deletable: list[LogSegment] = []
    for index, segment in enumerate(log.segments):
        following = log.segments[index + 1] if index + 1 < len(log.segments) else None
        is_last_and_empty = following is None and segment.size_bytes == 0
        upper_bound = following.base_offset if following is not None else log.log_end_offset
        if high_watermark < upper_bound or is_last_and_empty or not condition(segment, following):
            break
        deletable.append(segment)
    return deletable


def _delete(log: PartitionLog, segments: list[LogSegment], high_watermark: int, *,
            now_ms: int, reason: str) -> int:
    if not segments:
        return 0
    count = len(segments)
    if count == len(log.segments):
        log.roll(now_ms=now_ms)
    kept = log.segments[count]
    increment_log_start_offset(log, kept.base_offset, high_watermark)
    for segment in segments:
        log.report(f"deleting segment {segment.base_offset} ({reason})")
        segment.delete()
    del log.segments[:count]
    log.recovery_point = max(log.recovery_point, log.segments[0].base_offset)
    return count


def delete_log_start_offset_breached(log: PartitionLog, high_watermark: int,
                                     *, now_ms: int) -> int:
    def condition(segment: LogSegment, following: LogSegment | None) -> bool:
        return following is not None and following.base_offset <= log.log_start_offset
    return _delete(log, deletable_segments(log, high_watermark, condition), high_watermark,
                   now_ms=now_ms, reason="below the log start offset")


def delete_retention_bytes_breached(log: PartitionLog, high_watermark: int,
                                    *, now_ms: int) -> int:
    retention_bytes = log.settings.retention_bytes
    excess = log.size_bytes - retention_bytes
    if retention_bytes < 0 or excess < 0:
        return 0

    def condition(segment: LogSegment, following: LogSegment | None) -> bool:
        nonlocal excess
        if excess - segment.size_bytes < 0:
            return False
        excess -= segment.size_bytes
        return True
    return _delete(log, deletable_segments(log, high_watermark, condition), high_watermark,
                   now_ms=now_ms, reason=f"retention.bytes {retention_bytes}")


def delete_retention_ms_breached(log: PartitionLog, high_watermark: int, *, now_ms: int) -> int:
    retention_ms = log.settings.retention_ms
    if retention_ms < 0:
        return 0

    def condition(segment: LogSegment, following: LogSegment | None) -> bool:
        return now_ms - segment.largest_timestamp() > retention_ms
    return _delete(log, deletable_segments(log, high_watermark, condition), high_watermark,
                   now_ms=now_ms, reason=f"retention.ms {retention_ms}")


def delete_old_segments(log: PartitionLog, high_watermark: int, *, now_ms: int) -> int:
    """One retention pass (`deleteOldSegments`); returns how many segments went."""
    if log.settings.is_delete:
        return (delete_log_start_offset_breached(log, high_watermark, now_ms=now_ms)
                + delete_retention_bytes_breached(log, high_watermark, now_ms=now_ms)
                + delete_retention_ms_breached(log, high_watermark, now_ms=now_ms))
    return delete_log_start_offset_breached(log, high_watermark, now_ms=now_ms)
