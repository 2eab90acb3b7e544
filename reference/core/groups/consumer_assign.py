"""What a KIP-848 group's subscriptions resolve to, and its next target assignment.

- Regular expressions: Kafka 4.x compiles RE2/J patterns and keeps the topics whose whole name
  matches (`Pattern.matcher(name).matches()`); Python's `re.fullmatch` stands in for RE2/J.
- Subscription metadata (ConsumerGroup.computeSubscriptionMetadata): the id and partition count
  of every existing topic some member subscribes to, by name or through a resolved regex.
- Target assignment (TargetAssignmentBuilder): the group's assignor (the one most members ask
  for, else the broker's default) over every member's subscribed, existing topics, starting from
  the current target; a record for each member whose target changed, then the new epoch.
Divergences: RE2/J and Python `re` differ in corner syntax (RE2 has no backreferences or
  lookaround, so Python accepts some patterns Kafka refuses). Members are handed to the assignor
  sorted by member id, where Kafka uses its hash-map order.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping

from reference.core.groups.assignors import AssignmentMember, assign
from reference.core.groups.consumer_group import ConsumerGroup
from reference.core.groups.consumer_member import PartitionsById
from reference.core.groups.consumer_records import target_epoch_record, target_member_record
from reference.core.groups.topics_view import TopicInfo
from spec.coordinator_records import CoordinatorRecord


def is_valid_regex(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


def resolve_regex(pattern: str, topics: Mapping[str, TopicInfo]) -> frozenset[str]:
    compiled = re.compile(pattern)
    return frozenset(name for name in topics if compiled.fullmatch(name))


def subscription_metadata(group: ConsumerGroup,
                          topics: Mapping[str, TopicInfo]) -> dict[str, TopicInfo]:
    return {name: topics[name] for name in sorted(group.subscribed_topic_names())
            if name in topics}


def target_assignment(group: ConsumerGroup, assignor_name: str,
                      ) -> tuple[dict[str, PartitionsById], list[CoordinatorRecord]]:
    """The new target of every member at the group's epoch, and the records that store it."""
    metadata = group.subscription_metadata
    names_by_id = {info.topic_id: name for name, info in metadata.items()}
    members = [_assignment_member(group, member_id, names_by_id)
               for member_id in sorted(group.members)]
    counts = {name: info.partition_count for name, info in metadata.items()}
    by_name = assign(assignor_name, members, counts)
    new_target: dict[str, PartitionsById] = {}
    records: list[CoordinatorRecord] = []
    for member_id in sorted(group.members):
        partitions = {metadata[name].topic_id: frozenset(items)
                      for name, items in by_name.get(member_id, {}).items() if items}
        new_target[member_id] = partitions
        if group.target_assignment.get(member_id) != partitions:
            records.append(target_member_record(group.group_id, member_id, partitions))
    records.append(target_epoch_record(group.group_id, group.group_epoch))
    return new_target, records


def _assignment_member(group: ConsumerGroup, member_id: str,
                       names_by_id: Mapping[uuid.UUID, str]) -> AssignmentMember:
    member = group.members[member_id]
    subscribed = frozenset(name for name in group.member_topics(member)
                           if name in group.subscription_metadata)
    current: dict[str, frozenset[int]] = {}
    for topic_id, partitions in group.target_assignment.get(member_id, {}).items():
        name = names_by_id.get(topic_id)
        if name is None or name not in subscribed:
            continue  # a deleted or no longer subscribed topic: nothing to keep
        count = group.subscription_metadata[name].partition_count
        current[name] = frozenset(partition for partition in partitions if partition < count)
    return AssignmentMember(member_id, subscribed, member.instance_id, member.rack_id, current)
