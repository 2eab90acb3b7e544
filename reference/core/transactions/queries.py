"""DescribeTransactions and ListTransactions over the coordinator's transactional ids.

Source: Kafka 4.0 TransactionCoordinator.handleDescribeTransactions and
  TransactionStateManager.listTransactionStates.
Behaviour: describing an empty id is INVALID_REQUEST, an unknown (or Dead) one
  TRANSACTIONAL_ID_NOT_FOUND. Listing filters by producer id, by state name (names Kafka does
  not know come back as unknown filters) and, from ListTransactions v1, by a transaction
  running longer than `duration_ms` (-1: no filter). A filter left empty keeps everything.
Divergences: results are sorted by transactional id (Kafka's follow its hash maps).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from reference.core.transactions.metadata import TransactionMetadata
from reference.core.transactions.results import (
    DescribedTransaction,
    ListedTransaction,
    ListTransactionsResult,
)
from spec.errors import ErrorCode
from spec.transaction_records import TransactionState

__all__ = ["describe", "list_transactions"]


def describe(transactional_id: str,
             metadata: TransactionMetadata | None) -> DescribedTransaction:
    if transactional_id == "":
        return DescribedTransaction(transactional_id, ErrorCode.INVALID_REQUEST)
    if metadata is None or metadata.state is TransactionState.DEAD:
        return DescribedTransaction(transactional_id, ErrorCode.TRANSACTIONAL_ID_NOT_FOUND)
    by_topic: dict[str, list[int]] = {}
    for topic, partition in sorted(metadata.partitions):
        by_topic.setdefault(topic, []).append(partition)
    return DescribedTransaction(
        transactional_id, ErrorCode.NONE, metadata.state.display_name, metadata.producer_id,
        metadata.producer_epoch, metadata.timeout_ms, metadata.start_timestamp_ms,
        tuple((topic, tuple(partitions)) for topic, partitions in by_topic.items()))


def list_transactions(transactions: Mapping[str, TransactionMetadata],
                      producer_ids: Iterable[int], state_names: Iterable[str], now_ms: int,
                      duration_ms: int = -1) -> ListTransactionsResult:
    wanted_ids = frozenset(producer_ids)
    names = tuple(state_names)
    wanted_states = {state for name in names
                     if (state := TransactionState.from_display_name(name)) is not None}
    unknown = tuple(name for name in names if TransactionState.from_display_name(name) is None)

    def is_listed(metadata: TransactionMetadata) -> bool:
        if metadata.state is TransactionState.DEAD:
            return False
        if wanted_ids and metadata.producer_id not in wanted_ids:
            return False
        if names and metadata.state not in wanted_states:
            return False
        return duration_ms < 0 or now_ms - metadata.start_timestamp_ms > duration_ms

    listed = tuple(ListedTransaction(transactional_id, metadata.producer_id,
                                     metadata.state.display_name)
                   for transactional_id, metadata in sorted(transactions.items())
                   if is_listed(metadata))
    return ListTransactionsResult(listed, unknown)
