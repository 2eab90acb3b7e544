"""Three real broker cores in one process (reference/sim/inprocess_cluster.py): replication as
the TCP cluster runs it, each step by hand, each Kafka answer checked."""

from __future__ import annotations

import uuid
from typing import Any

from models.cluster_model import KEY, TOPIC, create_topic, produce_request, records_below
from reference.core.cluster.controller import BrokerAddress, ClusterController
from reference.core.replication.values import ReplicationSettings
from reference.sim.inprocess_cluster import InProcessCluster
from reference.sim.memory_storage import MemoryStorage
from spec.generated.alter_partition_reassignments import AlterPartitionReassignmentsRequest
from spec.generated.delete_records import DeleteRecordsRequest
from spec.generated.errors import ErrorCode
from spec.generated.fetch import FetchRequest

PRODUCE_VERSION = 9


def started() -> tuple[InProcessCluster, int]:
    cluster = InProcessCluster()
    create_topic(cluster)
    return cluster, cluster.controller.replication.partitions[KEY].leader


def followers(cluster: InProcessCluster, leader: int) -> list[int]:
    return [broker for broker in cluster.nodes if broker != leader]


def replicate_all(cluster: InProcessCluster, leader: int, rounds: int = 2) -> None:
    for _ in range(rounds):
        for follower in followers(cluster, leader):
            cluster.replicate(follower, leader)


def fetchers_run(cluster: InProcessCluster, rounds: int) -> None:
    """Every broker fetches from each leader its replicas follow, `rounds` times."""
    for _ in range(rounds):
        for broker, node in cluster.nodes.items():
            assert node.broker is not None
            for leader in {fetch.leader_id for fetch in node.member.follower_fetches()}:
                cluster.replicate(broker, leader)


def produced(answer: Any) -> Any:
    return answer.responses[0].partition_responses[0]


def partition_of(cluster: InProcessCluster, broker: int) -> Any:
    node = cluster.nodes[broker].broker
    assert node is not None
    return node.partition(TOPIC, 0)


def test_acks_all_waits_until_every_isr_follower_fetched_past_the_batch() -> None:
    cluster, leader = started()
    sent = cluster.send(leader, produce_request(b"a", -1, cluster.now_ms), PRODUCE_VERSION)
    assert cluster.answer(sent) is None  # appended on the leader only: the HW is still 0
    for follower in followers(cluster, leader):
        cluster.replicate(follower, leader)  # fetched the record; the leader sees it next time
    assert cluster.answer(sent) is None
    for follower in followers(cluster, leader):
        cluster.replicate(follower, leader)
    result = produced(cluster.answer(sent))
    assert (result.error_code, result.base_offset) == (ErrorCode.NONE, 0)
    assert partition_of(cluster, leader).high_watermark == 1


def test_acks_all_times_out_when_followers_do_not_fetch() -> None:
    cluster, leader = started()
    sent = cluster.send(leader, produce_request(b"a", -1, cluster.now_ms), PRODUCE_VERSION)
    result = produced(cluster.answer(sent, at_deadline=True))
    assert result.error_code == ErrorCode.REQUEST_TIMED_OUT


def test_a_follower_answers_not_leader_to_produce_and_old_fetches() -> None:
    cluster, leader = started()
    follower = followers(cluster, leader)[0]
    answer = cluster.call(follower, produce_request(b"a", 1, cluster.now_ms), PRODUCE_VERSION)
    assert produced(answer).error_code == ErrorCode.NOT_LEADER_OR_FOLLOWER
    fetch = FetchRequest(max_bytes=1 << 20, topics=(FetchRequest.FetchTopic(
        topic=TOPIC, partitions=(FetchRequest.FetchPartition(
            partition=0, fetch_offset=0, partition_max_bytes=1 << 20),)),))
    old = cluster.call(follower, fetch, 10)
    assert old.responses[0].partitions[0].error_code == ErrorCode.NOT_LEADER_OR_FOLLOWER
    newer = cluster.call(follower, fetch, 12)  # client metadata from v11: a follower may serve
    assert newer.responses[0].partitions[0].error_code == ErrorCode.NONE


