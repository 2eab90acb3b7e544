"""`__consumer_offsets` as the group coordinator's log: created on first use, written in
batches of coordinator records, read back on start.

Source: Kafka 4.x GroupCoordinatorService.groupMetadataTopicConfigs (compacted, producer
  compression, offsets.topic.segment.bytes), KafkaApis.getCoordinator (the topic is created by
  the first FindCoordinator that needs it) and CoordinatorLoaderImpl (a load skips control
  batches and records of unknown types).
Behaviour: with one live broker, an offsets.topic.replication.factor above 1 cannot be met, so
  the topic is not created and FindCoordinator keeps answering COORDINATOR_NOT_AVAILABLE, as
  Kafka's controller refuses it (INVALID_REPLICATION_FACTOR). `kspec broker` sets the factor to
  1, as Kafka's shipped config/server.properties does.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from reference.core.partition import Partition, whole_batches
from spec.coordinator_records import CoordinatorRecord, UnknownRecordType, decode_record
from spec.coordinator_records import encode_record as encode_coordinator_record
from spec.records.batch import decode_batch, encode_batch
from spec.records.record import Record

if TYPE_CHECKING:
    from reference.core.broker import Broker

log = logging.getLogger("kspec.offsets_topic")

OFFSETS_TOPIC = "__consumer_offsets"
LIVE_BROKERS = 1
LOAD_READ_BYTES = 1 << 20


def offsets_topic_configs(broker: Broker) -> dict[str, str]:
    return {"cleanup.policy": "compact", "compression.type": "producer",
            "segment.bytes": str(broker.config.int_value("offsets.topic.segment.bytes"))}


class OffsetsTopic:
    """The `CoordinatorLog` of the broker's group coordinator."""

    def __init__(self, broker: Broker) -> None:
        self._broker = broker

    def exists(self) -> bool:
        return self._broker.topics.get(OFFSETS_TOPIC) is not None

    def create(self, now_ms: int) -> bool:
        """Create the topic if the configuration allows it on this cluster; False if not."""
        if self.exists():
            return True
        replication_factor = self._broker.config.offsets_topic_replication_factor
        if replication_factor > LIVE_BROKERS:
            log.warning("cannot create %s: offsets.topic.replication.factor=%d but only %d "
                        "broker is registered", OFFSETS_TOPIC, replication_factor, LIVE_BROKERS)
            return False
        self._broker.create_topic(OFFSETS_TOPIC, self._broker.config.offsets_topic_num_partitions,
                                  offsets_topic_configs(self._broker), now_ms)
        return True

    def _partition(self, index: int) -> Partition:
        partition = self._broker.partition(OFFSETS_TOPIC, index)
        assert partition is not None, f"{OFFSETS_TOPIC}-{index} is missing"
        return partition

    def append(self, partition: int, records: Sequence[CoordinatorRecord], now_ms: int) -> None:
        entries = []
        for offset_delta, record in enumerate(records):
            key, value = encode_coordinator_record(record)
            entries.append(Record(offset_delta, now_ms, key, value))
        self._partition(partition).append_from_coordinator(encode_batch(entries), now_ms=now_ms)
        self._broker.note_append()

    def read(self, partition: int) -> Iterator[tuple[int, CoordinatorRecord]]:
        for data in self._batches(self._partition(partition)):
            batch = decode_batch(data)
            if batch.header.is_control:
                continue
            for entry in batch.records:
                if entry.key is None:
                    log.warning("%s-%d: a record without a key at offset %d, skipped",
                                OFFSETS_TOPIC, partition, entry.offset(batch.header))
                    continue
                try:
                    record = decode_record(entry.key, entry.value)
                except UnknownRecordType as unknown:
                    log.info("%s-%d: skipping record type %d", OFFSETS_TOPIC, partition,
                             unknown.record_type)
                    continue
                yield entry.offset(batch.header), record

    def _batches(self, partition: Partition) -> Iterator[bytes]:
        """Every whole batch of the partition, below its high watermark."""
        position = partition.log_start_offset
        storage = self._broker.storage
        while position < partition.high_watermark:
            fetched = partition.read(position, LOAD_READ_BYTES, read_committed=False,
                                     min_one_batch=True)
            data = b"".join(storage.read(piece.path, piece.position, piece.size_bytes)
                            for piece in fetched.slices)
            headers = whole_batches(data)
            start = 0
            for header in headers:
                yield data[start:start + header.size_bytes]
                start += header.size_bytes
            if not headers or headers[-1].next_offset <= position:
                return  # nothing whole to read here: stop rather than spin
            position = headers[-1].next_offset
