"""Failover through a real client: 3 brokers, replication factor 3, min.insync.replicas 2.

A confluent-kafka idempotent producer (acks=all) keeps sending while the leader of partition 0
is killed (its unflushed writes lost) and later restarted; afterwards a consumer reads every
partition from the start. Every acknowledged record must be read exactly once, in the order it
was sent per partition: the high watermark only covers records on the whole ISR, the controller
elects the new leader from the ISR, and the producer's retries are deduplicated by the new
leader's producer state, which it replicated as a follower.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest
from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic  # type: ignore[attr-defined]

from tests.support.cluster_process import ClusterProcess, running_cluster, wait_until

pytestmark = pytest.mark.clients

TOPIC = "failover"
PARTITIONS = 3
RECORDS_PER_PHASE = 400
CONFIGS = ("broker.session.timeout.ms=3000", "broker.heartbeat.interval.ms=500")


def leader_of(admin: AdminClient, partition: int) -> int:
    metadata = admin.list_topics(TOPIC, timeout=10)
    return int(metadata.topics[TOPIC].partitions[partition].leader)


class Sender:
    """The producer and what it was told: values acknowledged per partition, failures."""

    def __init__(self, bootstrap: str) -> None:
        self.producer = Producer({"bootstrap.servers": bootstrap, "enable.idempotence": True,
                                  "acks": "all", "linger.ms": 5, "message.timeout.ms": 120_000})
        self.sent = 0
        self.acked: dict[int, list[bytes]] = {partition: [] for partition in range(PARTITIONS)}
        self.failed: list[str] = []

    def on_delivery(self, error: object, message: object) -> None:
        if error is not None:
            self.failed.append(str(error))
            return
        self.acked[message.partition()].append(message.value())  # type: ignore[attr-defined]

    def send(self, count: int) -> None:
        for _ in range(count):
            value = f"{self.sent:06d}".encode()
            self.producer.produce(TOPIC, value, partition=self.sent % PARTITIONS,
                                  on_delivery=self.on_delivery)
            self.sent += 1
            self.producer.poll(0)
            time.sleep(0.002)  # spread the phase over about a second, so faults land mid-stream

    def flush(self) -> None:
        assert self.producer.flush(120) == 0, "messages still in flight"


def read_everything(bootstrap: str, expected: int) -> dict[int, list[bytes]]:
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "failover-check",
                         "enable.auto.commit": False, "auto.offset.reset": "earliest"})
    consumer.assign([TopicPartition(TOPIC, partition, 0) for partition in range(PARTITIONS)])
    read: dict[int, list[bytes]] = {partition: [] for partition in range(PARTITIONS)}
    deadline = time.monotonic() + 60
    idle_since = time.monotonic()
    while time.monotonic() < deadline:
        message = consumer.poll(0.5)
        if message is None or message.error():
            if sum(map(len, read.values())) >= expected and time.monotonic() - idle_since > 2:
                break
            continue
        idle_since = time.monotonic()
        partition, value = message.partition(), message.value()
        assert partition is not None and value is not None
        read[partition].append(value)
    consumer.close()
    return read


def run_failover(cluster: ClusterProcess, fault: str = "kill",
                 recovery: str = "restart") -> dict[str, int]:
    admin = AdminClient({"bootstrap.servers": cluster.bootstrap})
    created = admin.create_topics([NewTopic(TOPIC, PARTITIONS, 3,
                                            config={"min.insync.replicas": "2"})])
    created[TOPIC].result(timeout=30)
    sender = Sender(cluster.bootstrap)
    sender.send(RECORDS_PER_PHASE)
    victim = leader_of(admin, 0)
    cluster.control(f"{fault} {victim}")
    sender.send(RECORDS_PER_PHASE)
    witness = next(broker for broker in cluster.brokers if broker != victim)
    wait_until(lambda: cluster.leader_seen_by(witness, TOPIC, 0) not in (victim, -1), 30,
               "a new leader")  # asked of a broker the fault left in touch with the controller
    sender.send(RECORDS_PER_PHASE)
    cluster.control(f"{recovery} {victim}")
    sender.send(RECORDS_PER_PHASE)
    sender.flush()
    acked = {partition: values for partition, values in sender.acked.items()}
    acked_count = sum(map(len, acked.values()))
    read = read_everything(cluster.bootstrap, acked_count)
    counts = Counter(value for values in read.values() for value in values)
    lost = [value for values in acked.values() for value in values if counts[value] == 0]
    duplicated = [value for value, count in counts.items() if count > 1]
    for partition in range(PARTITIONS):
        acked_order = [value for value in read[partition] if value in set(acked[partition])]
        assert acked_order == acked[partition], f"partition {partition} reads out of order"
    assert not sender.failed, sender.failed[:5]
    assert not lost, f"{len(lost)} acknowledged records lost, e.g. {lost[:5]}"
    assert not duplicated, f"{len(duplicated)} records read twice, e.g. {duplicated[:5]}"
    return {"sent": sender.sent, "acked": acked_count,
            "consumed": sum(map(len, read.values())), "lost": len(lost),
            "duplicated": len(duplicated), "killed": victim}


def test_acknowledged_records_survive_the_leaders_kill_and_restart(tmp_path: Path) -> None:
    with running_cluster(tmp_path / "cluster", 3, CONFIGS) as cluster:
        try:
            figures = run_failover(cluster)
        except AssertionError:
            print(cluster.log_text()[-20_000:])
            raise
    print(f"failover: {figures}")
    assert figures["acked"] == figures["sent"] == 4 * RECORDS_PER_PHASE


@pytest.mark.parametrize(("fault", "recovery"), [("pause", "resume"), ("isolate", "heal")])
def test_acknowledged_records_survive_a_stalled_or_cut_off_leader(
        tmp_path: Path, fault: str, recovery: str) -> None:
    """A leader that stops (a long GC pause) or is cut from the other brokers and the
    controller (clients still reach it) is replaced; what it took meanwhile is never
    acknowledged, since its followers cannot have it; when it comes back it follows."""
    with running_cluster(tmp_path / "cluster", 3, CONFIGS) as cluster:
        try:
            figures = run_failover(cluster, fault, recovery)
        except AssertionError:
            print(cluster.log_text()[-20_000:])
            raise
    print(f"{fault}: {figures}")
    assert figures["acked"] == figures["sent"] == 4 * RECORDS_PER_PHASE
