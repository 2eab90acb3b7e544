"""Multi-broker conformance cases (`cluster-*`): replayed against a reference cluster named by
its brokers' addresses and against librdkafka's 3-broker mock cluster, and the role mapping
that makes node ids comparable across clusters that number and place brokers differently."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from confluent_kafka import Producer

from conformance.case import Case, TopicSetup, load_case
from conformance.cases.multi_broker_cases import produce
from conformance.cases.multi_broker_flows import ClusterClient
from conformance.cluster_target import wait_until_every_broker_knows
from conformance.embedded import embedded_broker
from conformance.embedded_cluster import embedded_cluster
from conformance.recorder import RecorderThread
from conformance.replay import replay_case
from conformance.target import parse_targets, run_setup
from tests.support.replay_target import CLUSTER_CASES, assert_every_difference_known, replay

CASES = Path(__file__).resolve().parents[1] / "conformance" / "cases"
TO_FOLLOWER = CASES / "cluster-produce-to-follower.case.json"
LEADER_PATH = "responses[0].partition_responses[0].current_leader.leader_id"
ERROR_PATH = "responses[0].partition_responses[0].error_code"
KIP_951_EXCHANGE = 2  # Produce v10 to follower 1: NOT_LEADER_OR_FOLLOWER naming the leader


@pytest.fixture(scope="module")
def reference_cluster() -> Iterator[str]:
    """A 3-broker reference cluster, as `HOST:PORT,HOST:PORT,HOST:PORT`."""
    with embedded_cluster(3) as addresses:
        yield ",".join(f"{host}:{port}" for host, port in addresses)


def _with_expected(case: Case, index: int, path: str, value: int) -> Case:
    """The case with one field of one expected Produce answer altered."""
    exchange = case.exchanges[index]
    response = json.loads(json.dumps(exchange.response))
    partition = response["responses"][0]["partition_responses"][0]
    if path == LEADER_PATH:
        partition["current_leader"]["leader_id"] = value
    else:
        partition["error_code"] = value
    exchanges = list(case.exchanges)
    exchanges[index] = dataclasses.replace(exchange, response=response)
    return dataclasses.replace(case, exchanges=tuple(exchanges))


def test_the_cluster_cases_need_three_brokers_and_route_by_role() -> None:
    assert len(CLUSTER_CASES) >= 7
    for path in CLUSTER_CASES:
        case = load_case(Path(path))
        assert case.brokers == 3 and case.is_cluster_case
        assert {role.split(" of ")[0] for role, _node in case.roles} == {
            "leader", "follower 1", "follower 2"}
        assert {connection for connection, _role in case.routes} == {
            exchange.connection for exchange in case.exchanges}


def test_every_cluster_case_passes_against_a_reference_cluster_given_by_addresses(
        reference_cluster: str, tmp_path: Path) -> None:
    replayed = replay(CLUSTER_CASES, reference_cluster, None, tmp_path / "reference.json")
    assert replayed.returncode == 0, replayed.stdout + replayed.stderr[-2000:]
    results = json.loads((tmp_path / "reference.json").read_text())["results"]
    assert [result["differences"] for result in results] == [[]] * len(CLUSTER_CASES)


def test_a_cluster_target_given_by_its_bootstrap_alone_is_found_whole(
        reference_cluster: str) -> None:
    bootstrap = reference_cluster.split(",")[0]
    result = replay_case(load_case(TO_FOLLOWER), bootstrap)
    assert (result.error, result.differences) == (None, ())


def test_a_cluster_case_against_too_few_brokers_is_an_error() -> None:
    case = load_case(TO_FOLLOWER)
    one_replica = tuple(dataclasses.replace(topic, replication_factor=1) for topic in case.setup)
    with embedded_broker() as (host, port):
        result = replay_case(dataclasses.replace(case, setup=one_replica), f"{host}:{port}")
    assert result.outcome == "error"
    assert "needs 3 brokers; the target has 1" in str(result.error)


def test_a_wrong_expected_leader_role_is_reported(reference_cluster: str) -> None:
    case = load_case(TO_FOLLOWER)
    roles = dict(case.roles)
    follower = roles["follower 2 of cluster-produce-follower-0"]
    result = replay_case(_with_expected(case, KIP_951_EXCHANGE, LEADER_PATH, follower),
                         reference_cluster)
    assert result.outcome == "fail"
    [difference] = result.differences
    assert (difference.exchange, difference.path) == (KIP_951_EXCHANGE, LEADER_PATH)
    assert difference.actual != difference.expected


def test_a_wrong_expected_error_is_reported(reference_cluster: str) -> None:
    not_enough_replicas = 19
    case = _with_expected(load_case(TO_FOLLOWER), KIP_951_EXCHANGE, ERROR_PATH,
                          not_enough_replicas)
    result = replay_case(case, reference_cluster)
    assert [(found.path, found.expected, found.actual) for found in result.differences] == [
        (ERROR_PATH, not_enough_replicas, 6)]


def test_every_difference_of_the_librdkafka_mock_cluster_is_known(tmp_path: Path) -> None:
    owner = Producer({"test.mock.num.brokers": 3})  # the mock lives as long as this producer
    brokers = owner.list_topics(timeout=10).brokers
    target = ",".join(f"{broker.host}:{broker.port}" for _id, broker in sorted(brokers.items()))
    results_path = tmp_path / "mock.json"
    assert_every_difference_known(target, "librdkafka-mock", results_path, CLUSTER_CASES)
    results = {result["case"]: result
               for result in json.loads(results_path.read_text())["results"]}
    # The mock refuses a consumer's Fetch at a follower: the check did compare, by role.
    assert results["cluster-fetch-from-follower"]["differences"]
    # Its NOT_LEADER_OR_FOLLOWER answers name the leader the roles expect, wherever the mock
    # put it (a random replica): node ids were compared through the role mapping.
    assert not [found for found in results["cluster-produce-to-follower"]["differences"]
                if "current_leader" in found["path"] or "node_endpoints" in found["path"]]


def test_the_recorder_moves_a_kip_951_leader_hint_behind_its_proxy(
        reference_cluster: str) -> None:
    topic = "cluster-hint"
    addresses = parse_targets(reference_cluster)
    run_setup(Case("hint", (), setup=(TopicSetup(topic, 1, 3),)), *addresses[0])
    wait_until_every_broker_knows(addresses, (topic,))
    with RecorderThread(*addresses[0]) as recorder:
        client = ClusterClient(recorder.bootstrap, topic)
        try:
            client.describe()
            answer = client.follower(1).call(produce(topic, -1, 1), 10)
        finally:
            client.close()
        frames = recorder.frames()
    [endpoint] = answer.node_endpoints
    assert f"{endpoint.host}:{endpoint.port}" == client.addresses[client.leader_id]
    assert f"{endpoint.host}:{endpoint.port}" not in {f"{h}:{p}" for h, p in addresses}
    assert [frame.is_rewritten for frame in frames if frame.direction == "response"] == [
        True, True]  # Metadata's brokers, then the hint
