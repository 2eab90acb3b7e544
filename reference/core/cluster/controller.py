"""The cluster's controller: the replication `Controller` behind a metadata log.

KRaft's quorum controller keeps every decision as a record in `__cluster_metadata` and brokers
learn the cluster by replaying those records. Here the decisions are the replication core's
(reference/core/replication/controller.py: registrations, sessions, elections, ISR changes,
reassignments); after each operation `publish` diffs its state against what was last written
and appends the difference as records (`BrokerRecord`, `PartitionRecord` as the partition's
whole new registration), together with the topic records the operation made. A restart
replays the log into the same state. Brokers read `records` from their own offset on
(`Broker.catch_up`), as a KRaft broker fetches the metadata log.
Placement is Kafka's striped one reduced to a rotation: partition p of a topic starts at the
(p + topic count)-th unfenced broker and takes the next ones in id order.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reference.core.metadata_log import MetadataLog
from reference.core.producers.allocator import ProducerIdsRecord
from reference.core.replication.controller import BrokerRegistration, Controller
from reference.core.replication.values import (
    AlterPartitionRequest,
    AlterPartitionResponse,
    BrokerHeartbeatResult,
    LeaderRecoveryState,
    PartitionState,
    ReplicationSettings,
)
from reference.core.storage import Storage
from reference.core.topics import (
    BrokerRecord,
    ConfigRecord,
    MetadataRecord,
    PartitionRecord,
    RemoveTopicRecord,
    TopicMetadata,
    TopicRecord,
    TopicRegistry,
)
from spec.config import BrokerConfig

log = logging.getLogger("kspec.controller")

UNCLEAN_CONFIG = "unclean.leader.election.enable"


@dataclass(frozen=True, slots=True)
class BrokerAddress:
    host: str
    port: int


def leader_rebalance_interval_ms(config: BrokerConfig) -> int | None:
    """leader.imbalance.check.interval.seconds in ms, None with auto.leader.rebalance.enable
    off."""
    if not config.bool_value("auto.leader.rebalance.enable"):
        return None
    return config.int_value("leader.imbalance.check.interval.seconds") * 1000


def partition_key(topic: str, index: int) -> str:
    """The name the replication controller knows a partition by."""
    return f"{topic}-{index}"


class ClusterController:
    """The controller node: its metadata log, the topics it holds and the replication state."""

    def __init__(self, storage: Storage, settings: ReplicationSettings, now_ms: int, *,
                 session_timeout_ms: int, leader_rebalance_interval_ms: int | None = None) -> None:
        self.metadata_log = MetadataLog.open(storage, now_ms)
        self.topics = TopicRegistry()
        self.replication = Controller(settings, session_timeout_ms=session_timeout_ms,
                                      unclean_leader_election=self._unclean_election)
        self.addresses: dict[int, BrokerAddress] = {}
        # auto.leader.rebalance.enable: None when off, else leader.imbalance.check.interval;
        # a pass is due that long after the leaders were first seen imbalanced.
        self.leader_rebalance_interval_ms = leader_rebalance_interval_ms
        self.leader_rebalance_due_ms: int | None = None
        self.next_producer_id = 0
        self.records: list[MetadataRecord] = []
        self._written_brokers: dict[int, BrokerRegistration] = {}
        self._written_partitions: dict[str, PartitionState] = {}
        for record in self.metadata_log.replay():
            self._replay(record)
        self.replication.next_broker_epoch = 1 + max(
            (registration.broker_epoch for registration in self.replication.brokers.values()),
            default=0)

    # -- the log -------------------------------------------------------------------------------

    def _replay(self, record: MetadataRecord) -> None:
        self.records.append(record)
        if isinstance(record, BrokerRecord):
            registration = BrokerRegistration(record.broker_id, record.is_fenced,
                                              record.broker_epoch, record.in_controlled_shutdown)
            self.replication.brokers[record.broker_id] = registration
            self._written_brokers[record.broker_id] = registration
            self.addresses[record.broker_id] = BrokerAddress(record.host, record.port)
            return
        if isinstance(record, ProducerIdsRecord):
            self.next_producer_id = max(self.next_producer_id, record.next_producer_id)
            return
        self.topics.replay(record)
        if isinstance(record, PartitionRecord):
            topic = self.topics.by_id(record.topic_id)
            assert topic is not None, record
            key = partition_key(topic.name, record.partition_index)
            state = partition_state(record)
            self.replication.partitions[key] = state
            self._written_partitions[key] = state
        elif isinstance(record, RemoveTopicRecord):
            self._forget_removed_partitions()

    def _forget_removed_partitions(self) -> None:
        live = {partition_key(topic.name, index)
                for topic in self.topics.topics_by_name.values() for index in topic.partitions}
        for key in [key for key in self.replication.partitions if key not in live]:
            del self.replication.partitions[key]
            self._written_partitions.pop(key, None)

    def commit(self, records: Sequence[MetadataRecord], now_ms: int) -> None:
        """Write records (one atomic batch), then apply them."""
        if not records:
            return
        self.metadata_log.append(records, now_ms)
        for record in records:
            self._replay(record)

    def publish(self, now_ms: int) -> None:
        """Write what the replication controller changed since the last write."""
        records: list[MetadataRecord] = []
        for broker_id, registration in sorted(self.replication.brokers.items()):
            if self._written_brokers.get(broker_id) != registration:
                address = self.addresses[broker_id]
                records.append(BrokerRecord(broker_id, registration.broker_epoch, address.host,
                                            address.port, registration.is_fenced,
                                            registration.in_controlled_shutdown))
        for key, state in self.replication.partitions.items():
            if self._written_partitions.get(key) != state:
                records.append(self._partition_record(key, state))
        self.commit(records, now_ms)

    def _partition_record(self, key: str, state: PartitionState) -> PartitionRecord:
        topic_name, _, index = key.rpartition("-")
        topic = self.topics.get(topic_name)
        assert topic is not None, key
        return partition_record(topic.topic_id, int(index), state)

    def _unclean_election(self, key: str) -> bool:
        topic = self.topics.get(key.rpartition("-")[0])
        value = None if topic is None else topic.config_overrides.get(UNCLEAN_CONFIG)
        if value is None:
            return self.replication.settings.unclean_leader_election_enable
        return value.lower() == "true"

    # -- brokers -------------------------------------------------------------------------------

    def register_broker(self, broker_id: int, address: BrokerAddress, now_ms: int) -> int:
        self.addresses[broker_id] = address
        broker_epoch = self.replication.register_broker(broker_id, now_ms)
        self.publish(now_ms)
        return broker_epoch

    def heartbeat(self, broker_id: int, broker_epoch: int, now_ms: int, *,
                  want_shut_down: bool = False) -> BrokerHeartbeatResult:
        result = self.replication.heartbeat(broker_id, broker_epoch, now_ms,
                                            want_shut_down=want_shut_down)
        self.publish(now_ms)
        return result

    def tick(self, now_ms: int) -> list[int]:
        """Fence the brokers whose session expired (their ids), then rebalance leaders if due."""
        fenced = self.replication.tick(now_ms)
        self._maybe_balance_leaders(now_ms)
        self.publish(now_ms)
        return fenced

    def _maybe_balance_leaders(self, now_ms: int) -> None:
        """`maybeScheduleNextBalancePartitionLeaders`: armed while some partition is not led by
        its preferred replica, run one interval later, re-armed at once if the pass was cut."""
        interval_ms = self.leader_rebalance_interval_ms
        if interval_ms is None or not self.replication.imbalanced_partitions():
            self.leader_rebalance_due_ms = None
            return
        if self.leader_rebalance_due_ms is None:
            self.leader_rebalance_due_ms = now_ms + interval_ms
        if now_ms < self.leader_rebalance_due_ms:
            return
        moved, is_cut = self.replication.balance_partition_leaders()
        self.leader_rebalance_due_ms = now_ms if is_cut else None
        if moved:
            log.info("preferred leaders elected for %s", ", ".join(moved))

    def unfenced_brokers(self) -> list[int]:
        return sorted(broker for broker, registration in self.replication.brokers.items()
                      if not registration.is_fenced and not registration.in_controlled_shutdown)

    # -- topics --------------------------------------------------------------------------------

    def place(self, partition_count: int, replication_factor: int,
              first_partition: int = 0) -> list[tuple[int, ...]]:
        """Replica lists for new partitions, rotating over the unfenced brokers."""
        brokers = self.unfenced_brokers()
        assert 0 < replication_factor <= len(brokers), (replication_factor, brokers)
        offset = len(self.topics.topics_by_name)
        return [tuple(brokers[(offset + index + step) % len(brokers)]
                      for step in range(replication_factor))
                for index in range(first_partition, first_partition + partition_count)]

    def create_topic(self, name: str, topic_id: uuid.UUID, assignments: list[tuple[int, ...]],
                     overrides: Mapping[str, str], now_ms: int) -> TopicMetadata:
        assert self.topics.get(name) is None, name
        records: list[MetadataRecord] = [TopicRecord(name, topic_id)]
        records += [ConfigRecord(name, key, value) for key, value in sorted(overrides.items())]
        self.commit(records, now_ms)
        self._add_partitions(name, topic_id, 0, assignments, now_ms)
        topic = self.topics.get(name)
        assert topic is not None
        return topic

    def add_partitions(self, topic: TopicMetadata, assignments: list[tuple[int, ...]],
                       now_ms: int) -> None:
        self._add_partitions(topic.name, topic.topic_id, len(topic.partitions), assignments,
                             now_ms)

    def _add_partitions(self, name: str, topic_id: uuid.UUID, first_index: int,
                        assignments: list[tuple[int, ...]], now_ms: int) -> None:
        records: list[MetadataRecord] = []
        for index, replicas in enumerate(assignments, start=first_index):
            state = self.replication.create_partition(partition_key(name, index), replicas)
            records.append(partition_record(topic_id, index, state))
        self.commit(records, now_ms)

    def delete_topic(self, topic_id: uuid.UUID, now_ms: int) -> None:
        self.commit([RemoveTopicRecord(topic_id)], now_ms)

    def set_configs(self, records: Sequence[ConfigRecord], now_ms: int) -> None:
        self.commit(records, now_ms)

    # -- partitions ----------------------------------------------------------------------------

    def alter_partition(self, key: str, request: AlterPartitionRequest,
                        now_ms: int) -> AlterPartitionResponse:
        response = self.replication.alter_partition(key, request)
        self.publish(now_ms)
        return response


def partition_state(record: PartitionRecord) -> PartitionState:
    recovery = (LeaderRecoveryState.RECOVERING if record.is_recovering
                else LeaderRecoveryState.RECOVERED)
    return PartitionState(record.replicas, frozenset(record.in_sync_replicas), record.leader,
                          record.leader_epoch, record.partition_epoch, recovery,
                          record.adding_replicas, record.removing_replicas)


def partition_record(topic_id: uuid.UUID, index: int, state: PartitionState) -> PartitionRecord:
    return PartitionRecord(topic_id, index, state.replicas, state.leader, state.leader_epoch,
                           tuple(sorted(state.isr)), state.partition_epoch,
                           state.leader_recovery_state is LeaderRecoveryState.RECOVERING,
                           state.adding_replicas, state.removing_replicas)
