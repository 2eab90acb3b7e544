"""Consumer groups driven by real clients: kafka-python, aiokafka and librdkafka consumers on
the classic protocol, librdkafka on the KIP-848 protocol (`group.protocol=consumer`), and the
admin clients' group operations.

A classic group's first join waits group.initial.rebalance.delay.ms (3 s, Kafka's default) for
more members, in the recording and in every replay: each case has a single consumer, so the
wait is the only one. Heartbeats the clients' background threads sent are replayed as recorded.
"""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
from typing import Any

from conformance.case import TopicSetup
from conformance.cases.flows import TIMEOUT_MS, Flow, produce_three

POLLS = 80
# Kafka's group.min.session.timeout.ms; the rebalance timeout (max poll interval) as short, so a
# peer that parks a join until its rebalance timeout answers within seconds.
SESSION_TIMEOUT_MS = MAX_POLL_INTERVAL_MS = 6_000
HEARTBEAT_INTERVAL_MS = 1_000


def _kafka_python_group(bootstrap: str, topic: str, group: str) -> None:
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=group,
                             auto_offset_reset="earliest", enable_auto_commit=False,
                             request_timeout_ms=TIMEOUT_MS, fetch_max_wait_ms=100,
                             session_timeout_ms=SESSION_TIMEOUT_MS,
                             heartbeat_interval_ms=HEARTBEAT_INTERVAL_MS,
                             max_poll_interval_ms=MAX_POLL_INTERVAL_MS)
    try:
        received = 0
        for _ in range(POLLS):
            received += sum(len(batch) for batch in consumer.poll(timeout_ms=200).values())
            if received >= 3:
                consumer.commit()
                return
        raise RuntimeError(f"kafka-python read {received} of 3 records in group {group}")
    finally:
        consumer.close()


def kafka_python_consumer_group() -> Flow:
    topic, group = "cases-kp-group", "cases-kafka-python-group"

    def drive(bootstrap: str) -> None:
        produce_three(bootstrap, topic, "none", idempotent=False)
        _kafka_python_group(bootstrap, topic, group)

    return Flow("kafka-python-consumer-group",
                "kafka-python: a consumer subscribed in a classic group finds the coordinator, "
                "joins (MEMBER_ID_REQUIRED first, KIP-394), leads and assigns itself the "
                "partition (SyncGroup), fetches its committed offset (none: reset to earliest), "
                "reads three records, commits and leaves (LeaveGroup).", drive,
                setup=(TopicSetup(topic, 1),))


def kafka_python_admin_groups() -> Flow:
    topic, group = "cases-kp-admin-group", "cases-kafka-python-admin-group"

    def drive(bootstrap: str) -> None:
        from kafka import KafkaAdminClient

        produce_three(bootstrap, topic, "none", idempotent=False)
        _kafka_python_group(bootstrap, topic, group)
        admin = KafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=TIMEOUT_MS)
        try:
            admin.list_groups()
            admin.describe_groups([group])
            admin.list_group_offsets(group)
            admin.delete_groups([group])
        finally:
            admin.close()

    return Flow("kafka-python-admin-groups",
                "kafka-python: a consumer group reads three records, commits and leaves; the "
                "admin client then lists the groups, describes the group (Empty, no members), "
                "lists its committed offsets and deletes it.", drive,
                setup=(TopicSetup(topic, 1),))


def _confluent_group(bootstrap: str, topic: str, group: str, protocol: str) -> None:
    from confluent_kafka import Consumer

    settings = {"bootstrap.servers": bootstrap, "group.id": group,
                "auto.offset.reset": "earliest", "enable.auto.commit": False,
                "fetch.wait.max.ms": 100, "group.protocol": protocol}
    if protocol == "classic":  # the KIP-848 protocol takes these from the broker
        settings.update({"session.timeout.ms": SESSION_TIMEOUT_MS,
                         "heartbeat.interval.ms": HEARTBEAT_INTERVAL_MS,
                         "max.poll.interval.ms": MAX_POLL_INTERVAL_MS})
    consumer = Consumer(settings)
    try:
        consumer.subscribe([topic])
        received = 0
        for _ in range(POLLS):
            message = consumer.poll(0.2)
            if message is not None and message.error() is None:
                received += 1
            if received == 3:
                consumer.commit(asynchronous=False)
                return
        raise RuntimeError(f"confluent-kafka read {received} of 3 records in group {group}")
    finally:
        consumer.close()


