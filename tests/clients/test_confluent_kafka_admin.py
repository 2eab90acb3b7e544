"""confluent-kafka AdminClient against the reference broker: topics, configs, partitions,
DeleteRecords and ListOffsets, with the error codes librdkafka reports."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future
from typing import Any

import pytest
from confluent_kafka import (
    OFFSET_BEGINNING,
    Consumer,
    KafkaError,
    KafkaException,
    Producer,
    TopicCollection,
    TopicPartition,
)

# The package's stubs do not re-export these names, though they are its documented API.
from confluent_kafka.admin import (  # type: ignore[attr-defined]
    AdminClient,
    AlterConfigOpType,
    ConfigEntry,
    ConfigResource,
    ConfigSource,
    NewPartitions,
    NewTopic,
    OffsetSpec,
)

from tests.clients.expectations import hour_ago_ms
from tests.clients.test_confluent_kafka_records import consume_from_start, create_topic
from tests.support.broker_process import BrokerProcess

pytestmark = pytest.mark.clients

TIMEOUT_S = 15.0


@pytest.fixture
def admin(broker: BrokerProcess) -> Iterator[AdminClient]:
    # Per test, so no client outlives the session's broker and retries against a closed port.
    yield AdminClient({"bootstrap.servers": broker.bootstrap})


def error_code(future: Future[Any]) -> int:
    with pytest.raises(KafkaException) as raised:
        future.result(timeout=TIMEOUT_S)
    error: KafkaError = raised.value.args[0]
    return int(error.code())


def topic_names(admin: AdminClient) -> set[str]:
    return set(admin.list_topics(timeout=TIMEOUT_S).topics)


def produce_values(bootstrap: str, topic: str, values: list[bytes], partition: int = 0,
                   timestamps_ms: list[int] | None = None) -> None:
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 50})
    for index, value in enumerate(values):
        timestamp_ms = timestamps_ms[index] if timestamps_ms else 0
        producer.produce(topic, value=value, partition=partition, timestamp=timestamp_ms)
    assert producer.flush(TIMEOUT_S) == 0


def test_validate_only_creates_nothing(admin: AdminClient, topic_name: str) -> None:
    futures = admin.create_topics([NewTopic(topic_name, 3, 1)], validate_only=True)
    assert futures[topic_name].result(timeout=TIMEOUT_S) is None
    assert topic_name not in topic_names(admin)


def test_create_describe_and_delete_topic(admin: AdminClient, topic_name: str) -> None:
    admin.create_topics([NewTopic(topic_name, 3, 1)])[topic_name].result(timeout=TIMEOUT_S)
    metadata = admin.list_topics(topic_name, timeout=TIMEOUT_S).topics[topic_name]
    assert metadata.error is None
    assert sorted(metadata.partitions) == [0, 1, 2]
    for partition in metadata.partitions.values():
        assert (partition.leader, partition.replicas, partition.isrs) == (1, [1], [1])
    described = admin.describe_topics(TopicCollection([topic_name]))[topic_name].result(
        timeout=TIMEOUT_S)
    assert described.name == topic_name
    assert [p.id for p in described.partitions] == [0, 1, 2]
    admin.delete_topics([topic_name])[topic_name].result(timeout=TIMEOUT_S)
    assert topic_name not in topic_names(admin)
    again = admin.delete_topics([topic_name])[topic_name]
    assert error_code(again) == KafkaError.UNKNOWN_TOPIC_OR_PART


def test_create_topic_errors(admin: AdminClient, topic_name: str) -> None:
    admin.create_topics([NewTopic(topic_name, 1, 1)])[topic_name].result(timeout=TIMEOUT_S)
    exists = admin.create_topics([NewTopic(topic_name, 1, 1)])[topic_name]
    assert error_code(exists) == KafkaError.TOPIC_ALREADY_EXISTS
    invalid = admin.create_topics([NewTopic("bad name!", 1, 1)])["bad name!"]
    assert error_code(invalid) == KafkaError.TOPIC_EXCEPTION
    too_long = "x" * 250
    assert error_code(admin.create_topics([NewTopic(too_long, 1, 1)])[too_long]) == (
        KafkaError.TOPIC_EXCEPTION)
    zero = admin.create_topics([NewTopic(topic_name + "-zero", 0, 1)])[topic_name + "-zero"]
    assert error_code(zero) == KafkaError.INVALID_PARTITIONS
    factor = admin.create_topics([NewTopic(topic_name + "-rf", 1, 3)])[topic_name + "-rf"]
    assert error_code(factor) == KafkaError.INVALID_REPLICATION_FACTOR
    assert {topic_name + "-zero", topic_name + "-rf"}.isdisjoint(topic_names(admin))


def described(admin: AdminClient, topic: str) -> dict[str, ConfigEntry]:
    resource = ConfigResource(ConfigResource.Type.TOPIC, topic)
    entries: dict[str, ConfigEntry] = admin.describe_configs([resource])[resource].result(
        timeout=TIMEOUT_S)
    return entries


def test_describe_configs_defaults(admin: AdminClient, topic_name: str) -> None:
    create_topic(admin_bootstrap(admin), topic_name, partitions=1)
    entries = described(admin, topic_name)
    assert entries["retention.ms"].value == "604800000"
    assert entries["cleanup.policy"].value == "delete"
    assert ConfigSource(entries["retention.ms"].source) is ConfigSource.DEFAULT_CONFIG
    missing = ConfigResource(ConfigResource.Type.TOPIC, topic_name + "-missing")
    assert error_code(admin.describe_configs([missing])[missing]) == (
        KafkaError.UNKNOWN_TOPIC_OR_PART)


def test_incremental_alter_configs(admin: AdminClient, topic_name: str) -> None:
    create_topic(admin_bootstrap(admin), topic_name, partitions=1)
    resource = ConfigResource(ConfigResource.Type.TOPIC, topic_name, incremental_configs=[
        ConfigEntry("retention.ms", "3600000",
                    incremental_operation=AlterConfigOpType.SET),
        ConfigEntry("cleanup.policy", "compact",
                    incremental_operation=AlterConfigOpType.APPEND)])
    admin.incremental_alter_configs([resource])[resource].result(timeout=TIMEOUT_S)
    entries = described(admin, topic_name)
    assert entries["retention.ms"].value == "3600000"
    assert ConfigSource(entries["retention.ms"].source) is ConfigSource.DYNAMIC_TOPIC_CONFIG
    assert entries["cleanup.policy"].value == "delete,compact"
    bad = ConfigResource(ConfigResource.Type.TOPIC, topic_name, incremental_configs=[
        ConfigEntry("retention.ms", "soon", incremental_operation=AlterConfigOpType.SET)])
    assert error_code(admin.incremental_alter_configs([bad])[bad]) == KafkaError.INVALID_CONFIG
    assert described(admin, topic_name)["retention.ms"].value == "3600000"


def test_legacy_alter_configs_replaces_the_whole_set(admin: AdminClient,
                                                    topic_name: str) -> None:
    create_topic(admin_bootstrap(admin), topic_name, partitions=1)
    first = ConfigResource(ConfigResource.Type.TOPIC, topic_name,
                           set_config={"retention.ms": "1000", "cleanup.policy": "compact"})
    admin.alter_configs([first])[first].result(timeout=TIMEOUT_S)
    second = ConfigResource(ConfigResource.Type.TOPIC, topic_name,
                            set_config={"retention.ms": "2000"})
    admin.alter_configs([second])[second].result(timeout=TIMEOUT_S)
    entries = described(admin, topic_name)
    assert entries["retention.ms"].value == "2000"
    # AlterConfigs (not incremental) replaces every override: cleanup.policy is back to default.
    assert entries["cleanup.policy"].value == "delete"
    assert ConfigSource(entries["cleanup.policy"].source) is ConfigSource.DEFAULT_CONFIG


def test_create_partitions(admin: AdminClient, topic_name: str) -> None:
    create_topic(admin_bootstrap(admin), topic_name, partitions=1)
    admin.create_partitions([NewPartitions(topic_name, 3)])[topic_name].result(
        timeout=TIMEOUT_S)
    metadata = admin.list_topics(topic_name, timeout=TIMEOUT_S).topics[topic_name]
    assert sorted(metadata.partitions) == [0, 1, 2]
    same = admin.create_partitions([NewPartitions(topic_name, 3)])[topic_name]
    assert error_code(same) == KafkaError.INVALID_PARTITIONS
    fewer = admin.create_partitions([NewPartitions(topic_name, 2)])[topic_name]
    assert error_code(fewer) == KafkaError.INVALID_PARTITIONS
    missing = admin.create_partitions([NewPartitions(topic_name + "-x", 2)])[topic_name + "-x"]
    assert error_code(missing) == KafkaError.UNKNOWN_TOPIC_OR_PART


def test_delete_records_moves_the_log_start(admin: AdminClient, topic_name: str) -> None:
    bootstrap = admin_bootstrap(admin)
    create_topic(bootstrap, topic_name, partitions=1)
    produce_values(bootstrap, topic_name, [b"v%d" % i for i in range(5)])
    partition = TopicPartition(topic_name, 0, 3)
    deleted = admin.delete_records([partition])[partition].result(timeout=TIMEOUT_S)
    assert deleted.low_watermark == 3
    consumed = consume_from_start(bootstrap, topic_name, 2, partitions=1,
                                  start_offset=OFFSET_BEGINNING)
    assert [(r.offset, r.value) for r in consumed] == [(3, b"v3"), (4, b"v4")]
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "kspec-assign-only"})
    try:
        assert consumer.get_watermark_offsets(TopicPartition(topic_name, 0),
                                              timeout=TIMEOUT_S) == (3, 5)
    finally:
        consumer.close()
    beyond = TopicPartition(topic_name, 0, 9)
    assert error_code(admin.delete_records([beyond])[beyond]) == KafkaError.OFFSET_OUT_OF_RANGE


BASE_MS = hour_ago_ms()
# Out of order on purpose: the largest timestamp sits on offset 1, inside one batch.
TIMESTAMPS_MS = [BASE_MS, BASE_MS + 30, BASE_MS + 10, BASE_MS + 20]


# OffsetSpec's factory methods carry no annotations.
EARLIEST = OffsetSpec.earliest()  # type: ignore[no-untyped-call]
LATEST = OffsetSpec.latest()  # type: ignore[no-untyped-call]
MAX_TIMESTAMP = OffsetSpec.max_timestamp()  # type: ignore[no-untyped-call]


def list_offset(admin: AdminClient, topic: str, spec: OffsetSpec) -> Any:
    partition = TopicPartition(topic, 0)
    return admin.list_offsets({partition: spec})[partition].result(timeout=TIMEOUT_S)


def topic_with_timestamps(admin: AdminClient, topic: str) -> None:
    bootstrap = admin_bootstrap(admin)
    create_topic(bootstrap, topic, partitions=1)
    produce_values(bootstrap, topic, [b"a", b"b", b"c", b"d"], timestamps_ms=TIMESTAMPS_MS)


def test_list_offsets_earliest_latest_and_by_time(admin: AdminClient, topic_name: str) -> None:
    topic_with_timestamps(admin, topic_name)
    assert list_offset(admin, topic_name, EARLIEST).offset == 0
    assert list_offset(admin, topic_name, LATEST).offset == 4
    # The first offset whose timestamp is >= the target, not the closest timestamp.
    at = list_offset(admin, topic_name, OffsetSpec.for_timestamp(BASE_MS + 15))
    assert (at.offset, at.timestamp) == (1, BASE_MS + 30)
    assert list_offset(admin, topic_name, OffsetSpec.for_timestamp(BASE_MS + 31)).offset == -1
    consumer = Consumer({"bootstrap.servers": admin_bootstrap(admin),
                         "group.id": "kspec-assign-only"})
    try:
        found = consumer.offsets_for_times([TopicPartition(topic_name, 0, BASE_MS + 5)],
                                           timeout=TIMEOUT_S)
    finally:
        consumer.close()
    assert [(p.offset, p.error) for p in found] == [(1, None)]


def test_list_offsets_max_timestamp_names_the_record(admin: AdminClient,
                                                     topic_name: str) -> None:
    """Kafka answers the record holding the largest timestamp (RecordBatch.offsetOfMaxTimestamp,
    KAFKA-16310), not the last offset of its batch."""
    topic_with_timestamps(admin, topic_name)
    answer = list_offset(admin, topic_name, MAX_TIMESTAMP)
    assert (answer.offset, answer.timestamp) == (1, BASE_MS + 30)


def admin_bootstrap(admin: AdminClient) -> str:
    broker = next(iter(admin.list_topics(timeout=TIMEOUT_S).brokers.values()))
    return f"{broker.host}:{broker.port}"
