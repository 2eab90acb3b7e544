"""Coordinator answers whose records were not replicated, on three real broker cores in one
process (reference/sim/inprocess_cluster.py): Kafka's coordinator errors, in each API's shape,
with the connection kept (reference/core/cluster/coordinator_write_errors.py)."""

from __future__ import annotations

from typing import Any

from models.cluster_model import TOPIC, create_topic
from reference.core.cluster.coordinator_write_errors import (
    Coordinator,
    coordinator_error,
    coordinator_of,
    error_answer,
)
from reference.core.dispatch import DeferBytes, SendBytes
from reference.sim.inprocess_cluster import InProcessCluster, Sent
from spec.generated.add_partitions_to_txn import (
    AddPartitionsToTxnRequest,
    AddPartitionsToTxnResponse,
)
from spec.generated.delete_groups import DeleteGroupsRequest, DeleteGroupsResponse
from spec.generated.end_txn import EndTxnRequest
from spec.generated.errors import ErrorCode
from spec.generated.find_coordinator import FindCoordinatorRequest
from spec.generated.init_producer_id import InitProducerIdRequest
from spec.generated.join_group import JoinGroupRequest
from spec.generated.offset_commit import OffsetCommitRequest
from spec.generated.sync_group import SyncGroupRequest

GROUP = "g"
TXN = "txn"
GROUP_KEY, TXN_KEY = 0, 1
# ConsumerProtocolSubscription v0 for one topic: version, [topics], user data (null)
SUBSCRIPTION = b"\x00\x00\x00\x00\x00\x01" + b"\x00\x01t" + b"\xff\xff\xff\xff"
CommitTopic = OffsetCommitRequest.OffsetCommitRequestTopic
CommitPartition = OffsetCommitRequest.OffsetCommitRequestPartition


def cluster_with_coordinator(key: str, key_type: int,
                             **overrides: str) -> tuple[InProcessCluster, int]:
    """Three brokers, the replicated topic, and the coordinator of `key` found (its internal
    topic created with one partition, so every key hashes to it)."""
    cluster = InProcessCluster(overrides={
        "group.initial.rebalance.delay.ms": "0", "offsets.topic.num.partitions": "1",
        "transaction.state.log.num.partitions": "1", **overrides})
    create_topic(cluster)
    for _ in range(3):
        found = cluster.call(1, FindCoordinatorRequest(key=key, key_type=key_type), 3)
        if found.error_code == ErrorCode.NONE:
            return cluster, found.node_id
        cluster.advance(100)
    raise AssertionError(f"no coordinator for {key}: {found}")


def followers_fetch(cluster: InProcessCluster, leader: int, rounds: int = 2) -> None:
    for _ in range(rounds):
        for broker in cluster.nodes:
            cluster.replicate(broker, leader)


def deposed(cluster: InProcessCluster, coordinator: int) -> None:
    """The coordinator is cut off from the controller until another broker leads its internal
    partition, then heard again: it learns that it follows now."""
    cluster.cut_off.add(coordinator)
    cluster.advance(12_000)  # its session expires: fenced, another ISR member leads
    cluster.cut_off.clear()
    cluster.advance(200)


def waiting(cluster: InProcessCluster, sent: Sent) -> None:
    assert isinstance(sent.outcome, DeferBytes), sent.outcome
    assert cluster.answer(sent) is None


def commit_request(partitions: tuple[int, ...] = (0,)) -> OffsetCommitRequest:
    return OffsetCommitRequest(group_id=GROUP, topics=(CommitTopic(name=TOPIC, partitions=tuple(
        CommitPartition(partition_index=index, committed_offset=5) for index in partitions)),))


def commit_errors(answer: Any) -> list[int]:
    return [partition.error_code for topic in answer.topics for partition in topic.partitions]


# -- group coordinator -----------------------------------------------------------------------

def test_offset_commit_whose_followers_never_fetch_is_coordinator_not_available_at_5_s() -> None:
    cluster, coordinator = cluster_with_coordinator(GROUP, GROUP_KEY)
    sent = cluster.send(coordinator, commit_request((0, 1)), 8)
    waiting(cluster, sent)
    assert isinstance(sent.outcome, DeferBytes)
    assert sent.outcome.deadline_ms == cluster.now_ms + 5000  # offsets.commit.timeout.ms
    answer = cluster.answer(sent, at_deadline=True)
    assert commit_errors(answer) == [ErrorCode.COORDINATOR_NOT_AVAILABLE] * 2