def confluent_consumer_group(protocol: str) -> Flow:
    topic, group = f"cases-rdk-{protocol}", f"cases-confluent-{protocol}-group"

    def drive(bootstrap: str) -> None:
        produce_three(bootstrap, topic, "none", idempotent=False)
        _confluent_group(bootstrap, topic, group, protocol)

    described = ("in a classic group (JoinGroup, SyncGroup, Heartbeat, LeaveGroup)"
                 if protocol == "classic" else
                 "with group.protocol=consumer (KIP-848: ConsumerGroupHeartbeat joins at epoch "
                 "0, the coordinator assigns the partition, epoch -1 leaves)")
    return Flow(f"confluent-kafka-consumer-group-{protocol}",
                f"confluent-kafka (librdkafka): a consumer subscribed {described} reads three "
                "records from the earliest offset, commits (OffsetCommit) and closes.", drive,
                setup=(TopicSetup(topic, 1),))


def confluent_admin_groups() -> Flow:
    topic, group = "cases-rdk-admin-group", "cases-confluent-admin-group"

    def drive(bootstrap: str) -> None:
        from confluent_kafka import ConsumerGroupTopicPartitions, TopicPartition

        produce_three(bootstrap, topic, "none", idempotent=False)
        _confluent_group(bootstrap, topic, group, "classic")
        api: Any = importlib.import_module("confluent_kafka.admin")
        admin = api.AdminClient({"bootstrap.servers": bootstrap})
        admin.list_consumer_groups().result(timeout=15)
        for future in admin.describe_consumer_groups([group]).values():
            future.result(timeout=15)
        request = ConsumerGroupTopicPartitions(group, [TopicPartition(topic, 0)])
        for future in admin.list_consumer_group_offsets([request]).values():
            future.result(timeout=15)
        for future in admin.delete_consumer_groups([group]).values():
            future.result(timeout=15)

    return Flow("confluent-kafka-admin-groups",
                "confluent-kafka AdminClient after a classic consumer group committed and left: "
                "list the groups, describe the group, list its committed offsets, delete it.",
                drive, setup=(TopicSetup(topic, 1),))


def aiokafka_consumer_group() -> Flow:
    topic, group = "cases-aio-group", "cases-aiokafka-group"

    async def run(bootstrap: str) -> None:
        from aiokafka import AIOKafkaConsumer

        consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=group,
                                    auto_offset_reset="earliest", enable_auto_commit=False,
                                    fetch_max_wait_ms=100,
                                    session_timeout_ms=SESSION_TIMEOUT_MS,
                                    heartbeat_interval_ms=HEARTBEAT_INTERVAL_MS,
                                    max_poll_interval_ms=MAX_POLL_INTERVAL_MS,
                                    rebalance_timeout_ms=MAX_POLL_INTERVAL_MS)
        await consumer.start()
        try:
            received = 0
            for _ in range(POLLS):
                batches = await consumer.getmany(timeout_ms=200)
                received += sum(len(records) for records in batches.values())
                if received >= 3:
                    await consumer.commit()
                    return
            raise RuntimeError(f"aiokafka read {received} of 3 records in group {group}")
        finally:
            await consumer.stop()

    def drive(bootstrap: str) -> None:
        produce_three(bootstrap, topic, "none", idempotent=False)
        asyncio.run(run(bootstrap))

    return Flow("aiokafka-consumer-group",
                "aiokafka: a consumer subscribed in a classic group joins, syncs, reads three "
                "records from the earliest offset, commits and leaves.", drive,
                setup=(TopicSetup(topic, 1),))


def group_client_flows() -> list[Flow]:
    flows = [kafka_python_consumer_group(), kafka_python_admin_groups(),
             confluent_consumer_group("classic"), confluent_consumer_group("consumer"),
             confluent_admin_groups(), aiokafka_consumer_group()]
    return [dataclasses.replace(flow, needs_group_coordinator=True) for flow in flows]
