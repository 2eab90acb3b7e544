"""The classic group model under the active Hypothesis profile (ci in `make test`), and proof
that its checks catch a coordinator that tells members a stale generation."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import Phase, settings
from hypothesis.stateful import run_state_machine_as_test

from models.classic_group_model import ClassicGroupMachine
from reference.core.groups.classic import ClassicGroupCoordinator
from reference.core.groups.classic_group import ClassicGroup
from reference.core.groups.classic_results import JoinResult
from spec.invariants import InvariantViolated

STEPS = settings(stateful_step_count=40)


def test_classic_group_model_keeps_its_invariants() -> None:
    run_state_machine_as_test(ClassicGroupMachine, settings=STEPS)


class StaleGenerationCoordinator(ClassicGroupCoordinator):
    """Answers followers with the previous generation and the leader with no member list."""

    def current_generation_answer(self, group: ClassicGroup, member_id: str,
                                  leader_id: str | None = None) -> JoinResult:
        answer = super().current_generation_answer(group, member_id, leader_id)
        if answer.leader_id == member_id:
            return dataclasses.replace(answer, members=())
        return dataclasses.replace(answer, generation_id=answer.generation_id - 1)


class StaleGenerationMachine(ClassicGroupMachine):
    coordinator_class = StaleGenerationCoordinator


def test_model_catches_members_told_a_stale_generation() -> None:
    with pytest.raises(InvariantViolated, match="StableMembersCurrent"):
        run_state_machine_as_test(StaleGenerationMachine,
                                  settings=settings(STEPS, report_multiple_bugs=False,
                                                    phases=(Phase.generate,)))
