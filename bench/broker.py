"""Broker throughput: confluent-kafka producing then consuming N records to one partition.

The same client code runs against kspec's reference broker (a `kspec broker` process) and
against librdkafka's mock cluster (`test.mock.num.brokers`), in the same run, and the rows give
records/s for each and kspec's ratio to the mock. `--profile` runs the kspec broker under
cProfile and prints where its time went.

    python -m bench.broker [--records 1000000] [--size 100] [--profile]
    python -m bench broker     (KSPEC_BENCH_RECORDS sets the count; default 1,000,000)
"""

from __future__ import annotations

import argparse
import os
import pstats
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from confluent_kafka import Consumer, KafkaError, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic  # type: ignore[attr-defined]

from bench import BenchFunction, Row

TOPIC = "bench"
RECORD_SIZE_BYTES = 100
LISTENING = re.compile(r"listening on (\S+):(\d+)")


@dataclass(frozen=True)
class Throughput:
    target: str
    produce_records_per_s: float
    consume_records_per_s: float


@contextmanager
def kspec_broker(profile_path: str | None) -> Iterator[str]:
    data_dir = tempfile.mkdtemp(prefix="kspec-bench-")
    command = [sys.executable]
    if profile_path is not None:
        command += ["-m", "cProfile", "-o", profile_path]
    command += ["-m", "reference.server.cli", "broker", "--port", "0", "--data-dir", data_dir]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True)
    try:
        assert process.stdout is not None
        for line in process.stdout:
            found = LISTENING.search(line)
            if found:
                yield f"{found.group(1)}:{found.group(2)}"
                break
        else:
            raise RuntimeError("kspec broker exited before listening")
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=60)


@contextmanager
def mock_cluster(brokers: int = 1) -> Iterator[str]:
    """librdkafka's mock cluster with `brokers` brokers; the bootstrap list of all of them."""
    owner = Producer({"test.mock.num.brokers": brokers})
    found = owner.list_topics(timeout=10).brokers
    try:
        yield ",".join(f"{broker.host}:{broker.port}" for broker in found.values())
    finally:
        owner.flush(1)


def create_topic(bootstrap: str) -> None:
    admin = AdminClient({"bootstrap.servers": bootstrap})
    for future in admin.create_topics([NewTopic(TOPIC, 1, 1)]).values():
        future.result(timeout=30)


def produce(bootstrap: str, count: int, size_bytes: int) -> float:
    producer = Producer({"bootstrap.servers": bootstrap, "acks": 1, "linger.ms": 5,
                         "queue.buffering.max.messages": 1_000_000})
    value = b"x" * size_bytes
    failures = 0

    def delivered(error: KafkaError | None, _message: object) -> None:
        nonlocal failures
        failures += error is not None

    started = time.perf_counter()
    for _ in range(count):
        while True:
            try:
                producer.produce(TOPIC, value, partition=0, on_delivery=delivered)
                break
            except BufferError:
                producer.poll(0.01)
    assert producer.flush(120) == 0, "records left unsent"
    elapsed = time.perf_counter() - started
    assert failures == 0, f"{failures} records failed"
    return count / elapsed


def consume(bootstrap: str, count: int) -> float:
    """Records/s reading `count` records from the partition's start. The mock keeps only ~5 MB
    per partition, so when the log holds fewer records the consumer re-reads it from its start
    until `count` records were delivered: the same number of records for both targets."""
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "bench",
                         "enable.auto.commit": False})
    partition = TopicPartition(TOPIC, 0)
    low, high = consumer.get_watermark_offsets(partition, timeout=10)
    received = 0
    started = time.perf_counter()
    deadline = started + 600
    while received < count and time.perf_counter() < deadline:
        consumer.assign([TopicPartition(TOPIC, 0, low)])
        position = low
        while position < high and received < count and time.perf_counter() < deadline:
            for message in consumer.consume(num_messages=10_000, timeout=1.0):
                offset = message.offset()
                if message.error() is None and offset is not None:
                    received += 1
                    position = offset + 1
    elapsed = time.perf_counter() - started
    consumer.close()
    assert received >= count, f"consumed {received} of {count}"
    return received / elapsed


def measure(target: str, bootstrap: str, count: int, size_bytes: int, *,
            create: bool) -> Throughput:
    if create:  # the mock creates topics on first use and does not answer CreateTopics
        create_topic(bootstrap)
    return Throughput(target, produce(bootstrap, count, size_bytes), consume(bootstrap, count))


def run(count: int, size_bytes: int, profile_path: str | None = None) -> list[Throughput]:
    with mock_cluster() as bootstrap:
        mock = measure("librdkafka mock", bootstrap, count, size_bytes, create=False)
    with kspec_broker(profile_path) as bootstrap:
        kspec = measure("kspec", bootstrap, count, size_bytes, create=True)
    return [kspec, mock]


def report(rows: list[Throughput], count: int, size_bytes: int) -> str:
    kspec, mock = rows
    lines = [f"confluent-kafka, {count:,} records of {size_bytes} B, one partition, acks=1",
             f"{'target':<18}{'produce rec/s':>16}{'consume rec/s':>16}"]
    lines += [f"{row.target:<18}{row.produce_records_per_s:>16,.0f}"
              f"{row.consume_records_per_s:>16,.0f}" for row in rows]
    lines.append(f"{'kspec / mock':<18}"
                 f"{kspec.produce_records_per_s / mock.produce_records_per_s:>15.2f}x"
                 f"{kspec.consume_records_per_s / mock.consume_records_per_s:>15.2f}x")
    return "\n".join(lines)


def broker_rows() -> list[Row]:
    count = int(os.environ.get("KSPEC_BENCH_RECORDS", "1000000"))
    kspec, mock = run(count, RECORD_SIZE_BYTES)
    note = f"confluent-kafka, {count:,} x {RECORD_SIZE_BYTES} B, 1 partition, acks=1"
    return [
        Row("broker", "produce kspec", kspec.produce_records_per_s, "rec/s", note),
        Row("broker", "produce librdkafka mock", mock.produce_records_per_s, "rec/s", note),
        Row("broker", "produce kspec/mock", kspec.produce_records_per_s
            / mock.produce_records_per_s, "x", "goal >= 1.0"),
        Row("broker", "consume kspec", kspec.consume_records_per_s, "rec/s", note),
        Row("broker", "consume librdkafka mock", mock.consume_records_per_s, "rec/s", note),
        Row("broker", "consume kspec/mock", kspec.consume_records_per_s
            / mock.consume_records_per_s, "x", "goal >= 1.0"),
    ]


BENCHES: list[BenchFunction] = [broker_rows]


def print_profile(path: str, top: int = 25) -> None:
    stats = pstats.Stats(path)
    stats.sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.broker")
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--profile", action="store_true",
                        help="run the kspec broker under cProfile and print its hot spots")
    arguments = parser.parse_args(argv)
    profile_path = (os.path.join(tempfile.mkdtemp(), "broker.prof")
                    if arguments.profile else None)
    rows = run(arguments.records, arguments.size, profile_path)
    print(report(rows, arguments.records, arguments.size))
    if profile_path is not None:
        print_profile(profile_path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
