"""ConsumerGroupHeartbeat in the core: the errors Kafka 4.x gives, in its order, and the shape of
a first join's answer and records."""

from __future__ import annotations

import dataclasses

import pytest

from reference.core.groups.consumer_results import ConsumerHeartbeatRequest
from spec.coordinator_records import CoordinatorRecordType as T
from spec.errors import ErrorCode
from tests.test_consumer_group_support import FOO, GROUP, beat, coordinator, join, send

E = ErrorCode


@pytest.mark.parametrize(("change", "error"), [
    ({"group_id": ""}, E.INVALID_REQUEST),
    ({"instance_id": ""}, E.INVALID_REQUEST),
    ({"rack_id": ""}, E.INVALID_REQUEST),
    ({"rebalance_timeout_ms": -1}, E.INVALID_REQUEST),
    ({"owned_partitions": None}, E.INVALID_REQUEST),
    ({"owned_partitions": {FOO: frozenset({0})}}, E.INVALID_REQUEST),
    ({"subscribed_topic_names": None}, E.INVALID_REQUEST),
    ({"server_assignor": "sticky"}, E.UNSUPPORTED_ASSIGNOR),
    ({"member_epoch": -3, "member_id": "m"}, E.INVALID_REQUEST),
    ({"member_epoch": -2, "member_id": "m"}, E.INVALID_REQUEST),  # no instance id
    ({"member_epoch": 3}, E.INVALID_REQUEST),  # no member id above epoch 0
    ({"api_version": 1}, E.INVALID_REQUEST),  # v1 clients make up their member id
])
def test_invalid_join_is_refused_before_any_group_is_touched(change: dict[str, object],
                                                              error: ErrorCode) -> None:
    groups = coordinator()
    result, records = send(groups, dataclasses.replace(join(), **change))  # type: ignore[arg-type]
    assert (result.error, records) == (error, [])
    assert not groups.has_group(GROUP)


def test_invalid_request_comes_before_unsupported_assignor() -> None:
    request = dataclasses.replace(join(server_assignor="sticky"), rebalance_timeout_ms=-1)
    assert send(coordinator(), request)[0].error == E.INVALID_REQUEST


def test_heartbeat_for_an_unknown_group_is_group_id_not_found() -> None:
    assert send(coordinator(), beat("m", 1, {}))[0].error == E.GROUP_ID_NOT_FOUND
    leave = ConsumerHeartbeatRequest(GROUP, "m", -1)
    assert send(coordinator(), leave)[0].error == E.GROUP_ID_NOT_FOUND


def test_unknown_member_and_fenced_epochs() -> None:
    groups = coordinator()
    first = send(groups, join())[0]
    assert first.member_id is not None and first.member_epoch == 1
    assert send(groups, beat("nobody", 1, {}))[0].error == E.UNKNOWN_MEMBER_ID
    assert send(groups, beat(first.member_id, 2, {}))[0].error == E.FENCED_MEMBER_EPOCH
    assert send(groups, ConsumerHeartbeatRequest(GROUP, "nobody", -1))[0].error \
        == E.UNKNOWN_MEMBER_ID


def test_previous_epoch_is_accepted_only_with_a_subset_of_the_assignment() -> None:
    """The answer that moved the member to epoch 2 may have been lost."""
    groups = coordinator()
    first = send(groups, join())[0]
    assert first.member_id is not None and first.assignment is not None
    moved = send(groups, beat(first.member_id, 1, dict(first.assignment),
                              topics=("foo", "bar")))[0]
    assert moved.member_epoch == 2
    owned = dict(first.assignment)
    assert send(groups, beat(first.member_id, 1, owned))[0].error == E.NONE
    too_much = {FOO: frozenset(range(7))}
    assert send(groups, beat(first.member_id, 1, too_much))[0].error == E.FENCED_MEMBER_EPOCH
    assert send(groups, beat(first.member_id, 1, None))[0].error == E.FENCED_MEMBER_EPOCH


def test_full_group_refuses_newcomers_but_not_members() -> None:
    groups = coordinator(max_size=1)
    first = send(groups, join())[0]
    assert send(groups, join())[0].error == E.GROUP_MAX_SIZE_REACHED
    assert first.member_id is not None
    assert send(groups, beat(first.member_id, 1, {FOO: frozenset(range(6))}))[0].error == E.NONE


def test_group_max_size_comes_before_unknown_member() -> None:
    groups = coordinator(max_size=1)
    send(groups, join())
    assert send(groups, beat("nobody", 1, {}))[0].error == E.GROUP_MAX_SIZE_REACHED


def test_invalid_regex_is_refused_without_records() -> None:
    groups = coordinator()
    result, records = send(groups, join(topics=None, regex="foo("))
    assert (result.error, records) == (E.INVALID_REGULAR_EXPRESSION, [])


def test_first_join_answers_and_records_as_kafka() -> None:
    """Kafka's testConsumerGroupMemberEpochValidation-style first join: the records in order."""
    result, records = send(coordinator(), join(topics=("foo", "bar"), server_assignor="range"))
    assert result.error == E.NONE and result.member_epoch == 1
    assert result.heartbeat_interval_ms == 5_000
    assert result.assignment is not None and result.assignment[FOO] == frozenset(range(6))
    assert [record.record_type for record in records] == [
        T.CONSUMER_GROUP_MEMBER_METADATA, T.CONSUMER_GROUP_PARTITION_METADATA,
        T.CONSUMER_GROUP_METADATA, T.CONSUMER_GROUP_TARGET_ASSIGNMENT_MEMBER,
        T.CONSUMER_GROUP_TARGET_ASSIGNMENT_METADATA, T.CONSUMER_GROUP_CURRENT_MEMBER_ASSIGNMENT]
    assert all(record.value_version == 0 for record in records)


def test_assignment_is_sent_only_on_full_requests_or_changes() -> None:
    groups = coordinator()
    first = send(groups, join())[0]
    assert first.member_id is not None and first.assignment is not None
    again = send(groups, beat(first.member_id, 1, dict(first.assignment)))[0]
    assert again.error == E.NONE and again.assignment is None


def test_leave_answers_epoch_minus_one_and_bumps_the_group_epoch() -> None:
    groups = coordinator()
    first = send(groups, join())[0]
    assert first.member_id is not None
    result, records = send(groups, ConsumerHeartbeatRequest(GROUP, first.member_id, -1))
    assert (result.error, result.member_epoch, result.member_id) == (E.NONE, -1, first.member_id)
    assert [record.record_type for record in records] == [
        T.CONSUMER_GROUP_CURRENT_MEMBER_ASSIGNMENT, T.CONSUMER_GROUP_TARGET_ASSIGNMENT_MEMBER,
        T.CONSUMER_GROUP_MEMBER_METADATA, T.CONSUMER_GROUP_PARTITION_METADATA,
        T.CONSUMER_GROUP_METADATA]
    group = groups.consumer_group(GROUP)
    assert group is not None and group.group_epoch == 2 and not group.members
    assert groups.list_groups()[0].state == "Empty"
