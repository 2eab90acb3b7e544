"""SyncGroup (key 14), v0-5: the leader hands out the assignment; every member receives its own.

Behaviour (Kafka's `KafkaApis.handleSyncGroupRequest`, `GroupCoordinatorService.syncGroup`,
then reference/core/groups/classic.py):
- v5+ must name the protocol type and name, else INCONSISTENT_GROUP_PROTOCOL, before anything
  else; then an empty group id is INVALID_GROUP_ID, then COORDINATOR_LOAD_IN_PROGRESS while the
  group's partition loads.
- A follower's SyncGroup waits (a deferred reply) for the leader's; the leader's writes the
  group's GroupMetadata record with the assignment, then everyone gets their share and the
  group is Stable. If the leader does not sync within the rebalance timeout, the members that
  did not sync are removed and the others told REBALANCE_IN_PROGRESS.
Divergences: a parked SyncGroup unanswered past the safety deadline (Kafka has none) answers
REBALANCE_IN_PROGRESS.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.groups.classic_results import Pending, SyncRequest, SyncResult
from reference.core.handlers.parked_group_answer import parked_answer
from reference.core.requests import Reply, RequestContext, Respond
from spec.generated.errors import ErrorCode
from spec.generated.sync_group import SyncGroupRequest, SyncGroupResponse

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = SyncGroupRequest.API_KEY
FIRST_VERSION_WITH_PROTOCOL = 5


def handle(broker: Broker, context: RequestContext, request: SyncGroupRequest) -> Reply:
    version = context.api_version
    groups = broker.groups
    if version >= FIRST_VERSION_WITH_PROTOCOL and (request.protocol_type is None
                                                   or request.protocol_name is None):
        return Respond(response(SyncResult(ErrorCode.INCONSISTENT_GROUP_PROTOCOL)))
    if not request.group_id:
        return Respond(response(SyncResult(ErrorCode.INVALID_GROUP_ID)))
    error = groups.load_error(request.group_id)
    if error is not ErrorCode.NONE:
        return Respond(response(SyncResult(error)))
    answer = groups.classic.sync(SyncRequest(
        group_id=request.group_id, generation_id=request.generation_id,
        member_id=request.member_id, group_instance_id=request.group_instance_id,
        protocol_type=request.protocol_type, protocol_name=request.protocol_name,
        assignments=tuple((each.member_id, each.assignment) for each in request.assignments)),
        context.now_ms)
    groups.flush_classic(context.now_ms)
    if not isinstance(answer, Pending):
        return Respond(response(answer))
    group = groups.classic.group(request.group_id)
    wait_ms = group.rebalance_timeout_ms() if group is not None else 0
    return parked_answer(groups, answer.ticket, SyncResult, now_ms=context.now_ms,
                         wait_ms=wait_ms,
                         on_deadline=lambda: SyncResult(ErrorCode.REBALANCE_IN_PROGRESS),
                         respond=lambda ready: Respond(response(ready)))


def response(result: SyncResult) -> SyncGroupResponse:
    return SyncGroupResponse(error_code=result.error, protocol_type=result.protocol_type,
                             protocol_name=result.protocol_name, assignment=result.assignment)
