"""One broker's replica of a partition: its log, what it believes, and its role.

The broker learns the partition's state from the metadata log (`apply_metadata`, Kafka's
`ReplicaManager.applyDelta` -> `Partition.makeLeader`/`makeFollower`), answers the replication
requests other brokers send it (Fetch from followers, OffsetForLeaderEpoch) after the KIP-320
check of the current leader epoch, and turns time into ISR shrinks (`tick`). A crash loses what
was not flushed and everything in memory; a restart waits for the metadata log again.
"""

from __future__ import annotations

from reference.core.mutants import ReplicationMutants
from reference.core.replication.follower import FollowerRole
from reference.core.replication.leader import LeaderRole
from reference.core.replication.replica_log import ReplicaLog, ReplicationLog
from reference.core.replication.values import (
    NO_EPOCH,
    NO_LEADER,
    AlterPartitionRequest,
    AlterPartitionResponse,
    EpochEndOffset,
    FetchRequest,
    FetchResponse,
    MetadataView,
    OffsetForLeaderEpochRequest,
    OffsetForLeaderEpochResponse,
    ReplicationSettings,
)
from spec.errors import ErrorCode
from spec.invariants import check, leader_epoch_monotonic

Role = LeaderRole | FollowerRole | None


class Replica:
    """A broker's copy of one partition and the role it plays for it."""

    def __init__(self, broker_id: int, log: ReplicationLog, *,
                 settings: ReplicationSettings | None = None,
                 mutants: ReplicationMutants | None = None,
                 uses_diverging_epoch: bool = True) -> None:
        self.broker_id = broker_id
        self.log = log
        self.settings = settings or ReplicationSettings()
        self.mutants = mutants or ReplicationMutants()
        self.uses_diverging_epoch = uses_diverging_epoch
        self.view: MetadataView | None = None
        self.leader_epoch = NO_EPOCH
        self.role: Role = None
        self.is_alive = True
        # Counts the times this replica became leader (not an epoch bump while leading): an
        # acks=all append waits only while the leadership it was appended under lasts.
        self.leadership_terms = 0

    @property
    def model_log(self) -> ReplicaLog:
        """The log as the models hold it: (epoch, id) records (a broker's replica has batches)."""
        assert isinstance(self.log, ReplicaLog), self.log
        return self.log

    @property
    def leader(self) -> LeaderRole | None:
        return self.role if isinstance(self.role, LeaderRole) else None

    @property
    def follower(self) -> FollowerRole | None:
        return self.role if isinstance(self.role, FollowerRole) else None

    # --- metadata ---------------------------------------------------------------------------

    def apply_metadata(self, view: MetadataView, now_ms: int) -> None:
        """Take the partition state the metadata log now holds; older epochs are ignored."""
        assert self.is_alive
        partition = view.partition
        if partition.leader_epoch < self.leader_epoch:
            return
        check("LeaderEpochMonotonic", leader_epoch_monotonic(self.leader_epoch,
                                                             partition.leader_epoch),
              broker=self.broker_id, before=self.leader_epoch, after=partition.leader_epoch)
        is_new_epoch = partition.leader_epoch > self.leader_epoch or self.role is None
        self.view, self.leader_epoch = view, partition.leader_epoch
        if partition.leader == self.broker_id:
            self._lead(view, now_ms, is_new_epoch)
        elif self.broker_id in partition.replicas and partition.leader != NO_LEADER:
            self._follow(partition.leader, is_new_epoch)
        else:
            self.role = None  # no leader to fetch from (or no longer a replica)

    def _lead(self, view: MetadataView, now_ms: int, is_new_epoch: bool) -> None:
        current = self.leader
        if current is None:
            self.leadership_terms += 1
        if current is not None and not is_new_epoch:
            current.update_metadata(view)
        else:
            self.role = LeaderRole(self.broker_id, self.log, view, now_ms, self.settings,
                                   self.mutants, previous=current)
        assert self.leader is not None
        self.leader.maybe_increment_high_watermark(now_ms)

    def _follow(self, leader_id: int, is_new_epoch: bool) -> None:
        current = self.follower
        if current is not None and not is_new_epoch and current.leader_id == leader_id:
            return
        self.role = FollowerRole(self.broker_id, self.log, leader_id, self.leader_epoch,
                                 uses_diverging_epoch=self.uses_diverging_epoch,
                                 mutants=self.mutants, previous=current)

    # --- requests from other brokers --------------------------------------------------------

    def _epoch_error(self, current_leader_epoch: int) -> ErrorCode:
        """`checkCurrentLeaderEpoch` (KIP-320): an older epoch is fenced, a newer one unknown."""
        if current_leader_epoch == NO_EPOCH or self.mutants.kip_279_without_fencing:
            return ErrorCode.NONE
        if self.leader_epoch > current_leader_epoch:
            return ErrorCode.FENCED_LEADER_EPOCH
        if self.leader_epoch < current_leader_epoch:
            return ErrorCode.UNKNOWN_LEADER_EPOCH
        return ErrorCode.NONE

    def handle_fetch(self, request: FetchRequest,
                     now_ms: int) -> tuple[FetchResponse, AlterPartitionRequest | None]:
        """A follower's fetch: records, the high watermark, or where its log diverges."""
        refused = self.refuse_fetch(request, now_ms)
        if refused is not None:
            return refused
        assert self.leader is not None
        return self.leader.fetch(request, now_ms)

    def refuse_fetch(self, request: FetchRequest, now_ms: int
                     ) -> tuple[FetchResponse, AlterPartitionRequest | None] | None:
        """The answer to a follower's fetch that is refused before any read (KIP-320's epoch
        check, not the leader); None when the leader reads for it."""
        assert self.is_alive
        error = self._epoch_error(request.current_leader_epoch)
        leader = self.leader
        if (error == ErrorCode.FENCED_LEADER_EPOCH and leader is not None
                and self.mutants.hw_from_stale_epoch_follower
                and request.replica_id in leader.followers):
            # The first KIP-320 design: the fenced fetch still counted as the follower's progress.
            proposal = leader.record_follower_fetch(request, now_ms, self.log.log_end_offset)
            return FetchResponse(error), proposal
        if error != ErrorCode.NONE:
            return FetchResponse(error), None
        if leader is None:
            return FetchResponse(ErrorCode.NOT_LEADER_OR_FOLLOWER), None
        return None

    def handle_offset_for_leader_epoch(
            self, request: OffsetForLeaderEpochRequest) -> OffsetForLeaderEpochResponse:
        """`lastOffsetForLeaderEpoch` with fetchOnlyFromLeader: where `leader_epoch` ends here."""
        assert self.is_alive
        error = self._epoch_error(request.current_leader_epoch)
        if error != ErrorCode.NONE:
            return OffsetForLeaderEpochResponse(error)
        if self.leader is None:
            return OffsetForLeaderEpochResponse(ErrorCode.NOT_LEADER_OR_FOLLOWER)
        found = self.log.end_offset_for_epoch(request.leader_epoch)
        if found is None:
            return OffsetForLeaderEpochResponse(ErrorCode.NONE)
        return OffsetForLeaderEpochResponse(ErrorCode.NONE, EpochEndOffset(found.epoch,
                                                                           found.end_offset))

    def alter_partition_answered(self, request: AlterPartitionRequest,
                                 response: AlterPartitionResponse, now_ms: int) -> None:
        if self.is_alive and self.leader is not None:
            self.leader.alter_partition_answered(request, response, now_ms)

    # --- time and faults ----------------------------------------------------------------------

    def tick(self, now_ms: int) -> AlterPartitionRequest | None:
        """The periodic ISR check (ReplicaManager runs it every replica.lag.time.max.ms / 2)."""
        if not self.is_alive or self.leader is None:
            return None
        return self.leader.maybe_shrink_isr(now_ms)

    def crash(self) -> int:
        """Stop (the model's crash; a broker's replicas die with its process): unflushed records
        are lost, and so is every in-memory role; the count lost."""
        assert self.is_alive and isinstance(self.log, ReplicaLog), self.log
        self.is_alive = False
        self.role = None
        self.view = None
        return self.log.crash()

    def restart(self) -> None:
        """Come back with the durable log; roles return with the next metadata update."""
        assert not self.is_alive
        self.is_alive = True
