"""One partition's producer state: who wrote what, so retries are deduplicated and zombies fenced.

Mirrors Kafka's `ProducerStateManager` with the producer part of `UnifiedLog.append`
(analyzeAndValidateProducerState, updateProducers) and `rebuildProducerState`. The broker asks
`validate_batch` before appending, answers a `DuplicateBatch` with the original offsets without
writing, and calls `record_batch` once the batch is in the log. Snapshots go through the
`Storage` protocol; time comes in as `now_ms`.

Divergences: snapshots list their producers sorted by id (Kafka: hash-map order); a reload does
not take Kafka's intermediate snapshots at the last two segment bases, and never takes the
"clean shutdown, no snapshot" shortcut Kafka keeps for brokers upgraded from before 0.11 (it
always rebuilds from the log). Transactions' last-stable-offset bookkeeping (ongoing and
unreplicated transactions) belongs to the transaction state, not here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from reference.core import mutants
from reference.core.producers.entry import BatchMetadata, ProducerStateEntry
from reference.core.producers.outcomes import (
    Accepted,
    AppendOrigin,
    CompletedTxn,
    DuplicateBatch,
    Rejected,
    TxnVerification,
    ValidationResult,
)
from reference.core.producers.snapshot import (
    CorruptSnapshotError,
    decode_snapshot,
    encode_snapshot,
    snapshot_file_name,
    snapshot_offset,
)
from reference.core.producers.validation import (
    after_data_batch,
    after_marker,
    check_data_batch,
    check_marker,
    check_transactional_start,
)
from reference.core.storage import Storage, join
from spec.generated.errors import ErrorCode
from spec.invariants import (
    ProducerWrite,
    check,
    fenced_epoch_never_writes,
    idempotent_no_duplicate,
    idempotent_no_gap,
)
from spec.records.control import EndTransactionMarker
from spec.records.header import NO_TIMESTAMP, BatchHeader

PRODUCER_ID_EXPIRATION_MS_DEFAULT = 86_400_000  # producer.id.expiration.ms: one day


@dataclass(frozen=True, slots=True)
class ProducerStateSettings:
    """Kafka's `ProducerStateManagerConfig` (broker configs, dots to underscores)."""

    producer_id_expiration_ms: int = PRODUCER_ID_EXPIRATION_MS_DEFAULT
    is_transaction_verification_enabled: bool = True  # transaction.partition.verification.enable


@dataclass(frozen=True, slots=True)
class LoggedBatch:
    """A batch read back from the log on reload; `marker` is set for a COMMIT/ABORT batch."""

    header: BatchHeader
    marker: EndTransactionMarker | None = None


ReadBatches = Callable[[int, int], Iterable[LoggedBatch]]
"""`read_batches(from_offset, to_offset)`: the log's batches in [from, to), in offset order."""


