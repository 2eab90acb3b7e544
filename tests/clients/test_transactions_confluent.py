"""confluent-kafka (librdkafka) transactions against the reference broker: commit and abort,
read_committed and read_uncommitted consumers, consume-transform-produce exactly once across a
killed producer, and a fenced zombie."""

from __future__ import annotations

import time
import uuid
from typing import Any

import pytest
from confluent_kafka import Consumer, KafkaException, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic  # type: ignore[attr-defined]

from tests.support.broker_process import BrokerProcess

pytestmark = pytest.mark.clients

TIMEOUT_S = 20.0


def create_topics(bootstrap: str, *topics: str, partitions: int = 1) -> None:
    admin = AdminClient({"bootstrap.servers": bootstrap})
    futures = admin.create_topics([NewTopic(topic, partitions, 1) for topic in topics],
                                  operation_timeout=10)
    for future in futures.values():
        future.result(timeout=TIMEOUT_S)


def transactional_producer(bootstrap: str, transactional_id: str) -> Producer:
    producer = Producer({"bootstrap.servers": bootstrap, "transactional.id": transactional_id,
                         "linger.ms": 1, "transaction.timeout.ms": 60_000})
    producer.init_transactions(TIMEOUT_S)
    return producer


def consume_values(bootstrap: str, topic: str, isolation_level: str, expected_count: int,
                   partitions: int = 1) -> list[bytes]:
    """Every value of the topic from the start, reading until `expected_count` arrived and the
    partitions are drained (or the timeout passes)."""
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": f"reader-{uuid.uuid4()}",
                         "isolation.level": isolation_level, "enable.auto.commit": False,
                         "enable.partition.eof": True})
    consumer.assign([TopicPartition(topic, index, 0) for index in range(partitions)])
    values: list[bytes] = []
    at_end: set[int] = set()
    deadline = time.monotonic() + TIMEOUT_S
    try:
        while time.monotonic() < deadline:
            message = consumer.poll(0.2)
            if message is None:
                continue
            error = message.error()
            if error is not None:
                assert error.code() == error._PARTITION_EOF, error
                at_end.add(message.partition() or 0)
                if len(values) >= expected_count and len(at_end) == partitions:
                    break
                continue
            at_end.discard(message.partition() or 0)
            values.append(message.value() or b"")
    finally:
        consumer.close()
    return values


def send_transaction(producer: Producer, topic: str, values: list[bytes], commit: bool) -> None:
    producer.begin_transaction()
    for value in values:
        producer.produce(topic, value=value, partition=0)
    # Flushed first, so an aborted transaction's records are in the log before its marker.
    assert producer.flush(TIMEOUT_S) == 0
    if commit:
        producer.commit_transaction(TIMEOUT_S)
    else:
        producer.abort_transaction(TIMEOUT_S)


def test_read_committed_sees_only_committed_transactions(broker: BrokerProcess,
                                                         topic_name: str) -> None:
    create_topics(broker.bootstrap, topic_name)
    producer = transactional_producer(broker.bootstrap, f"tx-{topic_name}")
    committed: list[bytes] = []
    every: list[bytes] = []
    for round_number in range(6):
        values = [f"{round_number}-{index}".encode() for index in range(3)]
        is_commit = round_number % 2 == 0
        send_transaction(producer, topic_name, values, is_commit)
        every += values
        committed += values if is_commit else []
    producer.flush(TIMEOUT_S)
    assert consume_values(broker.bootstrap, topic_name, "read_committed",
                          len(committed)) == committed
    assert consume_values(broker.bootstrap, topic_name, "read_uncommitted", len(every)) == every


def test_a_zombie_producer_is_fenced(broker: BrokerProcess, topic_name: str) -> None:
    create_topics(broker.bootstrap, topic_name)
    zombie = transactional_producer(broker.bootstrap, f"tx-{topic_name}")
    successor = transactional_producer(broker.bootstrap, f"tx-{topic_name}")
    with pytest.raises(KafkaException) as raised:
        send_transaction(zombie, topic_name, [b"zombie"], commit=True)
    error = raised.value.args[0]
    assert error.fatal() or "fenced" in str(error).lower(), error
    send_transaction(successor, topic_name, [b"successor"], commit=True)
    assert consume_values(broker.bootstrap, topic_name, "read_committed", 1) == [b"successor"]


def transform_batch(consumer: Consumer, producer: Producer, output: str, *,
                    die_before_commit: bool) -> int:
    """One read-process-write transaction: the inputs polled, their upper-cased copies and the
    consumer's positions, committed together. Returns how many inputs it handled."""
    messages = consumer.consume(num_messages=5, timeout=1.0)
    messages = [message for message in messages if message.error() is None]
    if not messages:
        return 0
    producer.begin_transaction()
    for message in messages:
        producer.produce(output, value=(message.value() or b"").upper(), partition=0)
    assert producer.flush(TIMEOUT_S) == 0
    if die_before_commit:
        return 0  # the process dies here: the transaction stays open until it is fenced
    producer.send_offsets_to_transaction(consumer.position(consumer.assignment()),
                                         consumer.consumer_group_metadata(), TIMEOUT_S)
    producer.commit_transaction(TIMEOUT_S)
    return len(messages)


def start_worker(bootstrap: str, source: str, group_id: str, transactional_id: str,
                 ) -> tuple[Consumer, Producer]:
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": group_id,
                         "enable.auto.commit": False, "auto.offset.reset": "earliest",
                         "isolation.level": "read_committed"})
    consumer.assign([TopicPartition(source, 0)])  # offsets still come from the group
    return consumer, transactional_producer(bootstrap, transactional_id)


def test_consume_transform_produce_is_exactly_once_across_a_killed_producer(
        broker: BrokerProcess, topic_name: str) -> None:
    source, output = f"{topic_name}-in", f"{topic_name}-out"
    create_topics(broker.bootstrap, source, output)
    inputs = [f"record-{index}".encode() for index in range(30)]
    plain: Any = Producer({"bootstrap.servers": broker.bootstrap})
    for value in inputs:
        plain.produce(source, value=value, partition=0)
    assert plain.flush(TIMEOUT_S) == 0
    group_id, transactional_id = f"g-{topic_name}", f"tx-{topic_name}"
    handled = 0
    for life in range(3):  # two lives die mid-transaction, the last one finishes
        consumer, producer = start_worker(broker.bootstrap, source, group_id, transactional_id)
        deadline = time.monotonic() + TIMEOUT_S
        while handled < len(inputs) and time.monotonic() < deadline:
            is_last_batch_of_life = life < 2 and handled >= 10 * (life + 1)
            handled += transform_batch(consumer, producer, output,
                                       die_before_commit=is_last_batch_of_life)
            if is_last_batch_of_life:
                break
        consumer.close()
        del producer  # killed: no abort, no close of the transaction
    assert handled == len(inputs)
    outputs = consume_values(broker.bootstrap, output, "read_committed", len(inputs))
    assert sorted(outputs) == sorted(value.upper() for value in inputs)
