"""ConsumerGroupHeartbeat (API key 68): the KIP-848 consumer group protocol.

Versions: 0-1, as in ConsumerGroupHeartbeatRequest.json (v1 is marked latestVersionUnstable in
  the bundled schemas; Kafka 4.0 serves it as stable, see reference/core/served_apis.py).
Behaviour: join (epoch 0), heartbeat (the member's epoch, owned partitions), leave (-1) and
  static leave (-2); the coordinator in reference/core/groups/consumer.py answers and its
  records go to the group's `__consumer_offsets` partition. Checks in Kafka's order: request
  validation (INVALID_REQUEST, UNSUPPORTED_ASSIGNOR), then COORDINATOR_LOAD_IN_PROGRESS while
  the group's partition loads, then the group and member errors (GROUP_ID_NOT_FOUND,
  GROUP_MAX_SIZE_REACHED, UNKNOWN_MEMBER_ID, FENCED_MEMBER_EPOCH, UNRELEASED_INSTANCE_ID,
  FENCED_INSTANCE_ID, ...). An error answer carries only the code and message.
Version notes: v1 adds SubscribedTopicRegex (RE2/J; Python `re` full match stands in, see
  consumer_assign.py) and requires the client to make up its member id (KIP-1082), so an empty
  member id is INVALID_REQUEST even when joining.
  A join (epoch 0) under the id of an Empty classic group deletes that group (its GroupMetadata
  tombstone is written first); any other classic group answers GROUP_ID_NOT_FOUND.
Divergences: a non-empty classic group is never converted online to a consumer group (Kafka does
  when group.consumer.migration.policy allows and its members use the consumer protocol).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.groups.classic_group import ClassicGroupState
from reference.core.groups.consumer_errors import HeartbeatError, validate_request
from reference.core.groups.consumer_member import PartitionsById, partitions_from_pairs
from reference.core.groups.consumer_results import (
    ConsumerHeartbeatRequest,
    ConsumerHeartbeatResult,
)
from reference.core.requests import Reply, RequestContext, Respond
from spec.coordinator_records import record_of
from spec.generated.consumer_group_heartbeat import (
    ConsumerGroupHeartbeatRequest,
    ConsumerGroupHeartbeatResponse,
)
from spec.generated.errors import ErrorCode
from spec.generated_coordinator.group_metadata import GroupMetadataKey

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = ConsumerGroupHeartbeatRequest.API_KEY
Response = ConsumerGroupHeartbeatResponse


def handle(broker: Broker, context: RequestContext,
           request: ConsumerGroupHeartbeatRequest) -> Reply:
    asked = core_request(context, request)
    groups = broker.groups
    try:
        validate_request(asked, groups.consumer.settings.assignors)
    except HeartbeatError as error:
        return Respond(refusal(error.error, error.message))
    load_error = groups.load_error(request.group_id)
    if load_error != ErrorCode.NONE:
        return Respond(refusal(load_error))
    classic = groups.classic.group(request.group_id)
    replaces_classic = classic is not None and classic.state is ClassicGroupState.EMPTY \
        and request.member_epoch == 0
    if classic is not None and not replaces_classic:
        return Respond(refusal(ErrorCode.GROUP_ID_NOT_FOUND,
                               f"Group {request.group_id} is not a consumer group"))
    result, records = groups.consumer.heartbeat(asked, groups.topics(), context.now_ms)
    if replaces_classic and result.error == ErrorCode.NONE:
        # Kafka's maybeDeleteEmptyClassicGroup: the classic group's tombstone goes first.
        records = [record_of(GroupMetadataKey(group=request.group_id), None), *records]
    if records:
        groups.write(records, context.now_ms, origin=groups.consumer)
    return Respond(response_of(result))


def core_request(context: RequestContext,
                 request: ConsumerGroupHeartbeatRequest) -> ConsumerHeartbeatRequest:
    owned: PartitionsById | None = None
    if request.topic_partitions is not None:
        owned = partitions_from_pairs((item.topic_id, item.partitions)
                                      for item in request.topic_partitions)
    return ConsumerHeartbeatRequest(
        group_id=request.group_id, member_id=request.member_id,
        member_epoch=request.member_epoch, instance_id=request.instance_id,
        rack_id=request.rack_id, rebalance_timeout_ms=request.rebalance_timeout_ms,
        subscribed_topic_names=request.subscribed_topic_names,
        subscribed_topic_regex=request.subscribed_topic_regex,
        server_assignor=request.server_assignor, owned_partitions=owned,
        client_id=context.client_id or "", client_host=context.client_host,
        api_version=context.api_version)


def response_of(result: ConsumerHeartbeatResult) -> ConsumerGroupHeartbeatResponse:
    if result.error != ErrorCode.NONE:
        return refusal(result.error, result.error_message)
    assignment = None
    if result.assignment is not None:
        assignment = Response.Assignment(topic_partitions=tuple(
            Response.TopicPartitions(topic_id=topic_id,
                                     partitions=tuple(sorted(result.assignment[topic_id])))
            for topic_id in sorted(result.assignment, key=str)))
    return Response(error_code=ErrorCode.NONE, member_id=result.member_id,
                    member_epoch=result.member_epoch,
                    heartbeat_interval_ms=result.heartbeat_interval_ms, assignment=assignment)


def refusal(code: ErrorCode, message: str | None = None) -> ConsumerGroupHeartbeatResponse:
    return Response(error_code=code, error_message=message)
