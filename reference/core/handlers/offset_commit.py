"""OffsetCommit (key 8), v0-9: a group's committed offsets, written to `__consumer_offsets`.

Behaviour (Kafka's `KafkaApis.handleOffsetCommitRequest`, then `GroupCoordinatorService.
commitOffsets` and the offsets store in reference/core/groups/offsets.py):
- A partition of a topic the broker does not know, or a partition index it does not have,
  answers UNKNOWN_TOPIC_OR_PARTITION without reaching the coordinator; when nothing is left,
  the coordinator is not asked at all.
- The rest goes to the group's coordinator: COORDINATOR_LOAD_IN_PROGRESS while its partition
  loads, then the group's checks (UNKNOWN_MEMBER_ID, ILLEGAL_GENERATION, REBALANCE_IN_PROGRESS,
  FENCED_INSTANCE_ID, GROUP_ID_NOT_FOUND for v9+) answer every partition; metadata over
  offset.metadata.max.bytes answers OFFSET_METADATA_TOO_LARGE per partition.
- A member's accepted commit in a Stable or PreparingRebalance classic group counts as a
  heartbeat.
Version notes: v2-4 carry a retention time (an expire timestamp in the record); v6+ the leader
epoch; v7+ the group instance id.
Divergences: partitions are answered in request order (Kafka groups them in hash-map order).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.groups.offsets_values import PartitionCommit, PartitionError
from reference.core.handlers.commit_partitions import (
    answers_in_request_order,
    commit_known_partitions,
)
from reference.core.requests import Reply, RequestContext, Respond
from spec.generated.errors import ErrorCode
from spec.generated.offset_commit import OffsetCommitRequest, OffsetCommitResponse

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = OffsetCommitRequest.API_KEY
Topic = OffsetCommitResponse.OffsetCommitResponseTopic
Answer = OffsetCommitResponse.OffsetCommitResponsePartition


def handle(broker: Broker, context: RequestContext, request: OffsetCommitRequest) -> Reply:
    answers = commit_known_partitions(
        broker, request.topics, lambda commits: commit(broker, context, request, commits))
    return Respond(OffsetCommitResponse(topics=answers_in_request_order(
        request.topics, answers, Topic, Answer)))


def commit(broker: Broker, context: RequestContext, request: OffsetCommitRequest,
           commits: list[PartitionCommit]) -> tuple[PartitionError, ...]:
    groups = broker.groups
    error = groups.load_error(request.group_id)
    if error is not ErrorCode.NONE:
        return tuple(PartitionError(each.topic, each.partition, error) for each in commits)
    result = groups.offsets.commit_offsets(
        request.group_id, commits, now_ms=context.now_ms, member_id=request.member_id,
        generation_id=request.generation_id_or_member_epoch,
        group_instance_id=request.group_instance_id,
        retention_time_ms=request.retention_time_ms, api_version=context.api_version)
    if result.records:
        groups.write_from_offsets(result.records, context.now_ms)
        if request.generation_id_or_member_epoch >= 0:
            groups.classic.refresh_session(request.group_id, request.member_id, context.now_ms)
    return result.partitions
