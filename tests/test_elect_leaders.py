"""ElectLeaders answered by the broker core (its handler module, through the wire format, on a
broker from reference/sim/inprocess.py): a single node answers as a one-node KRaft cluster;
behind a cluster link the controller elects."""

from __future__ import annotations

from typing import Any

import pytest

from reference.core.cluster_link import link_of
from reference.core.handlers import (
    alter_partition_reassignments,
    elect_leaders,
    list_partition_reassignments,
)
from reference.core.replication.controller import Controller
from reference.core.requests import RequestContext, Respond
from reference.sim.inprocess import CoreClient
from spec.generated.create_topics import CreateTopicsRequest
from spec.generated.elect_leaders import ElectLeadersRequest
from spec.generated.errors import ErrorCode

Topic = ElectLeadersRequest.TopicPartitions
PREFERRED, UNCLEAN = 0, 1


def broker(*topics: tuple[str, int]) -> CoreClient:
    client = CoreClient()
    client.call(CreateTopicsRequest(topics=tuple(
        CreateTopicsRequest.CreatableTopic(name=name, num_partitions=count, replication_factor=1)
        for name, count in topics)), 7)
    return client


HANDLERS = {module.API_KEY: module.handle for module in (
    elect_leaders, alter_partition_reassignments, list_partition_reassignments)}


def serve(client: CoreClient, request: Any, version: int) -> Any:
    """The request's bytes decoded, handled and the answer's bytes decoded, as dispatch does.
    (The handler registry does not list these APIs yet: advertising them in ApiVersions changes
    every recorded conformance case.)"""
    decoded = type(request).decode(request.encode(version), version)
    context = RequestContext(api_key=request.API_KEY, api_version=version, correlation_id=1,
                             client_id="core-test", client_host="127.0.0.1",
                             connection_id="core-test", now_ms=client.now_ms)
    reply = HANDLERS[request.API_KEY](client.broker, context, decoded)
    assert isinstance(reply, Respond), reply
    return type(reply.message).decode(reply.message.encode(version), version)


def elect(client: CoreClient, topics: tuple[Topic, ...] | None, election_type: int = PREFERRED,
          version: int = 2) -> Any:
    return serve(client, ElectLeadersRequest(election_type=election_type,
                                             topic_partitions=topics), version)


def answers(response: Any) -> dict[tuple[str, int], tuple[int, str | None]]:
    return {(topic.topic, partition.partition_id): (partition.error_code,
                                                    partition.error_message)
            for topic in response.replica_election_results
            for partition in topic.partition_result}


@pytest.mark.parametrize("election_type", [PREFERRED, UNCLEAN])
def test_single_node_needs_no_election_and_knows_no_other_partition(election_type: int) -> None:
    client = broker(("t", 2))
    response = elect(client, (Topic(topic="t", partitions=(0, 1, 5)),
                              Topic(topic="nope", partitions=(0,))), election_type)
    assert response.error_code == ErrorCode.NONE
    not_needed = (ErrorCode.ELECTION_NOT_NEEDED, ErrorCode.ELECTION_NOT_NEEDED.message)
    assert answers(response) == {
        ("t", 0): not_needed, ("t", 1): not_needed,
        ("t", 5): (ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, "No such partition as t-5"),
        ("nope", 0): (ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, "No such topic as nope")}


def test_all_partitions_lists_every_topic_but_leaves_out_elections_not_needed() -> None:
    client = broker(("a", 2), ("b", 1))
    response = elect(client, None)
    assert [(topic.topic, topic.partition_result)
            for topic in response.replica_election_results] == [("a", ()), ("b", ())]


def test_an_empty_list_answers_nothing_and_v0_is_served() -> None:
    client = broker(("t", 1))
    assert elect(client, ()).replica_election_results == ()
    response = elect(client, (Topic(topic="t", partitions=(0,)),), version=0)
    assert answers(response) == {("t", 0): (ErrorCode.ELECTION_NOT_NEEDED,
                                            ErrorCode.ELECTION_NOT_NEEDED.message)}


def test_an_unknown_election_type_fails_every_partition() -> None:
    client = broker(("t", 1))
    response = elect(client, (Topic(topic="t", partitions=(0, 3)),), election_type=7)
    assert response.error_code == ErrorCode.INVALID_REQUEST
    refused = (ErrorCode.INVALID_REQUEST, "Unknown election type 7")
    assert answers(response) == {("t", 0): refused, ("t", 3): refused}


class FakeLink:
    """A cluster link over a real `Controller`, counting commits."""

    def __init__(self, controller: Controller) -> None:
        self.controller = controller
        self.commits: list[int] = []

    def partition_key(self, topic: str, index: int) -> str:
        return f"{topic}/{index}"

    def commit(self, now_ms: int) -> None:
        self.commits.append(now_ms)


def clustered(monkeypatch: pytest.MonkeyPatch, client: CoreClient) -> FakeLink:
    controller = Controller()
    for node in (1, 2, 3):
        controller.register_broker(node)
        controller.unfence_broker(node)
    controller.create_partition("t/0", (1, 2, 3))
    controller.reorder_replicas("t/0", (2, 1, 3))  # leader 1 is no longer preferred
    link = FakeLink(controller)
    monkeypatch.setattr(client.broker, "cluster", link, raising=False)
    assert link_of(client.broker) is link
    return link


def test_behind_a_cluster_the_preferred_replica_is_elected_and_committed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    client = broker(("t", 1))
    link = clustered(monkeypatch, client)
    response = elect(client, (Topic(topic="t", partitions=(0,)),))
    assert answers(response) == {("t", 0): (ErrorCode.NONE, None)}
    assert link.controller.partitions["t/0"].leader == 2 and link.commits == [client.now_ms]
    again = elect(client, (Topic(topic="t", partitions=(0,)),))
    assert answers(again)[("t", 0)][0] == ErrorCode.ELECTION_NOT_NEEDED


def test_behind_a_cluster_an_unavailable_preferred_replica_is_reported(
        monkeypatch: pytest.MonkeyPatch) -> None:
    client = broker(("t", 1))
    link = clustered(monkeypatch, client)
    link.controller.fence_broker(2)
    response = elect(client, None)
    assert answers(response) == {("t", 0): (ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE,
                                            ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE.message)}
