"""The group APIs answered by the core, and groups kept in `__consumer_offsets` across restarts
(the rules are cited in each handler's docstring and in reference/core/groups/coordinator.py)."""

from __future__ import annotations

from typing import Any

from reference.core.dispatch import DeferBytes, SendBytes
from reference.core.groups.coordinator import LoadedRecord
from reference.core.offsets_topic import OFFSETS_TOPIC
from reference.sim.inprocess import CoreClient
from spec.coordinator_records import CoordinatorRecordType
from spec.generated.create_topics import CreateTopicsRequest
from spec.generated.delete_groups import DeleteGroupsRequest
from spec.generated.describe_groups import DescribeGroupsRequest
from spec.generated.errors import ErrorCode
from spec.generated.find_coordinator import FindCoordinatorRequest
from spec.generated.heartbeat import HeartbeatRequest
from spec.generated.join_group import JoinGroupRequest
from spec.generated.leave_group import LeaveGroupRequest
from spec.generated.list_groups import ListGroupsRequest
from spec.generated.offset_commit import OffsetCommitRequest
from spec.generated.offset_delete import OffsetDeleteRequest
from spec.generated.offset_fetch import OffsetFetchRequest
from spec.generated.sync_group import SyncGroupRequest

# ConsumerProtocolSubscription v0 for topic "t": version, [topics], user data (null)
SUBSCRIPTION = b"\x00\x00" + b"\x00\x00\x00\x01" + b"\x00\x01t" + b"\xff\xff\xff\xff"
Protocol = JoinGroupRequest.JoinGroupRequestProtocol
CommitTopic = OffsetCommitRequest.OffsetCommitRequestTopic
CommitPartition = OffsetCommitRequest.OffsetCommitRequestPartition


def broker(**overrides: str) -> CoreClient:
    client = CoreClient(overrides={"group.initial.rebalance.delay.ms": "0", **overrides})
    client.call(CreateTopicsRequest(topics=(CreateTopicsRequest.CreatableTopic(
        name="t", num_partitions=2, replication_factor=1),)), 7)
    assert client.call(FindCoordinatorRequest(key="g"), 3).error_code == (
        ErrorCode.COORDINATOR_NOT_AVAILABLE)
    return client


def join(client: CoreClient, member_id: str = "", instance_id: str | None = None,
         group_id: str = "g", session_timeout_ms: int = 10_000) -> Any:
    request = JoinGroupRequest(group_id=group_id, session_timeout_ms=session_timeout_ms,
                               rebalance_timeout_ms=10_000, member_id=member_id,
                               group_instance_id=instance_id, protocol_type="consumer",
                               protocols=(Protocol(name="range", metadata=SUBSCRIPTION),))
    outcome = client.send(client.frame(request, 9))
    if isinstance(outcome, DeferBytes):
        ready = outcome.poll(client.now_ms, False)
        assert isinstance(ready, SendBytes), "the join phase should end with every member joined"
        return client.decode(ready, request.API_KEY, 9)
    assert isinstance(outcome, SendBytes), outcome
    return client.decode(outcome, request.API_KEY, 9)


def stable_member(client: CoreClient, instance_id: str | None = None) -> Any:
    """One member that joined (KIP-394 round trip when dynamic) and synced as leader."""
    joined = join(client, instance_id=instance_id)
    if joined.error_code == ErrorCode.MEMBER_ID_REQUIRED:
        joined = join(client, joined.member_id, instance_id)
    assert joined.error_code == ErrorCode.NONE, joined
    synced = client.call(SyncGroupRequest(
        group_id="g", generation_id=joined.generation_id, member_id=joined.member_id,
        group_instance_id=instance_id, protocol_type="consumer", protocol_name="range",
        assignments=(SyncGroupRequest.SyncGroupRequestAssignment(
            member_id=joined.member_id, assignment=b"plan"),)), 5)
    assert synced.error_code == ErrorCode.NONE and synced.assignment == b"plan", synced
    return joined


