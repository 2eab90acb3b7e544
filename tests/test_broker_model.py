"""The broker state machine (models/broker_model.py) passes on the real design and finds the
mutant `reject-instead-of-dedupe`."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis.stateful import run_state_machine_as_test

from models.broker_model import BrokerMachine
from reference.core import mutants
from spec.invariants import InvariantViolated

TestBrokerMachine = BrokerMachine.TestCase
TestBrokerMachine.settings = settings(max_examples=25, stateful_step_count=25,
                                      suppress_health_check=[HealthCheck.too_slow])


def test_the_machine_finds_reject_instead_of_dedupe() -> None:
    # No shrinking: the test only needs the violation found, not minimised.
    hunt = settings(max_examples=200, stateful_step_count=20, deadline=None, derandomize=True,
                    suppress_health_check=list(HealthCheck), print_blob=False,
                    phases=[Phase.explicit, Phase.reuse, Phase.generate])
    with mutants.enabled("reject-instead-of-dedupe"), pytest.raises(InvariantViolated) as found:
        run_state_machine_as_test(BrokerMachine, settings=hunt)
    assert "IdempotentNoDuplicate" in str(found.value)
