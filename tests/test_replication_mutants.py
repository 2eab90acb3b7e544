"""Each replication mutant's historic trace, as a fixed step sequence on the model's cluster.

Every trace passes on the correct design (with and without diverging epochs in fetches) and
breaks a named invariant with the mutant on. The traces are told in docs/replication.md.
"""

from __future__ import annotations

import pytest

from models.replication_cluster import Cluster
from reference.core.mutants import ReplicationMutants
from spec.invariants import InvariantViolated

Step = tuple[str, ...] | tuple[str, int]

# Leader 0 writes r0 and everyone gets it; 1 learns the HW, 2 fetched last and did not.
_TRUNCATE_TO_HIGH_WATERMARK: list[Step] = [
    ("produce",), ("fetch", 2), ("fetch", 1), ("fetch", 2), ("fetch", 1),
    ("fence", 0), ("deliver_metadata", 1), ("deliver_metadata", 2)]

# Two fast leader changes: 0 wrote r0 at epoch 0, 1 wrote r1 at offset 0 in epoch 1 alone,
# 0 leads again at epoch 2 and 1 must cut r1.
_FAST_LEADER_CHANGES: list[Step] = [
    ("produce",), ("move_leadership", 1), ("deliver_metadata", 1), ("produce",),
    ("move_leadership", 0), ("deliver_metadata", 0), ("deliver_metadata", 1),
    ("deliver_metadata", 2), ("fetch", 1), ("fetch", 1), ("fetch", 2), ("fetch", 2),
    ("fetch", 1), ("fetch", 2), ("fetch", 1)]

# Broker 2 copies r1 (epoch 0) from leader 0 and then hears nothing more from the controller:
# leadership moves to 1, which writes r2 at offset 1 (epoch 1), and 0 follows it.
_ZOMBIE: list[Step] = [
    ("produce",), ("fetch", 1), ("fetch", 2), ("fetch", 1), ("fetch", 2),
    ("produce",), ("fetch", 2),
    ("move_leadership", 1), ("deliver_metadata", 1), ("deliver_metadata", 0), ("fetch", 0),
    ("produce",), ("fetch", 0), ("fetch", 0)]

# 1 drops the silent zombie from the ISR, then 0 leads again at epoch 2; the zombie, still on
# epoch 0, fetches from 0 at its own log end.
_STALE_LEADER: list[Step] = [
    *_ZOMBIE, ("tick", 20_000), ("tick", 20_000), ("fetch", 0),
    ("move_leadership", 0), ("deliver_metadata", 0), ("deliver_metadata", 1), ("fetch", 1),
    ("fetch", 2), ("fetch", 2)]

# 0 leads again at epoch 2 with the zombie still in the ISR; 1 catches up; the zombie fetches
# with its old epoch.
_STALE_FOLLOWER: list[Step] = [
    *_ZOMBIE, ("move_leadership", 0), ("deliver_metadata", 0), ("deliver_metadata", 1),
    ("fetch", 1), ("fetch", 1), ("fetch", 2)]

# As above, but the zombie finally catches up with the metadata log in one delta: it sees
# epoch 2 with the same leader (0) as at epoch 0, and never the epoch in between.
_SAME_LEADER_NEW_EPOCH: list[Step] = [
    *_ZOMBIE, ("move_leadership", 0), ("deliver_metadata", 0), ("deliver_metadata", 1),
    ("fetch", 1), ("fetch", 1), ("deliver_latest_metadata", 2), ("fetch", 2), ("fetch", 2),
    ("fetch", 1), ("fetch", 2)]

# (mutant, trace, the fetch path the bug belonged to, the invariant it breaks)
CASES = [
    ("truncate-to-high-watermark", _TRUNCATE_TO_HIGH_WATERMARK, True, "NoCommittedRecordLost"),
    ("kip-101-epoch-lookup-without-tail-match", _FAST_LEADER_CHANGES, False, "StrongIsr"),
    ("kip-279-without-fencing", _STALE_LEADER, False, "StrongIsr"),
    ("hw-from-stale-epoch-follower", _STALE_FOLLOWER, True, "StrongIsr"),
    ("truncate-only-on-leader-change", _SAME_LEADER_NEW_EPOCH, False, "StrongIsr"),
]


def replay(trace: list[Step], mutants_on: ReplicationMutants | None, *,
           uses_diverging_epoch: bool) -> Cluster:
    cluster = Cluster(mutants_on, uses_diverging_epoch=uses_diverging_epoch)
    for action, *arguments in trace:
        cluster.step(action, *(int(argument) for argument in arguments))
    return cluster


