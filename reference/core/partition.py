"""One partition led by this node: its log, its producer state and its high watermark.

Mirrors the leader side of Kafka's `Partition.appendRecordsToLeader` and
`UnifiedLog.append`: records are validated and given offsets (`log.validator`), then the
producer state decides whether the batch is new, a duplicate (answered with its original offsets,
never written twice) or refused, and only a new batch is appended. With this node as the only
replica the in-sync set is {this node}, so the high watermark follows the log end offset after
every append; `min.insync.replicas` above 1 refuses acks=all writes as Kafka does.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from reference.core.cluster.partition_log import PartitionReplicaLog
from reference.core.log.compaction import clean
from reference.core.log.follower import validate_follower_records
from reference.core.log.log import PartitionLog, partition_directory
from reference.core.log.offsets import FetchData
from reference.core.log.retention import delete_old_segments, delete_records_before
from reference.core.log.settings import LogSettings, TimestampPolicy
from reference.core.log.txn_index import AbortedTxn
from reference.core.log.validator import (
    AppendOrigin,
    RecordError,
    ValidatedRecords,
    validate_and_assign,
)
from reference.core.mutants import ReplicationMutants
from reference.core.periodic import Due
from reference.core.producers import AppendOrigin as ProducerOrigin
from reference.core.producers import (
    DuplicateBatch,
    LoggedBatch,
    ProducerStateManager,
    ProducerStateSettings,
    Rejected,
)
from reference.core.replication.replica import Replica
from reference.core.replication.values import ReplicationSettings
from reference.core.storage import Storage
from spec.config import TopicConfig
from spec.decode_error import DecodeError
from spec.generated.errors import ErrorCode
from spec.invariants import check, high_watermark_within_log
from spec.records.batch import decode_batch, iter_batches
from spec.records.control import (
    ControlRecordType,
    EndTransactionMarker,
    control_batch,
    decode_end_txn_marker,
)
from spec.records.header import NO_TIMESTAMP, BatchHeader, parse_batch_header

ACKS_ALL = -1
REPLAY_READ_BYTES = 1 << 20


@dataclass(frozen=True, slots=True)
class ProduceResult:
    """What a produce to one partition answers (ProduceResponse's PartitionProduceResponse)."""

    error_code: ErrorCode
    base_offset: int = -1
    log_append_time_ms: int = NO_TIMESTAMP
    log_start_offset: int = -1
    error_message: str | None = None
    record_errors: tuple[RecordError, ...] = ()
    last_offset: int = -1  # what acks=all waits for the high watermark to pass


def whole_batches(data: bytes) -> list[BatchHeader]:
    """The headers of the whole batches at the start of `data` (a read may end inside one)."""
    headers: list[BatchHeader] = []
    try:
        for _, header in iter_batches(data):  # structural: CRCs are not checked
            headers.append(header)
    except DecodeError:
        pass  # a partial or unreadable batch ends what can be replayed, as in Kafka's iterator
    return headers


def transaction_marker(data: bytes, start: int, header: BatchHeader) -> EndTransactionMarker | None:
    """The COMMIT/ABORT a control batch carries (None for data and other control batches)."""
    if not header.is_control or not header.has_producer_id:
        return None
    try:
        return decode_end_txn_marker(decode_batch(data, start, verify_crc=False).records[0])
    except DecodeError:
        return None  # another control type (e.g. a KRaft record): not a transaction's end


@dataclass(frozen=True, slots=True)
class MarkerRequest:
    """A marker the transaction coordinator asks this partition to write."""

    is_commit: bool
    producer_id: int
    producer_epoch: int
    coordinator_epoch: int
    transaction_version: int


def log_settings(config: TopicConfig) -> LogSettings:
    fields = config.log_settings_fields()
    fields["message_timestamp_type"] = TimestampPolicy(fields["message_timestamp_type"])
    return LogSettings(**fields)


class Partition:
    """The leader replica of `topic`-`index` on this node."""

    def __init__(self, storage: Storage, topic: str, index: int, topic_id: uuid.UUID,
                 config: TopicConfig, log: PartitionLog, producers: ProducerStateManager,
                 leader_epoch: int) -> None:
        self.storage = storage
        self.topic = topic
        self.index = index
        self.topic_id = topic_id
        self.config = config
        self.log = log
        self.producers = producers
        self.leader_epoch = leader_epoch
        self.high_watermark = log.log_end_offset  # sole replica: the ISR is {this node}
        self.replica: Replica | None = None  # set when a cluster replicates this partition
        self.replica_log = PartitionReplicaLog(self, 0)
        self.first_dirty_offset = log.log_start_offset  # the cleaner's checkpoint
        self._check_offsets()

    @classmethod
    def open(cls, storage: Storage, *, topic: str, index: int, topic_id: uuid.UUID,
             config: TopicConfig, leader_epoch: int, now_ms: int, log_start_offset: int = 0,
             recovery_point: int = 0, had_clean_shutdown: bool = False,
             report: Callable[[str], None] = lambda message: None) -> Partition:
        directory = partition_directory(topic, index)
        log = PartitionLog.open(storage, directory, log_settings(config), now_ms=now_ms,
                                log_start_offset=log_start_offset, recovery_point=recovery_point,
                                had_clean_shutdown=had_clean_shutdown, topic_id=topic_id,
                                report=report)
        producers = ProducerStateManager(ProducerStateSettings(), log_start_offset=log_start_offset)
        partition = cls(storage, topic, index, topic_id, config, log, producers, leader_epoch)
        producers.load(storage, directory, log.log_start_offset, log.log_end_offset, now_ms,
                       partition._logged_batches)
        return partition

    def __str__(self) -> str:
        return f"{self.topic}-{self.index}"

    @property
    def log_start_offset(self) -> int:
        return self.log.log_start_offset

    @property
    def log_end_offset(self) -> int:
        return self.log.log_end_offset

    @property
    def last_stable_offset(self) -> int:
        """Below the oldest open transaction and the high watermark (Kafka's
        `lastStableOffset`): what a read_committed fetch may return."""
        first_unstable = self.producers.first_unstable_offset()
        if first_unstable is None:
            return self.high_watermark
        return min(first_unstable, self.high_watermark)

    def _check_offsets(self) -> None:
        check("HighWatermarkWithinLog", high_watermark_within_log(
            self.log.log_start_offset, self.high_watermark, self.log.log_end_offset),
            partition=str(self), log_start_offset=self.log.log_start_offset,
            high_watermark=self.high_watermark, log_end_offset=self.log.log_end_offset)

    # -- produce -------------------------------------------------------------------------------

    @property
    def is_leader(self) -> bool:
        """One node leads all it holds; a replicated partition leads as its metadata says."""
        return self.replica is None or self.replica.leader is not None

    def in_sync_replicas(self) -> frozenset[int] | None:
        """The ISR when replicated and leading; None on one node (the ISR is this node)."""
        if self.replica is None:
            return None
        leader = self.replica.leader
        return None if leader is None else leader.partition.isr

    def is_under_min_isr(self) -> bool:
        """`isUnderMinIsr`: the ISR (this node alone when not replicated) is smaller than
        min.insync.replicas, so an acks=all append is refused (NOT_ENOUGH_REPLICAS)."""
        isr = self.in_sync_replicas()
        return (1 if isr is None else len(isr)) < self.config.min_insync_replicas

    def low_watermark_if_leader(self) -> int | None:
        """`lowWatermarkIfLeader`: the smallest log start of this replica and its followers on
        live brokers (what DeleteRecords waits for); None where it does not lead."""
        if self.replica is None:
            return self.log_start_offset
        leader = self.replica.leader
        return None if leader is None else leader.low_watermark(self.log_start_offset)

    def append_records(self, records: bytes, *, required_acks: int, now_ms: int) -> ProduceResult:
        if required_acks == ACKS_ALL and self.is_under_min_isr():
            isr = self.in_sync_replicas()
            members = ", ".join(str(member) for member in sorted(isr or {0}))
            return ProduceResult(
                ErrorCode.NOT_ENOUGH_REPLICAS,
                error_message=f"The size of the current ISR Set({members if isr else 1}) is "
                              f"insufficient to satisfy the min.isr requirement of "
                              f"{self.config.min_insync_replicas} for partition {self}")
        validated = validate_and_assign(
            records, next_offset=self.log.log_end_offset, settings=self.log.settings,
            now_ms=now_ms, partition_leader_epoch=self.leader_epoch, origin=AppendOrigin.CLIENT,
            topic_partition=str(self))
        if not isinstance(validated, ValidatedRecords):
            return ProduceResult(ErrorCode(validated.error_code), error_message=validated.message,
                                 record_errors=validated.record_errors)
        if not validated.records:
            return ProduceResult(ErrorCode.NONE, log_start_offset=self.log_start_offset)
        return self._append_validated(validated, now_ms)

    def append_from_coordinator(self, records: bytes, *, now_ms: int) -> int:
        """Append a batch this broker's group coordinator built (Kafka's AppendOrigin.COORDINATOR:
        no client-only checks); returns the offset of its first record. A transactional batch
        (TxnOffsetCommit) carries no sequence, so the producer state checks only its epoch and
        transaction state; the caller verified the transaction first, so it is not refused."""
        validated = validate_and_assign(
            records, next_offset=self.log.log_end_offset, settings=self.log.settings,
            now_ms=now_ms, partition_leader_epoch=self.leader_epoch,
            origin=AppendOrigin.COORDINATOR, topic_partition=str(self))
        assert isinstance(validated, ValidatedRecords), validated
        result = self._append_validated(validated, now_ms, ProducerOrigin.COORDINATOR)
        assert result.error_code is ErrorCode.NONE, result
        return result.base_offset

    def append_marker(self, marker: MarkerRequest, *, now_ms: int) -> ErrorCode:
        """Write a transaction's COMMIT or ABORT control batch (Kafka's `appendEndTxnMarker`);
        an abort is added to the segment's transaction index with the LSO it leaves."""
        batch = control_batch(marker.is_commit, marker.producer_id, marker.producer_epoch,
                              marker.coordinator_epoch, self.log.log_end_offset, now_ms,
                              self.leader_epoch)
        header = parse_batch_header(batch, 0)
        control_type = ControlRecordType.COMMIT if marker.is_commit else ControlRecordType.ABORT
        end_marker = EndTransactionMarker(control_type, marker.coordinator_epoch)
        verdict = self.producers.validate_marker(header, end_marker, ProducerOrigin.COORDINATOR,
                                                 marker.transaction_version)
        if isinstance(verdict, Rejected):
            return ErrorCode(int(verdict.error))
        appended = self.log.append(batch, now_ms=now_ms)
        completed = self.producers.record_marker(header, end_marker, appended.first_offset,
                                                 now_ms)
        if completed is not None and completed.is_aborted:
            self.log.append_aborted_transaction(AbortedTxn(
                completed.producer_id, completed.first_offset, completed.last_offset,
                self.producers.last_stable_offset_after(completed)))
        self._after_leader_append(now_ms)
        return ErrorCode.NONE

    def _append_validated(self, validated: ValidatedRecords, now_ms: int,
                          origin: ProducerOrigin = ProducerOrigin.CLIENT) -> ProduceResult:
        header = parse_batch_header(validated.records, 0)
        verdict = self.producers.validate_batch(header, origin, now_ms)
        if isinstance(verdict, DuplicateBatch):
            return ProduceResult(ErrorCode.NONE, verdict.first_offset, verdict.log_append_time_ms,
                                 verdict.log_start_offset, last_offset=verdict.last_offset)
        if isinstance(verdict, Rejected):
            return ProduceResult(ErrorCode(int(verdict.error)), error_message=verdict.message)
        appended = self.log.append(validated.records, now_ms=now_ms)
        self.producers.record_batch(header, appended.first_offset, appended.last_offset,
                                    validated.log_append_time_ms)
        self._after_leader_append(now_ms)
        return ProduceResult(ErrorCode.NONE, appended.first_offset, validated.log_append_time_ms,
                             self.log_start_offset, last_offset=appended.last_offset)

    def _after_leader_append(self, now_ms: int) -> None:
        """One node: the ISR is this node, so the HW is the log end. Replicated: the leader's
        rule (`maybeIncrementLeaderHW`) over what its followers fetched."""
        leader = None if self.replica is None else self.replica.leader
        if leader is None:
            assert self.replica is None, f"{self}: appended without leading"
            self.high_watermark = self.log.log_end_offset
        else:
            self.replica_log.now_ms = now_ms
            leader.maybe_increment_high_watermark(now_ms)
        self._check_offsets()

    # -- replication (a broker in a cluster) ---------------------------------------------------

    def start_replication(self, broker_id: int, settings: ReplicationSettings,
                          now_ms: int) -> Replica:
        """Hand this partition's leadership to the replication core: from now on the metadata
        decides whether it leads or follows, and the HW moves by the replication rules."""
        assert self.replica is None, self
        self.replica_log.now_ms = now_ms
        self.replica = Replica(broker_id, self.replica_log, settings=settings,
                               mutants=ReplicationMutants.active())
        return self.replica

    def set_high_watermark(self, high_watermark: int) -> None:
        """A follower takes the leader's HW, clamped to its own log (`updateHighWatermark`)."""
        self.high_watermark = max(self.log_start_offset, min(high_watermark, self.log_end_offset))
        self._check_offsets()

    def append_as_follower(self, records: bytes, *, now_ms: int) -> ErrorCode:
        """Append batches fetched from the leader with the leader's offsets and epochs
        (`appendAsFollower`); the producer state and the aborted index follow as on a leader."""
        assert self.replica is not None and self.replica.follower is not None, self
        validated = validate_follower_records(
            records, log_end_offset=self.log_end_offset,
            leader_epoch=self.replica.follower.leader_epoch)
        if not isinstance(validated, ValidatedRecords):
            return ErrorCode(validated.error_code)
        if not validated.records:
            return ErrorCode.NONE
        start = self.log_end_offset
        self.log.append(validated.records, now_ms=now_ms, is_leader=False)
        data = validated.records
        position = 0
        for header in whole_batches(data):
            self._replicate_producer_state(header, transaction_marker(data, position, header))
            position += header.size_bytes
        assert self.log_end_offset > start, (start, self.log_end_offset)
        return ErrorCode.NONE

    def _replicate_producer_state(self, header: BatchHeader,
                                  marker: EndTransactionMarker | None) -> None:
        if marker is not None:
            completed = self.producers.record_marker(header, marker, header.base_offset,
                                                     header.max_timestamp)
            if completed is not None and completed.is_aborted:
                self.log.append_aborted_transaction(AbortedTxn(
                    completed.producer_id, completed.first_offset, completed.last_offset,
                    self.producers.last_stable_offset_after(completed)))
        elif not header.is_control:
            self.producers.record_batch(header, header.base_offset, header.last_offset)
        else:
            self.producers.update_map_end_offset(header.next_offset)

    def truncate_to(self, offset: int, *, now_ms: int) -> None:
        """A follower cuts its log at `offset` (`UnifiedLog.truncateTo`): segments, the epoch
        cache, the producer state (reloaded from the snapshots and the log), the HW."""
        if self.log.truncate_to(offset, now_ms=now_ms):
            self.producers.truncate_and_reload(self.storage, self.log.directory,
                                               self.log.log_start_offset, self.log_end_offset,
                                               now_ms, self._logged_batches)
        else:
            self.log.leader_epochs.truncate_from_end(self.log_end_offset)
        self.high_watermark = min(self.high_watermark, self.log_end_offset)
        self.first_dirty_offset = min(self.first_dirty_offset, self.log_end_offset)
        self._check_offsets()

    def truncate_fully_and_start_at(self, offset: int, *, now_ms: int) -> None:
        """A follower behind its leader's log start drops its log and starts empty at `offset`
        (`UnifiedLog.truncateFullyAndStartAt`): segments, epochs, producer state; the HW too."""
        self.log.truncate_fully_and_start_at(offset, now_ms=now_ms)
        self.producers.truncate_fully(self.storage, self.log.directory, offset)
        self.high_watermark = offset
        self.first_dirty_offset = offset
        self._check_offsets()

    def follow_log_start(self, leader_log_start_offset: int, *, now_ms: int) -> None:
        """A follower moves its log start up to its leader's (`maybeIncrementLogStartOffset`
        with LeaderOffsetIncremented), never past its own high watermark: DeleteRecords and
        retention on the leader reach the replicas this way."""
        target = min(leader_log_start_offset, self.high_watermark)
        if target > self.log_start_offset:
            self.delete_records_before(target, now_ms=now_ms)

    # -- fetch ---------------------------------------------------------------------------------

    def read(self, fetch_offset: int, max_bytes: int, *, read_committed: bool,
             min_one_batch: bool) -> FetchData:
        """Batches from `fetch_offset` below the high watermark (last stable offset for
        read_committed); raises OffsetOutOfRangeError outside [log start, log end]."""
        bound = self.last_stable_offset if read_committed else self.high_watermark
        return self.log.read(fetch_offset, max_bytes, max_offset_exclusive=bound,
                             min_one_batch=min_one_batch,
                             include_aborted_transactions=read_committed)

    def _logged_batches(self, start_offset: int, end_offset: int) -> Iterator[LoggedBatch]:
        """The batches in [start, end) for rebuilding the producer state on load, read by
        structure as Kafka's `rebuildProducerState` reads them (CRCs are the reader's concern);
        a transaction marker comes with its COMMIT/ABORT."""
        position = start_offset
        while position < end_offset:
            fetched = self.log.read(position, REPLAY_READ_BYTES, max_offset_exclusive=end_offset)
            headers = whole_batches(b"".join(
                self.storage.read(piece.path, piece.position, piece.size_bytes)
                for piece in fetched.slices))
            if not headers or headers[-1].next_offset <= position:
                return  # nothing whole to read here: stop rather than spin
            data = b"".join(self.storage.read(piece.path, piece.position, piece.size_bytes)
                            for piece in fetched.slices)
            batch_start = 0
            for header in headers:
                marker = transaction_marker(data, batch_start, header)
                if header.last_offset >= start_offset and (marker or not header.is_control):
                    yield LoggedBatch(header, marker)
                batch_start += header.size_bytes
            position = headers[-1].next_offset

    # -- configuration and time ----------------------------------------------------------------

    def reconfigure(self, config: TopicConfig) -> None:
        self.config = config
        self.log.settings = log_settings(config)

    def tick(self, now_ms: int, due: Due) -> None:
        self.log.maybe_flush(now_ms=now_ms)
        if due.retention:
            delete_old_segments(self.log, self.high_watermark, now_ms=now_ms)
            self._after_log_start_moved()
        if due.cleaning and self.log.settings.is_compact:
            cleaned = clean(self.log, first_dirty_offset=self.first_dirty_offset,
                            last_stable_offset=self.last_stable_offset, now_ms=now_ms)
            self.first_dirty_offset = cleaned.first_dirty_offset
        if due.producer_expiry:
            self.producers.remove_expired(now_ms)

    def delete_records_before(self, offset: int, *, now_ms: int) -> int:
        """DeleteRecords: the new log start offset (raises OffsetOutOfRangeError above the
        high watermark)."""
        low_watermark = delete_records_before(self.log, offset, self.high_watermark,
                                              now_ms=now_ms)
        self._after_log_start_moved()
        return low_watermark

    def _after_log_start_moved(self) -> None:
        self.producers.truncate_head(self.log.log_start_offset)
        self.producers.delete_snapshots_below(self.storage, self.log.directory,
                                              self.log.log_start_offset)
        self._check_offsets()

    def close(self, now_ms: int) -> None:
        self.log.close(now_ms=now_ms)
        self.producers.take_snapshot(self.storage, self.log.directory)

    def delete(self) -> None:
        self.storage.delete_dir(self.log.directory)
