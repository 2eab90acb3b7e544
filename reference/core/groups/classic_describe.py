"""What DescribeGroups and ListGroups report of classic groups (Kafka 4.x's describe and
asListedGroup): members' metadata and assignments only while Stable, states as Kafka prints them.
"""

from __future__ import annotations

from collections.abc import Iterable

from reference.core.groups.classic_group import ClassicGroup, ClassicGroupState
from reference.core.groups.classic_results import DescribedGroup, DescribedMember, ListedGroup
from spec.errors import ErrorCode


def describe_group(group_id: str, group: ClassicGroup | None) -> DescribedGroup:
    if group is None:  # DescribeGroups v0-5 (all we serve): Dead, and no error
        return DescribedGroup(group_id, ErrorCode.NONE, ClassicGroupState.DEAD.value, "", "")
    is_stable = group.state is ClassicGroupState.STABLE
    protocol_name = group.protocol_name if is_stable else None
    members = tuple(
        DescribedMember(member.member_id, member.group_instance_id, member.client_id,
                        member.client_host,
                        member.metadata_for(protocol_name) if protocol_name is not None else b"",
                        member.assignment if is_stable else b"")
        for member in group.members.values())
    return DescribedGroup(group_id, ErrorCode.NONE, group.state.value, group.protocol_type or "",
                          protocol_name or "", members)


def list_groups(groups: Iterable[ClassicGroup], states_filter: Iterable[str] = (),
                types_filter: Iterable[str] = ()) -> list[ListedGroup]:
    """Every group, or those matching the state (KIP-518) and type (KIP-848) filters; both
    compare case-insensitively, as Kafka lower-cases them."""
    wanted_states = {state.strip().lower() for state in states_filter}
    wanted_types = {kind.strip().lower() for kind in types_filter}
    if wanted_types and "classic" not in wanted_types:
        return []
    return [ListedGroup(group.group_id, group.protocol_type or "", group.state.value)
            for group in groups
            if not wanted_states or group.state.value.lower() in wanted_states]
