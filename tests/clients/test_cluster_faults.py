"""Faults injected into a live `kspec cluster` through its control socket, seen by real clients:
controlled shutdown moves leadership before the broker stops; an ISR below
min.insync.replicas refuses acks=all writes with NOT_ENOUGH_REPLICAS and still takes acks=1; an
isolated leader's acks=1 write is truncated when it rejoins."""

from __future__ import annotations

from pathlib import Path

import pytest
from confluent_kafka import KafkaException
from confluent_kafka import TopicPartition as ConfluentPartition
from confluent_kafka.admin import AdminClient, NewTopic  # type: ignore[attr-defined]
from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.errors import NotEnoughReplicasError

from reference.server.broker_connection import BrokerConnection, KafkaClientError
from spec.generated.metadata import MetadataRequest
from tests.support.cluster_process import ClusterProcess, running_cluster, wait_until

pytestmark = pytest.mark.clients

TOPIC = "faults"
CONFIGS = ("broker.session.timeout.ms=3000", "broker.heartbeat.interval.ms=500")


def partition_zero(admin: AdminClient) -> tuple[int, list[int]]:
    """(leader, ISR) of the topic's partition 0, as Metadata answers; (-1, []) when the answer
    has no such partition (librdkafka may ask a broker that was just killed)."""
    try:
        topic = admin.list_topics(TOPIC, timeout=10).topics.get(TOPIC)
    except KafkaException:
        return -1, []
    metadata = None if topic is None else topic.partitions.get(0)
    if metadata is None:
        return -1, []
    return int(metadata.leader), sorted(metadata.isrs)


def leader_seen_by(cluster: ClusterProcess, broker: int) -> int:
    """Partition 0's leader in one broker's Metadata answer (a client would ask any)."""
    return cluster.leader_seen_by(broker, TOPIC, 0)


def create_topic(admin: AdminClient) -> None:
    admin.create_topics([NewTopic(TOPIC, 1, 3, config={"min.insync.replicas": "2"})])[
        TOPIC].result(timeout=30)
    wait_until(lambda: partition_zero(admin)[0] > 0, 10, "a leader")


def test_controlled_shutdown_moves_leadership_first(tmp_path: Path) -> None:
    """`stop` returns once leadership moved; back, the broker rejoins the ISR and, one
    leader.imbalance.check.interval later (auto.leader.rebalance.enable), leads again."""
    configs = (*CONFIGS, "leader.imbalance.check.interval.seconds=2")
    with running_cluster(tmp_path / "cluster", 3, configs) as cluster:
        admin = AdminClient({"bootstrap.servers": cluster.bootstrap})
        create_topic(admin)
        leader, _ = partition_zero(admin)
        cluster.control(f"stop {leader}")
        # The moment `stop` returns (long before any session could expire) another broker
        # leads the partition, as the controller moved it before letting the broker go.
        status = cluster.control("status")
        assert f"broker {leader}: stopped" in status
        assert any(f"broker {broker}: running" in status and f"{TOPIC}-0" in line
                   for broker in cluster.brokers if broker != leader
                   for line in status.split(" | ") if line.startswith(f"broker {broker}:"))
        new_leader, isr = partition_zero(admin)
        assert new_leader not in (leader, -1) and leader not in isr
        cluster.control(f"restart {leader}")
        wait_until(lambda: partition_zero(admin)[1] == [1, 2, 3], 30, "the ISR to heal")
        wait_until(lambda: partition_zero(admin)[0] == leader, 15, "the preferred leader")


def test_a_stopped_broker_closes_its_connections(tmp_path: Path) -> None:
    """A connection left open past `stop` was answered by the stopped broker's core, frozen at
    its shutdown: clients on it saw the ISR without the broker long after it had rejoined."""
    with running_cluster(tmp_path / "cluster", 3, CONFIGS) as cluster:
        admin = AdminClient({"bootstrap.servers": cluster.bootstrap})
        create_topic(admin)
        leader, _ = partition_zero(admin)
        host, port = cluster.brokers[leader]
        connection = BrokerConnection(host, port)
        connection.call(MetadataRequest(topics=()))
        cluster.control(f"stop {leader}")
        with pytest.raises(KafkaClientError, match=r"closed the connection|Connection reset"):
            connection.call(MetadataRequest(topics=()))
        connection.close()


