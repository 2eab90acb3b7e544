"""kafka-python edge behaviour a user relies on: a fetch limit smaller than one batch, many
partitions in one consumer, LogAppendTime, and what the admin client reports about the broker
(cluster, log directories, API versions)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition

from tests.clients.expectations import now_ms
from tests.clients.test_kafka_python_admin import create, produce
from tests.clients.test_kafka_python_records import (
    TIMEOUT_MS,
    TIMEOUT_S,
    consume_from,
    poll_records,
)
from tests.support.broker_process import BrokerProcess

pytestmark = pytest.mark.clients


@pytest.fixture(scope="module")
def admin(broker: BrokerProcess) -> Iterator[KafkaAdminClient]:
    client = KafkaAdminClient(bootstrap_servers=broker.bootstrap, request_timeout_ms=TIMEOUT_MS)
    yield client
    client.close()


def test_fetch_limit_smaller_than_a_batch_still_returns_it(
        admin: KafkaAdminClient, broker: BrokerProcess, topic_name: str) -> None:
    """KIP-74: the first batch comes back whole even when it exceeds max.partition.fetch.bytes,
    so a consumer can never get stuck."""
    create(admin, topic_name)
    values = [b"%03d" % i + b"-" * 500 for i in range(20)]
    produce(broker.bootstrap, topic_name, values)  # one batch of about 10 KiB
    consumer = KafkaConsumer(bootstrap_servers=broker.bootstrap, group_id=None,
                             max_partition_fetch_bytes=1_024, fetch_max_bytes=1_024,
                             request_timeout_ms=TIMEOUT_MS)
    try:
        partition = TopicPartition(topic_name, 0)
        consumer.assign([partition])
        consumer.seek(partition, 0)
        consumed = poll_records(consumer, len(values))
    finally:
        consumer.close()
    assert [(r.offset, r.value) for r in consumed] == list(enumerate(values))


def test_one_consumer_reads_many_partitions(admin: KafkaAdminClient, broker: BrokerProcess,
                                            topic_name: str) -> None:
    partition_count = 12
    create(admin, topic_name, partitions=partition_count)
    producer = KafkaProducer(bootstrap_servers=broker.bootstrap, linger_ms=10,
                             request_timeout_ms=TIMEOUT_MS)
    try:
        for index in range(partition_count * 3):
            producer.send(topic_name, value=b"%d" % index, partition=index % partition_count)
        producer.flush(timeout=TIMEOUT_S)
    finally:
        producer.close(timeout=TIMEOUT_S)
    partitions = [TopicPartition(topic_name, p) for p in range(partition_count)]
    consumed = consume_from(broker.bootstrap, partitions, partition_count * 3)
    for p in range(partition_count):
        assert [(r.offset, r.value) for r in consumed if r.partition == p] == [
            (n, b"%d" % (p + n * partition_count)) for n in range(3)]


def test_log_append_time_is_reported_to_the_producer(admin: KafkaAdminClient,
                                                     broker: BrokerProcess,
                                                     topic_name: str) -> None:
    create(admin, topic_name, configs={"message.timestamp.type": "LogAppendTime"})
    producer = KafkaProducer(bootstrap_servers=broker.bootstrap, request_timeout_ms=TIMEOUT_MS)
    before_ms = now_ms()
    try:
        metadata = producer.send(topic_name, value=b"v", partition=0,
                                 timestamp_ms=1_000).get(timeout=TIMEOUT_S)
    finally:
        producer.close(timeout=TIMEOUT_S)
    assert before_ms - 1_000 <= metadata.timestamp <= now_ms() + 1_000
    [record] = consume_from(broker.bootstrap, [TopicPartition(topic_name, 0)], 1)
    assert record.timestamp_ms == metadata.timestamp


def test_describe_cluster(admin: KafkaAdminClient, broker: BrokerProcess) -> None:
    cluster = admin.describe_cluster()
    assert cluster["controller_id"] == 1
    assert [(b["broker_id"], b["host"], b["port"]) for b in cluster["brokers"]] == [
        (1, broker.host, broker.port)]


def test_describe_log_dirs_names_the_data_directory(admin: KafkaAdminClient,
                                                    broker: BrokerProcess) -> None:
    """Kafka answers each log directory's absolute path and, from v4, the volume's total and
    usable bytes (ReplicaManager.describeLogDirs)."""
    [answer] = admin.describe_log_dirs()
    [log_dir] = answer["log_dirs"]
    assert log_dir["error_code"] == 0
    assert log_dir["log_dir"] == str(broker.data_dir.absolute())
    assert log_dir["total_bytes"] > 0
    assert 0 <= log_dir["usable_bytes"] <= log_dir["total_bytes"]


def test_describe_log_dirs_reports_partition_sizes(admin: KafkaAdminClient,
                                                   broker: BrokerProcess,
                                                   topic_name: str) -> None:
    create(admin, topic_name)
    produce(broker.bootstrap, topic_name, [b"x" * 1_000] * 3)
    [answer] = admin.describe_log_dirs()
    [log_dir] = answer["log_dirs"]
    [topic] = [t for t in log_dir["topics"] if t["name"] == topic_name]
    [partition] = topic["partitions"]
    # Three 1000-byte values in one uncompressed batch: a little over 3000 bytes on disk.
    assert 3_000 < partition["partition_size"] < 3_200


def test_waiting_fetch_answers_as_soon_as_data_arrives(admin: KafkaAdminClient,
                                                       broker: BrokerProcess,
                                                       topic_name: str) -> None:
    """A fetch parked at the log end (fetch.max.wait.ms) completes when a produce lands, as
    Kafka's DelayedFetch does, not when its wait runs out."""
    create(admin, topic_name)
    partition = TopicPartition(topic_name, 0)
    consumer = KafkaConsumer(bootstrap_servers=broker.bootstrap, group_id=None,
                             fetch_max_wait_ms=10_000, request_timeout_ms=TIMEOUT_MS + 10_000)
    try:
        consumer.assign([partition])
        consumer.seek(partition, 0)
        assert consumer.poll(timeout_ms=1_000) == {}  # the consumer now waits in a fetch
        produced_at = time.monotonic()
        produce(broker.bootstrap, topic_name, [b"wake up"])
        [record] = poll_records(consumer, 1)
        waited_s = time.monotonic() - produced_at
    finally:
        consumer.close()
    assert record.value == b"wake up"
    assert waited_s < 5.0, f"the parked fetch answered after {waited_s:.1f}s"
