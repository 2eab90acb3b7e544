"""The transaction coordinator against Kafka 4's TransactionCoordinator: InitProducerId, adding
partitions and offsets, EndTxn before and with KIP-890 part 2, markers, fencing, timeouts,
describe/list, and a load that rebuilds what the live writes made."""

from __future__ import annotations

import itertools

import pytest

from reference.core.groups.partitioner import partition_for
from reference.core.transactions.coordinator import TransactionCoordinator, TransactionSettings
from reference.core.transactions.versions import TV_0, TV_2
from spec.errors import ErrorCode
from spec.transaction_records import (
    TransactionRecord,
    TransactionState,
    decode_transaction_record,
)

TX = "tx-1"
TIMEOUT_MS = 60_000


def coordinator(level: int = 2, **settings: int) -> TransactionCoordinator:
    ids = itertools.count(1000)
    return TransactionCoordinator(
        TransactionSettings(transaction_version_level=level, **settings), lambda: next(ids))


def started(coordinator_: TransactionCoordinator, now_ms: int = 0,
            transaction_version: int = TV_0) -> tuple[int, int]:
    init = coordinator_.init_producer_id(TX, TIMEOUT_MS, now_ms)
    assert init.error is ErrorCode.NONE
    added = coordinator_.add_partitions(TX, init.producer_id, init.producer_epoch,
                                        [("a", 0), ("b", 1)], now_ms, transaction_version)
    assert added.error is ErrorCode.NONE
    return init.producer_id, init.producer_epoch


def state(coordinator_: TransactionCoordinator) -> TransactionState:
    return coordinator_.transactions[TX].state


def test_a_new_transactional_id_gets_a_fresh_id_at_epoch_zero_written_as_empty() -> None:
    txn = coordinator()
    result = txn.init_producer_id(TX, TIMEOUT_MS, 5)
    assert (result.error, result.producer_id, result.producer_epoch) == (ErrorCode.NONE, 1000, 0)
    (record,) = result.records
    assert record.entry is not None and record.entry.state is TransactionState.EMPTY
    assert txn.init_producer_id(TX, TIMEOUT_MS, 6).producer_epoch == 1


@pytest.mark.parametrize(("transactional_id", "timeout_ms", "error"), [
    ("", TIMEOUT_MS, ErrorCode.INVALID_REQUEST),
    (TX, 15 * 60 * 1000 + 1, ErrorCode.INVALID_TRANSACTION_TIMEOUT),
    (TX, 0, ErrorCode.INVALID_TRANSACTION_TIMEOUT),
])
def test_init_refusals(transactional_id: str, timeout_ms: int, error: ErrorCode) -> None:
    result = coordinator().init_producer_id(transactional_id, timeout_ms, 0)
    assert (result.error, result.producer_id, result.producer_epoch) == (error, -1, -1)


def test_adding_partitions_starts_the_transaction_and_checks_the_producer_in_order() -> None:
    txn = coordinator()
    producer_id, epoch = started(txn, now_ms=7)
    assert state(txn) is TransactionState.ONGOING
    assert txn.transactions[TX].start_timestamp_ms == 7
    again = txn.add_partitions(TX, producer_id, epoch, [("a", 0)], 9)
    assert again.error is ErrorCode.NONE and again.records == ()  # already in: nothing written
    assert txn.add_partitions("nope", producer_id, epoch, [("a", 0)], 9).error \
        is ErrorCode.INVALID_PRODUCER_ID_MAPPING
    assert txn.add_partitions(TX, producer_id + 1, epoch + 1, [("a", 0)], 9).error \
        is ErrorCode.INVALID_PRODUCER_ID_MAPPING
    assert txn.add_partitions(TX, producer_id, epoch + 1, [("a", 0)], 9).error \
        is ErrorCode.PRODUCER_FENCED


