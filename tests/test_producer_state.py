"""Producer state: Kafka's answers to duplicates, gaps, epochs and transactions, one per test."""

from __future__ import annotations

from dataclasses import replace

import pytest

from models.producer_model import make_header
from reference.core import mutants
from reference.core.producers import (
    Accepted,
    AppendOrigin,
    CompletedTxn,
    DuplicateBatch,
    ProducerStateManager,
    ProducerStateSettings,
    Rejected,
    TxnVerification,
)
from reference.core.producers import manager as manager_module
from spec.generated.errors import ErrorCode
from spec.invariants import InvariantViolated
from spec.records.control import ControlRecordType, EndTransactionMarker
from spec.records.header import (
    INT32_MAX,
    NO_SEQUENCE,
    BatchHeader,
    Compression,
    TimestampType,
    compute_attributes,
)

CLIENT = AppendOrigin.CLIENT
PID = 7


def batch(sequence: int, count: int = 1, *, epoch: int = 0, timestamp_ms: int = 0,
          producer_id: int = PID, is_transactional: bool = False) -> BatchHeader:
    return make_header(producer_id=producer_id, producer_epoch=epoch, base_sequence=sequence,
                       record_count=count, max_timestamp=timestamp_ms,
                       is_transactional=is_transactional)


def append(manager: ProducerStateManager, header: BatchHeader,
           origin: AppendOrigin = CLIENT) -> Accepted | DuplicateBatch | Rejected:
    """Validate, and write at the log end if accepted (what the broker does)."""
    answer = manager.validate_batch(header, origin, now_ms=0)
    if isinstance(answer, Accepted):
        first_offset = manager.map_end_offset
        manager.record_batch(header, first_offset, first_offset + header.last_offset_delta)
    return answer


def error_of(answer: object) -> ErrorCode:
    assert isinstance(answer, Rejected), answer
    return answer.error


def test_duplicate_batch_is_acknowledged_with_original_offset() -> None:
    manager = ProducerStateManager(log_start_offset=0)
    assert append(manager, batch(0, 3, timestamp_ms=1234)) == Accepted()
    assert append(manager, batch(3, 2)) == Accepted()
    answer = append(manager, batch(0, 3, timestamp_ms=9999))
    # The original offsets, and the cached max timestamp as the log append time (Kafka's quirk).
    assert answer == DuplicateBatch(first_offset=0, last_offset=2, log_append_time_ms=1234,
                                    log_start_offset=0)
    assert manager.map_end_offset == 5  # nothing written twice


def test_duplicates_are_found_only_among_the_last_five_batches() -> None:
    manager = ProducerStateManager()
    for sequence in range(6):
        append(manager, batch(sequence))
    assert isinstance(append(manager, batch(1)), DuplicateBatch)
    assert error_of(append(manager, batch(0))) == ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER


def test_retry_overlapping_a_batch_without_matching_it_is_out_of_order() -> None:
    manager = ProducerStateManager()
    append(manager, batch(0, 3))
    assert error_of(append(manager, batch(1, 2))) == ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER


def test_gap_in_sequence_is_out_of_order() -> None:
    manager = ProducerStateManager()
    append(manager, batch(0, 2))
    answer = append(manager, batch(3))
    assert error_of(answer) == ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER
    assert "last sequence written is 1" in answer.message  # type: ignore[union-attr]


def test_unknown_producer_may_start_at_any_sequence() -> None:
    # Kafka 4 gives no UNKNOWN_PRODUCER_ID: a producer whose state is gone starts anywhere.
    manager = ProducerStateManager()
    assert append(manager, batch(42)) == Accepted()
    assert append(manager, batch(43)) == Accepted()


def test_sequence_wraps_from_int32_max_to_zero() -> None:
    manager = ProducerStateManager()
    append(manager, batch(INT32_MAX - 1, 2))
    assert append(manager, batch(0, 3)) == Accepted()
    wrapping = batch(INT32_MAX, 2, producer_id=PID + 1)
    assert wrapping.last_sequence == 0
    assert append(manager, wrapping) == Accepted()
    assert append(manager, batch(1, producer_id=PID + 1)) == Accepted()


