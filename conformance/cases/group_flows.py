"""Consumer groups on both protocols as raw requests: the classic rebalance (JoinGroup,
SyncGroup, Heartbeat, LeaveGroup), committed offsets, group administration, and the KIP-848
ConsumerGroupHeartbeat.

Kafka's behaviour (errors.tsv numbers in brackets), from the group coordinator
(GroupCoordinatorService, GroupMetadataManager, OffsetMetadataManager) unless named otherwise:
- FindCoordinator asks for the group's `__consumer_offsets` partition leader; the first ask
  creates the topic and answers COORDINATOR_NOT_AVAILABLE [15], and the client asks again
  (KafkaApis.getCoordinator). v4+ batches keys (KIP-699).
- JoinGroup v4+ without a member id answers MEMBER_ID_REQUIRED [79] with the id to use (KIP-394);
  the first join of a new group waits group.initial.rebalance.delay.ms (3 s by default) for
  more members before the join phase ends.
- A wrong generation is ILLEGAL_GENERATION [22], an unknown member UNKNOWN_MEMBER_ID [25]; a
  Heartbeat while the group rebalances is REBALANCE_IN_PROGRESS [27], and the member rejoins.
- An empty group id is INVALID_GROUP_ID [24]; a session timeout below
  group.min.session.timeout.ms INVALID_SESSION_TIMEOUT [26].
- Offsets may be committed with generation -1 and no member id to a group without members
  (a consumer using assign()); DeleteGroups and OffsetDelete of a group that does not exist
  are GROUP_ID_NOT_FOUND [69].
- ConsumerGroupHeartbeat (KIP-848): epoch 0 joins and the answer carries the member epoch and
  assignment; a heartbeat at another epoch is FENCED_MEMBER_EPOCH [110], from an unknown member
  UNKNOWN_MEMBER_ID; epoch -1 leaves. OffsetCommit from a member at an older epoch is
  STALE_MEMBER_EPOCH [113].
"""

from __future__ import annotations

import dataclasses
import struct
import time
from typing import Any

from conformance.case import TopicSetup
from conformance.cases.flows import Flow, RawClient, raw_flow
from spec.generated.consumer_group_describe import ConsumerGroupDescribeRequest
from spec.generated.consumer_group_heartbeat import ConsumerGroupHeartbeatRequest
from spec.generated.delete_groups import DeleteGroupsRequest
from spec.generated.describe_groups import DescribeGroupsRequest
from spec.generated.find_coordinator import FindCoordinatorRequest
from spec.generated.heartbeat import HeartbeatRequest
from spec.generated.join_group import JoinGroupRequest
from spec.generated.leave_group import LeaveGroupRequest
from spec.generated.list_groups import ListGroupsRequest
from spec.generated.offset_commit import OffsetCommitRequest
from spec.generated.offset_delete import OffsetDeleteRequest
from spec.generated.offset_fetch import OffsetFetchRequest
from spec.generated.sync_group import SyncGroupRequest

TOPIC = "cases-groups"
GROUP = "cases-group"
COORDINATOR_ATTEMPTS = 20
COORDINATOR_NOT_AVAILABLE = 15
JOIN_GROUP_KEY = JoinGroupRequest.API_KEY
# Kafka's group.min.session.timeout.ms, and a rebalance timeout as short: a peer that parks a
# join until its rebalance timeout then answers within seconds, not after the replay's timeout.
SESSION_TIMEOUT_MS = REBALANCE_TIMEOUT_MS = 6_000


def _string(text: str) -> bytes:
    data = text.encode()
    return struct.pack(">h", len(data)) + data


# ConsumerProtocol v0 (ConsumerProtocolSubscription.json / ConsumerProtocolAssignment.json):
# the subscription names the topic; the assignment gives it partition 0.
SUBSCRIPTION = struct.pack(">hi", 0, 1) + _string(TOPIC) + struct.pack(">i", -1)
ASSIGNMENT = struct.pack(">hi", 0, 1) + _string(TOPIC) + struct.pack(">iii", 1, 0, -1)


