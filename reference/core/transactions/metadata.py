"""One transactional id's state, and the transitions Kafka prepares on it.

Source: Kafka 4.0 TransactionMetadata (kafka.coordinator.transaction): `prepare*` build a
  `Transit` (Kafka's TxnTransitMetadata, the value the next record carries) from the current
  state without changing it; `complete_transition` is completeTransitionTo, which applies a
  written transit field by field as Kafka does; `loaded` is what a load makes of a record.
Behaviour: every prepared transition checks TransactionStateTransitionValid and every applied
  one ProducerEpochMonotonic (spec/invariants.py).
Divergences: there is no pending state (`pendingState`): the core appends a record in the same
  step that prepares it, so no second request can see a transition in flight, and an append
  cannot fail, so `hasFailedEpochFence` is always false.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spec.invariants import check, producer_epoch_monotonic, transaction_state_transition_valid
from spec.transaction_records import (
    NO_PRODUCER_EPOCH,
    NO_PRODUCER_ID,
    TransactionLogEntry,
    TransactionState,
)

__all__ = [
    "MAX_PRODUCER_EPOCH", "TopicPartition", "TransactionMetadata", "Transit",
    "complete_transition", "is_epoch_exhausted", "loaded", "prepare_abort_or_commit",
    "prepare_add_partitions", "prepare_complete", "prepare_fence_epoch",
    "prepare_increment_epoch", "prepare_producer_id_rotation", "supports_epoch_bump",
]

TopicPartition = tuple[str, int]
MAX_PRODUCER_EPOCH = 32767  # Short.MaxValue
S = TransactionState


def is_epoch_exhausted(producer_epoch: int) -> bool:
    """Kafka keeps the last epoch back so the coordinator can always fence once more."""
    return producer_epoch >= MAX_PRODUCER_EPOCH - 1


def supports_epoch_bump(transaction_version: int) -> bool:
    """Transaction version 2 (KIP-890 part 2) bumps the epoch at every EndTxn."""
    return transaction_version >= 2


@dataclass(frozen=True, slots=True)
class TransactionMetadata:
    """What the coordinator holds for one transactional id."""

    transactional_id: str
    producer_id: int
    producer_epoch: int
    last_producer_epoch: int
    timeout_ms: int
    state: TransactionState
    partitions: frozenset[TopicPartition] = frozenset()
    start_timestamp_ms: int = -1
    last_update_timestamp_ms: int = 0
    previous_producer_id: int = NO_PRODUCER_ID
    next_producer_id: int = NO_PRODUCER_ID
    client_transaction_version: int = 0

    @property
    def is_epoch_exhausted(self) -> bool:
        return is_epoch_exhausted(self.producer_epoch)

    @property
    def has_pending_transaction(self) -> bool:
        return self.state in (S.ONGOING, S.PREPARE_ABORT, S.PREPARE_COMMIT)


@dataclass(frozen=True, slots=True)
class Transit:
    """The state a transition moves to: exactly what its record stores, plus the last epoch."""

    producer_id: int
    previous_producer_id: int
    next_producer_id: int
    producer_epoch: int
    last_producer_epoch: int
    timeout_ms: int
    state: TransactionState
    partitions: frozenset[TopicPartition]
    start_timestamp_ms: int
    last_update_timestamp_ms: int
    client_transaction_version: int

    def entry(self) -> TransactionLogEntry:
        return TransactionLogEntry(
            producer_id=self.producer_id, producer_epoch=self.producer_epoch,
            timeout_ms=self.timeout_ms, state=self.state, partitions=self.partitions,
            start_timestamp_ms=self.start_timestamp_ms,
            last_update_timestamp_ms=self.last_update_timestamp_ms,
            previous_producer_id=self.previous_producer_id,
            next_producer_id=self.next_producer_id,
            client_transaction_version=self.client_transaction_version)


def _transit(current: TransactionMetadata, state: TransactionState, producer_id: int,
             epoch: int, last_epoch: int, timeout_ms: int, partitions: frozenset[TopicPartition],
             start_ms: int, update_ms: int, transaction_version: int,
             next_producer_id: int = NO_PRODUCER_ID) -> Transit:
    """Kafka's prepareTransitionTo: the record's previous producer id is always the current
    one."""
    check("TransactionStateTransitionValid",
          transaction_state_transition_valid(current.state.display_name, state.display_name),
          transactional_id=current.transactional_id, before=current.state, after=state)
    assert producer_id >= 0, producer_id
    assert state is S.DEAD or epoch >= 0, epoch
    return Transit(producer_id, current.producer_id, next_producer_id, epoch, last_epoch,
                   timeout_ms, state, partitions, start_ms, update_ms, transaction_version)


def prepare_fence_epoch(current: TransactionMetadata) -> Transit:
    """Ongoing -> PrepareEpochFence: one epoch up, never handed to a client."""
    assert current.producer_epoch < MAX_PRODUCER_EPOCH, current
    return _transit(current, S.PREPARE_EPOCH_FENCE, current.producer_id,
                    current.producer_epoch + 1, NO_PRODUCER_EPOCH, current.timeout_ms,
                    current.partitions, current.start_timestamp_ms,
                    current.last_update_timestamp_ms, current.client_transaction_version)


def prepare_increment_epoch(current: TransactionMetadata, timeout_ms: int,
                            expected_epoch: int | None, now_ms: int) -> Transit | None:
    """InitProducerId's bump to Empty; None when the expected epoch is fenced."""
    assert not current.is_epoch_exhausted, current
    bumped = current.producer_epoch + 1
    if expected_epoch is None:
        epochs = (bumped, NO_PRODUCER_EPOCH)
    elif current.producer_epoch == NO_PRODUCER_EPOCH or expected_epoch == current.producer_epoch:
        epochs = (bumped, current.producer_epoch)
    elif expected_epoch == current.last_producer_epoch:
        # a retry of a bump whose answer was lost: hand out the same epoch again
        epochs = (current.producer_epoch, current.last_producer_epoch)
    else:
        return None
    return _transit(current, S.EMPTY, current.producer_id, epochs[0], epochs[1], timeout_ms,
                    frozenset(), -1, now_ms, current.client_transaction_version)


