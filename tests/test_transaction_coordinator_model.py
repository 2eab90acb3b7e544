"""The transaction coordinator model passes on the coordinator, and fails when the coordinator
lets a fenced epoch through."""

from __future__ import annotations

import pytest

from models.transaction_coordinator_model import run_model
from reference.core.transactions.coordinator import TransactionCoordinator
from reference.core.transactions.metadata import TransactionMetadata
from spec.errors import ErrorCode
from spec.invariants import InvariantViolated


def test_transaction_coordinator_model_holds() -> None:
    run_model(step_count=60)


def test_model_catches_a_coordinator_that_skips_the_epoch_check(
        monkeypatch: pytest.MonkeyPatch) -> None:
    checked = TransactionCoordinator._producer_error

    def without_epoch_check(self: TransactionCoordinator, transactional_id: str,
                            producer_id: int, producer_epoch: int,
                            ) -> tuple[TransactionMetadata | None, ErrorCode]:
        current = self.transactions.get(transactional_id)
        if current is not None and current.producer_id == producer_id:
            return current, ErrorCode.NONE  # a zombie's old epoch gets through
        return checked(self, transactional_id, producer_id, producer_epoch)

    monkeypatch.setattr(TransactionCoordinator, "_producer_error", without_epoch_check)
    with pytest.raises(InvariantViolated) as raised:
        run_model(max_examples=300, step_count=60, shrink=False)
    assert raised.value.name == "FencedEpochNeverWrites"
