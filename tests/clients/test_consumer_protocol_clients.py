"""confluent-kafka (librdkafka) consumers on the KIP-848 protocol (`group.protocol=consumer`).

One member, then two, then three share a 6-partition topic. Each commits every record it
processes (synchronously) before polling the next, so a partition that moves carries on from
the committed offset: every record is read exactly once, and no partition is ever held by two
consumers at once (revoke before assign). The time a 3-member group takes to become stable (each
consumer assigned its 2 partitions) is printed; the broker runs with Kafka's defaults
(heartbeat interval 5 s). A static member (group.instance.id) restarting within its session
keeps its partitions without moving anyone else's.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

import pytest
from confluent_kafka import Consumer, Producer
from confluent_kafka.admin import AdminClient, NewTopic  # type: ignore[attr-defined]

from tests.support.broker_process import BrokerProcess

pytestmark = pytest.mark.clients

PARTITIONS = 6
RECORDS_PER_PHASE = 30
TIMEOUT_S = 60.0


def _create_topic(bootstrap: str, topic: str) -> None:
    admin = AdminClient({"bootstrap.servers": bootstrap})
    admin.create_topics([NewTopic(topic, PARTITIONS, 1)])[topic].result(timeout=15)


def _produce(bootstrap: str, topic: str, values: Iterable[str]) -> None:
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 5})
    for index, value in enumerate(values):
        producer.produce(topic, value=value.encode(), partition=index % PARTITIONS)
    assert producer.flush(15) == 0


def _consumer(bootstrap: str, group_id: str, name: str, topic: str) -> Consumer:
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": group_id,
                         "group.protocol": "consumer", "client.id": name,
                         "enable.auto.commit": False, "auto.offset.reset": "earliest",
                         "enable.partition.eof": False})
    consumer.subscribe([topic])
    return consumer


class Group:
    """The consumers of one group, polled in turn from this thread."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        self.bootstrap, self.topic, self.group_id = bootstrap, topic, f"{topic}-group"
        self.consumers: list[Consumer] = []
        self.read: list[str] = []

    def add(self) -> None:
        name = f"member-{len(self.consumers)}"
        self.consumers.append(_consumer(self.bootstrap, self.group_id, name, self.topic))

    def assignments(self) -> list[set[int]]:
        return [{tp.partition for tp in consumer.assignment()} for consumer in self.consumers]

    def check_no_partition_held_twice(self) -> None:
        held = self.assignments()
        assert sum(map(len, held)) == len(set().union(*held)), f"held twice: {held}"

    def poll_round(self) -> None:
        for consumer in self.consumers:
            message = consumer.poll(0.05)
            self.check_no_partition_held_twice()
            if message is None or message.error() is not None:
                continue
            value = message.value()
            assert isinstance(value, bytes)
            self.read.append(value.decode())
            consumer.commit(message=message, asynchronous=False)

    def read_until(self, count: int) -> None:
        deadline = time.monotonic() + TIMEOUT_S
        while len(self.read) < count and time.monotonic() < deadline:
            self.poll_round()
        assert len(self.read) >= count, f"read {len(self.read)} of {count}"

    def wait_until_balanced(self) -> float:
        """Seconds until every member holds PARTITIONS / members partitions."""
        started = time.monotonic()
        share = PARTITIONS // len(self.consumers)
        while time.monotonic() - started < TIMEOUT_S:
            self.poll_round()
            if all(len(held) == share for held in self.assignments()):
                return time.monotonic() - started
        raise AssertionError(f"not balanced after {TIMEOUT_S} s: {self.assignments()}")

    def close(self) -> None:
        for consumer in self.consumers:
            consumer.close()


def test_one_two_three_members_read_every_record_once(broker: BrokerProcess,
                                                      topic_name: str) -> None:
    _create_topic(broker.bootstrap, topic_name)
    group = Group(broker.bootstrap, topic_name)
    sent: list[str] = []
    try:
        for phase in range(3):
            values = [f"phase{phase}-{index}" for index in range(RECORDS_PER_PHASE)]
            _produce(broker.bootstrap, topic_name, values)
            sent += values
            group.add()  # joins while records wait: partitions move with reads in flight
            seconds = group.wait_until_balanced()
            print(f"\nKIP-848 group of {phase + 1} stable (each member assigned "
                  f"{PARTITIONS // (phase + 1)} partitions) after {seconds:.2f} s")
            group.read_until(len(sent))
        assert sorted(group.read) == sorted(sent), "a record was read twice or never"
    finally:
        group.close()


def _static_consumer(bootstrap: str, group_id: str, instance_id: str, topic: str) -> Consumer:
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": group_id,
                         "group.protocol": "consumer", "group.instance.id": instance_id,
                         "enable.auto.commit": False, "auto.offset.reset": "earliest"})
    consumer.subscribe([topic])
    return consumer


def _held(consumer: Consumer) -> set[int]:
    return {tp.partition for tp in consumer.assignment()}


def _poll_until(consumers: list[Consumer], done: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for consumer in consumers:
            consumer.poll(0.05)
        if callable(done) and done():
            return True
    return False


def test_static_member_restarting_within_its_session_keeps_its_partitions(
        broker: BrokerProcess, topic_name: str) -> None:
    """A static member leaves with epoch -2 on close: nobody else takes its partitions, and its
    next incarnation (same group.instance.id, new member id) gets them back."""
    _create_topic(broker.bootstrap, topic_name)
    group_id = f"{topic_name}-static"
    first = _static_consumer(broker.bootstrap, group_id, "static-a", topic_name)
    other = _static_consumer(broker.bootstrap, group_id, "static-b", topic_name)
    try:
        assert _poll_until([first, other],
                           lambda: len(_held(first)) == len(_held(other)) == PARTITIONS // 2,
                           TIMEOUT_S), (_held(first), _held(other))
        before, kept = _held(first), _held(other)
        first.close()
        # Longer than a heartbeat interval: a dynamic member's leave would have moved them.
        _poll_until([other], None, 6.0)
        assert _held(other) == kept
        first = _static_consumer(broker.bootstrap, group_id, "static-a", topic_name)
        assert _poll_until([first, other], lambda: _held(first) == before, TIMEOUT_S), \
            _held(first)
        assert _held(other) == kept
    finally:
        first.close()
        other.close()
