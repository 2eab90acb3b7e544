"""CreateTopics (key 19), v0-7: create topics, or with `validate_only` check that they could be.

Behaviour (Kafka's `ControllerApis.createTopics` and `ReplicationControlManager.createTopics`):
- A request whose topics add up to more than 10,000 partitions fails whole: every topic answers
  POLICY_VIOLATION "Excessively large number of partitions per request.", validate_only too.
- A name given twice answers INVALID_REQUEST "Duplicate topic name." for it; creating
  `__cluster_metadata` is refused with INVALID_REQUEST.
- Then, for each topic in Kafka's order: an illegal name (INVALID_TOPIC_EXCEPTION), a name that
  collides with an existing one through '.' and '_' (INVALID_TOPIC_EXCEPTION), an existing
  topic (TOPIC_ALREADY_EXISTS), null config values and invalid configs (INVALID_CONFIG), manual
  assignments together with a partition count or replication factor (INVALID_REQUEST), a
  partition assigned twice or non-consecutive (INVALID_REPLICA_ASSIGNMENT), a replication factor
  of 0 or below -1 (INVALID_REPLICATION_FACTOR), a partition count of 0 or below -1
  (INVALID_PARTITIONS), more replicas than brokers (INVALID_REPLICATION_FACTOR).
- -1 means the broker's `num.partitions` / `default.replication.factor`.
- A created (or, with validate_only, creatable) topic answers its id (v7+), partition count,
  replication factor and every resolved topic config (v5+).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reference.core.requests import Reply, RequestContext, Respond
from reference.core.topics import CLUSTER_METADATA_TOPIC, invalid_topic_reason
from spec.config import ConfigError, TopicConfig, validate_topic_configs
from spec.generated.create_topics import CreateTopicsRequest, CreateTopicsResponse
from spec.generated.errors import ErrorCode

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = CreateTopicsRequest.API_KEY
MAX_PARTITIONS_PER_REQUEST = 10_000  # ReplicationControlManager.MAX_PARTITIONS_PER_BATCH

Creatable = CreateTopicsRequest.CreatableTopic
Result = CreateTopicsResponse.CreatableTopicResult


class Refused(Exception):
    def __init__(self, code: ErrorCode, message: str | None) -> None:
        super().__init__(message or code.name)
        self.code = code
        self.message = message


def handle(broker: Broker, context: RequestContext, request: CreateTopicsRequest) -> Reply:
    if total_partitions(broker, request) > MAX_PARTITIONS_PER_REQUEST:
        return Respond(CreateTopicsResponse(topics=tuple(
            refusal(topic.name, Refused(ErrorCode.POLICY_VIOLATION,
                                        "Excessively large number of partitions per request."))
            for topic in request.topics)))
    counts = Counter(topic.name for topic in request.topics)
    results: list[Result] = []
    for topic in request.topics:
        if counts[topic.name] > 1:
            if topic.name not in {result.name for result in results}:
                results.append(refusal(topic.name, Refused(
                    ErrorCode.INVALID_REQUEST, "Duplicate topic name.")))
            continue
        try:
            results.append(create(broker, topic, request.validate_only, context.now_ms))
        except Refused as refused:
            results.append(refusal(topic.name, refused))
    return Respond(CreateTopicsResponse(topics=tuple(results)))


def total_partitions(broker: Broker, request: CreateTopicsRequest) -> int:
    """`ReplicationControlManager.validateTotalNumberOfPartitions`'s count."""
    total = 0
    for topic in request.topics:
        if topic.assignments:
            total += len(topic.assignments)
        elif topic.num_partitions == -1:
            total += broker.config.num_partitions
        elif topic.num_partitions > 0:
            total += topic.num_partitions
    return total


def refusal(name: str, refused: Refused) -> Result:
    return Result(name=name, error_code=refused.code, error_message=refused.message)


def create(broker: Broker, topic: Creatable, validate_only: bool, now_ms: int) -> Result:
    check_name(broker, topic.name)
    overrides = checked_configs(broker, topic)
    partition_count, replication_factor = checked_layout(broker, topic)
    config = TopicConfig.resolve(overrides, broker.config)
    if validate_only:  # Kafka draws an id for the answer all the same
        topic_id = broker.new_topic_id()
    else:
        assignments = [tuple(assignment.broker_ids) for assignment in
                       sorted(topic.assignments, key=lambda assignment: assignment.partition_index)]
        topic_id = broker.create_topic(topic.name, partition_count, overrides, now_ms,
                                       replication_factor=replication_factor,
                                       assignments=assignments or None).topic_id
    return Result(
        name=topic.name, topic_id=topic_id, error_code=ErrorCode.NONE, error_message=None,
        num_partitions=partition_count, replication_factor=replication_factor,
        configs=tuple(CreateTopicsResponse.CreatableTopicConfigs(
            name=entry.name, value=None if entry.is_sensitive else entry.value,
            read_only=entry.is_read_only, config_source=entry.source,
            is_sensitive=entry.is_sensitive)
            for entry in sorted(config.describe(), key=lambda entry: entry.name)))


