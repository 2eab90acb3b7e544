"""OffsetFetch (key 9), v0-9: a group's committed offsets, for listed partitions or all.

Behaviour (Kafka's `KafkaApis.handleOffsetFetchRequest`, `GroupCoordinatorService.fetchOffsets`
/ `fetchAllOffsets`, then the offsets store in reference/core/groups/offsets.py):
- v0-7 ask for one group, v8+ for a batch of groups, each answered on its own; v2+ may ask for
  every committed offset of the group (null topics).
- COORDINATOR_LOAD_IN_PROGRESS while the group's partition loads; a partition with no committed
  offset answers offset -1, metadata "" (an unknown group too); require_stable (v7+) answers
  UNSTABLE_OFFSET_COMMIT for a partition with a pending transactional commit.
- v9 (KIP-848) carries the member id and epoch, checked by a consumer group.
Version notes: v0-1 have no top-level error: a group error is put on every partition asked
(Kafka's OffsetFetchRequest.getErrorResponse); v2-7 answer it at the top, with no partitions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reference.core.groups.offsets_values import FetchedOffset, FetchResult
from reference.core.requests import Reply, RequestContext, Respond
from spec.generated.errors import ErrorCode
from spec.generated.offset_fetch import OffsetFetchRequest, OffsetFetchResponse

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = OffsetFetchRequest.API_KEY
FIRST_BATCHED_VERSION = 8
FIRST_VERSION_WITH_TOP_LEVEL_ERROR = 2
Asked = Sequence[tuple[str, Sequence[int]]] | None


def handle(broker: Broker, context: RequestContext, request: OffsetFetchRequest) -> Reply:
    version = context.api_version
    require_stable = request.require_stable
    if version >= FIRST_BATCHED_VERSION:
        return Respond(OffsetFetchResponse(groups=tuple(
            batched_group(broker, group, require_stable) for group in request.groups)))
    asked: Asked = (None if request.topics is None else
                    [(topic.name, topic.partition_indexes) for topic in request.topics])
    result = fetch(broker, request.group_id, asked, require_stable)
    if result.error is not ErrorCode.NONE and version < FIRST_VERSION_WITH_TOP_LEVEL_ERROR:
        result = FetchResult(partitions=tuple(
            FetchedOffset(name, index, error=result.error)
            for name, indexes in asked or () for index in indexes))
    Topic = OffsetFetchResponse.OffsetFetchResponseTopic
    Partition = OffsetFetchResponse.OffsetFetchResponsePartition
    return Respond(OffsetFetchResponse(error_code=result.error, topics=tuple(
        Topic(name=name, partitions=tuple(
            Partition(partition_index=each.partition, committed_offset=each.offset,
                      committed_leader_epoch=each.leader_epoch, metadata=each.metadata,
                      error_code=each.error) for each in offsets))
        for name, offsets in by_topic(result.partitions))))


def batched_group(broker: Broker, group: OffsetFetchRequest.OffsetFetchRequestGroup,
                  require_stable: bool) -> OffsetFetchResponse.OffsetFetchResponseGroup:
    asked: Asked = (None if group.topics is None else
                    [(topic.name, topic.partition_indexes) for topic in group.topics])
    result = fetch(broker, group.group_id, asked, require_stable, group.member_id,
                   group.member_epoch)
    Topic = OffsetFetchResponse.OffsetFetchResponseTopics
    Partition = OffsetFetchResponse.OffsetFetchResponsePartitions
    return OffsetFetchResponse.OffsetFetchResponseGroup(
        group_id=group.group_id, error_code=result.error, topics=tuple(
            Topic(name=name, partitions=tuple(
                Partition(partition_index=each.partition, committed_offset=each.offset,
                          committed_leader_epoch=each.leader_epoch, metadata=each.metadata,
                          error_code=each.error) for each in offsets))
            for name, offsets in by_topic(result.partitions)))


def fetch(broker: Broker, group_id: str, asked: Asked, require_stable: bool,
          member_id: str | None = None, member_epoch: int = -1) -> FetchResult:
    error = broker.groups.load_error(group_id)
    if error is not ErrorCode.NONE:
        return FetchResult(error)
    return broker.groups.offsets.fetch_offsets(group_id, asked, require_stable=require_stable,
                                               member_id=member_id, member_epoch=member_epoch)


def by_topic(partitions: Sequence[FetchedOffset]) -> list[tuple[str, list[FetchedOffset]]]:
    """Partitions grouped under their topic, topics in order of first appearance."""
    grouped: dict[str, list[FetchedOffset]] = {}
    for each in partitions:
        grouped.setdefault(each.topic, []).append(each)
    return list(grouped.items())
