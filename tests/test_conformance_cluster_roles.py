"""The pieces of multi-broker cases that need no broker: roles and their resolution, node ids
translated through them, the case format's new fields (old files unchanged), KIP-951 leader
hints rewritten by the recorder, and cluster targets given as several addresses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conformance.case import Case, load_case
from conformance.node_endpoints import node_endpoint_addresses, rewrite_node_endpoints
from conformance.replay import case_rules, isolate_topics
from conformance.roles import (
    PartitionRole,
    node_of,
    parse_role,
    renamed_role,
    roles_of_partition,
    translate_node_ids,
)
from conformance.target import parse_target, parse_targets
from spec.messages import decode_response

CASES = Path(__file__).resolve().parents[1] / "conformance" / "cases"
TO_FOLLOWER = CASES / "cluster-produce-to-follower.case.json"
PRODUCE_KEY, KIP_951_EXCHANGE = 0, 2


def test_roles_parse_and_print_alike() -> None:
    assert parse_role("bootstrap") is None
    assert parse_role("leader of my-topic-3") == PartitionRole("my-topic", 3, 0)
    assert parse_role("follower 2 of t-0") == PartitionRole("t", 0, 2)
    assert PartitionRole("my-topic", 3, 1).text() == "follower 1 of my-topic-3"
    with pytest.raises(ValueError, match="role"):
        parse_role("follower 0 of t-0")


def test_followers_are_ranked_in_replica_order_without_the_leader() -> None:
    assert roles_of_partition("t", 0, 2, (1, 2, 3)) == {
        2: "leader of t-0", 1: "follower 1 of t-0", 3: "follower 2 of t-0"}
    assert node_of(PartitionRole("t", 0, 2), 2, (1, 2, 3)) == 3
    assert node_of(PartitionRole("t", 0, 3), 2, (1, 2, 3)) is None
    assert node_of(PartitionRole("t", 0, 0), -1, (1, 2, 3)) is None


def test_node_id_fields_are_translated_and_other_fields_are_not() -> None:
    expected = {"brokers": [{"node_id": 1, "port": 1}], "topics": [{"partitions": [
        {"leader_id": 1, "leader_epoch": 1, "replica_nodes": [1, 2, 3], "isr_nodes": [3, 1]}]}],
        "current_leader": {"leader_id": -1}}
    assert translate_node_ids(expected, {1: 3, 2: 1, 3: 2}) == {
        "brokers": [{"node_id": 3, "port": 1}], "topics": [{"partitions": [
            {"leader_id": 3, "leader_epoch": 1, "replica_nodes": [3, 1, 2],
             "isr_nodes": [2, 3]}]}],
        "current_leader": {"leader_id": -1}}


def test_single_broker_case_files_are_written_back_unchanged() -> None:
    path = CASES / "error-produce-unknown-partition.case.json"
    case = load_case(path)
    assert not case.is_cluster_case
    assert json.dumps(case.to_json(), indent=1) + "\n" == path.read_text(encoding="utf-8")


def test_a_cluster_case_keeps_its_brokers_roles_and_routes() -> None:
    case = load_case(TO_FOLLOWER)
    assert Case.from_json(case.to_json()) == case
    assert json.dumps(case.to_json(), indent=1) + "\n" == TO_FOLLOWER.read_text(encoding="utf-8")
    assert "node_id" not in case_rules(case).ignore
    assert "leader_id" in case_rules(load_case(
        CASES / "error-produce-unknown-partition.case.json")).ignore


def test_isolating_a_cluster_case_renames_the_topics_of_its_roles() -> None:
    case = isolate_topics(load_case(TO_FOLLOWER), "run1")
    assert {role for role, _node in case.roles} == {
        f"{who} of cluster-produce-follower-run1-0"
        for who in ("leader", "follower 1", "follower 2")}
    assert all(role.endswith("-run1-0") for _connection, role in case.routes)
    assert renamed_role("bootstrap", {"t": "u"}) == "bootstrap"


def test_the_recorder_moves_a_kip_951_leader_hint_to_its_proxy() -> None:
    exchange = load_case(TO_FOLLOWER).exchanges[KIP_951_EXCHANGE]
    assert exchange.response_hex is not None
    frame = bytes.fromhex(exchange.response_hex)
    [original] = node_endpoint_addresses(PRODUCE_KEY, exchange.api_version, frame)
    patched = rewrite_node_endpoints(PRODUCE_KEY, exchange.api_version, frame,
                                     {original: ("proxy.local", 19_092)})
    _correlation_id, before = decode_response(frame, PRODUCE_KEY, exchange.api_version)
    _correlation_id, after = decode_response(patched, PRODUCE_KEY, exchange.api_version)
    [endpoint] = after.node_endpoints  # type: ignore[attr-defined]
    assert (endpoint.host, endpoint.port) == ("proxy.local", 19_092)
    assert after.responses == before.responses  # type: ignore[attr-defined]
    assert node_endpoint_addresses(PRODUCE_KEY, 9, frame) == ()  # v9 has no hints


def test_a_cluster_target_is_several_addresses_its_first_the_bootstrap() -> None:
    assert parse_targets("a:1, b:2,c:3") == [("a", 1), ("b", 2), ("c", 3)]
    assert parse_target("a:1,b:2") == ("a", 1)
    with pytest.raises(ValueError, match="HOST:PORT"):
        parse_targets("a:1,b")
