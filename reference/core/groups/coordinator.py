"""The group coordinator of one broker: classic groups, consumer groups and committed offsets,
kept in `__consumer_offsets`.

Source: Kafka 4.x GroupCoordinatorService (routing a group to its `__consumer_offsets`
  partition, COORDINATOR_LOAD_IN_PROGRESS while that partition loads) and CoordinatorRuntime
  (every state change is a record appended to the partition; a load replays them).
Behaviour: the state machines (`classic`, `offsets`, and the KIP-848 `consumer` coordinator
  once it lands) change only by records. An operation's own records are applied by the state
  machine that made them; `write` appends them to the group's partition and replays them into
  the others (a DeleteGroups tombstone from the offsets store deletes the classic group too).
  Every partition of an existing topic starts unloaded: `load` (from the broker's tick) replays
  it, and until then its groups answer COORDINATOR_LOAD_IN_PROGRESS.
Divergences: a record's position in the log is the offsets store's own counter for records
  written live, the log offset for records loaded (it only orders transactional commits of one
  group).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from reference.core.groups.classic import ClassicGroupCoordinator
from reference.core.groups.classic_offsets_view import ClassicGroupDirectory
from reference.core.groups.classic_results import (
    ClassicGroupSettings,
    JoinResult,
    ListedGroup,
    SyncResult,
)
from reference.core.groups.consumer import ConsumerGroupCoordinator
from reference.core.groups.consumer_results import ConsumerGroupSettings
from reference.core.groups.offsets import OffsetStore
from reference.core.groups.offsets_group import OffsetsGroup
from reference.core.groups.partitioner import partition_for
from reference.core.groups.topics_view import TopicsView
from spec.config import BrokerConfig
from spec.coordinator_records import CoordinatorRecord, CoordinatorRecordType
from spec.errors import ErrorCode
from spec.records.header import NO_PRODUCER_EPOCH, NO_PRODUCER_ID

LOAD_RECORDS_PER_TICK = 100_000  # a bound on one tick's loading, so the broker stays responsive


@dataclass(frozen=True, slots=True)
class LoadedRecord:
    """A record read back from the log: where it sits, and the transaction that wrote it."""

    offset: int
    record: CoordinatorRecord
    producer_id: int = NO_PRODUCER_ID


class TransactionEnd(Protocol):
    """A transaction marker read back from the log."""

    @property
    def producer_id(self) -> int: ...

    @property
    def is_commit(self) -> bool: ...


class CoordinatorLog(Protocol):
    """Where the coordinator's records live: the partitions of `__consumer_offsets`."""

    def leads(self, partition: int) -> bool: ...

    def exists(self) -> bool:
        ...

    def append_records(self, partition: int, records: Sequence[CoordinatorRecord],
                       now_ms: int, *, producer_id: int = NO_PRODUCER_ID,
                       producer_epoch: int = NO_PRODUCER_EPOCH) -> None:
        """With a producer id, one transactional batch (a TxnOffsetCommit's)."""
        ...

    def read_records(self, partition: int) -> Iterator[LoadedRecord | TransactionEnd]:
        """Every readable record and transaction marker, oldest first."""
        ...


def group_of(record: CoordinatorRecord) -> str:
    """The group a record belongs to (every coordinator key names one)."""
    key = record.key
    group = getattr(key, "group", None)
    if group is None:
        group = getattr(key, "group_id", None)
    assert isinstance(group, str), key
    return group


class AllGroups:
    """The offsets store's `GroupDirectory`: a group id names a classic or a consumer group."""

    def __init__(self, classic: ClassicGroupCoordinator,
                 consumer: ConsumerGroupCoordinator) -> None:
        self._classic = ClassicGroupDirectory(classic)
        self._consumer = consumer

    def group(self, group_id: str) -> OffsetsGroup | None:
        group = self._consumer.group(group_id)
        return group if group is not None else self._classic.group(group_id)

    def group_ids(self) -> list[str]:
        return sorted(set(self._classic.group_ids()) | set(self._consumer.group_ids()))


