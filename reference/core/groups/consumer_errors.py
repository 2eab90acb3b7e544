"""The checks of a ConsumerGroupHeartbeat before it touches any group, and the error it raises.

Kafka 4.x GroupCoordinatorService.throwIfConsumerGroupHeartbeatRequestIsInvalid, in its order.
"""

from __future__ import annotations

from collections.abc import Sequence

from reference.core.groups.consumer_member import (
    LEAVE_GROUP_MEMBER_EPOCH,
    LEAVE_GROUP_STATIC_MEMBER_EPOCH,
)
from reference.core.groups.consumer_results import ConsumerHeartbeatRequest
from spec.errors import ErrorCode

# From ConsumerGroupHeartbeat v1 (KIP-1082) the client makes up its member id, even to join.
CONSUMER_GENERATED_MEMBER_ID_REQUIRED_VERSION = 1


class HeartbeatError(Exception):
    def __init__(self, error: ErrorCode, message: str | None = None) -> None:
        super().__init__(f"{error.name}: {message}")
        self.error = error
        self.message = message


def _invalid(message: str) -> HeartbeatError:
    return HeartbeatError(ErrorCode.INVALID_REQUEST, message)


def validate_request(request: ConsumerHeartbeatRequest, assignors: Sequence[str]) -> None:
    epoch = request.member_epoch
    if (request.api_version >= CONSUMER_GENERATED_MEMBER_ID_REQUIRED_VERSION or epoch > 0
            or epoch == LEAVE_GROUP_MEMBER_EPOCH) and request.member_id == "":
        raise _invalid("MemberId can't be empty.")
    if request.group_id == "":
        raise _invalid("GroupId can't be empty.")
    if request.instance_id == "":
        raise _invalid("InstanceId can't be empty.")
    if request.rack_id == "":
        raise _invalid("RackId can't be empty.")
    if epoch == 0:
        if request.rebalance_timeout_ms == -1:
            raise _invalid("RebalanceTimeoutMs must be provided in first request.")
        if request.owned_partitions is None or any(request.owned_partitions.values()):
            raise _invalid("TopicPartitions must be empty when (re-)joining.")
        if request.subscribed_topic_names is None and request.subscribed_topic_regex is None:
            raise _invalid("Either SubscribedTopicNames or SubscribedTopicRegex must be non-null "
                           "when (re-)joining.")
    elif epoch == LEAVE_GROUP_STATIC_MEMBER_EPOCH:
        if request.instance_id is None:
            raise _invalid("InstanceId can't be null.")
    elif epoch < LEAVE_GROUP_STATIC_MEMBER_EPOCH:
        raise _invalid("MemberEpoch is invalid.")
    if request.server_assignor is not None and request.server_assignor not in assignors:
        raise HeartbeatError(ErrorCode.UNSUPPORTED_ASSIGNOR,
                             f"ServerAssignor {request.server_assignor} is not supported. "
                             f"Supported assignors: {', '.join(assignors)}.")