def commit(client: CoreClient, offset: int, joined: Any = None, partition: int = 0) -> Any:
    generation, member_id = (-1, "") if joined is None else (joined.generation_id,
                                                              joined.member_id)
    return client.call(OffsetCommitRequest(
        group_id="g", generation_id_or_member_epoch=generation, member_id=member_id,
        topics=(CommitTopic(name="t", partitions=(CommitPartition(
            partition_index=partition, committed_offset=offset),)),)), 8)


def fetched(client: CoreClient, group_id: str = "g") -> Any:
    return client.call(OffsetFetchRequest(groups=(OffsetFetchRequest.OffsetFetchRequestGroup(
        group_id=group_id, topics=None),)), 8).groups[0]


def describe(client: CoreClient) -> Any:
    return client.call(DescribeGroupsRequest(groups=("g",)), 5).groups[0]


def restart(client: CoreClient) -> None:
    client.restart(crash=False)
    client.broker.tick(client.now_ms)  # loads __consumer_offsets


def test_find_coordinator_creates_the_offsets_topic_then_names_this_broker() -> None:
    client = broker()
    topic = client.broker.topics.get(OFFSETS_TOPIC)
    assert topic is not None and len(topic.partitions) == 50
    assert topic.config_overrides["cleanup.policy"] == "compact"
    answer = client.call(FindCoordinatorRequest(key="g"), 3)
    assert (answer.error_code, answer.error_message, answer.node_id) == (0, "NONE", 1)
    batched = client.call(FindCoordinatorRequest(key_type=0, coordinator_keys=("a", "b")), 4)
    assert [(c.key, c.error_code, c.node_id) for c in batched.coordinators] == [
        ("a", 0, 1), ("b", 0, 1)]


def test_find_coordinator_refusals() -> None:
    client = broker()
    assert client.call(FindCoordinatorRequest(key="x", key_type=1), 3).error_code == (
        ErrorCode.COORDINATOR_NOT_AVAILABLE)  # creates __transaction_state first, as Kafka
    refused = client.call(FindCoordinatorRequest(key="x", key_type=2), 3)
    assert (refused.error_code, refused.node_id, refused.host, refused.port) == (
        ErrorCode.INVALID_REQUEST, -1, "", -1)


def test_offsets_topic_is_not_created_when_its_replication_factor_cannot_be_met() -> None:
    client = CoreClient(overrides={"offsets.topic.replication.factor": "3"})
    for _ in range(2):
        assert client.call(FindCoordinatorRequest(key="g"), 3).error_code == (
            ErrorCode.COORDINATOR_NOT_AVAILABLE)
    assert client.broker.topics.get(OFFSETS_TOPIC) is None


def test_a_group_answers_load_in_progress_until_its_partition_is_loaded() -> None:
    client = broker()
    stable_member(client)
    client.restart(crash=False)
    assert fetched(client).error_code == ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
    assert client.call(ListGroupsRequest(), 5).error_code == (
        ErrorCode.COORDINATOR_LOAD_IN_PROGRESS)
    # Kafka checks the group id and the session timeout before asking the partition.
    assert join(client, group_id="").error_code == ErrorCode.INVALID_GROUP_ID
    assert join(client, session_timeout_ms=1).error_code == ErrorCode.INVALID_SESSION_TIMEOUT
    assert join(client).error_code == ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
    client.broker.tick(client.now_ms)
    assert fetched(client).error_code == ErrorCode.NONE


def test_a_stable_group_and_its_offsets_survive_a_restart() -> None:
    client = broker()
    joined = stable_member(client)
    assert commit(client, 42, joined).topics[0].partitions[0].error_code == ErrorCode.NONE
    restart(client)
    group = describe(client)
    assert (group.group_state, group.protocol_data) == ("Stable", "range")
    assert [m.member_id for m in group.members] == [joined.member_id]
    assert group.members[0].member_assignment == b"plan"
    offsets = fetched(client).topics[0].partitions
    assert [(p.partition_index, p.committed_offset) for p in offsets] == [(0, 42)]
    # The reloaded member goes on heartbeating in the generation it had.
    assert client.call(HeartbeatRequest(group_id="g", generation_id=joined.generation_id,
                                        member_id=joined.member_id), 4).error_code == 0


