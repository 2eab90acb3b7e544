"""The controller's rule for changing a partition: Kafka's `PartitionChangeBuilder`, reduced.

Given a target ISR and the kind of election, it elects a leader when the current one is no
longer valid (not in the target ISR, or not acceptable: fenced or shutting down), or when a
preferred election asks for the first replica; a valid leader is an acceptable member of the
target ISR, taken in replica order. An unclean election (only when asked for: the topic's
unclean.leader.election.enable or an UNCLEAN ElectLeaders) takes the first acceptable replica,
sets the ISR to it alone and the leader recovery state to RECOVERING. Without eligible leader
replicas (KIP-966, off here) the ISR never becomes empty: its last member stays. The leader
epoch grows when the leader changes or a replica leaves the replica set; the partition epoch
grows on every change.
Reassignment (KIP-455, `PartitionReassignmentReplicas`): a target replica list becomes
`replicas` = target + removing, with `adding`/`removing` recorded; a change completes it once
the ISR without the removing replicas is non-empty and holds every target replica; then the
removing replicas leave the replicas and the ISR (and the leader moves off them).
Divergences: no ELR, no directories, no leader epoch bump on ISR shrink (as metadata versions
3.6 and later).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum

from reference.core.replication.values import NO_LEADER, LeaderRecoveryState, PartitionState


class Election(Enum):
    ONLINE = "online"  # only from the ISR
    PREFERRED = "preferred"  # also move to the first replica when it is valid
    UNCLEAN = "unclean"  # from the ISR, else from any acceptable replica


@dataclass(frozen=True, slots=True)
class ReassignmentPlan:
    """Where a target replica list leads from the current one (`PartitionReassignmentReplicas`):
    `replicas` is the target followed by the removed replicas, in broker id order."""

    replicas: tuple[int, ...]
    adding: tuple[int, ...]
    removing: tuple[int, ...]


def plan_reassignment(current: tuple[int, ...], target: tuple[int, ...]) -> ReassignmentPlan:
    removing = tuple(sorted(set(current) - set(target)))
    adding = tuple(sorted(set(target) - set(current)))
    return ReassignmentPlan((*target, *removing), adding, removing)


def revert_reassignment(partition: PartitionState) -> tuple[tuple[int, ...], frozenset[int],
                                                             bool]:
    """(replicas, ISR, is_unclean) after cancelling (`PartitionReassignmentRevert`): the adding
    replicas go; when they were the whole ISR, the first original replica becomes the ISR,
    which is an unclean election."""
    replicas = tuple(r for r in partition.replicas if r not in partition.adding_replicas)
    isr = partition.isr - set(partition.adding_replicas)
    assert replicas, partition  # a partition never started with no replicas
    if not isr:
        return replicas, frozenset({replicas[0]}), True
    return replicas, isr, False


def _complete(replicas: tuple[int, ...], adding: tuple[int, ...], removing: tuple[int, ...],
              isr: frozenset[int]) -> tuple[tuple[int, ...], frozenset[int]] | None:
    """(replicas, ISR) once the reassignment can finish (`maybeCompleteReassignment`)."""
    if not adding and not removing:
        return None
    new_isr = isr - set(removing)
    new_replicas = tuple(r for r in replicas if r not in removing)
    if not new_isr or not new_replicas or not set(new_replicas) <= new_isr:
        return None
    return new_replicas, new_isr


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
                     replicas: tuple[int, ...] | None = None,
                     adding: tuple[int, ...] | None = None,
                     removing: tuple[int, ...] | None = None) -> PartitionState | None:
    """The partition after the change, or None when nothing changes (no record written).
    `adding`/`removing` None keep the partition's own (as the builder's defaults)."""
    target = replace(partition, replicas=partition.replicas if replicas is None else replicas,
                     adding_replicas=partition.adding_replicas if adding is None else adding,
                     removing_replicas=(partition.removing_replicas if removing is None
                                        else removing))
    completed = _complete(target.replicas, target.adding_replicas, target.removing_replicas,
                          target_isr)
    if completed is not None:
        target_isr = completed[1]
        target = replace(target, replicas=completed[0], adding_replicas=(),
                         removing_replicas=())
    leader, isr = target.leader, target.isr
    recovery = target_recovery_state or target.leader_recovery_state
    is_unclean = False
    if _should_elect(target, target_isr, election, is_acceptable):
        leader, is_unclean = _elect(target, target_isr, election, is_acceptable)
    if is_unclean:
        isr, recovery = frozenset({leader}), LeaderRecoveryState.RECOVERING
    elif target_isr:  # an empty ISR is only allowed with ELR: the last member stays
        isr = target_isr
    after = replace(target, leader=leader, isr=isr, leader_recovery_state=recovery)
    if after == partition:
        return None
    # A replica leaving the replica set must not keep fetching at the same epoch.
    shrinks = not set(partition.replicas) <= set(after.replicas)
    leader_epoch = partition.leader_epoch + (1 if leader != partition.leader or shrinks else 0)
    return replace(after, leader_epoch=leader_epoch,
                   partition_epoch=partition.partition_epoch + 1)
