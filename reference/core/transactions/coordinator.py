"""The transaction coordinator of one broker: transactional ids, kept in `__transaction_state`.

Source: Kafka 4.0 TransactionCoordinator, TransactionStateManager and TransactionMetadata
  (core/src/main/scala/kafka/coordinator/transaction/), checks in Kafka's order.

Contract (what the broker's handlers and tick rely on):
- Every operation takes `now_ms` and returns a result with `error`, `records` and `markers`.
  `records` (TransactionRecord) are ALREADY applied: the caller appends each to
  `__transaction_state` partition `partition_for(transactional_id)`, encoded with
  `encode(record)`, before it answers the client. Nothing else changes state but `replay`.
- `markers` (TxnMarker: topic, partition, producer id, epoch, coordinator epoch, commit?) are
  for the caller to write as control batches (WriteTxnMarkers). Once every marker of a
  transaction is written it calls `markers_written(transactional_id, now_ms)`, which writes
  CompleteCommit / CompleteAbort. After a load, `pending_markers()` lists the markers of every
  transaction still in PrepareCommit / PrepareAbort, to be written again.
- Loading: `set_coordinator_epoch(partition, epoch)` when this broker leads a partition, then
  `replay(record)` of each record in log order. COORDINATOR_LOAD_IN_PROGRESS, NOT_COORDINATOR,
  authorization and the idempotent (null transactional id) InitProducerId are the shell's.
- Request versions pick the rules: `versions.transaction_version_for_end_txn` /
  `..._for_add_partitions` give `transaction_version`; `versions.fencing_error_for_version`
  maps PRODUCER_FENCED for old versions. A KIP-890 part 2 produce adds its partition through
  `add_partitions(..., transaction_version=2)`, as Kafka's AddPartitionsToTxn v5 from a broker.
- `abort_timed_out(now_ms)` fences and aborts transactions past their timeout;
  `expire_transactional_ids(now_ms)` forgets ids idle past transactional.id.expiration.ms (a
  tombstone each). The shell calls them at Kafka's intervals; `tick` runs both.
Divergences: no pending transitions (appends are synchronous here), so Kafka's
  CONCURRENT_TRANSACTIONS for "a transition in flight" does not occur; a transaction whose
  markers are outstanding still answers CONCURRENT_TRANSACTIONS as in Kafka.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, replace

from reference.core.groups.partitioner import partition_for
from reference.core.transactions.end_txn import EndTxnRequest, Prepare, end_txn_decision
from reference.core.transactions.init_producer_id import init_transit
from reference.core.transactions.metadata import (
    TopicPartition,
    TransactionMetadata,
    Transit,
    complete_transition,
    loaded,
    prepare_abort_or_commit,
    prepare_add_partitions,
    prepare_complete,
    prepare_fence_epoch,
    supports_epoch_bump,
)
from reference.core.transactions.queries import describe, list_transactions
from reference.core.transactions.results import (
    DescribedTransaction,
    EndTxnResult,
    InitProducerIdResult,
    ListTransactionsResult,
    OperationResult,
    TxnMarker,
)
from reference.core.transactions.versions import TV_0
from spec.config import BrokerConfig
from spec.errors import ErrorCode
from spec.invariants import (
    check,
    producer_epoch_monotonic,
    transaction_state_transition_valid,
)
from spec.transaction_records import (
    NO_PRODUCER_EPOCH,
    NO_PRODUCER_ID,
    TransactionRecord,
    TransactionState,
    encode_transaction_record,
    value_version_for,
)

__all__ = ["OFFSETS_TOPIC", "TransactionCoordinator", "TransactionSettings"]

S = TransactionState
OFFSETS_TOPIC = "__consumer_offsets"


@dataclass(frozen=True, slots=True)
class TransactionSettings:
    max_timeout_ms: int = 15 * 60 * 1000  # transaction.max.timeout.ms
    partition_count: int = 50  # transaction.state.log.num.partitions
    offsets_partition_count: int = 50  # offsets.topic.num.partitions, for AddOffsetsToTxn
    transactional_id_expiration_ms: int = 7 * 24 * 3600 * 1000
    transaction_version_level: int = 2  # the cluster's finalized transaction.version

    @classmethod
    def from_broker_config(cls, config: BrokerConfig) -> TransactionSettings:
        return cls(max_timeout_ms=config.int_value("transaction.max.timeout.ms"),
                   partition_count=config.int_value("transaction.state.log.num.partitions"),
                   offsets_partition_count=config.offsets_topic_num_partitions,
                   transactional_id_expiration_ms=config.transactional_id_expiration_ms)


class TransactionCoordinator:
    """Every transactional id this broker coordinates, and the operations on them."""

    def __init__(self, settings: TransactionSettings,
                 allocate_producer_id: Callable[[], int]) -> None:
        self.settings = settings
        self._allocate_producer_id = allocate_producer_id
        self._transactions: dict[str, TransactionMetadata] = {}
        self._coordinator_epochs: dict[int, int] = {}

    # --- the log -------------------------------------------------------------------------------

    def partition_for(self, transactional_id: str) -> int:
        return partition_for(transactional_id, self.settings.partition_count)

    def set_coordinator_epoch(self, partition: int, coordinator_epoch: int) -> None:
        self._coordinator_epochs[partition] = coordinator_epoch

    def unload_partition(self, partition: int) -> None:
        """Resignation: forget the ids of a partition this broker no longer leads."""
        for transactional_id in [t for t in self._transactions
                                 if self.partition_for(t) == partition]:
            del self._transactions[transactional_id]
        self._coordinator_epochs.pop(partition, None)

    def encode(self, record: TransactionRecord) -> tuple[bytes, bytes | None]:
        return encode_transaction_record(record.transactional_id, record.entry,
                                         self.settings.transaction_version_level)

    @property
    def transactions(self) -> Mapping[str, TransactionMetadata]:
        return dict(self._transactions)

    def replay(self, record: TransactionRecord, *, last_producer_epoch: int | None = None) -> None:
        """Apply one record: a load (the default) takes it whole, as Kafka's load does; the
        coordinator's own writes pass the epoch the record does not store, and are applied as
        Kafka's completeTransitionTo applies a written transition."""
        transactional_id = record.transactional_id
        current = self._transactions.get(transactional_id)
        if record.entry is None:
            self._transactions.pop(transactional_id, None)
            return
        if last_producer_epoch is None or current is None:
            after = loaded(transactional_id, record.entry)
            if last_producer_epoch is not None:
                after = replace(after, last_producer_epoch=last_producer_epoch)
            if current is not None:
                _check_epoch(current, after)
        else:
            after = complete_transition(current, _transit_of(record, last_producer_epoch))
        self._transactions[transactional_id] = after

    def _write(self, transactional_id: str, transit: Transit) -> TransactionRecord:
        record = TransactionRecord(transactional_id, transit.entry(),
                                   value_version_for(self.settings.transaction_version_level))
        self.replay(record, last_producer_epoch=transit.last_producer_epoch)
        return record

    # --- InitProducerId ------------------------------------------------------------------------

    def init_producer_id(self, transactional_id: str, timeout_ms: int, now_ms: int,
                         expected: tuple[int, int] | None = None) -> InitProducerIdResult:
        """InitProducerId with a transactional id; `expected` is v3+'s (producer id, epoch)."""
        if transactional_id == "":
            return InitProducerIdResult(ErrorCode.INVALID_REQUEST)
        if not 0 < timeout_ms <= self.settings.max_timeout_ms:
            return InitProducerIdResult(ErrorCode.INVALID_TRANSACTION_TIMEOUT)
        current = self._transactions.get(transactional_id)
        if current is None:
            try:
                producer_id = self._allocate_producer_id()
            except Exception:  # Kafka: Errors.forException, UNKNOWN_SERVER_ERROR for these
                return InitProducerIdResult(ErrorCode.UNKNOWN_SERVER_ERROR)
            current = TransactionMetadata(transactional_id, producer_id, NO_PRODUCER_EPOCH,
                                          NO_PRODUCER_EPOCH, timeout_ms, S.EMPTY,
                                          last_update_timestamp_ms=now_ms)
        transit = init_transit(current, timeout_ms, expected, now_ms, self._allocate_producer_id)
        if isinstance(transit, ErrorCode):
            return InitProducerIdResult(transit)
        if transit.state is S.PREPARE_EPOCH_FENCE:
            fenced = self._end(current, EndTxnRequest(
                transit.producer_id, transit.producer_epoch, is_commit=False,
                transaction_version=self.settings.transaction_version_level,
                is_from_client=False, is_epoch_fence=True), now_ms)
            error = fenced.error if fenced.error is not ErrorCode.NONE \
                else ErrorCode.CONCURRENT_TRANSACTIONS
            return InitProducerIdResult(error, records=fenced.records, markers=fenced.markers)
        if current.transactional_id not in self._transactions:
            self._transactions[transactional_id] = current  # Kafka's putIfNotExists
        record = self._write(transactional_id, transit)
        return InitProducerIdResult(ErrorCode.NONE, transit.producer_id, transit.producer_epoch,
                                    records=(record,))

    # --- AddPartitionsToTxn / AddOffsetsToTxn --------------------------------------------------

    def _producer_error(self, transactional_id: str, producer_id: int,
                        producer_epoch: int) -> tuple[TransactionMetadata | None, ErrorCode]:
        current = self._transactions.get(transactional_id)
        if transactional_id == "":
            return None, ErrorCode.INVALID_REQUEST
        if current is None or current.producer_id != producer_id:
            return None, ErrorCode.INVALID_PRODUCER_ID_MAPPING
        if current.producer_epoch != producer_epoch:
            return None, ErrorCode.PRODUCER_FENCED
        return current, ErrorCode.NONE

    def add_partitions(self, transactional_id: str, producer_id: int, producer_epoch: int,
                       partitions: Collection[TopicPartition], now_ms: int,
                       transaction_version: int = TV_0) -> OperationResult:
        """AddPartitionsToTxn (and implicit addition on produce, transaction version 2)."""
        current, error = self._producer_error(transactional_id, producer_id, producer_epoch)
        if current is None:
            return OperationResult(error)
        if current.state in (S.PREPARE_COMMIT, S.PREPARE_ABORT):
            return OperationResult(ErrorCode.CONCURRENT_TRANSACTIONS)
        added = frozenset(partitions)
        if current.state is S.ONGOING and added <= current.partitions:
            return OperationResult(ErrorCode.NONE)
        transit = prepare_add_partitions(current, added, now_ms, transaction_version)
        return OperationResult(ErrorCode.NONE, (self._write(transactional_id, transit),))

    def verify_partitions(self, transactional_id: str, producer_id: int, producer_epoch: int,
                          partitions: Collection[TopicPartition],
                          ) -> dict[TopicPartition, ErrorCode]:
        """AddPartitionsToTxn v4+ verify-only: is each partition in the transaction?"""
        current, error = self._producer_error(transactional_id, producer_id, producer_epoch)
        if current is not None and current.state in (S.PREPARE_COMMIT, S.PREPARE_ABORT):
            error = ErrorCode.CONCURRENT_TRANSACTIONS
        if error is not ErrorCode.NONE or current is None:
            return dict.fromkeys(partitions, error)
        return {partition: ErrorCode.NONE if partition in current.partitions
                else ErrorCode.TRANSACTION_ABORTABLE for partition in partitions}

    def add_offsets(self, transactional_id: str, producer_id: int, producer_epoch: int,
                    group_id: str, now_ms: int) -> OperationResult:
        """AddOffsetsToTxn: the group's `__consumer_offsets` partition joins (always TV 0)."""
        partition = partition_for(group_id, self.settings.offsets_partition_count)
        return self.add_partitions(transactional_id, producer_id, producer_epoch,
                                   [(OFFSETS_TOPIC, partition)], now_ms, TV_0)

    # --- EndTxn and markers --------------------------------------------------------------------

    def end_txn(self, transactional_id: str, producer_id: int, producer_epoch: int,
                is_commit: bool, now_ms: int, transaction_version: int = TV_0) -> EndTxnResult:
        if transactional_id == "":
            return EndTxnResult(ErrorCode.INVALID_REQUEST)
        current = self._transactions.get(transactional_id)
        if current is None:
            return EndTxnResult(ErrorCode.INVALID_PRODUCER_ID_MAPPING)
        return self._end(current, EndTxnRequest(producer_id, producer_epoch, is_commit,
                                                transaction_version), now_ms)

    def _end(self, current: TransactionMetadata, request: EndTxnRequest,
             now_ms: int) -> EndTxnResult:
        decision = end_txn_decision(current, request)
        is_v2 = supports_epoch_bump(request.transaction_version)
        if isinstance(decision, ErrorCode):
            if decision is ErrorCode.NONE and is_v2:
                return EndTxnResult(decision, current.producer_id, current.producer_epoch)
            return EndTxnResult(decision)
        transit = self._prepare_end(current, request, decision, now_ms)
        if isinstance(transit, ErrorCode):
            return EndTxnResult(transit)
        records = [self._write(current.transactional_id, transit)]
        prepared = self._transactions[current.transactional_id]
        markers = self._markers(prepared)
        if not markers:  # nothing to mark (a TV2 abort of an empty transaction): complete now
            records.append(self._write(current.transactional_id,
                                       prepare_complete(prepared, now_ms)))
        answer = (prepared.producer_id, prepared.producer_epoch) if is_v2 \
            else (NO_PRODUCER_ID, NO_PRODUCER_EPOCH)
        return EndTxnResult(ErrorCode.NONE, *answer, records=tuple(records), markers=markers)

    def _prepare_end(self, current: TransactionMetadata, request: EndTxnRequest,
                     decision: Prepare, now_ms: int) -> Transit | ErrorCode:
        next_producer_id = NO_PRODUCER_ID
        if supports_epoch_bump(request.transaction_version) and not request.is_epoch_fence \
                and current.is_epoch_exhausted:
            try:
                next_producer_id = self._allocate_producer_id()
            except Exception:
                return ErrorCode.UNKNOWN_SERVER_ERROR
        if request.is_epoch_fence:  # the fenced epoch is the one the abort is written under
            current = replace(current, producer_epoch=request.producer_epoch,
                              last_producer_epoch=NO_PRODUCER_EPOCH)
        return prepare_abort_or_commit(current, decision.state, request.transaction_version,
                                       next_producer_id, now_ms, decision.no_partition_added)

    def _markers(self, prepared: TransactionMetadata) -> tuple[TxnMarker, ...]:
        assert prepared.state in (S.PREPARE_COMMIT, S.PREPARE_ABORT), prepared
        epoch = self._coordinator_epochs.get(self.partition_for(prepared.transactional_id), 0)
        return tuple(TxnMarker(prepared.transactional_id, topic, partition,
                               prepared.producer_id, prepared.producer_epoch, epoch,
                               prepared.state is S.PREPARE_COMMIT)
                     for topic, partition in sorted(prepared.partitions))

    def pending_markers(self) -> tuple[TxnMarker, ...]:
        """Markers of every transaction waiting in PrepareCommit / PrepareAbort."""
        return tuple(marker for _, metadata in sorted(self._transactions.items())
                     if metadata.state in (S.PREPARE_COMMIT, S.PREPARE_ABORT)
                     for marker in self._markers(metadata))

    def markers_written(self, transactional_id: str, now_ms: int) -> OperationResult:
        """Every marker of the transaction is written: CompleteCommit / CompleteAbort."""
        current = self._transactions.get(transactional_id)
        if current is None:
            return OperationResult(ErrorCode.NOT_COORDINATOR)
        if current.state not in (S.PREPARE_COMMIT, S.PREPARE_ABORT):
            return OperationResult(ErrorCode.INVALID_TXN_STATE)
        return OperationResult(ErrorCode.NONE,
                               (self._write(transactional_id, prepare_complete(current, now_ms)),))

    # --- time ----------------------------------------------------------------------------------

    def tick(self, now_ms: int) -> OperationResult:
        """Both timers at once: `abort_timed_out`, then `expire_transactional_ids`."""
        aborted = self.abort_timed_out(now_ms)
        expired = self.expire_transactional_ids(now_ms)
        return OperationResult(ErrorCode.NONE, aborted.records + expired.records,
                               aborted.markers)

    def abort_timed_out(self, now_ms: int) -> OperationResult:
        """Fence and abort every transaction older than its timeout (Kafka's
        abortTimedOutTransactions, run every
        transaction.abort.timed.out.transaction.cleanup.interval.ms), under the cluster's
        transaction version, as Kafka does for its own aborts."""
        records: list[TransactionRecord] = []
        markers: list[TxnMarker] = []
        for _, current in sorted(self._transactions.items()):
            if current.state is S.ONGOING \
                    and current.start_timestamp_ms + current.timeout_ms < now_ms:
                fence = prepare_fence_epoch(current)
                aborted = self._end(current, EndTxnRequest(
                    fence.producer_id, fence.producer_epoch, is_commit=False,
                    transaction_version=self.settings.transaction_version_level,
                    is_from_client=False, is_epoch_fence=True), now_ms)
                records += aborted.records
                markers += aborted.markers
        return OperationResult(ErrorCode.NONE, tuple(records), tuple(markers))

    def expire_transactional_ids(self, now_ms: int) -> OperationResult:
        """Forget ids idle for transactional.id.expiration.ms in Empty or Complete* (Kafka's
        removeExpiredTransactionalIds, every
        transaction.remove.expired.transaction.cleanup.interval.ms): a tombstone each."""
        expiring = [metadata for _, metadata in sorted(self._transactions.items())
                    if metadata.state in (S.EMPTY, S.COMPLETE_COMMIT, S.COMPLETE_ABORT)
                    and metadata.last_update_timestamp_ms
                    <= now_ms - self.settings.transactional_id_expiration_ms]
        tombstones = []
        for metadata in expiring:
            check("TransactionStateTransitionValid", transaction_state_transition_valid(
                metadata.state.display_name, S.DEAD.display_name), metadata=metadata)
            tombstones.append(TransactionRecord(metadata.transactional_id, None))
            self.replay(tombstones[-1])
        return OperationResult(ErrorCode.NONE, tuple(tombstones))

    # --- DescribeTransactions / ListTransactions -----------------------------------------------

    def describe(self, transactional_id: str) -> DescribedTransaction:
        return describe(transactional_id, self._transactions.get(transactional_id))

    def list_transactions(self, producer_ids: Iterable[int], state_names: Iterable[str],
                          now_ms: int, duration_ms: int = -1) -> ListTransactionsResult:
        return list_transactions(self._transactions, producer_ids, state_names, now_ms,
                                 duration_ms)


def _transit_of(record: TransactionRecord, last_producer_epoch: int) -> Transit:
    entry = record.entry
    assert entry is not None
    return Transit(entry.producer_id, entry.previous_producer_id, entry.next_producer_id,
                   entry.producer_epoch, last_producer_epoch, entry.timeout_ms, entry.state,
                   entry.partitions, entry.start_timestamp_ms, entry.last_update_timestamp_ms,
                   entry.client_transaction_version)


def _check_epoch(before: TransactionMetadata, after: TransactionMetadata) -> None:
    check("ProducerEpochMonotonic",
          producer_epoch_monotonic((before.producer_id, before.producer_epoch),
                                   (after.producer_id, after.producer_epoch)),
          transactional_id=before.transactional_id)
