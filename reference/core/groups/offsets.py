"""The committed-offsets store of the group coordinator (pure; the broker's GroupCoordinator
serves it).

Source: Kafka 4.x group-coordinator OffsetMetadataManager, with the group-id checks of
  GroupCoordinatorService and DeleteGroups / expiry of GroupCoordinatorShard.
Behaviour: operations answer and return the `__consumer_offsets` records to append, and apply
  them at once through `replay`, the same path a load from the log takes: the state is exactly
  what replaying the records gives. OffsetCommit: an unknown group with generation < 0 becomes a
  simple group, with generation >= 0 it is GROUP_ID_NOT_FOUND (v9+) or ILLEGAL_GENERATION; the
  group validates member and generation; metadata longer than offset.metadata.max.bytes (counted
  in UTF-16 units, Java's String.length) is OFFSET_METADATA_TOO_LARGE per partition. OffsetFetch
  for listed partitions or all; require_stable answers UNSTABLE_OFFSET_COMMIT where a
  transactional commit is pending. OffsetDelete: GROUP_SUBSCRIBED_TO_TOPIC for a topic the group
  consumes. DeleteGroups: tombstones for every offset, then the group's. `expire_offsets`:
  offsets.retention.minutes by the group's rule (Empty since, or commit time for simple groups).
Version notes: OffsetCommit v9+ says GROUP_ID_NOT_FOUND and STALE_MEMBER_EPOCH where older
  versions say ILLEGAL_GENERATION and UNSUPPORTED_VERSION.
Divergences: only a null group id is INVALID_GROUP_ID for OffsetCommit, OffsetFetch and
  DeleteGroups (Kafka accepts "" there for compatibility; OffsetDelete refuses ""). Fetch-all
  lists partitions sorted by topic and partition (Kafka: hash-map order). TxnOffsetCommit
  (`commit_transactional_offsets`) makes records its caller writes as the transaction's batch;
  `replay` with a producer id keeps them pending until `replay_end_transaction`. KIP-848
  per-partition commit validation and topic ids (OffsetCommit v10) are not modelled. A simple
  group comes into being only by replaying a commit record, so a commit with no accepted
  partition creates none (Kafka creates it in memory anyway, until the next expiry pass deletes
  it).
Callers: route every record to the group state machines too (a GroupMetadata tombstone from
  DeleteGroups or expiry deletes the classic group there), and refresh the member's session after
  a classic commit in Stable or PreparingRebalance, as Kafka's commitOffset does.
"""

from __future__ import annotations

from collections.abc import Sequence

from reference.core.groups.offsets_classic import ClassicGroupView
from reference.core.groups.offsets_group import (
    NO_EXPIRE_TIMESTAMP,
    GroupDirectory,
    NoGroups,
    OffsetsGroup,
    SimpleGroup,
    is_offset_expired,
)
from reference.core.groups.offsets_records import (
    committed_from,
    group_tombstone,
    offset_commit_record,
    offset_key,
)
from reference.core.groups.offsets_values import (
    INVALID_OFFSET,
    CommitResult,
    CommittedOffset,
    DeleteGroupsResult,
    DeleteOffsetsResult,
    FetchedOffset,
    FetchResult,
    PartitionCommit,
    PartitionError,
)
from spec.coordinator_records import CoordinatorRecord, CoordinatorRecordType
from spec.errors import ErrorCode
from spec.generated_coordinator.group_metadata import GroupMetadataKey
from spec.invariants import (
    OffsetChange,
    OffsetKey,
    check,
    committed_offsets_change_only_by_commit,
)

__all__ = [
    "DEFAULT_OFFSET_METADATA_MAX_BYTES", "DEFAULT_RETENTION_MS", "OffsetStore", "group_tombstone",
    "offset_commit_record",
]

DEFAULT_OFFSET_METADATA_MAX_BYTES = 4096  # offset.metadata.max.bytes
DEFAULT_RETENTION_MS = 7 * 24 * 60 * 60 * 1000  # offsets.retention.minutes = 10080
NO_PRODUCER_ID = -1  # RecordBatch.NO_PRODUCER_ID: a commit outside any transaction
DEFAULT_RETENTION_TIME = -1  # OffsetCommitRequest.DEFAULT_RETENTION_TIME
_SIMPLE_GROUP = SimpleGroup()


