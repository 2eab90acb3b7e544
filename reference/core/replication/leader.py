"""The leader's side of a partition: follower fetches, the high watermark, ISR changes.

Mirrors Kafka's `Partition` (fetchRecords/readRecords for followers, updateFollowerFetchState,
maybeExpandIsr, maybeShrinkIsr, maybeIncrementLeaderHW, handleAlterPartition*) and `Replica`
(the follower's progress: log end offset, last fetch and last caught-up times):
- a follower's fetch with a last fetched epoch whose end on the leader is before the fetch
  offset (or names an older epoch) gets that (epoch, end offset) back as `diverging_epoch`,
  no records, and does not move the follower's state;
- the high watermark is the smallest log end offset among the maximal ISR (the ISR plus an
  expansion in flight) and any eligible follower caught up within replica.lag.time.max.ms;
  a new leader forgets every follower's offset, so only fetches at its epoch count;
- a follower joins the ISR once its log end reaches both the high watermark and the start of
  the leader's epoch; an ISR follower not caught up for replica.lag.time.max.ms is dropped;
  both go to the controller as AlterPartition, one in flight at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reference.core.mutants import ReplicationMutants
from reference.core.replication.replica_log import ReplicaLog, ReplicationLog
from reference.core.replication.values import (
    UNKNOWN_OFFSET,
    AlterPartitionRequest,
    AlterPartitionResponse,
    EpochEndOffset,
    FetchRequest,
    FetchResponse,
    MetadataView,
    Record,
    ReplicationSettings,
)
from spec.errors import ErrorCode
from spec.invariants import check, high_watermark_monotonic, leader_in_isr

FETCH_MAX_RECORDS = 4  # records per fetch response; small so a model interleaves more


@dataclass(frozen=True, slots=True)
class FollowerProgress:
    """What the leader knows of one follower (Kafka's `ReplicaState`)."""

    log_end_offset: int = UNKNOWN_OFFSET
    last_caught_up_time_ms: int = 0
    last_fetch_time_ms: int = 0
    last_fetch_leader_log_end_offset: int = UNKNOWN_OFFSET
    broker_epoch: int | None = None  # from its last fetch (KIP-903); None: none yet
    log_start_offset: int = UNKNOWN_OFFSET  # from its last fetch, for the low watermark

    def after_fetch(self, request: FetchRequest, now_ms: int,
                    leader_log_end_offset: int) -> FollowerProgress:
        """`updateFetchStateOrThrow`: caught up now if it reached the leader's end; caught up at
        the previous fetch if it reached what the leader's end was then."""
        fetch_offset = request.fetch_offset
        if fetch_offset >= leader_log_end_offset:
            caught_up_ms = max(self.last_caught_up_time_ms, now_ms)
        elif fetch_offset >= self.last_fetch_leader_log_end_offset:
            caught_up_ms = max(self.last_caught_up_time_ms, self.last_fetch_time_ms)
        else:
            caught_up_ms = self.last_caught_up_time_ms
        return FollowerProgress(fetch_offset, caught_up_ms, now_ms,
                                max(leader_log_end_offset, self.last_fetch_leader_log_end_offset),
                                request.replica_epoch, request.log_start_offset)

    def is_caught_up(self, leader_log_end_offset: int, now_ms: int, max_lag_ms: int) -> bool:
        return (self.log_end_offset == leader_log_end_offset
                or now_ms - self.last_caught_up_time_ms <= max_lag_ms)


class LeaderRole:
    """Leader state for one partition on one broker, from becoming leader at an epoch."""

    def __init__(self, broker_id: int, log: ReplicationLog, view: MetadataView, now_ms: int,
                 settings: ReplicationSettings, mutants: ReplicationMutants,
                 previous: LeaderRole | None) -> None:
        partition = view.partition
        assert partition.leader == broker_id, (partition, broker_id)
        self.broker_id = broker_id
        self.log = log
        self.partition = partition
        self.ineligible_brokers = view.ineligible_brokers
        self.alive_broker_epochs = view.alive_broker_epochs
        self.settings = settings
        self.mutants = mutants
        self.pending: AlterPartitionRequest | None = None
        self.epoch_start_offset = log.log_end_offset
        log.assign_epoch_start(partition.leader_epoch)
        self.followers = self._reset_followers(now_ms, previous)
        check("LeaderInIsr", leader_in_isr(broker_id, partition.isr), partition=partition)

    def _reset_followers(self, now_ms: int,
                         previous: LeaderRole | None) -> dict[int, FollowerProgress]:
        """`resetReplicaState`: a new leader forgets offsets; a re-elected one keeps them."""
        followers: dict[int, FollowerProgress] = {}
        for replica_id in self.partition.replicas:
            if replica_id == self.broker_id:
                continue
            in_sync = replica_id in self.partition.isr
            caught_up_ms = now_ms if in_sync else 0
            kept = previous.followers.get(replica_id) if previous is not None else None
            if kept is None:
                followers[replica_id] = FollowerProgress(last_caught_up_time_ms=caught_up_ms)
            else:
                followers[replica_id] = replace(
                    kept, last_caught_up_time_ms=caught_up_ms,
                    last_fetch_time_ms=now_ms if in_sync else 0,
                    last_fetch_leader_log_end_offset=self.epoch_start_offset)
        return followers

    @property
    def leader_epoch(self) -> int:
        return self.partition.leader_epoch

    def maximal_isr(self) -> frozenset[int]:
        """The ISR the high watermark must respect: with a change in flight, the larger one."""
        if self.pending is None:
            return self.partition.isr
        return self.partition.isr | self.pending.new_isr

    def update_metadata(self, view: MetadataView) -> None:
        """Same leader epoch, newer partition epoch (an ISR change by the controller)."""
        assert view.partition.leader_epoch == self.leader_epoch
        if view.partition.partition_epoch >= self.partition.partition_epoch:
            self.partition = view.partition
            self.pending = None
            self._follow_replica_set()
        self.learn_brokers(view)

    def learn_brokers(self, view: MetadataView) -> None:
        """Who is fenced or shutting down, and the brokers' epochs, as the metadata says now."""
        self.ineligible_brokers = view.ineligible_brokers
        self.alive_broker_epochs = view.alive_broker_epochs

    def is_isr_eligible(self, replica_id: int) -> bool:
        """`isReplicaIsrEligible`: not fenced, not shutting down, and (KIP-903) its last fetch
        carried the broker epoch the metadata has for it, or none (-1): a fetch from an older
        incarnation of the broker must not bring it into the ISR."""
        if replica_id in self.ineligible_brokers:
            return False
        if self.alive_broker_epochs is None:
            return True
        stored = self.followers[replica_id].broker_epoch
        cached = self.alive_broker_epochs.get(replica_id)
        return stored is not None and cached is not None and stored in (-1, cached)

    def _follow_replica_set(self) -> None:
        """A reassignment changed the replicas at this epoch (`updateAssignmentAndIsr`): a new
        replica starts with no progress, a removed one is forgotten."""
        replicas = set(self.partition.replicas) - {self.broker_id}
        for replica_id in replicas - set(self.followers):
            self.followers[replica_id] = FollowerProgress()
        for replica_id in set(self.followers) - replicas:
            del self.followers[replica_id]

    # --- produce ----------------------------------------------------------------------------

    def has_enough_replicas(self, min_insync_replicas: int | None = None) -> bool:
        """`appendRecordsToLeader`'s check for acks=all: the ISR is at least min.insync.replicas
        (the topic's value when given, else the settings')."""
        required = (self.settings.min_insync_replicas if min_insync_replicas is None
                    else min_insync_replicas)
        return len(self.partition.isr) >= required

    def append(self, record_ids: tuple[int, ...], *, acks_all: bool) -> ErrorCode | int:
        """Append to the model's log as leader; the base offset, or NOT_ENOUGH_REPLICAS before
        writing anything (a broker appends batches itself, after the same check)."""
        if acks_all and not self.has_enough_replicas():
            return ErrorCode.NOT_ENOUGH_REPLICAS
        assert isinstance(self.log, ReplicaLog), self.log
        base_offset = self.log.log_end_offset
        self.log.append([Record(self.leader_epoch, record_id) for record_id in record_ids])
        return base_offset

    def replicas_reached(self, required_offset: int,
                         min_insync_replicas: int | None = None) -> tuple[bool, ErrorCode]:
        """`checkEnoughReplicasReachOffset` for acks=all: done once the high watermark passed."""
        if self.log.high_watermark < required_offset:
            return False, ErrorCode.NONE
        if not self.has_enough_replicas(min_insync_replicas):
            return True, ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND
        return True, ErrorCode.NONE

    # --- follower fetches -------------------------------------------------------------------

    def diverging_epoch(self, request: FetchRequest) -> EpochEndOffset | ErrorCode | None:
        """`readRecords`' check of the last fetched epoch (KIP-595 style, Fetch v12+)."""
        found = self.log.end_offset_for_epoch(request.last_fetched_epoch)
        if found is None:
            return ErrorCode.OFFSET_OUT_OF_RANGE
        if found.epoch < request.last_fetched_epoch or found.end_offset < request.fetch_offset:
            return found
        return None

    def fetch(self, request: FetchRequest, now_ms: int) -> tuple[FetchResponse,
                                                                 AlterPartitionRequest | None]:
        """Answer a follower whose epoch matched; the ISR expansion it earned, if any."""
        refused = self.check_fetch(request)
        if refused is not None:
            return refused, None
        assert isinstance(self.log, ReplicaLog), self.log
        log_end_offset = self.log.log_end_offset
        high_watermark = self.log.high_watermark
        records = self.log.read(request.fetch_offset, FETCH_MAX_RECORDS)
        proposal = self.record_follower_fetch(request, now_ms, log_end_offset)
        return FetchResponse(ErrorCode.NONE, records, high_watermark, log_end_offset), proposal

    def check_fetch(self, request: FetchRequest) -> FetchResponse | None:
        """The answer for a follower fetch that reads nothing (not a replica, a diverging log,
        an offset past the end); None when records are to be read from `fetch_offset`."""
        if request.replica_id not in self.followers:
            return FetchResponse(ErrorCode.NOT_LEADER_OR_FOLLOWER)
        log_end_offset = self.log.log_end_offset
        if request.last_fetched_epoch >= 0:
            diverging = self.diverging_epoch(request)
            if isinstance(diverging, ErrorCode):
                return FetchResponse(diverging, log_end_offset=log_end_offset)
            if diverging is not None:
                return FetchResponse(ErrorCode.NONE, (), self.log.high_watermark,
                                     log_end_offset, diverging)
        if request.fetch_offset > log_end_offset:
            return FetchResponse(ErrorCode.OFFSET_OUT_OF_RANGE, log_end_offset=log_end_offset)
        return None

    def record_follower_fetch(self, request: FetchRequest, now_ms: int,
                              log_end_offset: int) -> AlterPartitionRequest | None:
        """`updateFollowerFetchState`: progress, then maybe ISR expansion, then maybe the HW."""
        before = self.followers[request.replica_id]
        after = before.after_fetch(request, now_ms, log_end_offset)
        self.followers[request.replica_id] = after
        proposal = self.maybe_expand_isr(request.replica_id)
        if after.log_end_offset != before.log_end_offset:
            self.maybe_increment_high_watermark(now_ms)
        return proposal

    def low_watermark(self, leader_log_start_offset: int) -> int:
        """`lowWatermarkIfLeader`: the smallest log start offset of this replica and the
        followers on live brokers (what DeleteRecords waits for); -1 for one that has not said."""
        low = leader_log_start_offset
        for replica_id, progress in self.followers.items():
            is_alive = (self.alive_broker_epochs is None
                        or replica_id in self.alive_broker_epochs)
            if is_alive and progress.log_start_offset < low:
                low = progress.log_start_offset
        return low

    # --- high watermark ---------------------------------------------------------------------

    def maybe_increment_high_watermark(self, now_ms: int) -> bool:
        """`maybeIncrementLeaderHW`: the smallest log end the leader must wait for."""
        leader_end = self.log.log_end_offset
        candidate = leader_end
        maximal_isr = self.maximal_isr()
        for replica_id, progress in self.followers.items():
            waits_to_join = (progress.is_caught_up(leader_end, now_ms,
                                                   self.settings.replica_lag_time_max_ms)
                             and self.is_isr_eligible(replica_id))
            if progress.log_end_offset < candidate and (replica_id in maximal_isr
                                                        or waits_to_join):
                candidate = progress.log_end_offset
        before = self.log.high_watermark
        if candidate <= before:
            return False
        self.log.update_high_watermark(candidate)
        check("HighWatermarkMonotonic",
              high_watermark_monotonic(before, self.log.high_watermark),
              before=before, after=self.log.high_watermark)
        return True

    # --- ISR changes --------------------------------------------------------------------------

    def is_follower_in_sync(self, replica_id: int) -> bool:
        end = self.followers[replica_id].log_end_offset
        return end >= self.log.high_watermark and end >= self.epoch_start_offset

    def maybe_expand_isr(self, replica_id: int) -> AlterPartitionRequest | None:
        if (self.pending is not None or replica_id in self.partition.isr
                or not self.is_isr_eligible(replica_id)
                or not self.is_follower_in_sync(replica_id)):
            return None
        return self._propose(self.partition.isr | {replica_id})

    def out_of_sync_replicas(self, now_ms: int) -> frozenset[int]:
        """ISR followers not caught up within replica.lag.time.max.ms (`getOutOfSyncReplicas`)."""
        if self.pending is not None:
            return frozenset()
        leader_end = self.log.log_end_offset
        max_lag_ms = self.settings.replica_lag_time_max_ms
        return frozenset(
            replica_id for replica_id in self.partition.isr - {self.broker_id}
            if not self.followers[replica_id].is_caught_up(leader_end, now_ms, max_lag_ms))

    def maybe_shrink_isr(self, now_ms: int) -> AlterPartitionRequest | None:
        """The periodic ISR check; the HW is settled on the old ISR before proposing."""
        out_of_sync = self.out_of_sync_replicas(now_ms)
        if not out_of_sync:
            return None
        self.maybe_increment_high_watermark(now_ms)
        return self._propose(self.partition.isr - out_of_sync)

    def _propose(self, new_isr: frozenset[int]) -> AlterPartitionRequest:
        assert self.pending is None
        self.pending = AlterPartitionRequest(self.broker_id, self.leader_epoch,
                                             self.partition.partition_epoch, new_isr,
                                             self.partition.leader_recovery_state)
        return self.pending

    def alter_partition_answered(self, request: AlterPartitionRequest,
                                 response: AlterPartitionResponse, now_ms: int) -> None:
        """`handleAlterPartitionUpdate`/`handleAlterPartitionError`."""
        if request is not self.pending:
            return
        if response.error in (ErrorCode.OPERATION_NOT_ATTEMPTED, ErrorCode.INELIGIBLE_REPLICA):
            self.pending = None  # the controller says it was not applied: back to committed
            return
        if response.error != ErrorCode.NONE or response.partition is None:
            return  # stay in flight until the metadata log brings the partition's new state
        if response.partition.partition_epoch < self.partition.partition_epoch:
            return
        self.partition = response.partition
        self.pending = None
        check("LeaderInIsr", leader_in_isr(self.broker_id, self.partition.isr),
              partition=self.partition)
        self.maybe_increment_high_watermark(now_ms)

