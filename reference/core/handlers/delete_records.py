"""DeleteRecords (key 21), v0-2: move partitions' log start offsets forward.

Behaviour (Kafka's `ReplicaManager.deleteRecords` and `Partition.deleteRecordsOnLeader`):
- an unknown topic or partition answers UNKNOWN_TOPIC_OR_PARTITION;
- a topic whose cleanup.policy lacks `delete` answers POLICY_VIOLATION;
- offset -1 means the high watermark; another negative offset, or one above the high
  watermark, answers OFFSET_OUT_OF_RANGE;
- otherwise the log start offset becomes the offset (never moving back), whole segments below
  it are deleted, and the answer is the new low watermark (the log start offset).
Errors answer low_watermark -1. With this node the only replica the deletion is complete at
once, so timeout_ms never expires.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.log.offsets import OffsetOutOfRangeError
from reference.core.requests import Reply, RequestContext, Respond
from spec.generated.delete_records import DeleteRecordsRequest, DeleteRecordsResponse
from spec.generated.errors import ErrorCode

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = DeleteRecordsRequest.API_KEY
HIGH_WATERMARK = -1

PartitionResult = DeleteRecordsResponse.DeleteRecordsPartitionResult


def handle(broker: Broker, context: RequestContext, request: DeleteRecordsRequest) -> Reply:
    return Respond(DeleteRecordsResponse(topics=tuple(
        DeleteRecordsResponse.DeleteRecordsTopicResult(name=topic.name, partitions=tuple(
            delete_before(broker, topic.name, asked, context.now_ms)
            for asked in topic.partitions))
        for topic in request.topics)))


def delete_before(broker: Broker, topic: str, asked: DeleteRecordsRequest.DeleteRecordsPartition,
                  now_ms: int) -> PartitionResult:
    partition = broker.leader_partition(topic, asked.partition_index)
    if isinstance(partition, ErrorCode):
        return refusal(asked.partition_index, partition)
    if "delete" not in partition.config.cleanup_policy:
        return refusal(asked.partition_index, ErrorCode.POLICY_VIOLATION)
    offset = partition.high_watermark if asked.offset == HIGH_WATERMARK else asked.offset
    if offset < 0:
        return refusal(asked.partition_index, ErrorCode.OFFSET_OUT_OF_RANGE)
    try:
        low_watermark = partition.delete_records_before(offset, now_ms=now_ms)
    except OffsetOutOfRangeError:
        return refusal(asked.partition_index, ErrorCode.OFFSET_OUT_OF_RANGE)
    broker.note_append()
    return PartitionResult(partition_index=asked.partition_index, low_watermark=low_watermark,
                           error_code=ErrorCode.NONE)


def refusal(index: int, code: ErrorCode) -> PartitionResult:
    return PartitionResult(partition_index=index, low_watermark=-1, error_code=code)
