"""The replication model in z3: proved within its bounds, and every historic mutant refuted."""

from __future__ import annotations

import argparse
import io
from collections.abc import Callable
from dataclasses import replace

import pytest

from models.proofs.replication import (
    DEEP_BOUNDS,
    DEFAULT_BOUNDS,
    find_run,
    mutant_obligations,
    obligations,
)
from models.proofs.replication_actions import REPLICATION_MUTANTS
from models.proofs.replication_epochs import end_offset_for
from models.proofs.replication_schedules import MUTANT_SCHEDULES
from models.proofs.replication_state import NONE, REPLICAS, ClusterState, ReplicaState, number
from models.proofs.replication_truncation import truncation_round
from models.prove import run_prove_arguments
from models.z3_typed import Term, Verdict, all_of, any_of, bool_val, evaluate, negate


def _log(*epochs: int, empty_epoch: int = NONE, high_watermark: int = 0,
         length: int = 3) -> ReplicaState:
    """A replica with a concrete log (entry = epoch of the record), for the arithmetic tests."""
    entries = [*epochs, *[NONE] * (length - len(epochs))]
    return ReplicaState(epoch=number(0), leader=number(0), is_truncated=bool_val(False),
                        length=number(len(epochs)),
                        entries=tuple(number(entry) for entry in entries),
                        empty_epoch=number(empty_epoch), high_watermark=number(high_watermark))


@pytest.mark.parametrize(("log", "requested", "answer"), [
    (_log(0, 0, 2), 2, (2, 3)),         # the latest epoch answers the log end
    (_log(0, 0, 2), 1, (0, 2)),         # the largest epoch below, ended where epoch 2 starts
    (_log(1, 1), 0, (0, 0)),            # below every cached epoch: itself, at the first start
    (_log(0, 1), 3, (NONE, NONE)),      # above every cached epoch: undefined
    (_log(0, 0, empty_epoch=2), 1, (0, 2)),  # a new leader's empty epoch counts as a start
    (_log(0, 0, empty_epoch=2), 2, (2, 2)),
])
def test_end_offset_for_is_kafkas_leader_epoch_cache_answer(
        log: ReplicaState, requested: int, answer: tuple[int, int]) -> None:
    found = end_offset_for(log, number(requested))
    assert (evaluate(found.epoch), evaluate(found.end_offset)) == answer


def test_kip_279_truncates_a_diverging_tail_that_kip_101_keeps() -> None:
    # KIP-279's case: the follower's last epoch (1) is unknown to the leader, whose end for the
    # epoch below (0) lies past the follower's diverging record.
    follower, leader = _log(0, 1), _log(0, 0, empty_epoch=2)
    first = truncation_round(follower, leader, frozenset())
    assert (evaluate(first.offset), evaluate(first.is_done)) == (1, 1)
    historic = truncation_round(follower, leader, {"kip-101-epoch-lookup-without-tail-match"})
    assert (evaluate(historic.offset), evaluate(historic.is_done)) == (2, 1)


def test_kip_279_asks_again_when_the_answer_is_an_epoch_the_follower_lacks() -> None:
    # The leader answers epoch 1 (its largest <= the follower's 3), which the follower never
    # had: it truncates to the end of its own epoch below (0) and asks again.
    follower, leader = _log(0, 3, 3), _log(0, 1, 4)
    first = truncation_round(follower, leader, frozenset())
    assert (evaluate(first.offset), evaluate(first.is_done)) == (1, 0)


def test_truncating_to_the_high_watermark_ignores_the_leader() -> None:
    step = truncation_round(_log(0, 0, high_watermark=1), _log(0, 0),
                            {"truncate-to-high-watermark"})
    assert (evaluate(step.offset), evaluate(step.is_done)) == (1, 1)


def test_every_replication_obligation_is_proved_within_the_bounds() -> None:
    out = io.StringIO()
    status = run_prove_arguments(argparse.Namespace(family="replication", only="", deep=False,
                                                    mutant=""), out)
    lines = out.getvalue().splitlines()
    assert status == 0, out.getvalue()
    assert len(lines) == 7 and lines[-1].startswith("6 obligations in")
    assert all(DEFAULT_BOUNDS.describe() in line and "proved" in line for line in lines[:6])


