"""The transactions model holds on the broker, and finds KAFKA-17754 (a late ABORT marker that
lands in the producer's next transaction) once the transactions-v2 epoch defence is removed."""

from __future__ import annotations

import time

import pytest

from models.transactions_model import LATE_MARKER_MUTANT, run_model
from reference.core import mutants
from spec.invariants import InvariantViolated

FIND_WITHIN_S = 60.0


def test_transactions_model_holds() -> None:
    run_model(max_examples=30, step_count=30)  # cheaper than the profile: each step fetches


def test_model_finds_the_late_marker_mutant_within_a_minute() -> None:
    started = time.monotonic()
    with mutants.enabled(LATE_MARKER_MUTANT), pytest.raises(InvariantViolated) as raised:
        run_model(max_examples=500, step_count=40, shrink=False)
    elapsed_s = time.monotonic() - started
    # The late marker closes the partition's open transaction: the LSO passes it, or its
    # records end up aborted though the transaction commits.
    assert raised.value.name in {"LastStableOffsetBelowOpenTransaction", "NoLostCommittedWrite",
                                 "NoTornTransaction"}, raised.value
    assert elapsed_s < FIND_WITHIN_S, f"found only after {elapsed_s:.1f} s"
