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

from reference.core.cluster.controller import ClusterController
from reference.core.cluster.member import ClusterMember
from reference.core.fetch_sessions import FetchManager, FetchSessionCache
from reference.core.groups.coordinator import GroupCoordinator
from reference.core.groups.topics_view import TopicInfo, TopicsView
from reference.core.identity import load_or_create_identity, random_kafka_uuid
from reference.core.log_dir import LogDir, mark_clean_shutdown, open_log_dir, write_checkpoints
from reference.core.metadata_log import MetadataLog
from reference.core.offsets_topic import OFFSETS_TOPIC, OffsetsTopic
from reference.core.partition import MarkerRequest, Partition
from reference.core.periodic import Periodic
from reference.core.producers.allocator import ProducerIdAllocator, ProducerIdsRecord
from reference.core.replication.values import ReplicationSettings
from reference.core.storage import Storage
from reference.core.topics import (
    BrokerRecord,
    ConfigRecord,
    MetadataRecord,
    PartitionRecord,
    RemoveTopicRecord,
    TopicMetadata,
    TopicPartition,
    TopicRegistry,
    new_topic_records,
)
from reference.core.transaction_state import TransactionService
from spec.config import BrokerConfig, TopicConfig
from spec.generated.errors import ErrorCode

log = logging.getLogger("kspec.broker")

NO_BROKER_EPOCH = -1  # one node without a controller-assigned registration epoch


@dataclass(frozen=True, slots=True)
class Listener:
    """Where clients reach this broker (what Metadata and FindCoordinator advertise)."""

    host: str
    port: int


