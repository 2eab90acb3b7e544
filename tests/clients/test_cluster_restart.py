"""A whole `kspec cluster` stopped and started again on its data directory: the brokers reopen
their logs, the controller replays its metadata log, the coordinators reload their partitions;
every acknowledged record and committed offset is still there, and writes go on."""

from __future__ import annotations

from pathlib import Path

import pytest
from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic  # type: ignore[attr-defined]

from tests.support.cluster_process import poll_values, running_cluster

pytestmark = pytest.mark.clients

TOPIC = "durable"
PARTITIONS = 3
RECORDS = 300
TIMEOUT_S = 30.0


def test_a_restarted_cluster_keeps_every_acknowledged_record_and_commit(tmp_path: Path) -> None:
    data_dir = tmp_path / "cluster"
    with running_cluster(data_dir, 3) as cluster:
        admin = AdminClient({"bootstrap.servers": cluster.bootstrap})
        admin.create_topics([NewTopic(TOPIC, PARTITIONS, 3, config={
            "min.insync.replicas": "2"})])[TOPIC].result(timeout=TIMEOUT_S)
        acknowledged = produce(cluster.bootstrap, [f"first-{index}" for index in range(RECORDS)])
        assert acknowledged == RECORDS
        group = Consumer({"bootstrap.servers": cluster.bootstrap, "group.id": "restarted",
                          "enable.auto.commit": False})
        group.assign([TopicPartition(TOPIC, p, 0) for p in range(PARTITIONS)])
        group.commit(offsets=[TopicPartition(TOPIC, p, 40) for p in range(PARTITIONS)],
                     asynchronous=False)
        group.close()
    with running_cluster(data_dir, 3) as cluster:
        assert produce(cluster.bootstrap, ["second"]) == 1
        reader = Consumer({"bootstrap.servers": cluster.bootstrap, "group.id": "restarted",
                           "enable.auto.commit": False})
        committed = reader.committed([TopicPartition(TOPIC, p) for p in range(PARTITIONS)],
                                     timeout=TIMEOUT_S)
        assert [entry.offset for entry in committed] == [40] * PARTITIONS
        reader.assign([TopicPartition(TOPIC, p, 0) for p in range(PARTITIONS)])
        read = poll_values(reader, RECORDS + 1, TIMEOUT_S)
        reader.close()
    assert sorted(read) == sorted([f"first-{index}" for index in range(RECORDS)] + ["second"])


def produce(bootstrap: str, values: list[str]) -> int:
    """Send with an idempotent acks=all producer; how many the cluster acknowledged."""
    producer = Producer({"bootstrap.servers": bootstrap, "enable.idempotence": True})
    acknowledged = 0

    def delivered(error: object, _: object) -> None:
        nonlocal acknowledged
        acknowledged += error is None

    for index, value in enumerate(values):
        producer.produce(TOPIC, value.encode(), partition=index % PARTITIONS,
                         on_delivery=delivered)
    producer.flush(TIMEOUT_S)
    return acknowledged

