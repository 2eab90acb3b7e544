"""The data directory's own files: offset checkpoints and the clean-shutdown marker.

As Kafka's `LogManager`: `recovery-point-offset-checkpoint`, `log-start-offset-checkpoint` and
`replication-offset-checkpoint` (high watermarks) are read when the broker starts and written
every `log.flush.offset.checkpoint.interval.ms` and at shutdown; `.kafka_cleanshutdown` is
written last on a clean shutdown and deleted at start, so its presence tells the log loader that
segments after the recovery point need no scan.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reference.core.log.checkpoints import (
    LOG_START_OFFSET_CHECKPOINT,
    RECOVERY_POINT_CHECKPOINT,
    REPLICATION_OFFSET_CHECKPOINT,
    CheckpointError,
    PartitionOffset,
)
from reference.core.log.log_dir import LogDirectory
from reference.core.storage import Storage

Offsets = dict[tuple[str, int], int]


def no_usage() -> tuple[int, int]:
    return -1, -1


@dataclass(slots=True)
class LogDir:
    """The broker's one log directory: where it is, how full, and what it recorded last."""

    path: str = "/kspec-data"
    usage: Callable[[], tuple[int, int]] = no_usage  # (total, usable) bytes; the shell's to say
    recovery_points: Offsets = field(default_factory=dict)
    log_start_offsets: Offsets = field(default_factory=dict)
    high_watermarks: Offsets = field(default_factory=dict)
    had_clean_shutdown: bool = False


def read_checkpoint(files: LogDirectory, name: str, report: Callable[[str], None]) -> Offsets:
    """A checkpoint's offsets; an unreadable one counts as empty, as Kafka's LogManager resets
    the recovery point to 0 ("resetting the recovery checkpoint to 0") rather than stop."""
    try:
        return files.read_offsets(name)
    except CheckpointError as error:
        report(f"ignoring unreadable {name}: {error}")
        return {}


def open_log_dir(storage: Storage, log_dir: LogDir, report: Callable[[str], None]) -> None:
    """Read the checkpoints and the clean-shutdown mark (then delete it: we are running)."""
    files = LogDirectory(storage)
    log_dir.recovery_points = read_checkpoint(files, RECOVERY_POINT_CHECKPOINT, report)
    log_dir.log_start_offsets = read_checkpoint(files, LOG_START_OFFSET_CHECKPOINT, report)
    log_dir.high_watermarks = read_checkpoint(files, REPLICATION_OFFSET_CHECKPOINT, report)
    log_dir.had_clean_shutdown = files.take_clean_shutdown_mark()


def write_checkpoints(storage: Storage, recovery_points: Offsets, log_start_offsets: Offsets,
                      high_watermarks: Offsets) -> None:
    files = LogDirectory(storage)
    for name, offsets in ((RECOVERY_POINT_CHECKPOINT, recovery_points),
                          (LOG_START_OFFSET_CHECKPOINT, log_start_offsets),
                          (REPLICATION_OFFSET_CHECKPOINT, high_watermarks)):
        files.write_offsets(name, (PartitionOffset(topic, partition, offset)
                                   for (topic, partition), offset in offsets.items()))


def mark_clean_shutdown(storage: Storage) -> None:
    LogDirectory(storage).mark_clean_shutdown()
