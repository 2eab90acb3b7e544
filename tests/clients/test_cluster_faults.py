"""Faults injected into a live `kspec cluster` through its control socket, seen by real clients:
controlled shutdown moves leadership before the broker stops; an ISR below
min.insync.replicas refuses acks=all writes with NOT_ENOUGH_REPLICAS and still takes acks=1."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from confluent_kafka import KafkaException
from confluent_kafka.admin import AdminClient, NewTopic  # type: ignore[attr-defined]
from kafka import KafkaProducer
from kafka.errors import NotEnoughReplicasError

from tests.support.cluster_process import running_cluster

pytestmark = pytest.mark.clients

TOPIC = "faults"
CONFIGS = ("broker.session.timeout.ms=3000", "broker.heartbeat.interval.ms=500")


def wait_until(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


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


def create_topic(admin: AdminClient) -> None:
    admin.create_topics([NewTopic(TOPIC, 1, 3, config={"min.insync.replicas": "2"})])[
        TOPIC].result(timeout=30)
    wait_until(lambda: partition_zero(admin)[0] > 0, 10, "a leader")


def test_controlled_shutdown_moves_leadership_first(tmp_path: Path) -> None:
    with running_cluster(tmp_path / "cluster", 3, CONFIGS) as cluster:
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
