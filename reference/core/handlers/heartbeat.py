"""Heartbeat (key 12), v0-4: a classic member says it is alive, and learns of rebalances.

Behaviour (Kafka's `GroupCoordinatorService.heartbeat`, then reference/core/groups/classic.py):
an empty group id is INVALID_GROUP_ID, then COORDINATOR_LOAD_IN_PROGRESS while the group's
partition loads; then UNKNOWN_MEMBER_ID, FENCED_INSTANCE_ID, ILLEGAL_GENERATION, and during a
rebalance REBALANCE_IN_PROGRESS (the member must rejoin). A heartbeat restarts the member's
session timeout.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.requests import Reply, RequestContext, Respond
from spec.generated.errors import ErrorCode
from spec.generated.heartbeat import HeartbeatRequest, HeartbeatResponse

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = HeartbeatRequest.API_KEY


def handle(broker: Broker, context: RequestContext, request: HeartbeatRequest) -> Reply:
    groups = broker.groups
    if request.group_id:
        error = groups.load_error(request.group_id)
        if error is not ErrorCode.NONE:
            return Respond(HeartbeatResponse(error_code=error))
    error = groups.classic.heartbeat(group_id=request.group_id,
                                     generation_id=request.generation_id,
                                     member_id=request.member_id,
                                     group_instance_id=request.group_instance_id,
                                     now_ms=context.now_ms)
    groups.flush_classic(context.now_ms)
    return Respond(HeartbeatResponse(error_code=error))
