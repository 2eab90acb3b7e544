"""ListOffsets (key 2), v0-10: offsets by timestamp: earliest, latest, max timestamp, or a time.

Behaviour (Kafka's `KafkaApis.handleListOffsetRequest` and `Partition.fetchOffsetForTimestamp`):
- A partition asked twice answers INVALID_REQUEST for both; an unknown one
  UNKNOWN_TOPIC_OR_PARTITION; a current_leader_epoch (v4+) below the leader's answers
  FENCED_LEADER_EPOCH, above it UNKNOWN_LEADER_EPOCH.
- -1 (latest) is the high watermark for read_uncommitted, the last stable offset for
  read_committed (v2+), the log end offset for a replica; -2 (earliest) and -4 (earliest local)
  the log start offset; -3 (max timestamp, v7+) the record with the largest timestamp; -5
  (latest tiered, v9+) is -1 with no tiered storage; any other timestamp finds the first record
  at or after it, answered only below the last fetchable offset (else timestamp and offset -1).
- The leader epoch of the found record is answered from v4.
Divergence: v0 (which Kafka 4 no longer serves, KIP-896) answers the one offset of the lookup in
`old_style_offsets` instead of the list of segment base offsets older brokers gave.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from reference.core.handlers.fetch import leader_epoch_error, none_if_unset
from reference.core.log.log import EARLIEST_LOCAL_TIMESTAMP, EARLIEST_TIMESTAMP, LATEST_TIMESTAMP
from reference.core.requests import Reply, RequestContext, Respond
from spec.generated.errors import ErrorCode
from spec.generated.list_offsets import ListOffsetsRequest, ListOffsetsResponse

if TYPE_CHECKING:
    from reference.core.broker import Broker
    from reference.core.partition import Partition

API_KEY = ListOffsetsRequest.API_KEY
CONSUMER_REPLICA_ID = -1
DEBUGGING_REPLICA_ID = -2
READ_COMMITTED = 1
FIRST_VERSION_WITH_EPOCHS = 4

PartitionResponse = ListOffsetsResponse.ListOffsetsPartitionResponse


def handle(broker: Broker, context: RequestContext, request: ListOffsetsRequest) -> Reply:
    counts = Counter((topic.name, partition.partition_index)
                     for topic in request.topics for partition in topic.partitions)
    topics = []
    for topic in request.topics:
        answers = []
        for asked in topic.partitions:
            if counts[(topic.name, asked.partition_index)] > 1:
                answers.append(refusal(asked.partition_index, ErrorCode.INVALID_REQUEST))
            else:
                answers.append(list_offset(broker, context, request, topic.name, asked))
        topics.append(ListOffsetsResponse.ListOffsetsTopicResponse(
            name=topic.name, partitions=tuple(answers)))
    return Respond(ListOffsetsResponse(topics=tuple(topics)))


def refusal(index: int, code: ErrorCode) -> PartitionResponse:
    return PartitionResponse(partition_index=index, error_code=code)


def last_fetchable_offset(partition: Partition, request: ListOffsetsRequest) -> int:
    if request.replica_id not in (CONSUMER_REPLICA_ID, DEBUGGING_REPLICA_ID):
        return partition.log_end_offset
    if request.isolation_level == READ_COMMITTED:
        return partition.last_stable_offset
    return partition.high_watermark


def list_offset(broker: Broker, context: RequestContext, request: ListOffsetsRequest,
                topic: str, asked: ListOffsetsRequest.ListOffsetsPartition) -> PartitionResponse:
    partition = broker.hosted_partition(topic, asked.partition_index)
    if isinstance(partition, ErrorCode):
        return refusal(asked.partition_index, partition)
    epoch_error = leader_epoch_error(partition, none_if_unset(asked.current_leader_epoch))
    if epoch_error is not None:
        return refusal(asked.partition_index, epoch_error)
    if not partition.is_leader:
        return refusal(asked.partition_index, ErrorCode.NOT_LEADER_OR_FOLLOWER)
    fetchable = last_fetchable_offset(partition, request)
    if asked.timestamp == LATEST_TIMESTAMP:
        timestamp, offset, epoch = -1, fetchable, partition.leader_epoch
    else:
        found = partition.log.offset_for_timestamp(asked.timestamp)
        is_earliest = asked.timestamp in (EARLIEST_TIMESTAMP, EARLIEST_LOCAL_TIMESTAMP)
        if found is None or (not is_earliest and found.offset >= fetchable):
            return refusal(asked.partition_index, ErrorCode.NONE)
        timestamp, offset = found.timestamp, found.offset
        epoch = -1 if found.leader_epoch is None else found.leader_epoch
    if context.api_version == 0:
        return PartitionResponse(partition_index=asked.partition_index,
                                 error_code=ErrorCode.NONE, old_style_offsets=(offset,))
    return PartitionResponse(
        partition_index=asked.partition_index, error_code=ErrorCode.NONE, timestamp=timestamp,
        offset=offset, leader_epoch=epoch if context.api_version >= FIRST_VERSION_WITH_EPOCHS
        else -1)


