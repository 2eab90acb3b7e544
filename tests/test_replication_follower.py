"""The follower's side: where it truncates (KIP-101/279/320), what it fetches, what it keeps."""

from __future__ import annotations

from reference.core.log.leader_epoch import LeaderEpochCache
from reference.core.mutants import ReplicationMutants
from reference.core.replication import (
    NO_EPOCH,
    EpochEndOffset,
    FetchPhase,
    FetchRequest,
    FetchResponse,
    LeaderOffsetsRequest,
    LeaderOffsetsResponse,
    MetadataView,
    OffsetForLeaderEpochRequest,
    OffsetForLeaderEpochResponse,
    OffsetTruncationState,
    PartitionState,
    Record,
    Replica,
    ReplicaLog,
    offset_truncation_state,
)
from reference.sim.memory_storage import MemoryStorage
from spec.errors import ErrorCode

OFF = ReplicationMutants()
T0 = 1_700_000_000_000


def log_with(*epochs: int) -> ReplicaLog:
    log = ReplicaLog(LeaderEpochCache(MemoryStorage(), "leader-epoch-checkpoint"))
    log.append([Record(epoch, index) for index, epoch in enumerate(epochs)])
    return log


def follower(*epochs: int, leader_epoch: int = 5, high_watermark: int = 0,
             uses_diverging_epoch: bool = True,
             mutants: ReplicationMutants = OFF) -> Replica:
    """Replica 1 following 0 at `leader_epoch`, its log holding one record per epoch given."""
    replica = Replica(1, log_with(*epochs), mutants=mutants,
                      uses_diverging_epoch=uses_diverging_epoch)
    replica.log.update_high_watermark(high_watermark)
    partition = PartitionState((0, 1, 2), frozenset({0, 1, 2}), 0, leader_epoch, 0)
    replica.apply_metadata(MetadataView(partition), T0)
    return replica


# --- the truncation point (getOffsetTruncationState) ----------------------------------------

def test_same_epoch_cuts_at_the_smaller_end() -> None:
    log = log_with(1, 1, 1, 3)
    assert offset_truncation_state(log, EpochEndOffset(1, 2), 4, OFF) == \
        OffsetTruncationState(2, is_complete=True)


def test_epoch_unknown_to_follower_cuts_to_its_own_end_and_asks_again() -> None:
    # KIP-279: the leader answers epoch 2, which this follower never had; its largest epoch
    # below 2 is 1, ending at 2: cut there and look up again.
    log = log_with(1, 1, 3, 3)
    assert offset_truncation_state(log, EpochEndOffset(2, 3), 4, OFF) == \
        OffsetTruncationState(2, is_complete=False)


def test_kip_101_mutant_trusts_the_leaders_offset_alone() -> None:
    log = log_with(1, 1, 3, 3)
    mutant = ReplicationMutants(kip_101_epoch_lookup_without_tail_match=True)
    assert offset_truncation_state(log, EpochEndOffset(2, 3), 4, mutant) == \
        OffsetTruncationState(3, is_complete=True)


def test_undefined_end_offset_cuts_to_the_fetch_offset() -> None:
    log = log_with(1, 1, 1)
    assert offset_truncation_state(log, EpochEndOffset(NO_EPOCH, -1), 1, OFF) == \
        OffsetTruncationState(1, is_complete=True)


def test_epoch_newer_than_any_the_follower_knows_takes_the_leaders_end() -> None:
    log = log_with(1, 1, 1)
    assert offset_truncation_state(log, EpochEndOffset(3, 2), 3, OFF) == \
        OffsetTruncationState(2, is_complete=True)


def test_epoch_older_than_any_the_follower_knows_ends_where_its_first_epoch_starts() -> None:
    # The follower's cache answers (2, 0) for epoch 2 (the start of its first epoch, 4).
    log = log_with(4, 4, 4)
    assert offset_truncation_state(log, EpochEndOffset(2, 1), 3, OFF) == \
        OffsetTruncationState(0, is_complete=True)


# --- becoming a follower ------------------------------------------------------------------

def test_new_follower_with_epochs_fetches_at_once_with_its_last_epoch() -> None:
    replica = follower(1, 1, 3)
    request = replica.follower.next_request() if replica.follower else None
    assert request == FetchRequest(1, 5, 3, last_fetched_epoch=3)


def test_pre_kip_320_follower_asks_offset_for_leader_epoch_first() -> None:
    replica = follower(1, 1, 3, uses_diverging_epoch=False)
    assert replica.follower is not None
    assert replica.follower.next_request() == OffsetForLeaderEpochRequest(1, 5, 3)


def test_follower_without_epochs_cuts_to_its_high_watermark() -> None:
    replica = Replica(1, log_with(), uses_diverging_epoch=True)
    replica.apply_metadata(MetadataView(PartitionState((0, 1), frozenset({0, 1}), 0, 2, 0)), T0)
    assert replica.follower is not None
    assert replica.follower.next_request() == FetchRequest(1, 2, 0, NO_EPOCH)


def test_truncate_to_high_watermark_mutant_cuts_on_becoming_follower() -> None:
    mutant = ReplicationMutants(truncate_to_high_watermark=True)
    replica = follower(1, 1, 1, high_watermark=1, mutants=mutant)
    assert replica.log.log_end_offset == 1


def test_diverging_epoch_in_a_fetch_response_truncates_and_fetch_goes_on() -> None:
    replica = follower(1, 1, 3, 3)
    role = replica.follower
    assert role is not None
    request = role.next_request()
    assert isinstance(request, FetchRequest)
    role.fetch_answered(request, FetchResponse(ErrorCode.NONE, (), 2, 2, EpochEndOffset(1, 2)))
    assert replica.log.log_end_offset == 2 and role.phase is FetchPhase.FETCHING
    assert role.next_request() == FetchRequest(1, 5, 2, last_fetched_epoch=1)


