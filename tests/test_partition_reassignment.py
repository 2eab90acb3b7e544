"""Partition reassignment in the controller (KIP-455): validation, adding/removing replicas,
completion on an ISR change, the leader moved off a removed replica, cancellation, listing."""

from __future__ import annotations

import pytest

from reference.core.replication import (
    NO_LEADER,
    AlterPartitionRequest,
    Controller,
    PartitionState,
)
from reference.core.replication.values import OngoingReassignment
from spec.errors import ErrorCode

P = "orders-0"


def controller(brokers: tuple[int, ...] = (0, 1, 2, 3, 4)) -> Controller:
    result = Controller()
    for broker in brokers:
        result.register_broker(broker)
        result.unfence_broker(broker)
    result.create_partition(P, (0, 1, 2))
    return result


def join_isr(cluster: Controller, isr: set[int]) -> ErrorCode:
    """The leader reports `isr` (as after followers caught up)."""
    state = cluster.partitions[P]
    request = AlterPartitionRequest(state.leader, state.leader_epoch, state.partition_epoch,
                                    frozenset(isr))
    return cluster.alter_partition(P, request).error


@pytest.mark.parametrize(("target", "reason"), [
    ((), "an empty replica list"),
    ((1, 0, 1), "the broker 1 more than once"),
    ((9, 9, 0), "broker 9, but no such broker is registered"),  # checked before duplicates
])
def test_invalid_targets_are_refused(target: tuple[int, ...], reason: str) -> None:
    cluster = controller()
    refused = cluster.alter_partition_reassignment(P, target)
    assert refused.error == ErrorCode.INVALID_REPLICA_ASSIGNMENT
    assert refused.message is not None and reason in refused.message
    assert not cluster.partitions[P].is_reassigning


def test_unknown_partition_and_cancel_without_reassignment() -> None:
    cluster = controller()
    assert cluster.alter_partition_reassignment("nope-0", (0,)).error == \
        ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
    assert cluster.alter_partition_reassignment(P, None).error == \
        ErrorCode.NO_REASSIGNMENT_IN_PROGRESS


def test_fenced_but_registered_broker_is_a_valid_target() -> None:
    cluster = controller()
    cluster.fence_broker(3)
    assert cluster.alter_partition_reassignment(P, (0, 1, 3)).error == ErrorCode.NONE


def test_moving_a_replica_adds_first_and_removes_once_the_new_one_is_in_sync() -> None:
    cluster = controller()
    assert cluster.alter_partition_reassignment(P, (0, 1, 3)).error == ErrorCode.NONE
    moving = cluster.partitions[P]
    assert (moving.replicas, moving.adding_replicas, moving.removing_replicas) == \
        ((0, 1, 3, 2), (3,), (2,))
    assert (moving.leader, moving.leader_epoch, moving.partition_epoch) == (0, 0, 1)
    assert cluster.list_partition_reassignments() == \
        {P: OngoingReassignment((0, 1, 3, 2), (3,), (2,))}
    assert join_isr(cluster, {0, 1, 2, 3}) == ErrorCode.NONE
    done = cluster.partitions[P]
    assert (done.replicas, done.isr, done.is_reassigning) == \
        ((0, 1, 3), frozenset({0, 1, 3}), False)
    assert done.leader_epoch == 1  # a replica left: the epoch fences its fetches
    assert cluster.list_partition_reassignments() == {}


def test_completion_that_removes_the_leader_answers_new_leader_elected() -> None:
    cluster = controller()
    cluster.alter_partition_reassignment(P, (3, 1, 2))
    assert join_isr(cluster, {0, 1, 2, 3}) == ErrorCode.NEW_LEADER_ELECTED
    state = cluster.partitions[P]
    assert (state.replicas, state.leader, state.isr) == ((3, 1, 2), 3, frozenset({1, 2, 3}))


