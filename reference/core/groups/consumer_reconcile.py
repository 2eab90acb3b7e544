"""Incremental reconciliation of one member towards its target assignment (KIP-848).

Kafka 4.x `modern/consumer/CurrentAssignmentBuilder.java`, as a pure function:
  STABLE                 at the target epoch: nothing to do; behind it: compute the next step.
  UNREVOKED_PARTITIONS   wait until the member's heartbeat no longer lists any partition
                         pending revocation (an absent list counts as still owning them),
                         then compute the next step.
  UNRELEASED_PARTITIONS  compute the next step: partitions freed since are handed over.
  UNKNOWN                a state from a newer version: fence unless the member owns nothing.
The next step keeps `assigned & target`; what leaves the assignment must be revoked first
(the member stays at its epoch, UNREVOKED_PARTITIONS); only then does it move to the target
epoch and get the target partitions that no other member still owns (revoke before assign:
a partition someone else still holds, assigned or pending revocation, stays back and the
member waits in UNRELEASED_PARTITIONS).
Divergences: none known. Later Kafka releases also strip topics the member no longer
subscribes to before the target catches up; Kafka 4.0 (and we) wait for the target.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable

from reference.core.groups.consumer_member import ConsumerMember, MemberState, PartitionsById

PartitionEpoch = Callable[[uuid.UUID, int], int]
"""(topic id, partition) -> the epoch of its current owner, or -1 when nobody owns it."""


class FencedMemberEpoch(Exception):
    """The member is in a state this version cannot reconcile and must rejoin."""


def reconcile(member: ConsumerMember, target_epoch: int, target: PartitionsById,
              partition_epoch: PartitionEpoch, owned: PartitionsById | None) -> ConsumerMember:
    """The member's next state towards (target_epoch, target); `owned` is what its heartbeat
    reported (None when the heartbeat left the field out)."""
    if member.state is MemberState.STABLE:
        if member.member_epoch == target_epoch:
            return member
        return _next_assignment(member, member.member_epoch, target_epoch, target,
                                partition_epoch, owned)
    if member.state is MemberState.UNREVOKED_PARTITIONS:
        if _owns_any(owned, member.partitions_pending_revocation):
            return member
        return _next_assignment(member, member.member_epoch, target_epoch, target,
                                partition_epoch, owned)
    if member.state is MemberState.UNRELEASED_PARTITIONS:
        return _next_assignment(member, member.member_epoch, target_epoch, target,
                                partition_epoch, owned)
    if owned is None or any(owned.values()):
        raise FencedMemberEpoch(member.member_id)
    return _next_assignment(member, target_epoch, target_epoch, target, partition_epoch, owned)


def _owns_any(owned: PartitionsById | None, pending: PartitionsById) -> bool:
    if owned is None:
        return True
    return any(owned.get(topic_id, frozenset()) & partitions
               for topic_id, partitions in pending.items())


def _next_assignment(member: ConsumerMember, member_epoch: int, target_epoch: int,
                     target: PartitionsById, partition_epoch: PartitionEpoch,
                     owned: PartitionsById | None) -> ConsumerMember:
    kept: dict[uuid.UUID, frozenset[int]] = {}
    revoking: dict[uuid.UUID, frozenset[int]] = {}
    adding: dict[uuid.UUID, frozenset[int]] = {}
    has_unreleased = False
    for topic_id in set(target) | set(member.assigned_partitions):
        wanted = target.get(topic_id, frozenset())
        current = member.assigned_partitions.get(topic_id, frozenset())
        still_pending = member.partitions_pending_revocation.get(topic_id, frozenset())
        keep = current & wanted
        free = {partition for partition in wanted - keep
                # Its own pending revocation is no obstacle: only one member owns a partition.
                if partition_epoch(topic_id, partition) == -1 or partition in still_pending}
        has_unreleased = has_unreleased or len(free) < len(wanted - keep)
        for bucket, partitions in ((kept, keep), (revoking, current - keep), (adding, free)):
            if partitions:
                bucket[topic_id] = frozenset(partitions)
    if revoking and _owns_any(owned, revoking):
        return _moved(member, member_epoch, MemberState.UNREVOKED_PARTITIONS, kept, revoking)
    for topic_id, partitions in adding.items():
        kept[topic_id] = kept.get(topic_id, frozenset()) | partitions
    state = MemberState.UNRELEASED_PARTITIONS if has_unreleased else MemberState.STABLE
    return _moved(member, target_epoch, state, kept, {})


def _moved(member: ConsumerMember, epoch: int, state: MemberState, assigned: PartitionsById,
           pending: PartitionsById) -> ConsumerMember:
    """Kafka's Builder.updateMemberEpoch: the previous epoch becomes the one the member had."""
    return dataclasses.replace(member, member_epoch=epoch,
                               previous_member_epoch=member.member_epoch, state=state,
                               assigned_partitions=dict(assigned),
                               partitions_pending_revocation=dict(pending))
