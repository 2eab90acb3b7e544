"""A simulated disk: the `Storage` of the simulator and the models, with crashes and faults.

Each file has what a reader sees now (the page cache) and what is durable (fsynced). `crash()`
throws the page cache away: every file falls back to its durable bytes, and with probability
`tear_probability` a file keeps a random prefix of its unflushed tail instead (a torn write,
which may end in the middle of a record batch). Reads fail with `StorageError` with probability
`read_failure_probability`, or on demand (`fail_next_reads`). All randomness comes from the
seeded `random.Random` passed in, so a run is a function of its seed.

Simplifications (a journaling file system with ordered metadata is the model): creating,
renaming and deleting files, truncation and `write_atomically` are durable at once; only
appended bytes wait for `flush`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from reference.core.storage import StorageError


@dataclass
class _File:
    data: bytearray = field(default_factory=bytearray)
    durable: bytearray = field(default_factory=bytearray)
    modified_ms: int = 0

    def check(self) -> None:
        # Only appends and truncations happen, so the durable bytes are always a prefix.
        assert self.data[: len(self.durable)] == self.durable


@dataclass(frozen=True, slots=True)
class CrashReport:
    """What a crash did: bytes lost per file and which files kept a torn tail."""

    lost_bytes: dict[str, int]
    torn_files: tuple[str, ...]


class MemoryStorage:
    """`Storage` in memory with crash, torn-write and read-failure injection."""

    def __init__(self, rng: random.Random | None = None, *, tear_probability: float = 0.0,
                 read_failure_probability: float = 0.0,
                 clock: Callable[[], int] = lambda: 0) -> None:
        assert 0.0 <= tear_probability <= 1.0 and 0.0 <= read_failure_probability <= 1.0
        self._rng = rng if rng is not None else random.Random(0)
        self.tear_probability = tear_probability
        self.read_failure_probability = read_failure_probability
        self._clock = clock
        self._files: dict[str, _File] = {}
        self._dirs: set[str] = {""}
        self._failing_reads = 0
        self.flush_count = 0

    # --- faults ----------------------------------------------------------------------------

    def crash(self) -> CrashReport:
        """Lose everything not flushed; maybe keep a torn prefix of an unflushed tail."""
        lost: dict[str, int] = {}
        torn: list[str] = []
        for path, file in sorted(self._files.items()):
            file.check()
            unflushed = len(file.data) - len(file.durable)
            kept = 0
            if unflushed and self._rng.random() < self.tear_probability:
                kept = self._rng.randint(1, unflushed)
                torn.append(path)
            file.data = bytearray(file.data[: len(file.durable) + kept])
            file.durable = bytearray(file.data)
            if unflushed - kept:
                lost[path] = unflushed - kept
        return CrashReport(lost, tuple(torn))

    def fail_next_reads(self, count: int) -> None:
        """Make the next `count` reads raise `StorageError`."""
        assert count >= 0
        self._failing_reads = count

    def corrupt(self, path: str, position: int, byte: int = 0xFF) -> None:
        """XOR one byte at `position`, in the page cache and on disk alike (bit rot)."""
        file = self._files[path]
        file.data[position] ^= byte
        if position < len(file.durable):
            file.durable[position] ^= byte
        file.check()

    def durable_size(self, path: str) -> int:
        return len(self._files[path].durable)

    # --- Storage ---------------------------------------------------------------------------

    def _file(self, path: str) -> _File:
        file = self._files.get(path)
        if file is None:
            raise StorageError(f"no such file {path}")
        return file

    def _parent(self, path: str) -> str:
        return path.rsplit("/", 1)[0] if "/" in path else ""

    def make_dirs(self, path: str) -> None:
        parts = path.split("/")
        for count in range(1, len(parts) + 1):
            self._dirs.add("/".join(parts[:count]))

    def is_dir(self, path: str) -> bool:
        return path in self._dirs

    def list_dir(self, path: str) -> list[str]:
        names = {name.rsplit("/", 1)[-1] for name in self._files if self._parent(name) == path}
        names |= {name.rsplit("/", 1)[-1] for name in self._dirs
                  if name and self._parent(name) == path}
        return sorted(names)

    def delete_dir(self, path: str) -> None:
        prefix = path + "/"
        for name in [name for name in self._files if name.startswith(prefix)]:
            del self._files[name]
        self._dirs = {name for name in self._dirs if name != path and not name.startswith(prefix)}

    def exists(self, path: str) -> bool:
        return path in self._files

    def create(self, path: str) -> None:
        if self._parent(path) not in self._dirs:
            raise StorageError(f"no directory for {path}")
        self._files[path] = _File(modified_ms=self._clock())

    def append(self, path: str, data: bytes) -> int:
        file = self._files.get(path)
        if file is None:
            self.create(path)
            file = self._files[path]
        position = len(file.data)
        file.data += data
        file.modified_ms = self._clock()
        return position

    def read(self, path: str, position: int, size: int) -> bytes:
        assert position >= 0 and size >= 0, (position, size)
        if self._failing_reads:
            self._failing_reads -= 1
            raise StorageError(f"injected read failure on {path}")
        if self.read_failure_probability and self._rng.random() < self.read_failure_probability:
            raise StorageError(f"injected read failure on {path}")
        return bytes(self._file(path).data[position:position + size])

    def size(self, path: str) -> int:
        return len(self._file(path).data)

    def flush(self, path: str) -> None:
        file = self._file(path)
        file.durable = bytearray(file.data)
        self.flush_count += 1

    def flush_dir(self, path: str) -> None:
        assert path in self._dirs, path

    def truncate(self, path: str, size: int) -> None:
        file = self._file(path)
        del file.data[size:]
        del file.durable[size:]
        file.modified_ms = self._clock()
        file.check()

    def delete(self, path: str) -> None:
        self._files.pop(path, None)

    def rename(self, source: str, target: str) -> None:
        self._files[target] = self._file(source)
        del self._files[source]

    def write_atomically(self, path: str, data: bytes) -> None:
        if self._parent(path) not in self._dirs:
            raise StorageError(f"no directory for {path}")
        self._files[path] = _File(bytearray(data), bytearray(data), self._clock())

    def modified_ms(self, path: str) -> int:
        return self._file(path).modified_ms
