"""Producer ids and epochs at the coordinator: resuming with InitProducerId v3+, epoch
exhaustion (a new producer id), the KIP-890 part 2 overflow at EndTxn, and which error code and
rules a request version gets."""

from __future__ import annotations

import itertools

import pytest

from reference.core.transactions.coordinator import TransactionCoordinator, TransactionSettings
from reference.core.transactions.versions import (
    TV_0,
    TV_2,
    fencing_error_for_version,
    transaction_version_for_add_partitions,
    transaction_version_for_end_txn,
)
from spec.errors import ErrorCode
from spec.transaction_records import TransactionLogEntry, TransactionRecord, TransactionState

TX = "tx"
EXHAUSTED_EPOCH = 32766  # Short.MaxValue - 1


def coordinator() -> TransactionCoordinator:
    ids = itertools.count(500)
    return TransactionCoordinator(TransactionSettings(), lambda: next(ids))


def loaded_at(epoch: int, state: TransactionState = TransactionState.EMPTY,
              partitions: frozenset[tuple[str, int]] = frozenset()) -> TransactionCoordinator:
    txn = coordinator()
    txn.replay(TransactionRecord(TX, TransactionLogEntry(
        producer_id=7, producer_epoch=epoch, timeout_ms=1000, state=state, partitions=partitions,
        start_timestamp_ms=0 if partitions else -1, last_update_timestamp_ms=0,
        client_transaction_version=2)))
    return txn


def test_a_resuming_producer_bumps_and_a_retry_of_that_bump_gets_the_same_epoch() -> None:
    txn = coordinator()
    first = txn.init_producer_id(TX, 1000, 0)
    resumed = txn.init_producer_id(TX, 1000, 1, expected=(first.producer_id, 0))
    assert (resumed.error, resumed.producer_epoch) == (ErrorCode.NONE, 1)
    retried = txn.init_producer_id(TX, 1000, 2, expected=(first.producer_id, 0))
    assert (retried.error, retried.producer_epoch) == (ErrorCode.NONE, 1)
    assert txn.init_producer_id(TX, 1000, 3, expected=(first.producer_id, 5)).error \
        is ErrorCode.PRODUCER_FENCED
    assert txn.init_producer_id(TX, 1000, 3, expected=(first.producer_id + 1, 1)).error \
        is ErrorCode.PRODUCER_FENCED


def test_an_exhausted_epoch_moves_the_id_to_a_new_producer_id() -> None:
    txn = loaded_at(EXHAUSTED_EPOCH)
    rotated = txn.init_producer_id(TX, 1000, 5, expected=(7, EXHAUSTED_EPOCH))
    assert (rotated.error, rotated.producer_id, rotated.producer_epoch) \
        == (ErrorCode.NONE, 500, 0)
    # the answer was lost: the client asks again with its old id and epoch
    retried = txn.init_producer_id(TX, 1000, 6, expected=(7, EXHAUSTED_EPOCH))
    assert (retried.error, retried.producer_id, retried.producer_epoch) \
        == (ErrorCode.NONE, 500, 0)


def test_version_2_overflow_hands_over_to_the_next_producer_id_on_completion() -> None:
    txn = loaded_at(EXHAUSTED_EPOCH, TransactionState.ONGOING, frozenset({("a", 0)}))
    ended = txn.end_txn(TX, 7, EXHAUSTED_EPOCH, True, 10, TV_2)
    assert ended.error is ErrorCode.NONE
    assert {m.producer_epoch for m in ended.markers} == {EXHAUSTED_EPOCH + 1}
    txn.markers_written(TX, 11)
    metadata = txn.transactions[TX]
    assert (metadata.producer_id, metadata.producer_epoch) == (500, 0)
    retry = txn.end_txn(TX, 7, EXHAUSTED_EPOCH, True, 12, TV_2)
    assert (retry.error, retry.producer_id, retry.producer_epoch) == (ErrorCode.NONE, 500, 0)


@pytest.mark.parametrize(("api", "version", "expected"), [
    ("EndTxn", 1, ErrorCode.INVALID_PRODUCER_EPOCH), ("EndTxn", 2, ErrorCode.PRODUCER_FENCED),
    ("InitProducerId", 3, ErrorCode.INVALID_PRODUCER_EPOCH),
    ("InitProducerId", 4, ErrorCode.PRODUCER_FENCED),
    ("AddPartitionsToTxn", 1, ErrorCode.INVALID_PRODUCER_EPOCH),
])
def test_old_versions_get_invalid_producer_epoch(api: str, version: int,
                                                 expected: ErrorCode) -> None:
    assert fencing_error_for_version(api, version, ErrorCode.PRODUCER_FENCED) is expected
    assert fencing_error_for_version(api, version, ErrorCode.NONE) is ErrorCode.NONE


def test_request_versions_choose_the_transaction_version() -> None:
    assert [transaction_version_for_end_txn(v) for v in (4, 5)] == [TV_0, TV_2]
    assert [transaction_version_for_add_partitions(v) for v in (3, 4)] == [TV_0, TV_2]
