"""The replication state machine holds on the correct design and finds mutants by search."""

from __future__ import annotations

import pytest

from models.replication_model import run_model
from reference.core import mutants
from spec.invariants import InvariantViolated


def test_replication_model_holds_on_the_correct_design() -> None:
    run_model(step_count=60)


DATA_INVARIANTS = {"StrongIsr", "LogMatching", "NoCommittedRecordLost"}


@pytest.mark.parametrize("mutant", ["truncate-to-high-watermark",
                                    "kip-101-epoch-lookup-without-tail-match"])
def test_model_search_finds_mutant(mutant: str) -> None:
    # The search runs the rules with only the faults the bug's trace needs (TARGETS); it stops
    # at the first violation, so the budget is only spent if the harness is blind.
    with mutants.enabled(mutant), pytest.raises(InvariantViolated) as raised:
        run_model(max_examples=300, step_count=30, shrink=False, target=mutant)
    assert raised.value.name in DATA_INVARIANTS
