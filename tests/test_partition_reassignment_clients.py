"""kafka-python's KafkaAdminClient against the single-node reference broker over TCP: leader
elections, partition reassignments and their listing answer as a one-node KRaft cluster."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import kafka.errors as errors
import pytest
from kafka import KafkaAdminClient, TopicPartition

from reference.core.served_apis import SERVED_VERSIONS
from spec.generated.elect_leaders import ElectLeadersRequest
from tests.support.broker_process import running_broker

pytestmark = [
    pytest.mark.clients,
    pytest.mark.skipif(ElectLeadersRequest.API_KEY not in SERVED_VERSIONS,
                       reason="ElectLeaders and the reassignment APIs are not advertised yet "
                              "(registering them changes every recorded conformance case)"),
]

TIMEOUT_MS = 10_000
TOPIC = "reassigned"
NODE_ID = 1  # the broker's node.id in tests/support/broker_process.py


@pytest.fixture(scope="module")
def admin(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KafkaAdminClient]:
    data_dir: Path = tmp_path_factory.mktemp("reassignment") / "data"
    data_dir.mkdir()
    with running_broker(data_dir) as broker:
        client = KafkaAdminClient(bootstrap_servers=broker.bootstrap,
                                  request_timeout_ms=TIMEOUT_MS)
        client.create_topics({TOPIC: {"num_partitions": 2, "replication_factor": 1}})
        yield client
        client.close()


def test_preferred_election_is_not_needed_and_unknown_partitions_are_reported(
        admin: KafkaAdminClient) -> None:
    response = admin.elect_leaders(0, {TOPIC: [0, 1, 9]}, raise_errors=False)
    codes = {(topic.topic, partition.partition_id): partition.error_code
             for topic in response.replica_election_results
             for partition in topic.partition_result}
    assert codes == {(TOPIC, 0): errors.ElectionNotNeededError.errno,
                     (TOPIC, 1): errors.ElectionNotNeededError.errno,
                     (TOPIC, 9): errors.UnknownTopicOrPartitionError.errno}
    admin.elect_leaders(1, {TOPIC: [0]})  # not needed is no error to the client


def test_reassignment_to_this_node_is_accepted_and_nothing_is_in_flight(
        admin: KafkaAdminClient) -> None:
    results = admin.alter_partition_reassignments({
        TopicPartition(TOPIC, 0): [NODE_ID],
        TopicPartition(TOPIC, 1): [NODE_ID, NODE_ID + 1],
    })
    assert results == {TopicPartition(TOPIC, 0): None,
                       TopicPartition(TOPIC, 1): errors.InvalidReplicationAssignmentError}
    cancelled = admin.alter_partition_reassignments({TopicPartition(TOPIC, 0): None})
    assert cancelled == {TopicPartition(TOPIC, 0): errors.NoReassignmentInProgressError}
    assert admin.list_partition_reassignments() == {}
    assert admin.list_partition_reassignments({TOPIC: [0, 1]}) == {}
