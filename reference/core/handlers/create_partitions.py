"""CreatePartitions (key 37), v0-3: raise a topic's partition count.

Behaviour (Kafka's `ControllerApis.createPartitions` and
`ReplicationControlManager.createPartitions`):
- A topic named twice answers INVALID_REQUEST "Duplicate topic name."
- An unknown topic answers UNKNOWN_TOPIC_OR_PARTITION; the same count answers INVALID_PARTITIONS
  "Topic already has N partition(s)."; a smaller one INVALID_PARTITIONS "The topic T currently
  has N partition(s); M would not be an increase."
- Manual assignments must give one replica list per new partition (INVALID_REPLICA_ASSIGNMENT
  otherwise) and pass the same checks as CreateTopics' manual assignments, with the topic's
  replication factor.
- `validate_only` checks everything and changes nothing.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from reference.core.handlers.create_topics import Refused, check_manual_replicas
from reference.core.requests import Reply, RequestContext, Respond
from spec.generated.create_partitions import CreatePartitionsRequest, CreatePartitionsResponse
from spec.generated.errors import ErrorCode

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = CreatePartitionsRequest.API_KEY

Result = CreatePartitionsResponse.CreatePartitionsTopicResult


def handle(broker: Broker, context: RequestContext, request: CreatePartitionsRequest) -> Reply:
    counts = Counter(topic.name for topic in request.topics)
    results = [Result(name=name, error_code=ErrorCode.INVALID_REQUEST,
                      error_message="Duplicate topic name.")
               for name, count in counts.items() if count > 1]
    for topic in request.topics:
        if counts[topic.name] > 1:
            continue
        try:
            add_partitions(broker, topic, request.validate_only, context.now_ms)
            results.append(Result(name=topic.name, error_code=ErrorCode.NONE, error_message=None))
        except Refused as refused:
            results.append(Result(name=topic.name, error_code=refused.code,
                                  error_message=refused.message))
    return Respond(CreatePartitionsResponse(results=tuple(results)))


def add_partitions(broker: Broker, asked: CreatePartitionsRequest.CreatePartitionsTopic,
                   validate_only: bool, now_ms: int) -> None:
    topic = broker.topics.get(asked.name)
    if topic is None:
        raise Refused(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, None)
    current = len(topic.partitions)
    if asked.count == current:
        raise Refused(ErrorCode.INVALID_PARTITIONS, f"Topic already has {current} partition(s).")
    if asked.count < current:
        raise Refused(ErrorCode.INVALID_PARTITIONS,
                      f"The topic {asked.name} currently has {current} partition(s); "
                      f"{asked.count} would not be an increase.")
    additional = asked.count - current
    if asked.assignments is not None:
        if len(asked.assignments) != additional:
            raise Refused(ErrorCode.INVALID_REPLICA_ASSIGNMENT,
                          f"Attempted to add {additional} additional partition(s), but only "
                          f"{len(asked.assignments)} assignment(s) were specified.")
        replication_factor = len(topic.partitions[0].replicas)
        for assignment in asked.assignments:
            check_manual_replicas(broker, assignment.broker_ids, replication_factor)
    if not validate_only:
        broker.add_partitions(topic, asked.count, now_ms)
