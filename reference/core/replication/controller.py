"""The controller's replication state machine: brokers, partitions, AlterPartition, elections.

Mirrors the parts of Kafka's `ReplicationControlManager` and `ClusterControlManager` that decide
leaders and ISRs:
- brokers register fenced, are unfenced once caught up, fenced when their session expires;
  fencing removes the broker from every ISR (re-electing where it led), unfencing elects it
  where a partition has no leader;
- AlterPartition from a leader is checked in Kafka's order: unknown partition, epochs ahead of
  the controller (NOT_CONTROLLER), an older leader epoch (FENCED_LEADER_EPOCH), not the leader
  (INVALID_REQUEST), an older partition epoch (INVALID_UPDATE_VERSION), an ISR outside the
  replicas or without the leader (INVALID_REQUEST), RECOVERING with more than one member or
  going back to RECOVERING (INVALID_REQUEST), fenced or shutting-down members
  (INELIGIBLE_REPLICA); then the change is applied with `change_partition`;
- ElectLeaders: PREFERRED moves leadership to the first replica when valid; UNCLEAN elects only
  a leaderless partition.
Divergences: no metadata log records (the state is held directly), no broker epochs in
AlterPartition (as a request carrying -1), no controlled shutdown, no reassignment of replica
sets (only their order, which is what a preferred election reads).
"""

from __future__ import annotations

from dataclasses import dataclass

from reference.core.replication.partition_change import Election, change_partition
from reference.core.replication.values import (
    NO_LEADER,
    AlterPartitionRequest,
    AlterPartitionResponse,
    LeaderRecoveryState,
    MetadataView,
    PartitionState,
    ReplicationSettings,
)
from spec.errors import ErrorCode
from spec.invariants import check, leader_epoch_monotonic, leader_in_isr


@dataclass(frozen=True, slots=True)
class BrokerRegistration:
    broker_id: int
    is_fenced: bool = True