def test_commit_writes_prepare_then_markers_then_complete() -> None:
    txn = coordinator()
    producer_id, epoch = started(txn)
    txn.set_coordinator_epoch(txn.partition_for(TX), 3)
    result = txn.end_txn(TX, producer_id, epoch, True, 10)
    assert result.error is ErrorCode.NONE and state(txn) is TransactionState.PREPARE_COMMIT
    assert [(m.topic, m.partition, m.producer_epoch, m.coordinator_epoch, m.is_commit)
            for m in result.markers] == [("a", 0, epoch, 3, True), ("b", 1, epoch, 3, True)]
    assert txn.pending_markers() == result.markers
    assert txn.end_txn(TX, producer_id, epoch, True, 11).error \
        is ErrorCode.CONCURRENT_TRANSACTIONS
    assert txn.end_txn(TX, producer_id, epoch, False, 11).error is ErrorCode.INVALID_TXN_STATE
    assert txn.add_partitions(TX, producer_id, epoch, [("c", 0)], 11).error \
        is ErrorCode.CONCURRENT_TRANSACTIONS
    assert txn.init_producer_id(TX, TIMEOUT_MS, 11).error is ErrorCode.CONCURRENT_TRANSACTIONS
    completed = txn.markers_written(TX, 12)
    assert completed.error is ErrorCode.NONE and state(txn) is TransactionState.COMPLETE_COMMIT
    assert txn.transactions[TX].partitions == frozenset()
    assert txn.end_txn(TX, producer_id, epoch, True, 13).error is ErrorCode.NONE  # a retry
    assert txn.end_txn(TX, producer_id, epoch, False, 13).error is ErrorCode.INVALID_TXN_STATE


def test_ending_an_empty_transaction_before_version_2_is_an_invalid_state() -> None:
    txn = coordinator()
    init = txn.init_producer_id(TX, TIMEOUT_MS, 0)
    assert txn.end_txn(TX, init.producer_id, init.producer_epoch, False, 1).error \
        is ErrorCode.INVALID_TXN_STATE


def test_init_during_an_ongoing_transaction_fences_it_by_aborting() -> None:
    txn = coordinator(level=0)
    producer_id, epoch = started(txn)
    fenced = txn.init_producer_id(TX, TIMEOUT_MS, 5)
    assert fenced.error is ErrorCode.CONCURRENT_TRANSACTIONS
    assert state(txn) is TransactionState.PREPARE_ABORT
    assert {m.producer_epoch for m in fenced.markers} == {epoch + 1}
    assert not any(m.is_commit for m in fenced.markers)
    assert txn.end_txn(TX, producer_id, epoch, True, 6).error is ErrorCode.PRODUCER_FENCED
    txn.markers_written(TX, 7)
    assert txn.init_producer_id(TX, TIMEOUT_MS, 8).producer_epoch == epoch + 2


def test_version_2_bumps_the_epoch_at_every_end_and_answers_with_it() -> None:
    txn = coordinator()
    producer_id, epoch = started(txn, transaction_version=TV_2)
    result = txn.end_txn(TX, producer_id, epoch, True, 10, TV_2)
    assert (result.error, result.producer_id, result.producer_epoch) \
        == (ErrorCode.NONE, producer_id, epoch + 1)
    assert {m.producer_epoch for m in result.markers} == {epoch + 1}
    txn.markers_written(TX, 11)
    retry = txn.end_txn(TX, producer_id, epoch, True, 12, TV_2)
    assert (retry.error, retry.producer_epoch) == (ErrorCode.NONE, epoch + 1)
    assert txn.end_txn(TX, producer_id, epoch + 1, True, 12, TV_2).error \
        is ErrorCode.INVALID_TXN_STATE
    assert txn.end_txn(TX, producer_id, epoch - 1, True, 12, TV_2).error \
        is ErrorCode.PRODUCER_FENCED


def test_version_2_abort_of_an_empty_transaction_completes_at_once() -> None:
    txn = coordinator()
    init = txn.init_producer_id(TX, TIMEOUT_MS, 0)
    result = txn.end_txn(TX, init.producer_id, init.producer_epoch, False, 5, TV_2)
    assert result.error is ErrorCode.NONE and result.markers == ()
    assert [r.entry.state for r in result.records if r.entry] \
        == [TransactionState.PREPARE_ABORT, TransactionState.COMPLETE_ABORT]
    assert txn.transactions[TX].producer_epoch == init.producer_epoch + 1


