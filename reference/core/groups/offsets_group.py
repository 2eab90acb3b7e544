"""What the committed-offsets store asks of a group: the narrow interface it validates through.

Kafka's OffsetMetadataManager calls into the group (`Group.validateOffsetCommit`,
`validateOffsetFetch`, `validateOffsetDelete`, `validateDeleteGroup`, `isSubscribedToTopic`,
`offsetExpirationCondition`, `isEmpty`). The classic group state machine (and later KIP-848
groups) implement `OffsetsGroup`; `SimpleGroup` is the one Kafka creates on the fly for a commit
without group management (generation -1, no protocol type), so the store works on its own.
Source: Kafka 4.x group-coordinator classic/ClassicGroup.java, OffsetExpirationConditionImpl.java.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from spec.errors import ErrorCode

__all__ = [
    "NO_EXPIRE_TIMESTAMP", "ExpirationRule", "GroupDirectory", "NoGroups", "OffsetsGroup",
    "SimpleGroup", "classic_expiration_rule", "is_offset_expired",
]

NO_EXPIRE_TIMESTAMP = -1  # OffsetCommitValue.expire_timestamp when the commit set no retention


@dataclass(frozen=True, slots=True)
class ExpirationRule:
    """Kafka's OffsetExpirationConditionImpl: where an offset's retention period starts.

    `base_timestamp_ms` None: at the offset's own commit timestamp; a value: there, for every
    offset of the group (an Empty classic group: the time it became Empty).
    """

    base_timestamp_ms: int | None = None


def is_offset_expired(rule: ExpirationRule, commit_timestamp_ms: int, expire_timestamp_ms: int,
                      now_ms: int, retention_ms: int) -> bool:
    """An offset committed with an explicit expire timestamp (OffsetCommit v2-v4 retention) goes
    at that time; any other once `retention_ms` has passed since the rule's base timestamp."""
    if expire_timestamp_ms != NO_EXPIRE_TIMESTAMP:
        return now_ms >= expire_timestamp_ms
    base_ms = commit_timestamp_ms if rule.base_timestamp_ms is None else rule.base_timestamp_ms
    return now_ms - base_ms >= retention_ms


def classic_expiration_rule(*, has_protocol_type: bool, is_empty: bool, is_stable: bool,
                            uses_consumer_protocol: bool, knows_subscribed_topics: bool,
                            current_state_timestamp_ms: int | None) -> ExpirationRule | None:
    """ClassicGroup.offsetExpirationCondition: None means no offset of the group expires now."""
    if not has_protocol_type:
        return ExpirationRule()  # a simple group: from each commit
    if is_empty:
        return ExpirationRule(current_state_timestamp_ms)
    if uses_consumer_protocol and knows_subscribed_topics and is_stable:
        return ExpirationRule()  # only topics nobody subscribes to, see is_subscribed_to_topic
    return None


class OffsetsGroup(Protocol):
    """The group checks the store delegates, each answering NONE or the error Kafka gives."""

    @property
    def is_empty(self) -> bool: ...

    def validate_offset_commit(self, member_id: str, group_instance_id: str | None,
                               generation_id: int) -> ErrorCode: ...

    def validate_offset_fetch(self, member_id: str | None, member_epoch: int) -> ErrorCode: ...

    def validate_offset_delete(self) -> ErrorCode: ...

    def validate_delete_group(self) -> ErrorCode: ...

    def is_subscribed_to_topic(self, topic: str) -> bool: ...

    def offset_expiration(self) -> ExpirationRule | None: ...


class GroupDirectory(Protocol):
    """The groups the group state machines know (not counting the store's simple groups)."""

    def group(self, group_id: str) -> OffsetsGroup | None: ...

    def group_ids(self) -> Iterable[str]: ...


class NoGroups:
    """A directory with no managed groups: every group is a simple group of the store."""

    def group(self, group_id: str) -> OffsetsGroup | None:
        return None

    def group_ids(self) -> Iterable[str]:
        return ()


@dataclass(frozen=True, slots=True)
class SimpleGroup:
    """An Empty classic group with no protocol type and no members (Kafka's simple group)."""

    @property
    def is_empty(self) -> bool:
        return True

    def validate_offset_commit(self, member_id: str, group_instance_id: str | None,
                               generation_id: int) -> ErrorCode:
        # ClassicGroup.validateOffsetCommit in state Empty: generation < 0 commits freely; any
        # member identity fails validateMember, as the group has no members.
        if generation_id < 0:
            return ErrorCode.NONE
        return ErrorCode.UNKNOWN_MEMBER_ID

    def validate_offset_fetch(self, member_id: str | None, member_epoch: int) -> ErrorCode:
        return ErrorCode.NONE

    def validate_offset_delete(self) -> ErrorCode:
        return ErrorCode.NONE

    def validate_delete_group(self) -> ErrorCode:
        return ErrorCode.NONE

    def is_subscribed_to_topic(self, topic: str) -> bool:
        return False  # no subscriptions known and not the consumer protocol

    def offset_expiration(self) -> ExpirationRule | None:
        return ExpirationRule()
