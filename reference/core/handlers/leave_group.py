"""LeaveGroup (key 13), v0-5: members leave a classic group, which then rebalances.

Behaviour (Kafka's `GroupCoordinatorService.leaveGroup`, then reference/core/groups/classic.py):
- v0-2 name one member; v3+ (KIP-345) a batch of (member id, group instance id), and an admin
  may name a static member by instance id alone.
- An empty group id is INVALID_GROUP_ID, then COORDINATOR_LOAD_IN_PROGRESS while the group's
  partition loads; each member is answered on its own (UNKNOWN_MEMBER_ID, FENCED_INSTANCE_ID).
Version notes: v0-2 answer one error code: the top-level one, else the member's (Kafka's
LeaveGroupResponse.getError).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.groups.classic_results import LeaveResult
from reference.core.requests import Reply, RequestContext, Respond
from spec.generated.errors import ErrorCode
from spec.generated.leave_group import LeaveGroupRequest, LeaveGroupResponse

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = LeaveGroupRequest.API_KEY
FIRST_BATCHED_VERSION = 3


def handle(broker: Broker, context: RequestContext, request: LeaveGroupRequest) -> Reply:
    version = context.api_version
    groups = broker.groups
    if version < FIRST_BATCHED_VERSION:
        members: list[tuple[str, str | None]] = [(request.member_id, None)]
    else:
        members = [(each.member_id, each.group_instance_id) for each in request.members]
    if request.group_id:
        error = groups.load_error(request.group_id)
        if error is not ErrorCode.NONE:
            return Respond(response(LeaveResult(error), version))
    result = groups.classic.leave(group_id=request.group_id, members=members,
                                  now_ms=context.now_ms)
    groups.flush_classic(context.now_ms)
    return Respond(response(result, version))


def response(result: LeaveResult, version: int) -> LeaveGroupResponse:
    if version < FIRST_BATCHED_VERSION:
        member_errors = [member.error for member in result.members
                         if member.error is not ErrorCode.NONE]
        error = result.error if result.error is not ErrorCode.NONE else next(
            iter(member_errors), ErrorCode.NONE)
        return LeaveGroupResponse(error_code=error)
    return LeaveGroupResponse(error_code=result.error, members=tuple(
        LeaveGroupResponse.MemberResponse(member_id=member.member_id,
                                          group_instance_id=member.group_instance_id,
                                          error_code=member.error)
        for member in result.members))