def test_a_static_member_rejoining_after_a_restart_keeps_its_assignment() -> None:
    client = broker()
    first = stable_member(client, instance_id="static-1")
    restart(client)
    again = join(client, instance_id="static-1")
    assert again.error_code == ErrorCode.NONE
    assert again.generation_id == first.generation_id  # no rebalance
    assert again.member_id != first.member_id
    synced = client.call(SyncGroupRequest(
        group_id="g", generation_id=again.generation_id, member_id=again.member_id,
        group_instance_id="static-1", protocol_type="consumer", protocol_name="range"), 5)
    assert (synced.error_code, synced.assignment) == (ErrorCode.NONE, b"plan")


def test_commit_checks_partitions_before_the_group() -> None:
    client = broker()
    answer = client.call(OffsetCommitRequest(
        group_id="g", generation_id_or_member_epoch=5, member_id="nobody",
        topics=(CommitTopic(name="t", partitions=(
            CommitPartition(partition_index=0, committed_offset=1),
            CommitPartition(partition_index=9, committed_offset=1))),
                CommitTopic(name="missing", partitions=(
                    CommitPartition(partition_index=0, committed_offset=1),)))), 8)
    errors = [[p.error_code for p in topic.partitions] for topic in answer.topics]
    assert errors == [[ErrorCode.ILLEGAL_GENERATION, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION],
                      [ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]]


def test_offset_fetch_puts_a_group_error_on_each_partition_before_v2() -> None:
    client = broker()
    client.restart(crash=False)
    asked = (OffsetFetchRequest.OffsetFetchRequestTopic(name="t", partition_indexes=(0, 1)),)
    old = client.call(OffsetFetchRequest(group_id="g", topics=asked), 1)
    assert [p.error_code for p in old.topics[0].partitions] == [
        ErrorCode.COORDINATOR_LOAD_IN_PROGRESS] * 2
    newer = client.call(OffsetFetchRequest(group_id="g", topics=asked), 2)
    assert (newer.error_code, newer.topics) == (ErrorCode.COORDINATOR_LOAD_IN_PROGRESS, ())


def test_delete_groups_refuses_a_group_with_members_and_deletes_an_empty_one() -> None:
    client = broker()
    joined = stable_member(client)
    commit(client, 7, joined)
    deleted = client.call(DeleteGroupsRequest(groups_names=("g", "unknown")), 2)
    assert [(r.group_id, r.error_code) for r in deleted.results] == [
        ("g", ErrorCode.NON_EMPTY_GROUP), ("unknown", ErrorCode.GROUP_ID_NOT_FOUND)]
    left = client.call(LeaveGroupRequest(group_id="g", members=(
        LeaveGroupRequest.MemberIdentity(member_id=joined.member_id),)), 3)
    assert left.error_code == 0 and left.members[0].error_code == 0
    assert describe(client).group_state == "Empty"
    deleted = client.call(DeleteGroupsRequest(groups_names=("g",)), 2)
    assert deleted.results[0].error_code == ErrorCode.NONE
    assert describe(client).group_state == "Dead"
    restart(client)
    assert describe(client).group_state == "Dead"
    assert fetched(client).topics == ()


def test_offset_delete_refuses_a_subscribed_topic() -> None:
    client = broker()
    joined = stable_member(client)
    commit(client, 3, joined)
    answer = client.call(OffsetDeleteRequest(group_id="g", topics=(
        OffsetDeleteRequest.OffsetDeleteRequestTopic(name="t", partitions=(
            OffsetDeleteRequest.OffsetDeleteRequestPartition(partition_index=0),)),)), 0)
    assert answer.topics[0].partitions[0].error_code == ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC


def test_list_groups_filters_by_state_and_type() -> None:
    client = broker()
    stable_member(client)
    listed = client.call(ListGroupsRequest(states_filter=("stable",)), 5).groups
    assert [(g.group_id, g.group_state, g.group_type) for g in listed] == [
        ("g", "Stable", "classic")]
    assert client.call(ListGroupsRequest(states_filter=("Empty",)), 5).groups == ()
    assert client.call(ListGroupsRequest(types_filter=("consumer",)), 5).groups == ()


def test_records_are_written_in_kafkas_formats() -> None:
    client = broker()
    joined = stable_member(client)
    commit(client, 11, joined)
    partition = client.broker.groups.partition_of("g")
    records = [entry.record for entry in client.broker.offsets_topic.read_records(partition)
               if isinstance(entry, LoadedRecord)]
    kinds = [(record.record_type, record.value_version) for record in records]
    assert kinds == [(CoordinatorRecordType.GROUP_METADATA, 3),
                     (CoordinatorRecordType.OFFSET_COMMIT, 3)]


def test_join_group_converts_an_empty_consumer_group_and_refuses_a_busy_one() -> None:
    from spec.generated.consumer_group_heartbeat import ConsumerGroupHeartbeatRequest
    client = broker()
    joined = client.call(ConsumerGroupHeartbeatRequest(
        group_id="g", member_id="m-1", member_epoch=0, rebalance_timeout_ms=10_000,
        subscribed_topic_names=("t",), topic_partitions=()), 0)
    assert joined.error_code == ErrorCode.NONE, joined
    assert join(client).error_code == ErrorCode.INCONSISTENT_GROUP_PROTOCOL
    left = client.call(ConsumerGroupHeartbeatRequest(
        group_id="g", member_id=joined.member_id, member_epoch=-1), 0)
    assert left.error_code == ErrorCode.NONE, left
    assert join(client).error_code == ErrorCode.MEMBER_ID_REQUIRED
    assert not client.broker.groups.consumer.has_group("g")


def test_offsets_expire_after_the_retention_and_an_empty_group_goes_with_them() -> None:
    client = broker(**{"offsets.retention.minutes": "1",
                       "offsets.retention.check.interval.ms": "1000"})
    assert commit(client, 5).topics[0].partitions[0].error_code == ErrorCode.NONE
    client.now_ms += 30_000
    client.broker.tick(client.now_ms)
    assert fetched(client).topics != ()  # within the retention
    client.now_ms += 31_000
    client.broker.tick(client.now_ms)
    assert fetched(client).topics == ()
    assert client.call(ListGroupsRequest(), 5).groups == ()
    restart(client)
    assert fetched(client).topics == ()  # the tombstones were written


def test_an_offset_commit_without_members_makes_an_empty_group_that_lists_and_describes() -> None:
    client = broker()
    assert commit(client, 9).topics[0].partitions[0].error_code == ErrorCode.NONE
    listed = client.call(ListGroupsRequest(), 5).groups
    assert [(g.group_id, g.protocol_type, g.group_state) for g in listed] == [("g", "", "Empty")]
    assert describe(client).group_state == "Empty"
    restart(client)
    assert describe(client).group_state == "Empty"  # the replayed commit brings it back
    assert client.call(DeleteGroupsRequest(groups_names=("g",)), 2).results[0].error_code == 0
    assert describe(client).group_state == "Dead"


def test_group_requests_before_the_offsets_topic_exists_answer_not_coordinator() -> None:
    client = CoreClient()
    client.call(CreateTopicsRequest(topics=(CreateTopicsRequest.CreatableTopic(
        name="t", num_partitions=1, replication_factor=1),)), 7)
    answer = commit(client, 1)
    assert answer.topics[0].partitions[0].error_code == ErrorCode.NOT_COORDINATOR
    assert fetched(client).error_code == ErrorCode.NOT_COORDINATOR
    assert join(client).error_code == ErrorCode.NOT_COORDINATOR