def test_min_insync_replicas_refuses_acks_all_once_the_isr_shrank() -> None:
    cluster, leader = started()
    for follower in followers(cluster, leader):
        cluster.cut_off.add(follower)
    cluster.advance(12_000)  # the followers' sessions expire: fenced, out of the ISR
    assert cluster.controller.replication.partitions[KEY].isr == {leader}
    refused = cluster.call(leader, produce_request(b"a", -1, cluster.now_ms), PRODUCE_VERSION)
    assert produced(refused).error_code == ErrorCode.NOT_ENOUGH_REPLICAS
    taken = cluster.call(leader, produce_request(b"b", 1, cluster.now_ms), PRODUCE_VERSION)
    assert produced(taken).error_code == ErrorCode.NONE


def test_a_deposed_leader_truncates_what_only_it_had() -> None:
    cluster, old_leader = started()
    alone = cluster.call(old_leader, produce_request(b"only-old", 1, cluster.now_ms),
                         PRODUCE_VERSION)
    assert produced(alone).base_offset == 0
    cluster.cut_off.add(old_leader)
    cluster.advance(12_000)  # fenced: another ISR member leads, at a new epoch
    new_leader = cluster.controller.replication.partitions[KEY].leader
    assert new_leader not in (old_leader, -1)
    sent = cluster.send(new_leader, produce_request(b"new", -1, cluster.now_ms),
                        PRODUCE_VERSION)
    replicate_all(cluster, new_leader)
    assert produced(cluster.answer(sent)).base_offset == 0
    cluster.cut_off.clear()
    cluster.advance(200)  # it heartbeats again (unfenced) and learns it follows now
    replicate_all(cluster, new_leader, rounds=3)  # its first fetch names its old epoch
    for broker in cluster.nodes:
        partition = partition_of(cluster, broker)
        assert records_below(partition, partition.log_end_offset) == {0: b"new"}, broker
    assert cluster.controller.replication.partitions[KEY].isr == {1, 2, 3}


def test_a_restarted_controller_replays_its_metadata_log() -> None:
    storage = MemoryStorage()
    controller = ClusterController(storage, ReplicationSettings(), 0, session_timeout_ms=9000)
    for broker in (1, 2, 3):
        epoch = controller.register_broker(broker, BrokerAddress("127.0.0.1", 9000 + broker), 0)
        controller.heartbeat(broker, epoch, 0)
    controller.create_topic("t", uuid.UUID(int=7), controller.place(2, 3), {}, 0)
    controller.heartbeat(2, controller.replication.brokers[2].broker_epoch, 0,
                         want_shut_down=True)  # moves leadership away from broker 2
    reopened = ClusterController(storage, ReplicationSettings(), 10, session_timeout_ms=9000)
    assert reopened.replication.partitions == controller.replication.partitions
    assert reopened.replication.brokers == controller.replication.brokers
    assert reopened.records == controller.records
    assert all(state.leader != 2 for state in reopened.replication.partitions.values())


def test_a_reassignment_moves_the_replicas_and_the_old_replica_is_deleted() -> None:
    cluster, leader = started()
    state = cluster.controller.replication.partitions[KEY]
    target = tuple(broker for broker in state.replicas if broker != leader)[:2]
    Request = AlterPartitionReassignmentsRequest
    answer = cluster.call(leader, Request(topics=(Request.ReassignableTopic(
        name=TOPIC, partitions=(Request.ReassignablePartition(
            partition_index=0, replicas=target),)),)), 0)
    assert answer.responses[0].partitions[0].error_code == ErrorCode.NONE
    fetchers_run(cluster, rounds=3)
    after = cluster.controller.replication.partitions[KEY]
    assert (after.replicas, after.adding_replicas, after.removing_replicas) == (target, (), ())
    assert after.leader in target
    assert partition_of(cluster, leader) is None  # the removed replica's log is gone


