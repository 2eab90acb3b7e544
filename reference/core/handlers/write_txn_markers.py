"""WriteTxnMarkers (key 27), v0-1: a transaction coordinator asks for COMMIT/ABORT markers.

Behaviour (Kafka's `KafkaApis.handleWriteTxnMarkersRequest`): for each marker and partition, a
  partition the broker does not know is UNKNOWN_TOPIC_OR_PARTITION; otherwise the control batch
  is appended on the coordinator's path (`Partition.append_marker`), whose producer-state checks
  answer INVALID_PRODUCER_EPOCH for a stale epoch and TRANSACTION_COORDINATOR_FENCED for an older
  coordinator epoch. A marker written into `__consumer_offsets` settles the group's pending
  transactional offsets (Kafka's `GroupCoordinator.onTransactionCompleted`).
Version notes: the bundled schema has no transaction_version field (Kafka 4.1's v2), so every
  marker takes the transactions-v0 epoch rule, as Kafka 4.0 treats a v0-1 request.
Divergences: a marker with a negative producer id or epoch is INVALID_PRODUCER_EPOCH (Kafka
  would build the batch and let the producer state judge it). On one node this broker's own
  coordinator writes its markers directly (reference/core/transaction_state.py); this API
  serves a coordinator elsewhere, or a test.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.offsets_topic import OFFSETS_TOPIC
from reference.core.partition import MarkerRequest
from reference.core.requests import Reply, RequestContext, Respond
from spec.generated.errors import ErrorCode
from spec.generated.write_txn_markers import WriteTxnMarkersRequest, WriteTxnMarkersResponse

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = WriteTxnMarkersRequest.API_KEY
Marker = WriteTxnMarkersRequest.WritableTxnMarker
MarkerResult = WriteTxnMarkersResponse.WritableTxnMarkerResult
TopicResult = WriteTxnMarkersResponse.WritableTxnMarkerTopicResult
PartitionResult = WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult
TRANSACTION_VERSION = 0  # no transaction_version field below v2


def handle(broker: Broker, context: RequestContext, request: WriteTxnMarkersRequest) -> Reply:
    return Respond(WriteTxnMarkersResponse(markers=tuple(
        MarkerResult(producer_id=marker.producer_id, topics=tuple(
            TopicResult(name=topic.name, partitions=tuple(
                PartitionResult(partition_index=index,
                                error_code=write(broker, context, marker, topic.name, index))
                for index in topic.partition_indexes))
            for topic in marker.topics))
        for marker in request.markers)))


def write(broker: Broker, context: RequestContext, marker: Marker, topic: str,
          index: int) -> ErrorCode:
    partition = broker.partition(topic, index)
    if partition is None:
        return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
    if marker.producer_id < 0 or marker.producer_epoch < 0:
        return ErrorCode.INVALID_PRODUCER_EPOCH  # no producer to end a transaction of
    error = partition.append_marker(MarkerRequest(
        marker.transaction_result, marker.producer_id, marker.producer_epoch,
        marker.coordinator_epoch, TRANSACTION_VERSION), now_ms=context.now_ms)
    if error is not ErrorCode.NONE:
        return error
    broker.note_append()
    if topic == OFFSETS_TOPIC:
        broker.groups.offsets.replay_end_transaction(marker.producer_id,
                                                     marker.transaction_result)
    return ErrorCode.NONE
