"""ConsumerGroupHeartbeat and ConsumerGroupDescribe answered by the broker core (through the wire
format, reference/sim/inprocess.py): joins on v0 and v1, errors, describe, load in progress, and
a consumer group rebuilt from `__consumer_offsets` after a restart."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from reference.sim.inprocess import CoreClient
from spec.generated.consumer_group_describe import ConsumerGroupDescribeRequest
from spec.generated.consumer_group_heartbeat import ConsumerGroupHeartbeatRequest
from spec.generated.create_topics import CreateTopicsRequest
from spec.generated.errors import ErrorCode
from spec.generated.find_coordinator import FindCoordinatorRequest
from spec.generated.join_group import JoinGroupRequest
from spec.generated.leave_group import LeaveGroupRequest

Heartbeat = ConsumerGroupHeartbeatRequest
Owned = ConsumerGroupHeartbeatRequest.TopicPartitions


def broker() -> CoreClient:
    client = CoreClient()
    client.call(CreateTopicsRequest(topics=(CreateTopicsRequest.CreatableTopic(
        name="t", num_partitions=4, replication_factor=1),)), 7)
    client.call(FindCoordinatorRequest(key="g"), 3)  # creates __consumer_offsets
    client.broker.tick(client.now_ms)
    return client


def join(client: CoreClient, version: int = 0, member_id: str = "", group_id: str = "g",
         instance_id: str | None = None) -> Any:
    return client.call(Heartbeat(group_id=group_id, member_id=member_id, member_epoch=0,
                                 instance_id=instance_id, rebalance_timeout_ms=30_000,
                                 subscribed_topic_names=("t",), topic_partitions=()), version)


def describe(client: CoreClient, *group_ids: str, operations: bool = False) -> Any:
    return client.call(ConsumerGroupDescribeRequest(
        group_ids=group_ids, include_authorized_operations=operations), 0)


def test_a_member_joins_and_gets_every_partition_by_topic_id() -> None:
    client = broker()
    answer = join(client)
    assert (answer.error_code, answer.member_epoch, answer.heartbeat_interval_ms) == (0, 1, 5_000)
    assert answer.member_id
    topic_id = client.broker.topics.get("t").topic_id  # type: ignore[union-attr]
    assert answer.assignment.topic_partitions[0].topic_id == topic_id
    assert answer.assignment.topic_partitions[0].partitions == (0, 1, 2, 3)


def test_v1_clients_bring_their_own_member_id() -> None:
    client = broker()
    assert join(client, version=1).error_code == ErrorCode.INVALID_REQUEST
    answer = join(client, version=1, member_id="my-own-id")
    assert (answer.error_code, answer.member_id) == (ErrorCode.NONE, "my-own-id")


def test_describe_reports_the_group_its_members_and_their_assignments() -> None:
    client = broker()
    answer = join(client, instance_id="i1")
    groups = describe(client, "g", "", "missing", operations=True).groups
    assert [group.error_code for group in groups] == [
        ErrorCode.NONE, ErrorCode.INVALID_GROUP_ID, ErrorCode.GROUP_ID_NOT_FOUND]
    group = groups[0]
    assert (group.group_state, group.group_epoch, group.assignment_epoch, group.assignor_name) \
        == ("Stable", 1, 1, "uniform")
    assert group.authorized_operations != -(2**31)
    (member,) = group.members
    assert (member.member_id, member.instance_id, member.member_epoch) == (
        answer.member_id, "i1", 1)
    assert member.subscribed_topic_names == ("t",)
    assert member.assignment.topic_partitions[0].topic_name == "t"
    assert member.target_assignment == member.assignment


def test_a_classic_group_id_is_not_a_consumer_group() -> None:
    client = broker()
    joined = client.call(JoinGroupRequest(
        group_id="classic", session_timeout_ms=10_000, rebalance_timeout_ms=10_000,
        member_id="", protocol_type="consumer",
        protocols=(JoinGroupRequest.JoinGroupRequestProtocol(name="range", metadata=b""),)), 9)
    assert joined.error_code == ErrorCode.MEMBER_ID_REQUIRED
    client.call(JoinGroupRequest(
        group_id="classic", session_timeout_ms=10_000, rebalance_timeout_ms=10_000,
        member_id=joined.member_id, protocol_type="consumer",
        protocols=(JoinGroupRequest.JoinGroupRequestProtocol(name="range", metadata=b""),)), 9,
        wait=False)
    assert join(client, group_id="classic").error_code == ErrorCode.GROUP_ID_NOT_FOUND
    assert describe(client, "classic").groups[0].error_code == ErrorCode.GROUP_ID_NOT_FOUND


def test_a_join_replaces_an_empty_classic_group_of_the_same_id() -> None:
    client = broker()
    request = JoinGroupRequest(
        group_id="g", session_timeout_ms=10_000, rebalance_timeout_ms=10_000, member_id="",
        protocol_type="consumer",
        protocols=(JoinGroupRequest.JoinGroupRequestProtocol(name="range", metadata=b""),))
    member_id = client.call(request, 9).member_id
    assert client.call(replace(request, member_id=member_id), 9).error_code == ErrorCode.NONE
    client.call(LeaveGroupRequest(group_id="g", members=(
        LeaveGroupRequest.MemberIdentity(member_id=member_id),)), 5)
    classic = client.broker.groups.classic.group("g")
    assert classic is not None and classic.state.value == "Empty"  # kept for its offsets
    assert join(client).error_code == ErrorCode.NONE
    assert client.broker.groups.classic.group("g") is None
    assert describe(client, "g").groups[0].group_state == "Stable"


def test_validation_comes_before_load_in_progress_and_the_group_survives_a_restart() -> None:
    client = broker()
    answer = join(client)
    client.restart(crash=False)
    assert join(client, group_id="").error_code == ErrorCode.INVALID_REQUEST
    assert join(client).error_code == ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
    assert describe(client, "g").groups[0].error_code == ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
    client.broker.tick(client.now_ms)
    (member,) = describe(client, "g").groups[0].members
    assert (member.member_id, member.member_epoch) == (answer.member_id, 1)
    again = client.call(Heartbeat(group_id="g", member_id=answer.member_id, member_epoch=1,
                                  topic_partitions=tuple(
                                      Owned(topic_id=item.topic_id, partitions=item.partitions)
                                      for item in answer.assignment.topic_partitions)), 0)
    assert (again.error_code, again.member_epoch, again.assignment) == (0, 1, None)