def test_offset_commit_answers_once_the_followers_have_it() -> None:
    cluster, coordinator = cluster_with_coordinator(GROUP, GROUP_KEY)
    sent = cluster.send(coordinator, commit_request(), 8)
    waiting(cluster, sent)
    followers_fetch(cluster, coordinator)
    assert commit_errors(cluster.answer(sent)) == [ErrorCode.NONE]


def test_offset_commit_whose_coordinator_loses_leadership_is_not_coordinator() -> None:
    cluster, coordinator = cluster_with_coordinator(
        GROUP, GROUP_KEY, **{"offsets.commit.timeout.ms": "60000"})
    sent = cluster.send(coordinator, commit_request(), 2)
    waiting(cluster, sent)
    deposed(cluster, coordinator)
    assert commit_errors(cluster.answer(sent)) == [ErrorCode.NOT_COORDINATOR]
    # the connection stays open: the next request on it is answered
    again = cluster.call(coordinator, FindCoordinatorRequest(key=GROUP), 3)
    assert again.error_code == ErrorCode.NONE and again.node_id != coordinator


def test_a_group_write_with_the_isr_below_min_insync_is_taken_as_kafka_appends_with_acks_1(
) -> None:
    cluster, coordinator = cluster_with_coordinator(GROUP, GROUP_KEY)
    for broker in cluster.nodes:
        if broker != coordinator:
            cluster.cut_off.add(broker)
    cluster.advance(12_000)  # both followers fenced: the ISR is the coordinator alone
    answer = cluster.call(coordinator, commit_request(), 8)
    assert commit_errors(answer) == [ErrorCode.NONE]


def join_request(member_id: str = "", instance_id: str | None = None) -> JoinGroupRequest:
    return JoinGroupRequest(
        group_id=GROUP, session_timeout_ms=10_000, rebalance_timeout_ms=10_000,
        member_id=member_id, group_instance_id=instance_id, protocol_type="consumer",
        protocols=(JoinGroupRequest.JoinGroupRequestProtocol(name="range",
                                                             metadata=SUBSCRIPTION),))


def joined(cluster: InProcessCluster, coordinator: int, request: JoinGroupRequest) -> Sent:
    sent = cluster.send(coordinator, request, 9)
    if isinstance(sent.outcome, DeferBytes):  # the join phase ends at once: one member
        ready = sent.outcome.poll(cluster.now_ms, False)
        assert ready is not None
        sent = Sent(sent.broker_id, sent.broker, sent.api_key, sent.version, ready)
    return sent


def sync_request(join: Any, instance_id: str | None = None) -> SyncGroupRequest:
    return SyncGroupRequest(
        group_id=GROUP, generation_id=join.generation_id, member_id=join.member_id,
        group_instance_id=instance_id, protocol_type="consumer", protocol_name="range",
        assignments=(SyncGroupRequest.SyncGroupRequestAssignment(member_id=join.member_id,
                                                                 assignment=b"plan"),))


def test_the_leaders_sync_group_unreplicated_is_coordinator_not_available() -> None:
    cluster, coordinator = cluster_with_coordinator(GROUP, GROUP_KEY)
    join = cluster.answer(joined(cluster, coordinator, join_request(instance_id="i")))
    assert join.error_code == ErrorCode.NONE, join
    sent = cluster.send(coordinator, sync_request(join, "i"), 5)  # writes the assignment
    waiting(cluster, sent)
    synced = cluster.answer(sent, at_deadline=True)
    assert synced.error_code == ErrorCode.COORDINATOR_NOT_AVAILABLE
    assert (synced.assignment, synced.protocol_type, synced.protocol_name) == (
        b"", "consumer", "range")


