"""Replicated writes: confluent-kafka producing with acks=all to a topic with replication
factor 3 on 3 brokers, then reading it back.

The same client code runs against a `kspec cluster --brokers 3` process (followers fetch over
TCP, the answer waits for the high watermark) and against librdkafka's mock cluster with 3
brokers and replication factor 3 in the same run; the rows give records/s for each and kspec's
ratio to the mock. Consumption is timed from the first batch on, so the consumer's start-up
(and kspec's creation of `__consumer_offsets`, 50 partitions x 3 replicas, for its group.id)
is left out.

    python -m bench.replication [--records 20000]
    python -m bench replication     (KSPEC_BENCH_REPLICATED sets the count; default 20,000:
                                     with 50,000 the mock answers the consumer with nothing,
                                     its partition log having moved on)
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager

from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic  # type: ignore[attr-defined]

from bench import BenchFunction, Row
from bench.broker import mock_cluster

TOPIC = "bench-replicated"
RECORD_SIZE_BYTES = 100
CONTROL_LINE = re.compile(r"control on 127\.0\.0\.1:\d+")
BROKER_LINE = re.compile(r"broker \d+ listening on (\S+:\d+)")
TIMEOUT_S = 120.0
WARM_UP_RECORDS = 100


@contextmanager
def kspec_cluster() -> Iterator[str]:
    data_dir = tempfile.mkdtemp(prefix="kspec-bench-cluster-")
    command = [sys.executable, "-m", "reference.server.cli", "cluster", "--brokers", "3",
               "--base-port", "0", "--control-port", "0", "--no-stdin", "--data-dir", data_dir]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               stdin=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        addresses = []
        for line in process.stdout:
            found = BROKER_LINE.search(line)
            if found:
                addresses.append(found.group(1))
            if CONTROL_LINE.search(line):
                yield ",".join(addresses)
                break
        else:
            raise RuntimeError("kspec cluster exited before serving")
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=60)


def create_topic(bootstrap: str) -> None:
    admin = AdminClient({"bootstrap.servers": bootstrap})
    for future in admin.create_topics([NewTopic(TOPIC, 1, 3, config={
            "min.insync.replicas": "2"})]).values():
        future.result(timeout=30)
    time.sleep(1)  # let every broker learn the topic


def produce(bootstrap: str, count: int) -> float:
    producer = Producer({"bootstrap.servers": bootstrap, "acks": "all",
                         "enable.idempotence": True, "linger.ms": 5})
    value = b"x" * RECORD_SIZE_BYTES
    started = time.perf_counter()
    for _ in range(count):
        while True:
            try:
                producer.produce(TOPIC, value, partition=0)
                break
            except BufferError:
                producer.poll(0.01)
    assert producer.flush(TIMEOUT_S) == 0
    return count / (time.perf_counter() - started)


def consume(bootstrap: str, count: int) -> float:
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "bench-replicated",
                         "enable.auto.commit": False})
    consumer.assign([TopicPartition(TOPIC, 0, 0)])
    read = first_batch = 0
    deadline = time.perf_counter() + TIMEOUT_S
    started = deadline  # from the first batch on: not the consumer's own start-up
    while read < count and time.perf_counter() < deadline:
        wanted = min(1_000, count - read)  # the last call must not wait for more than remain
        batch = sum(1 for message in consumer.consume(wanted, 1.0) if not message.error())
        if batch and not read:
            started, first_batch = time.perf_counter(), batch
        read += batch
    elapsed_s = time.perf_counter() - started
    consumer.close()
    assert read >= count, (read, count)
    return (read - first_batch) / elapsed_s


def run(count: int) -> tuple[tuple[float, float], tuple[float, float]]:
    """((kspec produce, consume), (mock produce, consume)) records/s. A warm-up of
    WARM_UP_RECORDS goes first on each, so topic creation and first connections stay out of
    the timed part."""
    with mock_cluster(brokers=3) as bootstrap:
        # The mock's CreateTopics does not answer with 3 brokers; it creates a topic on first
        # use with replication factor 3 (min(3, brokers)), which is what this bench needs.
        produce(bootstrap, WARM_UP_RECORDS)
        mock = produce(bootstrap, count), consume(bootstrap, count + WARM_UP_RECORDS)
    with kspec_cluster() as bootstrap:
        create_topic(bootstrap)
        produce(bootstrap, WARM_UP_RECORDS)
        kspec = produce(bootstrap, count), consume(bootstrap, count + WARM_UP_RECORDS)
    return kspec, mock


def replication_rows() -> list[Row]:
    count = int(os.environ.get("KSPEC_BENCH_REPLICATED", "20000"))
    (kspec_in, kspec_out), (mock_in, mock_out) = run(count)
    note = (f"confluent-kafka, {count:,} records of {RECORD_SIZE_BYTES} B, acks=all, "
            "idempotent, 1 partition, RF 3 on 3 brokers")
    return [Row("replication", "produce acks=all kspec", kspec_in, "records/s", note),
            Row("replication", "produce acks=all librdkafka mock", mock_in, "records/s", note),
            Row("replication", "produce acks=all kspec/mock", kspec_in / mock_in, "x", ""),
            Row("replication", "consume kspec", kspec_out, "records/s", note),
            Row("replication", "consume librdkafka mock", mock_out, "records/s", note),
            Row("replication", "consume kspec/mock", kspec_out / mock_out, "x", "")]


BENCHES: list[BenchFunction] = [replication_rows]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.replication")
    parser.add_argument("--records", type=int, default=20_000)
    arguments = parser.parse_args(argv)
    (kspec_in, kspec_out), (mock_in, mock_out) = run(arguments.records)
    print(f"confluent-kafka acks=all to RF 3 on 3 brokers, {arguments.records:,} records: "
          f"produce kspec {kspec_in:,.0f}/s, mock {mock_in:,.0f}/s ({kspec_in / mock_in:.2f}x); "
          f"consume kspec {kspec_out:,.0f}/s, mock {mock_out:,.0f}/s "
          f"({kspec_out / mock_out:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
