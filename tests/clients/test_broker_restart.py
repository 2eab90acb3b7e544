"""Real clients across a broker crash: what was acknowledged survives, and a producer that
stays up through the restart carries on without duplicates or gaps."""

from __future__ import annotations

from pathlib import Path

import pytest
from confluent_kafka import Consumer, KafkaError, Message, Producer, TopicPartition

from tests.clients.test_confluent_kafka_records import (
    consume_from_start,
    create_topic,
    poll_records,
)
from tests.support.broker_process import start_broker

pytestmark = pytest.mark.clients

TIMEOUT_S = 30.0


def send(producer: Producer, topic: str, values: list[bytes]) -> list[int]:
    offsets: list[int] = []

    def delivered(error: KafkaError | None, message: Message) -> None:
        assert error is None, error
        offset = message.offset()
        assert offset is not None
        offsets.append(offset)

    for value in values:
        producer.produce(topic, value=value, partition=0, on_delivery=delivered)
    assert producer.flush(TIMEOUT_S) == 0
    return offsets


def test_acknowledged_records_survive_a_crash(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    broker = start_broker(data_dir)
    try:
        topic = "survives-crash"
        create_topic(broker.bootstrap, topic, partitions=1)
        producer = Producer({"bootstrap.servers": broker.bootstrap, "enable.idempotence": True,
                             "acks": "all", "linger.ms": 5, "message.timeout.ms": 25_000,
                             "reconnect.backoff.max.ms": 200})
        before = [b"before %d" % i for i in range(50)]
        assert send(producer, topic, before) == list(range(50))
        broker.kill()
        broker = start_broker(data_dir, port=broker.port)
        after = [b"after %d" % i for i in range(50)]
        assert send(producer, topic, after) == list(range(50, 100))
        consumed = consume_from_start(broker.bootstrap, topic, 100, partitions=1)
        assert [(r.offset, r.value) for r in consumed] == list(enumerate(before + after))
    finally:
        broker.stop()


def test_consumer_carries_on_across_a_restart(tmp_path: Path) -> None:
    """A consumer that stays up reconnects, validates its position (OffsetForLeaderEpoch when
    the leader epoch moved) and reads on from where it was, with nothing skipped or repeated."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    broker = start_broker(data_dir)
    consumer = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": "kspec-assign-only",
                         "enable.auto.commit": False, "reconnect.backoff.max.ms": 200})
    try:
        topic = "consumer-across-restart"
        create_topic(broker.bootstrap, topic, partitions=1)
        producer = Producer({"bootstrap.servers": broker.bootstrap, "acks": "all",
                             "message.timeout.ms": 25_000, "reconnect.backoff.max.ms": 200})
        send(producer, topic, [b"before %d" % i for i in range(20)])
        consumer.assign([TopicPartition(topic, 0, 0)])
        first = poll_records(consumer, 20)
        broker.kill()
        broker = start_broker(data_dir, port=broker.port)
        send(producer, topic, [b"after %d" % i for i in range(20)])
        second = poll_records(consumer, 20)
        assert [r.offset for r in first + second] == list(range(40))
        assert [r.value for r in second] == [b"after %d" % i for i in range(20)]
    finally:
        consumer.close()
        broker.stop()
