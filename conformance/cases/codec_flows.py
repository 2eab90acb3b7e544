"""Produce-and-fetch flows of the librdkafka-based clients (confluent-kafka, kcat) and aiokafka:
an idempotent producer on a codec, then a consumer reading the records back.
"""

from __future__ import annotations

from conformance.case import TopicSetup
from conformance.cases.flows import Flow

# --- confluent-kafka (librdkafka) flows ------------------------------------------------------


def confluent_read_from_start(bootstrap: str, topic: str, count: int, group_id: str) -> None:
    """A confluent-kafka consumer assigned to partition 0 at offset 0 reads `count` records
    (RuntimeError if it does not within 10 s)."""
    from confluent_kafka import Consumer, TopicPartition

    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": group_id,
                         "enable.auto.commit": False, "fetch.wait.max.ms": 100})
    try:
        consumer.assign([TopicPartition(topic, 0, 0)])
        received = 0
        for _ in range(50):
            message = consumer.poll(0.2)
            if message is not None and message.error() is None:
                received += 1
            if received == count:
                return
        raise RuntimeError(f"read {received} of {count} records from {topic}")
    finally:
        consumer.close()


def confluent_produce_fetch(codec: str) -> Flow:
    topic = f"cases-confluent-{codec}"

    def drive(bootstrap: str) -> None:
        from confluent_kafka import Producer

        producer = Producer({"bootstrap.servers": bootstrap, "enable.idempotence": True,
                             "compression.type": codec, "linger.ms": 50})
        for index in range(3):
            producer.produce(topic, key=f"key-{index}", partition=0,
                             value=f"value {index} in {codec}; " * 4,
                             headers=[("index", str(index))],
                             timestamp=1_700_000_000_000 + index)
        if producer.flush(15) != 0:
            raise RuntimeError("confluent-kafka producer did not deliver every record")
        confluent_read_from_start(bootstrap, topic, 3, "cases-confluent")

    return Flow(f"confluent-kafka-produce-fetch-{codec}",
                f"confluent-kafka (librdkafka): an idempotent producer sends three {codec} "
                "records to partition 0; a consumer assigned to it reads them from offset 0.",
                drive, setup=(TopicSetup(topic, 1),))


# --- aiokafka flows --------------------------------------------------------------------------


def aiokafka_produce_fetch(codec: str) -> Flow:
    topic = f"cases-aiokafka-{codec}"

    async def run(bootstrap: str) -> None:
        from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

        producer = AIOKafkaProducer(bootstrap_servers=bootstrap,
                                    compression_type=None if codec == "none" else codec,
                                    enable_idempotence=True, linger_ms=50)
        await producer.start()
        try:
            for index in range(3):
                await producer.send(topic, key=f"key-{index}".encode(), partition=0,
                                    value=f"value {index} in {codec}; ".encode() * 4,
                                    headers=[("index", str(index).encode())],
                                    timestamp_ms=1_700_000_000_000 + index)
            await producer.flush()
        finally:
            await producer.stop()
        consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None,
                                    enable_auto_commit=False, fetch_max_wait_ms=100)
        await consumer.start()
        try:
            partition = TopicPartition(topic, 0)
            consumer.assign([partition])
            consumer.seek(partition, 0)
            received = 0
            for _ in range(50):
                batches = await consumer.getmany(timeout_ms=200)
                received += sum(len(records) for records in batches.values())
                if received >= 3:
                    return
            raise RuntimeError(f"read {received} of 3 records from {topic}")
        finally:
            await consumer.stop()

    def drive(bootstrap: str) -> None:
        import asyncio

        asyncio.run(run(bootstrap))

    return Flow(f"aiokafka-produce-fetch-{codec}",
                f"aiokafka: an idempotent producer sends three {codec} records to partition 0; "
                "a consumer without a group reads them back from offset 0.", drive,
                setup=(TopicSetup(topic, 1),))


# --- kcat (the librdkafka command line) ---------------------------------------------------------


def kcat_flow() -> Flow:
    topic = "cases-kcat"

    def drive(bootstrap: str) -> None:
        import shutil
        import subprocess

        kcat = shutil.which("kcat") or shutil.which("kafkacat")
        if kcat is None:
            raise RuntimeError("kcat is not installed: run `make tools`")
        lines = "".join(f"line {index} from kcat\n" for index in range(3))
        for arguments, stdin_text in [
            (["-L", "-t", topic], ""),
            (["-P", "-t", topic, "-p", "0", "-z", "lz4"], lines),
            (["-C", "-t", topic, "-p", "0", "-o", "beginning", "-e"], ""),
        ]:
            subprocess.run([kcat, "-b", bootstrap, *arguments], input=stdin_text, text=True,
                           capture_output=True, timeout=30, check=True)

    return Flow("kcat-metadata-produce-consume",
                "kcat: list the topic's metadata, produce three lz4 lines to partition 0, "
                "consume the partition from the beginning to its end.", drive,
                setup=(TopicSetup(topic, 1),))
