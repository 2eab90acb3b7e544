"""The committed-offsets store: OffsetCommit, OffsetFetch, OffsetDelete, DeleteGroups, expiry."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pytest

from reference.core.groups.offsets import OffsetStore, group_tombstone, offset_commit_record
from reference.core.groups.offsets_group import (
    ExpirationRule,
    OffsetsGroup,
    SimpleGroup,
    classic_expiration_rule,
    is_offset_expired,
)
from reference.core.groups.offsets_values import CommittedOffset, FetchedOffset, PartitionCommit
from spec.coordinator_records import (
    CoordinatorRecord,
    CoordinatorRecordType,
    decode_record,
    encode_record,
)
from spec.errors import ErrorCode
from spec.generated_coordinator.legacy_offset_commit import (
    LegacyOffsetCommitKey,
    LegacyOffsetCommitValue,
)
from spec.invariants import InvariantViolated, OffsetChange, committed_offsets_change_only_by_commit

HOUR_MS = 3_600_000


@dataclass
class FakeGroup:
    """A group under test control: what each check answers."""

    commit_error: ErrorCode = ErrorCode.NONE
    fetch_error: ErrorCode = ErrorCode.NONE
    delete_offsets_error: ErrorCode = ErrorCode.NONE
    delete_group_error: ErrorCode = ErrorCode.NONE
    subscribed: set[str] = field(default_factory=set)
    rule: ExpirationRule | None = None
    empty: bool = True
    seen: list[tuple[str, str | None, int]] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return self.empty

    def validate_offset_commit(self, member_id: str, group_instance_id: str | None,
                               generation_id: int) -> ErrorCode:
        self.seen.append((member_id, group_instance_id, generation_id))
        return self.commit_error

    def validate_offset_fetch(self, member_id: str | None, member_epoch: int) -> ErrorCode:
        return self.fetch_error

    def validate_offset_delete(self) -> ErrorCode:
        return self.delete_offsets_error

    def validate_delete_group(self) -> ErrorCode:
        return self.delete_group_error

    def is_subscribed_to_topic(self, topic: str) -> bool:
        return topic in self.subscribed

    def offset_expiration(self) -> ExpirationRule | None:
        return self.rule


@dataclass
class FakeDirectory:
    groups: dict[str, FakeGroup] = field(default_factory=dict)

    def group(self, group_id: str) -> OffsetsGroup | None:
        return self.groups.get(group_id)

    def group_ids(self) -> Iterable[str]:
        return list(self.groups)


def _commit(store: OffsetStore, group_id: str, *commits: PartitionCommit, now_ms: int = 1000,
            **options: object) -> list[ErrorCode]:
    result = store.commit_offsets(group_id, commits, now_ms=now_ms, **options)  # type: ignore[arg-type]
    return [answer.error for answer in result.partitions]


def test_simple_commit_is_stored_and_fetched() -> None:
    store = OffsetStore()
    assert _commit(store, "g", PartitionCommit("t", 0, 42, 3, "meta")) == [ErrorCode.NONE]
    assert store.offset("g", "t", 0) == CommittedOffset(42, 3, "meta", 1000, -1, 0)
    assert store.simple_groups() == {"g"}
    assert store.fetch_offsets("g", [("t", [0, 1])]).partitions == (
        FetchedOffset("t", 0, 42, 3, "meta"), FetchedOffset("t", 1, -1, -1, ""))


def test_commit_writes_one_record_per_accepted_partition_at_value_version_3() -> None:
    store = OffsetStore()
    result = store.commit_offsets("g", [PartitionCommit("t", 0, 5), PartitionCommit("t", 1, 6)],
                                  now_ms=7)
    kinds = [record.record_type for record in result.records]
    assert kinds == [CoordinatorRecordType.OFFSET_COMMIT] * 2
    assert [record.value_version for record in result.records] == [3, 3]


def test_null_group_id_is_invalid_but_empty_is_accepted() -> None:
    store = OffsetStore()
    result = store.commit_offsets(None, [PartitionCommit("t", 0, 1)], now_ms=0)
    assert [p.error for p in result.partitions] == [ErrorCode.INVALID_GROUP_ID]
    assert result.records == ()
    assert _commit(store, "", PartitionCommit("t", 0, 1)) == [ErrorCode.NONE]


def test_unknown_group_with_a_generation_is_not_found_from_v9_illegal_generation_before() -> None:
    store = OffsetStore()
    commit = PartitionCommit("t", 0, 1)
    assert _commit(store, "g", commit, generation_id=3) == [ErrorCode.GROUP_ID_NOT_FOUND]
    assert _commit(store, "g", commit, generation_id=3, api_version=8) == [
        ErrorCode.ILLEGAL_GENERATION]
    assert store.committed() == {}
    assert store.simple_groups() == frozenset()


def test_group_validation_error_answers_every_partition() -> None:
    group = FakeGroup(commit_error=ErrorCode.REBALANCE_IN_PROGRESS)
    store = OffsetStore(FakeDirectory({"g": group}))
    errors = _commit(store, "g", PartitionCommit("a", 0, 1), PartitionCommit("b", 2, 1),
                     member_id="m", generation_id=4, group_instance_id="i")
    assert errors == [ErrorCode.REBALANCE_IN_PROGRESS] * 2
    assert group.seen == [("m", "i", 4)]
    assert store.committed() == {}


def test_stale_member_epoch_is_unsupported_version_before_v9() -> None:
    store = OffsetStore(FakeDirectory({"g": FakeGroup(commit_error=ErrorCode.STALE_MEMBER_EPOCH)}))
    commit = PartitionCommit("t", 0, 1)
    assert _commit(store, "g", commit, generation_id=1) == [ErrorCode.STALE_MEMBER_EPOCH]
    assert _commit(store, "g", commit, generation_id=1, api_version=8) == [
        ErrorCode.UNSUPPORTED_VERSION]


def test_simple_group_refuses_a_member_identity() -> None:
    assert SimpleGroup().validate_offset_commit("m", None, 0) is ErrorCode.UNKNOWN_MEMBER_ID
    assert SimpleGroup().validate_offset_commit("", None, -1) is ErrorCode.NONE


def test_metadata_longer_than_the_limit_fails_only_that_partition() -> None:
    store = OffsetStore(offset_metadata_max_bytes=4)
    errors = _commit(store, "g", PartitionCommit("t", 0, 1, metadata="abcd"),
                     PartitionCommit("t", 1, 1, metadata="abcde"),
                     PartitionCommit("t", 2, 1, metadata=None))
    assert errors == [ErrorCode.NONE, ErrorCode.OFFSET_METADATA_TOO_LARGE, ErrorCode.NONE]
    assert store.offset("g", "t", 1) is None
    stored = store.offset("g", "t", 2)
    assert stored is not None and stored.metadata == ""


def test_metadata_length_counts_utf16_units_like_java() -> None:
    store = OffsetStore(offset_metadata_max_bytes=3)
    # one emoji is two UTF-16 units; "é" one unit though two UTF-8 bytes
    assert _commit(store, "g", PartitionCommit("t", 0, 1, metadata="\U0001F600é"),
                   PartitionCommit("t", 1, 1, metadata="\U0001F600\U0001F600")) == [
        ErrorCode.NONE, ErrorCode.OFFSET_METADATA_TOO_LARGE]


def test_retention_time_sets_an_expire_timestamp_and_value_version_1() -> None:
    store = OffsetStore()
    result = store.commit_offsets("g", [PartitionCommit("t", 0, 9)], now_ms=100,
                                  retention_time_ms=50)
    assert result.records[0].value_version == 1
    stored = store.offset("g", "t", 0)
    assert stored is not None and stored.expire_timestamp_ms == 150


def test_a_new_commit_replaces_the_old_one_even_backwards() -> None:
    store = OffsetStore()
    _commit(store, "g", PartitionCommit("t", 0, 50))
    _commit(store, "g", PartitionCommit("t", 0, 10), now_ms=2000)
    stored = store.offset("g", "t", 0)
    assert stored is not None and (stored.offset, stored.commit_timestamp_ms) == (10, 2000)


# --- OffsetFetch ---------------------------------------------------------------------------------

def test_fetch_all_lists_every_committed_partition_sorted() -> None:
    store = OffsetStore()
    _commit(store, "g", PartitionCommit("b", 1, 5), PartitionCommit("a", 0, 4),
            PartitionCommit("b", 0, 3))
    _commit(store, "other", PartitionCommit("a", 0, 99))
    fetched = store.fetch_offsets("g", None).partitions
    assert [(p.topic, p.partition, p.offset) for p in fetched] == [
        ("a", 0, 4), ("b", 0, 3), ("b", 1, 5)]


def test_fetch_for_an_unknown_group_answers_no_offsets_without_error() -> None:
    store = OffsetStore()
    assert store.fetch_offsets("nope", None).partitions == ()
    result = store.fetch_offsets("nope", [("t", [0])])
    assert result.error is ErrorCode.NONE
    assert result.partitions == (FetchedOffset("t", 0),)


def test_fetch_null_group_is_invalid() -> None:
    assert OffsetStore().fetch_offsets(None, None).error is ErrorCode.INVALID_GROUP_ID


def test_fetch_for_a_dead_group_hides_its_offsets() -> None:
    group = FakeGroup()
    store = OffsetStore(FakeDirectory({"g": group}))
    _commit(store, "g", PartitionCommit("t", 0, 5))
    group.fetch_error = ErrorCode.GROUP_ID_NOT_FOUND
    assert store.fetch_offsets("g", [("t", [0])]).partitions == (FetchedOffset("t", 0),)
    assert store.fetch_offsets("g", None).partitions == ()


def test_fetch_group_error_other_than_not_found_is_the_answer() -> None:
    store = OffsetStore(FakeDirectory({"g": FakeGroup(fetch_error=ErrorCode.STALE_MEMBER_EPOCH)}))
    assert store.fetch_offsets("g", None).error is ErrorCode.STALE_MEMBER_EPOCH


def _store_with_pending_offset() -> OffsetStore:
    store = OffsetStore()
    _commit(store, "g", PartitionCommit("t", 0, 5))
    pending = CommittedOffset(8, -1, "", 10, -1, 0)
    store.replay(offset_commit_record(("g", "t", 0), pending), producer_id=77)
    store.replay(offset_commit_record(("g", "t", 1), pending), producer_id=77)
    return store


def test_require_stable_answers_unstable_offset_commit_for_a_pending_transaction() -> None:
    store = _store_with_pending_offset()
    stable = store.fetch_offsets("g", [("t", [0, 1])], require_stable=True).partitions
    assert [p.error for p in stable] == [ErrorCode.UNSTABLE_OFFSET_COMMIT] * 2
    loose = store.fetch_offsets("g", [("t", [0, 1])]).partitions
    assert [(p.offset, p.error) for p in loose] == [(5, ErrorCode.NONE), (-1, ErrorCode.NONE)]
    everything = store.fetch_offsets("g", None, require_stable=True).partitions
    assert [(p.partition, p.error) for p in everything] == [(0, ErrorCode.UNSTABLE_OFFSET_COMMIT)]


def test_transaction_commit_materializes_pending_offsets_and_abort_drops_them() -> None:
    store = _store_with_pending_offset()
    store.replay_end_transaction(77, is_commit=True)
    assert not store.has_pending_transactional_offset(("g", "t", 0))
    assert [store.offset("g", "t", p).offset for p in (0, 1)] == [8, 8]  # type: ignore[union-attr]
    aborted = _store_with_pending_offset()
    aborted.replay_end_transaction(77, is_commit=False)
    assert aborted.offset("g", "t", 1) is None


def test_transaction_commit_keeps_a_later_plain_commit() -> None:
    store = _store_with_pending_offset()  # pending at record offsets 1 and 2
    _commit(store, "g", PartitionCommit("t", 0, 6))  # record offset 3
    store.replay_end_transaction(77, is_commit=True)
    assert store.offset("g", "t", 0).offset == 6  # type: ignore[union-attr]
    assert store.offset("g", "t", 1).offset == 8  # type: ignore[union-attr]


# --- OffsetDelete --------------------------------------------------------------------------------

def test_offset_delete_writes_tombstones_only_where_an_offset_exists() -> None:
    store = OffsetStore()
    _commit(store, "g", PartitionCommit("t", 0, 5), PartitionCommit("u", 0, 6))
    result = store.delete_offsets("g", [("t", [0, 1])])
    assert result.error is ErrorCode.NONE
    assert [(p.partition, p.error) for p in result.partitions] == [
        (0, ErrorCode.NONE), (1, ErrorCode.NONE)]
    assert [r.is_tombstone for r in result.records] == [True]
    assert set(store.committed()) == {("g", "u", 0)}


def test_offset_delete_refuses_a_topic_the_group_consumes() -> None:
    group = FakeGroup(subscribed={"t"})
    store = OffsetStore(FakeDirectory({"g": group}))
    _commit(store, "g", PartitionCommit("t", 0, 5), PartitionCommit("u", 0, 6))
    result = store.delete_offsets("g", [("t", [0]), ("u", [0])])
    assert [p.error for p in result.partitions] == [
        ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC, ErrorCode.NONE]
    assert set(store.committed()) == {("g", "t", 0)}


@pytest.mark.parametrize(("group_id", "group", "error"), [
    ("", None, ErrorCode.INVALID_GROUP_ID),
    ("g", None, ErrorCode.GROUP_ID_NOT_FOUND),
    ("g", FakeGroup(delete_offsets_error=ErrorCode.NON_EMPTY_GROUP), ErrorCode.NON_EMPTY_GROUP),
])
def test_offset_delete_group_level_errors(group_id: str, group: FakeGroup | None,
                                          error: ErrorCode) -> None:
    store = OffsetStore(FakeDirectory({"g": group} if group else {}))
    result = store.delete_offsets(group_id, [("t", [0])])
    assert (result.error, result.partitions, result.records) == (error, (), ())


def test_offset_delete_tombstones_a_pending_transactional_offset() -> None:
    store = _store_with_pending_offset()
    result = store.delete_offsets("g", [("t", [1])])
    assert len(result.records) == 1
    assert not store.has_pending_transactional_offset(("g", "t", 1))


# --- DeleteGroups --------------------------------------------------------------------------------

def test_delete_groups_tombstones_offsets_then_the_group() -> None:
    store = OffsetStore(FakeDirectory({
        "busy": FakeGroup(delete_group_error=ErrorCode.NON_EMPTY_GROUP)}))
    _commit(store, "g", PartitionCommit("t", 1, 5), PartitionCommit("t", 0, 4))
    _commit(store, "busy", PartitionCommit("t", 0, 1))
    result = store.delete_groups(["g", "busy", "missing", None])
    assert result.groups == (("g", ErrorCode.NONE), ("busy", ErrorCode.NON_EMPTY_GROUP),
                             ("missing", ErrorCode.GROUP_ID_NOT_FOUND),
                             (None, ErrorCode.INVALID_GROUP_ID))
    assert result.records == (offset_commit_record(("g", "t", 0), None),
                              offset_commit_record(("g", "t", 1), None), group_tombstone("g"))
    assert set(store.committed()) == {("busy", "t", 0)}
    assert store.simple_groups() == frozenset()  # "g" went; "busy" is a managed group


def test_delete_groups_tombstones_pending_only_partitions_once() -> None:
    store = _store_with_pending_offset()
    store.replay(offset_commit_record(("g", "t", 1), CommittedOffset(9, -1, "", 0, -1, 0)),
                 producer_id=78)
    result = store.delete_groups(["g"])
    keys = [(r.key.topic, r.key.partition) for r in result.records[:-1]]  # type: ignore[attr-defined]
    assert keys == [("t", 0), ("t", 1)]
    assert not store.has_pending_transactional_offset(("g", "t", 1))


# --- Expiry --------------------------------------------------------------------------------------

def test_simple_group_offsets_expire_by_commit_time_then_the_group_goes() -> None:
    store = OffsetStore()
    _commit(store, "g", PartitionCommit("t", 0, 1), now_ms=0)
    _commit(store, "g", PartitionCommit("t", 1, 1), now_ms=HOUR_MS)
    first = store.expire_offsets(now_ms=HOUR_MS * 2, retention_ms=HOUR_MS * 2)
    assert first == (offset_commit_record(("g", "t", 0), None),)
    second = store.expire_offsets(now_ms=HOUR_MS * 3, retention_ms=HOUR_MS * 2)
    assert second == (offset_commit_record(("g", "t", 1), None), group_tombstone("g"))
    assert store.committed() == {} and store.simple_groups() == frozenset()


def test_empty_classic_group_expires_from_the_time_it_became_empty() -> None:
    group = FakeGroup(rule=ExpirationRule(base_timestamp_ms=5 * HOUR_MS))
    store = OffsetStore(FakeDirectory({"g": group}))
    _commit(store, "g", PartitionCommit("t", 0, 1), now_ms=0)
    assert store.expire_offsets(now_ms=6 * HOUR_MS, retention_ms=2 * HOUR_MS) == ()
    records = store.expire_offsets(now_ms=7 * HOUR_MS, retention_ms=2 * HOUR_MS)
    assert records == (offset_commit_record(("g", "t", 0), None), group_tombstone("g"))


def test_no_rule_or_subscribed_topic_keeps_offsets_and_the_group() -> None:
    group = FakeGroup(rule=None, empty=False)
    store = OffsetStore(FakeDirectory({"g": group}))
    _commit(store, "g", PartitionCommit("t", 0, 1), PartitionCommit("u", 0, 1), now_ms=0)
    assert store.expire_offsets(now_ms=10 * HOUR_MS, retention_ms=HOUR_MS) == ()
    group.rule, group.subscribed = ExpirationRule(), {"t"}
    assert store.expire_offsets(now_ms=10 * HOUR_MS, retention_ms=HOUR_MS) == (
        offset_commit_record(("g", "u", 0), None),)


def test_non_empty_group_without_offsets_is_not_deleted() -> None:
    store = OffsetStore(FakeDirectory({"a": FakeGroup(empty=False), "b": FakeGroup()}))
    assert store.expire_offsets(now_ms=0) == (group_tombstone("b"),)


def test_pending_transactional_offset_blocks_expiry() -> None:
    store = _store_with_pending_offset()
    records = store.expire_offsets(now_ms=100 * HOUR_MS, retention_ms=HOUR_MS)
    assert records == ()  # t-0 has a pending offset, and the group an open transaction


def test_explicit_expire_timestamp_wins_over_retention() -> None:
    rule = ExpirationRule()
    assert is_offset_expired(rule, 0, 150, now_ms=150, retention_ms=10**9)
    assert not is_offset_expired(rule, 0, 150, now_ms=149, retention_ms=0)
    assert is_offset_expired(ExpirationRule(100), 0, -1, now_ms=110, retention_ms=10)
    assert not is_offset_expired(ExpirationRule(101), 0, -1, now_ms=110, retention_ms=10)


def test_classic_expiration_rule() -> None:
    def rule(**overrides: object) -> ExpirationRule | None:
        options: dict[str, object] = dict(
            has_protocol_type=True, is_empty=False, is_stable=True, uses_consumer_protocol=True,
            knows_subscribed_topics=True, current_state_timestamp_ms=7)
        options.update(overrides)
        return classic_expiration_rule(**options)  # type: ignore[arg-type]

    assert rule(has_protocol_type=False) == ExpirationRule()
    assert rule(is_empty=True) == ExpirationRule(7)
    assert rule() == ExpirationRule()
    assert rule(is_stable=False) is None
    assert rule(knows_subscribed_topics=False) is None
    assert rule(uses_consumer_protocol=False) is None


# --- replay and the invariant --------------------------------------------------------------------

def test_legacy_offset_commit_records_are_read() -> None:
    store = OffsetStore()
    key_bytes, value_bytes = encode_record(_legacy_record())
    store.replay(decode_record(key_bytes, value_bytes))
    assert store.offset("g", "t", 3) == CommittedOffset(11, -1, "m", 5, -1, 0)


def _legacy_record() -> CoordinatorRecord:
    return CoordinatorRecord(CoordinatorRecordType.LEGACY_OFFSET_COMMIT,
                             LegacyOffsetCommitKey(group="g", topic="t", partition=3),
                             LegacyOffsetCommitValue(offset=11, metadata="m", commit_timestamp=5),
                             0)


def test_group_metadata_tombstone_removes_a_simple_group() -> None:
    store = OffsetStore()
    _commit(store, "g", PartitionCommit("t", 0, 1))
    store.replay(group_tombstone("g"))
    assert store.simple_groups() == frozenset()


def test_committed_offsets_change_only_by_commit_predicate() -> None:
    key, other = ("g", "t", 0), ("g", "t", 1)
    assert committed_offsets_change_only_by_commit({key: 1}, {key: 2}, [OffsetChange(key, 2)])
    assert committed_offsets_change_only_by_commit({key: 1}, {}, [OffsetChange(key, None)])
    assert not committed_offsets_change_only_by_commit({key: 1}, {key: 3}, [OffsetChange(key, 2)])
    assert not committed_offsets_change_only_by_commit({key: 1, other: 1}, {key: 2},
                                                       [OffsetChange(key, 2)])
    assert not committed_offsets_change_only_by_commit({}, {other: 1}, [])
    assert not committed_offsets_change_only_by_commit({}, {}, [OffsetChange(key, 2)])


def test_store_asserts_the_invariant_when_replay_misbehaves(
        monkeypatch: pytest.MonkeyPatch) -> None:
    store = OffsetStore()
    _commit(store, "g", PartitionCommit("t", 0, 1), PartitionCommit("t", 1, 1))
    original = store.replay

    def replay_that_also_drops_a_neighbour(record, *args, **kwargs):  # type: ignore[no-untyped-def]
        original(record, *args, **kwargs)
        store._remove(("g", "t", 1))

    monkeypatch.setattr(store, "replay", replay_that_also_drops_a_neighbour)
    with pytest.raises(InvariantViolated, match="CommittedOffsetsChangeOnlyByCommit"):
        _commit(store, "g", PartitionCommit("t", 0, 2))
