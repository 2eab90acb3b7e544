"""FindCoordinator (key 10), v0-6: which broker coordinates a group (or transactional id).

Behaviour (Kafka's `KafkaApis.handleFindCoordinatorRequest` and `getCoordinator`):
- v0-3 ask for one key (v0: a group), v4+ for a batch of `coordinator_keys`, each answered on
  its own.
- A group's coordinator leads the group's `__consumer_offsets` partition. While the topic does
  not exist, asking creates it and answers COORDINATOR_NOT_AVAILABLE: the client retries, as
  it does against Kafka, whose topic creation goes through the controller.
- An unknown key type is INVALID_REQUEST for the whole request.
- v0-3 answer an error with Node.noNode (-1, "", -1) and the error's message, and success with
  error_message "NONE" (Kafka's `Errors.NONE.message()`); v4+ coordinators carry no message.
- A transactional id (key type 1) likewise leads to `__transaction_state`, created on first use.
- In a cluster the coordinator is the partition's leader as the metadata names it;
  COORDINATOR_NOT_AVAILABLE while it has none (or it is fenced).
Not served: key type 2 (share groups) is not enabled, as in a Kafka 4.0 broker without share
groups, and answers INVALID_REQUEST.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.internal_topic import InternalTopic
from reference.core.requests import Reply, RequestContext, Respond
from spec.generated.errors import ErrorCode
from spec.generated.find_coordinator import FindCoordinatorRequest, FindCoordinatorResponse

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = FindCoordinatorRequest.API_KEY
FIRST_BATCHED_VERSION = 4
GROUP_KEY_TYPE = 0
TRANSACTION_KEY_TYPE = 1
NO_NODE = (-1, "", -1)  # Node.noNode: id, host, port


def handle(broker: Broker, context: RequestContext, request: FindCoordinatorRequest) -> Reply:
    if context.api_version < FIRST_BATCHED_VERSION:
        error, node = find(broker, request.key_type, request.key, context.now_ms)
        node_id, host, port = node
        message = "NONE" if error is ErrorCode.NONE else error.message
        return Respond(FindCoordinatorResponse(error_code=error, error_message=message,
                                               node_id=node_id, host=host, port=port))
    coordinators = []
    for key in request.coordinator_keys:
        error, (node_id, host, port) = find(broker, request.key_type, key, context.now_ms)
        message = error.message if error is ErrorCode.INVALID_REQUEST else ""
        coordinators.append(FindCoordinatorResponse.Coordinator(
            key=key, node_id=node_id, host=host, port=port, error_code=error,
            error_message=message))
    return Respond(FindCoordinatorResponse(coordinators=tuple(coordinators)))


def find(broker: Broker, key_type: int, key: str,
         now_ms: int) -> tuple[ErrorCode, tuple[int, str, int]]:
    """The coordinator of a key of this type: (error, (node id, host, port))."""
    if key_type == TRANSACTION_KEY_TYPE:
        topic: InternalTopic = broker.transactions.topic
        partition = broker.transactions.coordinator.partition_for(key)
    elif key_type == GROUP_KEY_TYPE:
        topic = broker.offsets_topic
        partition = broker.groups.partition_of(key)
    else:
        return ErrorCode.INVALID_REQUEST, NO_NODE
    if not topic.exists():
        topic.create(now_ms)
        return ErrorCode.COORDINATOR_NOT_AVAILABLE, NO_NODE
    if broker.cluster is None:
        return ErrorCode.NONE, (broker.node_id, broker.listener.host, broker.listener.port)
    leader = broker.cluster.leader_address(topic.name, partition)
    if leader is None:  # no leader, or one fenced: Kafka's `getCoordinator` answers so
        return ErrorCode.COORDINATOR_NOT_AVAILABLE, NO_NODE
    return ErrorCode.NONE, leader
