"""DeleteRecords (key 21), v0-2: move partitions' log start offsets forward.

Behaviour (Kafka's `ReplicaManager.deleteRecords` and `Partition.deleteRecordsOnLeader`):
- an unknown topic or partition answers UNKNOWN_TOPIC_OR_PARTITION;
- a topic whose cleanup.policy lacks `delete` answers POLICY_VIOLATION;
- offset -1 means the high watermark; another negative offset, or one above the high
  watermark, answers OFFSET_OUT_OF_RANGE;
- otherwise the log start offset becomes the offset (never moving back), whole segments below
  it are deleted, and the answer is the new low watermark (the log start offset).
Errors answer low_watermark -1. On one node the deletion is complete at once. In a cluster
(`DelayedDeleteRecords`) the answer waits until the low watermark, the smallest log start of
the leader and its followers on live brokers (each says its own in its fetches), reaches the
offset; a partition whose leadership moves meanwhile answers NOT_LEADER_OR_FOLLOWER (-1), one
still short at timeout_ms REQUEST_TIMED_OUT with the low watermark it had at the deletion.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from reference.core.log.offsets import OffsetOutOfRangeError
from reference.core.requests import Defer, Reply, RequestContext, Respond
from spec.generated.delete_records import DeleteRecordsRequest, DeleteRecordsResponse
from spec.generated.errors import ErrorCode

if TYPE_CHECKING:
    from reference.core.broker import Broker
    from reference.core.partition import Partition

API_KEY = DeleteRecordsRequest.API_KEY
HIGH_WATERMARK = -1

PartitionResult = DeleteRecordsResponse.DeleteRecordsPartitionResult


def handle(broker: Broker, context: RequestContext, request: DeleteRecordsRequest) -> Reply:
    started = [(topic.name, [delete_before(broker, topic.name, asked, context.now_ms)
                             for asked in topic.partitions]) for topic in request.topics]

    def answer(is_deadline: bool) -> Respond | None:
        settled = [(name, [deletion.settled(is_deadline) for deletion in deletions])
                   for name, deletions in started]
        if any(result is None for _, results in settled for result in results):
            return None
        return Respond(DeleteRecordsResponse(topics=tuple(
            DeleteRecordsResponse.DeleteRecordsTopicResult(name=name, partitions=tuple(
                result for result in results if result is not None))
            for name, results in settled)))

    ready = answer(is_deadline=False)
    if ready is not None:
        return ready
    return Defer(deadline_ms=context.now_ms + request.timeout_ms,
                 poll=lambda _now_ms, is_deadline: answer(is_deadline))


@dataclass(frozen=True, slots=True)
class Deletion:
    """One partition's deletion: a refusal, or what its answer waits for."""

    result: PartitionResult
    partition: Partition | None = None  # None: refused, `result` is the answer
    required_offset: int = 0

    def settled(self, is_deadline: bool) -> PartitionResult | None:
        """`DelayedDeleteRecords.tryComplete` for this partition; None while it waits."""
        if self.partition is None:
            return self.result
        low_watermark = self.partition.low_watermark_if_leader()
        if low_watermark is None:
            return refusal(self.result.partition_index, ErrorCode.NOT_LEADER_OR_FOLLOWER)
        if low_watermark >= self.required_offset:
            return replace(self.result, low_watermark=low_watermark)
        if is_deadline:
            return replace(self.result, error_code=ErrorCode.REQUEST_TIMED_OUT)
        return None


def delete_before(broker: Broker, topic: str, asked: DeleteRecordsRequest.DeleteRecordsPartition,
                  now_ms: int) -> Deletion:
    index = asked.partition_index
    partition = broker.leader_partition(topic, index)
    if isinstance(partition, ErrorCode):
        return Deletion(refusal(index, partition))
    if "delete" not in partition.config.cleanup_policy:
        return Deletion(refusal(index, ErrorCode.POLICY_VIOLATION))
    offset = partition.high_watermark if asked.offset == HIGH_WATERMARK else asked.offset
    if offset < 0:
        return Deletion(refusal(index, ErrorCode.OFFSET_OUT_OF_RANGE))
    try:
        partition.delete_records_before(offset, now_ms=now_ms)
    except OffsetOutOfRangeError:
        return Deletion(refusal(index, ErrorCode.OFFSET_OUT_OF_RANGE))
    broker.note_append()
    # On one node the low watermark is the new log start: the answer is ready at once.
    low_watermark = partition.low_watermark_if_leader()
    assert low_watermark is not None, partition  # leader_partition found it leading
    return Deletion(PartitionResult(partition_index=index, low_watermark=low_watermark,
                                    error_code=ErrorCode.NONE), partition, offset)


def refusal(index: int, code: ErrorCode) -> PartitionResult:
    return PartitionResult(partition_index=index, low_watermark=-1, error_code=code)
