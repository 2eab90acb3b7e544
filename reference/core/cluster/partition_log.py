"""A broker partition's log as the replication roles see it (`ReplicationLog`).

The roles (reference/core/replication) decide; this adapter carries their decisions into the
real `Partition`: the leader epoch cache is the log's own, a truncation cuts segments and
rebuilds the producer state (`Partition.truncate_to`), and the high watermark is the
partition's. Records never pass through here: a leader reads batches for its followers and a
follower appends the batches it fetched, both in the partition (`append_as_follower`).
The roles take no clock in these calls; the broker sets `now_ms` before it drives them, so a
truncation stamps new segments with the time of the request that caused it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.log.leader_epoch import UNDEFINED_EPOCH_OFFSET
from reference.core.replication.values import EpochEndOffset

if TYPE_CHECKING:
    from reference.core.partition import Partition


class PartitionReplicaLog:
    """`ReplicationLog` over one `Partition`."""

    def __init__(self, partition: Partition, now_ms: int) -> None:
        self.partition = partition
        self.now_ms = now_ms

    @property
    def log_end_offset(self) -> int:
        return self.partition.log_end_offset

    @property
    def high_watermark(self) -> int:
        return self.partition.high_watermark

    def latest_epoch(self) -> int | None:
        return self.partition.log.leader_epochs.latest_epoch()

    def end_offset_for_epoch(self, epoch: int) -> EpochEndOffset | None:
        found_epoch, end_offset = self.partition.log.leader_epochs.end_offset_for(
            epoch, self.log_end_offset)
        if end_offset == UNDEFINED_EPOCH_OFFSET:
            return None
        return EpochEndOffset(found_epoch, end_offset)

    def assign_epoch_start(self, epoch: int) -> None:
        self.partition.log.leader_epochs.assign(epoch, self.log_end_offset)

    def truncate_to(self, offset: int) -> None:
        self.partition.truncate_to(offset, now_ms=self.now_ms)

    def truncate_fully_and_start_at(self, offset: int) -> None:
        self.partition.truncate_fully_and_start_at(offset, now_ms=self.now_ms)

    def update_high_watermark(self, high_watermark: int) -> None:
        self.partition.set_high_watermark(high_watermark)