def find_coordinator(client: RawClient, group: str = GROUP) -> None:
    """FindCoordinator v4 until the coordinator is there (the first ask creates
    `__consumer_offsets`); bounded, as a client's retries are."""
    for _ in range(COORDINATOR_ATTEMPTS):
        answer = client.call(FindCoordinatorRequest(key_type=0, coordinator_keys=(group,)), 4)
        if answer.coordinators[0].error_code != COORDINATOR_NOT_AVAILABLE:
            return
        time.sleep(0.05)
    raise RuntimeError(f"no coordinator for {group}")


def _join(member_id: str = "", *, group: str = GROUP,
          session_timeout_ms: int = SESSION_TIMEOUT_MS) -> JoinGroupRequest:
    return JoinGroupRequest(
        group_id=group, session_timeout_ms=session_timeout_ms,
        rebalance_timeout_ms=REBALANCE_TIMEOUT_MS,
        member_id=member_id, protocol_type="consumer", reason=None,
        protocols=(JoinGroupRequest.JoinGroupRequestProtocol(name="range",
                                                             metadata=SUBSCRIPTION),))


def join_as_leader(client: RawClient) -> tuple[str, int]:
    """MEMBER_ID_REQUIRED, the join with that id (after the initial delay), and the leader's
    SyncGroup: the member id and generation."""
    member_id = client.call(_join(), 9).member_id
    generation_id = client.call(_join(member_id), 9).generation_id
    client.call(_sync(member_id, generation_id), 5)
    return member_id, generation_id


def _sync(member_id: str, generation_id: int) -> SyncGroupRequest:
    return SyncGroupRequest(
        group_id=GROUP, generation_id=generation_id, member_id=member_id,
        protocol_type="consumer", protocol_name="range",
        assignments=(SyncGroupRequest.SyncGroupRequestAssignment(member_id=member_id,
                                                                 assignment=ASSIGNMENT),))


def _heartbeat(member_id: str, generation_id: int) -> HeartbeatRequest:
    return HeartbeatRequest(group_id=GROUP, generation_id=generation_id, member_id=member_id)


def _commit(offset: int, *, generation: int = -1, member_id: str = "",
            group: str = GROUP) -> OffsetCommitRequest:
    return OffsetCommitRequest(
        group_id=group, generation_id_or_member_epoch=generation, member_id=member_id,
        topics=(OffsetCommitRequest.OffsetCommitRequestTopic(name=TOPIC, partitions=(
            OffsetCommitRequest.OffsetCommitRequestPartition(
                partition_index=0, committed_offset=offset, committed_metadata="cases"),)),))


def _fetch_offsets(*groups: str, member_id: str | None = None,
                   member_epoch: int = -1) -> OffsetFetchRequest:
    return OffsetFetchRequest(groups=tuple(OffsetFetchRequest.OffsetFetchRequestGroup(
        group_id=group, member_id=member_id, member_epoch=member_epoch, topics=None)
        for group in groups))


def _classic_lifecycle(client: RawClient) -> None:
    find_coordinator(client)
    member_id, generation_id = join_as_leader(client)
    client.call(_heartbeat(member_id, generation_id), 4)
    client.call(_commit(2, generation=generation_id, member_id=member_id), 9)
    client.call(_fetch_offsets(GROUP), 9)
    client.call(DescribeGroupsRequest(groups=(GROUP,)), 5)
    client.call(ListGroupsRequest(), 5)
    client.call(LeaveGroupRequest(group_id=GROUP, members=(
        LeaveGroupRequest.MemberIdentity(member_id=member_id),)), 5)
    client.call(DescribeGroupsRequest(groups=(GROUP,)), 5)
    client.call(OffsetDeleteRequest(group_id=GROUP, topics=(
        OffsetDeleteRequest.OffsetDeleteRequestTopic(name=TOPIC, partitions=(
            OffsetDeleteRequest.OffsetDeleteRequestPartition(partition_index=0),)),)), 0)
    client.call(DeleteGroupsRequest(groups_names=(GROUP,)), 2)


