"""The follower's side of a partition: truncate to the leader's log, fetch, learn the HW.

Mirrors Kafka's `AbstractFetcherThread`/`ReplicaFetcherThread` for one partition:
- on becoming follower, and on every leader epoch change, the fetch state starts again from
  the log end (or the high watermark when the log has no epoch);
- with `uses_diverging_epoch` (Kafka 2.7+, always in 4.x) a follower that knows an epoch goes
  straight to fetching and each fetch carries its last fetched epoch; the leader answers a
  `diverging_epoch` and the follower truncates from it (KIP-595 style);
- without it (the pre-2.7 path, kept for the KIP-101/279 mutants) the follower first asks
  OffsetForLeaderEpoch for its latest epoch, truncates, asks again until the epochs match,
  then fetches without an epoch;
- FENCED_LEADER_EPOCH at the follower's own epoch parks the partition until new metadata;
  UNKNOWN_LEADER_EPOCH and NOT_LEADER_OR_FOLLOWER are retried;
- each answer with records (or none) sets the high watermark to the leader's, clamped to the
  log end; an answer with a diverging epoch only truncates (its HW may cover the divergence).
- OFFSET_OUT_OF_RANGE (`fetchOffsetAndTruncate`): a broker's follower asks the leader's log
  start and end (ListOffsets) and then truncates to a leader behind it, or drops its whole log
  and starts at the leader's log start when that is past its own end, or else fetches on from
  its log end.
Divergence: the model's leader answers OFFSET_OUT_OF_RANGE with its log end (its log always
starts at 0) instead of being asked.
"""

from __future__ import annotations

from enum import Enum

from reference.core.mutants import ReplicationMutants
from reference.core.replication.replica_log import ReplicaLog, ReplicationLog
from reference.core.replication.truncation import OffsetTruncationState, offset_truncation_state
from reference.core.replication.values import (
    NO_EPOCH,
    UNKNOWN_OFFSET,
    FetchRequest,
    FetchResponse,
    LeaderOffsetsRequest,
    LeaderOffsetsResponse,
    OffsetForLeaderEpochRequest,
    OffsetForLeaderEpochResponse,
)
from spec.errors import ErrorCode


class FetchPhase(Enum):
    TRUNCATING = "truncating"  # waiting for OffsetForLeaderEpoch (or to cut to the HW)
    RESETTING = "resetting"  # out of range: waiting for the leader's log start and end
    FETCHING = "fetching"
    FAILED = "failed"  # fenced at its own epoch: waits for the next metadata update


