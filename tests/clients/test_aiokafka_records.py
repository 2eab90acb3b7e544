"""aiokafka produces on every codec and acks level, then reads it all back; offset look-ups.

The consumer has no group (group_id=None): assign() and seek to offset 0, nothing committed.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from tests.clients.expectations import (
    ACKS,
    CODECS,
    PARTITION_COUNT,
    ConsumedRecord,
    SentRecord,
    check_acknowledged_offsets,
    check_consumed,
    hour_ago_ms,
    now_ms,
    records_to_send,
)
from tests.clients.test_kafka_python_records import create_topic
from tests.support.broker_process import BrokerProcess

pytestmark = pytest.mark.clients

TIMEOUT_S = 15.0
TIMEOUT_MS = 15_000
BASE_MS = hour_ago_ms()
TIMESTAMPS_MS = [BASE_MS, BASE_MS + 30, BASE_MS + 10, BASE_MS + 20]


async def produce(bootstrap: str, topic: str, sent: list[SentRecord], codec: str,
                  acks: int) -> list[tuple[int, int]]:
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, compression_type=None if codec == "none" else codec,
        acks="all" if acks == -1 else acks, enable_idempotence=acks == -1, linger_ms=5,
        request_timeout_ms=TIMEOUT_MS)
    await producer.start()
    try:
        futures = [await producer.send(topic, key=record.key, value=record.value,
                                       partition=record.partition, headers=list(record.headers))
                   for record in sent]
        metadata = await asyncio.wait_for(asyncio.gather(*futures), TIMEOUT_S)
    finally:
        await producer.stop()
    # With acks=0 aiokafka resolves each send with no metadata at all.
    return [(m.partition, m.offset) for m in metadata if m is not None]


async def consume_from_start(bootstrap: str, topic: str, count: int) -> list[ConsumedRecord]:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None,
                                enable_auto_commit=False, request_timeout_ms=TIMEOUT_MS)
    await consumer.start()
    try:
        partitions = [TopicPartition(topic, p) for p in range(PARTITION_COUNT)]
        consumer.assign(partitions)
        for partition in partitions:
            consumer.seek(partition, 0)
        records: list[ConsumedRecord] = []
        loop = asyncio.get_running_loop()
        deadline = loop.time() + TIMEOUT_S
        while len(records) < count and loop.time() < deadline:
            batches = await consumer.getmany(timeout_ms=500)
            records += [ConsumedRecord(
                partition=r.partition, offset=r.offset, key=r.key, value=r.value,
                headers=tuple(r.headers), timestamp_ms=r.timestamp)
                for batch in batches.values() for r in batch]
    finally:
        await consumer.stop()
    assert len(records) == count, f"consumed {len(records)} of {count} records"
    return records


@pytest.mark.parametrize("acks", ACKS)
@pytest.mark.parametrize("codec", CODECS)
def test_records_round_trip(broker: BrokerProcess, topic_name: str, codec: str,
                            acks: int) -> None:
    create_topic(broker.bootstrap, topic_name)
    sent = records_to_send(f"{codec}/{acks}")
    started_ms = now_ms()
    acknowledged = asyncio.run(produce(broker.bootstrap, topic_name, sent, codec, acks))
    finished_ms = now_ms()
    if acks != 0:
        check_acknowledged_offsets(sent, acknowledged)
    consumed = asyncio.run(consume_from_start(broker.bootstrap, topic_name, len(sent)))
    check_consumed(sent, consumed, sent_from_ms=started_ms, sent_until_ms=finished_ms)


async def offset_lookups(bootstrap: str, topic: str) -> tuple[Any, ...]:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None,
                                request_timeout_ms=TIMEOUT_MS)
    await consumer.start()
    try:
        partition = TopicPartition(topic, 0)
        return (await consumer.beginning_offsets([partition]),
                await consumer.end_offsets([partition]),
                await consumer.offsets_for_times({partition: BASE_MS + 5}),
                await consumer.offsets_for_times({partition: BASE_MS + 31}))
    finally:
        await consumer.stop()


async def produce_with_timestamps(bootstrap: str, topic: str) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=50,
                                request_timeout_ms=TIMEOUT_MS)
    await producer.start()
    try:
        futures = [await producer.send(topic, value=b"v", partition=0, timestamp_ms=stamp_ms)
                   for stamp_ms in TIMESTAMPS_MS]
        await asyncio.wait_for(asyncio.gather(*futures), TIMEOUT_S)
    finally:
        await producer.stop()


def test_consumer_offset_lookups(broker: BrokerProcess, topic_name: str) -> None:
    create_topic(broker.bootstrap, topic_name, partitions=1)
    asyncio.run(produce_with_timestamps(broker.bootstrap, topic_name))
    beginning, end, found, after = asyncio.run(offset_lookups(broker.bootstrap, topic_name))
    partition = TopicPartition(topic_name, 0)
    assert (beginning, end) == ({partition: 0}, {partition: 4})
    assert (found[partition].offset, found[partition].timestamp) == (1, BASE_MS + 30)
    assert after == {partition: None}
