"""What a partition remembers about one producer id: its epoch and its last five batches.

Mirrors Kafka's `ProducerStateEntry` and `BatchMetadata` (storage/.../internals/log/). Kafka
mutates one entry in place; here an entry is a frozen value and every change returns a new one,
so a check can look at an entry without fearing that a later append changes it underneath.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spec.records.header import (
    INT32_MAX,
    NO_PRODUCER_EPOCH,
    NO_SEQUENCE,
    NO_TIMESTAMP,
    decrement_sequence,
)

NUM_BATCHES_TO_RETAIN = 5  # ProducerStateEntry.NUM_BATCHES_TO_RETAIN: the deduplication window
NO_COORDINATOR_EPOCH = -1  # what ProducerStateEntry.empty() starts with


def in_sequence(last_sequence: int, next_sequence: int) -> bool:
    """Whether `next_sequence` directly follows `last_sequence`, wrapping at INT32_MAX to 0.

    As `ProducerAppendInfo.inSequence`; NO_SEQUENCE (-1) is followed by 0.
    """
    assert NO_SEQUENCE <= last_sequence <= INT32_MAX, last_sequence
    return next_sequence == last_sequence + 1 or (next_sequence == 0 and last_sequence == INT32_MAX)


@dataclass(frozen=True, slots=True)
class BatchMetadata:
    """One appended batch as the deduplication window keeps it (Kafka's `BatchMetadata`).

    `offset_delta` is last offset minus first offset, which for a batch from a client equals
    last sequence minus first sequence (modulo the wrap), so both firsts are derived.
    `timestamp_ms` is the batch's max timestamp as written (the append time under LogAppendTime).
    `last_sequence` is NO_SEQUENCE for a coordinator's batch (transactional offset commits carry
    a producer id but no sequence); such a batch is never compared for duplicates.
    """

    last_sequence: int
    last_offset: int
    offset_delta: int
    timestamp_ms: int

    def __post_init__(self) -> None:
        assert NO_SEQUENCE <= self.last_sequence <= INT32_MAX, self.last_sequence
        assert 0 <= self.offset_delta <= self.last_offset, (self.offset_delta, self.last_offset)

    @property
    def first_sequence(self) -> int:
        if self.last_sequence == NO_SEQUENCE:
            return NO_SEQUENCE
        return decrement_sequence(self.last_sequence, self.offset_delta)

    @property
    def first_offset(self) -> int:
        return self.last_offset - self.offset_delta


@dataclass(frozen=True, slots=True)
class ProducerStateEntry:
    """A producer id's state on one partition (Kafka's `ProducerStateEntry`).

    `batches` holds at most five batches of the current epoch, oldest first. A change of epoch
    empties it. `current_txn_first_offset` is the first offset of an open transaction, or None;
    `coordinator_epoch` is that of the last coordinator to write a marker (transactions only).
    """

    producer_id: int
    producer_epoch: int = NO_PRODUCER_EPOCH
    batches: tuple[BatchMetadata, ...] = ()
    coordinator_epoch: int = NO_COORDINATOR_EPOCH
    last_timestamp_ms: int = NO_TIMESTAMP
    current_txn_first_offset: int | None = None

    def __post_init__(self) -> None:
        assert self.producer_id >= 0, self.producer_id
        assert len(self.batches) <= NUM_BATCHES_TO_RETAIN, len(self.batches)

    @property
    def is_empty(self) -> bool:
        """No batch cached (Kafka's `isEmpty`): a fresh entry, or one just past an epoch change."""
        return not self.batches

    @property
    def first_sequence(self) -> int:
        return self.batches[0].first_sequence if self.batches else NO_SEQUENCE

    @property
    def last_sequence(self) -> int:
        return self.batches[-1].last_sequence if self.batches else NO_SEQUENCE

    @property
    def last_data_offset(self) -> int:
        return self.batches[-1].last_offset if self.batches else -1

    @property
    def last_offset_delta(self) -> int:
        return self.batches[-1].offset_delta if self.batches else 0

    def find_duplicate_batch(self, producer_epoch: int, first_sequence: int,
                             last_sequence: int) -> BatchMetadata | None:
        """The cached batch with exactly this epoch and sequence range, if any.

        As `ProducerStateEntry.findDuplicateBatch`: another epoch is never a duplicate, and a
        batch overlapping a cached one without matching it exactly is not one either.
        """
        if producer_epoch != self.producer_epoch:
            return None
        for batch in self.batches:
            if batch.first_sequence == first_sequence and batch.last_sequence == last_sequence:
                return batch
        return None

    def with_epoch(self, producer_epoch: int) -> ProducerStateEntry:
        """This entry at `producer_epoch`: the same one if unchanged, else with no batches cached.

        As `maybeUpdateProducerEpoch`, which also lets a follower move the epoch down.
        """
        if producer_epoch == self.producer_epoch:
            return self
        return replace(self, producer_epoch=producer_epoch, batches=())

    def with_batch(self, producer_epoch: int, batch: BatchMetadata) -> ProducerStateEntry:
        """This entry after appending `batch` at `producer_epoch` (Kafka's `addBatch`)."""
        at_epoch = self.with_epoch(producer_epoch)
        kept = at_epoch.batches[-(NUM_BATCHES_TO_RETAIN - 1):] if at_epoch.batches else ()
        updated = replace(at_epoch, batches=(*kept, batch), last_timestamp_ms=batch.timestamp_ms)
        assert updated.batches[-1] is batch and len(updated.batches) <= NUM_BATCHES_TO_RETAIN
        return updated
