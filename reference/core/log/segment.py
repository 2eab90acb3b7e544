"""One segment: a .log file of stored batches plus its .index and .timeindex.

Mirrors Kafka's `LogSegment` (append with an index entry every index.interval.bytes, read by
offset up to a position, recover, truncate, roll conditions, time lookup) and the parts of
`FileRecords` it leans on (`searchForOffsetWithSize`, `searchForTimestamp`, `slice`).
File names are the base offset in 20 digits (`LogFileUtils.filenamePrefixFromOffset`).
The transaction index (.txnindex) is written by the partition layer when it appends an abort
marker; recovery keeps its entries up to the recovered end but cannot rebuild lost ones (Kafka
replays producer state for that).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from reference.core.log.index import CorruptIndexError, OffsetIndex, TimeIndex
from reference.core.log.settings import LogSettings
from reference.core.log.txn_index import TransactionIndex
from reference.core.storage import FileSlice, Storage, join
from spec.decode_error import DecodeError
from spec.records.batch import decode_batch
from spec.records.header import (
    BATCH_HEADER_SIZE,
    NO_TIMESTAMP,
    BatchHeader,
    compute_batch_crc,
    parse_batch_header,
)

LOG_SUFFIX = ".log"
INDEX_SUFFIX = ".index"
TIME_INDEX_SUFFIX = ".timeindex"
TXN_INDEX_SUFFIX = ".txnindex"
CLEANED_SUFFIX = ".cleaned"
SWAP_SUFFIX = ".swap"
_RECOVERY_READ_BYTES = 1 << 20


def filename_prefix(offset: int) -> str:
    """The 20-digit zero-padded offset Kafka names segment files after."""
    assert offset >= 0, offset
    return f"{offset:020d}"


@dataclass(frozen=True, slots=True)
class BatchPosition:
    """Where one batch sits in a segment (Kafka's `LogOffsetPosition` plus the header)."""

    position: int
    header: BatchHeader


@dataclass(frozen=True, slots=True)
class TimestampAndOffset:
    """A ListOffsets answer: the found record's timestamp, offset and leader epoch (or None)."""

    timestamp: int
    offset: int
    leader_epoch: int | None


class LogSegment:
    """A mutable segment over `storage`; the log owns its segments and calls them in order."""

    def __init__(self, storage: Storage, directory: str, base_offset: int,
                 settings: LogSettings, *, created_ms: int, suffix: str = "") -> None:
        prefix = join(directory, filename_prefix(base_offset))
        self.storage = storage
        self.base_offset = base_offset
        self.settings = settings
        self.log_path = prefix + LOG_SUFFIX + suffix
        self.offset_index = OffsetIndex(storage, prefix + INDEX_SUFFIX + suffix, base_offset,
                                        settings.segment_index_bytes)
        self.time_index = TimeIndex(storage, prefix + TIME_INDEX_SUFFIX + suffix, base_offset,
                                    settings.segment_index_bytes)
        self.txn_index = TransactionIndex(storage, prefix + TXN_INDEX_SUFFIX + suffix)
        self.created_ms = created_ms
        self.size_bytes = 0
        self.next_offset = base_offset
        self.max_timestamp_so_far = NO_TIMESTAMP
        self.offset_of_max_timestamp_so_far = base_offset
        self.first_batch_timestamp: int | None = None
        self.bytes_since_last_index_entry = 0

    # --- creation and loading ------------------------------------------------------------------

    def create_files(self) -> None:
        for path in (self.log_path, self.offset_index.path, self.time_index.path):
            self.storage.create(path)

    def load(self) -> None:
        """Open existing files: indexes sanity-checked (may raise `CorruptIndexError`), then the
        next offset and max timestamp found from the last index entries, as Kafka does lazily."""
        self.size_bytes = self.storage.size(self.log_path)
        for index in (self.offset_index, self.time_index):
            if not self.storage.exists(index.path):
                raise CorruptIndexError(f"{index.path}: missing")
            index.load()
        if self.offset_index.entries and self.offset_index.positions[-1] >= self.size_bytes:
            raise CorruptIndexError(f"{self.offset_index.path}: points past the end of the log")
        self._reload_tail()
        self.txn_index.load()

    def batches(self, position: int = 0, end: int | None = None) -> Iterator[BatchPosition]:
        """Headers of the batches from `position` (structural only: no CRC check)."""
        limit = self.size_bytes if end is None else end
        while position + BATCH_HEADER_SIZE <= limit:
            header = parse_batch_header(self.storage.read(self.log_path, position,
                                                          BATCH_HEADER_SIZE))
            if position + header.size_bytes > limit:
                return
            yield BatchPosition(position, header)
            position += header.size_bytes

    # --- append ---------------------------------------------------------------------------------

    def append(self, largest_offset: int, largest_timestamp: int,
               shallow_offset_of_max_timestamp: int, records: bytes) -> None:
        """Append stored bytes; index them if index.interval.bytes passed since the last entry."""
        if not records:
            return
        assert self.offset_index.can_append_offset(largest_offset), (self.base_offset,
                                                                      largest_offset)
        physical_position = self.size_bytes
        if physical_position == 0:
            self.first_batch_timestamp = largest_timestamp
        written_at = self.storage.append(self.log_path, records)
        assert written_at == physical_position, (written_at, physical_position)
        self.size_bytes += len(records)
        self.next_offset = largest_offset + 1
        if largest_timestamp > self.max_timestamp_so_far:
            self.max_timestamp_so_far = largest_timestamp
            self.offset_of_max_timestamp_so_far = shallow_offset_of_max_timestamp
        if self.bytes_since_last_index_entry > self.settings.index_interval_bytes:
            self.offset_index.append(largest_offset, physical_position)
            self.time_index.maybe_append(self.max_timestamp_so_far,
                                         self.offset_of_max_timestamp_so_far)
            self.bytes_since_last_index_entry = 0
        self.bytes_since_last_index_entry += len(records)

    def should_roll(self, *, records_size_bytes: int, max_timestamp: int, max_offset: int,
                    now_ms: int) -> bool:
        """Kafka's `shouldRoll`: size, segment.ms (by first batch time), a full index, or an
        offset the index cannot hold relative to this base."""
        reached_roll_ms = (self.time_waited_for_roll(now_ms, max_timestamp)
                           > self.settings.max_segment_ms)
        return (self.size_bytes > self.settings.segment_bytes - records_size_bytes
                or (self.size_bytes > 0 and reached_roll_ms)
                or self.offset_index.is_full or self.time_index.is_full
                or not self.offset_index.can_append_offset(max_offset))

    def time_waited_for_roll(self, now_ms: int, message_timestamp: int) -> int:
        if self.first_batch_timestamp is None and self.size_bytes:
            self.first_batch_timestamp = next(self.batches()).header.max_timestamp
        if self.first_batch_timestamp is not None and self.first_batch_timestamp >= 0:
            return message_timestamp - self.first_batch_timestamp
        return now_ms - self.created_ms

    # --- read -----------------------------------------------------------------------------------

    def translate_offset(self, offset: int, starting_position: int = 0) -> BatchPosition | None:
        """The first batch whose last offset is >= `offset` (`searchForOffsetWithSize`)."""
        _, indexed_position = self.offset_index.lookup(offset)
        for batch in self.batches(max(indexed_position, starting_position)):
            if batch.header.last_offset >= offset:
                return batch
        return None

    def read(self, start_offset: int, max_bytes: int, max_position: int,
             min_one_batch: bool) -> tuple[BatchPosition, FileSlice] | None:
        """(first batch, slice) from the batch holding `start_offset`, ending before
        `max_position` and after `max_bytes` (or one whole batch with `min_one_batch`)."""
        if max_bytes < 0:  # Kafka's IllegalArgumentException: UNKNOWN_SERVER_ERROR per partition
            raise ValueError(f"Invalid max size {max_bytes} for log read from segment "
                             f"{self.log_path}")
        found = self.translate_offset(start_offset)
        if found is None:
            return None
        adjusted_max_bytes = max(max_bytes, found.header.size_bytes) if min_one_batch else max_bytes
        fetch_size = max(0, min(max_position - found.position, adjusted_max_bytes))
        return found, FileSlice(self.log_path, found.position, fetch_size)

    def find_offset_by_timestamp(self, timestamp: int,
                                 starting_offset: int) -> TimestampAndOffset | None:
        """The first record with timestamp >= `timestamp` at or after `starting_offset`."""
        _, indexed_offset = self.time_index.lookup(timestamp)
        _, position = self.offset_index.lookup(max(indexed_offset, starting_offset))
        for batch in self.batches(position):
            if batch.header.max_timestamp < timestamp or batch.header.last_offset < starting_offset:
                continue
            data = self.storage.read(self.log_path, batch.position, batch.header.size_bytes)
            decoded = decode_batch(data, verify_crc=False)
            for record in decoded.records:
                record_offset = record.offset(decoded.header)
                record_timestamp = record.timestamp(decoded.header)
                if record_timestamp >= timestamp and record_offset >= starting_offset:
                    epoch = decoded.header.partition_leader_epoch
                    return TimestampAndOffset(record_timestamp, record_offset,
                                              epoch if epoch >= 0 else None)
        return None

    def largest_timestamp(self) -> int:
        """The largest record timestamp, or the file's modification time if none has one."""
        if self.max_timestamp_so_far >= 0:
            return self.max_timestamp_so_far
        return self.storage.modified_ms(self.log_path)

    # --- recovery, truncation, lifecycle --------------------------------------------------------

    def recover(self, on_batch: Callable[[BatchHeader], None]) -> int:
        """Rebuild both indexes from the .log, keep the prefix of whole batches with good CRCs,
        truncate the rest; `on_batch` sees each kept header. Returns the bytes truncated."""
        self.offset_index.reset()
        self.time_index.reset()
        self.max_timestamp_so_far = NO_TIMESTAMP
        self.offset_of_max_timestamp_so_far = self.base_offset
        file_size = self.storage.size(self.log_path)
        valid_bytes = last_index_entry = 0
        self.next_offset = self.base_offset
        for position, header in self._valid_batches(file_size):
            if header.max_timestamp > self.max_timestamp_so_far:
                self.max_timestamp_so_far = header.max_timestamp
                self.offset_of_max_timestamp_so_far = header.last_offset
            if valid_bytes - last_index_entry > self.settings.index_interval_bytes:
                self.offset_index.append(header.last_offset, valid_bytes)
                self.time_index.maybe_append(self.max_timestamp_so_far,
                                             self.offset_of_max_timestamp_so_far)
                last_index_entry = valid_bytes
            assert position == valid_bytes
            valid_bytes += header.size_bytes
            self.next_offset = header.next_offset
            on_batch(header)
        self.storage.truncate(self.log_path, valid_bytes)
        self.size_bytes = valid_bytes
        self.txn_index.load()
        self.txn_index.truncate_to(self.next_offset)
        self.time_index.maybe_append(self.max_timestamp_so_far,
                                     self.offset_of_max_timestamp_so_far, skip_full_check=True)
        self.bytes_since_last_index_entry = valid_bytes - last_index_entry
        return file_size - valid_bytes

    def _valid_batches(self, file_size: int) -> Iterator[tuple[int, BatchHeader]]:
        """Batches from the start until the first torn, unreadable, misplaced or corrupt one."""
        position = 0
        expected_offset = self.base_offset
        while position < file_size:
            prefix = self.storage.read(self.log_path, position, BATCH_HEADER_SIZE)
            try:
                header = parse_batch_header(prefix)
            except DecodeError:
                return
            if position + header.size_bytes > file_size or header.base_offset < expected_offset:
                return
            if not self.offset_index.can_append_offset(header.last_offset):
                return
            data = self.storage.read(self.log_path, position, header.size_bytes)
            if compute_batch_crc(data) != header.crc:
                return
            yield position, header
            position += header.size_bytes
            expected_offset = header.next_offset

    def truncate_to(self, offset: int, *, now_ms: int) -> int:
        """Drop every batch at or after the one holding `offset`; returns bytes removed."""
        found = self.translate_offset(offset)
        self.offset_index.truncate_to(offset)
        self.time_index.truncate_to(offset)
        self.txn_index.truncate_to(offset)
        removed = 0
        if found is not None:
            removed = self.size_bytes - found.position
            self.storage.truncate(self.log_path, found.position)
            self.size_bytes = found.position
        if self.size_bytes == 0:
            self.created_ms = now_ms
            self.first_batch_timestamp = None
        self.bytes_since_last_index_entry = 0
        self._reload_tail()
        return removed

    def _reload_tail(self) -> None:
        """Next offset and max timestamp again, from the last index entries and the tail."""
        self.max_timestamp_so_far, self.offset_of_max_timestamp_so_far = (
            self.time_index.last_entry())
        _, position = self.offset_index.lookup(2**63 - 1)
        self.next_offset = self.base_offset
        for batch in self.batches(position):
            self.next_offset = batch.header.next_offset
            if batch.header.max_timestamp > self.max_timestamp_so_far:
                self.max_timestamp_so_far = batch.header.max_timestamp
                self.offset_of_max_timestamp_so_far = batch.header.last_offset

    def on_become_inactive(self) -> None:
        """A rolled segment's time index ends with its largest timestamp, as Kafka's does."""
        self.time_index.maybe_append(self.max_timestamp_so_far,
                                     self.offset_of_max_timestamp_so_far, skip_full_check=True)

    def fetch_upper_bound_offset(self, start_position: int, fetch_size_bytes: int) -> int | None:
        """The offset of the first index entry at or past the fetch's end position, if any
        (`OffsetIndex.fetchUpperBoundOffset`): where aborted-transaction lookups may stop."""
        target = start_position + fetch_size_bytes
        for relative, position in zip(self.offset_index.relative_offsets,
                                      self.offset_index.positions, strict=True):
            if position >= target:
                return self.base_offset + relative
        return None

    def flush(self) -> None:
        for path in (self.log_path, self.offset_index.path, self.time_index.path):
            self.storage.flush(path)
        self.txn_index.flush()

    def delete(self) -> None:
        for path in (self.log_path, self.offset_index.path, self.time_index.path):
            self.storage.delete(path)
        self.txn_index.delete()