def _classic_errors(first: RawClient, second: RawClient) -> None:
    find_coordinator(first)
    member_id, generation_id = join_as_leader(first)
    first.call(_heartbeat(member_id, generation_id + 4), 4)
    first.call(_heartbeat("cases-nobody", generation_id), 4)
    first.call(_commit(1, generation=generation_id + 4, member_id=member_id), 9)
    second_id = second.call(_join(), 9).member_id
    second.send(_join(second_id), 9)  # parked until the first member rejoins
    time.sleep(0.2)
    first.call(_heartbeat(member_id, generation_id), 4)
    first.call(_join(member_id), 9)
    second.receive(JOIN_GROUP_KEY, 9)
    first.call(LeaveGroupRequest(group_id=GROUP, members=(
        LeaveGroupRequest.MemberIdentity(member_id=member_id),
        LeaveGroupRequest.MemberIdentity(member_id=second_id))), 5)


def _two_clients(drive: Any) -> Any:
    def run(client: RawClient) -> None:
        second = RawClient(client.bootstrap)
        try:
            drive(client, second)
        finally:
            second.close()

    return run


def _group_refusals(client: RawClient) -> None:
    find_coordinator(client)
    client.call(FindCoordinatorRequest(key_type=5, coordinator_keys=(GROUP,)), 4)
    client.call(_join(group=""), 9)
    client.call(_join(session_timeout_ms=1), 9)
    for message, version in [
        (_heartbeat("cases-nobody", 1), 4),
        (DeleteGroupsRequest(groups_names=("cases-no-such-group",)), 2),
        (OffsetDeleteRequest(group_id="cases-no-such-group", topics=(
            OffsetDeleteRequest.OffsetDeleteRequestTopic(name=TOPIC, partitions=(
                OffsetDeleteRequest.OffsetDeleteRequestPartition(partition_index=0),)),)), 0),
        (DescribeGroupsRequest(groups=("cases-no-such-group",)), 5),
        (_fetch_offsets("cases-no-such-group"), 8),
        (_commit(1, generation=1, member_id="cases-nobody", group="cases-no-such-group"), 9),
        (_commit(1, generation=1, member_id="cases-nobody", group="cases-no-such-group"), 8),
    ]:
        client.call(message, version)


def _offsets_without_members(client: RawClient) -> None:
    find_coordinator(client)
    client.call(_commit(3), 9)
    client.call(_commit(4), 2)
    client.call(OffsetFetchRequest(group_id=GROUP, topics=(
        OffsetFetchRequest.OffsetFetchRequestTopic(name=TOPIC, partition_indexes=(0, 1)),)), 1)
    client.call(OffsetFetchRequest(group_id=GROUP, topics=None), 5)
    client.call(_fetch_offsets(GROUP, "cases-other-group"), 8)
    client.call(DeleteGroupsRequest(groups_names=(GROUP,)), 2)
    client.call(_fetch_offsets(GROUP), 9)


def _find_coordinator_versions(client: RawClient) -> None:
    find_coordinator(client)
    for version in (0, 1, 2, 3):
        client.call(FindCoordinatorRequest(key=GROUP, key_type=0) if version else
                    FindCoordinatorRequest(key=GROUP), version)
    for version in (4, 5, 6):
        client.call(FindCoordinatorRequest(key_type=0, coordinator_keys=(GROUP, "cases-b")),
                    version)


def _heartbeat_848(member_id: str, member_epoch: int, *, join: bool = False,
                   owned: Any = None) -> ConsumerGroupHeartbeatRequest:
    return ConsumerGroupHeartbeatRequest(
        group_id=GROUP, member_id=member_id, member_epoch=member_epoch,
        rebalance_timeout_ms=REBALANCE_TIMEOUT_MS if join else -1,
        subscribed_topic_names=(TOPIC,) if join else None,
        topic_partitions=() if join else owned)  # a join owns nothing, as an empty list


def _consumer_protocol(client: RawClient) -> None:
    find_coordinator(client)
    joined = client.call(_heartbeat_848("", 0, join=True), 0)
    member_id, epoch = joined.member_id, joined.member_epoch
    owned = tuple(ConsumerGroupHeartbeatRequest.TopicPartitions(
        topic_id=topic.topic_id, partitions=topic.partitions)
        for topic in (joined.assignment.topic_partitions if joined.assignment else ()))
    client.call(_heartbeat_848(member_id, epoch, owned=owned), 0)
    client.call(_heartbeat_848(member_id, epoch + 6), 0)
    client.call(_heartbeat_848("cases-nobody", epoch), 0)
    client.call(_commit(2, generation=epoch, member_id=member_id), 9)
    client.call(_commit(3, generation=epoch - 1, member_id=member_id), 9)
    client.call(_fetch_offsets(GROUP, member_id=member_id, member_epoch=epoch), 9)
    client.call(ConsumerGroupDescribeRequest(group_ids=(GROUP,)), 0)
    client.call(_heartbeat_848(member_id, -1), 0)


