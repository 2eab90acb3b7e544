"""aiokafka group consumers (classic protocol) against the reference broker.

- Manual commit: two members share a 4-partition topic, each committing what getmany returned
  before asking again. No partition is held by both; once both hold partitions, both read what
  is produced next; every record is read, none again after its commit; after both leave the
  committed offsets are the log end offsets.
- Auto commit: one member reads everything and the commit timer alone (before it stops) brings
  the committed offsets to the log end; a later member of the group reads only what was
  produced after that.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from reference.server.kafka_client import KafkaClient
from tests.clients.test_classic_groups_confluent import shared_no_delay_broker
from tests.clients.test_kafka_python_records import create_topic
from tests.support.broker_process import BrokerProcess

pytestmark = pytest.mark.clients

PARTITIONS = 4
RECORDS = 40
TIMEOUT_S = 30.0
TIMEOUT_MS = 15_000


@pytest.fixture(scope="module")
def quick_broker(tmp_path_factory: pytest.TempPathFactory,
                 pytestconfig: pytest.Config) -> BrokerProcess:
    """The classic group tests' broker with no initial rebalance delay."""
    return shared_no_delay_broker(tmp_path_factory, pytestconfig)


async def produce(bootstrap: str, topic: str, values: list[bytes]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=5,
                                request_timeout_ms=TIMEOUT_MS)
    await producer.start()
    try:
        for index, value in enumerate(values):
            await producer.send(topic, value=value, partition=index % PARTITIONS)
        await asyncio.wait_for(producer.flush(), TIMEOUT_S)
    finally:
        await producer.stop()


async def group_consumer(bootstrap: str, topic: str, group_id: str, name: str,
                         **extra: Any) -> AIOKafkaConsumer:
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, group_id=group_id, client_id=name,
        auto_offset_reset="earliest", session_timeout_ms=6000, heartbeat_interval_ms=500,
        request_timeout_ms=TIMEOUT_MS, **extra)
    await consumer.start()
    return consumer


def committed(bootstrap: str, group_id: str) -> dict[int, int]:
    # kspec's own blocking client: a short call, fine inside the test's event loop.
    with KafkaClient(bootstrap) as client:
        return {tp.partition: offset
                for tp, offset in client.committed_offsets(group_id).items()}


def held(consumer: AIOKafkaConsumer) -> set[int]:
    return {tp.partition for tp in consumer.assignment()}


class SharedGroup:
    """Members asked in turn; (partition, offset, value) of every record each one read."""

    def __init__(self, members: list[AIOKafkaConsumer]) -> None:
        self.members = members
        self.read: list[list[tuple[int, int, bytes]]] = [[] for _member in members]
        self.committed: set[tuple[int, int]] = set()

    def values(self) -> list[bytes]:
        return [value for taken in self.read for _p, _o, value in taken]

    async def take_and_commit(self, index: int) -> None:
        consumer = self.members[index]
        batches = await consumer.getmany(timeout_ms=100)
        taken = [(r.partition, r.offset, r.value) for batch in batches.values() for r in batch]
        again = {(p, o) for p, o, _v in taken} & self.committed
        assert not again, f"read again after their commit: {sorted(again)}"
        self.read[index] += taken
        if taken:
            await consumer.commit()  # the positions after what getmany returned
            self.committed |= {(p, o) for p, o, _v in taken}

    async def read_until(self, done: Callable[[], bool]) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + TIMEOUT_S
        while not done() and loop.time() < deadline:
            for index in range(len(self.members)):
                await self.take_and_commit(index)
            held_by = [held(member) for member in self.members]
            assert sum(map(len, held_by)) == len(set().union(*held_by)), f"twice: {held_by}"
        assert done(), f"not done after {TIMEOUT_S} s: read {len(self.values())}"


async def share_with_manual_commits(bootstrap: str, topic: str, group_id: str) -> None:
    first = [b"first-%d" % index for index in range(RECORDS)]
    await produce(bootstrap, topic, first)
    group = SharedGroup([await group_consumer(bootstrap, topic, group_id, f"member-{index}",
                                              enable_auto_commit=False) for index in range(2)])
    try:
        await group.read_until(lambda: all(held(member) for member in group.members))
        second = [b"second-%d" % index for index in range(RECORDS)]
        await produce(bootstrap, topic, second)
        await group.read_until(lambda: len(group.values()) >= 2 * RECORDS)
        assert sorted(group.values()) == sorted(first + second)
        for index, taken in enumerate(group.read):
            assert any(value.startswith(b"second") for _p, _o, value in taken), (
                f"member-{index} read none of the records produced once the topic was shared")
    finally:
        for member in group.members:
            await member.stop()


def test_two_members_share_the_topic_with_manual_commits(quick_broker: BrokerProcess,
                                                         topic_name: str) -> None:
    bootstrap, group_id = quick_broker.bootstrap, f"{topic_name}-group"
    create_topic(bootstrap, topic_name, partitions=PARTITIONS)
    asyncio.run(share_with_manual_commits(bootstrap, topic_name, group_id))
    assert committed(bootstrap, group_id) == dict.fromkeys(range(PARTITIONS),
                                                           2 * RECORDS // PARTITIONS)


async def read_until(consumer: AIOKafkaConsumer, count: int) -> list[bytes]:
    read: list[bytes] = []
    loop = asyncio.get_running_loop()
    deadline = loop.time() + TIMEOUT_S
    while len(read) < count and loop.time() < deadline:
        batches = await consumer.getmany(timeout_ms=100)
        read += [r.value for batch in batches.values() for r in batch]
    return read


async def wait_for_committed(bootstrap: str, group_id: str, expected: dict[int, int],
                             consumer: AIOKafkaConsumer) -> None:
    """Keeps the consumer going (its commit task runs in the background) until the group's
    offsets are `expected`."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + TIMEOUT_S
    while committed(bootstrap, group_id) != expected and loop.time() < deadline:
        assert not await consumer.getmany(timeout_ms=100), "nothing more was produced"
    assert committed(bootstrap, group_id) == expected


async def hand_over_by_auto_commit(bootstrap: str, topic: str, group_id: str) -> None:
    before = [b"before-%d" % index for index in range(RECORDS)]
    await produce(bootstrap, topic, before)
    first = await group_consumer(bootstrap, topic, group_id, "first", enable_auto_commit=True,
                                 auto_commit_interval_ms=200)
    try:
        assert sorted(await read_until(first, RECORDS)) == sorted(before)
        await wait_for_committed(bootstrap, group_id, dict.fromkeys(
            range(PARTITIONS), RECORDS // PARTITIONS), first)
    finally:
        await first.stop()
    after = [b"after-%d" % index for index in range(RECORDS)]
    await produce(bootstrap, topic, after)
    second = await group_consumer(bootstrap, topic, group_id, "second",
                                  enable_auto_commit=True, auto_commit_interval_ms=200)
    try:
        assert sorted(await read_until(second, RECORDS)) == sorted(after)
        assert not await second.getmany(timeout_ms=300), "a record was read twice"
    finally:
        await second.stop()


def test_auto_commit_lets_the_next_member_start_after_what_was_read(
        quick_broker: BrokerProcess, topic_name: str) -> None:
    bootstrap, group_id = quick_broker.bootstrap, f"{topic_name}-group"
    create_topic(bootstrap, topic_name, partitions=PARTITIONS)
    asyncio.run(hand_over_by_auto_commit(bootstrap, topic_name, group_id))
    assert committed(bootstrap, group_id) == dict.fromkeys(range(PARTITIONS),
                                                           2 * RECORDS // PARTITIONS)
