"""Kafka's ClassicGroup offset rules (ClassicGroupView), alone and driving the store."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from reference.core.groups.offsets import OffsetStore, group_tombstone, offset_commit_record
from reference.core.groups.offsets_classic import ClassicGroupView
from reference.core.groups.offsets_group import ExpirationRule, OffsetsGroup
from reference.core.groups.offsets_values import PartitionCommit
from spec.errors import ErrorCode

STABLE = ClassicGroupView("Stable", generation_id=3, protocol_type="consumer",
                          member_ids=frozenset({"m1", "m2"}), static_members=(("i1", "m1"),),
                          subscribed_topics=frozenset({"t"}), current_state_timestamp_ms=50)
EMPTY = ClassicGroupView("Empty", generation_id=4, protocol_type="consumer",
                         subscribed_topics=frozenset(), current_state_timestamp_ms=100)


@pytest.mark.parametrize(("group", "member_id", "instance_id", "generation", "error"), [
    (STABLE, "m2", None, 3, ErrorCode.NONE),
    (STABLE, "m1", "i1", 3, ErrorCode.NONE),
    (STABLE, "m2", None, 2, ErrorCode.ILLEGAL_GENERATION),
    (STABLE, "zz", None, 3, ErrorCode.UNKNOWN_MEMBER_ID),
    (STABLE, "m2", "i1", 3, ErrorCode.FENCED_INSTANCE_ID),
    (STABLE, "m1", "i9", 3, ErrorCode.UNKNOWN_MEMBER_ID),
    (STABLE, "", None, -1, ErrorCode.UNKNOWN_MEMBER_ID),  # v0-style commit, members present
    (EMPTY, "", None, -1, ErrorCode.NONE),
    (EMPTY, "m1", None, 4, ErrorCode.UNKNOWN_MEMBER_ID),
    (ClassicGroupView("Dead"), "", None, -1, ErrorCode.COORDINATOR_NOT_AVAILABLE),
    (ClassicGroupView("CompletingRebalance", 3, "consumer", frozenset({"m1"})), "m1", None, 3,
     ErrorCode.REBALANCE_IN_PROGRESS),
    (ClassicGroupView("PreparingRebalance", 3, "consumer", frozenset({"m1"})), "m1", None, 3,
     ErrorCode.NONE),
])
def test_validate_offset_commit(group: ClassicGroupView, member_id: str, instance_id: str | None,
                                generation: int, error: ErrorCode) -> None:
    assert group.validate_offset_commit(member_id, instance_id, generation) is error


def test_transactional_commits_skip_the_state_checks() -> None:
    completing = ClassicGroupView("CompletingRebalance", 3, "consumer", frozenset({"m1"}))
    assert completing.validate_offset_commit("m1", None, 3, is_transactional=True) is \
        ErrorCode.NONE
    assert STABLE.validate_offset_commit("", None, -1, is_transactional=True) is ErrorCode.NONE


@pytest.mark.parametrize(("group", "fetch", "delete_offsets", "delete_group"), [
    (ClassicGroupView("Dead"), ErrorCode.GROUP_ID_NOT_FOUND, ErrorCode.GROUP_ID_NOT_FOUND,
     ErrorCode.GROUP_ID_NOT_FOUND),
    (EMPTY, ErrorCode.NONE, ErrorCode.NONE, ErrorCode.NONE),
    (STABLE, ErrorCode.NONE, ErrorCode.NONE, ErrorCode.NON_EMPTY_GROUP),
    (ClassicGroupView("Stable", 1, "connect", frozenset({"w"})), ErrorCode.NONE,
     ErrorCode.NON_EMPTY_GROUP, ErrorCode.NON_EMPTY_GROUP),
])
def test_fetch_and_delete_checks_by_state(group: ClassicGroupView, fetch: ErrorCode,
                                          delete_offsets: ErrorCode,
                                          delete_group: ErrorCode) -> None:
    assert group.validate_offset_fetch(None, -1) is fetch
    assert group.validate_offset_delete() is delete_offsets
    assert group.validate_delete_group() is delete_group


def test_subscription_unknown_counts_as_subscribed_only_for_the_consumer_protocol() -> None:
    assert STABLE.is_subscribed_to_topic("t") and not STABLE.is_subscribed_to_topic("u")
    assert ClassicGroupView("Stable", protocol_type="consumer").is_subscribed_to_topic("u")
    assert not ClassicGroupView("Stable", protocol_type="connect").is_subscribed_to_topic("u")


def test_expiration_rule_by_state() -> None:
    assert EMPTY.offset_expiration() == ExpirationRule(100)
    assert STABLE.offset_expiration() == ExpirationRule()
    assert ClassicGroupView("Empty").offset_expiration() == ExpirationRule()  # simple group
    assert ClassicGroupView("PreparingRebalance", protocol_type="consumer",
                            subscribed_topics=frozenset()).offset_expiration() is None


class _Directory:
    def __init__(self, **groups: ClassicGroupView) -> None:
        self.groups = groups

    def group(self, group_id: str) -> OffsetsGroup | None:
        return self.groups.get(group_id)

    def group_ids(self) -> Iterable[str]:
        return list(self.groups)


def test_stable_group_commit_then_expiry_keeps_subscribed_topics() -> None:
    directory = _Directory(g=STABLE)
    store = OffsetStore(directory)
    result = store.commit_offsets("g", [PartitionCommit("t", 0, 5), PartitionCommit("u", 0, 6)],
                                  now_ms=0, member_id="m2", generation_id=3)
    assert [p.error for p in result.partitions] == [ErrorCode.NONE, ErrorCode.NONE]
    assert store.simple_groups() == frozenset()  # a managed group, not a simple one
    assert store.expire_offsets(now_ms=1000, retention_ms=10) == (
        offset_commit_record(("g", "u", 0), None),)
    directory.groups["g"] = EMPTY  # everyone left at t=100
    assert store.expire_offsets(now_ms=109, retention_ms=10) == ()
    assert store.expire_offsets(now_ms=110, retention_ms=10) == (
        offset_commit_record(("g", "t", 0), None), group_tombstone("g"))


def test_offset_delete_on_a_stable_consumer_group() -> None:
    store = OffsetStore(_Directory(g=STABLE))
    store.commit_offsets("g", [PartitionCommit("u", 0, 6)], now_ms=0, member_id="m1",
                         group_instance_id="i1", generation_id=3)
    result = store.delete_offsets("g", [("t", [0]), ("u", [0])])
    assert [p.error for p in result.partitions] == [ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC,
                                                    ErrorCode.NONE]
    assert store.committed() == {}
