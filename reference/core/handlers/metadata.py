"""Metadata (key 3), v0-12: brokers, cluster id, controller, and topics with their partitions.

Behaviour (Kafka's `KafkaApis.handleTopicMetadataRequest` and `getTopicMetadata`):
- All topics when `topics` is null (v1+) or empty at v0; otherwise the topics asked for, by name,
  or by id from v12 (unknown ids answer UNKNOWN_TOPIC_ID with a null name).
- Before v12 a null name or a non-zero topic id is an invalid request: every topic asked for is
  answered with INVALID_REQUEST (Kafka's `MetadataRequest.getErrorResponse`).
- A missing topic is created when the request allows it (v4+, always before), the broker's
  `auto.create.topics.enable` holds, and not all topics were asked for; the answer for it is
  LEADER_NOT_AVAILABLE with no partitions, as Kafka's AutoTopicCreationManager gives while the
  controller creates it. Names that are not legal answer INVALID_TOPIC_EXCEPTION; without
  auto-creation a missing topic answers UNKNOWN_TOPIC_OR_PARTITION.
- The controller id is this node (KRaft brokers name a live broker to clients). In a cluster
  the brokers are the unfenced ones, each partition carries its leader, epoch, replicas and
  ISR from the metadata log.
- Authorized operations: with no authorizer, every operation the resource supports (v8+).
Deliberate divergences: topic order is the request's order (Kafka's follows a hash set), and
all topics are listed sorted by name.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from reference.core.acl_operations import CLUSTER_OPERATIONS_ALL, TOPIC_OPERATIONS_ALL
from reference.core.requests import Reply, RequestContext, Respond
from reference.core.topics import INTERNAL_TOPICS, TopicMetadata, invalid_topic_reason
from spec.generated.errors import ErrorCode
from spec.generated.metadata import MetadataRequest, MetadataResponse

if TYPE_CHECKING:
    from reference.core.broker import Broker

T = TypeVar("T")

API_KEY = MetadataRequest.API_KEY
FIRST_VERSION_WITH_TOPIC_IDS_IN_REQUEST = 12
FIRST_VERSION_WITH_AUTO_CREATE_FLAG = 4
DEFAULT_AUTHORIZED_OPERATIONS = -(2**31)

Topic = MetadataResponse.MetadataResponseTopic
Partition = MetadataResponse.MetadataResponsePartition


def handle(broker: Broker, context: RequestContext, request: MetadataRequest) -> Reply:
    version = context.api_version
    is_all_topics = request.topics is None or (version == 0 and not request.topics)
    if not is_all_topics and version < FIRST_VERSION_WITH_TOPIC_IDS_IN_REQUEST:
        asked = request.topics or ()
        if any(t.name is None or t.topic_id.int != 0 for t in asked):
            return Respond(invalid_request_response(request))
    topics = (all_topics(broker) if is_all_topics
              else asked_topics(broker, context, request))
    if request.include_topic_authorized_operations and version >= 8:
        topics = [replace(topic, topic_authorized_operations=TOPIC_OPERATIONS_ALL)
                  for topic in topics]
    cluster_operations = DEFAULT_AUTHORIZED_OPERATIONS
    if request.include_cluster_authorized_operations and 8 <= version <= 10:
        cluster_operations = CLUSTER_OPERATIONS_ALL
    return Respond(MetadataResponse(
        brokers=live_brokers(broker),
        cluster_id=broker.cluster_id,
        controller_id=broker.node_id,
        topics=tuple(topics),
        cluster_authorized_operations=cluster_operations))


def live_brokers(broker: Broker) -> tuple[MetadataResponse.MetadataResponseBroker, ...]:
    """This node alone, or every unfenced broker of the cluster (`getAliveBrokerNodes`)."""
    if broker.cluster is None:
        return (MetadataResponse.MetadataResponseBroker(
            node_id=broker.node_id, host=broker.listener.host, port=broker.listener.port,
            rack=broker.config.broker_rack),)
    members = broker.cluster.brokers
    return tuple(MetadataResponse.MetadataResponseBroker(
        node_id=broker_id, host=members[broker_id].host, port=members[broker_id].port)
        for broker_id in broker.cluster.live_broker_ids())


def invalid_request_response(request: MetadataRequest) -> MetadataResponse:
    return MetadataResponse(topics=tuple(
        Topic(error_code=ErrorCode.INVALID_REQUEST, name=t.name or "", topic_id=uuid.UUID(int=0))
        for t in request.topics or ()))


def all_topics(broker: Broker) -> list[Topic]:
    return [describe_topic(broker, broker.topics.topics_by_name[name])
            for name in sorted(broker.topics.topics_by_name)]


def asked_topics(broker: Broker, context: RequestContext,
                 request: MetadataRequest) -> list[Topic]:
    asked = request.topics or ()
    ids = [t.topic_id for t in asked if t.topic_id.int != 0]
    if ids:
        return [topic_by_id(broker, topic_id) for topic_id in unique(ids)]
    allow_auto_create = (context.api_version < FIRST_VERSION_WITH_AUTO_CREATE_FLAG
                         or request.allow_auto_topic_creation)
    auto_create = allow_auto_create and broker.config.auto_create_topics_enable
    names = unique([t.name for t in asked if t.name is not None])
    return [topic_by_name(broker, name, auto_create, context.now_ms) for name in names]


def unique(items: list[T]) -> list[T]:
    return list(dict.fromkeys(items))


def topic_by_id(broker: Broker, topic_id: uuid.UUID) -> Topic:
    topic = broker.topics.by_id(topic_id)
    if topic is None:
        return Topic(error_code=ErrorCode.UNKNOWN_TOPIC_ID, name=None, topic_id=topic_id)
    return describe_topic(broker, topic)


def topic_by_name(broker: Broker, name: str, auto_create: bool, now_ms: int) -> Topic:
    topic = broker.topics.get(name)
    if topic is not None:
        return describe_topic(broker, topic)
    is_internal = name in INTERNAL_TOPICS
    if invalid_topic_reason(name) is not None:
        return Topic(error_code=ErrorCode.INVALID_TOPIC_EXCEPTION, name=name,
                     is_internal=is_internal)
    if not auto_create:
        return Topic(error_code=ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, name=name,
                     is_internal=is_internal)
    broker.auto_create_topic(name, now_ms)
    return Topic(error_code=ErrorCode.LEADER_NOT_AVAILABLE, name=name, is_internal=is_internal)


def describe_topic(broker: Broker, topic: TopicMetadata) -> Topic:
    """Each partition as the metadata log has it; without a leader LEADER_NOT_AVAILABLE, and
    replicas on fenced brokers listed offline (`KRaftMetadataCache.partitionMetadata`)."""
    offline = (frozenset() if broker.cluster is None
               else frozenset(broker.cluster.ineligible_brokers()))
    partitions = tuple(
        Partition(error_code=(ErrorCode.NONE if meta.leader >= 0
                              else ErrorCode.LEADER_NOT_AVAILABLE),
                  partition_index=index, leader_id=meta.leader,
                  leader_epoch=meta.leader_epoch, replica_nodes=meta.replicas,
                  isr_nodes=meta.isr or meta.replicas,
                  offline_replicas=tuple(r for r in meta.replicas if r in offline))
        for index, meta in sorted(topic.partitions.items()))
    return Topic(error_code=ErrorCode.NONE, name=topic.name, topic_id=topic.topic_id,
                 is_internal=topic.is_internal, partitions=partitions)
