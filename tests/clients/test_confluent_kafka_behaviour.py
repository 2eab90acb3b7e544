"""confluent-kafka edge behaviour a user relies on: many batches, size limits, LogAppendTime,
auto-created topics, offset resets, cluster and broker descriptions."""

from __future__ import annotations

import random
import time
from typing import Any

import pytest
from confluent_kafka import (
    OFFSET_END,
    TIMESTAMP_CREATE_TIME,
    TIMESTAMP_LOG_APPEND_TIME,
    Consumer,
    KafkaError,
    KafkaException,
    Message,
    Producer,
    TopicPartition,
)

# The package's stubs do not re-export these names, though they are its documented API.
from confluent_kafka.admin import (  # type: ignore[attr-defined]
    AdminClient,
    ConfigResource,
    ConfigSource,
    NewTopic,
)

from tests.clients.expectations import hour_ago_ms, now_ms
from tests.clients.test_confluent_kafka_records import TIMEOUT_S, create_topic, poll_records
from tests.support.broker_process import BrokerProcess

pytestmark = pytest.mark.clients

BROKER_MESSAGE_MAX_BYTES = 1_048_588  # Kafka's message.max.bytes default


def deliver(bootstrap: str, topic: str, values: list[bytes],
            config: dict[str, Any] | None = None) -> list[Message]:
    """Produce and flush; answer each delivery report's message (errors included)."""
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 20,
                         "message.timeout.ms": 10_000, **(config or {})})
    reports: list[Message] = []
    for value in values:
        producer.produce(topic, value=value, partition=0,
                         on_delivery=lambda _error, message: reports.append(message))
    assert producer.flush(TIMEOUT_S) == 0
    return reports


def consumer_for(bootstrap: str, **config: Any) -> Consumer:
    return Consumer({"bootstrap.servers": bootstrap, "group.id": "kspec-assign-only",
                     "enable.auto.commit": False, **config})


def test_thousands_of_records_across_many_batches(broker: BrokerProcess,
                                                  topic_name: str) -> None:
    create_topic(broker.bootstrap, topic_name, partitions=1)
    values = [b"%05d" % i + b"." * 200 for i in range(3_000)]
    deliver(broker.bootstrap, topic_name, values,
            {"batch.size": 16_384, "compression.type": "lz4"})
    consumer = consumer_for(broker.bootstrap, **{"fetch.max.bytes": 65_536,
                                                 "message.max.bytes": 65_536,
                                                 "max.partition.fetch.bytes": 32_768})
    try:
        consumer.assign([TopicPartition(topic_name, 0, 0)])
        consumed = poll_records(consumer, len(values))
    finally:
        consumer.close()
    assert [r.offset for r in consumed] == list(range(len(values)))
    assert [r.value for r in consumed] == values


def test_record_above_message_max_bytes_is_refused(broker: BrokerProcess,
                                                   topic_name: str) -> None:
    create_topic(broker.bootstrap, topic_name, partitions=1)
    [report] = deliver(broker.bootstrap, topic_name, [b"x" * (BROKER_MESSAGE_MAX_BYTES + 10)],
                       {"message.max.bytes": 4_000_000, "compression.type": "none"})
    error = report.error()
    assert error is not None and error.code() == KafkaError.MSG_SIZE_TOO_LARGE
    consumer = consumer_for(broker.bootstrap)
    try:
        assert consumer.get_watermark_offsets(TopicPartition(topic_name, 0),
                                              timeout=TIMEOUT_S) == (0, 0)
    finally:
        consumer.close()


def test_log_append_time_replaces_the_producer_timestamp(broker: BrokerProcess,
                                                         topic_name: str) -> None:
    admin = AdminClient({"bootstrap.servers": broker.bootstrap})
    topic = NewTopic(topic_name, 1, 1, config={"message.timestamp.type": "LogAppendTime"})
    admin.create_topics([topic])[topic_name].result(timeout=TIMEOUT_S)
    before_ms = now_ms()
    [report] = deliver(broker.bootstrap, topic_name, [b"stamped by the broker"],
                       {"acks": -1})
    after_ms = now_ms()
    kind, appended_ms = report.timestamp()
    assert kind == TIMESTAMP_LOG_APPEND_TIME
    assert before_ms - 1_000 <= appended_ms <= after_ms + 1_000
    consumer = consumer_for(broker.bootstrap)
    try:
        consumer.assign([TopicPartition(topic_name, 0, 0)])
        message = poll_one(consumer)
    finally:
        consumer.close()
    assert message.timestamp() == (TIMESTAMP_LOG_APPEND_TIME, appended_ms)