def test_a_timed_out_transaction_is_aborted_strictly_after_its_timeout() -> None:
    txn = coordinator(level=2)
    _, epoch = started(txn, now_ms=100)
    assert txn.tick(100 + TIMEOUT_MS).records == ()
    aborted = txn.tick(101 + TIMEOUT_MS)
    assert state(txn) is TransactionState.PREPARE_ABORT
    # fence (+1), then the version 2 abort bumps again (+1)
    assert {m.producer_epoch for m in aborted.markers} == {epoch + 2}


def test_verify_only_names_partitions_outside_the_transaction() -> None:
    txn = coordinator()
    producer_id, epoch = started(txn)
    assert txn.verify_partitions(TX, producer_id, epoch, [("a", 0), ("z", 0)]) == {
        ("a", 0): ErrorCode.NONE, ("z", 0): ErrorCode.TRANSACTION_ABORTABLE}
    assert txn.verify_partitions(TX, producer_id, epoch + 1, [("a", 0)]) == {
        ("a", 0): ErrorCode.PRODUCER_FENCED}
    assert txn.verify_partitions("other", producer_id, epoch, [("a", 0)]) == {
        ("a", 0): ErrorCode.INVALID_PRODUCER_ID_MAPPING}


def test_add_offsets_adds_the_groups_offsets_partition() -> None:
    txn = coordinator()
    init = txn.init_producer_id(TX, TIMEOUT_MS, 0)
    assert txn.add_offsets(TX, init.producer_id, init.producer_epoch, "g", 1).error \
        is ErrorCode.NONE
    assert txn.transactions[TX].partitions == {("__consumer_offsets", partition_for("g"))}


def test_describe_and_list() -> None:
    txn = coordinator()
    producer_id, epoch = started(txn, now_ms=50)
    described = txn.describe(TX)
    assert (described.error, described.state, described.producer_epoch) \
        == (ErrorCode.NONE, "Ongoing", epoch)
    assert described.topics == (("a", (0,)), ("b", (1,)))
    assert txn.describe("nope").error is ErrorCode.TRANSACTIONAL_ID_NOT_FOUND
    assert txn.describe("").error is ErrorCode.INVALID_REQUEST
    listed = txn.list_transactions([], ["Ongoing", "Bogus"], 100)
    assert [t.transactional_id for t in listed.transactions] == [TX]
    assert listed.unknown_state_filters == ("Bogus",)
    assert txn.list_transactions([producer_id + 1], [], 100).transactions == ()
    assert txn.list_transactions([], [], 100, duration_ms=50).transactions == ()
    assert len(txn.list_transactions([], [], 101, duration_ms=50).transactions) == 1


def test_idle_transactional_ids_expire_with_a_tombstone() -> None:
    txn = coordinator(transactional_id_expiration_ms=1_000)
    txn.init_producer_id(TX, TIMEOUT_MS, 0)
    assert txn.tick(999).records == ()
    (tombstone,) = txn.tick(1_000).records
    assert tombstone.is_tombstone and TX not in txn.transactions


def _stored(txn: TransactionCoordinator, records: list[TransactionRecord],
            ) -> list[TransactionRecord]:
    return [decode_transaction_record(*txn.encode(record)) for record in records]


def test_a_load_of_the_written_records_rebuilds_the_same_transactions() -> None:
    txn = coordinator()
    log: list[TransactionRecord] = []
    init = txn.init_producer_id(TX, TIMEOUT_MS, 0)
    log += init.records
    log += txn.add_partitions(TX, init.producer_id, init.producer_epoch, [("a", 0)], 1,
                              TV_2).records
    log += txn.end_txn(TX, init.producer_id, init.producer_epoch, True, 2, TV_2).records
    reloaded = coordinator()
    for record in _stored(txn, log):
        reloaded.replay(record)
    before, after = txn.transactions[TX], reloaded.transactions[TX]
    assert (after.state, after.producer_id, after.producer_epoch, after.partitions) \
        == (before.state, before.producer_id, before.producer_epoch, before.partitions)
    assert reloaded.pending_markers() == txn.pending_markers()
