"""The cluster state machine over real broker cores holds, and its checks can fail."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import settings
from hypothesis.stateful import run_state_machine_as_test

from models.cluster_model import ClusterModel
from reference.core.replication.follower import FollowerRole
from reference.core.replication.values import FetchRequest, FetchResponse
from spec.invariants import InvariantViolated


def test_cluster_model_holds() -> None:
    run_state_machine_as_test(ClusterModel, settings=settings(stateful_step_count=40))


def deposed_leader_rejoins(model: ClusterModel) -> None:
    """The trace the search needs hundreds of examples to stumble on: a leader takes an acks=1
    write alone, is fenced, and comes back as a follower of a log that differs there."""
    old_leader = model.leader_id()
    model.produce(to_leader=True, broker=old_leader, acks_all=False, count=1)
    model.controller_loses_touch(old_leader, long_enough_to_fence=True)
    model.produce(to_leader=True, broker=old_leader, acks_all=True, count=1)
    model.replicate_all()
    model.controller_regains_touch()
    model.time_passes(200)
    model.replicate_all()
    model.consume()
    model.committed_records_stay()
    model.replicas_match_below_high_watermarks()


def test_a_deposed_leader_rejoins_with_the_new_leaders_log() -> None:
    deposed_leader_rejoins(ClusterModel())


def test_a_follower_ignoring_its_diverging_epoch_breaks_log_matching(
        monkeypatch: pytest.MonkeyPatch) -> None:
    takes_records = FollowerRole.takes_records

    def ignores_divergence(role: FollowerRole, request: FetchRequest,
                           response: FetchResponse) -> bool:
        return takes_records(role, request, dataclasses.replace(response, diverging_epoch=None))

    monkeypatch.setattr(FollowerRole, "takes_records", ignores_divergence)
    with pytest.raises(InvariantViolated, match="LogMatching"):
        deposed_leader_rejoins(ClusterModel())
