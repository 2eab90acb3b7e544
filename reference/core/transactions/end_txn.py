"""The EndTxn decision: refuse, answer at once, or prepare a commit or an abort.

Source: Kafka 4.0 TransactionCoordinator.endTransactionWithTV1 and endTransaction (TV2), up to
  the append; the checks come in Kafka's order: producer id, epoch, state.
Behaviour (transaction version 2, KIP-890 part 2): a retry is recognised by the epoch one below
  the stored one (the bump of the first attempt), or by the epoch before an overflow under the
  previous producer id; Empty, CompleteCommit and CompleteAbort accept an abort, which bumps the
  epoch again:
                  Abort retry  Abort current  Commit retry  Commit current
  Empty           FENCED       bump           FENCED        INVALID_TXN_STATE
  CompleteAbort   NONE         bump           INVALID       INVALID_TXN_STATE
  CompleteCommit  INVALID      bump           NONE          INVALID_TXN_STATE
  Before version 2 the epoch must match exactly, Empty refuses both, and a completed transaction
  only accepts the same result again (NONE).
Divergences: none in the decision; a transition in flight (Kafka's pending state) never exists
  here, so its CONCURRENT_TRANSACTIONS branch is absent.
"""

from __future__ import annotations

from dataclasses import dataclass

from reference.core.transactions.metadata import (
    MAX_PRODUCER_EPOCH,
    TransactionMetadata,
    supports_epoch_bump,
)
from spec.errors import ErrorCode
from spec.transaction_records import TransactionState

__all__ = ["EndTxnRequest", "Prepare", "end_txn_decision"]

S = TransactionState


@dataclass(frozen=True, slots=True)
class EndTxnRequest:
    """One request to end a transaction, from a client or from the coordinator itself."""

    producer_id: int
    producer_epoch: int
    is_commit: bool
    transaction_version: int
    is_from_client: bool = True
    is_epoch_fence: bool = False  # the coordinator aborting to fence (InitProducerId, timeout)


@dataclass(frozen=True, slots=True)
class Prepare:
    """Write PrepareCommit / PrepareAbort."""

    state: TransactionState
    no_partition_added: bool


def end_txn_decision(current: TransactionMetadata, request: EndTxnRequest) -> Prepare | ErrorCode:
    """What Kafka does with `request` against `current` (ErrorCode.NONE: done, nothing written)."""
    if supports_epoch_bump(request.transaction_version):
        return _decide_v2(current, request)
    return _decide_v1(current, request)


def _decide_v1(current: TransactionMetadata, request: EndTxnRequest) -> Prepare | ErrorCode:
    if current.producer_id != request.producer_id:
        return ErrorCode.INVALID_PRODUCER_ID_MAPPING
    epoch_differs = request.is_from_client and request.producer_epoch != current.producer_epoch
    if epoch_differs or request.producer_epoch < current.producer_epoch:
        return ErrorCode.PRODUCER_FENCED
    if current.state is S.ONGOING:
        return Prepare(S.PREPARE_COMMIT if request.is_commit else S.PREPARE_ABORT, False)
    same_result = request.is_commit == (current.state in (S.COMPLETE_COMMIT, S.PREPARE_COMMIT))
    if current.state in (S.COMPLETE_COMMIT, S.COMPLETE_ABORT) and same_result:
        return ErrorCode.NONE
    if current.state in (S.PREPARE_COMMIT, S.PREPARE_ABORT) and same_result:
        return ErrorCode.CONCURRENT_TRANSACTIONS
    return _refuse_state(current)


def _decide_v2(current: TransactionMetadata, request: EndTxnRequest) -> Prepare | ErrorCode:
    fence = request.is_epoch_fence
    retry_on_overflow = (not fence and current.previous_producer_id == request.producer_id
                         and request.producer_epoch == MAX_PRODUCER_EPOCH - 1
                         and current.producer_epoch == 0)
    retry_on_bump = not fence and current.producer_epoch == request.producer_epoch + 1
    is_retry = retry_on_bump or retry_on_overflow
    if current.producer_id != request.producer_id and not retry_on_overflow:
        return ErrorCode.INVALID_PRODUCER_ID_MAPPING
    if not _valid_epoch_v2(current, request, is_retry):
        return ErrorCode.PRODUCER_FENCED
    state, is_abort = current.state, not request.is_commit
    if state is S.ONGOING:
        return Prepare(S.PREPARE_ABORT if is_abort else S.PREPARE_COMMIT, False)
    if state is S.COMPLETE_COMMIT:
        if request.is_commit:
            return ErrorCode.NONE if is_retry else _refuse_state(current)
        return _refuse_state(current) if is_retry else Prepare(S.PREPARE_ABORT, True)
    if state is S.COMPLETE_ABORT:
        if is_abort:
            return ErrorCode.NONE if is_retry else Prepare(S.PREPARE_ABORT, True)
        return _refuse_state(current)
    if state in (S.PREPARE_COMMIT, S.PREPARE_ABORT):
        same_result = request.is_commit == (state is S.PREPARE_COMMIT)
        return ErrorCode.CONCURRENT_TRANSACTIONS if same_result else _refuse_state(current)
    if state is S.EMPTY and is_abort:
        return Prepare(S.PREPARE_ABORT, True)
    return _refuse_state(current)


def _valid_epoch_v2(current: TransactionMetadata, request: EndTxnRequest, is_retry: bool) -> bool:
    epoch = request.producer_epoch
    if request.is_epoch_fence:
        return (not request.is_from_client or epoch == current.producer_epoch) \
            and epoch >= current.producer_epoch
    if current.state in (S.PREPARE_COMMIT, S.PREPARE_ABORT):
        return current.producer_epoch == epoch + 1
    if current.state in (S.COMPLETE_COMMIT, S.COMPLETE_ABORT):
        return is_retry or epoch == current.producer_epoch
    return epoch == current.producer_epoch


def _refuse_state(current: TransactionMetadata) -> ErrorCode:
    assert current.state not in (S.DEAD, S.PREPARE_EPOCH_FENCE), current
    return ErrorCode.INVALID_TXN_STATE
