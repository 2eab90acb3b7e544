"""The KIP-848 consumer group model under the active Hypothesis profile (ci in `make test`), and
proof that its checks catch a coordinator that assigns a partition before its owner revoked it."""

from __future__ import annotations

import pytest
from hypothesis import Phase, settings
from hypothesis.stateful import run_state_machine_as_test

import reference.core.groups.consumer as consumer_module
from models.consumer_group_model import ConsumerGroupMachine
from reference.core.groups.consumer_member import ConsumerMember, PartitionsById
from reference.core.groups.consumer_reconcile import PartitionEpoch, reconcile
from spec.invariants import InvariantViolated

STEPS = settings(stateful_step_count=40)


def test_consumer_group_model_keeps_its_invariants() -> None:
    run_state_machine_as_test(ConsumerGroupMachine, settings=STEPS)


def _assign_before_revoke(member: ConsumerMember, target_epoch: int, target: PartitionsById,
                          partition_epoch: PartitionEpoch,
                          owned: PartitionsById | None) -> ConsumerMember:
    """Reconciliation that believes every partition is free (no revoke-before-assign)."""
    return reconcile(member, target_epoch, target, lambda topic_id, partition: -1, owned)


def test_model_catches_assignment_before_revocation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(consumer_module, "reconcile", _assign_before_revoke)
    with pytest.raises(InvariantViolated, match="NoDoubleAssignment"):
        run_state_machine_as_test(ConsumerGroupMachine,
                                  settings=settings(STEPS, report_multiple_bugs=False,
                                                    phases=(Phase.generate,)))
