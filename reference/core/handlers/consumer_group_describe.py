"""ConsumerGroupDescribe (API key 69): what a KIP-848 consumer group looks like.

Versions: 0, as in ConsumerGroupDescribeRequest.json.
Behaviour: per group id, in the order asked: INVALID_GROUP_ID for an empty id,
  COORDINATOR_LOAD_IN_PROGRESS while its `__consumer_offsets` partition loads, GROUP_ID_NOT_FOUND
  unless it is a consumer group (a classic group included); else its state, group and
  assignment epochs, assignor (the one most members asked for, else the broker's default) and
  members with their current and target assignments (partitions of deleted topics left out).
  Authorized operations: with no authorizer, every group operation when asked for.
Divergences: none known.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.acl_operations import GROUP_OPERATIONS_ALL
from reference.core.groups.consumer_results import (
    DescribedConsumerGroup,
    DescribedConsumerMember,
    DescribedTopicPartitions,
)
from reference.core.requests import Reply, RequestContext, Respond
from spec.generated.consumer_group_describe import (
    ConsumerGroupDescribeRequest,
    ConsumerGroupDescribeResponse,
)
from spec.generated.errors import ErrorCode

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = ConsumerGroupDescribeRequest.API_KEY
DEFAULT_AUTHORIZED_OPERATIONS = -(2**31)
Response = ConsumerGroupDescribeResponse


def handle(broker: Broker, context: RequestContext,
           request: ConsumerGroupDescribeRequest) -> Reply:
    groups = broker.groups
    topics = groups.topics()
    described: list[Response.DescribedGroup] = []
    for group_id in request.group_ids:
        if group_id == "":
            described.append(Response.DescribedGroup(group_id=group_id,
                                                     error_code=ErrorCode.INVALID_GROUP_ID))
            continue
        load_error = groups.load_error(group_id)
        if load_error != ErrorCode.NONE:
            described.append(Response.DescribedGroup(group_id=group_id, error_code=load_error))
            continue
        group = groups.consumer.describe([group_id], topics)[0]
        described.append(described_group(group, request.include_authorized_operations))
    return Respond(Response(groups=tuple(described)))


def described_group(group: DescribedConsumerGroup,
                    include_authorized_operations: bool) -> Response.DescribedGroup:
    if group.error != ErrorCode.NONE:
        return Response.DescribedGroup(group_id=group.group_id, error_code=group.error,
                                       error_message=group.error_message)
    operations = (GROUP_OPERATIONS_ALL if include_authorized_operations
                  else DEFAULT_AUTHORIZED_OPERATIONS)
    return Response.DescribedGroup(
        group_id=group.group_id, error_code=ErrorCode.NONE, group_state=group.state,
        group_epoch=group.group_epoch, assignment_epoch=group.assignment_epoch,
        assignor_name=group.assignor_name,
        members=tuple(_member(member) for member in group.members),
        authorized_operations=operations)


def _member(member: DescribedConsumerMember) -> Response.Member:
    return Response.Member(
        member_id=member.member_id, instance_id=member.instance_id, rack_id=member.rack_id,
        member_epoch=member.member_epoch, client_id=member.client_id,
        client_host=member.client_host, subscribed_topic_names=member.subscribed_topic_names,
        subscribed_topic_regex=member.subscribed_topic_regex,
        assignment=_assignment(member.assignment),
        target_assignment=_assignment(member.target_assignment))


def _assignment(partitions: tuple[DescribedTopicPartitions, ...]) -> Response.Assignment:
    return Response.Assignment(topic_partitions=tuple(
        Response.TopicPartitions(topic_id=item.topic_id, topic_name=item.topic_name,
                                 partitions=item.partitions) for item in partitions))
