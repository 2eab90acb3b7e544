"""The replication state machine holds on the correct design and finds mutants by search."""

from __future__ import annotations

import pytest

from models.replication_cluster import REPLICATION_MUTANTS
from models.replication_model import run_model
from reference.core import mutants
from spec.invariants import InvariantViolated


def test_replication_model_holds_on_the_correct_design() -> None:
    run_model(step_count=60)


DATA_INVARIANTS = {"StrongIsr", "LogMatching", "NoCommittedRecordLost"}


# The zombie traces (a broker missing exactly the right metadata) take Hypothesis's target
# phase a minute or two to breed; their fast examples are the fixed traces in
# test_replication_mutants. The search does not find truncate-only-on-leader-change within
# 2000 runs (it needs the zombie to skip an epoch and then count at once): only its fixed trace
# catches it for now.
ZOMBIE_MUTANTS = {"kip-279-without-fencing", "hw-from-stale-epoch-follower"}
SEARCHED = [mutant for mutant in REPLICATION_MUTANTS if mutant != "truncate-only-on-leader-change"]


@pytest.mark.parametrize("mutant", [
    pytest.param(mutant, marks=[pytest.mark.slow] if mutant in ZOMBIE_MUTANTS else [])
    for mutant in SEARCHED])
def test_model_search_finds_mutant(mutant: str) -> None:
    # The search runs the rules with only the faults the bug's trace needs (TARGETS), and
    # Hypothesis's target phase breeds the runs closest to a diverging ISR; it stops at the
    # first violation, so the budget is only spent if the harness is blind.
    with mutants.enabled(mutant), pytest.raises(InvariantViolated) as raised:
        run_model(max_examples=2000, step_count=30, shrink=False, target=mutant)
    assert raised.value.name in DATA_INVARIANTS
