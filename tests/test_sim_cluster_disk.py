"""The replication simulator's disk (reference/sim/cluster/disk.py): a crash may tear the first
unflushed record and recovery must cut it before the broker serves anything (TornRecordNeverServed
breaks when a test double skips recovery); a failed read takes the broker's log directory
offline, the controller moves leaderships and ISRs away, clients fail over, and the broker comes
back at its restart."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from reference.core.log.leader_epoch import LeaderEpochCache
from reference.core.replication import Record, ReplicaLog
from reference.sim.cluster.answers import ConsumeAnswer, ProduceAnswer
from reference.sim.cluster.disk import BrokerDisk, is_torn, torn_copy
from reference.sim.cluster.world import ClusterShape, ClusterWorld
from reference.sim.memory_storage import MemoryStorage
from reference.sim.simulate import Options, run
from spec.errors import ErrorCode
from spec.invariants import InvariantViolated, torn_record_never_served


class _AlwaysUnlucky(random.Random):
    """Every draw falls under any probability: every crash tears, every read fails."""

    def random(self) -> float:
        return 0.0


def _log_with_unflushed_tail() -> tuple[ReplicaLog, tuple[Record, ...]]:
    log = ReplicaLog(LeaderEpochCache(MemoryStorage(), "p0-epochs"))
    log.append([Record(0, 1), Record(0, 2)])
    log.flush()
    log.append([Record(1, 3), Record(1, 4)])
    return log, log.records


def test_a_crash_keeps_a_torn_first_unflushed_record_and_recovery_cuts_it() -> None:
    disk = BrokerDisk(_AlwaysUnlucky(), tears_on_crash=True)
    log, before = _log_with_unflushed_tail()
    torn = disk.tear(log, before, log.crash())
    assert torn is not None and is_torn(torn) and torn.epoch == 1
    assert log.records == (Record(0, 1), Record(0, 2), torn)
    assert disk.recover(log) == 2
    assert log.records == before[:2]
    assert disk.recover(log) is None  # a whole log is left alone


def test_without_disk_faults_a_crash_tears_nothing() -> None:
    disk = BrokerDisk(_AlwaysUnlucky(), tears_on_crash=False)
    log, before = _log_with_unflushed_tail()
    assert disk.tear(log, before, log.crash()) is None
    assert log.records == before[:2]


def test_torn_record_never_served_holds_only_without_torn_records() -> None:
    torn = Record(1, -3)
    assert torn_record_never_served([Record(0, 1)], {torn})
    assert not torn_record_never_served([Record(0, 1), torn], {torn})


def _world_with_unflushed_tail(broker_id: int) -> ClusterWorld:
    world = ClusterWorld(1, (), shape=ClusterShape(), tears_on_crash=True)
    world.brokers[broker_id].disk.is_flush_stalled = True  # everything it writes stays unflushed
    for _ in range(300):
        world.step()
    assert any(log.log_end_offset > 0 for log in world.brokers[broker_id].logs.values())
    return world


@pytest.mark.parametrize("recovers", [True, False])
def test_a_restart_that_skipped_recovery_would_serve_the_torn_record(recovers: bool) -> None:
    world = _world_with_unflushed_tail(0)
    broker = world.brokers[0]
    broker.disk = BrokerDisk(_AlwaysUnlucky(), tears_on_crash=True, recovers=recovers)
    world.crash(0)
    assert broker.disk.torn_records
    world.restart(0)
    if recovers:
        world.checker.check()
        assert not any(is_torn(record) for log in broker.logs.values() for record in log.records)
        assert any("recovery finds a torn record" in text for _, text in world.notes)
    else:
        with pytest.raises(InvariantViolated) as raised:
            world.checker.check()
        assert raised.value.name == "TornRecordNeverServed"


def test_a_torn_tail_does_not_hide_an_acknowledged_record_the_last_isr_member_lost() -> None:
    world = ClusterWorld(1, (), shape=ClusterShape(), tears_on_crash=True)
    for _ in range(300):
        world.step()
    state = world.controller.controller.partitions["p0"]
    leader = world.brokers[state.leader]
    log = leader.logs["p0"]
    log.flush()
    record = Record(log.latest_epoch() or 0, 9_999_999)  # acknowledged, never flushed
    log.append([record])
    world.checker.acknowledged["p0"][log.log_end_offset - 1] = record
    for other in state.isr - {leader.broker_id}:
        world.controller.controller.fence_broker(other)  # the leader is the last ISR member
    leader.disk = BrokerDisk(_AlwaysUnlucky(), tears_on_crash=True)
    world.crash(leader.broker_id)
    assert log.records[-1] == torn_copy(record)  # as long as the log was: the torn copy
    assert "p0" in world.checker.beyond_tolerance


def _answer_of(serve: Callable[[Callable[[object], None]], None]) -> object:
    answers: list[object] = []
    serve(answers.append)
    assert len(answers) == 1
    return answers[0]


def test_a_failed_read_takes_the_log_directory_offline_and_leadership_moves_away() -> None:
    world = ClusterWorld(2, (), shape=ClusterShape())
    for _ in range(300):
        world.step()
    state = world.controller.controller.partitions["p0"]
    leader = world.brokers[state.leader]
    leader.disk = BrokerDisk(_AlwaysUnlucky(), tears_on_crash=False)
    leader.disk.is_failing_reads = True
    answer = _answer_of(lambda reply: leader.serve_consume("p0", 0, reply))
    assert answer == ConsumeAnswer(ErrorCode.KAFKA_STORAGE_ERROR)
    assert leader.disk.is_offline and not leader.is_serving
    produced = _answer_of(lambda reply: leader.serve_produce("p1", 99, reply))
    assert produced == ProduceAnswer(ErrorCode.KAFKA_STORAGE_ERROR)
    for _ in range(200):
        world.step()
    for name in world.partitions:  # the controller heard it and moved everything away
        moved = world.controller.controller.partitions[name]
        assert moved.leader != leader.broker_id and leader.broker_id not in moved.isr
    leader.disk.is_failing_reads = False  # the fault is over: the operator restarts it
    world.crash(leader.broker_id)
    world.restart(leader.broker_id)  # the directory is back with the process
    assert leader.is_serving
    for _ in range(400):
        world.step()
    assert leader.broker_id in world.controller.controller.partitions["p0"].isr


def test_runs_with_disk_faults_tear_recover_and_go_offline_and_stay_clean() -> None:
    seen = {"tears": 0, "recovery finds a torn record": 0, "goes offline": 0}
    for seed in range(60):
        result = run(Options(seed=seed, steps=400, faults=frozenset({"crash", "disk"}),
                             brokers=3))
        assert result.violation is None, (result.violation, result.options.command())
        for line in result.trace:
            for words in seen:
                seen[words] += words in line.text
    assert all(count > 0 for count in seen.values()), seen
