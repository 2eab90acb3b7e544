"""Consumer-group records: they survive their bytes, rebuild the same state in a fresh
coordinator (a property over random join/heartbeat/leave/timeout sequences), delete a group
with tombstones, and a rebuilt coordinator arms its members' session timeouts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reference.core.groups.consumer import ConsumerGroupCoordinator
from reference.core.groups.consumer_member import PartitionsById
from reference.core.groups.consumer_results import ConsumerHeartbeatRequest
from spec.coordinator_records import CoordinatorRecord, decode_record, encode_record, record_of
from spec.generated_coordinator.offset_commit import OffsetCommitKey, OffsetCommitValue
from tests.test_consumer_group_support import GROUP, TOPICS, beat, coordinator, join, send

Step = tuple[str, int]  # (action, which client)
STEPS = st.lists(st.tuples(st.sampled_from(("join", "beat", "leave", "wait")),
                           st.integers(0, 2)), max_size=25)


def _rebuilt(records: list[CoordinatorRecord]) -> ConsumerGroupCoordinator:
    fresh = coordinator()
    for record in records:
        fresh.replay(decode_record(*encode_record(record)))
    return fresh


def _run(steps: list[Step]) -> tuple[ConsumerGroupCoordinator, list[CoordinatorRecord]]:
    groups = coordinator()
    written: list[CoordinatorRecord] = []
    clients: dict[int, tuple[str, int, PartitionsById]] = {}
    now_ms = 0
    for action, client in steps:
        now_ms += 1_000
        member = clients.get(client)
        if action == "join" and member is None:
            request = join(topics=("foo", "bar") if client else ("foo",),
                           instance_id="static" if client == 2 else None)
        elif action == "beat" and member is not None:
            request = beat(member[0], member[1], member[2])
        elif action == "leave" and member is not None:
            request = ConsumerHeartbeatRequest(GROUP, member[0], -1)
        elif action == "wait":
            now_ms += 30_000
            written += groups.tick(now_ms, TOPICS)
            continue
        else:
            continue
        result, records = send(groups, request, now_ms)
        written += records
        if result.error or request.member_epoch < 0:
            clients.pop(client, None)
        else:
            assert result.member_id is not None
            owned = result.assignment
            if owned is None:
                owned = member[2] if member is not None else {}
            clients[client] = (result.member_id, result.member_epoch, dict(owned))
    return groups, written


@given(STEPS)
def test_replaying_the_written_records_rebuilds_the_described_state(steps: list[Step]) -> None:
    groups, written = _run(steps)
    fresh = _rebuilt(written)
    assert fresh.describe([GROUP], TOPICS) == groups.describe([GROUP], TOPICS)
    assert fresh.consumer_group(GROUP) == groups.consumer_group(GROUP)


def test_delete_group_records_remove_every_trace() -> None:
    groups, written = _run([("join", 0), ("join", 1), ("leave", 0), ("leave", 1)])
    tombstones = groups.delete_group_records(GROUP)
    assert tombstones and all(record.is_tombstone for record in tombstones)
    for record in tombstones:
        groups.replay(record)
    assert not groups.has_group(GROUP) and groups.group_ids() == []
    assert not _rebuilt(written + tombstones).has_group(GROUP)


def test_records_of_other_coordinators_are_ignored() -> None:
    groups = coordinator()
    groups.replay(record_of(OffsetCommitKey(group=GROUP, topic="foo", partition=0),
                            OffsetCommitValue(offset=3)))
    assert not groups.has_group(GROUP)


def test_rebuilt_coordinator_fences_a_silent_member_after_its_session_timeout() -> None:
    groups = coordinator()
    written = send(groups, join())[1]
    fresh = _rebuilt(written)
    assert fresh.tick(100_000, TOPICS) == []  # loaded now: the session starts here
    assert fresh.tick(144_999, TOPICS) == []
    assert fresh.tick(145_000, TOPICS)
    group = fresh.consumer_group(GROUP)
    assert group is not None and not group.members


def test_empty_group_stays_for_its_offsets_until_deleted() -> None:
    groups, _ = _run([("join", 0), ("leave", 0)])
    group = groups.group(GROUP)
    assert group is not None and group.is_empty
    assert [listed.state for listed in groups.list_groups(["EMPTY"])] == ["Empty"]
    assert groups.list_groups(types_filter=["classic"]) == []
