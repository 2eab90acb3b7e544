"""The abstract replica log and the replication invariants' predicates."""

from __future__ import annotations

from reference.core.log.checkpoints import EpochEntry
from reference.core.log.leader_epoch import LeaderEpochCache
from reference.core.replication import Record, ReplicaLog
from reference.sim.memory_storage import MemoryStorage
from spec.invariants import leader_in_isr, log_matching, no_committed_record_lost, strong_isr


def log_with(*epochs: int) -> ReplicaLog:
    log = ReplicaLog(LeaderEpochCache(MemoryStorage(), "leader-epoch-checkpoint"))
    log.append([Record(epoch, index) for index, epoch in enumerate(epochs)])
    return log


def test_appends_start_epochs_in_the_cache() -> None:
    log = log_with(1, 1, 3)
    assert log.epochs.entries == (EpochEntry(1, 0), EpochEntry(3, 2))


def test_crash_keeps_flushed_records_and_the_checkpointed_high_watermark() -> None:
    log = log_with(1, 1)
    log.update_high_watermark(1)
    log.flush()
    log.append([Record(2, 9), Record(2, 10)])
    log.update_high_watermark(3)
    assert log.crash() == 2
    assert (log.log_end_offset, log.high_watermark) == (2, 1)
    assert log.epochs.entries == (EpochEntry(1, 0),)  # epoch 2 started past the new end


def test_truncating_at_the_log_end_still_drops_an_epoch_stamped_there() -> None:
    # A leader stamps its epoch at its log end; if it loses leadership before writing, that
    # entry must go when it truncates as a follower, even by zero records.
    log = log_with(1, 1)
    log.assign_epoch_start(4)
    log.truncate_to(2)
    assert log.epochs.entries == (EpochEntry(1, 0),)


def test_truncation_pulls_the_high_watermark_down() -> None:
    log = log_with(1, 1, 1)
    log.update_high_watermark(3)
    log.truncate_to(1)
    assert log.high_watermark == 1
    assert log.end_offset_for_epoch(1) is not None


def test_invariant_predicates_say_no_when_they_should() -> None:
    a, b = Record(1, 0), Record(2, 1)
    assert leader_in_isr(-1, set()) and not leader_in_isr(0, {1, 2})
    assert strong_isr([a], {0: [a, b], 1: [a]}) and not strong_isr([a, b], {0: [a, b], 1: [a]})
    assert log_matching([a, b], 1, [a, a], 2) and not log_matching([a, b], 2, [a, a], 2)
    assert no_committed_record_lost({0: a}, {0: [a]})
    assert not no_committed_record_lost({1: b}, {0: [a, b], 1: [a]})
