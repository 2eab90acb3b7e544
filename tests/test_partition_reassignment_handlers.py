"""AlterPartitionReassignments and ListPartitionReassignments answered by the broker core (their
handler modules, through the wire format): a single node's answers, and a reassignment behind a
cluster link started, listed and cancelled."""

from __future__ import annotations

from typing import Any

import pytest

from reference.sim.inprocess import CoreClient
from spec.generated.alter_partition_reassignments import AlterPartitionReassignmentsRequest
from spec.generated.errors import ErrorCode
from spec.generated.list_partition_reassignments import ListPartitionReassignmentsRequest
from tests.test_elect_leaders import broker, clustered, serve

Reassign = AlterPartitionReassignmentsRequest.ReassignablePartition
Listed = ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics


def alter(client: CoreClient, topic: str,
          targets: dict[int, tuple[int, ...] | None]) -> dict[int, tuple[int, str | None]]:
    response = serve(client, AlterPartitionReassignmentsRequest(topics=(
        AlterPartitionReassignmentsRequest.ReassignableTopic(name=topic, partitions=tuple(
            Reassign(partition_index=index, replicas=replicas)
            for index, replicas in targets.items())),)), 0)
    assert (response.error_code, response.error_message) == (ErrorCode.NONE, None)
    return {partition.partition_index: (partition.error_code, partition.error_message)
            for topic_answer in response.responses for partition in topic_answer.partitions}


def listed(client: CoreClient, topics: tuple[Listed, ...] | None = None) -> Any:
    response = serve(client, ListPartitionReassignmentsRequest(topics=topics), 0)
    assert (response.error_code, response.error_message) == (ErrorCode.NONE, None)
    return [(topic.name, [(p.partition_index, p.replicas, p.adding_replicas, p.removing_replicas)
                          for p in topic.partitions]) for topic in response.topics]


def test_single_node_accepts_only_itself_and_has_nothing_to_cancel() -> None:
    client = broker(("t", 2))
    assert alter(client, "t", {0: (1,), 1: (1, 2), 7: (1,)}) == {
        0: (ErrorCode.NONE, None),
        1: (ErrorCode.INVALID_REPLICA_ASSIGNMENT, "The manual partition assignment includes "
            "broker 2, but no such broker is registered."),
        7: (ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, "Unable to find partition t:7.")}
    assert alter(client, "t", {0: None}) == {0: (ErrorCode.NO_REASSIGNMENT_IN_PROGRESS, None)}
    assert alter(client, "nope", {0: (1,)}) == {
        0: (ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, "Unable to find a topic named nope.")}


def test_single_node_lists_no_reassignment() -> None:
    client = broker(("t", 2))
    assert listed(client) == []
    assert listed(client, (Listed(name="t", partition_indexes=(0, 1)),
                           Listed(name="nope", partition_indexes=(0,)))) == []


def test_behind_a_cluster_a_reassignment_is_listed_until_cancelled(
        monkeypatch: pytest.MonkeyPatch) -> None:
    client = broker(("t", 1))
    link = clustered(monkeypatch, client)
    assert alter(client, "t", {0: (1, 2, 4)}) == {
        0: (ErrorCode.INVALID_REPLICA_ASSIGNMENT, "The manual partition assignment includes "
            "broker 4, but no such broker is registered.")}
    link.controller.register_broker(4)
    assert alter(client, "t", {0: (1, 2, 4)}) == {0: (ErrorCode.NONE, None)}
    ongoing = [("t", [(0, (1, 2, 4, 3), (4,), (3,))])]
    assert listed(client) == ongoing
    assert listed(client, (Listed(name="t", partition_indexes=(0, 9)),)) == ongoing
    assert alter(client, "t", {0: None}) == {0: (ErrorCode.NONE, None)}
    assert listed(client) == []
    # The original order (2, 1, 3) is not recorded: Kafka's revert keeps the in-flight order.
    assert link.controller.partitions["t/0"].replicas == (1, 2, 3)
    assert len(link.commits) == 3
