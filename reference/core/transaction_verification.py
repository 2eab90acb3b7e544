"""Transaction verification (KIP-890 part 1): before a transactional write reaches a partition,
the transaction coordinator must hold that partition in the producer's transaction.

Source: Kafka 4.x ReplicaManager.appendRecords / maybeStartTransactionVerificationForPartition
  and AddPartitionsToTxnManager (Produce), CoordinatorRuntime.scheduleTransactionalWriteOperation
  (TxnOffsetCommit); `transaction.partition.verification.enable` switches it for Produce.
Behaviour: a producer whose transaction is already open in the partition at that epoch passes
  (Kafka's VerificationGuard.SENTINEL); otherwise the coordinator is asked (this broker's, or in
  a cluster the one leading the id's partition, through the shell as Kafka's
  AddPartitionsToTxnManager sends AddPartitionsToTxn), and a fenced epoch is
  INVALID_PRODUCER_EPOCH, a partition outside the transaction INVALID_TXN_STATE.
Version notes: KIP-890 part 2 (Produce v12 adding the partition implicitly, TRANSACTION_ABORTABLE
  to clients) is not in the bundled schemas (Produce v0-11), so a transactions-v2 client still
  sends AddPartitionsToTxn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spec.decode_error import DecodeError
from spec.generated.errors import ErrorCode
from spec.records.header import BATCH_HEADER_SIZE, parse_batch_header

if TYPE_CHECKING:
    from reference.core.broker import Broker


# AddPartitionsToTxnManager: what a verification failure becomes for clients before KIP-890's
# generic TRANSACTION_ABORTABLE (Produce v12 / TxnOffsetCommit v5, not in the bundled schemas).
_VERIFICATION_ERRORS = {
    ErrorCode.PRODUCER_FENCED: ErrorCode.INVALID_PRODUCER_EPOCH,
    ErrorCode.TRANSACTION_ABORTABLE: ErrorCode.INVALID_TXN_STATE,
}


def verify_transaction(broker: Broker, now_ms: int, transactional_id: str, producer_id: int,
                       producer_epoch: int, topic: str, index: int) -> ErrorCode:
    """Kafka's transaction verification (KIP-890 part 1) of one partition before a
    transactional write: NONE, or the error the write is refused with."""
    partition = broker.partition(topic, index)
    if partition is None or not partition.is_leader:
        return ErrorCode.NONE  # the write is refused as NOT_LEADER_OR_FOLLOWER next
    entry = partition.producers.producers.get(producer_id)
    if entry is not None and entry.current_txn_first_offset is not None \
            and entry.producer_epoch == producer_epoch:
        return ErrorCode.NONE  # the transaction is already open here: VerificationGuard.SENTINEL
    if broker.cluster is not None and not broker.transactions.topic.leads(
            broker.transactions.coordinator.partition_for(transactional_id)):
        verified = broker.cluster.verify_transaction(
            transactional_id, producer_id, producer_epoch, topic, index, now_ms)
        return ErrorCode.COORDINATOR_NOT_AVAILABLE if verified is None else verified
    return verify_with_coordinator(broker, now_ms, transactional_id, producer_id,
                                   producer_epoch, topic, index)


def verify_with_coordinator(broker: Broker, now_ms: int, transactional_id: str,
                            producer_id: int, producer_epoch: int, topic: str,
                            index: int) -> ErrorCode:
    """The coordinator's side (AddPartitionsToTxn with verify_only): is the partition in the
    producer's ongoing transaction at this epoch?"""
    service = broker.transactions
    error = service.load_error(transactional_id)
    if error is not ErrorCode.NONE:
        return error
    verified = service.begin(now_ms).verify_partitions(
        transactional_id, producer_id, producer_epoch, [(topic, index)])
    error = verified[(topic, index)]
    return _VERIFICATION_ERRORS.get(error, error)


# ReplicaManager.appendRecords: retriable verification errors older clients may not retry become
# NOT_ENOUGH_REPLICAS on Produce (it triggers no metadata refresh).
_PRODUCE_RETRIABLE = frozenset({
    ErrorCode.CONCURRENT_TRANSACTIONS, ErrorCode.NETWORK_EXCEPTION,
    ErrorCode.COORDINATOR_LOAD_IN_PROGRESS, ErrorCode.COORDINATOR_NOT_AVAILABLE,
    ErrorCode.NOT_COORDINATOR,
})


def verify_produce(broker: Broker, now_ms: int, transactional_id: str | None, records: bytes,
                   topic: str, index: int) -> ErrorCode:
    """Produce's verification (KIP-890 part 1, transaction.partition.verification.enable): a
    transactional batch for a partition the producer's transaction does not hold is refused
    before it reaches the log. NONE when the batch may go on to the log's own checks."""
    if transactional_id is None or len(records) < BATCH_HEADER_SIZE \
            or not broker.config.bool_value("transaction.partition.verification.enable"):
        return ErrorCode.NONE
    try:
        header = parse_batch_header(records, 0)
    except DecodeError:
        return ErrorCode.NONE  # the log's validation answers a malformed batch
    if not header.is_transactional or not header.has_producer_id:
        return ErrorCode.NONE
    error = verify_transaction(broker, now_ms, transactional_id, header.producer_id,
                               header.producer_epoch, topic, index)
    return ErrorCode.NOT_ENOUGH_REPLICAS if error in _PRODUCE_RETRIABLE else error
