"""DeleteGroups (key 42), v0-2: delete empty groups and their committed offsets.

Behaviour (Kafka's `GroupCoordinatorService.deleteGroups`, then the offsets store in
reference/core/groups/offsets.py): each group is answered on its own, in request order:
COORDINATOR_LOAD_IN_PROGRESS while its partition loads, GROUP_ID_NOT_FOUND for an unknown
group, NON_EMPTY_GROUP for one with members; a deleted group's offsets and the group itself get
tombstones in `__consumer_offsets`, and the classic group is gone at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.requests import Reply, RequestContext, Respond
from spec.generated.delete_groups import DeleteGroupsRequest, DeleteGroupsResponse
from spec.generated.errors import ErrorCode

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = DeleteGroupsRequest.API_KEY
Result = DeleteGroupsResponse.DeletableGroupResult


def handle(broker: Broker, context: RequestContext, request: DeleteGroupsRequest) -> Reply:
    groups = broker.groups
    answers: dict[int, ErrorCode] = {}
    deletable: list[tuple[int, str]] = []
    for index, group_id in enumerate(request.groups_names):
        error = groups.load_error(group_id)
        if error is ErrorCode.NONE:
            deletable.append((index, group_id))
        else:
            answers[index] = error
    result = groups.offsets.delete_groups([group_id for _, group_id in deletable])
    for (index, _), (_, error) in zip(deletable, result.groups, strict=True):
        answers[index] = error
    if result.records:
        groups.write_from_offsets(result.records, context.now_ms)
    return Respond(DeleteGroupsResponse(results=tuple(
        Result(group_id=group_id, error_code=answers[index])
        for index, group_id in enumerate(request.groups_names))))
