"""The replication invariants over the model's state, as z3 terms.

They mirror the named invariants of DESIGN.md and their predicates in spec/invariants.py
(`leader_in_isr`, `strong_isr`, `log_matching`, `high_watermark_monotonic`,
`leader_epoch_monotonic`, `no_committed_record_lost`): the same names and meaning, stated
over the model's variables. Three are properties
of a state; two compare a state with the next one (a step), and LeaderEpochMonotonic also asks
that epochs never decrease along a log, which is what makes a leader-epoch cache meaningful.
"""

from __future__ import annotations

from collections.abc import Callable

from models.proofs.replication_state import REPLICAS, ClusterState, believes_leader
from models.z3_typed import Term, all_of, any_of, implies

StateInvariant = Callable[[ClusterState], Term]
StepInvariant = Callable[[ClusterState, ClusterState], Term]


def leader_in_isr(state: ClusterState) -> Term:
    """LeaderInIsr: the controller's leader is a member of its ISR."""
    return any_of(*[all_of(state.leader.eq(r), state.isr[r]) for r in REPLICAS])


def _same_record(left: ClusterState, right: ClusterState, left_replica: int,
                 right_replica: int, offset: int) -> Term:
    mine = left.replicas[left_replica].entries[offset]
    return all_of(mine >= 0, mine.eq(right.replicas[right_replica].entries[offset]))


def strong_isr(state: ClusterState) -> Term:
    """StrongIsr / LeaderCompleteness: every ISR member holds the leader's records below its HW."""
    claims = []
    for leader in REPLICAS:
        high_watermark = state.replicas[leader].high_watermark
        for member in REPLICAS:
            for offset in range(len(state.acked)):
                below = all_of(state.leader.eq(leader), state.isr[member],
                               high_watermark > offset)
                claims.append(implies(below, _same_record(state, state, member, leader, offset)))
    return all_of(*claims)


def log_matching(state: ClusterState) -> Term:
    """LogMatching: two replicas agree below the smaller of their high watermarks."""
    claims = []
    for first in REPLICAS:
        for second in REPLICAS[first + 1:]:
            for offset in range(len(state.acked)):
                below = all_of(state.replicas[first].high_watermark > offset,
                               state.replicas[second].high_watermark > offset)
                claims.append(implies(below, _same_record(state, state, first, second, offset)))
    return all_of(*claims)


def no_committed_record_lost(state: ClusterState) -> Term:
    """NoCommittedRecordLost: every record acked with acks=all is still at its offset on every
    member of the controller's ISR, so any clean election keeps it."""
    claims = []
    for member in REPLICAS:
        entries = state.replicas[member].entries
        for offset, acked in enumerate(state.acked):
            kept = all_of(entries[offset] >= 0, entries[offset].eq(acked))
            claims.append(implies(all_of(state.isr[member], state.acked_length > offset), kept))
    return all_of(*claims)


def high_watermark_monotonic(before: ClusterState, after: ClusterState) -> Term:
    """HighWatermarkMonotonic: a leader's HW never goes back while it leads the same epoch."""
    claims = []
    for r in REPLICAS:
        was, now = before.replicas[r], after.replicas[r]
        same_term = all_of(believes_leader(before, r), believes_leader(after, r),
                           was.epoch.eq(now.epoch))
        claims.append(implies(same_term, now.high_watermark >= was.high_watermark))
    return all_of(*claims)


def leader_epoch_monotonic(before: ClusterState, after: ClusterState) -> Term:
    """LeaderEpochMonotonic: epochs never go back, at the controller, a replica, or along a log."""
    claims = [after.epoch >= before.epoch]
    for r in REPLICAS:
        claims.append(after.replicas[r].epoch >= before.replicas[r].epoch)
        entries = after.replicas[r].entries
        for offset in range(1, len(entries)):
            claims.append(implies(entries[offset] >= 0, entries[offset - 1] <= entries[offset]))
    return all_of(*claims)


STATE_INVARIANTS: dict[str, StateInvariant] = {
    "LeaderInIsr": leader_in_isr,
    "StrongIsr": strong_isr,
    "LogMatching": log_matching,
    "NoCommittedRecordLost": no_committed_record_lost,
}
STEP_INVARIANTS: dict[str, StepInvariant] = {
    "HighWatermarkMonotonic": high_watermark_monotonic,
    "LeaderEpochMonotonic": leader_epoch_monotonic,
}
INVARIANT_NAMES = ("LeaderInIsr", "StrongIsr", "LogMatching", "HighWatermarkMonotonic",
                   "LeaderEpochMonotonic", "NoCommittedRecordLost")
