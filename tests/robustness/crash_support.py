"""Helpers for crash tests on a live broker: restart on the same data directory, produce with
confluent-kafka while the broker is killed, read a partition back with CRC checks on.

`start_broker` looks for the first `listening on` line of a log file it appends to, so a restart
on the same directory would find the previous run's port: the old log is moved aside first.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from confluent_kafka import Consumer, KafkaError, Producer, TopicPartition

from spec.records.batch import scan_batches
from tests.support.broker_process import BrokerProcess, start_broker

CONSUME_TIMEOUT_S = 60.0
SEGMENT_NAME = "00000000000000000000.log"


def restart(broker: BrokerProcess, configs: tuple[str, ...] = ()) -> BrokerProcess:
    """Start a new broker process on the stopped (or killed) one's data directory."""
    assert broker.process.poll() is not None, "stop or kill the broker first"
    runs = len(list(broker.log_path.parent.glob(broker.log_path.name + ".*")))
    broker.log_path.rename(broker.log_path.with_name(f"{broker.log_path.name}.{runs}"))
    return start_broker(broker.data_dir, configs)


def all_logs(broker: BrokerProcess) -> str:
    """This run's log and every earlier run's on the same directory."""
    earlier = sorted(broker.log_path.parent.glob(broker.log_path.name + ".*"))
    return "".join(path.read_text(errors="replace") for path in earlier) + broker.log_text()


def produce_while_killing(broker: BrokerProcess, topic: str, acks: str, prefix: str,
                          kill_after_s: float) -> dict[int, bytes]:
    """Produce `prefix`-numbered values until the broker is SIGKILLed `kill_after_s` in;
    the offset and value of every record whose delivery report came back without error."""
    acknowledged: dict[int, bytes] = {}

    def on_delivery(error: object, message: object) -> None:
        if error is None:
            acknowledged[message.offset()] = message.value()  # type: ignore[attr-defined]

    producer = Producer({"bootstrap.servers": broker.bootstrap, "acks": acks,
                         "linger.ms": 2, "message.timeout.ms": 1500,
                         "enable.idempotence": False, "log_level": 0})
    killer = threading.Timer(kill_after_s, broker.kill)
    killer.start()
    number = 0
    while not killer.finished.is_set():
        try:
            producer.produce(topic, b"%s-%d" % (prefix.encode(), number), partition=0,
                             on_delivery=on_delivery)
            number += 1
        except BufferError:
            producer.poll(0.01)
        # About 20,000 records a second: enough batches in flight at the kill, and a
        # read-back that stays quick.
        producer.poll(0)
        if number % 200 == 0:
            time.sleep(0.01)
    killer.join()
    producer.flush(15)
    return acknowledged


def consume_all(broker: BrokerProcess, topic: str) -> list[tuple[int, bytes]]:
    """Every record of partition 0 from offset 0 to the end, read with check.crcs=true; any
    error other than reaching the end fails."""
    consumer = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": "crash-check",
                         "enable.auto.commit": False, "check.crcs": True,
                         "enable.partition.eof": True, "log_level": 0})
    consumer.assign([TopicPartition(topic, 0, 0)])
    records: list[tuple[int, bytes]] = []
    deadline = time.monotonic() + CONSUME_TIMEOUT_S
    try:
        while time.monotonic() < deadline:
            message = consumer.poll(1.0)
            if message is None:
                continue
            error = message.error()
            if error is not None and error.code() == KafkaError._PARTITION_EOF:
                return records
            assert error is None, f"consumer error at {len(records)} records: {error}"
            offset, value = message.offset(), message.value()
            assert offset is not None and value is not None, message
            records.append((offset, value))
    finally:
        consumer.close()
    raise AssertionError(f"no end of partition within {CONSUME_TIMEOUT_S} s")


def segment_path(broker: BrokerProcess, topic: str) -> Path:
    return broker.data_dir / f"{topic}-0" / SEGMENT_NAME


def batch_positions(segment: Path) -> list[tuple[int, int, int]]:
    """(file position, base offset, size in bytes) of each whole batch in a segment file."""
    batches, _ = scan_batches(segment.read_bytes())
    return [(position, header.base_offset, header.size_bytes) for position, header in batches]