def test_acks_all_is_refused_below_min_insync_replicas(tmp_path: Path) -> None:
    with running_cluster(tmp_path / "cluster", 3, CONFIGS) as cluster:
        admin = AdminClient({"bootstrap.servers": cluster.bootstrap})
        create_topic(admin)
        leader, _ = partition_zero(admin)
        for broker in cluster.brokers:
            if broker != leader:
                cluster.control(f"kill {broker}")
        wait_until(lambda: partition_zero(admin)[1] == [leader], 30, "the ISR to shrink")
        host, port = cluster.brokers[leader]
        strict = KafkaProducer(bootstrap_servers=f"{host}:{port}", acks="all", retries=0)
        with pytest.raises(NotEnoughReplicasError):
            strict.send(TOPIC, b"refused", partition=0).get(timeout=15)
        loose = KafkaProducer(bootstrap_servers=f"{host}:{port}", acks=1)
        assert loose.send(TOPIC, b"taken", partition=0).get(timeout=15).offset == 0
        strict.close()
        loose.close()


def test_an_isolated_leaders_acks_1_write_is_truncated_when_it_rejoins(tmp_path: Path) -> None:
    """Kafka's promise stops at acks=1: a leader cut off from the cluster still takes such a
    write (it does not know it was replaced), and drops it when it comes back as a follower of
    a log that differs there."""
    with running_cluster(tmp_path / "cluster", 3, CONFIGS) as cluster:
        admin = AdminClient({"bootstrap.servers": cluster.bootstrap})
        create_topic(admin)
        zombie, _ = partition_zero(admin)
        cluster.control(f"isolate {zombie}")
        host, port = cluster.brokers[zombie]
        alone = KafkaProducer(bootstrap_servers=f"{host}:{port}", acks=1)
        assert alone.send(TOPIC, b"zombie", partition=0).get(timeout=15).offset == 0
        alone.close()
        other = next(broker for broker in cluster.brokers if broker != zombie)
        wait_until(lambda: leader_seen_by(cluster, other) not in (zombie, -1), 30,
                   "a new leader")  # asked of a broker that hears the controller
        leader = leader_seen_by(cluster, other)
        host, port = cluster.brokers[leader]
        durable = KafkaProducer(bootstrap_servers=f"{host}:{port}", acks="all")
        assert durable.send(TOPIC, b"durable", partition=0).get(timeout=15).offset == 0
        durable.close()
        cluster.control(f"heal {zombie}")
        wait_until(lambda: partition_zero(admin)[1] == [1, 2, 3], 30, "the zombie to rejoin")
        consumer = KafkaConsumer(bootstrap_servers=cluster.bootstrap, auto_offset_reset="earliest",
                                 consumer_timeout_ms=3000)
        consumer.assign([TopicPartition(TOPIC, 0)])
        assert [record.value for record in consumer] == [b"durable"]
        consumer.close()


def test_a_follower_behind_the_leaders_log_start_starts_over_from_it(tmp_path: Path) -> None:
    """A follower down while the leader's log start passed its log end (DeleteRecords here,
    retention alike) is answered OFFSET_OUT_OF_RANGE; as Kafka's `fetchOffsetAndTruncate` it asks
    the leader's offsets, truncates fully, starts at the leader's log start and rejoins."""
    with running_cluster(tmp_path / "cluster", 3, CONFIGS) as cluster:
        admin = AdminClient({"bootstrap.servers": cluster.bootstrap})
        create_topic(admin)
        leader, _ = partition_zero(admin)
        follower = next(broker for broker in cluster.brokers if broker != leader)
        cluster.control(f"kill {follower}")
        wait_until(lambda: follower not in partition_zero(admin)[1]
                   and follower not in admin.list_topics(timeout=10).brokers, 30,
                   "the follower to be fenced")
        producer = KafkaProducer(bootstrap_servers=cluster.bootstrap, acks="all")
        for value in range(10):
            producer.send(TOPIC, str(value).encode(), partition=0).get(timeout=15)
        producer.close()
        deleted = admin.delete_records([ConfluentPartition(TOPIC, 0, 8)])
        assert next(iter(deleted.values())).result(timeout=15).low_watermark == 8
        cluster.control(f"restart {follower}")
        wait_until(lambda: partition_zero(admin)[1] == [1, 2, 3], 30, "the follower to rejoin")
        cluster.control(f"stop {leader}")  # the follower may now lead: it reads from 8 on
        consumer = KafkaConsumer(bootstrap_servers=cluster.bootstrap, auto_offset_reset="earliest",
                                 consumer_timeout_ms=3000)
        consumer.assign([TopicPartition(TOPIC, 0)])
        assert [(record.offset, record.value) for record in consumer] == [(8, b"8"), (9, b"9")]
        consumer.close()
