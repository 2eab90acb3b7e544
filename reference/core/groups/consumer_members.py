"""Which member a heartbeat speaks for, and the errors when it may not (Kafka 4.x's
getOrMaybeSubscribeDynamicConsumerGroupMember / ...StaticConsumerGroupMember and
throwIfConsumerGroupMemberEpochIsInvalid), the records that hand a static member's place to
its new member id (replaceMember), and the member as a heartbeat updates it."""

from __future__ import annotations

import dataclasses
from typing import TypeVar

from reference.core.groups.consumer_errors import HeartbeatError
from reference.core.groups.consumer_group import ConsumerGroup
from reference.core.groups.consumer_member import (
    LEAVE_GROUP_STATIC_MEMBER_EPOCH,
    ConsumerMember,
    PartitionsById,
)
from reference.core.groups.consumer_records import (
    current_assignment_record,
    member_record,
    member_tombstones,
    target_member_record,
)
from reference.core.groups.consumer_results import ConsumerHeartbeatRequest
from spec.coordinator_records import CoordinatorRecord
from spec.errors import ErrorCode


def checked_dynamic_member(group: ConsumerGroup, member_id: str,
                           request: ConsumerHeartbeatRequest) -> ConsumerMember:
    member = group.members.get(member_id)
    if member is None:
        if request.member_epoch != 0:
            raise HeartbeatError(ErrorCode.UNKNOWN_MEMBER_ID,
                                 f"Member {member_id} is not a member of group {group.group_id}.")
        member = ConsumerMember(member_id)
    check_member_epoch(member, request.member_epoch, request.owned_partitions)
    return member


def checked_static_member(group: ConsumerGroup, member_id: str,
                          request: ConsumerHeartbeatRequest
                          ) -> tuple[ConsumerMember, ConsumerMember | None]:
    """(the member, the static member it replaces or None). A leave (epoch < 0) is checked for
    the instance and member id only."""
    assert request.instance_id is not None
    existing = group.static_member(request.instance_id)
    if request.member_epoch == 0:
        if existing is None:
            return ConsumerMember(member_id), None
        if existing.member_epoch != LEAVE_GROUP_STATIC_MEMBER_EPOCH:
            raise HeartbeatError(ErrorCode.UNRELEASED_INSTANCE_ID,
                                 f"Static member {member_id} with instance id "
                                 f"{request.instance_id} cannot join the group because the "
                                 f"instance id is owned by {existing.member_id} member.")
        replacement = dataclasses.replace(existing, member_id=member_id, member_epoch=0,
                                          previous_member_epoch=0)
        return replacement, existing
    if existing is None:
        raise HeartbeatError(ErrorCode.UNKNOWN_MEMBER_ID,
                             f"Instance id {request.instance_id} is unknown.")
    if existing.member_id != member_id:
        raise HeartbeatError(ErrorCode.FENCED_INSTANCE_ID,
                             f"Static member {member_id} with instance id {request.instance_id} "
                             f"was fenced by member {existing.member_id}.")
    if request.member_epoch >= 0:
        check_member_epoch(existing, request.member_epoch, request.owned_partitions)
    return existing, None


def check_member_epoch(member: ConsumerMember, received_epoch: int,
                       owned: PartitionsById | None) -> None:
    """A member may be one epoch behind when the answer that moved it on was lost, provided it
    owns nothing beyond its current assignment."""
    if received_epoch > member.member_epoch:
        raise HeartbeatError(ErrorCode.FENCED_MEMBER_EPOCH,
                             f"The consumer group member has a greater member epoch "
                             f"({received_epoch}) than the one known by the group coordinator "
                             f"({member.member_epoch}). The member must abandon all its "
                             "partitions and rejoin.")
    if received_epoch < member.member_epoch and (
            received_epoch != member.previous_member_epoch
            or not _is_subset(owned, member.assigned_partitions)):
        raise HeartbeatError(ErrorCode.FENCED_MEMBER_EPOCH,
                             f"The consumer group member has a smaller member epoch "
                             f"({received_epoch}) than the one known by the group coordinator "
                             f"({member.member_epoch}). The member must abandon all its "
                             "partitions and rejoin.")


def _is_subset(owned: PartitionsById | None, assigned: PartitionsById) -> bool:
    if owned is None:
        return False
    return all(partitions <= assigned.get(topic_id, frozenset())
               for topic_id, partitions in owned.items() if partitions)


def static_replacement_records(group: ConsumerGroup, old: ConsumerMember,
                               new: ConsumerMember) -> list[CoordinatorRecord]:
    return [*member_tombstones(group.group_id, old.member_id),
            member_record(group.group_id, new),
            target_member_record(group.group_id, new.member_id,
                                 group.target_assignment.get(old.member_id, {})),
            current_assignment_record(group.group_id, new)]


V = TypeVar("V")


def _pick(sent: V | None, held: V) -> V:
    return held if sent is None else sent


def updated_member(member: ConsumerMember, request: ConsumerHeartbeatRequest) -> ConsumerMember:
    """The member with what the heartbeat changed (None fields: unchanged)."""
    names = request.subscribed_topic_names
    return dataclasses.replace(
        member, instance_id=_pick(request.instance_id, member.instance_id),
        rack_id=_pick(request.rack_id, member.rack_id),
        rebalance_timeout_ms=(member.rebalance_timeout_ms if request.rebalance_timeout_ms == -1
                              else request.rebalance_timeout_ms),
        server_assignor=_pick(request.server_assignor, member.server_assignor),
        subscribed_topic_names=(member.subscribed_topic_names if names is None
                                else frozenset(names)),
        subscribed_topic_regex=_pick(request.subscribed_topic_regex,
                                    member.subscribed_topic_regex),
        client_id=request.client_id, client_host=request.client_host)
