"""kafka-python KafkaAdminClient (and the consumer's offset look-ups) against the reference
broker: topics, configs, partitions, DeleteRecords, ListOffsets, and the exception class
kafka-python raises for each Kafka error code."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import kafka.errors as errors
import pytest
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import AlterConfigOp, ConfigResource, ConfigResourceType, OffsetSpec

from tests.clients.expectations import hour_ago_ms
from tests.clients.test_kafka_python_records import TIMEOUT_MS, TIMEOUT_S, consume_from
from tests.support.broker_process import BrokerProcess

pytestmark = pytest.mark.clients

BASE_MS = hour_ago_ms()
# Out of order on purpose: the largest timestamp sits on offset 1, inside one batch.
TIMESTAMPS_MS = [BASE_MS, BASE_MS + 30, BASE_MS + 10, BASE_MS + 20]


@pytest.fixture(scope="module")
def admin(broker: BrokerProcess) -> Iterator[KafkaAdminClient]:
    client = KafkaAdminClient(bootstrap_servers=broker.bootstrap, request_timeout_ms=TIMEOUT_MS)
    yield client
    client.close()


def create(admin: KafkaAdminClient, topic: str, partitions: int = 1,
           configs: dict[str, str] | None = None) -> None:
    admin.create_topics({topic: {"num_partitions": partitions, "replication_factor": 1,
                                 "configs": configs or {}}})


def topic_configs(admin: KafkaAdminClient, topic: str) -> dict[str, dict[str, Any]]:
    described = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, topic)],
                                       config_filter="all")
    configs: dict[str, dict[str, Any]] = described["topic"][topic]
    return configs


def produce(bootstrap: str, topic: str, values: list[bytes],
            timestamps_ms: list[int] | None = None, key: bytes | None = b"k") -> None:
    """One batch (long linger, one flush) of records on partition 0; raises what the broker
    answered."""
    producer = KafkaProducer(bootstrap_servers=bootstrap, linger_ms=100,
                             request_timeout_ms=TIMEOUT_MS, retries=0)
    try:
        futures = [producer.send(topic, key=key, value=value, partition=0,
                                 timestamp_ms=timestamps_ms[i] if timestamps_ms else None)
                   for i, value in enumerate(values)]
        producer.flush(timeout=TIMEOUT_S)
        for future in futures:
            future.get(timeout=TIMEOUT_S)
    finally:
        producer.close(timeout=TIMEOUT_S)


def test_validate_only_creates_nothing(admin: KafkaAdminClient, topic_name: str) -> None:
    answer = admin.create_topics({topic_name: {"num_partitions": 3, "replication_factor": 1}},
                                 validate_only=True)
    assert [(t["name"], t["error_code"], t["num_partitions"]) for t in answer["topics"]] == [
        (topic_name, 0, 3)]
    assert topic_name not in admin.list_topics()


def test_create_describe_and_delete_topic(admin: KafkaAdminClient, topic_name: str) -> None:
    create(admin, topic_name, partitions=2)
    assert topic_name in admin.list_topics()
    [described] = admin.describe_topics([topic_name])
    assert (described["name"], described["error_code"], described["is_internal"]) == (
        topic_name, 0, False)
    assert [(p["partition_index"], p["leader_id"], p["replica_nodes"], p["isr_nodes"])
            for p in described["partitions"]] == [(0, 1, [1], [1]), (1, 1, [1], [1])]
    admin.delete_topics([topic_name])
    assert topic_name not in admin.list_topics()
    with pytest.raises(errors.UnknownTopicOrPartitionError):
        admin.delete_topics([topic_name])


@pytest.mark.parametrize(("name", "partitions", "replication_factor", "error"), [
    ("bad name", 1, 1, errors.InvalidTopicError),
    ("x" * 250, 1, 1, errors.InvalidTopicError),
    (".", 1, 1, errors.InvalidTopicError),
    ("zero-partitions", 0, 1, errors.InvalidPartitionsError),
    ("three-replicas", 1, 3, errors.InvalidReplicationFactorError),
    ("zero-replicas", 1, 0, errors.InvalidReplicationFactorError),
])
def test_create_topic_errors(admin: KafkaAdminClient, name: str, partitions: int,
                             replication_factor: int, error: type[Exception]) -> None:
    with pytest.raises(error):
        admin.create_topics({name: {"num_partitions": partitions,
                                    "replication_factor": replication_factor}})
    assert name not in admin.list_topics()


def test_create_existing_topic(admin: KafkaAdminClient, topic_name: str) -> None:
    create(admin, topic_name)
    with pytest.raises(errors.TopicAlreadyExistsError):
        create(admin, topic_name)


def test_describe_configs_defaults_and_overrides(admin: KafkaAdminClient,
                                                 topic_name: str) -> None:
    create(admin, topic_name, configs={"retention.ms": "86400000"})
    configs = topic_configs(admin, topic_name)
    assert (configs["retention.ms"]["value"], configs["retention.ms"]["config_source"]) == (
        "86400000", "DYNAMIC_TOPIC_CONFIG")
    assert (configs["cleanup.policy"]["value"], configs["cleanup.policy"]["config_source"]) == (
        "delete", "DEFAULT_CONFIG")
    assert configs["retention.ms"]["config_type"] == "LONG"


def test_incremental_alter_configs(admin: KafkaAdminClient, topic_name: str) -> None:
    create(admin, topic_name)
    answer = admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, topic_name, configs={
        "retention.ms": "3600000",
        "cleanup.policy": (AlterConfigOp.APPEND, "compact")})], incremental=True)
    assert answer == {"topic": {topic_name: "OK"}}
    configs = topic_configs(admin, topic_name)
    assert configs["retention.ms"]["value"] == "3600000"
    assert configs["cleanup.policy"]["value"] == "delete,compact"
    admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, topic_name, configs={
        "retention.ms": (AlterConfigOp.DELETE, None)})], incremental=True)
    assert topic_configs(admin, topic_name)["retention.ms"]["value"] == "604800000"
    # kafka-python reports per-resource errors as text rather than raising.
    refused = admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, topic_name, configs={
        "retention.ms": "soon"})], incremental=True)
    assert refused["topic"][topic_name] == (
        "[Error 40] InvalidConfigurationError: Invalid value soon for configuration "
        "retention.ms: Not a number of type LONG")


def test_legacy_alter_configs(admin: KafkaAdminClient, topic_name: str) -> None:
    create(admin, topic_name)
    admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, topic_name, configs={
        "retention.ms": "2000", "cleanup.policy": "compact"})], incremental=False)
    configs = topic_configs(admin, topic_name)
    assert (configs["retention.ms"]["value"], configs["cleanup.policy"]["value"]) == (
        "2000", "compact")
    refused = admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, topic_name, configs={
        "cleanup.policy": "shred"})], incremental=False)
    # kafka-python reports per-resource errors as text rather than raising.
    assert refused["topic"][topic_name].startswith("[Error 40] InvalidConfigurationError")
    assert topic_configs(admin, topic_name)["cleanup.policy"]["value"] == "compact"


def test_compacted_topic_refuses_records_without_key(admin: KafkaAdminClient,
                                                    broker: BrokerProcess,
                                                    topic_name: str) -> None:
    create(admin, topic_name, configs={"cleanup.policy": "compact"})
    with pytest.raises(errors.InvalidRecordError):
        produce(broker.bootstrap, topic_name, [b"no key"], key=None)


def test_create_partitions(admin: KafkaAdminClient, topic_name: str) -> None:
    create(admin, topic_name)
    admin.create_partitions({topic_name: 3})
    [described] = admin.describe_topics([topic_name])
    assert [p["partition_index"] for p in described["partitions"]] == [0, 1, 2]
    with pytest.raises(errors.InvalidPartitionsError, match="already has 3 partition"):
        admin.create_partitions({topic_name: 3})
    with pytest.raises(errors.InvalidPartitionsError):
        admin.create_partitions({topic_name: 2})
    with pytest.raises(errors.UnknownTopicOrPartitionError):
        admin.create_partitions({topic_name + "-missing": 2})


def test_delete_records_moves_the_log_start(admin: KafkaAdminClient, broker: BrokerProcess,
                                            topic_name: str) -> None:
    create(admin, topic_name)
    produce(broker.bootstrap, topic_name, [b"v%d" % i for i in range(5)])
    partition = TopicPartition(topic_name, 0)
    answer = admin.delete_records({partition: 3})
    assert answer[partition]["low_watermark"] == 3
    earliest = admin.list_partition_offsets({partition: OffsetSpec.EARLIEST})[partition]
    assert earliest.offset == 3
    consumed = consume_from(broker.bootstrap, [partition], 2, offset=None)
    assert [(r.offset, r.value) for r in consumed] == [(3, b"v3"), (4, b"v4")]
    with pytest.raises(errors.OffsetOutOfRangeError):
        admin.delete_records({partition: 6})


def test_list_offsets(admin: KafkaAdminClient, broker: BrokerProcess, topic_name: str) -> None:
    create(admin, topic_name)
    produce(broker.bootstrap, topic_name, [b"a", b"b", b"c", b"d"], TIMESTAMPS_MS)
    partition = TopicPartition(topic_name, 0)

    def offset_for(spec: OffsetSpec | int) -> tuple[int, int]:
        answer = admin.list_partition_offsets({partition: spec})[partition]
        return answer.offset, answer.timestamp

    assert offset_for(OffsetSpec.EARLIEST)[0] == 0
    assert offset_for(OffsetSpec.LATEST)[0] == 4
    assert offset_for(BASE_MS + 15) == (1, BASE_MS + 30)
    assert offset_for(BASE_MS + 31)[0] == -1


def test_list_offsets_max_timestamp_names_the_record(admin: KafkaAdminClient,
                                                     broker: BrokerProcess,
                                                     topic_name: str) -> None:
    """Kafka answers the record holding the largest timestamp (RecordBatch.offsetOfMaxTimestamp,
    KAFKA-16310), not the last offset of its batch."""
    create(admin, topic_name)
    produce(broker.bootstrap, topic_name, [b"a", b"b", b"c", b"d"], TIMESTAMPS_MS)
    partition = TopicPartition(topic_name, 0)
    answer = admin.list_partition_offsets({partition: OffsetSpec.MAX_TIMESTAMP})[partition]
    assert (answer.offset, answer.timestamp) == (1, BASE_MS + 30)


def test_consumer_offset_lookups(admin: KafkaAdminClient, broker: BrokerProcess,
                                 topic_name: str) -> None:
    create(admin, topic_name)
    produce(broker.bootstrap, topic_name, [b"a", b"b", b"c", b"d"], TIMESTAMPS_MS)
    partition = TopicPartition(topic_name, 0)
    consumer = KafkaConsumer(bootstrap_servers=broker.bootstrap, group_id=None,
                             request_timeout_ms=TIMEOUT_MS)
    try:
        assert consumer.beginning_offsets([partition]) == {partition: 0}
        assert consumer.end_offsets([partition]) == {partition: 4}
        found = consumer.offsets_for_times({partition: BASE_MS + 5})[partition]
        assert (found.offset, found.timestamp) == (1, BASE_MS + 30)
        assert consumer.offsets_for_times({partition: BASE_MS + 31}) == {partition: None}
    finally:
        consumer.close()


def test_names_colliding_on_dot_and_underscore_are_refused(admin: KafkaAdminClient,
                                                           topic_name: str) -> None:
    """Kafka's metrics names map '.' to '_', so "a.b" cannot live beside "a_b"."""
    create(admin, topic_name + "_with_underscore")
    with pytest.raises(errors.InvalidTopicError, match="collides with existing topic"):
        create(admin, topic_name + ".with.underscore")


