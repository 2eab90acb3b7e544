"""TransactionStateTransitionValid and ProducerEpochMonotonic: the predicates hold Kafka's
table, and the coordinator raises them by name instead of making a bad move."""

from __future__ import annotations

import pytest

from reference.core.transactions.coordinator import TransactionCoordinator, TransactionSettings
from reference.core.transactions.metadata import TransactionMetadata, prepare_complete
from spec.invariants import (
    InvariantViolated,
    producer_epoch_monotonic,
    transaction_state_transition_valid,
)
from spec.transaction_records import TransactionLogEntry, TransactionRecord, TransactionState


@pytest.mark.parametrize(("before", "after", "holds"), [
    ("Ongoing", "PrepareCommit", True),
    ("Empty", "PrepareAbort", True),  # transaction version 2
    ("PrepareEpochFence", "PrepareAbort", True),
    ("Empty", "PrepareCommit", False),
    ("CompleteCommit", "CompleteAbort", False),
    ("PrepareCommit", "Ongoing", False),
    ("Ongoing", "Dead", False),
])
def test_transition_table_is_kafkas(before: str, after: str, holds: bool) -> None:
    assert transaction_state_transition_valid(before, after) is holds


def test_epoch_may_restart_only_under_a_new_producer_id() -> None:
    assert producer_epoch_monotonic((1, 5), (1, 5))
    assert producer_epoch_monotonic((1, 5), (2, 0))
    assert not producer_epoch_monotonic((1, 5), (1, 4))


def test_completing_a_transaction_that_is_not_prepared_is_refused_by_name() -> None:
    ongoing = TransactionMetadata("tx", 1, 0, -1, 1000, TransactionState.ONGOING,
                                  frozenset({("a", 0)}), 0, 0)
    with pytest.raises(InvariantViolated) as raised:
        prepare_complete(ongoing, 5)
    assert raised.value.name == "TransactionStateTransitionValid"


def _entry(epoch: int) -> TransactionLogEntry:
    return TransactionLogEntry(producer_id=1, producer_epoch=epoch, timeout_ms=1000,
                               state=TransactionState.EMPTY, partitions=frozenset(),
                               start_timestamp_ms=-1, last_update_timestamp_ms=0)


def test_a_record_that_moves_the_epoch_back_is_refused_by_name() -> None:
    txn = TransactionCoordinator(TransactionSettings(), lambda: 1)
    txn.replay(TransactionRecord("tx", _entry(5)))
    with pytest.raises(InvariantViolated) as raised:
        txn.replay(TransactionRecord("tx", _entry(4)))
    assert raised.value.name == "ProducerEpochMonotonic"