class Controller:
    """Partition registrations and broker fencing for a cluster."""

    def __init__(self, settings: ReplicationSettings | None = None) -> None:
        self.settings = settings or ReplicationSettings()
        self.brokers: dict[int, BrokerRegistration] = {}
        self.partitions: dict[str, PartitionState] = {}

    # --- brokers ----------------------------------------------------------------------------

    def register_broker(self, broker_id: int) -> None:
        self.brokers.setdefault(broker_id, BrokerRegistration(broker_id))

    def is_acceptable(self, broker_id: int) -> bool:
        """May lead or join an ISR: registered and not fenced."""
        registration = self.brokers.get(broker_id)
        return registration is not None and not registration.is_fenced

    def ineligible_brokers(self) -> frozenset[int]:
        return frozenset(broker for broker, registration in self.brokers.items()
                         if registration.is_fenced)

    def fence_broker(self, broker_id: int) -> None:
        """Session expired (or the broker shut down uncleanly): out of every ISR."""
        self.brokers[broker_id] = BrokerRegistration(broker_id, is_fenced=True)
        for name, partition in self.partitions.items():
            if broker_id in partition.isr or partition.leader == broker_id:
                self._change(name, partition.isr - {broker_id}, self._election(name))

    def unfence_broker(self, broker_id: int) -> None:
        """Caught up with the metadata log: it may lead partitions that have no leader."""
        self.brokers[broker_id] = BrokerRegistration(broker_id, is_fenced=False)
        for name, partition in self.partitions.items():
            if partition.leader == NO_LEADER:
                self._change(name, partition.isr, self._election(name))

    # --- partitions -------------------------------------------------------------------------

    def create_partition(self, name: str, replicas: tuple[int, ...]) -> PartitionState:
        """A new partition: the ISR is the acceptable replicas, led by the first of them."""
        assert name not in self.partitions and replicas
        isr = frozenset(replica for replica in replicas if self.is_acceptable(replica))
        leader = next((replica for replica in replicas if replica in isr), NO_LEADER)
        partition = PartitionState(replicas, isr or frozenset(replicas), leader, 0, 0)
        self.partitions[name] = partition
        return partition

    def view(self, name: str) -> MetadataView:
        return MetadataView(self.partitions[name], self.ineligible_brokers())

    def _election(self, name: str) -> Election:
        del name  # one unclean setting for every topic here
        return (Election.UNCLEAN if self.settings.unclean_leader_election_enable
                else Election.ONLINE)

    def _change(self, name: str, target_isr: frozenset[int], election: Election, *,
                recovery: LeaderRecoveryState | None = None,
                replicas: tuple[int, ...] | None = None) -> bool:
        before = self.partitions[name]
        after = change_partition(before, target_isr=target_isr, election=election,
                                 is_acceptable=self.is_acceptable,
                                 target_recovery_state=recovery, replicas=replicas)
        if after is None:
            return False
        check("LeaderInIsr", leader_in_isr(after.leader, after.isr), partition=after)
        check("LeaderEpochMonotonic", leader_epoch_monotonic(before.leader_epoch,
                                                             after.leader_epoch),
              before=before, after=after)
        self.partitions[name] = after
        return True

    def alter_partition(self, name: str, request: AlterPartitionRequest) -> AlterPartitionResponse:
        """A leader's ISR proposal, validated as `validateAlterPartitionData`."""
        error = self._validate(name, request)
        if error != ErrorCode.NONE:
            return AlterPartitionResponse(error)
        self._change(name, request.new_isr, self._election(name),
                     recovery=request.leader_recovery_state)
        return AlterPartitionResponse(ErrorCode.NONE, self.partitions[name])

    def _validate(self, name: str, request: AlterPartitionRequest) -> ErrorCode:
        partition = self.partitions.get(name)
        if partition is None:
            return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
        if (request.leader_epoch > partition.leader_epoch
                or request.partition_epoch > partition.partition_epoch):
            return ErrorCode.NOT_CONTROLLER
        if request.leader_epoch < partition.leader_epoch:
            return ErrorCode.FENCED_LEADER_EPOCH
        if request.broker_id != partition.leader:
            return ErrorCode.INVALID_REQUEST
        if request.partition_epoch < partition.partition_epoch:
            return ErrorCode.INVALID_UPDATE_VERSION
        in_replicas = request.new_isr <= set(partition.replicas)
        if not in_replicas or partition.leader not in request.new_isr:
            return ErrorCode.INVALID_REQUEST
        recovering = LeaderRecoveryState.RECOVERING
        if request.leader_recovery_state is recovering and (
                len(request.new_isr) > 1
                or partition.leader_recovery_state is LeaderRecoveryState.RECOVERED):
            return ErrorCode.INVALID_REQUEST
        if any(not self.is_acceptable(broker) for broker in request.new_isr):
            return ErrorCode.INELIGIBLE_REPLICA
        return ErrorCode.NONE

    def reorder_replicas(self, name: str, replicas: tuple[int, ...]) -> None:
        """A reassignment to the same replicas in another order: completes at once."""
        partition = self.partitions[name]
        assert sorted(replicas) == sorted(partition.replicas), (replicas, partition)
        self._change(name, partition.isr, self._election(name), replicas=replicas)

    def elect_leaders(self, name: str, election: Election) -> ErrorCode:
        """ElectLeaders for one partition (PREFERRED or UNCLEAN)."""
        partition = self.partitions.get(name)
        if partition is None:
            return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
        if election is Election.PREFERRED and partition.leader == partition.replicas[0]:
            return ErrorCode.ELECTION_NOT_NEEDED
        if election is Election.UNCLEAN and partition.leader != NO_LEADER:
            return ErrorCode.ELECTION_NOT_NEEDED
        if not self._change(name, partition.isr, election):
            return (ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE if election is Election.PREFERRED
                    else ErrorCode.ELIGIBLE_LEADERS_NOT_AVAILABLE)
        return ErrorCode.NONE

