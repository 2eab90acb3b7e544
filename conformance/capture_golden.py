"""Capture golden frames: real Kafka clients talking to librdkafka's mock cluster through the
recorder, saved as one case file per flow.

    python -m conformance.capture_golden --out tests/fixtures/golden

For each client (kafka-python, confluent-kafka, aiokafka) and each codec (none, gzip, snappy,
lz4, zstd), a fresh producer sends three keyed records with headers to the client's own topic
(auto-created by the mock); then a consumer in a consumer group reads all fifteen back and
commits. Frames are tagged with the phase that sent them ("produce-gzip", "consume"), so tests
know which codec a Produce request should carry. The mock cluster lives in this process for as
long as the confluent-kafka producer that created it (`test.mock.num.brokers`).

Adjustments to kafka-python, all for the mock rather than for Kafka:
- it compresses snappy only through the `python-snappy` module; rather than add that dependency
  we give it a `snappy` module backed by cramjam (which python-snappy itself wraps);
- it opens with ApiVersions v4, which the mock (serving v0-2) answers with an UNSUPPORTED_VERSION
  body kafka-python cannot parse, so it reconnects forever; and the mock drops the connection on
  its flexible JoinGroup v6. So the group flow configures it as for a Kafka 2.3 broker
  (`api_version`), which caps every API at that release's versions (non-flexible encodings);
- a second flow, "kafka-python-flexible", lets it negotiate the mock's versions (flexible
  Produce, Fetch, ListOffsets) by starting its ApiVersions at v2 (a patch of one private
  attribute), and consumes by assigning partitions itself instead of joining a group.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import Callable, Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Any

from conformance.recorder import RecordedFrame, RecorderThread
from conformance.snappy_shim import install_snappy_shim

CODECS = ("none", "gzip", "snappy", "lz4", "zstd")
RECORDS_PER_CODEC = 3
CLIENTS = ("kafka-python", "confluent-kafka", "aiokafka")
# Every recorded flow: one per client with a consumer group, plus kafka-python's newer
# (flexible) encodings without a group.
FLOWS = (*CLIENTS, "kafka-python-flexible")
TIMEOUT_S = 30.0
# See the module docstring: the newest broker version kafka-python can use with the mock.
KAFKA_PYTHON_API_VERSION = (2, 3)
MOCK_MAX_API_VERSIONS_VERSION = 2  # librdkafka 2.16's mock serves ApiVersions v0-2


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


def _wait_for(count: int, poll: Callable[[], int], what: str) -> None:
    """Call `poll` (which returns how many new records it saw) until `count` were seen."""
    seen = 0
    deadline = time.monotonic() + TIMEOUT_S
    while seen < count:
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what}: saw {seen} of {count} records")
        seen += poll()


def _produce_kafka_python(recorder: RecorderThread, client: str,
                          api_version: tuple[int, int] | None) -> None:
    from kafka import KafkaProducer

    for codec in CODECS:
        recorder.set_phase(f"produce-{codec}")
        producer = KafkaProducer(bootstrap_servers=recorder.bootstrap, client_id=client,
                                 api_version=api_version,
                                 compression_type=None if codec == "none" else codec,
                                 linger_ms=50)
        for index in range(RECORDS_PER_CODEC):
            producer.send(topic_for(client), key=record_key(codec, index),
                          value=record_value(codec, index),
                          headers=record_headers(codec, index))
        producer.flush(timeout=TIMEOUT_S)
        producer.close(timeout=TIMEOUT_S)


def _poll_kafka_python(consumer: Any) -> int:
    batches = consumer.poll(timeout_ms=500)
    return sum(len(records) for records in batches.values())


def drive_kafka_python(recorder: RecorderThread, client: str) -> None:
    install_snappy_shim()
    from kafka import KafkaConsumer

    _produce_kafka_python(recorder, client, KAFKA_PYTHON_API_VERSION)
    recorder.set_phase("consume")
    consumer = KafkaConsumer(topic_for(client), bootstrap_servers=recorder.bootstrap,
                             client_id=client, group_id=group_for(client),
                             api_version=KAFKA_PYTHON_API_VERSION,
                             auto_offset_reset="earliest", enable_auto_commit=False)
    _wait_for(len(CODECS) * RECORDS_PER_CODEC, lambda: _poll_kafka_python(consumer), client)
    consumer.commit()
    consumer.close()


def _start_api_versions_at_mock_max() -> None:
    """Make kafka-python open with ApiVersions v2 (the mock's newest), as its own fallback
    would had it been able to parse the mock's refusal of v4."""
    from kafka.net import connection

    original_init = connection.KafkaConnection.__init__
    if getattr(original_init, "kspec_patched", False):
        return

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        self._api_versions_idx = min(self._api_versions_idx, MOCK_MAX_API_VERSIONS_VERSION)

    init.kspec_patched = True  # type: ignore[attr-defined]
    connection.KafkaConnection.__init__ = init


def drive_kafka_python_flexible(recorder: RecorderThread, client: str) -> None:
    """kafka-python at the versions the mock advertises (flexible encodings), without a group:
    the mock drops its JoinGroup v6, so the consumer assigns the partitions itself."""
    install_snappy_shim()
    _start_api_versions_at_mock_max()
    from kafka import KafkaConsumer, TopicPartition

    _produce_kafka_python(recorder, client, None)
    recorder.set_phase("consume")
    consumer = KafkaConsumer(bootstrap_servers=recorder.bootstrap, client_id=client,
                             auto_offset_reset="earliest", enable_auto_commit=False)
    partitions = consumer.partitions_for_topic(topic_for(client)) or set()
    consumer.assign([TopicPartition(topic_for(client), index) for index in sorted(partitions)])
    _wait_for(len(CODECS) * RECORDS_PER_CODEC, lambda: _poll_kafka_python(consumer), client)
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
    "kafka-python-flexible": drive_kafka_python_flexible,
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
    parser.add_argument("--flow", choices=FLOWS, action="append",
                        help="only these flows (default: all)")
    args = parser.parse_args(argv)
    for package in ("kafka-python", "confluent-kafka", "aiokafka"):
        print(f"{package} {version(package)}", flush=True)
    capture(args.out, args.flow or FLOWS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
