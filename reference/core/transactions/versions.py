"""Which transaction rules a request gets, from its API version, and which fencing error code
its version knows.

Source: Kafka 4.0 TransactionVersion.transactionVersionForEndTxn (EndTxn v5+ is transaction
  version 2) and transactionVersionForAddPartitionsToTxn (v4+, the brokers' batched form, which
  a KIP-890 part 2 broker sends when a produce adds a partition implicitly); AddOffsetsToTxn is
  always version 0. PRODUCER_FENCED reaches EndTxn, AddPartitionsToTxn and AddOffsetsToTxn from
  v2 and InitProducerId from v4 (their schemas); older versions get INVALID_PRODUCER_EPOCH.
"""

from __future__ import annotations

from spec.errors import ErrorCode

__all__ = [
    "TV_0", "TV_2", "fencing_error_for_version", "transaction_version_for_add_partitions",
    "transaction_version_for_end_txn",
]

TV_0 = 0
TV_2 = 2

_FIRST_VERSION_WITH_PRODUCER_FENCED = {
    "EndTxn": 2, "AddPartitionsToTxn": 2, "AddOffsetsToTxn": 2, "InitProducerId": 4,
}


def transaction_version_for_end_txn(request_version: int) -> int:
    return TV_2 if request_version > 4 else TV_0


def transaction_version_for_add_partitions(request_version: int) -> int:
    return TV_2 if request_version > 3 else TV_0


def fencing_error_for_version(api: str, request_version: int, error: ErrorCode) -> ErrorCode:
    """`error`, except PRODUCER_FENCED becomes INVALID_PRODUCER_EPOCH where the version predates
    it (Kafka's handlers map it the same way)."""
    if error is ErrorCode.PRODUCER_FENCED \
            and request_version < _FIRST_VERSION_WITH_PRODUCER_FENCED[api]:
        return ErrorCode.INVALID_PRODUCER_EPOCH
    return error
