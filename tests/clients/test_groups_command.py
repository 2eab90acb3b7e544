"""`kspec groups` against a real reference broker, with a kafka-python group as the subject.

One scenario walks the tool through a group's life: while a consumer is in the group, --list
and every --describe view show it with the offsets and lag it committed, and a reset is refused;
after it leaves, a dry run changes nothing and --execute moves the committed offsets (read back
with OffsetFetch through kspec's own client). A second test describes a KIP-848 group
(confluent-kafka, group.protocol=consumer), which the tool reads through ConsumerGroupDescribe.
The tool runs in-process through `kspec`'s main.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import pytest
from confluent_kafka import Consumer, Producer
from kafka import KafkaConsumer, KafkaProducer
from kafka import TopicPartition as KafkaTopicPartition
from kafka.structs import OffsetAndMetadata

from reference.server.cli import main
from reference.server.kafka_client import BrokerConnection, KafkaClient, TopicPartition
from spec.generated.api_versions import ApiVersionsRequest
from spec.generated.find_coordinator import FindCoordinatorRequest
from tests.clients.test_kafka_python_records import TIMEOUT_MS, TIMEOUT_S, create_topic
from tests.support.broker_process import BrokerProcess

pytestmark = pytest.mark.clients

RECORDS_PER_PARTITION = (5, 3)  # log end offsets of partitions 0 and 1
COMMITTED = (4, 3)  # what the consumer commits: lag 1 on partition 0, none on partition 1


def kspec_groups(capsys: pytest.CaptureFixture[str], bootstrap: str,
                 *arguments: str) -> tuple[int, str, str]:
    capsys.readouterr()  # start clean
    code = main(["groups", "--bootstrap-server", bootstrap, *arguments])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def produce(bootstrap: str, topic: str) -> None:
    producer = KafkaProducer(bootstrap_servers=bootstrap, request_timeout_ms=TIMEOUT_MS)
    try:
        for partition, count in enumerate(RECORDS_PER_PARTITION):
            for number in range(count):
                producer.send(topic, value=b"%d" % number, partition=partition)
        producer.flush(timeout=TIMEOUT_S)
    finally:
        producer.close()


@pytest.fixture
def active_consumer(broker: BrokerProcess, topic_name: str) -> Iterator[KafkaConsumer]:
    """A group member that has read everything and committed COMMITTED."""
    create_topic(broker.bootstrap, topic_name, partitions=len(RECORDS_PER_PARTITION))
    produce(broker.bootstrap, topic_name)
    consumer = KafkaConsumer(
        topic_name, bootstrap_servers=broker.bootstrap, group_id=f"group-{topic_name}",
        client_id="groups-tool-test", auto_offset_reset="earliest", enable_auto_commit=False,
        request_timeout_ms=TIMEOUT_MS + 5000, consumer_timeout_ms=500)
    try:
        read = 0
        deadline = time.monotonic() + 30
        while read < sum(RECORDS_PER_PARTITION) and time.monotonic() < deadline:
            read += sum(len(batch) for batch in consumer.poll(timeout_ms=500).values())
        assert read == sum(RECORDS_PER_PARTITION)
        consumer.commit({KafkaTopicPartition(topic_name, partition): OffsetAndMetadata(
            offset, "", -1) for partition, offset in enumerate(COMMITTED)})
        yield consumer
    finally:
        consumer.close()


def committed(bootstrap: str, group_id: str) -> dict[TopicPartition, int]:
    with KafkaClient(bootstrap) as client:
        return client.committed_offsets(group_id)


def test_groups_tool_follows_a_group_from_active_to_reset(
        broker: BrokerProcess, topic_name: str, active_consumer: KafkaConsumer,
        capsys: pytest.CaptureFixture[str]) -> None:
    group_id, bootstrap = f"group-{topic_name}", broker.bootstrap
    check_active_group(capsys, bootstrap, group_id, topic_name)
    active_consumer.close()  # LeaveGroup: the group is Empty, its offsets stay
    check_inactive_group(capsys, bootstrap, group_id, topic_name)
    check_resets(capsys, bootstrap, group_id, topic_name)


def check_active_group(capsys: pytest.CaptureFixture[str], bootstrap: str, group_id: str,
                       topic: str) -> None:
    code, out, _err = kspec_groups(capsys, bootstrap, "--list")
    assert code == 0 and group_id in out.splitlines()
    code, out, _err = kspec_groups(capsys, bootstrap, "--list", "--state", "stable")
    assert code == 0 and [line.split() for line in out.splitlines()
                          if line.startswith(group_id)] == [[group_id, "Stable"]]
    code, out, _err = kspec_groups(capsys, bootstrap, "--list", "--output", "json")
    assert code == 0 and {"group": group_id, "state": "Stable", "type": "classic"} in json.loads(
        out)

    code, out, err = kspec_groups(capsys, bootstrap, "--describe", group_id)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "" and lines[1].split() == [
        "GROUP", "TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG",
        "CONSUMER-ID", "HOST", "CLIENT-ID"]
    rows = [line.split() for line in lines[2:]]
    assert [row[:6] for row in rows] == [[group_id, topic, "0", "4", "5", "1"],
                                         [group_id, topic, "1", "3", "3", "0"]]
    assert all(row[6] != "-" and row[8] == "groups-tool-test" for row in rows)

    code, out, _err = kspec_groups(capsys, bootstrap, "--describe", group_id, "--members")
    member_rows = [line.split() for line in out.splitlines()[2:]]
    assert code == 0 and len(member_rows) == 1 and member_rows[0][-1] == "2"
    code, out, _err = kspec_groups(capsys, bootstrap, "--describe", group_id, "--state")
    state_row = out.splitlines()[2].split()
    assert code == 0 and state_row[-2:] == ["Stable", "1"] and state_row[-3] == "range"

    code, out, _err = kspec_groups(capsys, bootstrap, "--reset-offsets", "--group", group_id,
                                   "--all-topics", "--to-earliest", "--execute")
    assert code == 1 and out == (f"\nError: Assignments can only be reset if the group "
                                 f"'{group_id}' is inactive, but the current state is "
                                 f"Stable.\n")
    assert committed(bootstrap, group_id) == {TopicPartition(topic, 0): 4,
                                              TopicPartition(topic, 1): 3}


def check_inactive_group(capsys: pytest.CaptureFixture[str], bootstrap: str, group_id: str,
                         topic: str) -> None:
    code, out, err = kspec_groups(capsys, bootstrap, "--describe", group_id)
    assert code == 0 and err == f"\nConsumer group '{group_id}' has no active members.\n"
    assert [line.split() for line in out.splitlines()[2:]] == [
        [group_id, topic, "0", "4", "5", "1", "-", "-", "-"],
        [group_id, topic, "1", "3", "3", "0", "-", "-", "-"]]
    code, out, _err = kspec_groups(capsys, bootstrap, "--describe", group_id,
                                   "--output", "json")
    document = json.loads(out)
    assert code == 0 and document["state"] == "Empty"
    assert [(row["partition"], row["lag"], row["consumer_id"])
            for row in document["offsets"]] == [(0, 1, None), (1, 0, None)]

    code, out, _err = kspec_groups(capsys, bootstrap, "--describe", f"{group_id}-absent")
    assert code == 1 and out == f"\nError: Consumer group '{group_id}-absent' does not exist.\n"


def check_resets(capsys: pytest.CaptureFixture[str], bootstrap: str, group_id: str,
                 topic: str) -> None:
    first, second = TopicPartition(topic, 0), TopicPartition(topic, 1)
    dry_run = ("--reset-offsets", "--group", group_id, "--all-topics", "--to-earliest")
    code, out, _err = kspec_groups(capsys, bootstrap, *dry_run, "--dry-run")
    assert code == 0 and [line.split() for line in out.splitlines()[1:]] == [
        ["GROUP", "TOPIC", "PARTITION", "NEW-OFFSET"], [group_id, topic, "0", "0"],
        [group_id, topic, "1", "0"]]
    assert committed(bootstrap, group_id) == {first: 4, second: 3}

    assert kspec_groups(capsys, bootstrap, *dry_run, "--execute")[0] == 0
    assert committed(bootstrap, group_id) == {first: 0, second: 0}

    reset = ("--reset-offsets", "--group", group_id, "--execute")
    assert kspec_groups(capsys, bootstrap, *reset, "--topic", f"{topic}:0",
                        "--to-offset", "99")[0] == 0  # past the log end: clamped to it
    assert committed(bootstrap, group_id) == {first: 5, second: 0}
    assert kspec_groups(capsys, bootstrap, *reset, "--topic", topic, "--to-latest")[0] == 0
    assert committed(bootstrap, group_id) == {first: 5, second: 3}
    assert kspec_groups(capsys, bootstrap, *reset, "--topic", topic, "--to-datetime",
                        "2001-01-01T00:00:00.000")[0] == 0  # before every record: the start
    assert committed(bootstrap, group_id) == {first: 0, second: 0}
    code, out, _err = kspec_groups(capsys, bootstrap, *reset, "--topic", f"{topic}:1",
                                   "--to-datetime", "2999-01-01T00:00:00.000+01:00")
    assert code == 0 and out.startswith(f"\nWarn: Partition 1 from topic {topic} is empty. "
                                        "Falling back to latest known offset.\n")
    assert committed(bootstrap, group_id) == {first: 0, second: 3}


def test_groups_tool_describes_a_kip_848_group_through_consumer_group_describe(
        broker: BrokerProcess, topic_name: str, capsys: pytest.CaptureFixture[str]) -> None:
    create_topic(broker.bootstrap, topic_name, partitions=len(RECORDS_PER_PARTITION))
    produce(broker.bootstrap, topic_name)
    group_id = f"group-{topic_name}"
    consumer = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": group_id,
                         "group.protocol": "consumer", "auto.offset.reset": "earliest",
                         "enable.auto.commit": False, "client.id": "groups-tool-848"})
    try:
        consumer.subscribe([topic_name])
        read, deadline = 0, time.monotonic() + 30
        while read < sum(RECORDS_PER_PARTITION) and time.monotonic() < deadline:
            message = consumer.poll(0.5)
            read += message is not None and message.error() is None
        consumer.commit(asynchronous=False)
        code, out, _err = kspec_groups(capsys, broker.bootstrap, "--describe", group_id,
                                       "--state", "--output", "json")
        document = json.loads(out)
        assert code == 0 and (document["type"], document["state"], document["members"]) == (
            "consumer", "Stable", 1)
        assert document["group_epoch"] >= 1 and document["assignment_strategy"] == "uniform"
        code, out, _err = kspec_groups(capsys, broker.bootstrap, "--describe", group_id)
        rows = [line.split() for line in out.splitlines()[2:]]
        assert code == 0 and [(row[2], row[3], row[5], row[8]) for row in rows] == [
            ("0", "5", "0", "groups-tool-848"), ("1", "3", "0", "groups-tool-848")]
    finally:
        consumer.close()


def test_client_steps_down_its_api_versions_version_for_a_peer_that_refuses_it() -> None:
    # librdkafka's mock cluster serves ApiVersions up to v3 and refuses v4 in a v3 body,
    # not the v0 body Kafka sends; the client must still learn its versions.
    owner = Producer({"test.mock.num.brokers": 1})  # the mock lives as long as this producer
    mock = next(iter(owner.list_topics(timeout=10).brokers.values()))
    connection = BrokerConnection(mock.host, mock.port)
    try:
        assert connection.served_versions[18][1] < ApiVersionsRequest.MAX_VERSION
        assert connection.version_for(FindCoordinatorRequest.API_KEY) is not None
    finally:
        connection.close()
