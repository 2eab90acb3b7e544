"""The matcher's rules: ignored fields, presence-only fields, lists whose order Kafka leaves
unspecified, and known differences per target and case."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from conformance.case import KnownDifference, Rules
from conformance.matcher import (
    DEFAULT_RULES,
    MISSING,
    diff_fields,
    mark_known,
    normalized,
    pattern_matches,
)


def _metadata(*topics: str, port: int = 9092) -> dict[str, object]:
    return {"throttle_time_ms": 0, "cluster_id": "abc",
            "brokers": [{"node_id": 1, "host": "127.0.0.1", "port": port}],
            "topics": [{"name": name, "error_code": 0,
                        "partitions": [{"partition_index": index, "leader_id": 1, "error_code": 0}
                                       for index in range(2)]} for name in topics]}


def test_paths_are_normalized_to_any_index() -> None:
    assert normalized("topics[12].partitions[0].error_code") == "topics[].partitions[].error_code"


def test_a_bare_name_matches_the_field_at_any_depth() -> None:
    assert pattern_matches("node_id", "Metadata", "brokers[0].node_id")
    assert pattern_matches("node_id", "Metadata", "node_id")
    assert not pattern_matches("node_id", "Metadata", "brokers[0].node_id_extra")
    assert not pattern_matches("id", "Metadata", "brokers[0].node_id")


def test_an_api_prefix_limits_a_pattern_to_that_api() -> None:
    assert pattern_matches("Metadata:topics", "Metadata", "topics")
    assert not pattern_matches("Metadata:topics", "CreateTopics", "topics")


def test_broker_identity_fields_are_ignored_by_default() -> None:
    expected = _metadata("a", port=9092)
    actual = {**_metadata("a", port=40_000), "cluster_id": "other", "throttle_time_ms": 5}
    actual["brokers"] = [{"node_id": 7, "host": "10.0.0.1", "port": 40_000}]
    assert diff_fields(expected, actual, DEFAULT_RULES, api="Metadata") == []


def test_a_changed_error_code_is_reported_with_its_path() -> None:
    expected = _metadata("a", "b")
    actual = _metadata("a", "b")
    actual["topics"][1]["partitions"][1]["error_code"] = 3  # type: ignore[index]
    [found] = diff_fields(expected, actual, DEFAULT_RULES, api="Metadata", exchange=4)
    assert (found.exchange, found.path, found.expected, found.actual) == (
        4, "topics[1].partitions[1].error_code", 0, 3)


def test_metadata_topics_in_another_order_match() -> None:
    assert diff_fields(_metadata("a", "b", "c"), _metadata("c", "a", "b"), DEFAULT_RULES,
                       api="Metadata") == []


def test_order_matters_where_kafka_defines_it() -> None:
    expected = {"responses": [{"name": "a", "error_code": 0}, {"name": "b", "error_code": 3}]}
    actual = {"responses": [{"name": "b", "error_code": 3}, {"name": "a", "error_code": 0}]}
    paths = {found.path for found in diff_fields(expected, actual, DEFAULT_RULES, api="Produce")}
    assert paths == {"responses[0].name", "responses[0].error_code", "responses[1].name",
                     "responses[1].error_code"}


def test_a_missing_topic_in_an_unordered_list_is_reported() -> None:
    found = diff_fields(_metadata("a", "b"), _metadata("b"), DEFAULT_RULES, api="Metadata")
    assert [(item.path, item.actual) for item in found] == [("topics[0]", MISSING)]


def test_error_messages_are_compared_by_presence_only() -> None:
    expected = {"topics": [{"name": "a", "error_message": "Topic 'a' already exists."}]}
    reworded = {"topics": [{"name": "a", "error_message": "exists"}]}
    absent = {"topics": [{"name": "a", "error_message": None}]}
    assert diff_fields(expected, reworded, DEFAULT_RULES, api="CreateTopics") == []
    [found] = diff_fields(expected, absent, DEFAULT_RULES, api="CreateTopics")
    assert found.path == "topics[0].error_message"


def test_a_boolean_is_not_equal_to_an_integer() -> None:
    [found] = diff_fields({"flag": True}, {"flag": 1}, Rules(), api="Fetch")
    assert found.path == "flag"


def test_a_longer_list_reports_the_extra_elements() -> None:
    found = diff_fields({"offsets": [1]}, {"offsets": [1, 2]}, Rules(), api="ListOffsets")
    assert [(item.path, item.expected, item.actual) for item in found] == [
        ("offsets[1]", MISSING, 2)]


def test_case_rules_add_to_the_defaults() -> None:
    rules = DEFAULT_RULES.merged(Rules(ignore=("Produce:responses[].base_offset",)))
    expected = {"responses": [{"base_offset": 0, "error_code": 0}]}
    actual = {"responses": [{"base_offset": 9, "error_code": 0}]}
    assert diff_fields(expected, actual, rules, api="Produce") == []
    assert diff_fields(expected, actual, DEFAULT_RULES, api="Produce") != []


def test_known_differences_apply_to_their_target_and_case_only() -> None:
    found = diff_fields({"error_code": 0}, {"error_code": 35}, Rules(), api="ApiVersions")
    known = (KnownDifference(target="tansu*", path="ApiVersions:error_code", reason="peer bug",
                             case="api-*"),)
    [marked] = mark_known(found, known, "tansu-0.5", "api-versions")
    assert marked.known_reason == "peer bug"
    [other_target] = mark_known(found, known, "redpanda", "api-versions")
    [other_case] = mark_known(found, known, "tansu-0.5", "metadata")
    assert not other_target.is_known and not other_case.is_known


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.sampled_from(["name", "error_code", "topics"]), inner, max_size=3),
    max_leaves=12)


@given(json_values)
def test_a_value_never_differs_from_itself(value: object) -> None:
    assert diff_fields(value, value, DEFAULT_RULES, api="Metadata") == []


@given(json_values, json_values)
def test_any_difference_is_found_unless_ignored(expected: object, actual: object) -> None:
    found = diff_fields(expected, actual, Rules(), api="Fetch")
    assert (found == []) == (expected == actual and _same_types(expected, actual))


def _same_types(left: object, right: object) -> bool:
    if type(left) is not type(right):
        return False
    if isinstance(left, dict) and isinstance(right, dict):
        return all(_same_types(left[key], right[key]) for key in left)
    if isinstance(left, list) and isinstance(right, list):
        return all(_same_types(a, b) for a, b in zip(left, right, strict=True))
    return True


def _join_answer(*members: tuple[str, str]) -> dict[str, object]:
    return {"error_code": 0, "generation_id": 1, "leader": members[0][0],
            "member_id": members[0][0], "protocol_name": "range",
            "members": [{"member_id": member_id, "group_instance_id": None,
                         "metadata": metadata} for member_id, metadata in members]}


def test_join_group_members_compare_as_a_multiset_whatever_their_allocated_ids() -> None:
    expected = _join_answer(("m-1", "aa"), ("m-2", "bb"))
    actual = _join_answer(("x-9", "bb"), ("x-8", "aa"))
    assert diff_fields(expected, actual, DEFAULT_RULES, api="JoinGroup") == []
    changed = _join_answer(("x-9", "bb"), ("x-8", "cc"))
    paths = [found.path for found in diff_fields(expected, changed, DEFAULT_RULES,
                                                 api="JoinGroup")]
    assert paths and all(normalized(path) == "members[].metadata" for path in paths)


def test_a_generation_is_compared_but_the_client_address_is_not() -> None:
    def described(generation_id: int, client_host: str) -> dict[str, object]:
        return {"groups": [{"group_id": "g", "generation_id": generation_id, "members": [
            {"member_id": "m", "client_host": client_host, "client_id": "c"}]}]}

    assert diff_fields(described(1, "/127.0.0.1"), described(1, "/10.0.0.7"), DEFAULT_RULES,
                       api="DescribeGroups") == []
    assert [found.path for found in diff_fields(
        described(1, "/127.0.0.1"), described(2, "/127.0.0.1"), DEFAULT_RULES,
        api="DescribeGroups")] == ["groups[0].generation_id"]


def test_a_coordinator_is_compared_without_its_address() -> None:
    def coordinators(node_id: int, port: int, error_code: int) -> dict[str, object]:
        return {"coordinators": [{"key": "g", "node_id": node_id, "host": "h", "port": port,
                                  "error_code": error_code, "error_message": None}]}

    assert diff_fields(coordinators(1, 9092, 0), coordinators(111, 19092, 0), DEFAULT_RULES,
                       api="FindCoordinator") == []
    assert len(diff_fields(coordinators(1, 9092, 0), coordinators(1, 9092, 15), DEFAULT_RULES,
                           api="FindCoordinator")) == 1
