"""confluent-kafka (librdkafka) consumers on the classic group protocol (`group.protocol=classic`).

Two members, then a third, then one leaving, share a 6-partition topic. After every rebalance
each partition is held by exactly one member, on the clients and in DescribeGroups alike. Each
member commits every record synchronously before it polls the next, so a partition that moves
carries on from the committed offset: a record whose commit succeeded is never read again, and
every record produced is read. The time a 3-member group takes to become stable is printed with
Kafka's default group.initial.rebalance.delay.ms (3 s, the shared broker) and with 0.
"""

from __future__ import annotations

import struct
import time
from pathlib import Path
from typing import Any

import pytest
from confluent_kafka import Consumer, KafkaException, Message, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, ConfigResource  # type: ignore[attr-defined]

from reference.server.kafka_client import GroupDescription, KafkaClient
from tests.clients.test_confluent_kafka_records import create_topic
from tests.support.broker_process import BrokerProcess, start_broker

pytestmark = pytest.mark.clients

PARTITIONS = 6
SESSION_TIMEOUT_MS = 6000
HEARTBEAT_INTERVAL_MS = 500  # members learn of a rebalance at their next heartbeat
TIMEOUT_S = 30.0
NO_DELAY = "group.initial.rebalance.delay.ms=0"
# librdkafka's serialized ConsumerGroupMetadata opens with this magic, then the generation id
# as a native int32 (rd_kafka_consumer_group_metadata_write).
METADATA_MAGIC = b"CGMDv2:"


_no_delay_brokers: list[BrokerProcess] = []


def shared_no_delay_broker(tmp_path_factory: pytest.TempPathFactory,
                           config: pytest.Config) -> BrokerProcess:
    """One broker with no initial rebalance delay (new groups form at once) for every classic
    group test module: a start costs seconds. Stopped when the session ends."""
    if not _no_delay_brokers:
        data_dir: Path = tmp_path_factory.mktemp("classic-groups") / "data"
        data_dir.mkdir()
        broker = start_broker(data_dir, [NO_DELAY])

        def stop() -> None:
            broker.stop()

        config.add_cleanup(stop)
        _no_delay_brokers.append(broker)
    return _no_delay_brokers[0]


@pytest.fixture(scope="module")
def quick_broker(tmp_path_factory: pytest.TempPathFactory,
                 pytestconfig: pytest.Config) -> BrokerProcess:
    return shared_no_delay_broker(tmp_path_factory, pytestconfig)


def produce(bootstrap: str, topic: str, values: list[bytes]) -> None:
    """Spread `values` round-robin over the partitions."""
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 5,
                         "message.timeout.ms": 10_000})
    for index, value in enumerate(values):
        producer.produce(topic, value=value, partition=index % PARTITIONS)
    assert producer.flush(TIMEOUT_S) == 0, "records still queued after flush"


def member_config(bootstrap: str, group_id: str, name: str, **extra: Any) -> dict[str, Any]:
    return {"bootstrap.servers": bootstrap, "group.id": group_id, "group.protocol": "classic",
            "client.id": name, "enable.auto.commit": False, "auto.offset.reset": "earliest",
            "enable.partition.eof": False, "session.timeout.ms": SESSION_TIMEOUT_MS,
            "heartbeat.interval.ms": HEARTBEAT_INTERVAL_MS, "reconnect.backoff.max.ms": 200,
            **extra}


class Member:
    """One consumer, remembering every assignment its rebalance callback was given."""

    def __init__(self, config: dict[str, Any], topic: str) -> None:
        self.name = str(config["client.id"])
        self.consumer = Consumer(config)
        self.assigned: list[set[int]] = []
        self.revoked: list[set[int]] = []
        self.consumer.subscribe([topic], on_assign=self._on_assign, on_revoke=self._on_revoke)

    def _on_assign(self, _consumer: Consumer, partitions: list[TopicPartition]) -> None:
        self.assigned.append({tp.partition for tp in partitions})

    def _on_revoke(self, _consumer: Consumer, partitions: list[TopicPartition]) -> None:
        self.revoked.append({tp.partition for tp in partitions})

    def held(self) -> set[int]:
        return {tp.partition for tp in self.consumer.assignment()}

    def generation(self) -> int:
        metadata = self.consumer.consumer_group_metadata()
        assert isinstance(metadata, bytes) and metadata.startswith(METADATA_MAGIC), metadata
        generation: int = struct.unpack_from("=i", metadata, len(METADATA_MAGIC))[0]
        return generation


class ReadLog:
    """What the group read, and which of those reads were committed."""

    def __init__(self) -> None:
        self.read: list[tuple[int, int, bytes]] = []
        self.committed: set[tuple[int, int]] = set()
        self.failed_commits = 0

    def take(self, member: Member, message: Message) -> None:
        partition, offset, value = message.partition(), message.offset(), message.value()
        assert partition is not None and offset is not None and isinstance(value, bytes)
        assert (partition, offset) not in self.committed, (
            f"{member.name} read {partition}@{offset} again after its commit")
        self.read.append((partition, offset, value))
        try:
            member.consumer.commit(message=message, asynchronous=False)
        except KafkaException:
            # A commit refused mid-rebalance leaves the record to be read again: allowed.
            self.failed_commits += 1
        else:
            self.committed.add((partition, offset))

    def values(self) -> set[bytes]:
        return {value for _partition, _offset, value in self.read}