def test_new_epoch_must_start_at_sequence_zero() -> None:
    manager = ProducerStateManager()
    append(manager, batch(0, 5))
    answer = append(manager, batch(5, epoch=1))
    assert error_of(answer) == ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER
    assert append(manager, batch(0, epoch=1)) == Accepted()


def test_epoch_bump_forgets_the_old_epochs_batches() -> None:
    manager = ProducerStateManager()
    append(manager, batch(0))
    append(manager, batch(0, epoch=1))
    assert len(manager.producers[PID].batches) == 1
    # A retry from the old epoch is fenced, not deduplicated.
    assert error_of(append(manager, batch(0))) == ErrorCode.INVALID_PRODUCER_EPOCH


def test_stale_epoch_from_client_is_invalid_producer_epoch() -> None:
    manager = ProducerStateManager()
    append(manager, batch(0, epoch=3))
    assert error_of(append(manager, batch(1, epoch=2))) == ErrorCode.INVALID_PRODUCER_EPOCH
    coordinator = AppendOrigin.COORDINATOR
    assert error_of(append(manager, batch(1, epoch=2), coordinator)) == (
        ErrorCode.INVALID_PRODUCER_EPOCH)


def test_replication_takes_stale_epochs_and_unchecked_sequences() -> None:
    manager = ProducerStateManager()
    append(manager, batch(0, epoch=3))
    replication = AppendOrigin.REPLICATION
    assert append(manager, batch(9, epoch=2), replication) == Accepted()
    assert manager.producers[PID].producer_epoch == 2  # a follower follows the leader down
    # A follower never deduplicates: the leader already did.
    assert append(manager, batch(9, epoch=2), replication) == Accepted()


def test_coordinator_writes_are_not_sequence_checked() -> None:
    manager = ProducerStateManager()
    append(manager, batch(0))
    assert append(manager, batch(17), AppendOrigin.COORDINATOR) == Accepted()


def test_non_transactional_write_inside_open_transaction_is_invalid_txn_state() -> None:
    manager = ProducerStateManager()
    assert append(manager, batch(0, is_transactional=True)) == Accepted(starts_transaction=True)
    assert manager.producers[PID].current_txn_first_offset == 0
    assert error_of(append(manager, batch(1))) == ErrorCode.INVALID_TXN_STATE
    assert append(manager, batch(1, is_transactional=True)) == Accepted()


def test_unverified_transactional_write_is_invalid_txn_state() -> None:
    header = batch(0, is_transactional=True)
    manager = ProducerStateManager()
    answer = manager.validate_batch(header, CLIENT, 0, is_transaction_verified=False)
    assert error_of(answer) == ErrorCode.INVALID_TXN_STATE
    lenient = ProducerStateManager(ProducerStateSettings(is_transaction_verification_enabled=False))
    assert isinstance(lenient.validate_batch(header, CLIENT, 0, is_transaction_verified=False),
                      Accepted)


def test_transactions_v2_producer_without_state_must_start_at_zero() -> None:
    manager = ProducerStateManager()
    verification = TxnVerification(lowest_sequence=5, supports_epoch_bump=True)
    answer = manager.validate_batch(batch(5, is_transactional=True), CLIENT, 0,
                                    verification=verification)
    assert error_of(answer) == ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER
    older = TxnVerification(lowest_sequence=5, supports_epoch_bump=False)
    assert isinstance(manager.validate_batch(batch(5, is_transactional=True), CLIENT, 0,
                                             verification=older), Accepted)
    answer = manager.validate_batch(batch(6, is_transactional=True), CLIENT, 0,
                                    verification=older)
    assert error_of(answer) == ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER


def marker_header(epoch: int) -> BatchHeader:
    attributes = compute_attributes(Compression.NONE, TimestampType.CREATE_TIME,
                                    is_transactional=True, is_control=True)
    return replace(batch(0, epoch=epoch), base_sequence=NO_SEQUENCE, attributes=attributes)


