"""The broker's transaction coordinator shell: `__transaction_state` as its log, the markers it
writes into partitions, its loading and its timers.

Source: Kafka 4.x TransactionStateManager (the topic: compacted, uncompressed,
  transaction.state.log.* configs; loading a partition, then completing the transactions it left
  in PrepareCommit/PrepareAbort), TransactionMarkerChannelManager (markers to every partition
  of the transaction, then the Complete* record) and TransactionCoordinator's scheduled jobs
  (abort timed-out transactions every transaction.abort.timed.out.transaction.cleanup.interval.ms,
  expire transactional ids every transaction.remove.expired.transaction.cleanup.interval.ms).
Behaviour: the pure coordinator (reference/core/transactions/) returns records and markers;
  this shell appends the records to the id's partition, writes each marker through the target
  partition's marker path (reference/core/partition.py `append_marker`; a marker into
  `__consumer_offsets` also settles the group's pending transactional offsets), then records
  the transaction complete. On one node the markers are written at once, where Kafka sends
  WriteTxnMarkers to each partition's leader; in a cluster a marker for a partition led
  elsewhere goes to its leader through the cluster shell (`ClusterMember.send_marker`), retried
  on every tick until taken, and the transaction completes when all its markers are in. Until
  a partition of the topic is loaded its ids answer COORDINATOR_LOAD_IN_PROGRESS; a broker not
  leading an id's partition answers NOT_COORDINATOR.
Divergences: a marker for a partition that no longer exists is dropped, as Kafka drops it on
  UNKNOWN_TOPIC_OR_PARTITION; a marker refused by the partition's producer state is logged and
  dropped (Kafka retries a retriable error).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reference.core.internal_topic import InternalTopic, InternalTopicSpec, StoredMarker
from reference.core.partition import MarkerRequest
from reference.core.transactions.coordinator import TransactionCoordinator, TransactionSettings
from reference.core.transactions.results import TxnMarker
from spec.decode_error import DecodeError
from spec.errors import ErrorCode
from spec.transaction_records import TransactionRecord, decode_transaction_record

if TYPE_CHECKING:
    from reference.core.broker import Broker

log = logging.getLogger("kspec.transactions")

TRANSACTION_TOPIC = "__transaction_state"


def transaction_topic_spec(min_isr: str) -> InternalTopicSpec:
    return InternalTopicSpec(
        TRANSACTION_TOPIC, "transaction.state.log.num.partitions",
        "transaction.state.log.replication.factor", "transaction.state.log.segment.bytes",
        {"compression.type": "uncompressed", "min.insync.replicas": min_isr,
         "unclean.leader.election.enable": "false"})


class TransactionService:
    """The transactions this broker coordinates, written through `__transaction_state`."""

    def __init__(self, broker: Broker) -> None:
        self._broker = broker
        config = broker.config
        self.topic = InternalTopic(broker, transaction_topic_spec(
            str(config.int_value("transaction.state.log.min.isr"))))
        self.coordinator = TransactionCoordinator(TransactionSettings.from_broker_config(config),
                                                  self._allocate_producer_id)
        self._now_ms = 0  # the time of the operation in progress, for producer id claims
        self._unloaded: list[int] = []
        self._undelivered: list[TxnMarker] = []  # markers a partition's leader has not taken
        self._ending: list[str] = []  # ids whose markers are out, in the order they ended

    def _allocate_producer_id(self) -> int:
        return self._broker.next_producer_id(self._now_ms)

    def begin(self, now_ms: int) -> TransactionCoordinator:
        """The coordinator, for an operation happening at `now_ms`."""
        self._now_ms = now_ms
        return self.coordinator

    # --- loading -------------------------------------------------------------------------------

    def start_loading(self, partitions: Sequence[int]) -> None:
        self._unloaded = sorted(set(self._unloaded) | set(partitions))

    def load_error(self, transactional_id: str) -> ErrorCode:
        """NOT_COORDINATOR while `__transaction_state` does not exist, then
        COORDINATOR_LOAD_IN_PROGRESS until the id's partition is loaded. An empty id has no
        partition: NONE, so the coordinator answers it (INVALID_REQUEST), as Kafka's does."""
        if not transactional_id:
            return ErrorCode.NONE
        partition = self.coordinator.partition_for(transactional_id)
        if not self.topic.exists() or not self.topic.leads(partition):
            return ErrorCode.NOT_COORDINATOR
        if partition in self._unloaded:
            return ErrorCode.COORDINATOR_LOAD_IN_PROGRESS
        return ErrorCode.NONE

    @property
    def is_loading(self) -> bool:
        return bool(self._unloaded)

    def load(self, now_ms: int) -> None:
        """Replay unloaded partitions, then complete what they left half-ended."""
        if not self._unloaded:
            return
        self._now_ms = now_ms
        for index in self._unloaded:
            self.coordinator.set_coordinator_epoch(index, self.topic.partition(index).leader_epoch)
            for stored in self.topic.read(index):
                if isinstance(stored, StoredMarker):
                    continue
                try:
                    self.coordinator.replay(decode_transaction_record(stored.key, stored.value))
                except DecodeError as error:
                    log.warning("%s-%d: skipping the record at offset %d: %s",
                                TRANSACTION_TOPIC, index, stored.offset, error)
        self._unloaded = []
        self.write_markers(self.coordinator.pending_markers(), now_ms)

    # --- writing -------------------------------------------------------------------------------

    def append(self, records: Sequence[TransactionRecord], now_ms: int) -> None:
        """Append records the coordinator made (and applied), each to its id's partition."""
        for record in records:
            partition = self.coordinator.partition_for(record.transactional_id)
            self.topic.append(partition, [self.coordinator.encode(record)], now_ms)

    def complete(self, records: Sequence[TransactionRecord], markers: Sequence[TxnMarker],
                 now_ms: int) -> None:
        """What an operation asks: append its records, then write its markers."""
        self.append(records, now_ms)
        self.write_markers(markers, now_ms)

    def write_markers(self, markers: Sequence[TxnMarker], now_ms: int) -> None:
        """Send every marker to its partition's leader; a transaction is recorded complete once
        all its markers are written (at once on one node; a cluster's leader may be away)."""
        for marker in markers:
            self._undelivered.append(marker)
            if marker.transactional_id not in self._ending:
                self._ending.append(marker.transactional_id)
        self.deliver_markers(now_ms)

    def deliver_markers(self, now_ms: int) -> None:
        """Try the undelivered markers again (TransactionMarkerChannelManager's retries)."""
        self._undelivered = [marker for marker in self._undelivered
                             if not self._write_marker(marker, now_ms)]
        waiting = {marker.transactional_id for marker in self._undelivered}
        done = [transactional_id for transactional_id in self._ending
                if transactional_id not in waiting]
        self._ending = [transactional_id for transactional_id in self._ending
                        if transactional_id in waiting]
        for transactional_id in done:
            self.append(self.coordinator.markers_written(transactional_id, now_ms).records,
                        now_ms)

    def _write_marker(self, marker: TxnMarker, now_ms: int) -> bool:
        """Write one marker; False when its partition's leader cannot take it now (retry)."""
        metadata = self.coordinator.transactions.get(marker.transactional_id)
        version = 0 if metadata is None else metadata.client_transaction_version
        request = MarkerRequest(marker.is_commit, marker.producer_id, marker.producer_epoch,
                                marker.coordinator_epoch, version)
        where = f"{marker.topic}-{marker.partition}"
        local = self._broker.partition(marker.topic, marker.partition)
        if self._broker.cluster is None or (local is not None and local.is_leader):
            error: ErrorCode | None = self._broker.write_txn_marker(
                marker.topic, marker.partition, request, now_ms)
        else:
            error = self._broker.cluster.send_marker(marker.topic, marker.partition, request,
                                                     now_ms)
        if error is None or error in (ErrorCode.NOT_LEADER_OR_FOLLOWER,
                                      ErrorCode.LEADER_NOT_AVAILABLE):
            return False
        if error == ErrorCode.UNKNOWN_TOPIC_OR_PARTITION:
            log.info("marker for %s dropped: no such partition", where)
        elif error != ErrorCode.NONE:
            log.warning("marker for %s refused: %s", where, error.name)
        return True

    # --- time ----------------------------------------------------------------------------------

    def tick(self, now_ms: int, *, abort_timed_out: bool, expire_ids: bool) -> None:
        self.load(now_ms)
        if self._unloaded:
            return
        self._now_ms = now_ms
        self.deliver_markers(now_ms)
        if abort_timed_out:
            aborted = self.coordinator.abort_timed_out(now_ms)
            self.complete(aborted.records, aborted.markers, now_ms)
        if expire_ids:
            self.append(self.coordinator.expire_transactional_ids(now_ms).records, now_ms)
