"""InitProducerId with a transactional id: which transition to prepare, or which error.

Source: Kafka 4.0 TransactionCoordinator.prepareInitProducerIdTransit.
Behaviour: a producer that names its current id and epoch (v3+) is fenced unless the id is the
  current one, the stored epoch is still -1, or it is the previous id at an exhausted epoch
  (a retry of a rotation whose answer was lost). Prepare* answers CONCURRENT_TRANSACTIONS; a
  completed or empty transaction bumps the epoch, or moves to a new producer id once the epoch
  is exhausted; an Ongoing one is fenced (PrepareEpochFence), which the caller turns into an
  abort.
Divergences: no pending state (see metadata.py), so that first CONCURRENT_TRANSACTIONS check
  of Kafka's never fires.
"""

from __future__ import annotations

from collections.abc import Callable

from reference.core.producers.allocator import ProducerIdsExhaustedError
from reference.core.transactions.metadata import (
    TransactionMetadata,
    Transit,
    is_epoch_exhausted,
    prepare_fence_epoch,
    prepare_increment_epoch,
    prepare_producer_id_rotation,
)
from spec.errors import ErrorCode
from spec.transaction_records import NO_PRODUCER_EPOCH, TransactionState

__all__ = ["init_transit"]

S = TransactionState


def _is_valid_producer(current: TransactionMetadata, expected: tuple[int, int]) -> bool:
    producer_id, epoch = expected
    return (current.producer_epoch == NO_PRODUCER_EPOCH or producer_id == current.producer_id
            or (producer_id == current.previous_producer_id and is_epoch_exhausted(epoch)))


def init_transit(current: TransactionMetadata, timeout_ms: int,
                 expected: tuple[int, int] | None, now_ms: int,
                 allocate_producer_id: Callable[[], int]) -> Transit | ErrorCode:
    """The transition InitProducerId prepares on `current` (Empty, or PrepareEpochFence)."""
    if expected is not None and not _is_valid_producer(current, expected):
        return ErrorCode.PRODUCER_FENCED
    if current.state in (S.PREPARE_ABORT, S.PREPARE_COMMIT):
        return ErrorCode.CONCURRENT_TRANSACTIONS
    if current.state is S.ONGOING:
        return prepare_fence_epoch(current)
    assert current.state in (S.EMPTY, S.COMPLETE_ABORT, S.COMPLETE_COMMIT), current
    if current.is_epoch_exhausted and (expected is None or expected[1] == current.producer_epoch):
        try:
            new_producer_id = allocate_producer_id()
        except ProducerIdsExhaustedError:  # Kafka answers any allocation failure this way
            return ErrorCode.UNKNOWN_SERVER_ERROR
        return prepare_producer_id_rotation(current, new_producer_id, timeout_ms, now_ms,
                                            record_last_epoch=expected is not None)
    if current.is_epoch_exhausted:  # and a stale expected epoch: Kafka throws, unanswered
        return ErrorCode.UNKNOWN_SERVER_ERROR
    expected_epoch = None if expected is None else expected[1]
    transit = prepare_increment_epoch(current, timeout_ms, expected_epoch, now_ms)
    return ErrorCode.PRODUCER_FENCED if transit is None else transit
