"""More real-client flows: librdkafka's and aiokafka's admin clients, consumers under
read_committed, a consumer whose assignment shrinks (forgotten partitions in its fetch session),
acks=0 producers, and kcat's offset queries.

Each drives a library as an application would; the requests are whatever that library sends,
at the versions it negotiates, and the expected answers are recorded from the reference.
"""

from __future__ import annotations

import asyncio
import importlib
import shutil
import subprocess
from typing import Any

from conformance.case import TopicSetup
from conformance.cases.flows import TIMEOUT_MS, Flow, consume_from_start, produce_three

BASE_TIMESTAMP_MS = 1_700_000_000_000


def _confluent_admin() -> Any:
    """confluent_kafka.admin, untyped: its stubs do not export the names it documents."""
    return importlib.import_module("confluent_kafka.admin")


def _wait_all(futures: dict[Any, Any]) -> None:
    for future in futures.values():
        future.result(timeout=15)


def confluent_admin_topics() -> Flow:
    topic = "cases-confluent-admin"

    def drive(bootstrap: str) -> None:
        api = _confluent_admin()
        admin = api.AdminClient({"bootstrap.servers": bootstrap})
        _wait_all(admin.create_topics([api.NewTopic(topic, 2, 1,
                                                    config={"retention.ms": "60000"})],
                                      operation_timeout=10))
        admin.describe_topics(_topic_collection([topic])).get(topic).result(timeout=15)
        _wait_all(admin.create_partitions([api.NewPartitions(topic, 3)]))
        _wait_all(admin.delete_topics([topic], operation_timeout=10))

    return Flow("confluent-kafka-admin-topics",
                "confluent-kafka AdminClient (librdkafka): create a two-partition topic with a "
                "retention.ms override, describe it, grow it to three partitions, delete it.",
                drive, cleanup=(topic,))


def _topic_collection(names: list[str]) -> Any:
    from confluent_kafka import TopicCollection

    return TopicCollection(names)


def confluent_admin_configs_records() -> Flow:
    topic = "cases-confluent-configs"

    def drive(bootstrap: str) -> None:
        from confluent_kafka import TopicPartition
        produce_three(bootstrap, topic, "none", idempotent=False)
        api = _confluent_admin()
        admin = api.AdminClient({"bootstrap.servers": bootstrap})
        resource = api.ConfigResource(api.ResourceType.TOPIC, topic)
        _wait_all(admin.describe_configs([resource]))
        _wait_all(admin.incremental_alter_configs([api.ConfigResource(
            api.ResourceType.TOPIC, topic, incremental_configs=[
                api.ConfigEntry("retention.ms", "120000",
                                incremental_operation=api.AlterConfigOpType.SET),
                api.ConfigEntry("cleanup.policy", "compact",
                                incremental_operation=api.AlterConfigOpType.APPEND)])]))
        _wait_all(admin.describe_configs([resource]))
        _wait_all(admin.delete_records([TopicPartition(topic, 0, 1)]))
        admin.describe_cluster().result(timeout=15)

    return Flow("confluent-kafka-admin-configs-records",
                "confluent-kafka AdminClient on a topic holding three records: describe its "
                "configs, SET retention.ms and APPEND compact to cleanup.policy "
                "(IncrementalAlterConfigs, KIP-339), describe again, delete the records below "
                "offset 1, describe the cluster.", drive, setup=(TopicSetup(topic, 1),))


def confluent_list_offsets() -> Flow:
    topic = "cases-confluent-offsets"

    def drive(bootstrap: str) -> None:
        from confluent_kafka import TopicPartition
        produce_three(bootstrap, topic, "none", idempotent=False)
        api = _confluent_admin()
        admin = api.AdminClient({"bootstrap.servers": bootstrap})
        partition = TopicPartition(topic, 0)
        spec_of = api.OffsetSpec
        for spec in (spec_of.earliest(), spec_of.latest(), spec_of.max_timestamp(),
                     spec_of.for_timestamp(BASE_TIMESTAMP_MS + 1)):
            _wait_all(admin.list_offsets({partition: spec}))

    return Flow("confluent-kafka-list-offsets",
                "confluent-kafka AdminClient.list_offsets on three records stamped t, t+1, t+2: "
                "earliest (0), latest (3), max timestamp (2, KIP-734), and the first at or "
                "after t+1 (1).", drive, setup=(TopicSetup(topic, 1),))


def kafka_python_read_committed() -> Flow:
    topic = "cases-read-committed"

    def drive(bootstrap: str) -> None:
        from kafka import KafkaConsumer, TopicPartition

        produce_three(bootstrap, topic, "none", idempotent=True)
        consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None,
                                 enable_auto_commit=False, isolation_level="read_committed",
                                 request_timeout_ms=TIMEOUT_MS, fetch_max_wait_ms=100)
        try:
            partition = TopicPartition(topic, 0)
            consumer.assign([partition])
            consumer.seek_to_beginning(partition)
            _poll_until(lambda: sum(len(batch) for batch in
                                    consumer.poll(timeout_ms=200).values()), 3)
        finally:
            consumer.close()

    return Flow("kafka-python-consume-read-committed",
                "kafka-python: an idempotent producer sends three records; a consumer under "
                "isolation_level=read_committed finds the beginning (ListOffsets earliest) and "
                "reads to the last stable offset (no open transaction: the high watermark); "
                "Fetch answers aborted_transactions as a list, not null.", drive,
                setup=(TopicSetup(topic, 1),))


