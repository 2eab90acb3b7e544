"""Incremental reconciliation (KIP-848): revoke before assign, member states, group states, the
rebalance timeout, and a regex subscription following new topics."""

from __future__ import annotations

import uuid

from reference.core.groups.consumer_group import ConsumerGroupState
from reference.core.groups.consumer_member import ConsumerMember, MemberState
from reference.core.groups.consumer_reconcile import reconcile
from reference.core.groups.topics_view import TopicInfo
from spec.errors import ErrorCode
from tests.test_consumer_group_support import (
    FOO,
    GROUP,
    REBALANCE_MS,
    TOPICS,
    beat,
    coordinator,
    join,
    send,
)

ALL_FOO = frozenset(range(6))


def test_partitions_move_only_after_their_owner_revokes_them() -> None:
    groups = coordinator()
    first = send(groups, join())[0]
    a = first.member_id
    assert a is not None and first.assignment == {FOO: ALL_FOO}
    second = send(groups, join())[0]
    b = second.member_id
    assert b is not None
    # b is at the new epoch but gets nothing a still owns.
    assert second.member_epoch == 2 and second.assignment == {}
    group = groups.consumer_group(GROUP)
    assert group is not None and group.members[b].state is MemberState.UNRELEASED_PARTITIONS
    assert group.state is ConsumerGroupState.RECONCILING
    # a is told to give up half, at its old epoch; while it still reports them, nothing moves.
    told = send(groups, beat(a, 1, {FOO: ALL_FOO}))[0]
    assert told.member_epoch == 1 and told.assignment is not None
    kept = told.assignment[FOO]
    assert len(kept) == 3 and group.members[a].state is MemberState.UNREVOKED_PARTITIONS
    assert send(groups, beat(b, 2, {}))[0].assignment is None
    again = send(groups, beat(a, 1, {FOO: ALL_FOO}))[0]
    assert again.member_epoch == 1
    # a acknowledges: it moves to epoch 2; b then gets the released partitions.
    done = send(groups, beat(a, 1, {FOO: kept}))[0]
    assert done.member_epoch == 2 and group.members[a].state is MemberState.STABLE
    gained = send(groups, beat(b, 2, {}))[0]
    assert gained.assignment == {FOO: ALL_FOO - kept}
    assert group.state.value == "Stable"


def test_member_that_never_revokes_is_fenced_after_its_rebalance_timeout() -> None:
    groups = coordinator()
    a = send(groups, join())[0].member_id
    b = send(groups, join())[0].member_id
    assert a is not None and b is not None
    send(groups, beat(a, 1, {FOO: ALL_FOO}), now_ms=1_000)
    assert groups.tick(1_000 + REBALANCE_MS - 1, TOPICS) == []
    records = groups.tick(1_000 + REBALANCE_MS, TOPICS)
    group = groups.consumer_group(GROUP)
    assert records and group is not None and set(group.members) == {b}
    assert send(groups, beat(b, 2, {}), now_ms=1_000 + REBALANCE_MS)[0].assignment == {
        FOO: ALL_FOO}


def test_owned_partitions_left_out_count_as_not_revoked() -> None:
    member = ConsumerMember("m", member_epoch=1, previous_member_epoch=0,
                            state=MemberState.UNREVOKED_PARTITIONS,
                            assigned_partitions={FOO: frozenset({0})},
                            partitions_pending_revocation={FOO: frozenset({1})})
    assert reconcile(member, 2, {FOO: frozenset({0})}, lambda t, p: -1, None) == member
    moved = reconcile(member, 2, {FOO: frozenset({0})}, lambda t, p: -1, {FOO: frozenset({0})})
    assert (moved.member_epoch, moved.previous_member_epoch, moved.state) == (
        2, 1, MemberState.STABLE)


def test_partitions_the_client_already_dropped_need_no_revocation_round() -> None:
    member = ConsumerMember("m", member_epoch=1, assigned_partitions={FOO: frozenset({0, 1})})
    moved = reconcile(member, 2, {FOO: frozenset({0})}, lambda t, p: -1, {FOO: frozenset({0})})
    assert (moved.member_epoch, moved.state, dict(moved.assigned_partitions)) == (
        2, MemberState.STABLE, {FOO: frozenset({0})})


def test_regex_subscription_follows_a_new_topic() -> None:
    groups = coordinator()
    first = send(groups, join(topics=None, regex="fo.*"))[0]
    assert first.member_id is not None and first.assignment == {FOO: ALL_FOO}
    grown = dict(TOPICS, food=TopicInfo(uuid.UUID(int=0xF00D), 2))
    result = send(groups, beat(first.member_id, 1, {FOO: ALL_FOO}), topics=grown)[0]
    assert result.error == ErrorCode.NONE and result.member_epoch == 2
    assert result.assignment == {FOO: ALL_FOO, uuid.UUID(int=0xF00D): frozenset({0, 1})}
    group = groups.consumer_group(GROUP)
    assert group is not None and group.resolved_regexes["fo.*"].topics == {"foo", "food"}


def test_uniform_by_default_and_range_when_members_ask() -> None:
    groups = coordinator()
    send(groups, join(topics=("foo", "bar"), server_assignor="range"))
    described = groups.describe([GROUP], TOPICS)[0]
    assert described.assignor_name == "range"
    plain = coordinator()
    send(plain, join())
    assert plain.describe([GROUP], TOPICS)[0].assignor_name == "uniform"