def test_a_static_members_replacement_whose_coordinator_moved_is_not_coordinator() -> None:
    cluster, coordinator = cluster_with_coordinator(
        GROUP, GROUP_KEY, **{"offsets.commit.timeout.ms": "60000"})
    first = cluster.answer(joined(cluster, coordinator, join_request(instance_id="i")))
    sync = cluster.send(coordinator, sync_request(first, "i"), 5)
    followers_fetch(cluster, coordinator)
    assert cluster.answer(sync).error_code == ErrorCode.NONE
    # the same instance joins again with no member id: its new member id is written
    sent = cluster.send(coordinator, join_request(instance_id="i"), 9)
    waiting(cluster, sent)
    deposed(cluster, coordinator)
    answer = cluster.answer(sent)
    assert (answer.error_code, answer.member_id, answer.members) == (
        ErrorCode.NOT_COORDINATOR, "", ())
    assert answer.generation_id == first.generation_id
    # Kafka undoes the replacement and names the old member id as leader; kspec's group has
    # moved on, so its answer names the replacement (conformance/divergences/reference.md)
    assert answer.leader not in ("", first.member_id)


# -- transaction coordinator -----------------------------------------------------------------

def init_request(timeout_ms: int = 20_000) -> InitProducerIdRequest:
    return InitProducerIdRequest(transactional_id=TXN, transaction_timeout_ms=timeout_ms)


def test_init_producer_id_unreplicated_is_coordinator_not_available_at_the_txn_timeout() -> None:
    cluster, coordinator = cluster_with_coordinator(TXN, TXN_KEY)
    sent = cluster.send(coordinator, init_request(20_000), 4)
    waiting(cluster, sent)
    assert isinstance(sent.outcome, DeferBytes)
    assert sent.outcome.deadline_ms == cluster.now_ms + 20_000  # the transaction's timeout
    answer = cluster.answer(sent, at_deadline=True)
    assert (answer.error_code, answer.producer_id, answer.producer_epoch) == (
        ErrorCode.COORDINATOR_NOT_AVAILABLE, -1, -1)


def test_a_transaction_write_with_the_isr_below_min_isr_is_refused_at_once() -> None:
    cluster, coordinator = cluster_with_coordinator(TXN, TXN_KEY)
    for broker in cluster.nodes:
        if broker != coordinator:
            cluster.cut_off.add(broker)
    cluster.advance(12_000)  # the ISR is the coordinator alone; transaction.state.log.min.isr=2
    sent = cluster.send(coordinator, init_request(), 4)
    assert isinstance(sent.outcome, SendBytes)  # answered now, without waiting
    assert cluster.answer(sent).error_code == ErrorCode.COORDINATOR_NOT_AVAILABLE


def test_end_txn_whose_coordinator_loses_leadership_is_not_coordinator() -> None:
    cluster, coordinator = cluster_with_coordinator(TXN, TXN_KEY)
    init = cluster.send(coordinator, init_request(60_000), 4)
    followers_fetch(cluster, coordinator)
    producer = cluster.answer(init)
    assert producer.error_code == ErrorCode.NONE
    Topic = AddPartitionsToTxnRequest.AddPartitionsToTxnTopic
    added = cluster.send(coordinator, AddPartitionsToTxnRequest(
        v3_and_below_transactional_id=TXN, v3_and_below_producer_id=producer.producer_id,
        v3_and_below_producer_epoch=producer.producer_epoch,
        v3_and_below_topics=(Topic(name=TOPIC, partitions=(0,)),)), 3)
    followers_fetch(cluster, coordinator)
    result = cluster.answer(added).results_by_topic_v3_and_below[0].results_by_partition[0]
    assert result.partition_error_code == ErrorCode.NONE
    sent = cluster.send(coordinator, EndTxnRequest(
        transactional_id=TXN, producer_id=producer.producer_id,
        producer_epoch=producer.producer_epoch, committed=True), 3)
    waiting(cluster, sent)
    deposed(cluster, coordinator)
    assert cluster.answer(sent).error_code == ErrorCode.NOT_COORDINATOR


def test_add_partitions_v3_unreplicated_gives_every_partition_the_error() -> None:
    cluster, coordinator = cluster_with_coordinator(TXN, TXN_KEY)
    init = cluster.send(coordinator, init_request(), 4)
    followers_fetch(cluster, coordinator)
    producer = cluster.answer(init)
    Topic = AddPartitionsToTxnRequest.AddPartitionsToTxnTopic
    sent = cluster.send(coordinator, AddPartitionsToTxnRequest(
        v3_and_below_transactional_id=TXN, v3_and_below_producer_id=producer.producer_id,
        v3_and_below_producer_epoch=producer.producer_epoch,
        v3_and_below_topics=(Topic(name=TOPIC, partitions=(0,)),)), 3)
    waiting(cluster, sent)
    answer = cluster.answer(sent, at_deadline=True)
    assert [partition.partition_error_code for topic in answer.results_by_topic_v3_and_below
            for partition in topic.results_by_partition] == [ErrorCode.COORDINATOR_NOT_AVAILABLE]


