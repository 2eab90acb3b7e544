"""What ConsumerGroupDescribe and ListGroups report of KIP-848 groups (Kafka 4.x's
ConsumerGroup.asDescribedGroup and asListedGroup). Partitions of topics that no longer exist
are left out, as Kafka does when the topic is missing from its metadata image."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping

from reference.core.groups.classic_results import ListedGroup
from reference.core.groups.consumer_group import ConsumerGroup
from reference.core.groups.consumer_member import ConsumerMember, PartitionsById
from reference.core.groups.consumer_results import (
    DescribedConsumerGroup,
    DescribedConsumerMember,
    DescribedTopicPartitions,
)
from reference.core.groups.topics_view import TopicInfo
from spec.errors import ErrorCode


def describe_group(group_id: str, group: ConsumerGroup | None, topics: Mapping[str, TopicInfo],
                   default_assignor: str) -> DescribedConsumerGroup:
    if group is None:
        return DescribedConsumerGroup(group_id, ErrorCode.GROUP_ID_NOT_FOUND)
    names_by_id = {info.topic_id: name for name, info in topics.items()}
    members = tuple(_member(member, group.target_assignment.get(member.member_id, {}),
                            names_by_id) for member in group.members.values())
    return DescribedConsumerGroup(
        group_id, ErrorCode.NONE, None, group.state.value, group.group_epoch,
        group.assignment_epoch, group.preferred_server_assignor() or default_assignor, members)


def _member(member: ConsumerMember, target: PartitionsById,
            names_by_id: Mapping[uuid.UUID, str]) -> DescribedConsumerMember:
    return DescribedConsumerMember(
        member.member_id, member.instance_id, member.rack_id, member.member_epoch,
        member.client_id, member.client_host, tuple(sorted(member.subscribed_topic_names)),
        member.subscribed_topic_regex, _partitions(member.assigned_partitions, names_by_id),
        _partitions(target, names_by_id))


def _partitions(partitions: PartitionsById,
                names_by_id: Mapping[uuid.UUID, str]) -> tuple[DescribedTopicPartitions, ...]:
    return tuple(DescribedTopicPartitions(topic_id, names_by_id[topic_id],
                                          tuple(sorted(partitions[topic_id])))
                 for topic_id in sorted(partitions, key=str) if topic_id in names_by_id)


def list_groups(groups: Iterable[ConsumerGroup], states_filter: Iterable[str] = (),
                types_filter: Iterable[str] = ()) -> list[ListedGroup]:
    """Filters compare case-insensitively, as Kafka lower-cases them."""
    wanted_states = {state.strip().lower() for state in states_filter}
    wanted_types = {kind.strip().lower() for kind in types_filter}
    if wanted_types and "consumer" not in wanted_types:
        return []
    return [ListedGroup(group.group_id, "consumer", group.state.value, group_type="consumer")
            for group in groups
            if not wanted_states or group.state.value.lower() in wanted_states]
