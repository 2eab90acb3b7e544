"""ListPartitionReassignments (key 46), v0: the partition reassignments in flight.

Behaviour (Kafka's `ControllerApis.handleListPartitionReassignments` and
`ReplicationControlManager.listPartitionReassignments`): topics null lists every reassigning
partition; otherwise the named partitions that are reassigning, silently leaving out unknown
topics and partitions and those not reassigning; a topic with nothing to show is left out. Each
partition shows its replicas (target first, then the ones being removed), the replicas being
added and those being removed. The top-level error is NONE with a null message.
On a single node nothing is ever reassigning: the answer is always empty.
Version notes: only v0 is defined in the bundled schemas.
Divergences: for a null list, topics and partitions come in name and index order (Kafka: hash
order); no authorization (CLUSTER DESCRIBE).
"""

from __future__ import annotations

from itertools import groupby
from typing import TYPE_CHECKING

from reference.core.cluster_link import ClusterLink, link_of, topic_partitions
from reference.core.requests import Reply, RequestContext, Respond
from spec.generated.errors import ErrorCode
from spec.generated.list_partition_reassignments import (
    ListPartitionReassignmentsRequest,
    ListPartitionReassignmentsResponse,
)

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = ListPartitionReassignmentsRequest.API_KEY

TopicAnswer = ListPartitionReassignmentsResponse.OngoingTopicReassignment
PartitionAnswer = ListPartitionReassignmentsResponse.OngoingPartitionReassignment


def handle(broker: Broker, context: RequestContext,
           request: ListPartitionReassignmentsRequest) -> Reply:
    del context
    link = link_of(broker)
    if request.topics is None:
        wanted = [(topic, [index for _, index in pairs]) for topic, pairs
                  in groupby(topic_partitions(broker), key=lambda pair: pair[0])]
    else:
        wanted = [(topic.name, list(topic.partition_indexes)) for topic in request.topics]
    answers = tuple(answer for topic, indexes in wanted
                    if (answer := ongoing(link, topic, indexes)).partitions)
    return Respond(ListPartitionReassignmentsResponse(error_code=ErrorCode.NONE,
                                                      error_message=None, topics=answers))


def ongoing(link: ClusterLink, topic: str, indexes: list[int]) -> TopicAnswer:
    keyed = [(link.partition_key(topic, index), index) for index in indexes]
    found = link.controller.list_partition_reassignments(key for key, _ in keyed)
    return TopicAnswer(name=topic, partitions=tuple(
        PartitionAnswer(partition_index=index, replicas=found[key].replicas,
                        adding_replicas=found[key].adding_replicas,
                        removing_replicas=found[key].removing_replicas)
        for key, index in keyed if key in found))
