"""The controller's rule for changing a partition: Kafka's `PartitionChangeBuilder`, reduced.

Given a target ISR and the kind of election, it elects a leader when the current one is no
longer valid (not in the target ISR, or not acceptable: fenced or shutting down), or when a
preferred election asks for the first replica; a valid leader is an acceptable member of the
target ISR, taken in replica order. An unclean election (only when asked for: the topic's
unclean.leader.election.enable or an UNCLEAN ElectLeaders) takes the first acceptable replica,
sets the ISR to it alone and the leader recovery state to RECOVERING. Without eligible leader
replicas (KIP-966, off here) the ISR never becomes empty: its last member stays. The leader
epoch grows when the leader changes; the partition epoch grows on every change.
Divergences: no reassignment in flight, no ELR, no leader epoch bump on ISR shrink (as metadata
versions 3.6 and later).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import Enum

from reference.core.replication.values import NO_LEADER, LeaderRecoveryState, PartitionState


class Election(Enum):
    ONLINE = "online"  # only from the ISR
    PREFERRED = "preferred"  # also move to the first replica when it is valid
    UNCLEAN = "unclean"  # from the ISR, else from any acceptable replica


def _elect(partition: PartitionState, target_isr: frozenset[int], election: Election,
           is_acceptable: Callable[[int], bool]) -> tuple[int, bool]:
    """(leader, is_unclean) as `electPreferredLeader`/`electAnyLeader`."""
    def is_valid(replica: int) -> bool:
        return replica in target_isr and is_acceptable(replica)

    preferred = partition.replicas[0]
    if election is Election.PREFERRED and is_valid(preferred):
        return preferred, False
    if is_valid(partition.leader):
        return partition.leader, False
    for replica in partition.replicas:
        if is_valid(replica):
            return replica, False
    if election is Election.UNCLEAN:
        for replica in partition.replicas:
            if is_acceptable(replica):
                return replica, True
    return NO_LEADER, False


def _should_elect(partition: PartitionState, target_isr: frozenset[int], election: Election,
                  is_acceptable: Callable[[int], bool]) -> bool:
    if partition.leader not in target_isr or not is_acceptable(partition.leader):
        return True
    return election is Election.PREFERRED and partition.leader != partition.replicas[0]


def change_partition(partition: PartitionState, *, target_isr: frozenset[int],
                     election: Election, is_acceptable: Callable[[int], bool],
                     target_recovery_state: LeaderRecoveryState | None = None,
                     replicas: tuple[int, ...] | None = None) -> PartitionState | None:
    """The partition after the change, or None when nothing changes (no record written)."""
    base = partition if replicas is None else replace(partition, replicas=replicas)
    leader, isr = base.leader, base.isr
    recovery = target_recovery_state or base.leader_recovery_state
    is_unclean = False
    if _should_elect(base, target_isr, election, is_acceptable):
        leader, is_unclean = _elect(base, target_isr, election, is_acceptable)
    if is_unclean:
        isr, recovery = frozenset({leader}), LeaderRecoveryState.RECOVERING
    elif target_isr:  # an empty ISR is only allowed with ELR: the last member stays
        isr = target_isr
    if (leader, isr, recovery, base.replicas) == (partition.leader, partition.isr,
                                                  partition.leader_recovery_state,
                                                  partition.replicas):
        return None
    leader_epoch = partition.leader_epoch + (1 if leader != partition.leader else 0)
    return PartitionState(base.replicas, isr, leader, leader_epoch,
                          partition.partition_epoch + 1, recovery)
