"""A coordinator's internal topic (`__consumer_offsets`, `__transaction_state`) as its log:
created on first use, written in batches of key/value records, read back on start.

Source: Kafka 4.x KafkaApis.getCoordinator (the topic is created by the first FindCoordinator
  that needs it), AutoTopicCreationManager (compacted, the coordinator's segment size), and
  CoordinatorLoaderImpl (a load reads every batch below the high watermark and skips control
  batches).
Behaviour: with one live broker, a replication factor above 1 cannot be met, so the topic is not
  created and FindCoordinator keeps answering COORDINATOR_NOT_AVAILABLE, as Kafka's controller
  refuses it (INVALID_REPLICATION_FACTOR). `kspec broker` sets the factors to 1, as Kafka's
  shipped config/server.properties does. Appends take Kafka's coordinator path (no client-only
  checks).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reference.core.partition import Partition, transaction_marker, whole_batches
from spec.records.batch import decode_batch, encode_batch
from spec.records.control import ControlRecordType
from spec.records.header import NO_PRODUCER_EPOCH, NO_PRODUCER_ID
from spec.records.record import Record

if TYPE_CHECKING:
    from reference.core.broker import Broker

log = logging.getLogger("kspec.internal_topic")

LOAD_READ_BYTES = 1 << 20
KeyValue = tuple[bytes, bytes | None]


@dataclass(frozen=True, slots=True)
class InternalTopicSpec:
    """How a coordinator's topic is made: its name and the broker configs that shape it."""

    name: str
    partitions_config: str  # e.g. offsets.topic.num.partitions
    replication_factor_config: str
    segment_bytes_config: str
    extra_configs: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class StoredRecord:
    """A record as a load reads it; `producer_id` is set when a transaction wrote it."""

    offset: int
    key: bytes
    value: bytes | None
    producer_id: int = NO_PRODUCER_ID


@dataclass(frozen=True, slots=True)
class StoredMarker:
    """A transaction's end as a load reads it."""

    offset: int
    producer_id: int
    is_commit: bool


class InternalTopic:
    """One coordinator's topic on this broker."""

    def __init__(self, broker: Broker, spec: InternalTopicSpec) -> None:
        self._broker = broker
        self.spec = spec

    @property
    def name(self) -> str:
        return self.spec.name

    def exists(self) -> bool:
        return self._broker.topics.get(self.name) is not None

    def leads(self, index: int) -> bool:
        """This broker leads partition `index` (always, on one node): only the leader of a
        partition coordinates the groups or transactions that hash to it."""
        partition = self._broker.partition(self.name, index)
        return partition is not None and partition.is_leader

    def led_partitions(self) -> list[int]:
        return [index for index in range(self.partition_count()) if self.leads(index)]

    def partition_count(self) -> int:
        topic = self._broker.topics.get(self.name)
        return 0 if topic is None else len(topic.partitions)

    def create(self, now_ms: int) -> bool:
        """Create the topic if the configuration allows it on this cluster; False if not."""
        if self.exists():
            return True
        config = self._broker.config
        replication_factor = config.int_value(self.spec.replication_factor_config)
        live_brokers = len(self._broker.registered_broker_ids())
        if replication_factor > live_brokers:
            log.warning("cannot create %s: %s=%d but only %d broker(s) are registered",
                        self.name, self.spec.replication_factor_config, replication_factor,
                        live_brokers)
            return False
        configs = {"cleanup.policy": "compact", **self.spec.extra_configs,
                   "segment.bytes": str(config.int_value(self.spec.segment_bytes_config))}
        self._broker.create_topic(self.name, config.int_value(self.spec.partitions_config),
                                  configs, now_ms, replication_factor=replication_factor)
        return True

    def partition(self, index: int) -> Partition:
        partition = self._broker.partition(self.name, index)
        assert partition is not None, f"{self.name}-{index} is missing"
        return partition

    def append(self, index: int, entries: Sequence[KeyValue], now_ms: int, *,
               producer_id: int = NO_PRODUCER_ID, producer_epoch: int = NO_PRODUCER_EPOCH,
               is_transactional: bool = False) -> int:
        """Append the records as one batch; the offset of the first. A transactional batch
        (TxnOffsetCommit) carries the producer's id and epoch, so its marker closes it and the
        partition's last stable offset holds below it meanwhile."""
        assert not is_transactional or producer_id != NO_PRODUCER_ID, producer_id
        assert self.leads(index), f"{self.name}-{index}: a coordinator write on a follower"
        batch = encode_batch([Record(delta, now_ms, key, value)
                              for delta, (key, value) in enumerate(entries)],
                             producer_id=producer_id, producer_epoch=producer_epoch,
                             is_transactional=is_transactional)
        partition = self.partition(index)
        first_offset = partition.append_from_coordinator(batch, now_ms=now_ms)
        self._broker.note_append()
        self._broker.coordinator_writes[partition] = partition.log_end_offset
        return first_offset

    def read(self, index: int) -> Iterator[StoredRecord | StoredMarker]:
        """Every keyed record of the data batches and every transaction marker, oldest first."""
        for data in self._batches(self.partition(index)):
            batch = decode_batch(data)
            header = batch.header
            if header.is_control:
                marker = transaction_marker(data, 0, header)
                if marker is not None:
                    yield StoredMarker(header.base_offset, header.producer_id,
                                       marker.control_type is ControlRecordType.COMMIT)
                continue
            producer_id = header.producer_id if header.is_transactional else NO_PRODUCER_ID
            for entry in batch.records:
                if entry.key is None:
                    log.warning("%s-%d: a record without a key at offset %d, skipped",
                                self.name, index, entry.offset(batch.header))
                    continue
                yield StoredRecord(entry.offset(header), entry.key, entry.value, producer_id)

    def _batches(self, partition: Partition) -> Iterator[bytes]:
        """Every whole batch of the partition up to its log end, as Kafka's coordinator loaders
        read (`FetchIsolation.LOG_END`): a leader elected before its HW caught up still holds
        the records an old leader acknowledged, above its own HW."""
        position = partition.log_start_offset
        storage = self._broker.storage
        while position < partition.log_end_offset:
            fetched = partition.log.read(position, LOAD_READ_BYTES,
                                         max_offset_exclusive=partition.log_end_offset)
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
