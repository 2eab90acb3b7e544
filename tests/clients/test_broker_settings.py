"""Real clients against a broker started with non-default settings: topics are not created on
first use, and retention runs often enough to watch it delete."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from confluent_kafka import Consumer, KafkaError, Message, Producer, TopicPartition

# The package's stubs do not re-export these names, though they are its documented API.
from confluent_kafka.admin import AdminClient, NewTopic  # type: ignore[attr-defined]

from tests.clients.expectations import now_ms
from tests.clients.test_confluent_kafka_records import consume_from_start
from tests.support.broker_process import BrokerProcess, start_broker

pytestmark = pytest.mark.clients

TIMEOUT_S = 15.0
RETENTION_CHECK_INTERVAL_MS = 300
DAY_MS = 86_400_000


@pytest.fixture(scope="module")
def tuned_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrokerProcess]:
    data_dir: Path = tmp_path_factory.mktemp("tuned") / "data"
    data_dir.mkdir()
    broker = start_broker(data_dir, configs=[
        "auto.create.topics.enable=false",
        "log.initial.task.delay.ms=100",  # as Kafka's own tests shorten the 30 s first delay
        f"log.retention.check.interval.ms={RETENTION_CHECK_INTERVAL_MS}"])
    try:
        yield broker
    finally:
        broker.stop()


def test_unknown_topic_is_not_created_on_produce(tuned_broker: BrokerProcess,
                                                 topic_name: str) -> None:
    producer = Producer({"bootstrap.servers": tuned_broker.bootstrap,
                         "message.timeout.ms": 3_000})
    errors: list[KafkaError | None] = []
    producer.produce(topic_name, value=b"nowhere",
                     on_delivery=lambda error, _message: errors.append(error))
    producer.flush(TIMEOUT_S)
    [error] = errors
    assert error is not None
    # librdkafka keeps waiting for the topic to appear until the message times out.
    assert error.code() == KafkaError._MSG_TIMED_OUT, error
    admin = AdminClient({"bootstrap.servers": tuned_broker.bootstrap})
    asked = admin.list_topics(topic_name, timeout=TIMEOUT_S).topics[topic_name]
    assert asked.error is not None and asked.error.code() == KafkaError.UNKNOWN_TOPIC_OR_PART
    assert topic_name not in admin.list_topics(timeout=TIMEOUT_S).topics


def test_retention_deletes_records_older_than_retention_ms(tuned_broker: BrokerProcess,
                                                           topic_name: str) -> None:
    admin = AdminClient({"bootstrap.servers": tuned_broker.bootstrap})
    topic = NewTopic(topic_name, 1, 1, config={"retention.ms": str(DAY_MS)})
    admin.create_topics([topic])[topic_name].result(timeout=TIMEOUT_S)
    producer = Producer({"bootstrap.servers": tuned_broker.bootstrap, "linger.ms": 20})
    reports: list[Message] = []
    two_days_ago_ms = now_ms() - 2 * DAY_MS
    for index in range(3):
        producer.produce(topic_name, value=b"expired %d" % index, partition=0,
                         timestamp=two_days_ago_ms,
                         on_delivery=lambda _error, message: reports.append(message))
    producer.produce(topic_name, value=b"fresh", partition=0,
                     on_delivery=lambda _error, message: reports.append(message))
    assert producer.flush(TIMEOUT_S) == 0
    assert [(r.error(), r.offset()) for r in reports] == [(None, i) for i in range(4)]
    # Kept: one batch holds a fresh record, and retention deletes whole segments by their
    # largest timestamp.
    time.sleep(3 * RETENTION_CHECK_INTERVAL_MS / 1000)
    assert watermarks(tuned_broker, topic_name) == (0, 4)

    topic = NewTopic(topic_name + "-old", 1, 1, config={"retention.ms": str(DAY_MS)})
    admin.create_topics([topic])[topic.topic].result(timeout=TIMEOUT_S)
    for index in range(3):
        producer.produce(topic.topic, value=b"expired %d" % index, partition=0,
                         timestamp=two_days_ago_ms)
    assert producer.flush(TIMEOUT_S) == 0
    deadline = time.monotonic() + TIMEOUT_S
    while watermarks(tuned_broker, topic.topic) != (3, 3) and time.monotonic() < deadline:
        time.sleep(RETENTION_CHECK_INTERVAL_MS / 1000)
    assert watermarks(tuned_broker, topic.topic) == (3, 3)
    producer.produce(topic.topic, value=b"after", partition=0)
    assert producer.flush(TIMEOUT_S) == 0
    consumed = consume_from_start(tuned_broker.bootstrap, topic.topic, 1, partitions=1,
                                  start_offset=-2)
    assert [(r.offset, r.value) for r in consumed] == [(3, b"after")]


def watermarks(broker: BrokerProcess, topic: str) -> tuple[int, int]:
    consumer = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": "kspec-assign-only"})
    try:
        low, high = consumer.get_watermark_offsets(TopicPartition(topic, 0), timeout=TIMEOUT_S)
    finally:
        consumer.close()
    return low, high
