"""The broker's state: topics, their partitions, producer ids, fetch sessions and groups, on
one node.

A `Broker` is the pure core that both shells drive. It reads no clock (every operation takes
`now_ms`), owns no randomness (topic ids and session ids come from the `random.Random` the
shell seeds) and touches disk only through `Storage`. Topic metadata is kept the KRaft way:
every change is a metadata record appended to the metadata log and then replayed, so a restart
rebuilds the same state by replaying the same records.
"""

from __future__ import annotations

import logging
import random
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from reference.core.fetch_sessions import FetchManager, FetchSessionCache
from reference.core.groups.coordinator import GroupCoordinator
from reference.core.groups.topics_view import TopicInfo, TopicsView
from reference.core.identity import load_or_create_identity, random_kafka_uuid
from reference.core.log_dir import LogDir, mark_clean_shutdown, open_log_dir, write_checkpoints
from reference.core.metadata_log import MetadataLog
from reference.core.offsets_topic import OFFSETS_TOPIC, OffsetsTopic
from reference.core.partition import Partition
from reference.core.periodic import Periodic
from reference.core.producers.allocator import ProducerIdAllocator, ProducerIdsRecord
from reference.core.storage import Storage
from reference.core.topics import (
    ConfigRecord,
    MetadataRecord,
    PartitionRecord,
    RemoveTopicRecord,
    TopicMetadata,
    TopicRegistry,
    new_topic_records,
)
from reference.core.transaction_state import TransactionService
from spec.config import BrokerConfig, TopicConfig

log = logging.getLogger("kspec.broker")

NO_BROKER_EPOCH = -1  # one node without a controller-assigned registration epoch


@dataclass(frozen=True, slots=True, order=True)
class TopicPartition:
    topic: str
    partition: int

    def __str__(self) -> str:
        return f"{self.topic}-{self.partition}"


@dataclass(frozen=True, slots=True)
class Listener:
    """Where clients reach this broker (what Metadata and FindCoordinator advertise)."""

    host: str
    port: int