def test_an_isr_shrinking_under_a_transaction_write_is_coordinator_not_available() -> None:
    cluster, coordinator = cluster_with_coordinator(TXN, TXN_KEY)
    sent = cluster.send(coordinator, init_request(60_000), 4)
    waiting(cluster, sent)
    for broker in cluster.nodes:
        if broker != coordinator:
            cluster.cut_off.add(broker)
    cluster.advance(12_000)  # the HW passes the record, but with the coordinator alone in ISR
    assert cluster.answer(sent).error_code == ErrorCode.COORDINATOR_NOT_AVAILABLE


# -- the tables themselves -------------------------------------------------------------------

def test_each_coordinator_maps_append_errors_as_kafka() -> None:
    group, transaction = Coordinator.GROUP, Coordinator.TRANSACTION
    assert coordinator_error(group, ErrorCode.REQUEST_TIMED_OUT) == (
        ErrorCode.COORDINATOR_NOT_AVAILABLE)
    assert coordinator_error(group, ErrorCode.KAFKA_STORAGE_ERROR) == ErrorCode.NOT_COORDINATOR
    # handleOperationException does not list it (an acks=1 writer never sees it) ...
    assert coordinator_error(group, ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND) == (
        ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND)
    # ... appendTransactionToLog does
    assert coordinator_error(transaction, ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND) == (
        ErrorCode.COORDINATOR_NOT_AVAILABLE)
    assert coordinator_error(transaction, ErrorCode.NOT_LEADER_OR_FOLLOWER) == (
        ErrorCode.NOT_COORDINATOR)
    assert coordinator_of(OffsetCommitRequest.API_KEY) is group
    assert coordinator_of(EndTxnRequest.API_KEY) is transaction
    assert coordinator_of(FindCoordinatorRequest.API_KEY) is None


def test_batched_add_partitions_marks_only_the_transactions_that_wrote() -> None:
    Response = AddPartitionsToTxnResponse
    Request = AddPartitionsToTxnRequest

    def result(transactional_id: str, error: ErrorCode) -> Any:
        partition = Response.AddPartitionsToTxnPartitionResult(partition_index=0,
                                                               partition_error_code=error)
        return Response.AddPartitionsToTxnResult(
            transactional_id=transactional_id, topic_results=(
                Response.AddPartitionsToTxnTopicResult(name=TOPIC,
                                                       results_by_partition=(partition,)),))

    request = Request(transactions=(
        Request.AddPartitionsToTxnTransaction(transactional_id="wrote"),
        Request.AddPartitionsToTxnTransaction(transactional_id="checked", verify_only=True),
        Request.AddPartitionsToTxnTransaction(transactional_id="fenced")))
    reply = Response(results_by_transaction=(
        result("wrote", ErrorCode.NONE), result("checked", ErrorCode.NONE),
        result("fenced", ErrorCode.PRODUCER_FENCED)))
    answer = error_answer(Request.API_KEY, request, reply, 4, ErrorCode.NOT_COORDINATOR)
    assert answer is not None
    errors = {txn.transactional_id: txn.topic_results[0].results_by_partition[0]
              .partition_error_code for txn in answer.results_by_transaction}
    assert errors == {"wrote": ErrorCode.NOT_COORDINATOR, "checked": ErrorCode.NONE,
                      "fenced": ErrorCode.PRODUCER_FENCED}


def test_delete_groups_gives_every_group_the_error() -> None:
    Result = DeleteGroupsResponse.DeletableGroupResult
    reply = DeleteGroupsResponse(results=(Result(group_id="a"), Result(group_id="b")))
    answer = error_answer(DeleteGroupsRequest.API_KEY, DeleteGroupsRequest(groups_names=("a", "b")),
                          reply, 2, ErrorCode.COORDINATOR_NOT_AVAILABLE)
    assert answer is not None
    assert [(result.group_id, result.error_code) for result in answer.results] == [
        ("a", ErrorCode.COORDINATOR_NOT_AVAILABLE), ("b", ErrorCode.COORDINATOR_NOT_AVAILABLE)]