def _java_length(text: str) -> int:
    """String.length: UTF-16 code units, so a character outside the BMP counts twice."""
    return len(text.encode("utf-16-le")) // 2


class OffsetStore:
    """Committed offsets of the groups of one `__consumer_offsets` partition."""

    def __init__(self, groups: GroupDirectory | None = None, *,
                 offset_metadata_max_bytes: int = DEFAULT_OFFSET_METADATA_MAX_BYTES) -> None:
        self._groups: GroupDirectory = groups if groups is not None else NoGroups()
        self._metadata_max = offset_metadata_max_bytes
        self._offsets: dict[str, dict[OffsetKey, CommittedOffset]] = {}  # by group id
        self._pending: dict[int, dict[OffsetKey, CommittedOffset]] = {}
        self._simple_groups: set[str] = set()
        self._next_record_offset = 0

    # --- state ---------------------------------------------------------------------------------

    def offset(self, group_id: str, topic: str, partition: int) -> CommittedOffset | None:
        return self._get((group_id, topic, partition))

    def committed(self) -> dict[OffsetKey, CommittedOffset]:
        """Every committed offset (a copy)."""
        return {key: committed for offsets in self._offsets.values()
                for key, committed in offsets.items()}

    def simple_groups(self) -> frozenset[str]:
        return frozenset(self._simple_groups)

    def pending_transactional(self) -> dict[int, dict[OffsetKey, CommittedOffset]]:
        """Offsets of open transactions by producer id (a copy)."""
        return {producer_id: dict(pending) for producer_id, pending in self._pending.items()}

    def has_pending_transactional_offset(self, key: OffsetKey) -> bool:
        return any(key in pending for pending in self._pending.values())

    def _group(self, group_id: str) -> OffsetsGroup | None:
        managed = self._groups.group(group_id)
        if managed is not None:
            return managed
        return _SIMPLE_GROUP if group_id in self._simple_groups else None

    def _group_keys(self, group_id: str) -> list[OffsetKey]:
        return sorted(self._offsets.get(group_id, ()))

    def _get(self, key: OffsetKey) -> CommittedOffset | None:
        return self._offsets.get(key[0], {}).get(key)

    def _put(self, key: OffsetKey, committed: CommittedOffset) -> None:
        self._offsets.setdefault(key[0], {})[key] = committed

    def _remove(self, key: OffsetKey) -> None:
        offsets = self._offsets.get(key[0], {})
        offsets.pop(key, None)
        if not offsets:
            self._offsets.pop(key[0], None)

    def _values_of(self, group_ids: set[str]) -> dict[OffsetKey, int]:
        return {key: committed.offset for group_id in group_ids
                for key, committed in self._offsets.get(group_id, {}).items()}

    # --- replay: the only way the state changes ------------------------------------------------

    def replay(self, record: CoordinatorRecord, record_offset: int | None = None,
               producer_id: int = NO_PRODUCER_ID) -> None:
        """Apply one `__consumer_offsets` record (the others' types are for the group state
        machines and are ignored here). `record_offset` defaults to the next after the last."""
        position = self._next_record_offset if record_offset is None else record_offset
        self._next_record_offset = max(self._next_record_offset, position + 1)
        if record.record_type in (CoordinatorRecordType.OFFSET_COMMIT,
                                  CoordinatorRecordType.LEGACY_OFFSET_COMMIT):
            self._replay_offset_commit(record, position, producer_id)
        elif record.record_type is CoordinatorRecordType.GROUP_METADATA and record.is_tombstone:
            assert isinstance(record.key, GroupMetadataKey), record
            self._simple_groups.discard(record.key.group)

    def _replay_offset_commit(self, record: CoordinatorRecord, position: int,
                              producer_id: int) -> None:
        key = offset_key(record.key)
        if record.value is None:
            self._remove(key)
            for pending in self._pending.values():
                pending.pop(key, None)
            self._pending = {pid: pending for pid, pending in self._pending.items() if pending}
            return
        if self._groups.group(key[0]) is None:
            self._simple_groups.add(key[0])  # Kafka's simple group: offsets without members
        committed = committed_from(record.value, position)
        if producer_id == NO_PRODUCER_ID:
            self._put(key, committed)
        else:
            self._pending.setdefault(producer_id, {})[key] = committed

    def replay_end_transaction(self, producer_id: int, is_commit: bool) -> None:
        """A transaction marker: its pending offsets become committed (unless a later plain
        commit of the partition sits further in the log) or are dropped."""
        pending = self._pending.pop(producer_id, {})
        if not is_commit:
            return
        touched = {key[0] for key in pending}
        before = self._values_of(touched)
        changes: list[OffsetChange] = []
        for key, committed in pending.items():
            existing = self._get(key)
            if existing is None or committed.record_offset > existing.record_offset:
                self._put(key, committed)
                changes.append(OffsetChange(key, committed.offset))
        check("CommittedOffsetsChangeOnlyByCommit", committed_offsets_change_only_by_commit(
            before, self._values_of(touched), changes), producer_id=producer_id)

    def _apply(self, records: Sequence[CoordinatorRecord],
               changes: Sequence[OffsetChange]) -> tuple[CoordinatorRecord, ...]:
        """Replay what an operation wrote and check it changed exactly what it asked."""
        # Records name only the groups the operation touches, so only those can change.
        touched = {change.key[0] for change in changes}
        before = self._values_of(touched)
        for record in records:
            self.replay(record)
        after = self._values_of(touched)
        check("CommittedOffsetsChangeOnlyByCommit",
              committed_offsets_change_only_by_commit(before, after, changes),
              changes=list(changes)[:8])
        return tuple(records)

    # --- OffsetCommit --------------------------------------------------------------------------

    def commit_offsets(self, group_id: str | None, commits: Sequence[PartitionCommit], *,
                       now_ms: int, member_id: str = "", generation_id: int = -1,
                       group_instance_id: str | None = None,
                       retention_time_ms: int = DEFAULT_RETENTION_TIME,
                       api_version: int = 9) -> CommitResult:
        """OffsetCommit: a group-level error answers every partition with it."""
        error = self._validate_commit(group_id, member_id, generation_id, group_instance_id,
                                      api_version)
        if error is not ErrorCode.NONE or group_id is None:
            return CommitResult(tuple(PartitionError(commit.topic, commit.partition, error)
                                      for commit in commits))
        expire_ms = (NO_EXPIRE_TIMESTAMP if retention_time_ms == DEFAULT_RETENTION_TIME
                     else now_ms + retention_time_ms)
        answers: list[PartitionError] = []
        records: list[CoordinatorRecord] = []
        changes: list[OffsetChange] = []
        for commit in commits:
            if commit.metadata is not None and _java_length(commit.metadata) > self._metadata_max:
                error = ErrorCode.OFFSET_METADATA_TOO_LARGE
            else:
                error = ErrorCode.NONE
                key = (group_id, commit.topic, commit.partition)
                records.append(offset_commit_record(key, CommittedOffset(
                    commit.offset, commit.leader_epoch, commit.metadata or "", now_ms, expire_ms,
                    record_offset=-1)))
                changes.append(OffsetChange(key, commit.offset))
            answers.append(PartitionError(commit.topic, commit.partition, error))
        return CommitResult(tuple(answers), self._apply(records, changes))

    def _validate_commit(self, group_id: str | None, member_id: str, generation_id: int,
                         group_instance_id: str | None, api_version: int) -> ErrorCode:
        if group_id is None:
            return ErrorCode.INVALID_GROUP_ID
        group = self._group(group_id)
        if group is None:
            if generation_id >= 0:
                return (ErrorCode.GROUP_ID_NOT_FOUND if api_version >= 9
                        else ErrorCode.ILLEGAL_GENERATION)
            group = _SIMPLE_GROUP  # admin client or a consumer without group management
        error = group.validate_offset_commit(member_id, group_instance_id, generation_id)
        if error is ErrorCode.STALE_MEMBER_EPOCH and api_version < 9:
            return ErrorCode.UNSUPPORTED_VERSION
        return error

    # --- TxnOffsetCommit -----------------------------------------------------------------------

    def commit_transactional_offsets(self, group_id: str, commits: Sequence[PartitionCommit], *,
                                     now_ms: int, member_id: str = "", generation_id: int = -1,
                                     group_instance_id: str | None = None) -> CommitResult:
        """TxnOffsetCommit (Kafka's commitTransactionalOffset). Unlike the other operations the
        records are *not* applied here: the caller appends them as the transaction's batch and
        replays them with its producer id, so they stay pending until the marker."""
        error = self._validate_transactional_commit(group_id, member_id, generation_id,
                                                    group_instance_id)
        if error is not ErrorCode.NONE:
            return CommitResult(tuple(PartitionError(commit.topic, commit.partition, error)
                                      for commit in commits))
        answers: list[PartitionError] = []
        records: list[CoordinatorRecord] = []
        for commit in commits:
            if commit.metadata is not None and _java_length(commit.metadata) > self._metadata_max:
                answers.append(PartitionError(commit.topic, commit.partition,
                                              ErrorCode.OFFSET_METADATA_TOO_LARGE))
                continue
            # No expire timestamp: TxnOffsetCommit has no retention time.
            records.append(offset_commit_record((group_id, commit.topic, commit.partition),
                                                CommittedOffset(
                commit.offset, commit.leader_epoch, commit.metadata or "", now_ms,
                NO_EXPIRE_TIMESTAMP, record_offset=-1)))
            answers.append(PartitionError(commit.topic, commit.partition, ErrorCode.NONE))
        return CommitResult(tuple(answers), tuple(records))

    def _validate_transactional_commit(self, group_id: str, member_id: str, generation_id: int,
                                       group_instance_id: str | None) -> ErrorCode:
        """validateTransactionalOffsetCommit: an unknown group is a simple group only for
        generation < 0; the member fields (v3+) are checked only when one is given."""
        group = self._group(group_id)
        if group is None:
            return ErrorCode.NONE if generation_id < 0 else ErrorCode.ILLEGAL_GENERATION
        if isinstance(group, ClassicGroupView):
            return group.validate_offset_commit(member_id, group_instance_id, generation_id,
                                                is_transactional=True)
        is_anonymous = generation_id == -1 and member_id == "" and group_instance_id is None
        if is_anonymous:
            return ErrorCode.NONE  # ConsumerGroup.validateOffsetCommit's transactional escape
        error = group.validate_offset_commit(member_id, group_instance_id, generation_id)
        # Kafka turns STALE_MEMBER_EPOCH into ILLEGAL_GENERATION for TxnOffsetCommit.
        return ErrorCode.ILLEGAL_GENERATION if error is ErrorCode.STALE_MEMBER_EPOCH else error

    # --- OffsetFetch ---------------------------------------------------------------------------

    def fetch_offsets(self, group_id: str | None,
                      topics: Sequence[tuple[str, Sequence[int]]] | None, *,
                      require_stable: bool = False, member_id: str | None = None,
                      member_epoch: int = -1) -> FetchResult:
        """OffsetFetch for one group: `topics` None asks for every committed offset."""
        if group_id is None:
            return FetchResult(ErrorCode.INVALID_GROUP_ID)
        group = self._group(group_id)
        error = (ErrorCode.GROUP_ID_NOT_FOUND if group is None
                 else group.validate_offset_fetch(member_id, member_epoch))
        if error not in (ErrorCode.NONE, ErrorCode.GROUP_ID_NOT_FOUND):
            return FetchResult(error)
        is_known = error is ErrorCode.NONE  # an unknown group has no offsets, not an error
        if topics is None:
            keys = self._group_keys(group_id) if is_known else []
        else:
            keys = [(group_id, topic, partition) for topic, partitions in topics
                    for partition in partitions]
        return FetchResult(partitions=tuple(
            self._fetched(key, is_known, require_stable) for key in keys))

    def _fetched(self, key: OffsetKey, is_known: bool, require_stable: bool) -> FetchedOffset:
        _, topic, partition = key
        if require_stable and self.has_pending_transactional_offset(key):
            return FetchedOffset(topic, partition, error=ErrorCode.UNSTABLE_OFFSET_COMMIT)
        committed = self._get(key) if is_known else None
        if committed is None:
            return FetchedOffset(topic, partition, INVALID_OFFSET)
        return FetchedOffset(topic, partition, committed.offset, committed.leader_epoch,
                             committed.metadata)

    # --- OffsetDelete and DeleteGroups ---------------------------------------------------------

    def delete_offsets(self, group_id: str,
                       topics: Sequence[tuple[str, Sequence[int]]]) -> DeleteOffsetsResult:
        """OffsetDelete: tombstones for the partitions that have an offset (or a pending one)."""
        if not group_id:
            return DeleteOffsetsResult(ErrorCode.INVALID_GROUP_ID)
        group = self._group(group_id)
        error = (ErrorCode.GROUP_ID_NOT_FOUND if group is None
                 else group.validate_offset_delete())
        if error is not ErrorCode.NONE or group is None:
            return DeleteOffsetsResult(error)
        answers: list[PartitionError] = []
        records: list[CoordinatorRecord] = []
        changes: list[OffsetChange] = []
        for topic, partitions in topics:
            is_subscribed = group.is_subscribed_to_topic(topic)
            for partition in partitions:
                key = (group_id, topic, partition)
                if is_subscribed:
                    answers.append(PartitionError(topic, partition,
                                                  ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC))
                    continue
                answers.append(PartitionError(topic, partition, ErrorCode.NONE))
                if self._get(key) is not None or self.has_pending_transactional_offset(key):
                    records.append(offset_commit_record(key, None))
                    changes.append(OffsetChange(key, None))
        return DeleteOffsetsResult(ErrorCode.NONE, tuple(answers), self._apply(records, changes))

    def delete_groups(self, group_ids: Sequence[str | None]) -> DeleteGroupsResult:
        """DeleteGroups: per group, tombstones for all its offsets and then for the group."""
        answers: list[tuple[str | None, ErrorCode]] = []
        records: list[CoordinatorRecord] = []
        changes: list[OffsetChange] = []
        for group_id in group_ids:
            error = self._validate_delete_group(group_id)
            answers.append((group_id, error))
            if error is ErrorCode.NONE and group_id is not None:
                for key in self._offset_and_pending_keys(group_id):
                    records.append(offset_commit_record(key, None))
                    changes.append(OffsetChange(key, None))
                records.append(group_tombstone(group_id))
        return DeleteGroupsResult(tuple(answers), self._apply(records, changes))

    def _validate_delete_group(self, group_id: str | None) -> ErrorCode:
        if group_id is None:
            return ErrorCode.INVALID_GROUP_ID
        group = self._group(group_id)
        return ErrorCode.GROUP_ID_NOT_FOUND if group is None else group.validate_delete_group()

    def _offset_and_pending_keys(self, group_id: str) -> list[OffsetKey]:
        """Committed keys, then pending-only ones once each (no two tombstones in a row)."""
        keys = self._group_keys(group_id)
        pending = {key for offsets in self._pending.values() for key in offsets
                   if key[0] == group_id and self._get(key) is None}
        return keys + sorted(pending)

    # --- offsets.retention.minutes -------------------------------------------------------------

    def expire_offsets(self, now_ms: int,
                       retention_ms: int = DEFAULT_RETENTION_MS) -> tuple[CoordinatorRecord, ...]:
        """Kafka's cleanupGroupMetadata: tombstones for expired offsets, and for each empty group
        left with no offset and no open transaction, the group's tombstone."""
        records: list[CoordinatorRecord] = []
        changes: list[OffsetChange] = []
        group_ids = sorted(set(self._groups.group_ids()) | self._simple_groups)
        for group_id in group_ids:
            group = self._group(group_id)
            if group is None:
                continue
            if self._expire_group(group_id, group, now_ms, retention_ms, records, changes) \
                    and group.is_empty:
                records.append(group_tombstone(group_id))
        return self._apply(records, changes)

    def _expire_group(self, group_id: str, group: OffsetsGroup, now_ms: int, retention_ms: int,
                      records: list[CoordinatorRecord], changes: list[OffsetChange]) -> bool:
        """Tombstone the group's expired offsets; True when none is left (and none pending)."""
        has_open_transaction = any(key[0] == group_id for offsets in self._pending.values()
                                   for key in offsets)
        keys = self._group_keys(group_id)
        rule = group.offset_expiration()
        if not keys or rule is None:
            return not keys and not has_open_transaction
        all_expired = True
        for key in keys:
            committed = self._offsets[group_id][key]
            if (not group.is_subscribed_to_topic(key[1])
                    and is_offset_expired(rule, committed.commit_timestamp_ms,
                                          committed.expire_timestamp_ms, now_ms, retention_ms)
                    and not self.has_pending_transactional_offset(key)):
                records.append(offset_commit_record(key, None))
                changes.append(OffsetChange(key, None))
            else:
                all_expired = False
        return all_expired and not has_open_transaction

