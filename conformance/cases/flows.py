"""Record the first cases: real client flows and a few raw error requests, each through the
recording proxy in front of a fresh embedded reference broker, converted to case files; then
the multi-broker cases (`conformance.cases.multi_broker_flows`).

    .venv/bin/python -m conformance.cases.flows --out conformance/cases

Each flow gets its own broker, so a case starts from an empty cluster, as its replay does.
kafka-python compresses snappy only through python-snappy; it gets a stand-in module backed by
cramjam (which python-snappy wraps), as in conformance/capture_golden.py.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from conformance.case import CASE_SUFFIX, Case, TopicSetup, lenient_decode_response, save_case
from conformance.convert import convert
from conformance.recorder import RecorderThread
from conformance.replay import embedded_broker
from conformance.snappy_shim import install_snappy_shim
from conformance.target import Connection, run_setup
from spec.generated.describe_configs import DescribeConfigsRequest
from spec.generated.request_header import RequestHeader
from spec.messages import encode_request

TIMEOUT_MS = 15_000
BROKER_RESOURCE, BROKER_NODE_ID = 4, 1
OFFSETS_REPLICATION_FACTOR = "offsets.topic.replication.factor"
CODECS = ("none", "gzip", "snappy", "lz4", "zstd")


@dataclass(frozen=True)
class Flow:
    name: str
    description: str
    drive: Callable[[str], None]
    setup: tuple[TopicSetup, ...] = ()
    cleanup: tuple[str, ...] = ()
    needs_group_coordinator: bool = False


class FlowSkipped(RuntimeError):
    """The broker recorded against cannot serve what the flow needs."""


# --- kafka-python flows ----------------------------------------------------------------------


def produce_three(bootstrap: str, topic: str, codec: str, *, idempotent: bool) -> None:
    from kafka import KafkaProducer

    producer = KafkaProducer(
        bootstrap_servers=bootstrap, compression_type=None if codec == "none" else codec,
        acks="all" if idempotent else 1, enable_idempotence=idempotent, linger_ms=50,
        request_timeout_ms=TIMEOUT_MS)
    try:
        for index in range(3):
            producer.send(topic, key=f"key-{index}".encode(), partition=0,
                          value=f"value {index} in {codec}; ".encode() * 4,
                          headers=[("index", str(index).encode())],
                          timestamp_ms=1_700_000_000_000 + index)
        producer.flush(timeout=15)
    finally:
        producer.close(timeout=15)


def consume_from_start(bootstrap: str, topic: str, count: int) -> None:
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None,
                             enable_auto_commit=False, request_timeout_ms=TIMEOUT_MS,
                             fetch_max_wait_ms=100)
    try:
        consumer.assign([TopicPartition(topic, 0)])
        consumer.seek(TopicPartition(topic, 0), 0)
        received = 0
        for _ in range(50):
            received += sum(len(batch) for batch in consumer.poll(timeout_ms=200).values())
            if received >= count:
                consumer.poll(timeout_ms=200)  # one more fetch: an incremental one (KIP-227)
                return
        raise RuntimeError(f"read {received} of {count} records from {topic}")
    finally:
        consumer.close()


def produce_and_fetch(codec: str) -> Flow:
    topic = f"cases-produce-{codec}"

    def drive(bootstrap: str) -> None:
        produce_three(bootstrap, topic, codec, idempotent=True)
        consume_from_start(bootstrap, topic, 3)

    return Flow(f"kafka-python-produce-fetch-{codec}",
                f"kafka-python: an idempotent producer (acks=all) sends three {codec} records "
                "to partition 0, then a consumer without a group reads them back from offset "
                "0 (fetch sessions, KIP-227).", drive, setup=(TopicSetup(topic, 1),))


def list_offsets_flow() -> Flow:
    topic = "cases-list-offsets"

    def drive(bootstrap: str) -> None:
        from kafka import KafkaConsumer, TopicPartition

        produce_three(bootstrap, topic, "none", idempotent=False)
        partition = TopicPartition(topic, 0)
        consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None,
                                 request_timeout_ms=TIMEOUT_MS)
        try:
            consumer.beginning_offsets([partition])
            consumer.end_offsets([partition])
            consumer.offsets_for_times({partition: 1_700_000_000_001})
            consumer.offsets_for_times({partition: 1_800_000_000_000})
        finally:
            consumer.close()

    return Flow("kafka-python-list-offsets",
                "kafka-python: earliest, latest, and by timestamp (one that names the second "
                "record, one later than every record: offset -1, as Kafka's "
                "UnifiedLog.fetchOffsetByTimestamp answers when no record is that late).",
                drive, setup=(TopicSetup(topic, 1),))


def admin_flow() -> Flow:
    topic = "cases-admin"

    def drive(bootstrap: str) -> None:
        from kafka import KafkaAdminClient
        from kafka.admin import NewTopic

        admin = KafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=TIMEOUT_MS)
        try:
            admin.create_topics([NewTopic(topic, 3, 1)])
            admin.describe_topics([topic])
            admin.delete_topics([topic])
        finally:
            admin.close()

    return Flow("kafka-python-admin-create-describe-delete",
                "kafka-python admin: create a topic of three partitions, describe it "
                "(Metadata), delete it.", drive, cleanup=(topic,))


def admin_configs_flow() -> Flow:
    topic = "cases-admin-configs"

    def drive(bootstrap: str) -> None:
        from kafka import KafkaAdminClient, TopicPartition
        from kafka.admin import ConfigResource, ConfigResourceType, NewPartitions

        produce_three(bootstrap, topic, "none", idempotent=False)
        admin = KafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=TIMEOUT_MS)
        try:
            resource = ConfigResource(ConfigResourceType.TOPIC, topic)
            admin.describe_configs([resource], config_filter="all")
            admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, topic,
                                                {"retention.ms": "3600000"})])
            admin.describe_configs([resource], include_synonyms=True, config_filter="all")
            admin.create_partitions({topic: NewPartitions(total_count=3)})
            admin.delete_records({TopicPartition(topic, 0): 2})
            admin.describe_cluster()
        finally:
            admin.close()

    return Flow("kafka-python-admin-configs-partitions-records",
                "kafka-python admin on a topic holding three records: describe its configs "
                "(every one, with Kafka's defaults), set retention.ms, describe again with "
                "synonyms, grow it to three partitions, delete the records below offset 2, "
                "describe the cluster.", drive, setup=(TopicSetup(topic, 1),))


# --- raw requests (error paths) --------------------------------------------------------------


class RawClient:
    """Requests built by hand, for error paths no client library would send."""

    def __init__(self, bootstrap: str) -> None:
        host, _, port = bootstrap.rpartition(":")
        self.bootstrap = bootstrap
        self.connection = Connection(host, int(port))
        self.correlation_id = 0

    def call(self, message: Any, version: int) -> Any:
        answer = self.send_frame(self.frame(message, version))
        response, _trailing_bytes = lenient_decode_response(answer, message.API_KEY, version)
        return response

    def send(self, message: Any, version: int) -> None:
        """A request whose answer is not read now: none comes (Produce with acks=0), or it
        comes later (a JoinGroup parked until the rebalance's join phase ends)."""
        self.connection.send(self.frame(message, version))

    def receive(self, api_key: int, version: int) -> Any:
        """The answer to the request `send` left unread."""
        response, _trailing_bytes = lenient_decode_response(self.connection.receive(), api_key,
                                                            version)
        return response

    def frame(self, message: Any, version: int) -> bytes:
        self.correlation_id += 1
        header = RequestHeader(request_api_key=message.API_KEY, request_api_version=version,
                               correlation_id=self.correlation_id, client_id="kspec-cases")
        return encode_request(header, message)

    def send_frame(self, frame: bytes) -> bytes:
        self.connection.send(frame)
        return self.connection.receive()

    def close(self) -> None:
        self.connection.close()


def raw_flow(name: str, description: str, calls: Sequence[tuple[Any, int]] = (), *,
             drive: Callable[[RawClient], None] | None = None,
             setup: tuple[TopicSetup, ...] = (), cleanup: tuple[str, ...] = ()) -> Flow:
    """A flow of fixed requests (`calls`) or of requests built from earlier answers (`drive`)."""
    def run(bootstrap: str) -> None:
        client = RawClient(bootstrap)
        try:
            for message, version in calls:
                client.call(message, version)
            if drive is not None:
                drive(client)
        finally:
            client.close()

    return Flow(name, description, run, setup=setup, cleanup=cleanup)


# --- recording -------------------------------------------------------------------------------


def record_flow(flow: Flow) -> Case:
    with embedded_broker() as (host, port):
        if flow.needs_group_coordinator:
            require_group_coordinator(f"{host}:{port}")
        run_setup(Case(name=flow.name, exchanges=(), setup=flow.setup, cleanup=flow.cleanup),
                  host, port)
        with RecorderThread(host, port) as recorder:
            flow.drive(recorder.bootstrap)
            time.sleep(0.2)  # let the proxy see each client's close before it stops
            frames = recorder.frames()
    return convert(frames, flow.name, description=flow.description, setup=flow.setup,
                   cleanup=flow.cleanup)


def require_group_coordinator(bootstrap: str) -> None:
    """FlowSkipped unless `__consumer_offsets` can be created on this one-broker cluster (its
    replication factor, 3 by default, must not exceed the brokers); asked by DescribeConfigs,
    so the recording still sees the first FindCoordinator create the topic."""
    client = RawClient(bootstrap)
    try:
        answer = client.call(DescribeConfigsRequest(resources=(
            DescribeConfigsRequest.DescribeConfigsResource(
                resource_type=BROKER_RESOURCE, resource_name=str(BROKER_NODE_ID),
                configuration_keys=(OFFSETS_REPLICATION_FACTOR,)),)), 4)
    finally:
        client.close()
    configs = {config.name: config.value for config in answer.results[0].configs}
    replication_factor = configs.get(OFFSETS_REPLICATION_FACTOR)
    if int(replication_factor or 3) > 1:
        raise FlowSkipped(f"{OFFSETS_REPLICATION_FACTOR} is {replication_factor} on a "
                          "one-broker cluster: no group coordinator")


def all_flows() -> list[Flow]:
    from conformance.cases.admin_flows import admin_flows
    from conformance.cases.client_flows import client_flows
    from conformance.cases.cluster_flows import cluster_flows
    from conformance.cases.codec_flows import (
        aiokafka_produce_fetch,
        confluent_produce_fetch,
        kcat_flow,
    )
    from conformance.cases.error_flows import error_flows
    from conformance.cases.fetch_flows import fetch_flows
    from conformance.cases.group_client_flows import group_client_flows
    from conformance.cases.group_flows import group_flows
    from conformance.cases.produce_flows import produce_flows
    from conformance.cases.txn_flows import txn_flows

    return [admin_flow(), admin_configs_flow(), list_offsets_flow(),
            *(produce_and_fetch(codec) for codec in CODECS),
            confluent_produce_fetch("lz4"), confluent_produce_fetch("zstd"),
            aiokafka_produce_fetch("gzip"), aiokafka_produce_fetch("snappy"), kcat_flow(),
            *error_flows(), *produce_flows(), *fetch_flows(),
            *admin_flows(), *cluster_flows(), *client_flows(), *group_flows(),
            *group_client_flows(), *txn_flows()]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m conformance.cases.flows")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent)
    parser.add_argument("--only", action="append", default=[], help="flow names to record")
    args = parser.parse_args(argv)
    install_snappy_shim()
    for flow in all_flows():
        if args.only and flow.name not in args.only:
            continue
        try:
            case = record_flow(flow)
        except FlowSkipped as reason:
            print(f"{flow.name}: skipped: {reason}", flush=True)
            continue
        path = args.out / f"{flow.name}{CASE_SUFFIX}"
        save_case(case, path)
        print(f"{path}: {len(case.exchanges)} exchanges, {len(case.substitutions)} "
              f"substitutions", flush=True)
    # The multi-broker cases (`cluster-*`) too, each against its own embedded 3-broker cluster.
    from conformance.cases.multi_broker_flows import main as record_multi_broker

    cluster_names = [name for name in args.only if name.startswith("cluster-")]
    if args.only and not cluster_names:
        return 0
    return record_multi_broker(["--out", str(args.out),
                                *(f"--only={name}" for name in cluster_names)])


if __name__ == "__main__":
    raise SystemExit(main())