class Broker:
    """One node: the state every handler reads and changes."""

    def __init__(self, config: BrokerConfig, storage: Storage, *, cluster_id: str,
                 rng: random.Random, now_ms: int, log_dir: LogDir | None = None,
                 controller: ClusterController | None = None) -> None:
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
        # Coordinator appends of the request being handled, partition -> log end after them:
        # in a cluster its answer waits until they are replicated (`reply_after_replication`).
        self.coordinator_writes: dict[Partition, int] = {}
        self.periodic = Periodic(config, now_ms)
        self.offsets_topic = OffsetsTopic(self)
        self.groups = GroupCoordinator(config, rng, self.offsets_topic, self.topics_view)
        self.transactions = TransactionService(self)
        # One node keeps its own metadata log; a cluster's broker replays the controller's.
        self.cluster: ClusterMember | None = None
        self.metadata_log: MetadataLog | None = None
        if controller is None:
            self.metadata_log = MetadataLog.open(storage, now_ms)
            for record in self.metadata_log.replay():
                self.apply_record(record, now_ms)
            # Every partition is led here: its groups and transactions load on the first ticks.
            self.groups.start_loading(self.offsets_topic.led_partitions())
            self.transactions.start_loading(self.transactions.topic.led_partitions())
        else:  # loads follow leadership (`move_coordinators`)
            self.cluster = ClusterMember(self, controller,
                                         ReplicationSettings.from_broker_config(config))
            self.cluster.catch_up(now_ms)

    @classmethod
    def open(cls, config: BrokerConfig, storage: Storage, *, rng: random.Random, now_ms: int,
             log_dir: LogDir | None = None,
             controller: ClusterController | None = None) -> Broker:
        """The broker whose data lives in `storage`, recovered; a new one if it is empty."""
        identity = load_or_create_identity(storage, config.node_id, rng, now_ms)
        return cls(config, storage, cluster_id=identity.cluster_id, rng=rng, now_ms=now_ms,
                   log_dir=log_dir, controller=controller)

    # -- metadata -----------------------------------------------------------------------------

    def commit_metadata(self, records: list[MetadataRecord], now_ms: int) -> None:
        """Write records to the metadata log, then apply them (the controller's commit)."""
        if self.cluster is not None:
            self.cluster.cluster.commit(records, now_ms)
            self.cluster.catch_up(now_ms)
            return
        assert self.metadata_log is not None
        self.metadata_log.append(records, now_ms)
        for record in records:
            self.apply_record(record, now_ms)

    def apply_record(self, record: MetadataRecord, now_ms: int) -> None:
        """Replay one metadata record into this broker's state."""
        if isinstance(record, BrokerRecord):
            if self.cluster is not None:
                self.cluster.on_broker_record(record)
            return
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
            self._replay_partition(topic, record, now_ms)
        elif isinstance(record, RemoveTopicRecord):
            self._drop_partitions_without_topic()
        elif isinstance(record, ConfigRecord):
            self._reconfigure(record.topic_name)

    def _replay_partition(self, topic: TopicMetadata, record: PartitionRecord,
                          now_ms: int) -> None:
        index = record.partition_index
        if self.cluster is None:
            self._open_partition(topic, index, record.leader_epoch, now_ms)
            return
        key = TopicPartition(topic.name, index)
        self.cluster.on_partition_record(key, record)
        if self.cluster.hosts(key):
            self._open_partition(topic, index, record.leader_epoch, now_ms)
            partition = self.partitions[key]
            if partition.replica is None:
                # A replica's HW is what the last checkpoint said, not its log end: records
                # past it may never have been committed (Kafka's replication-offset-checkpoint).
                partition.set_high_watermark(self.log_dir.high_watermarks.get(
                    (topic.name, index), 0))
                partition.start_replication(self.node_id, self.cluster.settings, now_ms)
        elif key in self.partitions:  # reassigned away: Kafka deletes the replica
            self.partitions.pop(key).delete()
            log.info("deleted replica %s (no longer assigned here)", key)

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
        if self.cluster is not None:
            self.cluster.states = {key: state for key, state in self.cluster.states.items()
                                   if self.topics.get(key.topic) is not None}
        for key in [key for key in self.partitions if self.topics.get(key.topic) is None]:
            self.partitions.pop(key).delete()
            log.info("deleted partition %s", key)

    def _reconfigure(self, topic_name: str) -> None:
        config = self.topic_config(topic_name)
        for partition in self.partitions_of(topic_name):
            partition.reconfigure(config)

    def move_coordinators(self, gained: list[TopicPartition], lost: list[TopicPartition],
                          now_ms: int) -> None:
        """Coordinate what hashes to the internal partitions led here (Kafka's
        onElection/onResignation): a partition gained is loaded; when one is lost, its groups or
        transactions leave with it, so that coordinator starts again from the partitions it
        still leads (each reloaded from its log)."""
        del now_ms  # loading happens on the following ticks
        lost_topics = {key.topic for key in lost}
        if OFFSETS_TOPIC in lost_topics:
            self.groups = GroupCoordinator(self.config, self.rng, self.offsets_topic,
                                           self.topics_view)
            self.groups.start_loading(self.offsets_topic.led_partitions())
        else:
            self.groups.start_loading(key.partition for key in gained
                                      if key.topic == OFFSETS_TOPIC)
        transaction_topic = self.transactions.topic.name
        if transaction_topic in lost_topics:
            self.transactions = TransactionService(self)
            self.transactions.start_loading(self.transactions.topic.led_partitions())
        else:
            self.transactions.start_loading([key.partition for key in gained
                                             if key.topic == transaction_topic])

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

    def registered_broker_ids(self) -> list[int]:
        """The brokers new replicas may go to: this node alone, or the cluster's unfenced."""
        if self.cluster is None:
            return [self.node_id]
        return self.cluster.cluster.unfenced_brokers()

    def create_topic(self, name: str, partition_count: int, overrides: Mapping[str, str],
                     now_ms: int, *, replication_factor: int = 1,
                     assignments: list[tuple[int, ...]] | None = None) -> TopicMetadata:
        """Create a topic; in a cluster its replicas are `assignments`, or placed by the
        controller `replication_factor` times (the handlers validated both)."""
        if self.cluster is not None:
            self.cluster.catch_up(now_ms)
            existing = self.topics.get(name)
            if existing is not None:  # another broker created it since this one last looked
                return existing
            controller = self.cluster.cluster
            placed = assignments or controller.place(partition_count, replication_factor)
            controller.create_topic(name, self.new_topic_id(), placed, overrides, now_ms)
            self.cluster.catch_up(now_ms)
        else:
            records = new_topic_records(name, self.new_topic_id(), partition_count,
                                        self.node_id, overrides)
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
        if self.cluster is not None:
            controller = self.cluster.cluster
            replication_factor = len(topic.partitions[0].replicas)
            controller.add_partitions(topic, controller.place(
                new_count - first_new, replication_factor, first_new), now_ms)
            self.cluster.catch_up(now_ms)
            return
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
        if self.cluster is not None:  # claim after the blocks other brokers claimed
            self.cluster.catch_up(now_ms)
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

    def write_txn_marker(self, topic: str, index: int, request: MarkerRequest,
                         now_ms: int) -> ErrorCode:
        """Write a transaction's marker into a partition led here (WriteTxnMarkers' work); a
        marker into `__consumer_offsets` also settles the group's pending offsets."""
        partition = self.leader_partition(topic, index)
        if isinstance(partition, ErrorCode):
            return partition
        error = partition.append_marker(request, now_ms=now_ms)
        if error is ErrorCode.NONE:
            self.note_append()
            if topic == OFFSETS_TOPIC:
                self.groups.offsets.replay_end_transaction(request.producer_id,
                                                           request.is_commit)
        return error

    def current_leader(self, topic: str,
                       index: int) -> tuple[int, int, tuple[str, int] | None]:
        """`getCurrentLeader` (KIP-951): (leader id, leader epoch, its host and port if it is
        alive) as the metadata holds them; (-1, -1, None) without a leader."""
        known = self.topics.get(topic)
        meta = None if known is None else known.partitions.get(index)
        if meta is None or meta.leader < 0:
            return -1, -1, None
        if self.cluster is None:
            return meta.leader, meta.leader_epoch, (self.listener.host, self.listener.port)
        address = self.cluster.leader_address(topic, index)
        return meta.leader, meta.leader_epoch, None if address is None else address[1:]

    def knows_partition(self, topic: str, index: int) -> bool:
        """The metadata has this partition (this broker may hold no replica of it)."""
        known = self.topics.get(topic)
        return known is not None and index in known.partitions

    def hosted_partition(self, topic: str, index: int) -> Partition | ErrorCode:
        """This broker's replica (`getPartitionOrError`): UNKNOWN_TOPIC_OR_PARTITION if the
        metadata has no such partition, NOT_LEADER_OR_FOLLOWER if it holds no replica of it."""
        partition = self.partitions.get(TopicPartition(topic, index))
        if partition is not None:
            return partition
        if not self.knows_partition(topic, index):
            return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
        return ErrorCode.NOT_LEADER_OR_FOLLOWER

    def leader_partition(self, topic: str, index: int) -> Partition | ErrorCode:
        """The partition if this broker leads it (`getPartitionOrError` + `leaderLogIfLocal`):
        UNKNOWN_TOPIC_OR_PARTITION if the metadata has no such partition, else
        NOT_LEADER_OR_FOLLOWER where this broker only follows it or holds no replica."""
        partition = self.hosted_partition(topic, index)
        if isinstance(partition, ErrorCode) or partition.is_leader:
            return partition
        return ErrorCode.NOT_LEADER_OR_FOLLOWER

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
        if self.cluster is not None:
            self.cluster.tick(now_ms)
        if self.metadata_log is not None:
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
        if self.metadata_log is not None:
            self.metadata_log.close(now_ms)
        self.write_checkpoints()
        mark_clean_shutdown(self.storage)
