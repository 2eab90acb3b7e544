"""Where a follower cuts its log, given the leader's (epoch, end offset) for its last epoch.

Kafka's `AbstractFetcherThread.getOffsetTruncationState`, shared by the OffsetForLeaderEpoch
path (KIP-101/279) and the diverging epoch of a fetch response (KIP-320/595):
- the leader could not place the epoch (UNDEFINED end offset): cut to the fetch offset the
  follower started from (its high watermark or log end);
- the leader answered an epoch the follower also has: cut to the smaller end offset of the two
  (and never past the follower's log end); done;
- the leader answered an older epoch the follower does not have at that end (KIP-279's tail
  match): cut to where that epoch ends locally and ask again with the new latest epoch;
- the follower knows no epoch that old: cut to the leader's end offset; done.
"""

from __future__ import annotations

from dataclasses import dataclass

from reference.core.log.leader_epoch import UNDEFINED_EPOCH_OFFSET
from reference.core.mutants import ReplicationMutants
from reference.core.replication.replica_log import ReplicationLog
from reference.core.replication.values import EpochEndOffset


@dataclass(frozen=True, slots=True)
class OffsetTruncationState:
    """Cut the log at `offset`; `is_complete` is False when another epoch lookup must follow."""

    offset: int
    is_complete: bool


def offset_truncation_state(log: ReplicationLog, leader_end: EpochEndOffset, fetch_offset: int,
                            mutants: ReplicationMutants) -> OffsetTruncationState:
    """The truncation point for `log` from the leader's answer `leader_end`."""
    log_end_offset = log.log_end_offset
    if leader_end.end_offset == UNDEFINED_EPOCH_OFFSET:
        return OffsetTruncationState(min(fetch_offset, log_end_offset), is_complete=True)
    if mutants.kip_101_epoch_lookup_without_tail_match:
        # Before KIP-279 the follower trusted the leader's end offset alone.
        return OffsetTruncationState(min(leader_end.end_offset, log_end_offset), is_complete=True)
    local = log.end_offset_for_epoch(leader_end.epoch)
    if local is None:
        return OffsetTruncationState(min(leader_end.end_offset, log_end_offset), is_complete=True)
    if local.epoch != leader_end.epoch:
        return OffsetTruncationState(min(local.end_offset, log_end_offset), is_complete=False)
    offset = min(local.end_offset, leader_end.end_offset, log_end_offset)
    return OffsetTruncationState(offset, is_complete=True)
