"""OffsetDelete (key 47), v0: delete a group's committed offsets for some partitions (KIP-496).

Behaviour (Kafka's `KafkaApis.handleOffsetDeleteRequest`, `GroupCoordinatorService.
deleteOffsets`, then the offsets store in reference/core/groups/offsets.py):
- A partition the broker does not have answers UNKNOWN_TOPIC_OR_PARTITION; the others go to the
  coordinator.
- A group-level error answers alone, with no topics: INVALID_GROUP_ID (empty id),
  COORDINATOR_LOAD_IN_PROGRESS, GROUP_ID_NOT_FOUND, NON_EMPTY_GROUP (a classic group with
  members of another protocol type than "consumer").
- A partition of a topic the group is subscribed to answers GROUP_SUBSCRIBED_TO_TOPIC; the
  others get tombstones in `__consumer_offsets`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.requests import Reply, RequestContext, Respond
from spec.generated.errors import ErrorCode
from spec.generated.offset_delete import OffsetDeleteRequest, OffsetDeleteResponse

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = OffsetDeleteRequest.API_KEY


def handle(broker: Broker, context: RequestContext, request: OffsetDeleteRequest) -> Reply:
    groups = broker.groups
    answers: dict[tuple[str, int], ErrorCode] = {}
    asked: list[tuple[str, list[int]]] = []
    for topic in request.topics:
        known = []
        for partition in topic.partitions:
            if not broker.knows_partition(topic.name, partition.partition_index):
                answers[(topic.name, partition.partition_index)] = (
                    ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
            else:
                known.append(partition.partition_index)
        asked.append((topic.name, known))
    error = groups.load_error(request.group_id) if request.group_id else ErrorCode.NONE
    if error is not ErrorCode.NONE:
        return Respond(OffsetDeleteResponse(error_code=error))
    result = groups.offsets.delete_offsets(request.group_id, asked)
    if result.error is not ErrorCode.NONE:
        return Respond(OffsetDeleteResponse(error_code=result.error))
    if result.records:
        groups.write_from_offsets(result.records, context.now_ms)
    for each in result.partitions:
        answers[(each.topic, each.partition)] = each.error
    Topic = OffsetDeleteResponse.OffsetDeleteResponseTopic
    Partition = OffsetDeleteResponse.OffsetDeleteResponsePartition
    return Respond(OffsetDeleteResponse(topics=tuple(
        Topic(name=topic.name, partitions=tuple(
            Partition(partition_index=partition.partition_index,
                      error_code=answers[(topic.name, partition.partition_index)])
            for partition in topic.partitions))
        for topic in request.topics)))