def prepare_producer_id_rotation(current: TransactionMetadata, new_producer_id: int,
                                 timeout_ms: int, now_ms: int,
                                 record_last_epoch: bool) -> Transit:
    assert not current.has_pending_transaction, current
    last_epoch = current.producer_epoch if record_last_epoch else NO_PRODUCER_EPOCH
    return _transit(current, S.EMPTY, new_producer_id, 0, last_epoch, timeout_ms, frozenset(),
                    -1, now_ms, current.client_transaction_version)


def prepare_add_partitions(current: TransactionMetadata, added: frozenset[TopicPartition],
                           now_ms: int, transaction_version: int) -> Transit:
    starts_now = current.state in (S.EMPTY, S.COMPLETE_ABORT, S.COMPLETE_COMMIT)
    start_ms = now_ms if starts_now else current.start_timestamp_ms
    return _transit(current, S.ONGOING, current.producer_id, current.producer_epoch,
                    current.last_producer_epoch, current.timeout_ms,
                    current.partitions | added, start_ms, now_ms, transaction_version)


def prepare_abort_or_commit(current: TransactionMetadata, state: TransactionState,
                            transaction_version: int, next_producer_id: int, now_ms: int,
                            no_partition_added: bool) -> Transit:
    if supports_epoch_bump(transaction_version):
        epochs = (current.producer_epoch + 1, current.producer_epoch)
    else:
        epochs = (current.producer_epoch, current.last_producer_epoch)
    # a TV2 abort with nothing added has no real start: Kafka uses the abort's own time
    start_ms = now_ms if no_partition_added else current.start_timestamp_ms
    return _transit(current, state, current.producer_id, epochs[0], epochs[1],
                    current.timeout_ms, current.partitions, start_ms, now_ms,
                    transaction_version, next_producer_id)