class Broker:
    """One node: the state every handler reads and changes."""

    def __init__(self, config: BrokerConfig, storage: Storage, *, cluster_id: str,
                 rng: random.Random, now_ms: int, log_dir: LogDir | None = None) -> None:
        self.config = config
        self.node_id = config.node_id
        self.cluster_id = cluster_id
        self.storage = storage
        self.rng = rng
        self.listener = Listener("127.0.0.1", 9092)
        self.log_dir = log_dir if log_dir is not None else LogDir()
        open_log_dir(storage, self.log_dir, log.warning)
        self.topics = TopicRegistry()
        self.partitions: dict[TopicPartition, Partition] = {}
        self.producer_ids = ProducerIdAllocator(self.node_id, NO_BROKER_EPOCH)
        self.fetch_manager = FetchManager(FetchSessionCache(
            lambda: rng.randint(0, 2**31 - 1),
            max_slots=config.max_incremental_fetch_session_cache_slots))
        self.data_version = 0  # bumped on every append: deferred fetches re-check on change
        self.periodic = Periodic(config, now_ms)
        self.offsets_topic = OffsetsTopic(self)
        self.groups = GroupCoordinator(config, rng, self.offsets_topic, self.topics_view)
        self.transactions = TransactionService(self)
        self.metadata_log = MetadataLog.open(storage, now_ms)
        for record in self.metadata_log.replay():
            self._apply(record, now_ms)
        offsets_topic = self.topics.get(OFFSETS_TOPIC)
        if offsets_topic is not None:  # its groups load on the first ticks
            self.groups.start_loading(range(len(offsets_topic.partitions)))
        self.transactions.start_loading(range(self.transactions.topic.partition_count()))

    @classmethod
    def open(cls, config: BrokerConfig, storage: Storage, *, rng: random.Random, now_ms: int,
             log_dir: LogDir | None = None) -> Broker:
        """The broker whose data lives in `storage`, recovered; a new one if it is empty."""
        identity = load_or_create_identity(storage, config.node_id, rng, now_ms)
        return cls(config, storage, cluster_id=identity.cluster_id, rng=rng, now_ms=now_ms,
                   log_dir=log_dir)

    # -- metadata -----------------------------------------------------------------------------

    def commit_metadata(self, records: list[MetadataRecord], now_ms: int) -> None:
        """Write records to the metadata log, then apply them (the controller's commit)."""
        self.metadata_log.append(records, now_ms)
        for record in records:
            self._apply(record, now_ms)

    def _apply(self, record: MetadataRecord, now_ms: int) -> None:
        if isinstance(record, ProducerIdsRecord):
            # A replayed block's ids may have been handed out before a restart: the next id
            # starts a fresh block. (A live claim was already taken by the allocator itself.)
            if record.next_producer_id > self.producer_ids.next_block_first_id:
                self.producer_ids = ProducerIdAllocator(self.node_id, NO_BROKER_EPOCH,
                                                        record.next_producer_id)
            return
        self.topics.replay(record)
        if isinstance(record, PartitionRecord):
            topic = self.topics.by_id(record.topic_id)
            assert topic is not None, record
            self._open_partition(topic, record.partition_index, record.leader_epoch, now_ms)
        elif isinstance(record, RemoveTopicRecord):
            self._drop_partitions_without_topic()
        elif isinstance(record, ConfigRecord):
            self._reconfigure(record.topic_name)

    def _open_partition(self, topic: TopicMetadata, index: int, leader_epoch: int,
                        now_ms: int) -> None:
        key = TopicPartition(topic.name, index)
        if key in self.partitions:
            return
        where = (topic.name, index)
        self.partitions[key] = Partition.open(
            self.storage, topic=topic.name, index=index, topic_id=topic.topic_id,
            config=self.topic_config(topic.name), leader_epoch=leader_epoch, now_ms=now_ms,
            log_start_offset=self.log_dir.log_start_offsets.get(where, 0),
            recovery_point=self.log_dir.recovery_points.get(where, 0),
            had_clean_shutdown=self.log_dir.had_clean_shutdown,
            report=lambda message: log.warning("%s: %s", key, message))

    def _drop_partitions_without_topic(self) -> None:
        for key in [key for key in self.partitions if self.topics.get(key.topic) is None]:
            self.partitions.pop(key).delete()
            log.info("deleted partition %s", key)

    def _reconfigure(self, topic_name: str) -> None:
        config = self.topic_config(topic_name)
        for partition in self.partitions_of(topic_name):
            partition.reconfigure(config)

    def topic_config(self, topic_name: str) -> TopicConfig:
        topic = self.topics.get(topic_name)
        overrides: Mapping[str, str] = {} if topic is None else topic.config_overrides
        return TopicConfig.resolve(overrides, self.config)

    # -- topic operations (validated by the handlers, in Kafka's order) -----------------------

    def new_topic_id(self) -> uuid.UUID:
        """A random id as Kafka draws them (`Uuid.randomUuid`) that is not already in use."""
        while True:
            topic_id = random_kafka_uuid(self.rng)
            if self.topics.by_id(topic_id) is None:
                return topic_id

    def create_topic(self, name: str, partition_count: int, overrides: Mapping[str, str],
                     now_ms: int) -> TopicMetadata:
        records = new_topic_records(name, self.new_topic_id(), partition_count, self.node_id,
                                    overrides)
        self.commit_metadata(records, now_ms)
        topic = self.topics.get(name)
        assert topic is not None, name
        log.info("created topic %s with %d partition(s)", name, partition_count)
        return topic

    def auto_create_topic(self, name: str, now_ms: int) -> TopicMetadata:
        """A topic asked for in Metadata (or FindCoordinator's internal topics) that is missing."""
        return self.create_topic(name, self.config.num_partitions, {}, now_ms)

    def delete_topic(self, topic: TopicMetadata, now_ms: int) -> None:
        self.commit_metadata([RemoveTopicRecord(topic.topic_id)], now_ms)
        log.info("deleted topic %s", topic.name)

    def add_partitions(self, topic: TopicMetadata, new_count: int, now_ms: int) -> None:
        first_new = len(topic.partitions)
        assert new_count > first_new, (new_count, first_new)
        records: list[MetadataRecord] = [
            PartitionRecord(topic.topic_id, index, (self.node_id,), self.node_id)
            for index in range(first_new, new_count)]
        self.commit_metadata(records, now_ms)

    def set_topic_configs(self, topic_name: str, values: Mapping[str, str | None],
                          now_ms: int) -> None:
        records: list[MetadataRecord] = [ConfigRecord(topic_name, name, value)
                                         for name, value in sorted(values.items())]
        self.commit_metadata(records, now_ms)

    def next_producer_id(self, now_ms: int) -> int:
        """A producer id never handed out before; a newly claimed block is written to the
        metadata log before its first id is used (raises ProducerIdsExhaustedError past int64)."""
        producer_id, claimed = self.producer_ids.next_producer_id()
        if claimed is not None:
            self.commit_metadata([claimed], now_ms)
        return producer_id

    def topics_view(self) -> TopicsView:
        """The topics as the group coordinators see them (internal topics left out)."""
        return {topic.name: TopicInfo(topic.topic_id, len(topic.partitions))
                for topic in self.topics.topics_by_name.values() if not topic.is_internal}

    def partition(self, topic: str, index: int) -> Partition | None:
        return self.partitions.get(TopicPartition(topic, index))

    def partitions_of(self, topic: str) -> Iterator[Partition]:
        for key, partition in sorted(self.partitions.items()):
            if key.topic == topic:
                yield partition

    # -- time and shutdown ----------------------------------------------------------------------

    def note_append(self) -> None:
        self.data_version += 1

    def tick(self, now_ms: int) -> None:
        """Periodic work, on Kafka's schedules: flush, retention, cleaning, producer expiry,
        checkpoints."""
        due = self.periodic.due(now_ms)
        for partition in self.partitions.values():
            partition.tick(now_ms, due)
        if due.retention or due.cleaning:
            self.note_append()  # the log start offset may have moved: fetches re-read
        if due.checkpoints:
            self.write_checkpoints()
        self.metadata_log.tick(now_ms)
        self.groups.tick(now_ms, expire_offsets=due.offsets_expiry)
        self.transactions.tick(now_ms, abort_timed_out=due.transaction_abort,
                               expire_ids=due.transactional_id_expiry)

    def write_checkpoints(self) -> None:
        partitions = [(key.topic, key.partition, partition)
                      for key, partition in self.partitions.items()]
        write_checkpoints(
            self.storage,
            recovery_points={(t, p): part.log.recovery_point for t, p, part in partitions},
            log_start_offsets={(t, p): part.log_start_offset for t, p, part in partitions},
            high_watermarks={(t, p): part.high_watermark for t, p, part in partitions})

    def close(self, now_ms: int) -> None:
        """Clean shutdown: flush and close every log, checkpoint, then mark it clean."""
        for partition in self.partitions.values():
            partition.close(now_ms)
        self.metadata_log.close(now_ms)
        self.write_checkpoints()
        mark_clean_shutdown(self.storage)
