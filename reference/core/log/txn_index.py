"""A segment's transaction index (.txnindex): the aborted transactions whose markers it holds.

Mirrors Kafka's `TransactionIndex` and `AbortedTxn`: 34-byte entries (version i16 = 0,
producer id i64, first offset i64, last offset i64, last stable offset i64), big-endian,
appended when an abort marker is written, in last-offset order. The file only exists once a
segment has an aborted transaction, as in Kafka (it is opened lazily). A read_committed fetch
asks every segment from the fetch offset on until an entry's last stable offset reaches the
fetch's upper bound (`collectAbortedTxns`).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from reference.core.storage import Storage

ENTRY_SIZE_BYTES = 34
_ENTRY = struct.Struct(">hqqqq")
assert _ENTRY.size == ENTRY_SIZE_BYTES


@dataclass(frozen=True, slots=True)
class AbortedTxn:
    """One aborted transaction: FetchResponse's AbortedTransaction is (producer id, first)."""

    producer_id: int
    first_offset: int
    last_offset: int
    last_stable_offset: int


class TransactionIndex:
    """The aborted transactions of one segment, in the order their markers were written."""

    def __init__(self, storage: Storage, path: str) -> None:
        self.storage = storage
        self.path = path
        self.entries: list[AbortedTxn] = []

    def load(self) -> None:
        """Read the file if there is one; a partial trailing entry is dropped."""
        self.entries = []
        if not self.storage.exists(self.path):
            return
        size = self.storage.size(self.path)
        data = self.storage.read(self.path, 0, size - size % ENTRY_SIZE_BYTES)
        for version, producer_id, first, last, stable in _ENTRY.iter_unpack(data):
            if version != 0:
                break
            self.entries.append(AbortedTxn(producer_id, first, last, stable))
        if size % ENTRY_SIZE_BYTES or len(self.entries) * ENTRY_SIZE_BYTES != size:
            self.storage.truncate(self.path, len(self.entries) * ENTRY_SIZE_BYTES)

    def append(self, aborted: AbortedTxn) -> None:
        """Kafka refuses an entry whose last offset is not above the previous one's."""
        assert aborted.first_offset <= aborted.last_offset, aborted
        assert not self.entries or aborted.last_offset > self.entries[-1].last_offset, (
            aborted, self.entries[-1])
        self.entries.append(aborted)
        self.storage.append(self.path, _ENTRY.pack(0, aborted.producer_id, aborted.first_offset,
                                                   aborted.last_offset,
                                                   aborted.last_stable_offset))

    def collect(self, fetch_offset: int, upper_bound_offset: int) -> tuple[list[AbortedTxn], bool]:
        """Aborted transactions overlapping [fetch_offset, upper_bound_offset), and whether the
        search is complete (an entry's last stable offset reached the upper bound)."""
        found = []
        for aborted in self.entries:
            if aborted.last_offset >= fetch_offset and aborted.first_offset < upper_bound_offset:
                found.append(aborted)
            if aborted.last_stable_offset >= upper_bound_offset:
                return found, True
        return found, False

    def truncate_to(self, offset: int) -> None:
        """Drop the entries whose markers sit at or after `offset`."""
        keep = next((index for index, aborted in enumerate(self.entries)
                     if aborted.last_offset >= offset), len(self.entries))
        if keep < len(self.entries):
            del self.entries[keep:]
            self.storage.truncate(self.path, keep * ENTRY_SIZE_BYTES)

    def flush(self) -> None:
        if self.storage.exists(self.path):
            self.storage.flush(self.path)

    def delete(self) -> None:
        self.entries = []
        self.storage.delete(self.path)
