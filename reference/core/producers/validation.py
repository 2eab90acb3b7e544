"""The checks a batch with a producer id must pass, and the entry it leaves behind.

Mirrors Kafka's `ProducerAppendInfo` (checkProducerEpoch, checkSequence, appendDataBatch,
appendEndTxnMarker, checkCoordinatorEpoch) and the transactional part of
`UnifiedLog.analyzeAndValidateProducerState`, in Kafka's order. Pure: an entry and a batch in,
a `Rejected` or a new entry out. The duplicate lookup comes before all of this and lives in
`manager.py`, as it does in `UnifiedLog`.
"""

from __future__ import annotations

from dataclasses import replace

from reference.core.producers.entry import BatchMetadata, ProducerStateEntry, in_sequence
from reference.core.producers.outcomes import (
    AppendOrigin,
    CompletedTxn,
    Rejected,
    TxnVerification,
)
from spec.generated.errors import ErrorCode
from spec.records.control import EndTransactionMarker
from spec.records.header import NO_PRODUCER_EPOCH, BatchHeader

TV_UNKNOWN = -1  # TransactionVersion.TV_UNKNOWN: what a follower sees (markers carry no version)


def check_transactional_start(entry: ProducerStateEntry | None, header: BatchHeader,
                              is_transaction_verified: bool) -> Rejected | None:
    """A transactional batch that opens no known transaction must be verified first.

    As the CLIENT/COORDINATOR block of `analyzeAndValidateProducerState`: a stale epoch is
    INVALID_PRODUCER_EPOCH; otherwise, without a verification that the coordinator added this
    partition to the transaction, INVALID_TXN_STATE.
    """
    assert header.is_transactional, header
    is_ongoing = (entry is not None and entry.current_txn_first_offset is not None
                  and entry.producer_epoch == header.producer_epoch)
    if is_ongoing:
        return None
    if entry is not None and header.producer_epoch < entry.producer_epoch:
        return Rejected(ErrorCode.INVALID_PRODUCER_EPOCH,
                        f"epoch of producer {header.producer_id} is {header.producer_epoch}, "
                        f"below the last seen epoch {entry.producer_epoch}")
    if not is_transaction_verified and not header.is_control:
        return Rejected(ErrorCode.INVALID_TXN_STATE,
                        "record was not part of an ongoing transaction")
    return None


def check_data_batch(current: ProducerStateEntry, header: BatchHeader, origin: AppendOrigin,
                     verification: TxnVerification | None = None) -> Rejected | None:
    """Kafka's `maybeValidateDataBatch` and the transaction-state check of `appendDataBatch`."""
    assert not header.is_control and header.has_producer_id, header
    if header.producer_epoch < current.producer_epoch and origin != AppendOrigin.REPLICATION:
        return Rejected(ErrorCode.INVALID_PRODUCER_EPOCH,
                        f"epoch of producer {header.producer_id} at offset {header.base_offset} "
                        f"is {header.producer_epoch}, below the last seen epoch "
                        f"{current.producer_epoch}")
    if origin == AppendOrigin.CLIENT:
        rejected = check_sequence(current, header, verification)
        if rejected is not None:
            return rejected
    if current.current_txn_first_offset is not None and not header.is_transactional:
        return Rejected(ErrorCode.INVALID_TXN_STATE,
                        f"expected a transactional write from producer {header.producer_id}, "
                        f"whose transaction is open")
    return None


def check_sequence(current: ProducerStateEntry, header: BatchHeader,
                   verification: TxnVerification | None) -> Rejected | None:
    """Kafka's `checkSequence`: a new epoch starts at 0, the same epoch continues by one.

    A producer the partition knows nothing about (its records deleted by retention, or its
    state expired) may start at any sequence; only a transactions-v2 producer being verified
    must start at 0.
    """
    first_sequence = header.base_sequence
    if verification is not None:
        if verification.supports_epoch_bump and first_sequence != 0 and current.is_empty:
            return _out_of_order(header, "expected sequence 0 from a transactions v2 producer "
                                         "with no state here")
        if first_sequence > verification.lowest_sequence:
            return _out_of_order(header, f"above the earliest verified sequence "
                                         f"{verification.lowest_sequence}")
    if header.producer_epoch != current.producer_epoch:
        if first_sequence != 0 and current.producer_epoch != NO_PRODUCER_EPOCH:
            return _out_of_order(header, f"a new epoch (current {current.producer_epoch}) "
                                         f"must start at sequence 0")
        return None
    last_sequence = current.last_sequence
    if current.producer_epoch == NO_PRODUCER_EPOCH or _follows(last_sequence, first_sequence):
        return None
    return _out_of_order(header, f"the last sequence written is {last_sequence}")


