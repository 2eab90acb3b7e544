"""JoinGroup (key 11), v0-9: join a classic group and wait for the rebalance's join phase.

Behaviour (Kafka's `KafkaApis.handleJoinGroupRequest`, `GroupCoordinatorService.joinGroup`,
then the classic group state machine in reference/core/groups/classic.py):
- An empty group id (INVALID_GROUP_ID) and a session timeout outside
  [group.min.session.timeout.ms, group.max.session.timeout.ms] (INVALID_SESSION_TIMEOUT) are
  refused before the group's partition is asked, so they come before
  COORDINATOR_LOAD_IN_PROGRESS while `__consumer_offsets` loads.
- v0 has no rebalance timeout: the session timeout stands in (Kafka's JoinGroupRequest does so).
- v4+ (KIP-394): a member without id gets MEMBER_ID_REQUIRED and its id first; v5+ static
  members (KIP-345); v9 (KIP-814) skip_assignment for a replaced static leader.
- The answer waits (a deferred reply) until the join phase ends: all members rejoined, the
  rebalance timeout passed, or group.initial.rebalance.delay.ms for a new group.
Version notes: v0-6 cannot carry a null protocol name: "" is sent, as Kafka's
JoinGroupResponse does.
- A JoinGroup naming an empty KIP-848 consumer group converts it to a classic group, as Kafka's
  classicGroupJoin does.
Divergences: a JoinGroup naming a consumer group with members answers
INCONSISTENT_GROUP_PROTOCOL (Kafka 4 lets classic members join it: the online migration of
KIP-848, not built); a parked JoinGroup still unanswered long after every timer that could end
it (the safety deadline below, which Kafka does not have) answers REBALANCE_IN_PROGRESS.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from reference.core.groups.classic_group import Protocol
from reference.core.groups.classic_results import JoinRequest, JoinResult, Pending
from reference.core.handlers.parked_group_answer import parked_answer
from reference.core.requests import Reply, RequestContext, Respond
from spec.generated.errors import ErrorCode
from spec.generated.join_group import JoinGroupRequest, JoinGroupResponse

if TYPE_CHECKING:
    from reference.core.broker import Broker

log = logging.getLogger("kspec.join_group")

API_KEY = JoinGroupRequest.API_KEY
FIRST_VERSION_WITH_NULLABLE_PROTOCOL_NAME = 7


def handle(broker: Broker, context: RequestContext, request: JoinGroupRequest) -> Reply:
    join = join_request(context, request)
    groups = broker.groups
    error = groups.classic.join_request_error(join)
    if error is ErrorCode.NONE:
        error = groups.load_error(join.group_id)
    if error is ErrorCode.NONE:
        error = take_over_consumer_group(broker, join.group_id, context.now_ms)
    if error is not ErrorCode.NONE:
        return Respond(response(JoinResult(error, join.member_id), context.api_version))
    answer = groups.classic.join(join, context.now_ms)
    groups.flush_classic(context.now_ms)
    if not isinstance(answer, Pending):
        return Respond(response(answer, context.api_version))
    wait_ms = max(join.rebalance_timeout_ms, groups.classic.settings.new_member_join_timeout_ms)

    def never_answered() -> JoinResult:
        log.warning("JoinGroup of %s in %s never answered; asking it to rejoin",
                    join.member_id, join.group_id)
        return JoinResult(ErrorCode.REBALANCE_IN_PROGRESS, join.member_id)

    return parked_answer(groups, answer.ticket, JoinResult, now_ms=context.now_ms,
                         wait_ms=wait_ms, on_deadline=never_answered,
                         respond=lambda ready: Respond(response(ready, context.api_version)))


def take_over_consumer_group(broker: Broker, group_id: str, now_ms: int) -> ErrorCode:
    """An empty KIP-848 group becomes a classic one (its records are deleted), as Kafka's
    classicGroupJoin converts it; a non-empty one is refused (see Divergences)."""
    consumer_group = broker.groups.consumer.group(group_id)
    if consumer_group is None:
        return ErrorCode.NONE
    if not consumer_group.is_empty:
        return ErrorCode.INCONSISTENT_GROUP_PROTOCOL
    broker.groups.write(broker.groups.consumer.delete_group_records(group_id), now_ms,
                        origin=None)
    return ErrorCode.NONE


def join_request(context: RequestContext, request: JoinGroupRequest) -> JoinRequest:
    rebalance_timeout_ms = (request.session_timeout_ms if context.api_version == 0
                            else request.rebalance_timeout_ms)
    return JoinRequest(
        group_id=request.group_id, member_id=request.member_id,
        protocol_type=request.protocol_type,
        protocols=tuple(Protocol(each.name, each.metadata) for each in request.protocols),
        session_timeout_ms=request.session_timeout_ms, rebalance_timeout_ms=rebalance_timeout_ms,
        group_instance_id=request.group_instance_id, client_id=context.client_id or "",
        client_host=f"/{context.client_host}", api_version=context.api_version)


def response(result: JoinResult, version: int) -> JoinGroupResponse:
    protocol_name = result.protocol_name
    if protocol_name is None and version < FIRST_VERSION_WITH_NULLABLE_PROTOCOL_NAME:
        protocol_name = ""
    return JoinGroupResponse(
        error_code=result.error, generation_id=result.generation_id,
        protocol_type=result.protocol_type, protocol_name=protocol_name,
        leader=result.leader_id, skip_assignment=result.skip_assignment,
        member_id=result.member_id,
        members=tuple(JoinGroupResponse.JoinGroupResponseMember(
            member_id=member.member_id, group_instance_id=member.group_instance_id,
            metadata=member.metadata) for member in result.members))
