"""Real files under one root directory: the `Storage` the TCP broker gives its logs.

Mirrors Kafka's `FileRecords` (append through a channel, positional reads, `force` for fsync,
`truncateTo`) and `Utils.atomicMoveWithFallback` (rename, then fsync the parent directory).
Descriptors stay open per file, so a fetch can be answered with `os.sendfile` straight from the
segment: `descriptor(path)` hands out the descriptor behind a `FileSlice`.
"""

from __future__ import annotations

import contextlib
import os
import shutil

from reference.core.storage import FileSlice, StorageError


class FileStorage:
    """`Storage` over the directory `root`; keeps one read-write descriptor per open file."""

    def __init__(self, root: str) -> None:
        self._root = os.path.abspath(root)
        os.makedirs(self._root, exist_ok=True)
        self._descriptors: dict[str, int] = {}

    @property
    def root(self) -> str:
        return self._root

    def _full(self, path: str) -> str:
        assert not path.startswith("/") and ".." not in path.split("/"), path
        return os.path.join(self._root, path)

    def _descriptor(self, path: str, *, create: bool = False) -> int:
        # Only appends create: a read of a deleted segment (a fetch racing retention) must fail,
        # not leave an empty segment file behind for the next start to find.
        fd = self._descriptors.get(path)
        if fd is None:
            flags = os.O_RDWR | (os.O_CREAT if create else 0)
            try:
                fd = os.open(self._full(path), flags, 0o644)
            except OSError as error:
                raise StorageError(f"cannot open {path}: {error}") from error
            self._descriptors[path] = fd
        return fd

    def _forget(self, path: str) -> None:
        fd = self._descriptors.pop(path, None)
        if fd is not None:
            os.close(fd)

    def descriptor(self, file_slice: FileSlice) -> int:
        """The open descriptor of `file_slice.path`, for `os.sendfile(out, fd, position, size)`."""
        return self._descriptor(file_slice.path)

    def sendfile_arguments(self, file_slice: FileSlice) -> tuple[int, int, int]:
        """(descriptor, offset, count) for `os.sendfile(out, *arguments)`."""
        return self._descriptor(file_slice.path), file_slice.position, file_slice.size_bytes

    def make_dirs(self, path: str) -> None:
        os.makedirs(self._full(path), exist_ok=True)

    def is_dir(self, path: str) -> bool:
        return os.path.isdir(self._full(path))

    def list_dir(self, path: str) -> list[str]:
        full = self._full(path) if path else self._root
        return sorted(os.listdir(full)) if os.path.isdir(full) else []

    def delete_dir(self, path: str) -> None:
        prefix = path + "/"
        for name in [known for known in self._descriptors if known.startswith(prefix)]:
            self._forget(name)
        shutil.rmtree(self._full(path), ignore_errors=True)

    def exists(self, path: str) -> bool:
        return os.path.isfile(self._full(path))

    def create(self, path: str) -> None:
        self._forget(path)
        with open(self._full(path), "wb"):
            pass

    def append(self, path: str, data: bytes) -> int:
        fd = self._descriptor(path, create=True)
        try:
            position = os.fstat(fd).st_size
            written = os.pwrite(fd, data, position)
        except OSError as error:
            raise StorageError(f"cannot append to {path}: {error}") from error
        if written != len(data):
            raise StorageError(f"short write to {path}: {written} of {len(data)} bytes")
        return position

    def read(self, path: str, position: int, size: int) -> bytes:
        assert position >= 0 and size >= 0, (position, size)
        try:
            return os.pread(self._descriptor(path), size, position)
        except OSError as error:
            raise StorageError(f"cannot read {path}: {error}") from error

    def size(self, path: str) -> int:
        return os.fstat(self._descriptor(path)).st_size

    def flush(self, path: str) -> None:
        try:
            os.fsync(self._descriptor(path))
        except OSError as error:
            raise StorageError(f"cannot fsync {path}: {error}") from error

    def flush_dir(self, path: str) -> None:
        fd = os.open(self._full(path) if path else self._root, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    def truncate(self, path: str, size: int) -> None:
        fd = self._descriptor(path)
        if os.fstat(fd).st_size > size:
            os.ftruncate(fd, size)

    def delete(self, path: str) -> None:
        self._forget(path)
        with contextlib.suppress(FileNotFoundError):
            os.remove(self._full(path))

    def rename(self, source: str, target: str) -> None:
        self._forget(target)
        os.replace(self._full(source), self._full(target))
        fd = self._descriptors.pop(source, None)
        if fd is not None:
            self._descriptors[target] = fd
        self.flush_dir(os.path.dirname(target))

    def write_atomically(self, path: str, data: bytes) -> None:
        temporary = self._full(path) + ".tmp"
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        self._forget(path)
        os.replace(temporary, self._full(path))
        self.flush_dir(os.path.dirname(path))

    def modified_ms(self, path: str) -> int:
        return os.stat(self._full(path)).st_mtime_ns // 1_000_000

    def close(self) -> None:
        """Close every descriptor (the files stay)."""
        for path in list(self._descriptors):
            self._forget(path)