def test_create_time_is_kept(broker: BrokerProcess, topic_name: str) -> None:
    create_topic(broker.bootstrap, topic_name, partitions=1)
    producer = Producer({"bootstrap.servers": broker.bootstrap})
    created_ms = hour_ago_ms()
    producer.produce(topic_name, value=b"old", partition=0, timestamp=created_ms)
    assert producer.flush(TIMEOUT_S) == 0
    consumer = consumer_for(broker.bootstrap)
    try:
        consumer.assign([TopicPartition(topic_name, 0, 0)])
        assert poll_one(consumer).timestamp() == (TIMESTAMP_CREATE_TIME, created_ms)
    finally:
        consumer.close()


def poll_one(consumer: Consumer) -> Message:
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        message = consumer.poll(0.5)
        if message is not None:
            assert message.error() is None, message.error()
            return message
    pytest.fail("no record within the timeout")


def test_producing_to_a_new_topic_creates_it(broker: BrokerProcess, topic_name: str) -> None:
    reports = deliver(broker.bootstrap, topic_name, [b"first"])
    assert [(r.error(), r.offset()) for r in reports] == [(None, 0)]
    admin = AdminClient({"bootstrap.servers": broker.bootstrap})
    metadata = admin.list_topics(topic_name, timeout=TIMEOUT_S).topics[topic_name]
    assert sorted(metadata.partitions) == [0]  # num.partitions defaults to 1


def test_out_of_range_offset_with_no_reset_policy_is_reported(broker: BrokerProcess,
                                                              topic_name: str) -> None:
    create_topic(broker.bootstrap, topic_name, partitions=1)
    deliver(broker.bootstrap, topic_name, [b"a", b"b"])
    consumer = consumer_for(broker.bootstrap, **{"auto.offset.reset": "error"})
    try:
        consumer.assign([TopicPartition(topic_name, 0, 5)])
        deadline = time.monotonic() + TIMEOUT_S
        message = None
        while message is None and time.monotonic() < deadline:
            message = consumer.poll(0.5)
    finally:
        consumer.close()
    assert message is not None
    error = message.error()
    assert error is not None and error.code() == KafkaError._AUTO_OFFSET_RESET
    assert "Offset out of range" in error.str()


def test_describe_cluster_and_broker_configs(broker: BrokerProcess) -> None:
    admin = AdminClient({"bootstrap.servers": broker.bootstrap})
    cluster = admin.describe_cluster().result(timeout=TIMEOUT_S)
    assert [node.id for node in cluster.nodes] == [1]
    assert cluster.controller.id == 1
    assert cluster.cluster_id
    resource = ConfigResource(ConfigResource.Type.BROKER, "1")
    entries = admin.describe_configs([resource])[resource].result(timeout=TIMEOUT_S)
    assert entries["log.retention.hours"].value == "168"
    assert entries["message.max.bytes"].value == str(BROKER_MESSAGE_MAX_BYTES)
    assert entries["num.partitions"].value == "1"


def test_null_and_empty_keys_values_and_headers_survive(broker: BrokerProcess,
                                                       topic_name: str) -> None:
    create_topic(broker.bootstrap, topic_name, partitions=1)
    producer = Producer({"bootstrap.servers": broker.bootstrap, "linger.ms": 20})
    sent: list[tuple[bytes | None, bytes | None, list[tuple[str, str | bytes | None]]]] = [
        (None, b"no key", []),
        (b"tombstone", None, []),
        (b"", b"", [("empty", b""), ("null", None)]),
    ]
    for key, value, headers in sent:
        producer.produce(topic_name, key=key, value=value, partition=0, headers=headers)
    assert producer.flush(TIMEOUT_S) == 0
    consumer = consumer_for(broker.bootstrap)
    try:
        consumer.assign([TopicPartition(topic_name, 0, 0)])
        got = [poll_one(consumer) for _ in sent]
    finally:
        consumer.close()
    assert [(m.key(), m.value(), m.headers() or []) for m in got] == sent