def test_a_reassignment_adds_a_replica_that_catches_up_into_the_isr() -> None:
    cluster = InProcessCluster(broker_count=4)
    create_topic(cluster)
    state = cluster.controller.replication.partitions[KEY]
    leader = state.leader
    newcomer = next(broker for broker in cluster.nodes if broker not in state.replicas)
    dropped = next(broker for broker in state.replicas if broker != leader)
    target = (*(broker for broker in state.replicas if broker != dropped), newcomer)
    sent = cluster.send(leader, produce_request(b"before", -1, cluster.now_ms), PRODUCE_VERSION)
    Request = AlterPartitionReassignmentsRequest
    cluster.call(leader, Request(topics=(Request.ReassignableTopic(
        name=TOPIC, partitions=(Request.ReassignablePartition(
            partition_index=0, replicas=target),)),)), 0)
    fetchers_run(cluster, rounds=4)
    after = cluster.controller.replication.partitions[KEY]
    assert (after.replicas, after.leader) == (target, leader)
    assert after.isr == frozenset(target)
    assert produced(cluster.answer(sent)).error_code == ErrorCode.NONE
    copied = partition_of(cluster, newcomer)
    assert records_below(copied, copied.log_end_offset) == {0: b"before"}


def test_not_leader_names_the_current_leader_and_its_endpoint() -> None:
    cluster, leader = started()
    follower = followers(cluster, leader)[0]
    answer = cluster.call(follower, produce_request(b"a", 1, cluster.now_ms), 10)
    result = produced(answer)
    assert result.error_code == ErrorCode.NOT_LEADER_OR_FOLLOWER
    assert (result.current_leader.leader_id, result.current_leader.leader_epoch) == (leader, 0)
    assert [(node.node_id, node.port) for node in answer.node_endpoints] == \
        [(leader, 9091 + leader)]
    stale = FetchRequest(max_bytes=1 << 20, topics=(FetchRequest.FetchTopic(
        topic_id=cluster.controller.topics.topics_by_name[TOPIC].topic_id,
        partitions=(FetchRequest.FetchPartition(
            partition=0, fetch_offset=0, current_leader_epoch=0,
            partition_max_bytes=1 << 20),)),))
    cluster.cut_off.add(leader)
    cluster.advance(12_000)  # a new leader at epoch 1: epoch 0 is fenced
    new_leader = cluster.controller.replication.partitions[KEY].leader
    fenced = cluster.call(new_leader, stale, 16)
    data = fenced.responses[0].partitions[0]
    assert data.error_code == ErrorCode.FENCED_LEADER_EPOCH
    assert (data.current_leader.leader_id, data.current_leader.leader_epoch) == (new_leader, 1)
    assert [node.node_id for node in fenced.node_endpoints] == [new_leader]


def test_an_isr_shrinking_under_a_waiting_write_answers_not_enough_replicas_after_append() -> None:
    cluster, leader = started()
    sent = cluster.send(leader, produce_request(b"a", -1, cluster.now_ms), PRODUCE_VERSION)
    assert cluster.answer(sent) is None  # appended, waiting for the followers
    for follower in followers(cluster, leader):
        cluster.cut_off.add(follower)
    cluster.advance(12_000)  # both fenced: the ISR is the leader alone, so the HW passes the write
    assert cluster.controller.replication.partitions[KEY].isr == {leader}
    result = produced(cluster.answer(sent))
    assert result.error_code == ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND


def test_a_follower_behind_the_leaders_log_start_starts_over_from_it() -> None:
    """Followers take the leader's log start from fetch answers and DeleteRecords waits for
    those on live brokers to say they did (the crashed one is fenced: not waited for); one
    whose log ends below it is answered OFFSET_OUT_OF_RANGE, asks ListOffsets, drops its
    log and fetches from the leader's log start (`fetchOffsetAndTruncate`)."""
    cluster, leader = started()
    behind, other = followers(cluster, leader)
    cluster.crash(behind)
    cluster.advance(12_000)  # fenced: out of the ISR, which the leader and `other` now are
    for value in (b"a", b"b", b"c"):
        sent = cluster.send(leader, produce_request(value, -1, cluster.now_ms), PRODUCE_VERSION)
        replicate_all(cluster, leader)
        assert produced(cluster.answer(sent)).error_code == ErrorCode.NONE
    sent = cluster.send(leader, DeleteRecordsRequest(timeout_ms=1000, topics=(
        DeleteRecordsRequest.DeleteRecordsTopic(name=TOPIC, partitions=(
            DeleteRecordsRequest.DeleteRecordsPartition(partition_index=0, offset=2),)),)), 2)
    assert cluster.answer(sent) is None  # DelayedDeleteRecords: `other` still starts at 0
    cluster.replicate(other, leader)  # it learns the leader's log start...
    assert partition_of(cluster, other).log_start_offset == 2
    assert cluster.answer(sent) is None
    cluster.replicate(other, leader)  # ...and says its own in its next fetch
    deleted = cluster.answer(sent).topics[0].partitions[0]
    assert (deleted.error_code, deleted.low_watermark) == (ErrorCode.NONE, 2)
    cluster.start(behind)
    assert partition_of(cluster, behind).log_end_offset == 0
    replicate_all(cluster, leader, rounds=4)  # out of range, ListOffsets, fetch, in sync
    restarted = partition_of(cluster, behind)
    assert (restarted.log_start_offset, restarted.log_end_offset) == (2, 3)
    assert records_below(restarted, 3) == {2: b"c"}
    assert cluster.controller.replication.partitions[KEY].isr == {1, 2, 3}


