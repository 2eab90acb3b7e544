"""DescribeProducers (key 61), v0: the active producers of partitions this broker leads.

Behaviour (Kafka's `ReplicaManager.activeProducerState` and `Partition.activeProducerState`): a
  partition the broker does not know is UNKNOWN_TOPIC_OR_PARTITION; otherwise every producer the
  partition's producer state keeps, with its epoch, last sequence, last timestamp, coordinator
  epoch and the first offset of its open transaction (-1 when none).
Divergences: producers are listed by producer id (Kafka: hash-map order).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.requests import Reply, RequestContext, Respond
from spec.generated.describe_producers import DescribeProducersRequest, DescribeProducersResponse
from spec.generated.errors import ErrorCode

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = DescribeProducersRequest.API_KEY
TopicAnswer = DescribeProducersResponse.TopicResponse
PartitionAnswer = DescribeProducersResponse.PartitionResponse
ProducerState = DescribeProducersResponse.ProducerState
NO_TXN_START_OFFSET = -1


def handle(broker: Broker, context: RequestContext, request: DescribeProducersRequest) -> Reply:
    return Respond(DescribeProducersResponse(topics=tuple(
        TopicAnswer(name=topic.name, partitions=tuple(
            describe(broker, topic.name, index) for index in topic.partition_indexes))
        for topic in request.topics)))


def describe(broker: Broker, topic: str, index: int) -> PartitionAnswer:
    partition = broker.partition(topic, index)
    if partition is None:
        return PartitionAnswer(partition_index=index,
                               error_code=ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
    producers = partition.producers.producers
    return PartitionAnswer(partition_index=index, error_code=ErrorCode.NONE, active_producers=tuple(
        ProducerState(
            producer_id=producer_id, producer_epoch=entry.producer_epoch,
            last_sequence=entry.last_sequence, last_timestamp=entry.last_timestamp_ms,
            coordinator_epoch=entry.coordinator_epoch,
            current_txn_start_offset=(NO_TXN_START_OFFSET if entry.current_txn_first_offset
                                      is None else entry.current_txn_first_offset))
        for producer_id, entry in sorted(producers.items())))