def test_recreated_topic_starts_empty(admin: KafkaAdminClient, broker: BrokerProcess,
                                      topic_name: str) -> None:
    create(admin, topic_name)
    produce(broker.bootstrap, topic_name, [b"old 0", b"old 1", b"old 2"])
    [first] = admin.describe_topics([topic_name])
    admin.delete_topics([topic_name])
    create(admin, topic_name)
    [second] = admin.describe_topics([topic_name])
    assert second["topic_id"] != first["topic_id"]
    produce(broker.bootstrap, topic_name, [b"new 0"])
    partition = TopicPartition(topic_name, 0)
    assert admin.list_partition_offsets({partition: OffsetSpec.LATEST})[partition].offset == 1
    consumed = consume_from(broker.bootstrap, [partition], 1)
    assert [(r.offset, r.value) for r in consumed] == [(0, b"new 0")]


def test_topic_max_message_bytes_refuses_larger_batches(admin: KafkaAdminClient,
                                                        broker: BrokerProcess,
                                                        topic_name: str) -> None:
    create(admin, topic_name, configs={"max.message.bytes": "1000"})
    with pytest.raises(errors.MessageSizeTooLargeError):
        produce(broker.bootstrap, topic_name, [b"x" * 2_000])
    produce(broker.bootstrap, topic_name, [b"x" * 500])


def test_requests_for_missing_topics_and_partitions(admin: KafkaAdminClient,
                                                    topic_name: str) -> None:
    create(admin, topic_name)
    missing_partition = TopicPartition(topic_name, 5)
    with pytest.raises(errors.UnknownTopicOrPartitionError):
        admin.list_partition_offsets({missing_partition: OffsetSpec.LATEST})
    refused = admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, topic_name + "-x",
                                                  configs={"retention.ms": "1000"})],
                                  incremental=True, raise_on_unknown=False)
    assert refused["topic"][topic_name + "-x"].startswith(
        "[Error 3] UnknownTopicOrPartitionError")


def test_validate_only_changes_nothing(admin: KafkaAdminClient, topic_name: str) -> None:
    create(admin, topic_name)
    admin.create_partitions({topic_name: 4}, validate_only=True)
    admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, topic_name, configs={
        "retention.ms": "1000"})], validate_only=True, incremental=True)
    [described] = admin.describe_topics([topic_name])
    assert len(described["partitions"]) == 1
    assert topic_configs(admin, topic_name)["retention.ms"]["value"] == "604800000"