def test_shrinking_within_the_isr_completes_at_once_and_moves_the_leader() -> None:
    cluster = controller()
    assert cluster.alter_partition_reassignment(P, (1, 2)).error == ErrorCode.NONE
    state = cluster.partitions[P]
    assert (state.replicas, state.isr, state.leader, state.is_reassigning) == \
        ((1, 2), frozenset({1, 2}), 1, False)


def test_reordering_completes_at_once_without_moving_the_leader() -> None:
    cluster = controller()
    cluster.alter_partition_reassignment(P, (2, 0, 1))
    state = cluster.partitions[P]
    assert (state.replicas, state.leader, state.leader_epoch, state.is_reassigning) == \
        ((2, 0, 1), 0, 0, False)


def test_reassignment_waits_while_a_target_replica_is_out_of_sync() -> None:
    cluster = controller()
    cluster.alter_partition_reassignment(P, (3, 4, 0))
    assert join_isr(cluster, {0, 1, 2, 3}) == ErrorCode.NONE
    assert cluster.partitions[P].is_reassigning
    assert cluster.list_partition_reassignments([P, "nope-0"]) == {
        P: OngoingReassignment((3, 4, 0, 1, 2), (3, 4), (1, 2))}


def test_cancel_drops_the_adding_replicas_and_keeps_the_original_ones() -> None:
    cluster = controller()
    cluster.alter_partition_reassignment(P, (0, 3, 4))
    join_isr(cluster, {0, 1, 2, 3})
    assert cluster.alter_partition_reassignment(P, None).error == ErrorCode.NONE
    state = cluster.partitions[P]
    assert (state.replicas, state.isr, state.is_reassigning) == \
        ((0, 1, 2), frozenset({0, 1, 2}), False)


def test_cancel_needing_an_unclean_election_requires_the_topic_to_allow_it() -> None:
    cluster = controller()
    cluster.alter_partition_reassignment(P, (0, 1, 3))
    cluster.partitions[P] = PartitionState((0, 1, 3, 2), frozenset({3}), 3, 5, 5,
                                           adding_replicas=(3,), removing_replicas=(2,))
    refused = cluster.alter_partition_reassignment(P, None)
    assert refused.error == ErrorCode.INVALID_REPLICA_ASSIGNMENT
    assert refused.message is not None and "unclean leader election" in refused.message
    cluster.unclean_overrides[P] = True
    assert cluster.alter_partition_reassignment(P, None).error == ErrorCode.NONE
    state = cluster.partitions[P]
    assert (state.replicas, state.isr, state.leader) == ((0, 1, 2), frozenset({0}), 0)


def test_fencing_during_a_reassignment_keeps_it_in_flight() -> None:
    cluster = controller()
    cluster.alter_partition_reassignment(P, (0, 1, 3))
    cluster.fence_broker(0)
    state = cluster.partitions[P]
    assert state.is_reassigning and state.leader == 1
    cluster.fence_broker(1)
    cluster.fence_broker(2)
    assert cluster.partitions[P].leader == NO_LEADER


def test_a_new_target_that_adds_nothing_keeps_the_recorded_adding_replicas() -> None:
    # Kafka's changePartitionReassignment sets only the non-empty sides of the new plan.
    cluster = controller()
    cluster.fence_broker(0)  # 0 leaves the ISR, so nothing can complete at once
    cluster.alter_partition_reassignment(P, (0, 1, 3))
    cluster.alter_partition_reassignment(P, (0,))
    state = cluster.partitions[P]
    assert (state.replicas, state.adding_replicas, state.removing_replicas) == \
        ((0, 1, 2, 3), (3,), (1, 2, 3))
    cluster.unfence_broker(0)
    assert join_isr(cluster, {0, 1, 2}) == ErrorCode.NEW_LEADER_ELECTED
    done = cluster.partitions[P]
    assert (done.replicas, done.isr, done.leader, done.is_reassigning) == \
        ((0,), frozenset({0}), 0, False)
