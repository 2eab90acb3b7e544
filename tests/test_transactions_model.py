"""The transactions model holds on the broker, and finds KAFKA-17754 (a late ABORT marker that
lands in the producer's next transaction) once the transactions-v2 epoch defence is removed."""

from __future__ import annotations

import time

import pytest

from models.transactions_model import LATE_MARKER_MUTANT, TransactionsModel, run_model
from reference.core import mutants
from spec.invariants import InvariantViolated

FIND_WITHIN_S = 60.0


def test_transactions_model_holds() -> None:
    run_model(max_examples=30, step_count=30)  # cheaper than the profile: each step fetches


def test_model_finds_the_late_marker_mutant_within_a_minute() -> None:
    # CPU time, so that other jobs on a shared machine do not make the bound flaky.
    started = time.process_time()
    with mutants.enabled(LATE_MARKER_MUTANT), pytest.raises(InvariantViolated) as raised:
        run_model(max_examples=500, step_count=40, shrink=False)
    elapsed_s = time.process_time() - started
    # The late marker closes the partition's open transaction: the LSO passes it, or its
    # records end up aborted though the transaction commits.
    assert raised.value.name in {"LastStableOffsetBelowOpenTransaction", "NoLostCommittedWrite",
                                 "NoTornTransaction"}, raised.value
    assert elapsed_s < FIND_WITHIN_S, f"found only after {elapsed_s:.1f} s"


def late_marker_schedule() -> None:
    """The shortest schedule the search finds: an aborted transaction, the next one writes, and
    a late copy of the abort's marker (epoch bumped by EndTxn v5) reaches the partition."""
    model = TransactionsModel()
    model.begin_transaction(transactional_id="alpha")
    model.end_transaction(transactional_id="alpha", commit=False)
    model.begin_transaction(transactional_id="alpha")
    model.send(transactional_id="alpha", count=1)
    model.late_abort_marker_arrives(transactional_id="alpha")
    model.end_transaction(transactional_id="alpha", commit=True)
    model.isolation_levels_return_what_they_must()


def test_the_late_marker_is_refused_under_transactions_v2() -> None:
    late_marker_schedule()


def test_the_late_marker_schedule_fails_with_the_mutant() -> None:
    with mutants.enabled(LATE_MARKER_MUTANT), pytest.raises(InvariantViolated) as raised:
        late_marker_schedule()
    assert raised.value.name == "NoLostCommittedWrite", raised.value  # aborted, yet committed