def test_offset_for_leader_epoch_rounds_until_the_epochs_match() -> None:
    replica = follower(1, 1, 3, 3, uses_diverging_epoch=False)
    role = replica.follower
    assert role is not None
    first = role.next_request()
    assert isinstance(first, OffsetForLeaderEpochRequest)
    role.offset_for_leader_epoch_answered(
        first, OffsetForLeaderEpochResponse(ErrorCode.NONE, EpochEndOffset(2, 3)))
    assert replica.log.log_end_offset == 2 and role.phase is FetchPhase.TRUNCATING
    second = role.next_request()
    assert second == OffsetForLeaderEpochRequest(1, 5, 1)


def test_fenced_at_its_own_epoch_parks_until_new_metadata() -> None:
    replica = follower(1, 1)
    role = replica.follower
    assert role is not None
    request = role.next_request()
    assert isinstance(request, FetchRequest)
    role.fetch_answered(request, FetchResponse(ErrorCode.UNKNOWN_LEADER_EPOCH))
    assert role.next_request() == request  # retried
    role.fetch_answered(request, FetchResponse(ErrorCode.FENCED_LEADER_EPOCH))
    assert role.next_request() is None


def test_fetched_records_from_a_newer_epoch_are_dropped_and_hw_is_clamped() -> None:
    replica = follower(1, 1, leader_epoch=5)
    role = replica.follower
    assert role is not None
    request = role.next_request()
    assert isinstance(request, FetchRequest)
    records = (Record(5, 10), Record(6, 11))
    role.fetch_answered(request, FetchResponse(ErrorCode.NONE, records, 9, 4))
    assert replica.model_log.records[-1] == Record(5, 10)
    assert replica.log.high_watermark == replica.log.log_end_offset == 3


def test_same_leader_new_epoch_starts_a_new_fetch_state_unless_kafka_7164_mutant() -> None:
    correct = follower(1, 1, 3, uses_diverging_epoch=False)
    mutant = follower(1, 1, 3, uses_diverging_epoch=False,
                      mutants=ReplicationMutants(truncate_only_on_leader_change=True))
    for replica in (correct, mutant):
        role = replica.follower
        assert role is not None
        role.phase = FetchPhase.FETCHING  # as after a finished truncation at epoch 5
        partition = PartitionState((0, 1, 2), frozenset({0, 1, 2}), 0, 7, 1)
        replica.apply_metadata(MetadataView(partition), T0)
    assert correct.follower is not None and mutant.follower is not None
    assert correct.follower.phase is FetchPhase.TRUNCATING
    assert mutant.follower.phase is FetchPhase.FETCHING


def test_diverging_answer_does_not_move_the_high_watermark() -> None:
    # Kafka skips the partition data of an answer with a diverging epoch: its HW may lie above
    # the records about to be cut (found by the model: LogMatching broke without this).
    replica = follower(0, 0, 3, leader_epoch=5)
    role = replica.follower
    assert role is not None
    request = role.next_request()
    assert isinstance(request, FetchRequest)
    role.fetch_answered(request, FetchResponse(ErrorCode.NONE, (), 1, 1, EpochEndOffset(1, 1)))
    assert replica.log.high_watermark == 0


def test_answer_to_a_request_from_an_older_epoch_is_ignored() -> None:
    replica = follower(1, 1, leader_epoch=5)
    role = replica.follower
    assert role is not None
    stale = FetchRequest(1, 4, role.fetch_offset, last_fetched_epoch=1)
    role.fetch_answered(stale, FetchResponse(ErrorCode.FENCED_LEADER_EPOCH))
    assert role.phase is FetchPhase.FETCHING


def test_out_of_range_asks_the_leaders_offsets_and_follows_a_shorter_leader_down() -> None:
    replica = follower(1, 1, 1, leader_epoch=5)
    role = replica.follower
    assert role is not None
    request = role.next_request()
    assert isinstance(request, FetchRequest)
    role.fetch_answered(request, FetchResponse(ErrorCode.OFFSET_OUT_OF_RANGE))  # a broker's
    assert role.next_request() is None
    asked = role.offsets_request()
    assert asked == LeaderOffsetsRequest(1, 5)
    role.leader_offsets_answered(LeaderOffsetsRequest(1, 4), LeaderOffsetsResponse(
        ErrorCode.NONE, 0, 1))  # an answer for an older epoch changes nothing
    role.leader_offsets_answered(asked, LeaderOffsetsResponse(ErrorCode.UNKNOWN_LEADER_EPOCH))
    assert role.offsets_request() == asked  # retried
    role.leader_offsets_answered(asked, LeaderOffsetsResponse(ErrorCode.NONE, 0, 2))
    assert replica.log.log_end_offset == 2 and role.offsets_request() is None
    assert role.next_request() == FetchRequest(1, 5, 2, last_fetched_epoch=1)


def test_out_of_range_fenced_at_its_own_epoch_parks() -> None:
    replica = follower(1, leader_epoch=5)
    role = replica.follower
    assert role is not None
    request = role.next_request()
    assert isinstance(request, FetchRequest)
    role.fetch_answered(request, FetchResponse(ErrorCode.OFFSET_OUT_OF_RANGE))
    role.leader_offsets_answered(LeaderOffsetsRequest(1, 5),
                                 LeaderOffsetsResponse(ErrorCode.FENCED_LEADER_EPOCH))
    assert role.phase is FetchPhase.FAILED and role.next_request() is None
