"""AlterPartitionReassignments (key 45), v0: start, change or cancel partition reassignments.

Behaviour (Kafka's `ControllerApis.handleAlterPartitionReassignments`,
`QuorumController.alterPartitionReassignments` and
`ReplicationControlManager.alterPartitionReassignment`), per partition, each on its own:
- an unknown topic answers UNKNOWN_TOPIC_OR_PARTITION "Unable to find a topic named T.", an
  unknown partition "Unable to find partition T:P.";
- replicas null cancels: NO_REASSIGNMENT_IN_PROGRESS when none is in flight;
  INVALID_REPLICA_ASSIGNMENT when reverting would need an unclean leader election the topic
  does not allow; otherwise the adding replicas are dropped;
- replicas given: INVALID_REPLICA_ASSIGNMENT for an empty list, a broker not registered, a
  broker named twice; otherwise the target becomes the replica set once every target replica
  is in sync (the controller's `alter_partition_reassignment`, KIP-455);
- the top-level error is NONE with a null message; successes carry no message.
On a single node the only registered broker is this one, so the only valid target is this
node alone (a no-op), and there is never a reassignment to cancel.
Version notes: only v0 is defined in the bundled schemas.
Divergences: the unclean-revert message names the partition as T-P (Kafka: T:P); a partition
named twice in one request is altered twice in order (Kafka computes both from the state
before the request); no authorization (CLUSTER ALTER).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.cluster_link import ClusterLink, link_of
from reference.core.replication.values import ApiError
from reference.core.requests import Reply, RequestContext, Respond
from spec.generated.alter_partition_reassignments import (
    AlterPartitionReassignmentsRequest,
    AlterPartitionReassignmentsResponse,
)
from spec.generated.errors import ErrorCode

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = AlterPartitionReassignmentsRequest.API_KEY

TopicAnswer = AlterPartitionReassignmentsResponse.ReassignableTopicResponse
PartitionAnswer = AlterPartitionReassignmentsResponse.ReassignablePartitionResponse


def handle(broker: Broker, context: RequestContext,
           request: AlterPartitionReassignmentsRequest) -> Reply:
    link = link_of(broker)
    answers = tuple(
        TopicAnswer(name=topic.name, partitions=tuple(
            answer(partition.partition_index,
                   alter(broker, link, topic.name, partition.partition_index,
                         partition.replicas))
            for partition in topic.partitions))
        for topic in request.topics)
    link.commit(context.now_ms)
    return Respond(AlterPartitionReassignmentsResponse(
        error_code=ErrorCode.NONE, error_message=None, responses=answers))


def alter(broker: Broker, link: ClusterLink, topic: str, index: int,
          target: tuple[int, ...] | None) -> ApiError:
    known = broker.topics.get(topic)
    if known is None:
        return ApiError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
                        f"Unable to find a topic named {topic}.")
    outcome = link.controller.alter_partition_reassignment(link.partition_key(topic, index),
                                                           target)
    if outcome.error == ErrorCode.UNKNOWN_TOPIC_OR_PARTITION:
        return ApiError(outcome.error, f"Unable to find partition {topic}:{index}.")
    return outcome


def answer(index: int, outcome: ApiError) -> PartitionAnswer:
    return PartitionAnswer(partition_index=index, error_code=outcome.error,
                           error_message=outcome.message)