def test_the_preferred_leader_leads_again_one_check_interval_after_it_rejoins() -> None:
    cluster = InProcessCluster(overrides={"leader.imbalance.check.interval.seconds": "5"})
    create_topic(cluster)
    preferred = cluster.controller.replication.partitions[KEY].leader
    cluster.crash(preferred)
    cluster.advance(12_000)  # fenced: another leads
    cluster.start(preferred)
    stand_in = cluster.controller.replication.partitions[KEY].leader
    replicate_all(cluster, stand_in, rounds=3)
    assert cluster.controller.replication.partitions[KEY].isr == {1, 2, 3}
    cluster.advance(1_000)  # imbalanced and eligible: a pass is due in 5 s
    assert cluster.controller.replication.partitions[KEY].leader == stand_in
    cluster.advance(5_000)
    assert cluster.controller.replication.partitions[KEY].leader == preferred
    assert partition_of(cluster, preferred).is_leader


def test_a_fetch_with_an_old_broker_epoch_does_not_bring_the_replica_into_the_isr() -> None:
    """KIP-903: the leader adds a follower to the ISR only if its fetch carried the broker
    epoch the metadata has for it; one from the broker's previous incarnation does not count."""
    cluster, leader = started()
    restarted = followers(cluster, leader)[0]
    old_epoch = cluster.nodes[restarted].broker_epoch
    cluster.crash(restarted)
    cluster.advance(12_000)  # fenced: out of the ISR
    cluster.start(restarted)
    new_epoch = cluster.nodes[restarted].broker_epoch
    assert new_epoch > old_epoch
    leader_node = cluster.nodes[leader].broker
    assert leader_node is not None
    topic = leader_node.topics.get(TOPIC)
    assert topic is not None
    state = cluster.controller.replication.partitions[KEY]

    def fetch_with(broker_epoch: int) -> None:
        answer = cluster.call(leader, FetchRequest(
            replica_state=FetchRequest.ReplicaState(replica_id=restarted,
                                                    replica_epoch=broker_epoch),
            max_wait_ms=0, topics=(FetchRequest.FetchTopic(topic_id=topic.topic_id, partitions=(
                FetchRequest.FetchPartition(partition=0, current_leader_epoch=state.leader_epoch,
                                            fetch_offset=0, partition_max_bytes=1 << 20),)),)),
            17)
        assert answer.responses[0].partitions[0].error_code == ErrorCode.NONE
        cluster.deliver()

    fetch_with(old_epoch)
    assert restarted not in cluster.controller.replication.partitions[KEY].isr
    fetch_with(new_epoch)
    assert restarted in cluster.controller.replication.partitions[KEY].isr


def test_delete_records_times_out_while_a_live_follower_keeps_its_old_log_start() -> None:
    cluster, leader = started()
    sent = cluster.send(leader, produce_request(b"a", -1, cluster.now_ms), PRODUCE_VERSION)
    replicate_all(cluster, leader)
    assert produced(cluster.answer(sent)).error_code == ErrorCode.NONE
    deleted = cluster.call(leader, DeleteRecordsRequest(timeout_ms=1000, topics=(
        DeleteRecordsRequest.DeleteRecordsTopic(name=TOPIC, partitions=(
            DeleteRecordsRequest.DeleteRecordsPartition(partition_index=0, offset=1),)),)), 2)
    result = deleted.topics[0].partitions[0]
    assert (result.error_code, result.low_watermark) == (ErrorCode.REQUEST_TIMED_OUT, 0)
    assert partition_of(cluster, leader).log_start_offset == 1  # the leader's moved anyway
