"""A partition moved to other brokers under traffic (KIP-455, through kafka-python's admin
client) on a 4-broker `kspec cluster`: the targets catch up as followers, join the ISR, one of
them leads, the old replicas leave; no acknowledged record is lost or read twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import NewTopic

from tests.support.cluster_process import running_cluster, wait_until

pytestmark = pytest.mark.clients

TOPIC = "moving"
PARTITION = TopicPartition(TOPIC, 0)


def test_a_partition_moves_to_other_brokers_while_it_is_written(tmp_path: Path) -> None:
    with running_cluster(tmp_path / "cluster", 4) as cluster:
        admin = KafkaAdminClient(bootstrap_servers=cluster.bootstrap, request_timeout_ms=10_000)
        admin.create_topics([NewTopic(TOPIC, -1, -1, replica_assignments={0: [1, 2]})])
        producer = KafkaProducer(bootstrap_servers=cluster.bootstrap, acks="all",
                                 enable_idempotence=True)
        sent = [producer.send(TOPIC, f"before-{index}".encode(), partition=0)
                for index in range(200)]
        producer.flush(30)
        assert admin.alter_partition_reassignments({PARTITION: [3, 4]}) == {PARTITION: None}
        sent += [producer.send(TOPIC, f"during-{index}".encode(), partition=0)
                 for index in range(200)]
        producer.flush(60)
        wait_until(lambda: admin.list_partition_reassignments() == {}, 30,
                   "the reassignment to complete")
        partition = admin.describe_topics([TOPIC])[0]["partitions"][0]
        assert (partition["replica_nodes"], sorted(partition["isr_nodes"])) == ([3, 4], [3, 4])
        assert partition["leader_id"] in (3, 4)
        sent += [producer.send(TOPIC, f"after-{index}".encode(), partition=0)
                 for index in range(100)]
        producer.flush(60)
        producer.close()
        assert all(future.succeeded() for future in sent)
        consumer = KafkaConsumer(bootstrap_servers=cluster.bootstrap, consumer_timeout_ms=5000,
                                 enable_auto_commit=False, auto_offset_reset="earliest")
        consumer.assign([PARTITION])
        read = [record.value for record in consumer]
        consumer.close()
        admin.close()
    assert read == [f"{phase}-{index}".encode()
                    for phase, count in (("before", 200), ("during", 200), ("after", 100))
                    for index in range(count)]
