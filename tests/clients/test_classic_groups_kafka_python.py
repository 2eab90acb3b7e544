"""kafka-python group consumers (classic protocol) against the reference broker.

- Manual commit: two members share a 4-partition topic, polled in turn, each committing what a
  poll returned before the next poll. No partition is held by both; once both hold partitions,
  both read what is produced next; every record is read, none again after its commit; after
  both leave the committed offsets are the log end offsets.
- Auto commit: one member reads everything and the commit timer alone (before any close)
  brings the committed offsets to the log end; a later member of the group reads only what
  was produced after that.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from kafka import KafkaConsumer, KafkaProducer

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


def produce(bootstrap: str, topic: str, values: list[bytes]) -> None:
    producer = KafkaProducer(bootstrap_servers=bootstrap, linger_ms=5,
                             request_timeout_ms=TIMEOUT_MS)
    try:
        for index, value in enumerate(values):
            producer.send(topic, value=value, partition=index % PARTITIONS)
        producer.flush(timeout=TIMEOUT_S)
    finally:
        producer.close(timeout=TIMEOUT_S)


def group_consumer(bootstrap: str, topic: str, group_id: str, name: str,
                   **extra: Any) -> KafkaConsumer:
    """A member that knows the topic's partitions before it joins.

    kafka-python 3.0.12 hangs a leader that joins before it has the topic's metadata: it
    rejoins once the metadata arrives (its assignment no longer matches it), and when a short
    poll gives up during that rejoin, the next poll sees nothing left to rejoin for and never
    collects the SyncGroup answer, so the member stops heartbeating and the coordinator
    rightly expires it after the session timeout.
    """
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=group_id, client_id=name,
                             auto_offset_reset="earliest", session_timeout_ms=6000,
                             heartbeat_interval_ms=500, request_timeout_ms=TIMEOUT_MS + 5000,
                             **extra)
    assert consumer.partitions_for_topic(topic) == set(range(PARTITIONS))
    consumer.subscribe([topic])
    return consumer


def committed(bootstrap: str, group_id: str) -> dict[int, int]:
    with KafkaClient(bootstrap) as client:
        return {tp.partition: offset
                for tp, offset in client.committed_offsets(group_id).items()}


def held(consumer: KafkaConsumer) -> set[int]:
    return {tp.partition for tp in consumer.assignment()}


class SharedGroup:
    """Members polled in turn; (partition, offset, value) of every record each one read."""

    def __init__(self, members: list[KafkaConsumer]) -> None:
        self.members = members
        self.read: dict[str, list[tuple[int, int, bytes]]] = {m.config["client_id"]: []
                                                             for m in members}
        self.committed: set[tuple[int, int]] = set()

    def values(self) -> list[bytes]:
        return [value for taken in self.read.values() for _p, _o, value in taken]

    def poll_and_commit(self, consumer: KafkaConsumer) -> None:
        batches = consumer.poll(timeout_ms=100)
        taken = [(r.partition, r.offset, r.value) for batch in batches.values() for r in batch]
        again = {(p, o) for p, o, _v in taken} & self.committed
        assert not again, f"read again after their commit: {sorted(again)}"
        self.read[consumer.config["client_id"]] += taken
        if taken:
            consumer.commit()  # synchronous: the positions after what poll returned
            self.committed |= {(p, o) for p, o, _v in taken}

    def poll_round(self) -> None:
        """Poll each member once; no partition may be held by two members."""
        for member in self.members:
            self.poll_and_commit(member)
        held_by = [held(member) for member in self.members]
        assert sum(map(len, held_by)) == len(set().union(*held_by)), f"held twice: {held_by}"

    def poll_until(self, done: Any) -> None:
        deadline = time.monotonic() + TIMEOUT_S
        while not done() and time.monotonic() < deadline:
            self.poll_round()
        assert done(), f"not done after {TIMEOUT_S} s: read {len(self.values())}"


def test_two_members_share_the_topic_with_manual_commits(quick_broker: BrokerProcess,
                                                         topic_name: str) -> None:
    bootstrap, group_id = quick_broker.bootstrap, f"{topic_name}-group"
    create_topic(bootstrap, topic_name, partitions=PARTITIONS)
    first = [b"first-%d" % index for index in range(RECORDS)]
    produce(bootstrap, topic_name, first)
    group = SharedGroup([group_consumer(bootstrap, topic_name, group_id, f"member-{index}",
                                        enable_auto_commit=False) for index in range(2)])
    try:
        group.poll_until(lambda: all(held(member) for member in group.members))
        second = [b"second-%d" % index for index in range(RECORDS)]
        produce(bootstrap, topic_name, second)
        group.poll_until(lambda: len(group.values()) >= 2 * RECORDS)
        assert sorted(group.values()) == sorted(first + second)
        for name, taken in group.read.items():
            assert any(value.startswith(b"second") for _p, _o, value in taken), (
                f"{name} read none of the records produced once the topic was shared")
    finally:
        for member in group.members:
            member.close()
    assert committed(bootstrap, group_id) == dict.fromkeys(range(PARTITIONS),
                                                           2 * RECORDS // PARTITIONS)


def read_until(consumer: KafkaConsumer, count: int) -> list[bytes]:
    read: list[bytes] = []
    deadline = time.monotonic() + TIMEOUT_S
    while len(read) < count and time.monotonic() < deadline:
        read += [r.value for batch in consumer.poll(timeout_ms=100).values() for r in batch]
    return read


def wait_for_committed(bootstrap: str, group_id: str, expected: dict[int, int],
                       consumer: KafkaConsumer) -> None:
    """Polls on (auto commit runs in poll) until the group's offsets are `expected`."""
    deadline = time.monotonic() + TIMEOUT_S
    while committed(bootstrap, group_id) != expected and time.monotonic() < deadline:
        assert not consumer.poll(timeout_ms=100), "nothing more was produced"
    assert committed(bootstrap, group_id) == expected


def test_auto_commit_lets_the_next_member_start_after_what_was_read(
        quick_broker: BrokerProcess, topic_name: str) -> None:
    bootstrap, group_id = quick_broker.bootstrap, f"{topic_name}-group"
    create_topic(bootstrap, topic_name, partitions=PARTITIONS)
    before = [b"before-%d" % index for index in range(RECORDS)]
    produce(bootstrap, topic_name, before)
    first = group_consumer(bootstrap, topic_name, group_id, "first", enable_auto_commit=True,
                           auto_commit_interval_ms=200)
    try:
        assert sorted(read_until(first, RECORDS)) == sorted(before)
        wait_for_committed(bootstrap, group_id, dict.fromkeys(range(PARTITIONS),
                                                              RECORDS // PARTITIONS), first)
    finally:
        first.close()
    after = [b"after-%d" % index for index in range(RECORDS)]
    produce(bootstrap, topic_name, after)
    second = group_consumer(bootstrap, topic_name, group_id, "second", enable_auto_commit=True,
                            auto_commit_interval_ms=200)
    try:
        assert sorted(read_until(second, RECORDS)) == sorted(after)
        assert not second.poll(timeout_ms=300), "a record was read twice"
    finally:
        second.close()
    assert committed(bootstrap, group_id) == dict.fromkeys(range(PARTITIONS),
                                                           2 * RECORDS // PARTITIONS)