def check_name(broker: Broker, name: str) -> None:
    if name == CLUSTER_METADATA_TOPIC:
        raise Refused(ErrorCode.INVALID_REQUEST,
                      f"Creation of internal topic {CLUSTER_METADATA_TOPIC} is prohibited.")
    reason = invalid_topic_reason(name)
    if reason is not None:
        raise Refused(ErrorCode.INVALID_TOPIC_EXCEPTION, f"Topic name is invalid: {reason}")
    if broker.topics.get(name) is not None:
        raise Refused(ErrorCode.TOPIC_ALREADY_EXISTS, f"Topic '{name}' already exists.")
    colliding = broker.topics.colliding_topic(name)
    if colliding is not None:
        raise Refused(ErrorCode.INVALID_TOPIC_EXCEPTION,
                      f"Topic '{name}' collides with existing topic: {colliding}")


def checked_configs(broker: Broker, topic: Creatable) -> dict[str, str]:
    nulls = [config.name for config in topic.configs if config.value is None]
    if nulls:
        raise Refused(ErrorCode.INVALID_CONFIG,
                      "Null value not supported for topic configs: " + ",".join(nulls))
    overrides = {config.name: config.value for config in topic.configs
                 if config.value is not None}
    try:
        validate_topic_configs(overrides, broker=broker.config)
    except ConfigError as error:
        raise Refused(ErrorCode.INVALID_CONFIG, str(error)) from error
    return overrides


def checked_layout(broker: Broker, topic: Creatable) -> tuple[int, int]:
    """(partition count, replication factor), defaults applied, validated in Kafka's order."""
    if topic.assignments:
        return checked_assignments(broker, topic)
    if topic.replication_factor < -1 or topic.replication_factor == 0:
        raise Refused(ErrorCode.INVALID_REPLICATION_FACTOR,
                      "Replication factor must be larger than 0, or -1 to use the default value.")
    if topic.num_partitions < -1 or topic.num_partitions == 0:
        raise Refused(ErrorCode.INVALID_PARTITIONS,
                      "Number of partitions was set to an invalid non-positive value.")
    replication_factor = (broker.config.default_replication_factor
                          if topic.replication_factor == -1 else topic.replication_factor)
    partition_count = (broker.config.num_partitions if topic.num_partitions == -1
                       else topic.num_partitions)
    check_replicable(replication_factor, broker_count=len(broker.registered_broker_ids()))
    return partition_count, replication_factor


def checked_assignments(broker: Broker, topic: Creatable) -> tuple[int, int]:
    if topic.replication_factor != -1:
        raise Refused(ErrorCode.INVALID_REQUEST, "A manual partition assignment was specified, "
                      "but replication factor was not set to -1.")
    if topic.num_partitions != -1:
        raise Refused(ErrorCode.INVALID_REQUEST, "A manual partition assignment was specified, "
                      "but numPartitions was not set to -1.")
    seen: set[int] = set()
    replication_factor: int | None = None
    for assignment in topic.assignments:
        if assignment.partition_index in seen:
            raise Refused(ErrorCode.INVALID_REPLICA_ASSIGNMENT, "Found multiple manual partition "
                          f"assignments for partition {assignment.partition_index}")
        check_manual_replicas(broker, assignment.broker_ids, replication_factor)
        replication_factor = len(assignment.broker_ids)
        seen.add(assignment.partition_index)
    if seen != set(range(len(seen))):
        raise Refused(ErrorCode.INVALID_REPLICA_ASSIGNMENT,
                      "partitions should be a consecutive 0-based integer sequence")
    assert replication_factor is not None
    return len(seen), replication_factor


def check_manual_replicas(broker: Broker, replicas: Sequence[int],
                          replication_factor: int | None) -> None:
    """Kafka's `validateManualPartitionAssignment`, brokers checked in ascending id order."""
    if not replicas:
        raise Refused(ErrorCode.INVALID_REPLICA_ASSIGNMENT,
                      "The manual partition assignment includes an empty replica list.")
    previous: int | None = None
    registered = broker.registered_broker_ids()
    for replica in sorted(replicas):
        if replica not in registered:
            raise Refused(ErrorCode.INVALID_REPLICA_ASSIGNMENT, "The manual partition assignment "
                          f"includes broker {replica}, but no such broker is registered.")
        if replica == previous:
            raise Refused(ErrorCode.INVALID_REPLICA_ASSIGNMENT, "The manual partition assignment "
                          f"includes the broker {replica} more than once.")
        previous = replica
    if replication_factor is not None and len(replicas) != replication_factor:
        raise Refused(ErrorCode.INVALID_REPLICA_ASSIGNMENT,
                      f"The manual partition assignment includes a partition with {len(replicas)} "
                      "replica(s), but this is not consistent with previous partitions, which "
                      f"have {replication_factor} replica(s).")


def check_replicable(replication_factor: int, broker_count: int) -> None:
    if replication_factor > broker_count:
        raise Refused(ErrorCode.INVALID_REPLICATION_FACTOR,
                      f"Unable to replicate the partition {replication_factor} time(s): The "
                      f"target replication factor of {replication_factor} cannot be reached "
                      f"because only {broker_count} broker(s) are registered.")