class ProducerStateManager:
    """The producer state of one partition (Kafka's `ProducerStateManager`)."""

    def __init__(self, settings: ProducerStateSettings | None = None, *,
                 log_start_offset: int = 0) -> None:
        assert log_start_offset >= 0, log_start_offset
        self.settings = settings if settings is not None else ProducerStateSettings()
        self.log_start_offset = log_start_offset
        # The state covers the log below this offset; 0 until loaded, as in Kafka, so that a
        # load always reads the snapshots of a log that does not end at 0.
        self.map_end_offset = 0
        self.last_snapshot_offset = 0
        self._producers: dict[int, ProducerStateEntry] = {}
        self._snapshot_offsets: set[int] = set()

    # --- reading ---------------------------------------------------------------------------

    @property
    def producers(self) -> Mapping[int, ProducerStateEntry]:
        """Active producers by id (read-only; DescribeProducers reads this)."""
        return MappingProxyType(self._producers)

    @property
    def snapshot_offsets(self) -> list[int]:
        return sorted(self._snapshot_offsets)

    # --- appending -------------------------------------------------------------------------

    def validate_batch(self, header: BatchHeader, origin: AppendOrigin, now_ms: int, *,
                       verification: TxnVerification | None = None,
                       is_transaction_verified: bool = True) -> ValidationResult:
        """Whether a data batch may be appended, is a duplicate, or is refused, as Kafka decides.

        `now_ms` is not read: Kafka's checks use no clock. `is_transaction_verified` is whether
        the request's verification guard matched (AddPartitionsToTxn verification, KIP-890).
        Control batches go through `validate_marker`.
        """
        assert not header.is_control, "markers go through validate_marker"
        assert now_ms >= 0, now_ms
        if not header.has_producer_id:
            return Accepted()
        entry = self._producers.get(header.producer_id)
        if origin == AppendOrigin.CLIENT and entry is not None:
            duplicate = entry.find_duplicate_batch(header.producer_epoch, header.base_sequence,
                                                   header.last_sequence)
            if duplicate is not None:
                return self._answer_duplicate(header, duplicate)
        if header.is_transactional and origin != AppendOrigin.REPLICATION:
            is_verified = (is_transaction_verified
                           or not self.settings.is_transaction_verification_enabled)
            rejected = check_transactional_start(entry, header, is_verified)
            if rejected is not None:
                return rejected
        current = entry if entry is not None else ProducerStateEntry(header.producer_id)
        rejected = check_data_batch(current, header, origin, verification)
        if rejected is not None:
            return rejected
        if origin == AppendOrigin.CLIENT:
            _check_client_write(current, header)
        starts = header.is_transactional and current.current_txn_first_offset is None
        return Accepted(starts_transaction=starts)

    def _answer_duplicate(self, header: BatchHeader, duplicate: BatchMetadata) -> ValidationResult:
        if mutants.is_active("reject-instead-of-dedupe"):
            return Rejected(ErrorCode.DUPLICATE_SEQUENCE_NUMBER,
                            f"duplicate sequence {header.base_sequence} from producer "
                            f"{header.producer_id}")
        return DuplicateBatch(first_offset=duplicate.first_offset,
                              last_offset=duplicate.last_offset,
                              log_append_time_ms=duplicate.timestamp_ms,
                              log_start_offset=self.log_start_offset)

    def record_batch(self, header: BatchHeader, first_offset: int, last_offset: int,
                     append_time_ms: int = NO_TIMESTAMP) -> None:
        """Remember a data batch now in the log at [first_offset, last_offset].

        Call for every appended batch (one without a producer id only moves the end offset).
        `append_time_ms` is the log append time on a LogAppendTime topic; otherwise the batch's
        max timestamp is what Kafka remembers (and later expires by).
        """
        assert not header.is_control, "markers go through record_marker"
        # A reload starts at the log start offset, which may fall inside a batch (after
        # DeleteRecords): that first batch begins below the map's end, as in Kafka.
        straddles_log_start = (self.map_end_offset == self.log_start_offset
                               and first_offset < self.log_start_offset <= last_offset)
        assert first_offset <= last_offset and (
            self.map_end_offset <= first_offset or straddles_log_start), (
            self.map_end_offset, first_offset, last_offset)
        if header.has_producer_id:
            current = self._entry_or_empty(header.producer_id)
            is_create_time = append_time_ms == NO_TIMESTAMP
            timestamp_ms = header.max_timestamp if is_create_time else append_time_ms
            updated = after_data_batch(current, header, first_offset, last_offset, timestamp_ms)
            self._producers[header.producer_id] = updated
        self.map_end_offset = last_offset + 1

    def validate_marker(self, header: BatchHeader, marker: EndTransactionMarker,
                        origin: AppendOrigin, transaction_version: int) -> Accepted | Rejected:
        """Whether a COMMIT/ABORT batch may be appended (`appendEndTxnMarker`'s checks)."""
        assert header.is_control and header.has_producer_id, header
        current = self._entry_or_empty(header.producer_id)
        if mutants.is_active("late-txn-marker-hits-next-txn") and transaction_version >= 2:
            transaction_version = 0  # KAFKA-17754: a late marker of the same epoch is let in
        rejected = check_marker(current, header.producer_epoch, marker, origin,
                                transaction_version)
        return Accepted() if rejected is None else rejected

    def record_marker(self, header: BatchHeader, marker: EndTransactionMarker, offset: int,
                      timestamp_ms: int) -> CompletedTxn | None:
        """Remember a marker now in the log at `offset`; the transaction it closed, if any."""
        assert header.is_control and self.map_end_offset <= offset, (header, offset)
        current = self._entry_or_empty(header.producer_id)
        updated, completed = after_marker(current, header.producer_epoch, marker, offset,
                                          timestamp_ms)
        self._producers[header.producer_id] = updated
        self.map_end_offset = offset + 1
        return completed

    def first_unstable_offset(self) -> int | None:
        """The first offset of the oldest open transaction (Kafka's firstUndecidedOffset)."""
        return min((entry.current_txn_first_offset for entry in self._producers.values()
                    if entry.current_txn_first_offset is not None), default=None)

    def last_stable_offset_after(self, completed: CompletedTxn) -> int:
        """Kafka's `lastStableOffset(completedTxn)`: where the LSO stands once `completed` is
        closed, the first offset of another producer's open transaction if there is one."""
        others = [entry.current_txn_first_offset for entry in self._producers.values()
                  if entry.current_txn_first_offset is not None
                  and entry.producer_id != completed.producer_id]
        return min(others, default=completed.last_offset + 1)

    def update_map_end_offset(self, offset: int) -> None:
        """The log ends at `offset`, nothing new to remember (Kafka's `updateMapEndOffset`)."""
        assert offset >= 0, offset
        self.map_end_offset = offset

    def _entry_or_empty(self, producer_id: int) -> ProducerStateEntry:
        entry = self._producers.get(producer_id)
        return entry if entry is not None else ProducerStateEntry(producer_id)

    # --- expiring and truncating -----------------------------------------------------------

    def is_expired(self, entry: ProducerStateEntry, now_ms: int) -> bool:
        """Idle for producer.id.expiration.ms and not in a transaction (`isProducerExpired`).

        Idle is measured from the last batch's max timestamp, which under CreateTime is the
        producer's own clock.
        """
        is_idle = now_ms - entry.last_timestamp_ms >= self.settings.producer_id_expiration_ms
        return entry.current_txn_first_offset is None and is_idle

    def remove_expired(self, now_ms: int) -> list[int]:
        """Forget expired producers (Kafka's `removeExpiredProducers`); their ids, sorted."""
        expired = sorted(producer_id for producer_id, entry in self._producers.items()
                         if self.is_expired(entry, now_ms))
        for producer_id in expired:
            del self._producers[producer_id]
        return expired

    def truncate_head(self, log_start_offset: int) -> None:
        """The log start offset moved up (retention, DeleteRecords): `onLogStartOffsetIncremented`.

        Kafka 4 keeps the producers whose records went below the new start: they stay until
        they expire or a reload rebuilds the state from what is left of the log.
        """
        assert log_start_offset >= self.log_start_offset, (log_start_offset, self.log_start_offset)
        self.log_start_offset = log_start_offset
        self.map_end_offset = max(self.map_end_offset, log_start_offset)
        self.last_snapshot_offset = max(self._snapshot_offsets, default=log_start_offset)

    # --- snapshots -------------------------------------------------------------------------

    def take_snapshot(self, storage: Storage, directory: str) -> int | None:
        """Write a snapshot at the map end offset unless one is there already; its offset.

        Kafka writes the file in place and fsyncs it; here it is written atomically (temporary
        file, fsync, rename), so a crash leaves the old state or the new, never a torn file.
        """
        if self.map_end_offset <= self.last_snapshot_offset:
            return None
        entries = [self._producers[producer_id] for producer_id in sorted(self._producers)]
        offset = self.map_end_offset
        storage.write_atomically(join(directory, snapshot_file_name(offset)),
                                 encode_snapshot(entries))
        self._snapshot_offsets.add(offset)
        self.last_snapshot_offset = offset
        return offset

    def delete_snapshot(self, storage: Storage, directory: str, offset: int) -> None:
        """Delete the snapshot at `offset` (a deleted segment's base offset), if any."""
        self._snapshot_offsets.discard(offset)
        storage.delete(join(directory, snapshot_file_name(offset)))

    def delete_snapshots_below(self, storage: Storage, directory: str, offset: int) -> None:
        """Delete every snapshot below `offset` (Kafka's `deleteSnapshotsBefore`)."""
        for snapshot in [each for each in self._snapshot_offsets if each < offset]:
            self.delete_snapshot(storage, directory, snapshot)

    # --- loading ---------------------------------------------------------------------------

    def load(self, storage: Storage, directory: str, log_start_offset: int, log_end_offset: int,
             now_ms: int, read_batches: ReadBatches) -> None:
        """Rebuild the state of a log opened at startup: the snapshots on disk, then the log."""
        names = storage.list_dir(directory) if storage.is_dir(directory) else []
        offsets = (snapshot_offset(name) for name in names)
        self._snapshot_offsets = {offset for offset in offsets if offset is not None}
        self.log_start_offset = log_start_offset
        self.truncate_and_reload(storage, directory, log_start_offset, log_end_offset, now_ms,
                                 read_batches)

    def truncate_and_reload(self, storage: Storage, directory: str, log_start_offset: int,
                            log_end_offset: int, now_ms: int, read_batches: ReadBatches) -> None:
        """The log now spans [log_start_offset, log_end_offset): rebuild the state to match.

        As `rebuildProducerState` with `truncateAndReload`: drop snapshots outside the log
        (one exactly at the log start included), reload the newest readable one (deleting
        corrupt ones, skipping expired producers), replay the log after it, snapshot the end.
        """
        assert 0 <= log_start_offset <= log_end_offset, (log_start_offset, log_end_offset)
        was_empty = not self._producers and self.map_end_offset >= log_end_offset
        for offset in list(self._snapshot_offsets):
            if offset > log_end_offset or offset <= log_start_offset:
                self.delete_snapshot(storage, directory, offset)
        self.log_start_offset = log_start_offset
        if log_end_offset != self.map_end_offset:
            self._producers.clear()
            self._load_latest_snapshot(storage, directory, log_start_offset, now_ms)
        else:
            self.truncate_head(log_start_offset)
        if log_end_offset > self.map_end_offset and not was_empty:
            start = max(self.map_end_offset, log_start_offset)
            for batch in read_batches(start, log_end_offset):
                self._replay(batch)
        self.map_end_offset = log_end_offset
        self.take_snapshot(storage, directory)

    def _load_latest_snapshot(self, storage: Storage, directory: str, log_start_offset: int,
                              now_ms: int) -> None:
        for offset in sorted(self._snapshot_offsets, reverse=True):
            path = join(directory, snapshot_file_name(offset))
            try:
                entries = decode_snapshot(storage.read(path, 0, storage.size(path)))
            except CorruptSnapshotError:
                self.delete_snapshot(storage, directory, offset)
                continue
            self._producers = {entry.producer_id: entry for entry in entries
                               if not self.is_expired(entry, now_ms)}
            self.last_snapshot_offset = self.map_end_offset = offset
            return
        self.last_snapshot_offset = self.map_end_offset = log_start_offset

    def _replay(self, batch: LoggedBatch) -> None:
        header = batch.header
        if batch.marker is not None:
            self.record_marker(header, batch.marker, header.base_offset, header.max_timestamp)
        else:
            self.record_batch(header, header.base_offset, header.last_offset)

    def truncate_fully(self, storage: Storage, directory: str, offset: int) -> None:
        """Forget everything and start again at `offset` (`truncateFullyAndStartAt`)."""
        self._producers.clear()
        for snapshot in list(self._snapshot_offsets):
            self.delete_snapshot(storage, directory, snapshot)
        self.last_snapshot_offset = 0
        self.log_start_offset = self.map_end_offset = offset


def _check_client_write(current: ProducerStateEntry, header: BatchHeader) -> None:
    """Postcondition of accepting a client's batch: the three producer invariants still hold
    between the cached batches and this one (the models check the whole log)."""
    if header.base_sequence < 0:
        return
    new_write = ProducerWrite(header.producer_id, header.producer_epoch, header.base_sequence,
                              header.last_sequence)
    cached: list[ProducerWrite] = []
    for batch in current.batches:
        if batch.last_sequence < 0:
            cached.clear()  # a coordinator's batch restarts the expected sequence at 0
            continue
        cached.append(ProducerWrite(header.producer_id, current.producer_epoch,
                                    batch.first_sequence, batch.last_sequence))
    writes = [*cached, new_write]
    check("IdempotentNoDuplicate", idempotent_no_duplicate(writes), writes=writes)
    check("IdempotentNoGap", idempotent_no_gap(writes[-2:]), writes=writes[-2:])
    check("FencedEpochNeverWrites", fenced_epoch_never_writes(writes[-2:]),
          entry_epoch=current.producer_epoch, batch_epoch=header.producer_epoch)
