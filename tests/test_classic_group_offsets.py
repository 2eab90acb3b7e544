"""Classic groups as the committed-offsets store sees them: subscriptions and commit checks."""

from __future__ import annotations

import random

from reference.core.groups.classic import ClassicGroupCoordinator
from reference.core.groups.classic_group import Protocol, subscribed_topics_of
from reference.core.groups.classic_offsets_view import ClassicGroupDirectory
from reference.core.groups.classic_results import (
    ClassicGroupSettings,
    JoinRequest,
    SyncRequest,
    SyncResult,
)
from reference.core.groups.offsets import OffsetStore
from reference.core.groups.offsets_values import PartitionCommit
from spec.errors import ErrorCode
from spec.wire import Writer

GROUP = "billing"


def subscription(*topics: str, version: int = 3) -> bytes:
    """A ConsumerProtocolSubscription: the v0 fields, then later versions' owned partitions."""
    writer = Writer()
    writer.int16(version)
    writer.int32(len(topics))
    for topic in topics:
        writer.string(topic)
    writer.nullable_bytes(None)
    writer.int32(0)  # v1+: owned partitions, which the coordinator does not read
    return writer.getvalue()


def test_subscription_topics_read_with_the_v0_prefix() -> None:
    assert subscribed_topics_of(subscription("a", "b")) == frozenset({"a", "b"})
    assert subscribed_topics_of(subscription("a", version=0)[:-4]) == frozenset({"a"})
    assert subscribed_topics_of(subscription("a")[:5]) is None
    assert subscribed_topics_of(b"") is None


def stable_consumer_group() -> tuple[ClassicGroupCoordinator, str]:
    coord = ClassicGroupCoordinator(ClassicGroupSettings(initial_rebalance_delay_ms=0),
                                    random.Random(1))
    request = JoinRequest(GROUP, "", "consumer", (Protocol("range", subscription("t1", "t2")),),
                          10_000, 10_000, api_version=3)
    coord.join(request, 0)
    coord.tick(0)
    group = coord.group(GROUP)
    assert group is not None and group.leader_id is not None
    return coord, group.leader_id


def test_generation_records_the_members_subscribed_topics() -> None:
    coord, _ = stable_consumer_group()
    view = ClassicGroupDirectory(coord).group(GROUP)
    assert view is not None
    assert view.subscribed_topics == frozenset({"t1", "t2"})
    assert view.state == "CompletingRebalance" and view.generation_id == 1


def test_offset_store_applies_classic_commit_rules_through_the_directory() -> None:
    coord, member_id = stable_consumer_group()
    store = OffsetStore(ClassicGroupDirectory(coord))
    commit = (PartitionCommit("t1", 0, 42),)

    def error(now_ms: int, member: str, generation_id: int) -> ErrorCode:
        result = store.commit_offsets(GROUP, commit, now_ms=now_ms, member_id=member,
                                      generation_id=generation_id)
        return result.partitions[0].error

    assert error(1, member_id, 1) is ErrorCode.REBALANCE_IN_PROGRESS  # not synced yet
    synced = coord.sync(SyncRequest(GROUP, 1, member_id), 1)
    assert isinstance(synced, SyncResult) and synced.error is ErrorCode.NONE
    assert error(2, member_id, 1) is ErrorCode.NONE
    assert error(2, member_id, 0) is ErrorCode.ILLEGAL_GENERATION
    assert error(2, "stranger", 1) is ErrorCode.UNKNOWN_MEMBER_ID
    assert ClassicGroupDirectory(coord).group_ids() == [GROUP]