def test_marker_closes_the_open_transaction() -> None:
    manager = ProducerStateManager()
    append(manager, batch(0, 2, is_transactional=True))
    commit = EndTransactionMarker(ControlRecordType.COMMIT, coordinator_epoch=4)
    assert manager.validate_marker(marker_header(0), commit, AppendOrigin.COORDINATOR, 1) == (
        Accepted())
    completed = manager.record_marker(marker_header(0), commit, offset=2, timestamp_ms=50)
    assert completed == CompletedTxn(PID, first_offset=0, last_offset=2, is_aborted=False)
    entry = manager.producers[PID]
    assert entry.current_txn_first_offset is None and entry.coordinator_epoch == 4
    assert manager.record_marker(marker_header(0), commit, offset=3, timestamp_ms=51) is None


def test_transactions_v2_marker_needs_a_bumped_epoch_unless_it_is_a_retry() -> None:
    manager = ProducerStateManager()
    append(manager, batch(0, is_transactional=True))
    abort = EndTransactionMarker(ControlRecordType.ABORT, coordinator_epoch=0)
    coordinator = AppendOrigin.COORDINATOR
    answer = manager.validate_marker(marker_header(0), abort, coordinator, 2)
    assert error_of(answer) == ErrorCode.INVALID_PRODUCER_EPOCH
    assert manager.validate_marker(marker_header(1), abort, coordinator, 2) == Accepted()
    manager.record_marker(marker_header(1), abort, offset=1, timestamp_ms=0)
    # The same marker again, the transaction already over: KAFKA-19999's idempotent retry.
    assert manager.validate_marker(marker_header(1), abort, coordinator, 2) == Accepted()


def test_marker_from_an_older_coordinator_is_fenced() -> None:
    manager = ProducerStateManager()
    append(manager, batch(0, is_transactional=True))
    manager.record_marker(marker_header(0), EndTransactionMarker(ControlRecordType.COMMIT, 5),
                          offset=1, timestamp_ms=0)
    zombie = EndTransactionMarker(ControlRecordType.COMMIT, coordinator_epoch=4)
    answer = manager.validate_marker(marker_header(0), zombie, AppendOrigin.COORDINATOR, 1)
    assert error_of(answer) == ErrorCode.TRANSACTION_COORDINATOR_FENCED
    replication = AppendOrigin.REPLICATION
    assert manager.validate_marker(marker_header(0), zombie, replication, -1) == Accepted()


def test_producer_expires_when_idle_unless_in_a_transaction() -> None:
    manager = ProducerStateManager(ProducerStateSettings(producer_id_expiration_ms=1000))
    append(manager, batch(0, timestamp_ms=100))
    append(manager, batch(0, timestamp_ms=100, producer_id=PID + 1, is_transactional=True))
    assert manager.remove_expired(now_ms=1099) == []
    assert manager.remove_expired(now_ms=1100) == [PID]
    assert list(manager.producers) == [PID + 1]


def test_truncating_the_head_keeps_the_producers() -> None:
    manager = ProducerStateManager()
    append(manager, batch(0, 3))
    manager.truncate_head(3)
    assert PID in manager.producers
    answer = append(manager, batch(0, 3))
    assert isinstance(answer, DuplicateBatch) and answer.log_start_offset == 3


def test_reject_instead_of_dedupe_mutant_refuses_the_duplicate() -> None:
    manager = ProducerStateManager()
    append(manager, batch(0))
    with mutants.enabled("reject-instead-of-dedupe"):
        assert error_of(append(manager, batch(0))) == ErrorCode.DUPLICATE_SEQUENCE_NUMBER
    assert isinstance(append(manager, batch(0)), DuplicateBatch)


def test_accepting_a_gap_trips_the_named_invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    manager = ProducerStateManager()
    append(manager, batch(0))
    monkeypatch.setattr(manager_module, "check_data_batch", lambda *args: None)
    with pytest.raises(InvariantViolated) as raised:
        append(manager, batch(5))
    assert raised.value.name == "IdempotentNoGap"


def test_coordinator_batch_without_sequence_restarts_the_expected_sequence() -> None:
    manager = ProducerStateManager()
    append(manager, batch(0, 3))
    append(manager, batch(NO_SEQUENCE), AppendOrigin.COORDINATOR)
    assert manager.producers[PID].last_sequence == NO_SEQUENCE
    assert error_of(append(manager, batch(3))) == ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER
    assert append(manager, batch(0)) == Accepted()
