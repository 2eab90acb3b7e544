"""OffsetForLeaderEpoch (key 23), v0-4: where a leader epoch ends in this partition's log.

Behaviour (Kafka's `Partition.lastOffsetForLeaderEpoch` and `UnifiedLog.endOffsetForEpoch`):
- an unknown partition answers UNKNOWN_TOPIC_OR_PARTITION; a current_leader_epoch (v2+) below
  the leader's FENCED_LEADER_EPOCH, above it UNKNOWN_LEADER_EPOCH;
- the answer is the largest epoch at or below the asked one with the start offset of the next
  epoch (the log end offset for the latest epoch); an epoch below every known one answers
  itself with the first epoch's start offset; when nothing is known, leader_epoch and
  end_offset are -1 with no error. Consumers use it to detect log truncation (KIP-320).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.handlers.fetch import leader_epoch_error, none_if_unset
from reference.core.requests import Reply, RequestContext, Respond
from spec.generated.errors import ErrorCode
from spec.generated.offset_for_leader_epoch import (
    OffsetForLeaderEpochRequest,
    OffsetForLeaderEpochResponse,
)

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = OffsetForLeaderEpochRequest.API_KEY
UNDEFINED_EPOCH_OFFSET = -1

EpochEndOffset = OffsetForLeaderEpochResponse.EpochEndOffset


def handle(broker: Broker, context: RequestContext,
           request: OffsetForLeaderEpochRequest) -> Reply:
    return Respond(OffsetForLeaderEpochResponse(topics=tuple(
        OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult(topic=topic.topic, partitions=tuple(
            end_offset(broker, topic.topic, asked) for asked in topic.partitions))
        for topic in request.topics)))


def end_offset(broker: Broker, topic: str,
               asked: OffsetForLeaderEpochRequest.OffsetForLeaderPartition) -> EpochEndOffset:
    partition = broker.hosted_partition(topic, asked.partition)
    if isinstance(partition, ErrorCode):
        return EpochEndOffset(partition=asked.partition, error_code=partition)
    error = leader_epoch_error(partition, none_if_unset(asked.current_leader_epoch))
    if error is None and not partition.is_leader:
        error = ErrorCode.NOT_LEADER_OR_FOLLOWER
    if error is not None:
        return EpochEndOffset(partition=asked.partition, error_code=error)
    epoch, offset = partition.log.leader_epochs.end_offset_for(asked.leader_epoch,
                                                               partition.log_end_offset)
    if offset == UNDEFINED_EPOCH_OFFSET:
        return EpochEndOffset(partition=asked.partition, error_code=ErrorCode.NONE)
    return EpochEndOffset(partition=asked.partition, error_code=ErrorCode.NONE,
                          leader_epoch=epoch, end_offset=offset)