def prepare_complete(current: TransactionMetadata, now_ms: int) -> Transit:
    state = S.COMPLETE_COMMIT if current.state is S.PREPARE_COMMIT else S.COMPLETE_ABORT
    producer_id, epoch = current.producer_id, current.producer_epoch
    if supports_epoch_bump(current.client_transaction_version) \
            and current.next_producer_id != NO_PRODUCER_ID:
        # the epoch overflowed: the client moves to the next producer id at epoch 0
        producer_id, epoch = current.next_producer_id, 0
    return _transit(current, state, producer_id, epoch, current.last_producer_epoch,
                    current.timeout_ms, frozenset(), current.start_timestamp_ms, now_ms,
                    current.client_transaction_version)


def complete_transition(current: TransactionMetadata, transit: Transit) -> TransactionMetadata:
    """Kafka's completeTransitionTo: which fields a written transit changes depends on its
    state (and, for EndTxn, on the transaction version)."""
    bumps = supports_epoch_bump(transit.client_transaction_version)
    changed: dict[str, object] = {}
    if transit.state is S.EMPTY:
        changed = {"timeout_ms": transit.timeout_ms, "producer_epoch": transit.producer_epoch,
                   "last_producer_epoch": transit.last_producer_epoch,
                   "producer_id": transit.producer_id,
                   "previous_producer_id": transit.previous_producer_id}
    elif transit.state is S.ONGOING:
        changed = {"start_timestamp_ms": transit.start_timestamp_ms,
                   "partitions": current.partitions | transit.partitions}
    elif transit.state in (S.PREPARE_ABORT, S.PREPARE_COMMIT):
        # Before version 2 Kafka copies no epoch here, but a fencing abort has already set the
        # fenced epoch in memory; copying it is the same, and keeps this the only change.
        changed = {"producer_epoch": transit.producer_epoch,
                   "last_producer_epoch": transit.last_producer_epoch}
        if bumps:
            changed |= {"next_producer_id": transit.next_producer_id,
                        "start_timestamp_ms": transit.start_timestamp_ms}
    elif transit.state in (S.COMPLETE_ABORT, S.COMPLETE_COMMIT):
        changed = {"start_timestamp_ms": transit.start_timestamp_ms, "partitions": frozenset()}
        if bumps:
            changed |= {"producer_epoch": transit.producer_epoch,
                        "last_producer_epoch": transit.last_producer_epoch,
                        "previous_producer_id": transit.previous_producer_id,
                        "producer_id": transit.producer_id,
                        "next_producer_id": transit.next_producer_id}
    after = replace(current, state=transit.state, **changed,  # type: ignore[arg-type]
                    client_transaction_version=transit.client_transaction_version,
                    last_update_timestamp_ms=transit.last_update_timestamp_ms)
    _check_epoch(current, after)
    return after


def _check_epoch(before: TransactionMetadata, after: TransactionMetadata) -> None:
    check("ProducerEpochMonotonic",
          producer_epoch_monotonic((before.producer_id, before.producer_epoch),
                                   (after.producer_id, after.producer_epoch)),
          transactional_id=before.transactional_id,
          before=(before.producer_id, before.producer_epoch),
          after=(after.producer_id, after.producer_epoch))


def loaded(transactional_id: str, entry: TransactionLogEntry) -> TransactionMetadata:
    """What a load makes of a record: every stored field; the last epoch is not stored."""
    return TransactionMetadata(
        transactional_id=transactional_id, producer_id=entry.producer_id,
        producer_epoch=entry.producer_epoch, last_producer_epoch=NO_PRODUCER_EPOCH,
        timeout_ms=entry.timeout_ms, state=entry.state, partitions=entry.partitions,
        start_timestamp_ms=entry.start_timestamp_ms,
        last_update_timestamp_ms=entry.last_update_timestamp_ms,
        previous_producer_id=entry.previous_producer_id,
        next_producer_id=entry.next_producer_id,
        client_transaction_version=entry.client_transaction_version)
