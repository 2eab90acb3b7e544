"""Capture golden frames: real Kafka clients talking to librdkafka's mock cluster through the
recorder, saved as one case file per client.

    python -m conformance.capture_golden --out tests/fixtures/golden

For each client (kafka-python, confluent-kafka, aiokafka) and each codec (none, gzip, snappy,
lz4, zstd), a fresh producer sends three keyed records with headers to the client's own
one-partition topic; then a consumer in a consumer group reads all fifteen back and commits.
Frames are tagged with the phase that sent them ("produce-gzip", "consume"), so tests know
which codec a Produce request should carry. The mock cluster lives in this process for as
long as the confluent-kafka producer that created it (`test.mock.num.brokers`).

Two adjustments to kafka-python, both for the mock rather than for Kafka:
- it compresses snappy only through the `python-snappy` module; rather than add that dependency
  we give it a `snappy` module backed by cramjam (which python-snappy itself wraps);
- it opens with ApiVersions v4, which the mock (serving v0-2) answers with an UNSUPPORTED_VERSION
  body kafka-python cannot parse, so it reconnects forever; and the mock drops the connection on
  its flexible JoinGroup v6. So it is configured as for a Kafka 2.3 broker (`api_version`),
  which caps every API at that release's versions (ApiVersions v2, JoinGroup v5, Produce v7,
  Fetch v11, Metadata v8): its frames are the non-flexible encodings.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
import types
from collections.abc import Callable, Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Any

import cramjam

from conformance.recorder import RecordedFrame, RecorderThread

CODECS = ("none", "gzip", "snappy", "lz4", "zstd")
RECORDS_PER_CODEC = 3
CLIENTS = ("kafka-python", "confluent-kafka", "aiokafka")
TIMEOUT_S = 30.0
# See the module docstring: the newest broker version kafka-python can use with the mock.
KAFKA_PYTHON_API_VERSION = (2, 3)


def topic_for(client: str) -> str:
    return f"golden-{client}"


def group_for(client: str) -> str:
    return f"golden-group-{client}"


def record_key(codec: str, index: int) -> bytes:
    return f"key-{codec}-{index}".encode()


def record_value(codec: str, index: int) -> bytes:
    # Repetitive, so every codec actually shrinks it.
    return f"value {index} compressed with {codec}; ".encode() * 8


def record_headers(codec: str, index: int) -> list[tuple[str, str | bytes | None]]:
    return [("codec", codec.encode()), ("index", str(index).encode())]


def _install_snappy_shim() -> None:
    if "snappy" in sys.modules:
        return
    shim = types.ModuleType("snappy")
    shim.compress = lambda data: bytes(cramjam.snappy.compress_raw(bytes(data)))  # type: ignore[attr-defined]
    shim.decompress = lambda data: bytes(cramjam.snappy.decompress_raw(bytes(data)))  # type: ignore[attr-defined]
    sys.modules["snappy"] = shim


def _wait_for(count: int, poll: Callable[[], int], what: str) -> None:
    """Call `poll` (which returns how many new records it saw) until `count` were seen."""
    seen = 0
    deadline = time.monotonic() + TIMEOUT_S
    while seen < count:
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what}: saw {seen} of {count} records")
        seen += poll()


def drive_kafka_python(recorder: RecorderThread, client: str) -> None:
    _install_snappy_shim()
    from kafka import KafkaConsumer, KafkaProducer

    for codec in CODECS:
        recorder.set_phase(f"produce-{codec}")
        producer = KafkaProducer(bootstrap_servers=recorder.bootstrap, client_id=client,
                                 api_version=KAFKA_PYTHON_API_VERSION,
                                 compression_type=None if codec == "none" else codec,
                                 linger_ms=50)
        for index in range(RECORDS_PER_CODEC):
            producer.send(topic_for(client), key=record_key(codec, index),
                          value=record_value(codec, index),
                          headers=record_headers(codec, index))
        producer.flush(timeout=TIMEOUT_S)
        producer.close(timeout=TIMEOUT_S)
    recorder.set_phase("consume")
    consumer = KafkaConsumer(topic_for(client), bootstrap_servers=recorder.bootstrap,
                             client_id=client, group_id=group_for(client),
                             api_version=KAFKA_PYTHON_API_VERSION,
                             auto_offset_reset="earliest", enable_auto_commit=False)

    def poll() -> int:
        batches = consumer.poll(timeout_ms=500)
        return sum(len(records) for records in batches.values())

    _wait_for(len(CODECS) * RECORDS_PER_CODEC, poll, client)
    consumer.commit()
    consumer.close()


def drive_confluent_kafka(recorder: RecorderThread, client: str) -> None:
    import confluent_kafka

    for codec in CODECS:
        recorder.set_phase(f"produce-{codec}")
        producer = confluent_kafka.Producer({
            "bootstrap.servers": recorder.bootstrap, "client.id": client,
            "compression.codec": codec, "linger.ms": 50,
        })
        for index in range(RECORDS_PER_CODEC):
            producer.produce(topic_for(client), key=record_key(codec, index),
                             value=record_value(codec, index),
                             headers=record_headers(codec, index))
        if producer.flush(TIMEOUT_S) != 0:
            raise TimeoutError(f"{client}: produce-{codec} not acknowledged")
        del producer
    recorder.set_phase("consume")
    consumer = confluent_kafka.Consumer({
        "bootstrap.servers": recorder.bootstrap, "client.id": client,
        "group.id": group_for(client), "auto.offset.reset": "earliest",
        "enable.auto.commit": False,
    })
    consumer.subscribe([topic_for(client)])

    def poll() -> int:
        message = consumer.poll(0.5)
        return 0 if message is None or message.error() else 1

    _wait_for(len(CODECS) * RECORDS_PER_CODEC, poll, client)
    consumer.commit(asynchronous=False)
    consumer.close()


def drive_aiokafka(recorder: RecorderThread, client: str) -> None:
    asyncio.run(_drive_aiokafka(recorder, client))


async def _drive_aiokafka(recorder: RecorderThread, client: str) -> None:
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

    for codec in CODECS:
        recorder.set_phase(f"produce-{codec}")
        producer = AIOKafkaProducer(bootstrap_servers=recorder.bootstrap, client_id=client,
                                    compression_type=None if codec == "none" else codec,
                                    linger_ms=50)
        await producer.start()
        try:
            sends = [await producer.send(topic_for(client), key=record_key(codec, index),
                                         value=record_value(codec, index),
                                         headers=record_headers(codec, index))
                     for index in range(RECORDS_PER_CODEC)]
            await asyncio.wait_for(asyncio.gather(*sends), TIMEOUT_S)
        finally:
            await producer.stop()
    recorder.set_phase("consume")
    await _consume_aiokafka(recorder, client, AIOKafkaConsumer)


async def _consume_aiokafka(recorder: RecorderThread, client: str, consumer_type: Any) -> None:
    consumer = consumer_type(topic_for(client), bootstrap_servers=recorder.bootstrap,
                             client_id=client, group_id=group_for(client),
                             auto_offset_reset="earliest", enable_auto_commit=False)
    await consumer.start()
    try:
        seen = 0
        deadline = time.monotonic() + TIMEOUT_S
        while seen < len(CODECS) * RECORDS_PER_CODEC:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{client}: saw {seen} records")
            batches = await consumer.getmany(timeout_ms=500)
            seen += sum(len(records) for records in batches.values())
        await consumer.commit()
    finally:
        await consumer.stop()


DRIVERS: dict[str, Callable[[RecorderThread, str], None]] = {
    "kafka-python": drive_kafka_python,
    "confluent-kafka": drive_confluent_kafka,
    "aiokafka": drive_aiokafka,
}


def start_mock_cluster() -> tuple[Any, str, int]:
    """The mock cluster's owner (keep it alive) and its one broker's address."""
    import confluent_kafka

    owner = confluent_kafka.Producer({"test.mock.num.brokers": 1, "log_level": 0})
    brokers = owner.list_topics(timeout=TIMEOUT_S).brokers
    broker = next(iter(brokers.values()))
    return owner, str(broker.host), int(broker.port)


def summarize(client: str, frames: Sequence[RecordedFrame]) -> str:
    requests = [frame for frame in frames if frame.direction == "request"]
    kinds = sorted({(frame.api_key, frame.api_version) for frame in requests},
                   key=lambda kind: (kind[0] or 0, kind[1] or 0))
    listed = " ".join(f"{key}v{api_version}" for key, api_version in kinds)
    return f"{client}: {len(frames)} frames, {len(requests)} requests; api key/versions: {listed}"


def capture(out_dir: Path, clients: Sequence[str]) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    owner, host, port = start_mock_cluster()
    for client in clients:
        with RecorderThread(host, port, out_path=out_dir / f"{client}.jsonl") as recorder:
            DRIVERS[client](recorder, client)
            time.sleep(0.5)  # let late responses (LeaveGroup, telemetry) land in the file
            print(summarize(client, recorder.frames()), flush=True)
    del owner


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m conformance.capture_golden")
    parser.add_argument("--out", type=Path, required=True, help="fixture folder")
    parser.add_argument("--client", choices=CLIENTS, action="append",
                        help="only these clients (default: all)")
    args = parser.parse_args(argv)
    for package in ("kafka-python", "confluent-kafka", "aiokafka"):
        print(f"{package} {version(package)}", flush=True)
    capture(args.out, args.client or CLIENTS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
