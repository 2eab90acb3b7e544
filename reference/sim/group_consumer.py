"""A simulated consumer that keeps its position in a consumer group's committed offsets.

It is a `Consumer` (one partition, read_uncommitted) that, like a consumer with manual
assignment and `enable.auto.commit=false`, commits its position with OffsetCommit after every
poll that read something (a standalone commit: generation -1, no member id, which Kafka
accepts for a group with no members; FindCoordinator first, as clients do), and now and then
restarts: it forgets its position and resumes from OffsetFetch, recording a seek, so it may
read some records again.

On every resume it checks CommittedOffsetsChangeOnlyByCommit (spec/invariants.py): the offset
the coordinator returns is the last commit it acknowledged, or a later commit whose answer
was lost (which may or may not have been applied). The broker flushes every write
(`log.flush.interval.messages=1`), so a crash must not lose an acknowledged commit either.
"""

from __future__ import annotations

from typing import Any

from reference.sim.clients import TOPIC, Consumer
from reference.sim.history import Message
from spec.generated.errors import ErrorCode
from spec.generated.find_coordinator import FindCoordinatorRequest
from spec.generated.offset_commit import OffsetCommitRequest
from spec.generated.offset_fetch import OffsetFetchRequest
from spec.invariants import OffsetChange, OffsetKey, check, committed_offsets_change_only_by_commit

FIND_COORDINATOR_VERSION = 4
OFFSET_COMMIT_VERSION = 8
OFFSET_FETCH_VERSION = 8
RESTART_PROBABILITY = 0.03


class GroupConsumer(Consumer):
    """A consumer whose position survives its restarts through committed offsets."""

    @property
    def group_id(self) -> str:
        return f"group-{self.partition}"

    @property
    def key(self) -> OffsetKey:
        return (self.group_id, TOPIC, self.partition)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.confirmed_offset: int | None = None
        self.unconfirmed_offsets: list[int] = []  # commits whose answers were lost
        self.restarts = 0

    def start(self) -> None:
        self.later(self.rng.randint(0, 20), "find coordinator", self.find_coordinator)

    def find_coordinator(self) -> None:
        """As clients do before any group request; the first one creates __consumer_offsets
        (answered COORDINATOR_NOT_AVAILABLE meanwhile)."""
        def answered(answer: Any) -> None:
            if answer.coordinators[0].error_code == ErrorCode.NONE:
                self.resume()
            else:
                retry("")

        def retry(reason: str) -> None:
            self.later(self.rng.randint(20, 100), "find coordinator", self.find_coordinator)

        self.request(FindCoordinatorRequest(key_type=0, coordinator_keys=(self.group_id,)),
                     FIND_COORDINATOR_VERSION, answered, retry)

    def after_poll(self) -> None:
        if self.rng.random() < RESTART_PROBABILITY and not self.is_stopping:
            self.restarts += 1
            self.later(self.rng.randint(0, 50), "restart and resume", self.resume)
        elif self.position > (self.confirmed_offset or 0):
            self.commit(self.position)
        else:
            super().after_poll()

    def commit(self, offset: int) -> None:
        request = OffsetCommitRequest(
            group_id=self.group_id, generation_id_or_member_epoch=-1, member_id="",
            topics=(OffsetCommitRequest.OffsetCommitRequestTopic(name=TOPIC, partitions=(
                OffsetCommitRequest.OffsetCommitRequestPartition(
                    partition_index=self.partition, committed_offset=offset),)),))

        def answered(answer: Any) -> None:
            if answer.topics[0].partitions[0].error_code == ErrorCode.NONE:
                self.confirmed_offset, self.unconfirmed_offsets = offset, []
            super(GroupConsumer, self).after_poll()

        def lost(reason: str) -> None:
            self.unconfirmed_offsets.append(offset)
            super(GroupConsumer, self).after_poll()

        self.request(request, OFFSET_COMMIT_VERSION, answered, lost)

    def resume(self) -> None:
        request = OffsetFetchRequest(groups=(OffsetFetchRequest.OffsetFetchRequestGroup(
            group_id=self.group_id, topics=(OffsetFetchRequest.OffsetFetchRequestTopics(
                name=TOPIC, partition_indexes=(self.partition,)),)),))
        self.request(request, OFFSET_FETCH_VERSION, self._resumed, lambda reason: self.later(
            self.rng.randint(20, 100), "resume", self.resume))

    def _resumed(self, answer: Any) -> None:
        group = answer.groups[0]
        partitions = [p for topic in group.topics for p in topic.partitions]
        if group.error_code != ErrorCode.NONE or not partitions or partitions[0].error_code:
            self.later(self.rng.randint(20, 100), "resume", self.resume)
            return
        committed = partitions[0].committed_offset
        self._check_committed(committed)
        self.position = max(committed, 0)
        self.history.record(self.scheduler.now_ms, self.name, "info", "seek",
                            [Message(self.partition, self.position, -1)], "resumed from commit")
        self.later(self.rng.randint(0, 20), "poll", self.poll)

    def _check_committed(self, committed: int) -> None:
        before = {} if self.confirmed_offset is None else {self.key: self.confirmed_offset}
        after = {} if committed < 0 else {self.key: committed}
        asked = [OffsetChange(self.key, offset) for offset in self.unconfirmed_offsets
                 if offset == committed]
        check("CommittedOffsetsChangeOnlyByCommit",
              committed_offsets_change_only_by_commit(before, after, asked),
              group=self.group_id, partition=self.partition, fetched=committed,
              last_acknowledged=self.confirmed_offset, unacknowledged=self.unconfirmed_offsets)
