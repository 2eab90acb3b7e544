"""`__consumer_offsets` as the group coordinator's log: group coordinator records in, out.

Source: Kafka 4.x GroupCoordinatorService.groupMetadataTopicConfigs (compacted, producer
  compression, offsets.topic.segment.bytes) and CoordinatorLoaderImpl (records of unknown types
  are skipped). Creation and the read/append path: reference/core/internal_topic.py.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from reference.core.groups.coordinator import LoadedRecord
from reference.core.internal_topic import InternalTopic, InternalTopicSpec, StoredMarker
from spec.coordinator_records import CoordinatorRecord, UnknownRecordType, decode_record
from spec.coordinator_records import encode_record as encode_coordinator_record
from spec.records.header import NO_PRODUCER_EPOCH, NO_PRODUCER_ID

if TYPE_CHECKING:
    from reference.core.broker import Broker

log = logging.getLogger("kspec.offsets_topic")

OFFSETS_TOPIC = "__consumer_offsets"
OFFSETS_TOPIC_SPEC = InternalTopicSpec(
    OFFSETS_TOPIC, "offsets.topic.num.partitions", "offsets.topic.replication.factor",
    "offsets.topic.segment.bytes", {"compression.type": "producer"})


class OffsetsTopic(InternalTopic):
    """The `CoordinatorLog` of the broker's group coordinator."""

    def __init__(self, broker: Broker) -> None:
        super().__init__(broker, OFFSETS_TOPIC_SPEC)

    def append_records(self, partition: int, records: Sequence[CoordinatorRecord],
                       now_ms: int, *, producer_id: int = NO_PRODUCER_ID,
                       producer_epoch: int = NO_PRODUCER_EPOCH) -> None:
        self.append(partition, [encode_coordinator_record(record) for record in records], now_ms,
                    producer_id=producer_id, producer_epoch=producer_epoch,
                    is_transactional=producer_id != NO_PRODUCER_ID)

    def read_records(self, partition: int) -> Iterator[LoadedRecord | StoredMarker]:
        for stored in self.read(partition):
            if isinstance(stored, StoredMarker):
                yield stored
                continue
            try:
                record = decode_record(stored.key, stored.value)
            except UnknownRecordType as unknown:
                log.info("%s-%d: skipping record type %d", OFFSETS_TOPIC, partition,
                         unknown.record_type)
                continue
            yield LoadedRecord(stored.offset, record, stored.producer_id)
