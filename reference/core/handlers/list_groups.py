"""ListGroups (key 16), v0-5: the groups this broker coordinates.

Behaviour (Kafka's `GroupCoordinatorService.listGroups`): every group of every loaded
`__consumer_offsets` partition, with its protocol type; v4+ filter by state (KIP-518, matched
case-insensitively) and report it, v5+ filter by type ("classic", "consumer"; KIP-848) and
report it. While a partition loads, the answer is COORDINATOR_LOAD_IN_PROGRESS with the groups
of the loaded ones.
Divergences: groups are listed sorted by group id (Kafka: in the order its partitions answer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.requests import Reply, RequestContext, Respond
from spec.generated.errors import ErrorCode
from spec.generated.list_groups import ListGroupsRequest, ListGroupsResponse

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = ListGroupsRequest.API_KEY


def handle(broker: Broker, context: RequestContext, request: ListGroupsRequest) -> Reply:
    groups = broker.groups
    listed = groups.list_groups(request.states_filter, request.types_filter)
    error = (ErrorCode.COORDINATOR_LOAD_IN_PROGRESS if groups.is_loading else ErrorCode.NONE)
    return Respond(ListGroupsResponse(error_code=error, groups=tuple(
        ListGroupsResponse.ListedGroup(group_id=each.group_id, protocol_type=each.protocol_type,
                                       group_state=each.state, group_type=each.group_type)
        for each in sorted(listed, key=lambda each: each.group_id)
        if groups.load_error(each.group_id) is ErrorCode.NONE)))