def _follows(last_sequence: int, first_sequence: int) -> bool:
    return first_sequence >= 0 and in_sequence(last_sequence, first_sequence)


def _out_of_order(header: BatchHeader, why: str) -> Rejected:
    return Rejected(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER,
                    f"out of order sequence {header.base_sequence} from producer "
                    f"{header.producer_id} epoch {header.producer_epoch}: {why}")


def after_data_batch(current: ProducerStateEntry, header: BatchHeader, first_offset: int,
                     last_offset: int, timestamp_ms: int) -> ProducerStateEntry:
    """The entry once the batch is in the log (Kafka's `appendDataBatch` after its checks)."""
    assert 0 <= first_offset <= last_offset, (first_offset, last_offset)
    batch = BatchMetadata(last_sequence=header.last_sequence, last_offset=last_offset,
                          offset_delta=last_offset - first_offset, timestamp_ms=timestamp_ms)
    updated = current.with_batch(header.producer_epoch, batch)
    if header.is_transactional and updated.current_txn_first_offset is None:
        updated = replace(updated, current_txn_first_offset=first_offset)
    assert updated.producer_epoch == header.producer_epoch
    return updated


def check_marker(current: ProducerStateEntry, producer_epoch: int,
                 marker: EndTransactionMarker, origin: AppendOrigin,
                 transaction_version: int) -> Rejected | None:
    """Kafka's `checkProducerEpoch` for a marker (KIP-1228 rules) and `checkCoordinatorEpoch`.

    Transactions v2 bump the epoch before writing the marker, so a marker must carry a higher
    epoch than the producer's, except the retry of a marker for a transaction already ended.
    Before v2, a marker of the same epoch is fine. A follower (TV_UNKNOWN) uses the v0 rule.
    """
    assert transaction_version != TV_UNKNOWN or origin == AppendOrigin.REPLICATION
    version = 0 if transaction_version == TV_UNKNOWN else transaction_version
    current_epoch = current.producer_epoch
    is_stale = producer_epoch <= current_epoch if version >= 2 else producer_epoch < current_epoch
    is_retry = (version >= 2 and producer_epoch == current_epoch
                and current.current_txn_first_offset is None)
    if is_stale and not is_retry and origin != AppendOrigin.REPLICATION:
        return Rejected(ErrorCode.INVALID_PRODUCER_EPOCH,
                        f"marker epoch {producer_epoch} of producer {current.producer_id} is not "
                        f"above the last seen epoch {current_epoch} (TV{version})")
    is_zombie = current.coordinator_epoch > marker.coordinator_epoch
    if is_zombie and origin != AppendOrigin.REPLICATION:
        return Rejected(ErrorCode.TRANSACTION_COORDINATOR_FENCED,
                        f"coordinator epoch {marker.coordinator_epoch} is older than "
                        f"{current.coordinator_epoch} for producer {current.producer_id}")
    return None


def after_marker(current: ProducerStateEntry, producer_epoch: int, marker: EndTransactionMarker,
                 offset: int, timestamp_ms: int) -> tuple[ProducerStateEntry, CompletedTxn | None]:
    """The entry after a COMMIT/ABORT at `offset`, and the transaction it closed, if any.

    As `appendEndTxnMarker`: a marker with no open transaction closes nothing (it leaves the
    last stable offset alone); the entry takes the marker's epoch and coordinator epoch.
    """
    completed = None
    if current.current_txn_first_offset is not None:
        completed = CompletedTxn(current.producer_id, current.current_txn_first_offset, offset,
                                 is_aborted=not marker.is_commit)
    updated = replace(current.with_epoch(producer_epoch),
                      coordinator_epoch=marker.coordinator_epoch,
                      current_txn_first_offset=None, last_timestamp_ms=timestamp_ms)
    assert updated.current_txn_first_offset is None
    return updated, completed