def test_delete_records_to_the_high_watermark(broker: BrokerProcess, topic_name: str) -> None:
    """OFFSET_END (-1) asks for everything below the high watermark to go."""
    create_topic(broker.bootstrap, topic_name, partitions=1)
    deliver(broker.bootstrap, topic_name, [b"a", b"b", b"c"])
    admin = AdminClient({"bootstrap.servers": broker.bootstrap})
    partition = TopicPartition(topic_name, 0, OFFSET_END)
    deleted = admin.delete_records([partition])[partition].result(timeout=TIMEOUT_S)
    assert deleted.low_watermark == 3


def test_create_topic_with_invalid_configs(broker: BrokerProcess, topic_name: str) -> None:
    admin = AdminClient({"bootstrap.servers": broker.bootstrap})
    for config in ({"cleanup.policy": "shred"}, {"no.such.config": "1"},
                   {"retention.ms": "soon"}):
        future = admin.create_topics([NewTopic(topic_name, 1, 1, config=config)])[topic_name]
        with pytest.raises(KafkaException) as raised:
            future.result(timeout=TIMEOUT_S)
        assert raised.value.args[0].code() == KafkaError.INVALID_CONFIG, config
    assert topic_name not in admin.list_topics(timeout=TIMEOUT_S).topics


@pytest.mark.parametrize("topic_codec", ["uncompressed", "gzip", "snappy", "lz4", "zstd",
                                         "producer"])
def test_topic_compression_type_recompresses_readably(broker: BrokerProcess, topic_name: str,
                                                      topic_codec: str) -> None:
    admin = AdminClient({"bootstrap.servers": broker.bootstrap})
    topic = NewTopic(topic_name, 1, 1, config={"compression.type": topic_codec})
    admin.create_topics([topic])[topic_name].result(timeout=TIMEOUT_S)
    values = [b"%02d" % i + b"z" * 300 for i in range(10)]
    reports = deliver(broker.bootstrap, topic_name, values, {"compression.type": "lz4"})
    assert [(r.error(), r.offset()) for r in reports] == [(None, i) for i in range(10)]
    consumer = consumer_for(broker.bootstrap)
    try:
        consumer.assign([TopicPartition(topic_name, 0, 0)])
        consumed = poll_records(consumer, len(values))
    finally:
        consumer.close()
    assert [(r.offset, r.value) for r in consumed] == list(enumerate(values))


def test_broker_id_follows_node_id(broker: BrokerProcess) -> None:
    """Kafka copies node.id into an unset broker.id before it builds its config
    (KafkaConfig.populateSynonyms), so both describe as the node's id, set statically."""
    admin = AdminClient({"bootstrap.servers": broker.bootstrap})
    resource = ConfigResource(ConfigResource.Type.BROKER, "1")
    entries = admin.describe_configs([resource])[resource].result(timeout=TIMEOUT_S)
    assert entries["node.id"].value == "1"
    assert (entries["broker.id"].value, entries["broker.id"].source) == (
        "1", ConfigSource.STATIC_BROKER_CONFIG.value)


def test_record_near_the_size_limit_round_trips(broker: BrokerProcess, topic_name: str) -> None:
    create_topic(broker.bootstrap, topic_name, partitions=1)
    # Incompressible and just under message.max.bytes once wrapped in a batch.
    value = random.Random(7).randbytes(BROKER_MESSAGE_MAX_BYTES - 1_000)
    [report] = deliver(broker.bootstrap, topic_name, [value], {
        "compression.type": "none", "message.max.bytes": BROKER_MESSAGE_MAX_BYTES})
    assert (report.error(), report.offset()) == (None, 0)
    consumer = consumer_for(broker.bootstrap, **{"max.partition.fetch.bytes": 65_536})
    try:
        consumer.assign([TopicPartition(topic_name, 0, 0)])
        message = poll_one(consumer)
    finally:
        consumer.close()
    assert message.value() == value
