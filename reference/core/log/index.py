"""A segment's sparse indexes: offset -> file position, and timestamp -> offset.

Mirrors Kafka's `OffsetIndex` (8-byte entries: relative offset i32, position i32) and
`TimeIndex` (12-byte entries: timestamp i64, relative offset i32), big-endian, offsets relative
to the segment's base offset. Kafka preallocates the file to segment.index.bytes and trims it
when the segment stops being active; here the file only ever holds whole entries (what a trimmed
Kafka index holds), and `is_full` uses the same capacity, `max_index_size // entry_size`.
Entries are kept in memory as well, so a lookup never reads the disk.
"""

from __future__ import annotations

import struct
from bisect import bisect_right

from reference.core.storage import Storage

OFFSET_ENTRY_SIZE_BYTES = 8
TIME_ENTRY_SIZE_BYTES = 12
_OFFSET_ENTRY = struct.Struct(">ii")
_TIME_ENTRY = struct.Struct(">qi")
INT32_MAX = 2**31 - 1


class CorruptIndexError(ValueError):
    """An index that fails Kafka's `sanityCheck` (`CorruptIndexException`): it gets rebuilt."""


class OffsetIndex:
    """Relative offsets and their positions in the .log file, both strictly increasing."""

    def __init__(self, storage: Storage, path: str, base_offset: int,
                 max_index_size_bytes: int) -> None:
        self.storage = storage
        self.path = path
        self.base_offset = base_offset
        self.max_entries = max_index_size_bytes // OFFSET_ENTRY_SIZE_BYTES
        self.relative_offsets: list[int] = []
        self.positions: list[int] = []

    def load(self) -> None:
        """Read the file and run Kafka's sanity checks; raise `CorruptIndexError` when wrong."""
        data = self.storage.read(self.path, 0, self.storage.size(self.path))
        if len(data) % OFFSET_ENTRY_SIZE_BYTES:
            raise CorruptIndexError(f"{self.path}: size {len(data)} not a multiple of 8")
        self.relative_offsets, self.positions = [], []
        for relative, position in _OFFSET_ENTRY.iter_unpack(data):
            if self.relative_offsets and relative <= self.relative_offsets[-1]:
                raise CorruptIndexError(f"{self.path}: offsets out of order at {relative}")
            if relative < 0 or position < 0:
                raise CorruptIndexError(f"{self.path}: negative entry ({relative}, {position})")
            self.relative_offsets.append(relative)
            self.positions.append(position)

    @property
    def entries(self) -> int:
        return len(self.relative_offsets)

    @property
    def is_full(self) -> bool:
        return self.entries >= self.max_entries

    @property
    def last_offset(self) -> int:
        return self.base_offset + (self.relative_offsets[-1] if self.relative_offsets else 0)

    def can_append_offset(self, offset: int) -> bool:
        return 0 <= offset - self.base_offset <= INT32_MAX

    def append(self, offset: int, position: int) -> None:
        """Add an entry; offsets must grow (Kafka's `InvalidOffsetException` otherwise)."""
        assert not self.is_full, (self.path, self.entries)
        assert self.can_append_offset(offset), (self.base_offset, offset)
        relative = offset - self.base_offset
        if self.relative_offsets and relative <= self.relative_offsets[-1]:
            return  # Kafka throws; a repeat of the last entry is harmless, so skip it quietly
        assert not self.positions or position > self.positions[-1], (position, self.positions)
        self.relative_offsets.append(relative)
        self.positions.append(position)
        self.storage.append(self.path, _OFFSET_ENTRY.pack(relative, position))

    def lookup(self, offset: int) -> tuple[int, int]:
        """(offset, position) of the last entry at or below `offset`, else (base offset, 0)."""
        slot = bisect_right(self.relative_offsets, offset - self.base_offset) - 1
        if slot < 0:
            return self.base_offset, 0
        return self.base_offset + self.relative_offsets[slot], self.positions[slot]

    def truncate_to(self, offset: int) -> None:
        """Drop entries for offsets >= `offset`."""
        keep = bisect_right(self.relative_offsets, offset - self.base_offset - 1)
        del self.relative_offsets[keep:]
        del self.positions[keep:]
        self.storage.truncate(self.path, keep * OFFSET_ENTRY_SIZE_BYTES)

    def reset(self) -> None:
        self.relative_offsets, self.positions = [], []
        self.storage.create(self.path)


class TimeIndex:
    """Timestamps and relative offsets, both non-decreasing; only larger timestamps are added."""

    def __init__(self, storage: Storage, path: str, base_offset: int,
                 max_index_size_bytes: int) -> None:
        self.storage = storage
        self.path = path
        self.base_offset = base_offset
        self.max_entries = max_index_size_bytes // TIME_ENTRY_SIZE_BYTES
        self.timestamps: list[int] = []
        self.relative_offsets: list[int] = []

    def load(self) -> None:
        data = self.storage.read(self.path, 0, self.storage.size(self.path))
        if len(data) % TIME_ENTRY_SIZE_BYTES:
            raise CorruptIndexError(f"{self.path}: size {len(data)} not a multiple of 12")
        self.timestamps, self.relative_offsets = [], []
        for timestamp, relative in _TIME_ENTRY.iter_unpack(data):
            if self.timestamps and (timestamp < self.timestamps[-1]
                                    or relative < self.relative_offsets[-1]):
                raise CorruptIndexError(f"{self.path}: entry ({timestamp}, {relative}) goes back")
            if relative < 0:
                raise CorruptIndexError(f"{self.path}: negative relative offset {relative}")
            self.timestamps.append(timestamp)
            self.relative_offsets.append(relative)

    @property
    def entries(self) -> int:
        return len(self.timestamps)

    @property
    def is_full(self) -> bool:
        return self.entries >= self.max_entries

    def last_entry(self) -> tuple[int, int]:
        """(timestamp, offset) of the last entry, or (-1, base offset) as Kafka's `lastEntry`."""
        if not self.timestamps:
            return -1, self.base_offset
        return self.timestamps[-1], self.base_offset + self.relative_offsets[-1]

    def maybe_append(self, timestamp: int, offset: int, *, skip_full_check: bool = False) -> None:
        """Add (timestamp, offset) if the timestamp beats the last one (`maybeAppend`)."""
        assert skip_full_check or not self.is_full, self.path
        last_timestamp, last_offset = self.last_entry()
        assert not self.timestamps or offset >= last_offset, (offset, last_offset)
        if timestamp > last_timestamp:
            relative = offset - self.base_offset
            self.timestamps.append(timestamp)
            self.relative_offsets.append(relative)
            self.storage.append(self.path, _TIME_ENTRY.pack(timestamp, relative))

    def lookup(self, timestamp: int) -> tuple[int, int]:
        """(timestamp, offset) of the last entry at or below `timestamp`, else (-1, base)."""
        slot = bisect_right(self.timestamps, timestamp) - 1
        if slot < 0:
            return -1, self.base_offset
        return self.timestamps[slot], self.base_offset + self.relative_offsets[slot]

    def truncate_to(self, offset: int) -> None:
        keep = bisect_right(self.relative_offsets, offset - self.base_offset - 1)
        del self.timestamps[keep:]
        del self.relative_offsets[keep:]
        self.storage.truncate(self.path, keep * TIME_ENTRY_SIZE_BYTES)

    def reset(self) -> None:
        self.timestamps, self.relative_offsets = [], []
        self.storage.create(self.path)
