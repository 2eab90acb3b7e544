"""A classic group as the committed-offsets store sees it: Kafka's offset rules of ClassicGroup.

Source: Kafka 4.x group-coordinator classic/ClassicGroup.java (validateOffsetCommit,
  validateMember, validateOffsetFetch, validateOffsetDelete, validateDeleteGroup,
  isSubscribedToTopic, offsetExpirationCondition, isEmpty).
Behaviour: `ClassicGroupView` is a snapshot of the facts those rules read; the classic group state
  machine hands one out per lookup (`GroupDirectory.group`), so the store and the state machine
  share no mutable state.
Divergences: none known. The `is_transactional` relaxations serve TxnOffsetCommit.
"""

from __future__ import annotations

from dataclasses import dataclass

from reference.core.groups.offsets_group import ExpirationRule, classic_expiration_rule
from spec.errors import ErrorCode

__all__ = ["CONSUMER_PROTOCOL_TYPE", "ClassicGroupView"]

CONSUMER_PROTOCOL_TYPE = "consumer"  # ConsumerProtocol.PROTOCOL_TYPE
_MEMBERS_PRESENT = ("PreparingRebalance", "CompletingRebalance", "Stable")


@dataclass(frozen=True, slots=True)
class ClassicGroupView:
    """The facts of one classic group the offset rules read (state names as Kafka prints them)."""

    state: str  # Empty, PreparingRebalance, CompletingRebalance, Stable, Dead
    generation_id: int = 0
    protocol_type: str | None = None
    member_ids: frozenset[str] = frozenset()
    static_members: tuple[tuple[str, str], ...] = ()  # (group.instance.id, member id)
    subscribed_topics: frozenset[str] | None = None  # None: not known
    current_state_timestamp_ms: int | None = None

    @property
    def is_empty(self) -> bool:
        return self.state == "Empty"

    @property
    def uses_consumer_protocol(self) -> bool:
        return self.protocol_type == CONSUMER_PROTOCOL_TYPE

    def validate_member(self, member_id: str, group_instance_id: str | None) -> ErrorCode:
        """validateMember: a static member must be the one its instance id maps to."""
        if group_instance_id is not None:
            known_member_id = dict(self.static_members).get(group_instance_id)
            if known_member_id is None:
                return ErrorCode.UNKNOWN_MEMBER_ID
            if known_member_id != member_id:
                return ErrorCode.FENCED_INSTANCE_ID
        return ErrorCode.NONE if member_id in self.member_ids else ErrorCode.UNKNOWN_MEMBER_ID

    def validate_offset_commit(self, member_id: str, group_instance_id: str | None,
                               generation_id: int, is_transactional: bool = False) -> ErrorCode:
        if self.state == "Dead":
            return ErrorCode.COORDINATOR_NOT_AVAILABLE
        if generation_id < 0 and self.is_empty:
            return ErrorCode.NONE  # admin client or a consumer without group management
        if generation_id >= 0 or member_id != "" or group_instance_id is not None:
            error = self.validate_member(member_id, group_instance_id)
            if error is not ErrorCode.NONE:
                return error
            if generation_id != self.generation_id:
                return ErrorCode.ILLEGAL_GENERATION
        elif not is_transactional and not self.is_empty:
            return ErrorCode.UNKNOWN_MEMBER_ID  # v0-style commit into a group with members
        if not is_transactional and self.state == "CompletingRebalance":
            return ErrorCode.REBALANCE_IN_PROGRESS
        return ErrorCode.NONE

    def validate_offset_fetch(self, member_id: str | None, member_epoch: int) -> ErrorCode:
        return ErrorCode.GROUP_ID_NOT_FOUND if self.state == "Dead" else ErrorCode.NONE

    def validate_offset_delete(self) -> ErrorCode:
        if self.state == "Dead":
            return ErrorCode.GROUP_ID_NOT_FOUND
        if self.state in _MEMBERS_PRESENT and not self.uses_consumer_protocol:
            return ErrorCode.NON_EMPTY_GROUP
        return ErrorCode.NONE

    def validate_delete_group(self) -> ErrorCode:
        if self.state == "Dead":
            return ErrorCode.GROUP_ID_NOT_FOUND
        return ErrorCode.NON_EMPTY_GROUP if self.state in _MEMBERS_PRESENT else ErrorCode.NONE

    def is_subscribed_to_topic(self, topic: str) -> bool:
        # Unknown subscriptions count as "consuming everything" only for the consumer protocol.
        if self.subscribed_topics is None:
            return self.uses_consumer_protocol
        return topic in self.subscribed_topics

    def offset_expiration(self) -> ExpirationRule | None:
        return classic_expiration_rule(
            has_protocol_type=self.protocol_type is not None, is_empty=self.is_empty,
            is_stable=self.state == "Stable", uses_consumer_protocol=self.uses_consumer_protocol,
            knows_subscribed_topics=self.subscribed_topics is not None,
            current_state_timestamp_ms=self.current_state_timestamp_ms)
