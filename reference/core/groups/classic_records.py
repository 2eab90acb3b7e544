"""A classic group to and from its `__consumer_offsets` GroupMetadata record.

Source: Kafka 4.x GroupCoordinatorRecordHelpers.newGroupMetadataRecord (what is written) and
  ClassicGroup.fromRecord (what a load rebuilds).
Behaviour: the record holds the generation, protocol type and name, leader, the time of the
  last state change, and every member with its subscription for the chosen protocol and its
  assignment. A loaded group with members is Stable, without members Empty; parked requests,
  pending members and timers are not persisted (the loader re-arms each member's session).
"""

from __future__ import annotations

from collections.abc import Mapping

from reference.core.groups.classic_group import (
    ClassicGroup,
    ClassicGroupState,
    ClassicMember,
    Protocol,
)
from spec.coordinator_records import CoordinatorRecord, record_of
from spec.generated_coordinator.group_metadata import GroupMetadataKey, GroupMetadataValue

__all__ = ["group_from_value", "group_metadata_record"]


def group_metadata_record(group: ClassicGroup,
                          assignments: Mapping[str, bytes]) -> CoordinatorRecord:
    """The GroupMetadata record of `group` with these member assignments (absent: empty)."""
    members = []
    for member in group.all_members():
        assert group.protocol_name is not None, "non-empty group metadata needs a protocol"
        members.append(GroupMetadataValue.MemberMetadata(
            member_id=member.member_id, group_instance_id=member.group_instance_id,
            client_id=member.client_id, client_host=member.client_host,
            rebalance_timeout=member.rebalance_timeout_ms,
            session_timeout=member.session_timeout_ms,
            subscription=member.metadata_for(group.protocol_name),
            assignment=assignments.get(member.member_id, b"")))
    value = GroupMetadataValue(
        protocol_type=group.protocol_type or "", generation=group.generation_id,
        protocol=group.protocol_name, leader=group.leader_id,
        current_state_timestamp=group.state_changed_ms, members=tuple(members))
    return record_of(GroupMetadataKey(group=group.group_id), value)


def group_from_value(group_id: str, value: GroupMetadataValue) -> ClassicGroup:
    """The group a GroupMetadata value describes, as Kafka's ClassicGroup.fromRecord loads it."""
    state = ClassicGroupState.STABLE if value.members else ClassicGroupState.EMPTY
    group = ClassicGroup(group_id, state=state, generation_id=value.generation,
                         protocol_type=value.protocol_type or None,
                         protocol_name=value.protocol, leader_id=value.leader,
                         state_changed_ms=max(value.current_state_timestamp, 0))
    for entry in value.members:
        protocols = () if value.protocol is None else (Protocol(value.protocol,
                                                                 entry.subscription),)
        # A record from before rebalance timeouts (v0) says -1: Kafka uses the session timeout.
        rebalance_timeout_ms = (entry.rebalance_timeout if entry.rebalance_timeout >= 0
                                else entry.session_timeout)
        member = ClassicMember(entry.member_id, entry.group_instance_id, entry.client_id,
                               entry.client_host, rebalance_timeout_ms, entry.session_timeout,
                               value.protocol_type, protocols, entry.assignment)
        group.members[member.member_id] = member
        if member.group_instance_id is not None:
            group.static_members[member.group_instance_id] = member.member_id
    group.subscribed_topics = group.compute_subscribed_topics()
    return group