@pytest.mark.parametrize("mutant", REPLICATION_MUTANTS)
def test_each_mutant_breaks_strong_isr_along_its_historic_run(mutant: str) -> None:
    by_name = {o.name: o for o in mutant_obligations(mutant)}
    assert by_name["replication.LeaderInIsr"].check().verdict is Verdict.PROVED
    outcome = by_name["replication.StrongIsr"].check()
    assert outcome.verdict is Verdict.REFUTED
    steps = len(MUTANT_SCHEDULES[mutant][1])
    assert outcome.counterexample == {"step": steps}
    assert outcome.trace.startswith("step 0: initial state")
    assert f"replication.StrongIsr fails at step {steps}" in outcome.trace
    assert "controller: leader" in outcome.trace and "hw " in outcome.trace


@pytest.mark.parametrize("mutant", REPLICATION_MUTANTS)
def test_the_correct_design_survives_each_historic_run(mutant: str) -> None:
    by_name = {o.name: o for o in obligations(schedule_of=mutant)}
    for name in ("replication.StrongIsr", "replication.NoCommittedRecordLost"):
        assert by_name[name].check().verdict is Verdict.PROVED, (mutant, name)


def test_kspec_prove_with_a_mutant_prints_the_breaking_run() -> None:
    out = io.StringIO()
    arguments = argparse.Namespace(family="replication", only="", deep=False,
                                   mutant="truncate-to-high-watermark")
    assert run_prove_arguments(arguments, out) == 1
    printed = out.getvalue()
    assert "replication.StrongIsr" in printed and "REFUTED" in printed
    assert "B truncates against A" in printed or "C truncates against A" in printed
    assert "(mutant truncate-to-high-watermark on)" in printed


def _acknowledged(before: ClusterState, after: ClusterState) -> Term:
    return after.acked_length >= 1


def _truncated_without_crash(before: ClusterState, after: ClusterState) -> Term:
    return any_of(*[all_of(after.replicas[r].length < before.replicas[r].length,
                           after.replicas[r].is_truncated) for r in REPLICAS])


def _joined_isr_with_records(before: ClusterState, after: ClusterState) -> Term:
    return any_of(*[all_of(negate(before.isr[r]), after.isr[r], after.replicas[r].length >= 1)
                    for r in REPLICAS])


def _lost_unflushed_records(before: ClusterState, after: ClusterState) -> Term:
    return any_of(*[all_of(after.replicas[r].length < before.replicas[r].length,
                           negate(after.replicas[r].is_truncated)) for r in REPLICAS])


@pytest.mark.parametrize(("goal", "steps"), [
    (_acknowledged, 3), (_truncated_without_crash, 4), (_joined_isr_with_records, 3),
    (_lost_unflushed_records, 2)])
def test_the_bounds_reach_what_the_invariants_are_about(
        goal: Callable[[ClusterState, ClusterState], Term], steps: int) -> None:
    # A model that cannot acknowledge, truncate, rejoin or crash would prove everything.
    assert steps <= DEFAULT_BOUNDS.steps
    trace = find_run(goal, replace(DEFAULT_BOUNDS, steps=steps))
    assert trace is not None and trace.endswith(f"the goal is met at step {steps}"), trace


@pytest.mark.slow
def test_every_replication_obligation_is_proved_within_the_deep_bounds() -> None:
    for obligation in obligations(bounds=DEEP_BOUNDS):
        assert obligation.check().verdict is Verdict.PROVED, obligation.name


@pytest.mark.slow
def test_the_search_over_every_run_finds_truncation_to_the_high_watermark() -> None:
    by_name = {o.name: o for o in obligations({"truncate-to-high-watermark"}, DEEP_BOUNDS)}
    outcome = by_name["replication.StrongIsr"].check()
    assert outcome.verdict is Verdict.REFUTED and outcome.counterexample == {"step": 6}
