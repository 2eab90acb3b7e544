"""confluent-kafka (librdkafka) produces on every codec and acks level, then reads it all back.

Consumer groups are not served yet, so the consumer uses assign() from offset 0 and never
commits.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from confluent_kafka import Consumer, KafkaError, Message, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic  # type: ignore[attr-defined]

from tests.clients.expectations import (
    ACKS,
    CODECS,
    PARTITION_COUNT,
    ConsumedRecord,
    SentRecord,
    check_acknowledged_offsets,
    check_consumed,
    now_ms,
    records_to_send,
)
from tests.support.broker_process import BrokerProcess

pytestmark = pytest.mark.clients

TIMEOUT_S = 15.0


def create_topic(bootstrap: str, topic: str, partitions: int = PARTITION_COUNT) -> None:
    admin = AdminClient({"bootstrap.servers": bootstrap})
    futures = admin.create_topics([NewTopic(topic, partitions, 1)], operation_timeout=10)
    futures[topic].result(timeout=TIMEOUT_S)


def produce(bootstrap: str, topic: str, sent: list[SentRecord], config: dict[str, Any],
            ) -> list[tuple[int, int]]:
    """Send and flush; answer the (partition, offset) of each delivery report."""
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 5,
                         "message.timeout.ms": 10_000, **config})
    acknowledged: list[tuple[int, int]] = []

    def delivered(error: KafkaError | None, message: Message) -> None:
        assert error is None, error
        partition, offset = message.partition(), message.offset()
        assert partition is not None
        # With acks=0 the producer never learns the offset.
        acknowledged.append((partition, -1 if offset is None else offset))

    for record in sent:
        producer.produce(topic, key=record.key, value=record.value, partition=record.partition,
                         headers=list(record.headers), on_delivery=delivered)
    assert producer.flush(TIMEOUT_S) == 0, "records still queued after flush"
    assert len(acknowledged) == len(sent)
    return acknowledged


def consume_from_start(bootstrap: str, topic: str, count: int, partitions: int = PARTITION_COUNT,
                       start_offset: int = 0) -> list[ConsumedRecord]:
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "kspec-assign-only",
                         "enable.auto.commit": False, "enable.partition.eof": False})
    try:
        consumer.assign([TopicPartition(topic, p, start_offset) for p in range(partitions)])
        return poll_records(consumer, count)
    finally:
        consumer.close()


def poll_records(consumer: Consumer, count: int) -> list[ConsumedRecord]:
    records: list[ConsumedRecord] = []
    deadline = time.monotonic() + TIMEOUT_S
    while len(records) < count and time.monotonic() < deadline:
        message = consumer.poll(0.5)
        if message is None:
            continue
        assert message.error() is None, message.error()
        records.append(consumed_record(message))
    assert len(records) == count, f"consumed {len(records)} of {count} records"
    return records


def consumed_record(message: Message) -> ConsumedRecord:
    partition, offset, key, value = (message.partition(), message.offset(), message.key(),
                                     message.value())
    assert partition is not None and offset is not None
    assert not isinstance(key, str) and not isinstance(value, str)
    headers = message.headers() or []
    assert isinstance(headers, list)
    _, timestamp_ms = message.timestamp()
    return ConsumedRecord(partition=partition, offset=offset, key=key, value=value,
                          headers=tuple((name, v) for name, v in headers if isinstance(v, bytes)),
                          timestamp_ms=timestamp_ms)


@pytest.mark.parametrize("acks", ACKS)
@pytest.mark.parametrize("codec", CODECS)
def test_records_round_trip(broker: BrokerProcess, topic_name: str, codec: str,
                            acks: int) -> None:
    create_topic(broker.bootstrap, topic_name)
    sent = records_to_send(f"{codec}/{acks}")
    started_ms = now_ms()
    acknowledged = produce(broker.bootstrap, topic_name, sent, {
        "compression.type": codec, "acks": acks, "enable.idempotence": acks == -1})
    finished_ms = now_ms()
    if acks != 0:
        check_acknowledged_offsets(sent, acknowledged)
    consumed = consume_from_start(broker.bootstrap, topic_name, len(sent))
    check_consumed(sent, consumed, sent_from_ms=started_ms, sent_until_ms=finished_ms)
