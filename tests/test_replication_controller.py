"""The controller: AlterPartition validation in Kafka's order, elections, fencing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reference.core.replication import (
    NO_LEADER,
    AlterPartitionRequest,
    Controller,
    Election,
    LeaderRecoveryState,
    ReplicationSettings,
)
from spec.errors import ErrorCode

P = "orders-0"


def controller(*, unclean: bool = False) -> Controller:
    result = Controller(ReplicationSettings(unclean_leader_election_enable=unclean))
    for broker in (0, 1, 2):
        result.register_broker(broker)
        result.unfence_broker(broker)
    result.create_partition(P, (0, 1, 2))
    return result


def proposal(isr: set[int], *, broker: int = 0, leader_epoch: int = 0,
             partition_epoch: int = 0) -> AlterPartitionRequest:
    return AlterPartitionRequest(broker, leader_epoch, partition_epoch, frozenset(isr))


def test_new_partition_is_led_by_its_first_replica_with_all_in_sync() -> None:
    state = controller().partitions[P]
    assert (state.leader, state.isr, state.leader_epoch, state.partition_epoch) == \
        (0, frozenset({0, 1, 2}), 0, 0)


@pytest.mark.parametrize(("request_", "error"), [
    (proposal({0, 1}, leader_epoch=1), ErrorCode.NOT_CONTROLLER),
    (proposal({0, 1}, partition_epoch=1), ErrorCode.NOT_CONTROLLER),
    (proposal({0, 1}, broker=1), ErrorCode.INVALID_REQUEST),
    (proposal({0, 3}), ErrorCode.INVALID_REQUEST),
    (proposal({1, 2}), ErrorCode.INVALID_REQUEST),
])
def test_alter_partition_rejections(request_: AlterPartitionRequest, error: ErrorCode) -> None:
    assert controller().alter_partition(P, request_).error == error


def test_alter_partition_checks_leader_epoch_before_the_leader_and_partition_epoch() -> None:
    cluster = controller()
    cluster.alter_partition(P, proposal({0, 1}))  # partition epoch 1
    cluster.fence_broker(0)  # leader 1 at epoch 1; 0 no longer leads
    stale = proposal({0, 1}, broker=0, leader_epoch=0, partition_epoch=0)
    assert cluster.alter_partition(P, stale).error == ErrorCode.FENCED_LEADER_EPOCH
    state = cluster.partitions[P]
    old_version = proposal({1}, broker=1, leader_epoch=1, partition_epoch=1)
    assert state.partition_epoch == 2
    assert cluster.alter_partition(P, old_version).error == ErrorCode.INVALID_UPDATE_VERSION


def test_alter_partition_refuses_fenced_members() -> None:
    cluster = controller()
    cluster.brokers[2] = replace(cluster.brokers[2], is_fenced=True)
    answer = cluster.alter_partition(P, proposal({0, 1, 2}))
    assert answer.error == ErrorCode.INELIGIBLE_REPLICA


def test_recovering_leader_may_not_widen_the_isr() -> None:
    cluster = controller()
    request = replace(proposal({0, 1}), leader_recovery_state=LeaderRecoveryState.RECOVERING)
    assert cluster.alter_partition(P, request).error == ErrorCode.INVALID_REQUEST


def test_accepted_isr_change_bumps_the_partition_epoch_only() -> None:
    cluster = controller()
    answer = cluster.alter_partition(P, proposal({0, 1}))
    assert answer.error == ErrorCode.NONE and answer.partition is not None
    assert (answer.partition.isr, answer.partition.leader_epoch,
            answer.partition.partition_epoch) == (frozenset({0, 1}), 0, 1)


def test_fencing_the_leader_elects_the_next_isr_replica_in_order() -> None:
    cluster = controller()
    cluster.fence_broker(0)
    state = cluster.partitions[P]
    assert (state.leader, state.isr, state.leader_epoch) == (1, frozenset({1, 2}), 1)


def test_fencing_the_last_isr_member_leaves_no_leader_and_keeps_it_in_the_isr() -> None:
    cluster = controller()
    cluster.fence_broker(2)
    cluster.fence_broker(1)
    cluster.fence_broker(0)
    state = cluster.partitions[P]
    assert (state.leader, state.isr) == (NO_LEADER, frozenset({0}))
    cluster.unfence_broker(1)
    assert cluster.partitions[P].leader == NO_LEADER  # 1 is not in the ISR: no clean leader
    cluster.unfence_broker(0)
    assert cluster.partitions[P].leader == 0


def test_unclean_election_only_when_enabled_and_it_resets_the_isr() -> None:
    for unclean in (False, True):
        cluster = controller(unclean=unclean)
        cluster.fence_broker(1)
        cluster.fence_broker(2)
        cluster.fence_broker(0)
        cluster.unfence_broker(2)
        state = cluster.partitions[P]
        if unclean:
            assert (state.leader, state.isr, state.leader_recovery_state) == \
                (2, frozenset({2}), LeaderRecoveryState.RECOVERING)
        else:
            assert state.leader == NO_LEADER


def test_unclean_elect_leaders_only_for_a_leaderless_partition() -> None:
    cluster = controller()
    assert cluster.elect_leaders(P, Election.UNCLEAN) == ErrorCode.ELECTION_NOT_NEEDED
    for broker in (1, 2, 0):
        cluster.fence_broker(broker)
    cluster.unfence_broker(2)
    assert cluster.elect_leaders(P, Election.UNCLEAN) == ErrorCode.NONE
    assert cluster.partitions[P].leader == 2


def test_preferred_election_moves_leadership_back_to_the_first_replica() -> None:
    cluster = controller()
    assert cluster.elect_leaders(P, Election.PREFERRED) == ErrorCode.ELECTION_NOT_NEEDED
    cluster.reorder_replicas(P, (2, 0, 1))
    assert cluster.partitions[P].leader == 0  # reordering alone elects nobody
    assert cluster.elect_leaders(P, Election.PREFERRED) == ErrorCode.NONE
    state = cluster.partitions[P]
    assert (state.leader, state.leader_epoch, state.partition_epoch) == (2, 1, 2)
    cluster.fence_broker(0)
    cluster.reorder_replicas(P, (0, 2, 1))
    assert cluster.elect_leaders(P, Election.PREFERRED) == ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE


def test_balancing_leaders_elects_each_preferred_replica_that_is_back_in_the_isr() -> None:
    cluster = controller()
    cluster.create_partition("orders-1", (1, 2, 0))
    cluster.fence_broker(0)
    cluster.fence_broker(1)
    assert {name: state.leader for name, state in cluster.partitions.items()} == {
        P: 2, "orders-1": 2}
    assert cluster.imbalanced_partitions() == [P, "orders-1"]
    cluster.unfence_broker(0)
    assert cluster.balance_partition_leaders() == ([], False)  # 0 is not in the ISR yet
    cluster.alter_partition(P, proposal({0, 2}, broker=2, leader_epoch=2, partition_epoch=2))
    assert cluster.balance_partition_leaders() == ([P], False)
    assert cluster.partitions[P].leader == 0
    assert cluster.imbalanced_partitions() == ["orders-1"]  # 1 is still fenced


def test_a_balancing_pass_stops_at_its_cap_and_asks_to_run_again(
        monkeypatch: pytest.MonkeyPatch) -> None:
    cluster = controller()
    cluster.create_partition("orders-1", (0, 1, 2))
    cluster.fence_broker(0)
    cluster.unfence_broker(0)
    for name in (P, "orders-1"):
        state = cluster.partitions[name]
        cluster.alter_partition(name, proposal(
            {0, 1, 2}, broker=state.leader, leader_epoch=state.leader_epoch,
            partition_epoch=state.partition_epoch))
    monkeypatch.setattr("reference.core.replication.controller.MAX_ELECTIONS_PER_IMBALANCE", 1)
    assert cluster.balance_partition_leaders() == ([P], True)
    assert cluster.balance_partition_leaders() == (["orders-1"], False)
