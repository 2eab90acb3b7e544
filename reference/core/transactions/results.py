"""What the transaction coordinator's operations return: an answer for the client, the records
to append to `__transaction_state`, and the markers to write to the transaction's partitions."""

from __future__ import annotations

from dataclasses import dataclass, field

from spec.errors import ErrorCode
from spec.transaction_records import NO_PRODUCER_EPOCH, NO_PRODUCER_ID, TransactionRecord

__all__ = [
    "DescribedTransaction", "EndTxnResult", "InitProducerIdResult", "ListTransactionsResult",
    "ListedTransaction", "OperationResult", "TxnMarker",
]


@dataclass(frozen=True, slots=True)
class TxnMarker:
    """One commit or abort marker to write (WriteTxnMarkers), for one partition."""

    transactional_id: str
    topic: str
    partition: int
    producer_id: int
    producer_epoch: int
    coordinator_epoch: int
    is_commit: bool


@dataclass(frozen=True, slots=True)
class OperationResult:
    """An error code (NONE on success), with what the caller must append and send.

    `records` are already applied to the coordinator's state: the caller appends them to
    `__transaction_state` (partition `TransactionCoordinator.partition_for`) before answering.
    `markers` are to be written; `markers_written` completes the transaction afterwards.
    """

    error: ErrorCode
    records: tuple[TransactionRecord, ...] = ()
    markers: tuple[TxnMarker, ...] = ()


@dataclass(frozen=True, slots=True)
class InitProducerIdResult:
    error: ErrorCode
    producer_id: int = NO_PRODUCER_ID
    producer_epoch: int = NO_PRODUCER_EPOCH
    records: tuple[TransactionRecord, ...] = ()
    markers: tuple[TxnMarker, ...] = ()


@dataclass(frozen=True, slots=True)
class EndTxnResult:
    """EndTxn's answer; v5+ carries the producer id and epoch to use next (KIP-890 part 2)."""

    error: ErrorCode
    producer_id: int = NO_PRODUCER_ID
    producer_epoch: int = NO_PRODUCER_EPOCH
    records: tuple[TransactionRecord, ...] = ()
    markers: tuple[TxnMarker, ...] = ()


@dataclass(frozen=True, slots=True)
class DescribedTransaction:
    """DescribeTransactions' entry for one transactional id (error NONE) or its error."""

    transactional_id: str
    error: ErrorCode
    state: str = ""
    producer_id: int = NO_PRODUCER_ID
    producer_epoch: int = NO_PRODUCER_EPOCH
    timeout_ms: int = 0
    start_timestamp_ms: int = -1
    topics: tuple[tuple[str, tuple[int, ...]], ...] = ()


@dataclass(frozen=True, slots=True)
class ListedTransaction:
    transactional_id: str
    producer_id: int
    state: str


@dataclass(frozen=True, slots=True)
class ListTransactionsResult:
    transactions: tuple[ListedTransaction, ...]
    unknown_state_filters: tuple[str, ...] = field(default=())
