"""Transactions/s: confluent-kafka committing transactions of 10 records each.

The same client code runs against kspec's reference broker (a `kspec broker` process) and
against librdkafka's mock cluster in the same run (bench/broker.py starts both).

    python -m bench.transactions [--transactions 200]
    python -m bench transactions     (KSPEC_BENCH_TRANSACTIONS sets the count; default 200)
"""

from __future__ import annotations

import argparse
import os
import time

from confluent_kafka import Producer

from bench import BenchFunction, Row
from bench.broker import TOPIC, create_topic, kspec_broker, mock_cluster

RECORDS_PER_TRANSACTION = 10
RECORD_SIZE_BYTES = 100
TIMEOUT_S = 30.0


def transactions_per_second(bootstrap: str, count: int) -> float:
    producer = Producer({"bootstrap.servers": bootstrap, "transactional.id": "bench-tx",
                         "linger.ms": 1})
    producer.init_transactions(TIMEOUT_S)
    value = b"x" * RECORD_SIZE_BYTES
    started = time.perf_counter()
    for _ in range(count):
        producer.begin_transaction()
        for _ in range(RECORDS_PER_TRANSACTION):
            producer.produce(TOPIC, value, partition=0)
        producer.commit_transaction(TIMEOUT_S)
    elapsed_s = time.perf_counter() - started
    producer.flush(TIMEOUT_S)
    return count / elapsed_s


def run(count: int) -> tuple[float, float]:
    """(kspec, mock) transactions/s."""
    with mock_cluster() as bootstrap:
        mock = transactions_per_second(bootstrap, count)
    with kspec_broker(None) as bootstrap:
        create_topic(bootstrap)
        kspec = transactions_per_second(bootstrap, count)
    return kspec, mock


def transaction_rows() -> list[Row]:
    count = int(os.environ.get("KSPEC_BENCH_TRANSACTIONS", "200"))
    kspec, mock = run(count)
    note = (f"confluent-kafka, {count} transactions x {RECORDS_PER_TRANSACTION} records "
            f"of {RECORD_SIZE_BYTES} B, committed")
    return [Row("transactions", "commit kspec", kspec, "txn/s", note),
            Row("transactions", "commit librdkafka mock", mock, "txn/s", note),
            Row("transactions", "commit kspec/mock", kspec / mock, "x", "")]


BENCHES: list[BenchFunction] = [transaction_rows]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.transactions")
    parser.add_argument("--transactions", type=int, default=200)
    arguments = parser.parse_args(argv)
    kspec, mock = run(arguments.transactions)
    print(f"confluent-kafka, {arguments.transactions} transactions of "
          f"{RECORDS_PER_TRANSACTION} records: kspec {kspec:,.1f} txn/s, librdkafka mock "
          f"{mock:,.1f} txn/s, kspec/mock {kspec / mock:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
