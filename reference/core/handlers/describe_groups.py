"""DescribeGroups (key 15), v0-5: classic groups with their members, in request order.

Behaviour (Kafka's `GroupCoordinatorService.describeGroups`, then
reference/core/groups/classic_describe.py): an empty group id answers INVALID_GROUP_ID, a group
whose partition loads COORDINATOR_LOAD_IN_PROGRESS, an unknown group (or one of another type)
state "Dead" with no error; members carry their metadata and assignment only in a Stable
group (Kafka's summary otherwise). v3+ may ask for authorized operations: with no authorizer,
every operation on a group is allowed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.acl_operations import GROUP_OPERATIONS, bit_field
from reference.core.groups.classic_results import DescribedGroup
from reference.core.requests import Reply, RequestContext, Respond
from spec.generated.describe_groups import DescribeGroupsRequest, DescribeGroupsResponse
from spec.generated.errors import ErrorCode

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = DescribeGroupsRequest.API_KEY
OPERATIONS_NOT_ASKED = -(2**31)


def handle(broker: Broker, context: RequestContext, request: DescribeGroupsRequest) -> Reply:
    operations = (bit_field(GROUP_OPERATIONS) if request.include_authorized_operations
                  else OPERATIONS_NOT_ASKED)
    return Respond(DescribeGroupsResponse(groups=tuple(
        described(describe(broker, group_id), operations) for group_id in request.groups)))


def describe(broker: Broker, group_id: str) -> DescribedGroup:
    if not group_id:
        return DescribedGroup(group_id, ErrorCode.INVALID_GROUP_ID, "", "", "")
    error = broker.groups.load_error(group_id)
    if error is not ErrorCode.NONE:
        return DescribedGroup(group_id, error, "", "", "")
    return broker.groups.classic.describe([group_id])[0]


def described(group: DescribedGroup, operations: int) -> DescribeGroupsResponse.DescribedGroup:
    return DescribeGroupsResponse.DescribedGroup(
        error_code=group.error, group_id=group.group_id, group_state=group.state,
        protocol_type=group.protocol_type, protocol_data=group.protocol_data,
        authorized_operations=operations, members=tuple(
            DescribeGroupsResponse.DescribedGroupMember(
                member_id=member.member_id, group_instance_id=member.group_instance_id,
                client_id=member.client_id, client_host=member.client_host,
                member_metadata=member.metadata, member_assignment=member.assignment)
            for member in group.members))