def group_flows() -> list[Flow]:
    return [dataclasses.replace(flow, needs_group_coordinator=True) for flow in _flows()]


def _flows() -> list[Flow]:
    setup = (TopicSetup(TOPIC, 2),)
    return [
        raw_flow("group-classic-lifecycle",
                 "A classic group of one member, by hand: FindCoordinator v4 (asked again while "
                 "__consumer_offsets is created), JoinGroup v9 (MEMBER_ID_REQUIRED, KIP-394, "
                 "then generation 1 after group.initial.rebalance.delay.ms), SyncGroup v5, "
                 "Heartbeat v4, OffsetCommit v9, OffsetFetch v9, DescribeGroups v5 (Stable), "
                 "ListGroups v5, LeaveGroup v5, DescribeGroups (Empty), OffsetDelete, "
                 "DeleteGroups.", drive=_classic_lifecycle, setup=setup),
        raw_flow("error-group-classic-generation-member-rebalance",
                 "One member joined at generation 1: a Heartbeat at generation 5 "
                 "(ILLEGAL_GENERATION), one from an unknown member (UNKNOWN_MEMBER_ID), an "
                 "OffsetCommit at generation 5 (ILLEGAL_GENERATION); a second member's join "
                 "starts a rebalance, so the first member's Heartbeat answers "
                 "REBALANCE_IN_PROGRESS; it rejoins and both get generation 2; both leave "
                 "in one LeaveGroup v5 (KIP-345).", drive=_two_clients(_classic_errors),
                 setup=setup),
        raw_flow("error-group-requests",
                 "FindCoordinator v4 with key type 5 (INVALID_REQUEST); JoinGroup v9 with an "
                 "empty group id (INVALID_GROUP_ID) and a 1 ms session timeout "
                 "(INVALID_SESSION_TIMEOUT); Heartbeat (UNKNOWN_MEMBER_ID), DeleteGroups and "
                 "OffsetDelete (GROUP_ID_NOT_FOUND), DescribeGroups (Dead) and OffsetFetch v8 "
                 "(no offsets) of a group that does not exist; OffsetCommit at generation 1 to "
                 "it: GROUP_ID_NOT_FOUND at v9, ILLEGAL_GENERATION before "
                 "(OffsetMetadataManager.validateOffsetCommit).",
                 drive=_group_refusals, setup=setup),
        raw_flow("group-offsets-without-members",
                 "Offsets committed to a group with no members (generation -1, no member id, "
                 "as a consumer using assign() commits) at OffsetCommit v9 and v2; OffsetFetch "
                 "v1 by partition, v5 of all topics, v8 of two groups at once (KIP-709); "
                 "DeleteGroups; the offsets are then gone. Such a commit creates an empty "
                 "\"simple\" classic group (OffsetMetadataManager.commitOffset), which is why "
                 "DeleteGroups succeeds.", drive=_offsets_without_members, setup=setup),
        raw_flow("find-coordinator-versions",
                 "FindCoordinator v0-v3 for one group, and v4-v6 for two keys at once "
                 "(KIP-699), after the coordinator is up.", drive=_find_coordinator_versions,
                 setup=setup),
        raw_flow("consumer-group-heartbeat-lifecycle",
                 "KIP-848 by hand: ConsumerGroupHeartbeat v0 joins at epoch 0 and gets a "
                 "member id, epoch and assignment; a heartbeat owning it; one at a wrong epoch "
                 "(FENCED_MEMBER_EPOCH) and one from an unknown member (UNKNOWN_MEMBER_ID); "
                 "OffsetCommit v9 at the member's epoch, and at an older one "
                 "(STALE_MEMBER_EPOCH); OffsetFetch v9 as the member; ConsumerGroupDescribe; "
                 "leave at epoch -1.", drive=_consumer_protocol, setup=setup),
    ]