@pytest.mark.parametrize(("mutant", "trace", "uses_diverging_epoch", "invariant"), CASES,
                         ids=[case[0] for case in CASES])
def test_mutant_breaks_named_invariant_on_its_historic_trace(
        mutant: str, trace: list[Step], uses_diverging_epoch: bool, invariant: str) -> None:
    with pytest.raises(InvariantViolated) as raised:
        replay(trace, ReplicationMutants.of(mutant), uses_diverging_epoch=uses_diverging_epoch)
    assert raised.value.name == invariant
    assert raised.value.__notes__, "the violation carries the trace in plain words"


@pytest.mark.parametrize("uses_diverging_epoch", [True, False], ids=["diverging", "kip-279"])
@pytest.mark.parametrize(("mutant", "trace", "_path", "_invariant"), CASES,
                         ids=[case[0] for case in CASES])
def test_correct_design_survives_each_historic_trace(
        mutant: str, trace: list[Step], _path: bool, _invariant: str,
        uses_diverging_epoch: bool) -> None:
    del mutant
    cluster = replay(trace, None, uses_diverging_epoch=uses_diverging_epoch)
    cluster.check_invariants()


def test_correct_design_keeps_the_acknowledged_record_after_a_fast_leader_change() -> None:
    cluster = replay(_TRUNCATE_TO_HIGH_WATERMARK, None, uses_diverging_epoch=True)
    assert cluster.acknowledged
    leader = cluster.replicas[1]
    assert leader.leader is not None
    assert all(leader.model_log.record_at(offset) == record
               for offset, record in cluster.acknowledged.items())


def test_follower_that_led_an_unwritten_epoch_takes_no_hw_from_a_diverging_answer() -> None:
    # Found by the model: broker 1 copies r0, r1 (epoch 0); 2 leads epoch 1 and writes r2 at
    # offset 0; leadership moves 0, 1, 0, 2 unheard (1 led epoch 3 without writing); 2 alone
    # commits r2; when 1 catches up, 2 answers a diverging epoch with HW 1.
    trace: list[Step] = [
        ("produce",), ("produce",), ("fetch", 1), ("move_leadership", 2),
        ("metadata_reaches_all",), ("produce",), ("move_leadership", 0), ("move_leadership", 1),
        ("move_leadership", 0), ("move_leadership", 2), ("deliver_metadata", 2),
        ("tick", 20_000), ("tick", 20_000), ("deliver_metadata", 1), ("fetch", 1), ("fetch", 1),
        ("fetch", 1), ("fetch", 1)]
    cluster = replay(trace, None, uses_diverging_epoch=True)
    follower, leader = cluster.replicas[1], cluster.replicas[2]
    assert follower.model_log.records == leader.model_log.records


def test_correct_zombie_is_fenced_and_truncated_once_it_learns_the_epoch() -> None:
    cluster = replay(_STALE_FOLLOWER, None, uses_diverging_epoch=True)
    zombie, leader = cluster.replicas[2], cluster.replicas[0]
    assert "FENCED_LEADER_EPOCH" in cluster.trace[-1]
    cluster.step("deliver_metadata", 2)
    cluster.step("fetch", 2)
    cluster.step("fetch", 2)
    assert zombie.model_log.records == leader.model_log.records


# The same bug reached through a stall, as the model's search finds it: 2 copies r1 (epoch 0)
# and stalls; leadership moves to 1 and back to 0 while the others carry on; 2 resumes seeing
# only epoch 2, under the leader it had.
_STALL_ACROSS_EPOCHS: list[Step] = [
    ("produce",), ("fetch", 1), ("fetch", 2), ("fetch", 1), ("fetch", 2), ("produce",),
    ("fetch", 2), ("stall", 2), ("move_leadership", 1), ("metadata_reaches_all",),
    ("produce",), ("followers_catch_up",), ("move_leadership", 0), ("metadata_reaches_all",),
    ("followers_catch_up",), ("resume", 2), ("fetch", 2), ("followers_catch_up",)]


def test_stall_across_leader_changes_breaks_strong_isr_only_with_kafka_7164() -> None:
    with pytest.raises(InvariantViolated) as raised:
        replay(_STALL_ACROSS_EPOCHS, ReplicationMutants.of("truncate-only-on-leader-change"),
               uses_diverging_epoch=False)
    assert raised.value.name == "StrongIsr"
    for uses_diverging_epoch in (True, False):
        cluster = replay(_STALL_ACROSS_EPOCHS, None, uses_diverging_epoch=uses_diverging_epoch)
        assert cluster.replicas[2].model_log.records == cluster.replicas[0].model_log.records