class GroupCoordinator:
    """The groups this broker coordinates (on one node: every `__consumer_offsets` partition)."""

    def __init__(self, config: BrokerConfig, rng: random.Random, log: CoordinatorLog,
                 topics: Callable[[], TopicsView]) -> None:
        self.partition_count = config.offsets_topic_num_partitions
        self.retention_ms = config.offsets_retention_ms
        self.classic = ClassicGroupCoordinator(ClassicGroupSettings.from_broker_config(config),
                                               rng)
        self.consumer = ConsumerGroupCoordinator(
            ConsumerGroupSettings.from_broker_config(config), rng)
        self.offsets = OffsetStore(AllGroups(self.classic, self.consumer),
                                   offset_metadata_max_bytes=config.int_value(
                                       "offset.metadata.max.bytes"))
        self.topics = topics
        self._log = log
        self._unloaded: list[int] = []  # partitions still to replay, in order

    # --- loading -------------------------------------------------------------------------------

    def partition_of(self, group_id: str) -> int:
        return partition_for(group_id, self.partition_count)

    def start_loading(self, partitions: Iterable[int]) -> None:
        self._unloaded = sorted(set(self._unloaded) | set(partitions))

    def load_error(self, group_id: str) -> ErrorCode:
        """NOT_COORDINATOR while `__consumer_offsets` does not exist (no partition of it is
        led here: Kafka's runtime answers so), COORDINATOR_LOAD_IN_PROGRESS until the group's
        partition is loaded, else NONE."""
        if not self._log.exists() or not self._log.leads(self.partition_of(group_id)):
            return ErrorCode.NOT_COORDINATOR
        if self.partition_of(group_id) in self._unloaded:
            return ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
        return ErrorCode.NONE

    @property
    def is_loading(self) -> bool:
        return bool(self._unloaded)

    def load(self, now_ms: int) -> None:
        """Replay unloaded partitions, whole ones at a time, up to about a tick's budget."""
        replayed = 0
        while self._unloaded and replayed < LOAD_RECORDS_PER_TICK:
            partition = self._unloaded[0]
            for entry in self._log.read_records(partition):
                if isinstance(entry, LoadedRecord):
                    self._replay(entry.record, now_ms, entry.offset, entry.producer_id)
                else:  # a transactional offset commit's end (Kafka's replayEndTransactionMarker)
                    self.offsets.replay_end_transaction(entry.producer_id, entry.is_commit)
                replayed += 1
            self._unloaded.pop(0)

    def _replay(self, record: CoordinatorRecord, now_ms: int, position: int | None = None,
                producer_id: int = NO_PRODUCER_ID, origin: object = None) -> None:
        if self._names_a_new_simple_group(record):
            self.classic.create_empty_group(group_of(record), now_ms)
        if origin is not self.classic:
            self.classic.replay(record, now_ms)
        if origin is not self.consumer:
            self.consumer.replay(record)
        if origin is not self.offsets:
            self.offsets.replay(record, position, producer_id)

    def _names_a_new_simple_group(self, record: CoordinatorRecord) -> bool:
        """An offset commit for a group nobody knows: Kafka's OffsetMetadataManager (on commit
        and on replay) creates it as an Empty classic group, listed and described as such."""
        if record.record_type is not CoordinatorRecordType.OFFSET_COMMIT or record.is_tombstone:
            return False
        group_id = group_of(record)
        return self.classic.group(group_id) is None and not self.consumer.has_group(group_id)

    # --- writing -------------------------------------------------------------------------------

    def write(self, records: Sequence[CoordinatorRecord], now_ms: int, *,
              origin: object, producer_id: int = NO_PRODUCER_ID,
              producer_epoch: int = NO_PRODUCER_EPOCH) -> None:
        """Append records (each to its group's partition, in order), then apply them to every
        state machine but `origin`, which applied them when it made them. With a producer id
        they are a transaction's offsets (TxnOffsetCommit): pending until its marker."""
        by_partition: dict[int, list[CoordinatorRecord]] = {}
        for record in records:
            by_partition.setdefault(self.partition_of(group_of(record)), []).append(record)
        for partition, batch in by_partition.items():
            self._log.append_records(partition, batch, now_ms, producer_id=producer_id,
                                     producer_epoch=producer_epoch)
        for record in records:
            self._replay(record, now_ms, producer_id=producer_id, origin=origin)

    def flush_classic(self, now_ms: int) -> None:
        """Write what the classic coordinator's last operations recorded."""
        records = self.classic.drain_records()
        if records:
            self.write(records, now_ms, origin=self.classic)

    # --- time ----------------------------------------------------------------------------------

    def tick(self, now_ms: int, *, expire_offsets: bool) -> None:
        self.load(now_ms)
        self.classic.tick(now_ms)
        self.flush_classic(now_ms)
        records = self.consumer.tick(now_ms, self.topics())
        if records:
            self.write(records, now_ms, origin=self.consumer)
        if expire_offsets and not self.is_loading:
            self.write_from_offsets(self.offsets.expire_offsets(now_ms, self.retention_ms),
                                    now_ms)

    def write_from_offsets(self, records: Sequence[CoordinatorRecord], now_ms: int) -> None:
        """Write what the offsets store made. Its group tombstone is a classic group's
        (GroupMetadata); a consumer group is deleted by tombstones of its own records instead,
        as Kafka's createGroupTombstoneRecords writes them."""
        written: list[CoordinatorRecord] = []
        for record in records:
            group_id = group_of(record)
            if record.is_tombstone and record.record_type is CoordinatorRecordType.GROUP_METADATA \
                    and self.consumer.has_group(group_id):
                written += self.consumer.delete_group_records(group_id)
            else:
                written.append(record)
        if written:
            self.write(written, now_ms, origin=self.offsets)

    def list_groups(self, states_filter: Sequence[str],
                    types_filter: Sequence[str]) -> list[ListedGroup]:
        return [*self.classic.list_groups(states_filter, types_filter),
                *self.consumer.list_groups(states_filter, types_filter)]

    def poll_classic(self, ticket: int, now_ms: int) -> JoinResult | SyncResult | None:
        """A parked JoinGroup's or SyncGroup's answer, once time or other requests gave it."""
        self.classic.tick(now_ms)
        self.flush_classic(now_ms)
        return self.classic.poll(ticket)