def _poll_until(poll: Any, count: int) -> None:
    received = 0
    for _ in range(50):
        received += poll()
        if received >= count:
            return
    raise RuntimeError(f"read {received} of {count} records")


def kafka_python_shrinking_assignment() -> Flow:
    topic = "cases-forgotten"

    def drive(bootstrap: str) -> None:
        from kafka import KafkaConsumer, KafkaProducer, TopicPartition

        producer = KafkaProducer(bootstrap_servers=bootstrap, linger_ms=20)
        for partition in (0, 1):
            producer.send(topic, b"first", partition=partition, timestamp_ms=BASE_TIMESTAMP_MS)
        producer.flush(timeout=15)
        producer.close(timeout=15)
        consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None,
                                 enable_auto_commit=False, request_timeout_ms=TIMEOUT_MS,
                                 fetch_max_wait_ms=100)
        try:
            both = [TopicPartition(topic, 0), TopicPartition(topic, 1)]
            consumer.assign(both)
            for partition in both:
                consumer.seek(partition, 0)
            _poll_until(lambda: sum(len(batch) for batch in
                                    consumer.poll(timeout_ms=200).values()), 2)
            consumer.assign(both[:1])
            consumer.poll(timeout_ms=300)
            consumer.poll(timeout_ms=300)
        finally:
            consumer.close()

    return Flow("kafka-python-fetch-forgotten-partition",
                "kafka-python: a consumer without a group reads one record from each of two "
                "partitions in a fetch session, then is assigned partition 0 alone: its next "
                "incremental fetch names partition 1 in forgotten_topics_data (KIP-227).",
                drive, setup=(TopicSetup(topic, 2),))


def kafka_python_acks_zero() -> Flow:
    topic = "cases-acks-zero"

    def drive(bootstrap: str) -> None:
        from kafka import KafkaProducer


        producer = KafkaProducer(bootstrap_servers=bootstrap, acks=0, linger_ms=20)
        for index in range(3):
            producer.send(topic, f"fire and forget {index}".encode(), partition=0,
                          timestamp_ms=BASE_TIMESTAMP_MS + index)
        producer.flush(timeout=15)
        producer.close(timeout=15)
        consume_from_start(bootstrap, topic, 3)

    return Flow("kafka-python-produce-acks-zero",
                "kafka-python: a producer with acks=0 sends three records (Produce gets no "
                "answer), then a consumer reads them back from offset 0.", drive,
                setup=(TopicSetup(topic, 1),))


def aiokafka_admin() -> Flow:
    topic = "cases-aiokafka-admin"

    async def run(bootstrap: str) -> None:
        from aiokafka.admin import AIOKafkaAdminClient, NewPartitions, NewTopic
        from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=TIMEOUT_MS)
        await admin.start()
        try:
            await admin.create_topics([NewTopic(topic, 1, 1)])
            resource = ConfigResource(ConfigResourceType.TOPIC, topic)
            await admin.describe_configs([resource])
            await admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, topic,
                                                      {"retention.ms": "3600000"})])
            await admin.create_partitions({topic: NewPartitions(total_count=2)})
            await admin.describe_cluster()
            await admin.delete_topics([topic])
        finally:
            await admin.close()

    def drive(bootstrap: str) -> None:
        asyncio.run(run(bootstrap))

    return Flow("aiokafka-admin",
                "aiokafka admin client: create a topic, describe its configs, set retention.ms "
                "(AlterConfigs), grow it to two partitions, describe the cluster, delete it.",
                drive, cleanup=(topic,))


def kcat_offsets() -> Flow:
    topic = "cases-kcat-offsets"

    def drive(bootstrap: str) -> None:
        kcat = shutil.which("kcat") or shutil.which("kafkacat")
        if kcat is None:
            raise RuntimeError("kcat is not installed: run `make tools`")
        produce_three(bootstrap, topic, "none", idempotent=False)
        for arguments in (["-Q", "-t", f"{topic}:0:{BASE_TIMESTAMP_MS + 1}"],
                          ["-C", "-t", topic, "-p", "0", "-o", "-1", "-e"]):
            subprocess.run([kcat, "-b", bootstrap, *arguments], capture_output=True,
                           text=True, timeout=30, check=True)

    return Flow("kcat-query-offsets",
                "kcat: the offset of the first record at or after a timestamp (-Q: ListOffsets "
                "by time, offset 1), then consume the last record (-o -1: ListOffsets latest, "
                "then Fetch from offset 2 to the end).", drive, setup=(TopicSetup(topic, 1),))


def client_flows() -> list[Flow]:
    from conformance.cases.codec_flows import aiokafka_produce_fetch, confluent_produce_fetch

    return [*(confluent_produce_fetch(codec) for codec in ("none", "gzip", "snappy")),
            *(aiokafka_produce_fetch(codec) for codec in ("none", "lz4", "zstd")),
            confluent_admin_topics(), confluent_admin_configs_records(),
            confluent_list_offsets(), kafka_python_read_committed(),
            kafka_python_shrinking_assignment(), kafka_python_acks_zero(), aiokafka_admin(),
            kcat_offsets()]
