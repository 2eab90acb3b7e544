"""Groups and transactions on a 3-broker `kspec cluster`: the coordinators live on the leaders of
`__consumer_offsets` and `__transaction_state` partitions, markers reach partitions led by other
brokers, and a read_committed group member sees only committed transactions."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic  # type: ignore[attr-defined]

from reference.server.broker_connection import BrokerConnection
from spec.generated.find_coordinator import FindCoordinatorRequest
from tests.support.cluster_process import poll_values, running_cluster

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


@pytest.mark.parametrize("protocol", ["classic", "consumer"])
def test_a_group_keeps_its_committed_offsets_when_its_coordinator_is_killed(
        tmp_path: Path, protocol: str) -> None:
    """The group's coordinator (leader of its `__consumer_offsets` partition) is killed between
    two commits: a new leader of that partition loads the group from its replica, the member
    finds it (NOT_COORDINATOR, FindCoordinator), and every acknowledged commit survives; with
    the classic protocol and with KIP-848's."""
    configs = ("broker.session.timeout.ms=3000", "broker.heartbeat.interval.ms=500")
    with running_cluster(tmp_path / "cluster", 3, configs) as cluster:
        admin = AdminClient({"bootstrap.servers": cluster.bootstrap})
        admin.create_topics([NewTopic(TOPIC, PARTITIONS, 3)])[TOPIC].result(timeout=TIMEOUT_S)
        producer = Producer({"bootstrap.servers": cluster.bootstrap, "acks": "all"})
        for index in range(60):
            producer.produce(TOPIC, str(index).encode(), partition=index % PARTITIONS)
        producer.flush(TIMEOUT_S)
        consumer = Consumer({"bootstrap.servers": cluster.bootstrap, "group.id": "moving-group",
                             "group.protocol": protocol, "auto.offset.reset": "earliest",
                             "enable.auto.commit": False})
        consumer.subscribe([TOPIC])
        first = poll_values(consumer, 30, TIMEOUT_S)
        consumer.commit(asynchronous=False)
        coordinator = admin.describe_consumer_groups(["moving-group"])[
            "moving-group"].result(timeout=TIMEOUT_S).coordinator.id
        cluster.control(f"kill {coordinator}")
        second = poll_values(consumer, 30, TIMEOUT_S)
        consumer.commit(asynchronous=False)
        committed = consumer.committed([TopicPartition(TOPIC, p) for p in range(PARTITIONS)],
                                       timeout=TIMEOUT_S)
        consumer.close()
        assert sorted(first + second, key=int) == [str(index) for index in range(60)]
        assert [entry.offset for entry in committed] == [20] * PARTITIONS
        later = Consumer({"bootstrap.servers": cluster.bootstrap, "group.id": "moving-group",
                          "group.protocol": protocol, "auto.offset.reset": "earliest"})
        later.subscribe([TOPIC])
        assert poll_values(later, 1, 8) == []  # nothing left past the commits
        later.close()


def test_a_transaction_commits_after_its_coordinator_is_killed(tmp_path: Path) -> None:
    """The transaction coordinator (leader of the id's `__transaction_state` partition) is
    killed with a transaction open: the producer finds the new one, which loaded the ongoing
    transaction from its replica, and the commit completes; read_committed sees it all once."""
    configs = ("broker.session.timeout.ms=3000", "broker.heartbeat.interval.ms=500")
    with running_cluster(tmp_path / "cluster", 3, configs) as cluster:
        admin = AdminClient({"bootstrap.servers": cluster.bootstrap})
        admin.create_topics([NewTopic(TOPIC, PARTITIONS, 3)])[TOPIC].result(timeout=TIMEOUT_S)
        producer = Producer({"bootstrap.servers": cluster.bootstrap,
                             "transactional.id": "moving-tx", "acks": "all"})
        producer.init_transactions(TIMEOUT_S)
        producer.begin_transaction()
        for index in range(9):
            producer.produce(TOPIC, f"before-{index}".encode(), partition=index % PARTITIONS)
        producer.flush(TIMEOUT_S)
        coordinator = transaction_coordinator(cluster.bootstrap, "moving-tx")
        cluster.control(f"kill {coordinator}")
        for index in range(9):
            producer.produce(TOPIC, f"after-{index}".encode(), partition=index % PARTITIONS)
        producer.commit_transaction(TIMEOUT_S)
        # Assigned at offset 0, not subscribed: with one broker down `__consumer_offsets`
        # (replication factor 3) cannot be created yet, as in Kafka.
        consumer = Consumer({"bootstrap.servers": cluster.bootstrap, "group.id": "tx-reader",
                             "enable.auto.commit": False, "isolation.level": "read_committed"})
        consumer.assign([TopicPartition(TOPIC, p, 0) for p in range(PARTITIONS)])
        read = poll_values(consumer, 18, TIMEOUT_S)
        consumer.close()
    assert sorted(read) == sorted([f"before-{i}" for i in range(9)]
                                  + [f"after-{i}" for i in range(9)])


def transaction_coordinator(bootstrap: str, transactional_id: str) -> int:
    """FindCoordinator (key type 1) for a transactional id, asked of the first broker."""
    host, port = bootstrap.split(",")[0].rsplit(":", 1)
    connection = BrokerConnection(host, int(port))
    try:
        answer = connection.call(FindCoordinatorRequest(key_type=1, coordinator_keys=(
            transactional_id,)))
    finally:
        connection.close()
    return int(answer.coordinators[0].node_id)
