"""The `range` and `uniform` assignors against NoDoubleAssignment, coverage and balance."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reference.core.groups.assignors import (
    Assignment,
    AssignmentMember,
    PartitionAssignorError,
    assign,
    range_assign,
    uniform_assign,
)
from spec.invariants import (
    InvariantViolated,
    balanced_among_equal_subscriptions,
    balanced_per_topic,
    no_double_assignment,
    subscribed_partitions_assigned,
)

TOPICS = ("t0", "t1", "t2", "t3")


def member(member_id: str, *topics: str, instance_id: str | None = None,
           current: dict[str, frozenset[int]] | None = None) -> AssignmentMember:
    return AssignmentMember(member_id, frozenset(topics), instance_id=instance_id,
                            current_assignment=current or {})


@st.composite
def groups(draw: st.DrawFn, *, homogeneous: bool) -> tuple[list[AssignmentMember], dict[str, int]]:
    """A random group: partition counts, subscriptions, and a valid current assignment."""
    partition_counts = {topic: draw(st.integers(0, 12)) for topic in TOPICS}
    member_count = draw(st.integers(1, 8))
    shared = draw(st.frozensets(st.sampled_from(TOPICS)))
    subscriptions = [shared if homogeneous else draw(st.frozensets(st.sampled_from(TOPICS)))
                     for _ in range(member_count)]
    # Each partition is owned by nobody or by one member (possibly one no longer subscribed).
    current: list[dict[str, set[int]]] = [{} for _ in range(member_count)]
    for topic, count in partition_counts.items():
        for partition in range(count):
            owner = draw(st.integers(-1, member_count - 1))
            if owner >= 0:
                current[owner].setdefault(topic, set()).add(partition)
    members = [AssignmentMember(
        f"m{index}", subscriptions[index],
        instance_id=draw(st.one_of(st.none(), st.just(f"i{member_count - index}"))),
        current_assignment={topic: frozenset(ps) for topic, ps in current[index].items()})
        for index in range(member_count)]
    return members, partition_counts


def subscriptions_of(members: list[AssignmentMember]) -> dict[str, frozenset[str]]:
    return {m.member_id: m.subscribed_topics for m in members}


def assert_complete(assignment: Assignment, members: list[AssignmentMember],
                    partition_counts: dict[str, int]) -> None:
    assert no_double_assignment(assignment), assignment
    assert subscribed_partitions_assigned(assignment, subscriptions_of(members),
                                          partition_counts), assignment


@given(groups(homogeneous=False))
def test_range_owns_each_subscribed_partition_once_and_balances_per_topic(
        group: tuple[list[AssignmentMember], dict[str, int]]) -> None:
    members, partition_counts = group
    assignment = range_assign(members, partition_counts)
    assert_complete(assignment, members, partition_counts)
    assert balanced_per_topic(assignment, subscriptions_of(members)), assignment


@given(groups(homogeneous=True))
def test_uniform_homogeneous_is_complete_balanced_and_sticky(
        group: tuple[list[AssignmentMember], dict[str, int]]) -> None:
    members, partition_counts = group
    assignment = uniform_assign(members, partition_counts)
    assert_complete(assignment, members, partition_counts)
    assert balanced_among_equal_subscriptions(assignment, subscriptions_of(members)), assignment
    # Stickiness: a member keeps min(what it had of its subscription, its quota) partitions.
    total = sum(partition_counts[t] for t in members[0].subscribed_topics)
    for m in members:
        kept = sum(len(ps & assignment.get(m.member_id, {}).get(topic, frozenset()))
                   for topic, ps in m.current_assignment.items())
        had = sum(len(ps) for topic, ps in m.current_assignment.items()
                  if topic in m.subscribed_topics)
        assert kept >= min(had, total // len(members)), (m, assignment)


@given(groups(homogeneous=False))
def test_uniform_heterogeneous_is_complete_and_balanced_among_equal_subscriptions(
        group: tuple[list[AssignmentMember], dict[str, int]]) -> None:
    members, partition_counts = group
    assignment = uniform_assign(members, partition_counts)
    if not any(m.subscribed_topics for m in members):
        assert assignment == {}
        return
    assert_complete(assignment, members, partition_counts)
    assert balanced_among_equal_subscriptions(assignment, subscriptions_of(members)), assignment


def test_range_is_co_partitioned_as_in_kafkas_example() -> None:
    members = [member("m0", "t1", "t2"), member("m1", "t1", "t2")]
    assignment = range_assign(members, {"t1": 3, "t2": 3})
    assert assignment == {"m0": {"t1": frozenset({0, 1}), "t2": frozenset({0, 1})},
                          "m1": {"t1": frozenset({2}), "t2": frozenset({2})}}


def test_range_orders_static_members_first_by_instance_id() -> None:
    members = [member("a", "t"), member("b", "t", instance_id="i2"),
               member("c", "t", instance_id="i1")]
    assignment = range_assign(members, {"t": 3})
    assert assignment == {"c": {"t": frozenset({0})}, "b": {"t": frozenset({1})},
                          "a": {"t": frozenset({2})}}


def test_range_gives_nothing_to_members_beyond_the_partition_count() -> None:
    members = [member(f"m{i}", "t") for i in range(3)]
    assignment = range_assign(members, {"t": 2})
    assert assignment == {"m0": {"t": frozenset({0})}, "m1": {"t": frozenset({1})}, "m2": {}}


def test_uniform_homogeneous_keeps_current_partitions_up_to_the_quota() -> None:
    members = [member("m0", "t", current={"t": frozenset({0, 1, 2, 3})}), member("m1", "t")]
    assignment = uniform_assign(members, {"t": 4})
    assert assignment == {"m0": {"t": frozenset({0, 1})}, "m1": {"t": frozenset({2, 3})}}


def test_uniform_heterogeneous_revokes_unsubscribed_topics_and_keeps_the_rest() -> None:
    members = [member("m0", "a", current={"a": frozenset({0}), "b": frozenset({0})}),
               member("m1", "a", "b")]
    assignment = uniform_assign(members, {"a": 2, "b": 1})
    assert assignment["m0"]["a"] >= {0}
    assert "b" not in assignment["m0"]
    assert assignment["m1"]["b"] == frozenset({0})


def test_unknown_topic_is_an_assignor_error() -> None:
    with pytest.raises(PartitionAssignorError):
        assign("range", [member("m0", "missing")], {})
    with pytest.raises(PartitionAssignorError):
        assign("sticky", [member("m0", "t")], {"t": 1})


def test_current_assignment_owning_a_partition_twice_is_refused() -> None:
    members = [member("m0", "t", current={"t": frozenset({0})}),
               member("m1", "t", current={"t": frozenset({0})})]
    with pytest.raises(InvariantViolated, match="NoDoubleAssignment"):
        uniform_assign(members, {"t": 1})


def test_invariant_predicates_catch_a_bad_assignment() -> None:
    subscriptions = {"m0": frozenset({"t"}), "m1": frozenset({"t"})}
    doubled = {"m0": {"t": frozenset({0, 1})}, "m1": {"t": frozenset({1})}}
    assert not no_double_assignment(doubled)
    skewed = {"m0": {"t": frozenset({0, 1, 2})}, "m1": {"t": frozenset({3})}}
    assert not balanced_among_equal_subscriptions(skewed, subscriptions)
    assert not balanced_per_topic(skewed, subscriptions)
    missing = {"m0": {"t": frozenset({0})}, "m1": {}}
    assert not subscribed_partitions_assigned(missing, subscriptions, {"t": 2})


@given(groups(homogeneous=False))
def test_uniform_is_a_fixed_point_once_the_group_owns_its_target(
        group: tuple[list[AssignmentMember], dict[str, int]]) -> None:
    """Stickiness: feeding the target back as the current assignment moves nothing."""
    members, partition_counts = group
    target = uniform_assign(members, partition_counts)
    settled = [AssignmentMember(m.member_id, m.subscribed_topics, instance_id=m.instance_id,
                                current_assignment=target.get(m.member_id, {})) for m in members]
    assert uniform_assign(settled, partition_counts) == target
