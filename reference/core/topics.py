"""Topic metadata as the controller keeps it: names, ids, partitions, config overrides.

Mirrors the KRaft controller's `ReplicationControlManager`: an operation (create topics, create
partitions, delete topics, alter configs) validates in Kafka's order and produces metadata
records; `replay` applies a record to the state. The broker persists the records (its metadata
log) and replays them on start, so the state after a restart is the replay of what was written.
Replica placement is trivial until replication lands: every replica is the one local node.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field

from reference.core.producers.allocator import ProducerIdsRecord

CLUSTER_METADATA_TOPIC = "__cluster_metadata"
INTERNAL_TOPICS = frozenset({"__consumer_offsets", "__transaction_state"})  # Topic.isInternal
MAX_TOPIC_NAME_LENGTH = 249


def invalid_topic_reason(name: str) -> str | None:
    """Why `name` is not a legal topic name, in Kafka's words (`Topic.validate`), or None."""
    if not name:
        return "the empty string is not allowed"
    if name == ".":
        return "'.' is not allowed"
    if name == "..":
        return "'..' is not allowed"
    if len(name) > MAX_TOPIC_NAME_LENGTH:
        return (f"the length of '{name}' is longer than the max allowed length "
                f"{MAX_TOPIC_NAME_LENGTH}")
    if not all(c.isascii() and (c.isalnum() or c in "._-") for c in name):
        return (f"'{name}' contains one or more characters other than ASCII alphanumerics, "
                "'.', '_' and '-'")
    return None


def collision_key(name: str) -> str:
    """Topics whose names differ only by '.' versus '_' collide in metric names (Kafka rejects)."""
    return name.replace(".", "_")


@dataclass(frozen=True, slots=True, order=True)
class TopicPartition:
    topic: str
    partition: int

    def __str__(self) -> str:
        return f"{self.topic}-{self.partition}"


@dataclass(frozen=True, slots=True)
class TopicRecord:
    name: str
    topic_id: uuid.UUID


@dataclass(frozen=True, slots=True)
class PartitionRecord:
    """A partition's whole registration (KRaft's PartitionRecord; a later one for the same
    partition is its PartitionChangeRecord). `isr` None means every replica, as on one node."""

    topic_id: uuid.UUID
    partition_index: int
    replicas: tuple[int, ...]
    leader: int
    leader_epoch: int = 0
    isr: tuple[int, ...] | None = None
    partition_epoch: int = 0
    is_recovering: bool = False  # KIP-704's leader recovery state after an unclean election
    adding_replicas: tuple[int, ...] = ()  # KIP-455: a reassignment in flight
    removing_replicas: tuple[int, ...] = ()

    @property
    def in_sync_replicas(self) -> tuple[int, ...]:
        return self.replicas if self.isr is None else self.isr


@dataclass(frozen=True, slots=True)
class BrokerRecord:
    """A broker's registration as the controller last changed it (KRaft's RegisterBrokerRecord
    with its Fence/Unfence/BrokerRegistrationChange records folded in)."""

    broker_id: int
    broker_epoch: int
    host: str
    port: int
    is_fenced: bool
    in_controlled_shutdown: bool = False


@dataclass(frozen=True, slots=True)
class ConfigRecord:
    topic_name: str
    name: str
    value: str | None  # None removes the override


@dataclass(frozen=True, slots=True)
class RemoveTopicRecord:
    topic_id: uuid.UUID


MetadataRecord = (TopicRecord | PartitionRecord | ConfigRecord | RemoveTopicRecord
                  | ProducerIdsRecord | BrokerRecord)


@dataclass(slots=True)
class PartitionMetadata:
    partition_index: int
    replicas: tuple[int, ...]
    leader: int
    leader_epoch: int
    isr: tuple[int, ...] = ()
    partition_epoch: int = 0


@dataclass(slots=True)
class TopicMetadata:
    name: str
    topic_id: uuid.UUID
    partitions: dict[int, PartitionMetadata] = field(default_factory=dict)
    config_overrides: dict[str, str] = field(default_factory=dict)

    @property
    def is_internal(self) -> bool:
        return self.name in INTERNAL_TOPICS


@dataclass(slots=True)
class TopicRegistry:
    """The replayed state of the metadata log, as far as topics go."""

    topics_by_name: dict[str, TopicMetadata] = field(default_factory=dict)
    names_by_id: dict[uuid.UUID, str] = field(default_factory=dict)

    def replay(self, record: MetadataRecord) -> None:
        assert not isinstance(record, ProducerIdsRecord | BrokerRecord), record
        if isinstance(record, TopicRecord):
            assert record.name not in self.topics_by_name, record
            self.topics_by_name[record.name] = TopicMetadata(record.name, record.topic_id)
            self.names_by_id[record.topic_id] = record.name
        elif isinstance(record, PartitionRecord):
            topic = self.topics_by_name[self.names_by_id[record.topic_id]]
            topic.partitions[record.partition_index] = PartitionMetadata(
                record.partition_index, record.replicas, record.leader, record.leader_epoch,
                record.in_sync_replicas, record.partition_epoch)
        elif isinstance(record, ConfigRecord):
            overrides = self.topics_by_name[record.topic_name].config_overrides
            if record.value is None:
                overrides.pop(record.name, None)
            else:
                overrides[record.name] = record.value
        else:
            name = self.names_by_id.pop(record.topic_id)
            del self.topics_by_name[name]

    def colliding_topic(self, name: str) -> str | None:
        key = collision_key(name)
        for existing in self.topics_by_name:
            if existing != name and collision_key(existing) == key:
                return existing
        return None

    def get(self, name: str) -> TopicMetadata | None:
        return self.topics_by_name.get(name)

    def by_id(self, topic_id: uuid.UUID) -> TopicMetadata | None:
        name = self.names_by_id.get(topic_id)
        return None if name is None else self.topics_by_name[name]


def new_topic_records(name: str, topic_id: uuid.UUID, partition_count: int, node_id: int,
                      config_overrides: Mapping[str, str]) -> list[MetadataRecord]:
    """The records that create a topic: TopicRecord, its ConfigRecords, then PartitionRecords."""
    assert partition_count > 0, partition_count
    records: list[MetadataRecord] = [TopicRecord(name, topic_id)]
    records += [ConfigRecord(name, key, value) for key, value in sorted(config_overrides.items())]
    records += [PartitionRecord(topic_id, index, (node_id,), node_id)
                for index in range(partition_count)]
    return records
