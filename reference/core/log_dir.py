"""The data directory's own files: offset checkpoints and the clean-shutdown marker.

As Kafka's `LogManager`: `recovery-point-offset-checkpoint`, `log-start-offset-checkpoint` and
`replication-offset-checkpoint` (high watermarks) are read when the broker starts and written
every `log.flush.offset.checkpoint.interval.ms` and at shutdown; `.kafka_cleanshutdown` is
written last on a clean shutdown and deleted at start, so its presence tells the log loader that
segments after the recovery point need no scan.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from reference.core.log.checkpoints import (
    LOG_START_OFFSET_CHECKPOINT,
    RECOVERY_POINT_CHECKPOINT,
    REPLICATION_OFFSET_CHECKPOINT,
    CheckpointError,
    PartitionOffset,
    format_offset_checkpoint,
    parse_offset_checkpoint,
)
from reference.core.storage import Storage

CLEAN_SHUTDOWN_FILE = ".kafka_cleanshutdown"
CLEAN_SHUTDOWN_CONTENT = b'{"version":0,"brokerEpoch":-1}'

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


def read_checkpoint(storage: Storage, name: str, report: Callable[[str], None]) -> Offsets:
    if not storage.exists(name):
        return {}
    try:
        entries = parse_offset_checkpoint(storage.read(name, 0, storage.size(name)), name)
    except CheckpointError as error:
        report(f"ignoring unreadable {name}: {error}")  # Kafka logs and starts from 0 too
        return {}
    return {(entry.topic, entry.partition): entry.offset for entry in entries}


def open_log_dir(storage: Storage, log_dir: LogDir, report: Callable[[str], None]) -> None:
    """Read the checkpoints and the clean-shutdown marker (then delete it: we are running)."""
    log_dir.recovery_points = read_checkpoint(storage, RECOVERY_POINT_CHECKPOINT, report)
    log_dir.log_start_offsets = read_checkpoint(storage, LOG_START_OFFSET_CHECKPOINT, report)
    log_dir.high_watermarks = read_checkpoint(storage, REPLICATION_OFFSET_CHECKPOINT, report)
    log_dir.had_clean_shutdown = storage.exists(CLEAN_SHUTDOWN_FILE)
    if log_dir.had_clean_shutdown:
        storage.delete(CLEAN_SHUTDOWN_FILE)


def write_checkpoints(storage: Storage, recovery_points: Offsets, log_start_offsets: Offsets,
                      high_watermarks: Offsets) -> None:
    for name, offsets in ((RECOVERY_POINT_CHECKPOINT, recovery_points),
                          (LOG_START_OFFSET_CHECKPOINT, log_start_offsets),
                          (REPLICATION_OFFSET_CHECKPOINT, high_watermarks)):
        storage.write_atomically(name, format_offset_checkpoint(entries(offsets)))


def entries(offsets: Offsets) -> Iterable[PartitionOffset]:
    return (PartitionOffset(topic, partition, offset)
            for (topic, partition), offset in sorted(offsets.items()))


def mark_clean_shutdown(storage: Storage) -> None:
    storage.write_atomically(CLEAN_SHUTDOWN_FILE, CLEAN_SHUTDOWN_CONTENT)
