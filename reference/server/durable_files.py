"""Real files that can be crashed: `FileStorage` plus the bookkeeping of what fsync made durable.

`kspec cluster`'s `kill` must be abrupt the way a power cut is: what the broker fsynced
survives, the rest may not. `CrashableFileStorage` records, per file, what an OS crash would
leave, and `lose_unflushed()` puts the directory tree back to exactly that on the real disk.

The model (Kafka's own assumption: data is safe once `FileChannel.force` returned; the page
cache is not; a new or renamed directory entry is safe once its directory was fsynced, which
is why `LocalLog.flush` and `Utils.atomicMoveWithFallback` fsync the directory):
- a file's bytes survive up to its size at its last `flush(path)`; bytes appended later are
  lost (or, given a seeded `rng`, a random prefix of them survives: a torn write, which may end
  mid-batch, as written-back pages would leave it);
- a file created (by `create` or a first `append`) or renamed into a directory survives only
  if that directory was `flush_dir`ed since; otherwise it is gone. One whose entry is durable
  but whose bytes were never fsynced comes back empty;
- `write_atomically` files are durable when it returns (fsync, rename, fsync the directory);
- simplifications, as in the simulator's `MemoryStorage`: truncation, deletion and new
  directories are durable at once (a crash never resurrects a deleted or cut file);
- files already on disk when the storage opened count as durable as they are;
- after the crash the storage is dead: a late write from the killed broker fails.

The single broker keeps using plain `FileStorage`: none of this bookkeeping is on its path.
"""

from __future__ import annotations

import os
import random
from collections.abc import Mapping
from dataclasses import dataclass

from reference.core.storage import StorageError
from reference.server.file_storage import FileStorage


@dataclass(slots=True)
class _Durability:
    """What a crash would leave of one file: its first `synced_size_bytes`, if its directory
    entry is durable at all."""

    synced_size_bytes: int
    is_entry_durable: bool


@dataclass(frozen=True, slots=True)
class LostWrites:
    """What `lose_unflushed` did: bytes cut per file, files removed, files kept torn."""

    lost_bytes: Mapping[str, int]
    removed_files: tuple[str, ...]
    torn_files: tuple[str, ...]

    @property
    def is_nothing_lost(self) -> bool:
        return not self.lost_bytes and not self.removed_files


def _parent(path: str) -> str:
    return path.rsplit("/", 1)[0] if "/" in path else ""


class CrashableFileStorage(FileStorage):
    """`FileStorage` that knows what is durable and can crash back to it (`lose_unflushed`)."""

    def __init__(self, root: str) -> None:
        super().__init__(root)
        self._durability: dict[str, _Durability] = {}
        self.is_crashed = False

    def _full(self, path: str) -> str:
        # Every file operation passes here (descriptors are all closed by the crash): a task
        # of the killed broker still running must not write into what the crash left.
        if self.is_crashed:
            raise StorageError(f"storage under {self.root} crashed; open a new one ({path})")
        return super()._full(path)

    def _known(self, path: str) -> _Durability:
        """The file's record; a file untouched since the storage opened is durable as it is,
        and a missing one would be new (nothing of it durable yet)."""
        record = self._durability.get(path)
        if record is None:
            record = self._durability[path] = self._known_untracked(path)
        return record

    def _known_untracked(self, path: str) -> _Durability:
        full = self._full(path)
        if os.path.isfile(full):
            return _Durability(os.path.getsize(full), is_entry_durable=True)
        return _Durability(0, is_entry_durable=False)

    @property
    def open_descriptor_count(self) -> int:
        return len(self._descriptors)

    # --- Storage, with bookkeeping -----------------------------------------------------------

    def create(self, path: str) -> None:
        # An existing file is truncated in place (same inode, same directory entry).
        self._known(path).synced_size_bytes = 0
        super().create(path)

    def append(self, path: str, data: bytes) -> int:
        self._known(path)
        return super().append(path, data)

    def flush(self, path: str) -> None:
        super().flush(path)
        self._known(path).synced_size_bytes = self.size(path)

    def flush_dir(self, path: str) -> None:
        super().flush_dir(path)
        for name, record in self._durability.items():
            if _parent(name) == path:
                record.is_entry_durable = True

    def truncate(self, path: str, size: int) -> None:
        record = self._known(path)
        super().truncate(path, size)
        record.synced_size_bytes = min(record.synced_size_bytes, size)

    def delete(self, path: str) -> None:
        super().delete(path)
        self._durability.pop(path, None)

    def delete_dir(self, path: str) -> None:
        super().delete_dir(path)
        prefix = path + "/"
        for name in [name for name in self._durability if name.startswith(prefix)]:
            del self._durability[name]

    def rename(self, source: str, target: str) -> None:
        # The bytes move with the inode; the new name is durable only once its directory is
        # fsynced (FileStorage.rename does that before returning).
        moved = self._durability.pop(source, None) or self._known_untracked(source)
        replaced = self._durability.get(target)
        self._durability[target] = _Durability(moved.synced_size_bytes, is_entry_durable=False)
        try:
            super().rename(source, target)
        except OSError:
            self._durability[source] = moved
            if replaced is not None:
                self._durability[target] = replaced
            raise

    def write_atomically(self, path: str, data: bytes) -> None:
        super().write_atomically(path, data)
        self._durability[path] = _Durability(len(data), is_entry_durable=True)

    # --- the crash ---------------------------------------------------------------------------

    def lose_unflushed(self, rng: random.Random | None = None) -> LostWrites:
        """Close every descriptor and leave on disk only what a crash would: each tracked file
        cut to its fsynced size (with `rng`, maybe plus a random part of its unflushed tail),
        files whose directory entry was never made durable removed. Afterwards this storage
        refuses every operation (StorageError): the restarted broker opens a new one."""
        self.close()
        lost: dict[str, int] = {}
        removed: list[str] = []
        torn: list[str] = []
        for path, record in sorted(self._durability.items()):
            full = self._full(path)
            if not os.path.isfile(full):
                continue
            if not record.is_entry_durable:
                os.remove(full)
                removed.append(path)
                continue
            size_bytes = os.path.getsize(full)
            kept_bytes = self._kept_tail_bytes(size_bytes - record.synced_size_bytes, rng)
            if record.synced_size_bytes + kept_bytes < size_bytes:
                os.truncate(full, record.synced_size_bytes + kept_bytes)
                lost[path] = size_bytes - record.synced_size_bytes - kept_bytes
                if kept_bytes:
                    torn.append(path)
        self._durability.clear()
        self.is_crashed = True
        return LostWrites(lost, tuple(removed), tuple(torn))

    @staticmethod
    def _kept_tail_bytes(unflushed_bytes: int, rng: random.Random | None) -> int:
        """How much of an unflushed tail a crash leaves behind: nothing without `rng`, else
        nothing or a random strict prefix, each half the time."""
        if unflushed_bytes <= 1 or rng is None or rng.random() < 0.5:
            return 0
        return rng.randint(1, unflushed_bytes - 1)
