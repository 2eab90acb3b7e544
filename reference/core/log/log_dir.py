"""The data directory's own files: offset checkpoints, meta.properties, the clean-shutdown mark.

What Kafka's `LogManager` writes beside the partition directories: recovery-point,
log-start-offset and replication (high watermark) checkpoints in `OffsetCheckpointFile` format,
meta.properties, and `.kafka_cleanshutdown` (present after a clean stop, so the next open skips
recovery). All written atomically through `Storage`; formats in `checkpoints`.
"""

from __future__ import annotations

from collections.abc import Iterable

from reference.core.log.checkpoints import (
    META_PROPERTIES_FILE,
    MetaProperties,
    PartitionOffset,
    format_meta_properties,
    format_offset_checkpoint,
    parse_meta_properties,
    parse_offset_checkpoint,
)
from reference.core.storage import Storage

CLEAN_SHUTDOWN_FILE = ".kafka_cleanshutdown"


class LogDirectory:
    """The files at the root of one log directory (paths relative to the storage root)."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage

    def _read(self, name: str) -> bytes | None:
        if not self.storage.exists(name):
            return None
        return self.storage.read(name, 0, self.storage.size(name))

    def write_offsets(self, name: str, entries: Iterable[PartitionOffset]) -> None:
        """Replace a checkpoint, entries sorted by topic and partition for stable bytes."""
        ordered = sorted(entries, key=lambda entry: (entry.topic, entry.partition))
        self.storage.write_atomically(name, format_offset_checkpoint(ordered))

    def read_offsets(self, name: str) -> dict[tuple[str, int], int]:
        data = self._read(name)
        if data is None:
            return {}
        return {(entry.topic, entry.partition): entry.offset
                for entry in parse_offset_checkpoint(data, name)}

    def write_meta_properties(self, meta: MetaProperties, *, now_ms: int) -> None:
        self.storage.write_atomically(META_PROPERTIES_FILE,
                                      format_meta_properties(meta, written_at_ms=now_ms))

    def read_meta_properties(self) -> MetaProperties | None:
        data = self._read(META_PROPERTIES_FILE)
        return None if data is None else parse_meta_properties(data)

    def mark_clean_shutdown(self) -> None:
        self.storage.write_atomically(CLEAN_SHUTDOWN_FILE, b"")

    def take_clean_shutdown_mark(self) -> bool:
        """Whether the last stop was clean; the mark is removed, as Kafka does on startup."""
        was_clean = self.storage.exists(CLEAN_SHUTDOWN_FILE)
        self.storage.delete(CLEAN_SHUTDOWN_FILE)
        return was_clean
