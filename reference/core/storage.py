"""The disk as the log sees it: a few file operations on relative paths, nothing more.

Mirrors what Kafka's log reaches through `FileRecords`/`FileChannel`, `AbstractIndex`'s files and
`Utils.atomicMoveWithFallback`: append bytes, read at a position, fsync, truncate, rename, delete,
list a directory, and write a small file atomically (temporary file, fsync, rename, as
`CheckpointFile.write` does). The core never imports `os`; it holds a `Storage` and passes paths.

Two implementations: `reference.server.file_storage.FileStorage` (real files, real fsync, pread,
descriptors for `os.sendfile`) and `reference.sim.memory_storage.MemoryStorage` (in memory; a
simulated crash loses what was not flushed and may tear the last write; reads may fail).

Paths are relative to the storage root and use "/" (e.g. "orders-0/00000000000000000000.log").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class StorageError(Exception):
    """An I/O failure (Kafka's `IOException` turned `KafkaStorageException`): the log directory is
    not to be trusted any more; the broker answers KAFKA_STORAGE_ERROR for its partitions."""


@dataclass(frozen=True, slots=True)
class FileSlice:
    """`size_bytes` bytes of the file at `path` from `position`: what a fetch sends by sendfile."""

    path: str
    position: int
    size_bytes: int


def join(*parts: str) -> str:
    """Join relative path parts with "/" (the only path arithmetic the core needs)."""
    assert all(part and not part.startswith("/") for part in parts), parts
    return "/".join(parts)


class Storage(Protocol):
    """The file operations the log uses; every path is relative to the storage root."""

    def make_dirs(self, path: str) -> None:
        """Create the directory `path` and its parents if missing."""

    def is_dir(self, path: str) -> bool:
        """Whether `path` is an existing directory."""

    def list_dir(self, path: str) -> list[str]:
        """Names (not paths) of the entries directly in directory `path`, sorted."""

    def delete_dir(self, path: str) -> None:
        """Delete directory `path` and everything in it (missing is fine)."""

    def exists(self, path: str) -> bool:
        """Whether a file exists at `path`."""

    def create(self, path: str) -> None:
        """Create an empty file at `path`, replacing any file there."""

    def append(self, path: str, data: bytes) -> int:
        """Append `data` to the file; return the position it was written at (the old size)."""

    def read(self, path: str, position: int, size: int) -> bytes:
        """Up to `size` bytes from `position` (fewer at the file's end); may raise StorageError."""

    def size(self, path: str) -> int:
        """The file's size in bytes as a reader sees it now."""

    def flush(self, path: str) -> None:
        """fsync the file: what was written so far survives a crash."""

    def flush_dir(self, path: str) -> None:
        """fsync directory `path`, so that files created or renamed in it survive a crash."""

    def truncate(self, path: str, size: int) -> None:
        """Cut the file to `size` bytes (never grows it)."""

    def delete(self, path: str) -> None:
        """Delete the file (missing is fine)."""

    def rename(self, source: str, target: str) -> None:
        """Rename a file atomically, replacing `target` if it exists."""

    def write_atomically(self, path: str, data: bytes) -> None:
        """Replace the file's content with `data` all at once: write `path`.tmp, fsync, rename,
        fsync the directory (Kafka's `CheckpointFile.write(entries, sync=true)`)."""

    def modified_ms(self, path: str) -> int:
        """The file's last-modified time in ms (Kafka's `File.lastModified`)."""
