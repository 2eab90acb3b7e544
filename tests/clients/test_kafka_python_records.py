"""kafka-python produces on every codec and acks level, then reads it all back.

The consumer has no group (group_id=None): assign() and seek to offset 0, nothing committed.
kafka-python compresses snappy only through python-snappy, which the project does not depend
on; cramjam (a project dependency) provides the same raw snappy functions, so the test lends
them to kafka-python's codec module for the snappy case.
"""

from __future__ import annotations

import time
from types import SimpleNamespace

import cramjam
import kafka.codec
import pytest
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import NewTopic

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
TIMEOUT_MS = 15_000


def create_topic(bootstrap: str, topic: str, partitions: int = PARTITION_COUNT) -> None:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=TIMEOUT_MS)
    try:
        admin.create_topics([NewTopic(topic, partitions, 1)])
    finally:
        admin.close()


@pytest.fixture
def snappy_for_kafka_python(monkeypatch: pytest.MonkeyPatch) -> None:
    snappy = SimpleNamespace(compress=lambda data: bytes(cramjam.snappy.compress_raw(data)),
                             decompress=lambda data: bytes(cramjam.snappy.decompress_raw(data)))
    monkeypatch.setattr(kafka.codec, "snappy", snappy)


def produce(bootstrap: str, topic: str, sent: list[SentRecord], codec: str,
            acks: int) -> list[tuple[int, int]]:
    producer = KafkaProducer(
        bootstrap_servers=bootstrap, compression_type=None if codec == "none" else codec,
        acks="all" if acks == -1 else acks, enable_idempotence=acks == -1, linger_ms=5,
        request_timeout_ms=TIMEOUT_MS)
    try:
        futures = [producer.send(topic, key=record.key, value=record.value,
                                 partition=record.partition, headers=list(record.headers))
                   for record in sent]
        producer.flush(timeout=TIMEOUT_S)
        metadata = [future.get(timeout=TIMEOUT_S) for future in futures]
    finally:
        producer.close(timeout=TIMEOUT_S)
    return [(m.partition, m.offset) for m in metadata]


def consume_from(bootstrap: str, partitions: list[TopicPartition], count: int,
                 offset: int | None = 0) -> list[ConsumedRecord]:
    """Read `count` records; `offset` None seeks to the beginning (the log start offset)."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None,
                             enable_auto_commit=False, request_timeout_ms=TIMEOUT_MS)
    try:
        consumer.assign(partitions)
        for partition in partitions:
            if offset is None:
                consumer.seek_to_beginning(partition)
            else:
                consumer.seek(partition, offset)
        return poll_records(consumer, count)
    finally:
        consumer.close()


def poll_records(consumer: KafkaConsumer, count: int) -> list[ConsumedRecord]:
    records: list[ConsumedRecord] = []
    deadline = time.monotonic() + TIMEOUT_S
    while len(records) < count and time.monotonic() < deadline:
        for batch in consumer.poll(timeout_ms=500).values():
            records += [ConsumedRecord(
                partition=r.partition, offset=r.offset, key=r.key, value=r.value,
                headers=tuple(r.headers), timestamp_ms=r.timestamp) for r in batch]
    assert len(records) == count, f"consumed {len(records)} of {count} records"
    return records


@pytest.mark.parametrize("acks", ACKS)
@pytest.mark.parametrize("codec", CODECS)
@pytest.mark.usefixtures("snappy_for_kafka_python")
def test_records_round_trip(broker: BrokerProcess, topic_name: str, codec: str,
                            acks: int) -> None:
    create_topic(broker.bootstrap, topic_name)
    sent = records_to_send(f"{codec}/{acks}")
    started_ms = now_ms()
    acknowledged = produce(broker.bootstrap, topic_name, sent, codec, acks)
    finished_ms = now_ms()
    if acks != 0:
        check_acknowledged_offsets(sent, acknowledged)
    partitions = [TopicPartition(topic_name, p) for p in range(PARTITION_COUNT)]
    consumed = consume_from(broker.bootstrap, partitions, len(sent))
    check_consumed(sent, consumed, sent_from_ms=started_ms, sent_until_ms=finished_ms)