class ClassicGroup:
    """The consumers of one group, polled in turn from this thread."""

    def __init__(self, bootstrap: str, topic: str, **extra: Any) -> None:
        self.bootstrap, self.topic, self.group_id = bootstrap, topic, f"{topic}-group"
        self.extra = extra
        self.members: list[Member] = []
        self.log = ReadLog()
        self.admin = KafkaClient(bootstrap)

    def add(self, name: str, **extra: Any) -> Member:
        config = member_config(self.bootstrap, self.group_id, name, **self.extra, **extra)
        member = Member(config, self.topic)
        self.members.append(member)
        return member

    def remove(self, member: Member) -> None:
        self.members.remove(member)
        member.consumer.close()

    def check_no_partition_held_twice(self) -> None:
        held = [member.held() for member in self.members]
        assert sum(map(len, held)) == len(set().union(*held)), f"held twice: {held}"

    def poll_round(self) -> None:
        for member in list(self.members):
            message = member.consumer.poll(0.05)
            self.check_no_partition_held_twice()
            if message is not None and message.error() is None:
                self.log.take(member, message)

    def read_until(self, values: list[bytes]) -> None:
        deadline = time.monotonic() + TIMEOUT_S
        while not self.log.values() >= set(values) and time.monotonic() < deadline:
            self.poll_round()
        missing = set(values) - self.log.values()
        assert not missing, f"never read {len(missing)} records, e.g. {sorted(missing)[:3]}"

    def is_stable(self) -> GroupDescription | None:
        """The broker's view once every member holds a share and the group is Stable."""
        held = [member.held() for member in self.members]
        if not all(held) or set().union(*held) != set(range(PARTITIONS)):
            return None
        described = self.admin.describe_group(self.group_id)
        if described.state != "Stable" or len(described.members) != len(self.members):
            return None
        return described

    def wait_until_stable(self) -> float:
        """Seconds until the group is stable; checks the broker agrees with the clients."""
        started = time.monotonic()
        while time.monotonic() - started < TIMEOUT_S:
            self.poll_round()
            described = self.is_stable()
            if described is not None:
                seconds = time.monotonic() - started
                check_described_assignment(described, self.members)
                return seconds
        held = [member.held() for member in self.members]
        raise AssertionError(f"not stable after {TIMEOUT_S} s: {held}, "
                             f"{self.admin.describe_group(self.group_id)}")

    def close(self) -> None:
        for member in self.members:
            member.consumer.close()
        self.admin.close()


def check_described_assignment(described: GroupDescription, members: list[Member]) -> None:
    """DescribeGroups shows each client's own assignment, every partition exactly once."""
    by_client = {member.client_id: {tp.partition for tp in member.assignment}
                 for member in described.members}
    assert by_client == {member.name: member.held() for member in members}
    owned = [tp.partition for member in described.members for tp in member.assignment]
    assert sorted(owned) == list(range(PARTITIONS)), f"owned: {owned}"


def batch(label: str, count: int) -> list[bytes]:
    return [f"{label}-{index}".encode() for index in range(count)]


def test_members_join_and_leave_reading_every_record_once(quick_broker: BrokerProcess,
                                                          topic_name: str) -> None:
    bootstrap = quick_broker.bootstrap
    create_topic(bootstrap, topic_name, partitions=PARTITIONS)
    group = ClassicGroup(bootstrap, topic_name)
    sent: list[bytes] = []
    try:
        for phase, joining in enumerate((["member-0", "member-1"], ["member-2"], [])):
            values = batch(f"phase{phase}", 60)
            produce(bootstrap, topic_name, values)
            sent += values
            for name in joining:
                group.add(name)  # joins while records wait: partitions move mid-read
            if not joining:
                group.remove(group.members[0])  # LeaveGroup on close
            group.wait_until_stable()
            group.read_until(sent)
        assert group.log.values() == set(sent)
        repeats = len(group.log.read) - len(sent)
        assert repeats <= group.log.failed_commits, "a record was read twice"
    finally:
        group.close()


def initial_rebalance_delay_ms(bootstrap: str) -> int:
    """The broker's group.initial.rebalance.delay.ms, as DescribeConfigs gives it."""
    admin = AdminClient({"bootstrap.servers": bootstrap})
    broker_id = str(admin.list_topics(timeout=TIMEOUT_S).controller_id)
    resource = ConfigResource(ConfigResource.Type.BROKER, broker_id)
    entries = admin.describe_configs([resource])[resource].result(timeout=TIMEOUT_S)
    return int(entries["group.initial.rebalance.delay.ms"].value)


@pytest.mark.parametrize("delay_ms", [3000, 0])
def test_time_for_three_members_to_become_stable(request: pytest.FixtureRequest,
                                                 topic_name: str, delay_ms: int) -> None:
    """The shared broker runs Kafka's default delay (3 s); quick_broker runs with 0."""
    broker: BrokerProcess = request.getfixturevalue("broker" if delay_ms else "quick_broker")
    assert initial_rebalance_delay_ms(broker.bootstrap) == delay_ms
    create_topic(broker.bootstrap, topic_name, partitions=PARTITIONS)
    group = ClassicGroup(broker.bootstrap, topic_name)
    try:
        started = time.monotonic()
        for index in range(3):
            group.add(f"member-{index}")
        group.wait_until_stable()
        seconds = time.monotonic() - started
        print(f"\nclassic group of 3 stable (group.initial.rebalance.delay.ms={delay_ms}) "
              f"after {seconds:.2f} s")
        assert all(len(member.held()) == PARTITIONS // 3 for member in group.members)
        assert seconds >= delay_ms / 1000, "the initial rebalance delay was not waited"
    finally:
        group.close()
