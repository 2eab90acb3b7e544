"""The producer state machine model passes on the correct design and catches its mutant."""

from __future__ import annotations

import pytest

from models.producer_model import run_model
from reference.core import mutants
from spec.invariants import InvariantViolated


def test_producer_model_holds_on_the_correct_design() -> None:
    run_model(step_count=100)  # long runs: restarts and zombies need a history to matter


def test_model_catches_reject_instead_of_dedupe() -> None:
    # Long runs make the chain (answer lost, retry refused, records sent again) likely; the
    # run stops at the first failure, so the example budget only costs if the harness is blind.
    with mutants.enabled("reject-instead-of-dedupe"), pytest.raises(InvariantViolated) as raised:
        run_model(max_examples=1000, step_count=100, shrink=False)
    assert raised.value.name == "RecordWrittenOnce"
