"""Expected assignments from Kafka's own assignor tests, with members in sorted order as there.

Source: group-coordinator UniformHeterogeneousAssignmentBuilderTest (its TestGroupSpecImpl lists
members sorted, which is our input order) and UniformHomogeneousAssignmentBuilderTest.
"""

from __future__ import annotations

from reference.core.groups.assignors import Assignment, AssignmentMember, uniform_assign


def member(member_id: str, topics: str, current: dict[str, tuple[int, ...]] | None = None
           ) -> AssignmentMember:
    return AssignmentMember(member_id, frozenset(topics.split()), current_assignment={
        topic: frozenset(partitions) for topic, partitions in (current or {}).items()})


def owned(**topics: tuple[int, ...]) -> dict[str, frozenset[int]]:
    return {topic: frozenset(partitions) for topic, partitions in topics.items()}


def test_first_assignment_two_members_two_topics() -> None:
    assignment = uniform_assign([member("A", "t1 t3"), member("B", "t3")], {"t1": 3, "t3": 6})
    assert assignment == {"A": owned(t1=(0, 1, 2), t3=(4,)), "B": owned(t3=(0, 1, 2, 3, 5))}


def test_first_assignment_more_members_than_partitions() -> None:
    members = [member("A", "t3"), member("B", "t3"), member("C", "t1")]
    assignment = uniform_assign(members, {"t1": 2, "t3": 1})
    assert assignment == {"A": owned(t3=(0,)), "B": {}, "C": owned(t1=(0, 1))}


def test_reassignment_two_members_three_topics_given_unbalanced_previous_assignment() -> None:
    members = [member("A", "t1", {"t1": (0, 1, 2)}),
               member("B", "t1 t2", {"t1": (3,), "t2": (0,)}),
               member("C", "t1 t2 t3", {"t1": (4, 5), "t2": (1, 2, 3), "t3": (0, 1, 2, 3)})]
    expected: Assignment = {"A": owned(t1=(0, 1, 2, 5)),
                            "B": owned(t1=(3,), t2=(0, 1, 2, 3)),
                            "C": owned(t1=(4,), t3=(0, 1, 2, 3))}
    assert uniform_assign(members, {"t1": 6, "t2": 4, "t3": 4}) == expected


def test_reassignment_when_partitions_are_added_for_two_members() -> None:
    members = [member("A", "t1 t3", {"t1": (0, 1, 2, 3), "t3": (0, 1)}),
               member("B", "t1 t2 t3 t4", {"t2": (0, 1, 2), "t4": (0, 1, 2)})]
    expected: Assignment = {"A": owned(t1=(0, 1, 2, 3, 4, 5), t3=(0, 1, 2)),
                            "B": owned(t2=(0, 1, 2, 3, 4), t4=(0, 1, 2))}
    assert uniform_assign(members, {"t1": 6, "t2": 5, "t3": 3, "t4": 3}) == expected


def test_reassignment_when_a_member_and_partitions_are_added() -> None:
    members = [member("A", "t1", {"t1": (0, 2), "t2": (0,)}),
               member("B", "t1 t2", {"t1": (1,), "t2": (1, 2)}),
               member("C", "t1 t2")]
    expected: Assignment = {"A": owned(t1=(0, 2, 3, 4, 5)),
                            "B": owned(t1=(1,), t2=(1, 2, 6)),
                            "C": owned(t2=(0, 3, 4, 5))}
    assert uniform_assign(members, {"t1": 6, "t2": 7}) == expected


# UniformHomogeneousAssignmentBuilderTest. Kafka numbers the members in its HashMap's order; the
# expected assignments there imply B came before A (and C), so we pass the members in that order.

def test_homogeneous_reassignment_given_unbalanced_previous_assignment() -> None:
    members = [member("B", "t1 t2", {"t1": (2,), "t2": (2,)}),
               member("A", "t1 t2", {"t1": (0, 1), "t2": (0, 1)})]
    assert uniform_assign(members, {"t1": 3, "t2": 3}) == {
        "A": owned(t1=(0, 1), t2=(0,)), "B": owned(t1=(2,), t2=(1, 2))}


def test_homogeneous_reassignment_when_partitions_are_added() -> None:
    members = [member("B", "t1 t2", {"t1": (1,), "t2": (1, 2)}),
               member("A", "t1 t2", {"t1": (0, 2), "t2": (0,)})]
    assert uniform_assign(members, {"t1": 6, "t2": 5}) == {
        "A": owned(t1=(0, 2), t2=(0, 3, 4)), "B": owned(t1=(1, 3, 4, 5), t2=(1, 2))}


def test_homogeneous_reassignment_when_a_member_is_added() -> None:
    members = [member("B", "t1 t2", {"t1": (1,), "t2": (1, 2)}),
               member("A", "t1 t2", {"t1": (0, 2), "t2": (0,)}),
               member("C", "t1 t2")]
    assert uniform_assign(members, {"t1": 3, "t2": 3}) == {
        "A": owned(t1=(0, 2)), "B": owned(t1=(1,), t2=(1,)), "C": owned(t2=(0, 2))}


def test_homogeneous_reassignment_when_a_member_is_removed() -> None:
    members = [member("B", "t1 t2", {"t1": (1,), "t2": (1,)}),
               member("A", "t1 t2", {"t1": (0,), "t2": (0,)})]
    assert uniform_assign(members, {"t1": 3, "t2": 3}) == {
        "A": owned(t1=(0,), t2=(0, 2)), "B": owned(t1=(1, 2), t2=(1,))}


def test_homogeneous_reassignment_when_a_subscription_is_removed() -> None:
    members = [member("B", "t2", {"t1": (1,), "t2": (1,)}),
               member("A", "t2", {"t1": (0,), "t2": (0,)})]
    assert uniform_assign(members, {"t1": 2, "t2": 2}) == {
        "A": owned(t2=(0,)), "B": owned(t2=(1,))}
