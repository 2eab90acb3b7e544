"""Groups and transactions on a 3-broker `kspec cluster`: the coordinators live on the leaders of
`__consumer_offsets` and `__transaction_state` partitions, markers reach partitions led by other
brokers, and a read_committed group member sees only committed transactions."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic  # type: ignore[attr-defined]

from tests.support.cluster_process import running_cluster

pytestmark = pytest.mark.clients

TOPIC = "coordinated"
PARTITIONS = 3
TIMEOUT_S = 30.0


def test_transactions_and_a_group_across_three_brokers(tmp_path: Path) -> None:
    with running_cluster(tmp_path / "cluster", 3) as cluster:
        admin = AdminClient({"bootstrap.servers": cluster.bootstrap})
        admin.create_topics([NewTopic(TOPIC, PARTITIONS, 3)])[TOPIC].result(timeout=TIMEOUT_S)
        producer = Producer({"bootstrap.servers": cluster.bootstrap,
                             "transactional.id": "cluster-tx", "acks": "all"})
        producer.init_transactions(TIMEOUT_S)
        for round_number, commit in enumerate((True, False, True)):
            producer.begin_transaction()
            for index in range(9):  # every partition, so markers go to every leader
                producer.produce(TOPIC, f"{round_number}-{index}".encode(),
                                 partition=index % PARTITIONS)
            producer.flush(TIMEOUT_S)  # in the logs before the end, aborted or not
            if commit:
                producer.commit_transaction(TIMEOUT_S)
            else:
                producer.abort_transaction(TIMEOUT_S)
        consumer = Consumer({"bootstrap.servers": cluster.bootstrap, "group.id": "cluster-group",
                             "auto.offset.reset": "earliest", "enable.auto.commit": False,
                             "isolation.level": "read_committed"})
        consumer.subscribe([TOPIC])
        read: list[bytes] = []
        next_offsets = [0] * PARTITIONS
        deadline = time.monotonic() + TIMEOUT_S
        while len(read) < 18 and time.monotonic() < deadline:
            message = consumer.poll(0.5)
            if message is not None and not message.error():
                value, partition, offset = message.value(), message.partition(), message.offset()
                assert value is not None and partition is not None and offset is not None
                read.append(value)
                next_offsets[partition] = offset + 1
        consumer.commit(asynchronous=False)
        committed = consumer.committed([TopicPartition(TOPIC, p) for p in range(PARTITIONS)],
                                       timeout=TIMEOUT_S)
        consumer.close()
    assert sorted(read) == sorted(f"{r}-{i}".encode() for r in (0, 2) for i in range(9))
    # The group's committed position is past every record read (the coordinator answered the
    # commit once the offsets partition's followers had it).
    assert all(entry.offset >= next_offset
               for entry, next_offset in zip(committed, next_offsets, strict=True))
