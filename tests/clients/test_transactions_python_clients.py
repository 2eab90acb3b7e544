"""kafka-python and aiokafka transactional producers against the reference broker: commit and
abort interleaved, read back by read_committed and read_uncommitted consumers, and offsets sent
to a transaction becoming the group's committed offsets only on commit."""

from __future__ import annotations

import asyncio

import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.structs import TopicPartition as AioTopicPartition
from confluent_kafka import Consumer, TopicPartition
from kafka import KafkaProducer
from kafka.structs import OffsetAndMetadata
from kafka.structs import TopicPartition as KafkaTopicPartition

from tests.clients.test_transactions_confluent import TIMEOUT_S, consume_values, create_topics
from tests.support.broker_process import BrokerProcess

pytestmark = pytest.mark.clients

ROUNDS = 4


def committed_offset(bootstrap: str, group_id: str, topic: str) -> int:
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": group_id})
    try:
        (answer,) = consumer.committed([TopicPartition(topic, 0)], timeout=TIMEOUT_S)
        return int(answer.offset)
    finally:
        consumer.close()


def round_values(round_number: int) -> list[bytes]:
    return [f"{round_number}-{index}".encode() for index in range(3)]


def test_kafka_python_transactions(broker: BrokerProcess, topic_name: str) -> None:
    create_topics(broker.bootstrap, topic_name)
    producer = KafkaProducer(bootstrap_servers=broker.bootstrap,
                             transactional_id=f"tx-{topic_name}")
    producer.init_transactions()
    committed: list[bytes] = []
    every: list[bytes] = []
    group_id = f"g-{topic_name}"
    for round_number in range(ROUNDS):
        is_commit = round_number % 2 == 0
        producer.begin_transaction()
        for value in round_values(round_number):
            producer.send(topic_name, value=value, partition=0)
        producer.flush(TIMEOUT_S)
        producer.send_offsets_to_transaction(
            {KafkaTopicPartition(topic_name, 0): OffsetAndMetadata(round_number + 1, "", -1)},
            group_id)
        if is_commit:
            producer.commit_transaction()
        else:
            producer.abort_transaction()
        every += round_values(round_number)
        committed += round_values(round_number) if is_commit else []
    producer.close()
    assert consume_values(broker.bootstrap, topic_name, "read_committed",
                          len(committed)) == committed
    assert consume_values(broker.bootstrap, topic_name, "read_uncommitted", len(every)) == every
    assert committed_offset(broker.bootstrap, group_id, topic_name) == ROUNDS - 1  # round 2


async def aiokafka_rounds(bootstrap: str, topic: str, group_id: str) -> list[bytes]:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, transactional_id=f"tx-{topic}")
    await producer.start()
    committed: list[bytes] = []
    try:
        for round_number in range(ROUNDS):
            await producer.begin_transaction()
            for value in round_values(round_number):
                await producer.send_and_wait(topic, value=value, partition=0)
            await producer.send_offsets_to_transaction(
                {AioTopicPartition(topic, 0): round_number + 1}, group_id)
            if round_number % 2 == 0:
                await producer.commit_transaction()
                committed += round_values(round_number)
            else:
                await producer.abort_transaction()
    finally:
        await producer.stop()
    return committed


def test_aiokafka_transactions(broker: BrokerProcess, topic_name: str) -> None:
    create_topics(broker.bootstrap, topic_name)
    group_id = f"g-{topic_name}"
    committed = asyncio.run(aiokafka_rounds(broker.bootstrap, topic_name, group_id))
    assert consume_values(broker.bootstrap, topic_name, "read_committed",
                          len(committed)) == committed
    assert len(consume_values(broker.bootstrap, topic_name, "read_uncommitted",
                              3 * ROUNDS)) == 3 * ROUNDS
    assert committed_offset(broker.bootstrap, group_id, topic_name) == ROUNDS - 1
