"""Static members of KIP-848 groups (instance ids): temporary leave (-2), rejoin under a new
member id keeping the assignment, UNRELEASED_INSTANCE_ID, FENCED_INSTANCE_ID, and the session
timeout for a member that does not come back."""

from __future__ import annotations

from reference.core.groups.consumer_results import ConsumerHeartbeatRequest
from spec.errors import ErrorCode
from tests.test_consumer_group_support import FOO, GROUP, TOPICS, beat, coordinator, join, send

ALL_FOO = frozenset(range(6))


def test_static_member_rejoins_under_a_new_id_with_its_assignment() -> None:
    groups = coordinator()
    first = send(groups, join(instance_id="i1"))[0]
    assert first.member_id is not None
    left = send(groups, ConsumerHeartbeatRequest(GROUP, first.member_id, -2, instance_id="i1"))[0]
    assert (left.error, left.member_epoch) == (ErrorCode.NONE, -2)
    group = groups.consumer_group(GROUP)
    assert group is not None and group.members[first.member_id].member_epoch == -2
    back = send(groups, join(instance_id="i1"))[0]
    assert back.error == ErrorCode.NONE and back.member_id != first.member_id
    assert back.assignment == {FOO: ALL_FOO}
    assert set(group.members) == {back.member_id} and group.group_epoch == 1


def test_instance_id_held_by_a_live_member_is_unreleased() -> None:
    groups = coordinator()
    send(groups, join(instance_id="i1"))
    result, records = send(groups, join(instance_id="i1"))
    assert (result.error, records) == (ErrorCode.UNRELEASED_INSTANCE_ID, [])


def test_heartbeat_with_another_members_instance_id_is_fenced() -> None:
    groups = coordinator()
    first = send(groups, join(instance_id="i1"))[0]
    assert first.member_id is not None
    assert send(groups, beat("intruder", 1, {}, instance_id="i1"))[0].error \
        == ErrorCode.FENCED_INSTANCE_ID
    assert send(groups, beat(first.member_id, 1, {}, instance_id="other"))[0].error \
        == ErrorCode.UNKNOWN_MEMBER_ID
    leave = ConsumerHeartbeatRequest(GROUP, "intruder", -1, instance_id="i1")
    assert send(groups, leave)[0].error == ErrorCode.FENCED_INSTANCE_ID


def test_static_member_that_does_not_return_is_fenced_at_its_session_timeout() -> None:
    groups = coordinator()
    first = send(groups, join(instance_id="i1"), now_ms=0)[0]
    assert first.member_id is not None
    send(groups, ConsumerHeartbeatRequest(GROUP, first.member_id, -2, instance_id="i1"),
         now_ms=10_000)
    assert groups.tick(44_999, TOPICS) == []
    assert groups.tick(45_000, TOPICS)
    group = groups.consumer_group(GROUP)
    assert group is not None and not group.members and group.group_epoch == 2


def test_dynamic_member_is_fenced_45_seconds_after_its_last_heartbeat() -> None:
    groups = coordinator()
    first = send(groups, join(), now_ms=0)[0]
    assert first.member_id is not None
    send(groups, beat(first.member_id, 1, {FOO: ALL_FOO}), now_ms=20_000)
    assert groups.tick(64_999, TOPICS) == []
    assert groups.tick(65_000, TOPICS)
    assert send(groups, beat(first.member_id, 1, {}), now_ms=65_001)[0].error \
        == ErrorCode.UNKNOWN_MEMBER_ID