class FollowerRole:
    """Follower state for one partition on one broker, for one (leader, leader epoch)."""

    def __init__(self, broker_id: int, log: ReplicationLog, leader_id: int, leader_epoch: int, *,
                 uses_diverging_epoch: bool, mutants: ReplicationMutants,
                 previous: FollowerRole | None) -> None:
        self.broker_id = broker_id
        self.log = log
        self.leader_id = leader_id
        self.leader_epoch = leader_epoch
        self.uses_diverging_epoch = uses_diverging_epoch and not mutants.truncate_to_high_watermark
        self.mutants = mutants
        self.phase: FetchPhase
        self.fetch_offset: int
        if previous is not None and self._keeps(previous):
            self.phase, self.fetch_offset = previous.phase, previous.fetch_offset
        else:
            self.phase, self.fetch_offset = self._initial_state()

    def _keeps(self, previous: FollowerRole) -> bool:
        """`partitionFetchState`: the same epoch keeps the state it has; KAFKA-7164's mutant
        keeps it whenever the leader is the same."""
        if previous.leader_id != self.leader_id:
            return False
        return (previous.leader_epoch == self.leader_epoch
                or self.mutants.truncate_only_on_leader_change)

    def _initial_state(self) -> tuple[FetchPhase, int]:
        log = self.log
        if self.mutants.truncate_to_high_watermark:
            # Before KIP-101 a new follower cut its log at its own high watermark.
            log.truncate_to(log.high_watermark)
            return FetchPhase.FETCHING, log.log_end_offset
        has_epoch = log.latest_epoch() is not None
        init_offset = log.log_end_offset if has_epoch else log.high_watermark
        if self.uses_diverging_epoch and has_epoch:
            return FetchPhase.FETCHING, init_offset
        return FetchPhase.TRUNCATING, init_offset

    # --- what to send next ------------------------------------------------------------------

    def next_request(self) -> FetchRequest | OffsetForLeaderEpochRequest | None:
        """The request this follower sends its leader now, or None while parked."""
        if self.phase is FetchPhase.TRUNCATING:
            latest = self.log.latest_epoch()
            if latest is not None:
                return OffsetForLeaderEpochRequest(self.broker_id, self.leader_epoch, latest)
            self._truncate(OffsetTruncationState(self.fetch_offset, is_complete=True))
        if self.phase in (FetchPhase.FAILED, FetchPhase.RESETTING):
            return None
        latest = self.log.latest_epoch()
        has_epoch = self.uses_diverging_epoch and latest is not None
        last_fetched_epoch = latest if has_epoch and latest is not None else NO_EPOCH
        return FetchRequest(self.broker_id, self.leader_epoch, self.fetch_offset,
                            last_fetched_epoch)

    def offsets_request(self) -> LeaderOffsetsRequest | None:
        """While resetting after OFFSET_OUT_OF_RANGE, the question for the leader's offsets."""
        if self.phase is not FetchPhase.RESETTING:
            return None
        return LeaderOffsetsRequest(self.broker_id, self.leader_epoch)

    def _truncate(self, state: OffsetTruncationState) -> None:
        self.log.truncate_to(state.offset)
        self.fetch_offset = state.offset
        done = state.is_complete or self.uses_diverging_epoch
        self.phase = FetchPhase.FETCHING if done else FetchPhase.TRUNCATING

    def _on_error(self, error: ErrorCode, request_epoch: int) -> None:
        if error == ErrorCode.FENCED_LEADER_EPOCH and request_epoch == self.leader_epoch:
            self.phase = FetchPhase.FAILED
        # UNKNOWN_LEADER_EPOCH, NOT_LEADER_OR_FOLLOWER and the rest: back off and retry

    # --- answers ----------------------------------------------------------------------------

    def offset_for_leader_epoch_answered(self, request: OffsetForLeaderEpochRequest,
                                         response: OffsetForLeaderEpochResponse) -> None:
        if (self.phase is not FetchPhase.TRUNCATING
                or request.current_leader_epoch != self.leader_epoch):
            return  # the state moved on while the request was out
        if response.error != ErrorCode.NONE:
            self._on_error(response.error, request.current_leader_epoch)
            return
        self._truncate(offset_truncation_state(self.log, response.end, self.fetch_offset,
                                               self.mutants))

    def fetch_answered(self, request: FetchRequest, response: FetchResponse) -> None:
        """`processFetchRequest` for one partition: only an answer to the request this state
        would send now (same offset, same epoch) is taken."""
        if self.takes_records(request, response):
            self._append(response)

    def takes_records(self, request: FetchRequest, response: FetchResponse) -> bool:
        """Every effect of an answer but the append (errors, out of range, divergence); True
        when its records are to be appended at the log end, then `records_appended` called."""
        if (self.phase is not FetchPhase.FETCHING or request.fetch_offset != self.fetch_offset
                or request.current_leader_epoch != self.leader_epoch):
            return False
        if response.error == ErrorCode.OFFSET_OUT_OF_RANGE:
            self._out_of_range(response)
            return False
        if response.error != ErrorCode.NONE:
            self._on_error(response.error, request.current_leader_epoch)
            return False
        if response.diverging_epoch is not None and self.uses_diverging_epoch:
            # Truncate only: the HW in this answer may lie above the diverging records, and is
            # taken from the next fetch, once the log matches.
            self._truncate(offset_truncation_state(self.log, response.diverging_epoch,
                                                   self.fetch_offset, self.mutants))
            return False
        assert self.fetch_offset == self.log.log_end_offset, (self.fetch_offset, self.log)
        return True

    def records_appended(self, leader_high_watermark: int) -> None:
        """After the append: fetch on from the new log end; take the leader's HW (clamped)."""
        self.fetch_offset = self.log.log_end_offset
        self.log.update_high_watermark(leader_high_watermark)

    def _append(self, response: FetchResponse) -> None:
        """`processPartitionData` on the model's log: append at the log end, then take the HW."""
        assert isinstance(self.log, ReplicaLog), self.log
        # A batch stamped with an epoch above the follower's own is dropped with the rest
        # (KAFKA-18723): it cannot be from the leader the follower knows.
        kept = []
        for record in response.records:
            if record.epoch > self.leader_epoch:
                break
            kept.append(record)
        self.log.append(kept)
        self.records_appended(response.high_watermark)

    def _out_of_range(self, response: FetchResponse) -> None:
        if response.log_end_offset == UNKNOWN_OFFSET:
            self.phase = FetchPhase.RESETTING  # a broker's answer: ask the leader's offsets
            return
        self._reset_to_leader(LeaderOffsetsResponse(ErrorCode.NONE, 0, response.log_end_offset))

    def leader_offsets_answered(self, request: LeaderOffsetsRequest,
                                response: LeaderOffsetsResponse) -> None:
        if (self.phase is not FetchPhase.RESETTING
                or request.current_leader_epoch != self.leader_epoch):
            return  # the state moved on while the request was out
        if response.error != ErrorCode.NONE:
            self._on_error(response.error, request.current_leader_epoch)
            return
        self._reset_to_leader(response)

    def _reset_to_leader(self, leader: LeaderOffsetsResponse) -> None:
        """`fetchOffsetAndTruncate`: a leader behind this log is followed down to its end; a
        leader whose log starts past this log's end is followed from its start, the stale log
        dropped; otherwise fetching goes on from this log's end."""
        log_end_offset = self.log.log_end_offset
        if leader.log_end_offset < log_end_offset:
            self.log.truncate_to(leader.log_end_offset)
        elif leader.log_start_offset > log_end_offset:
            self.log.truncate_fully_and_start_at(leader.log_start_offset)
        self.fetch_offset = self.log.log_end_offset
        self.phase = FetchPhase.FETCHING
