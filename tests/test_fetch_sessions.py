"""Fetch sessions: how FetchManager answers each kind of request, as Kafka 4.x does."""

from __future__ import annotations

import uuid

import pytest

from reference.core.fetch_sessions import (
    FINAL_EPOCH,
    INITIAL_EPOCH,
    ZERO_UUID,
    FullFetchContext,
    IncrementalFetchContext,
    PartitionResult,
    SessionErrorContext,
    SessionlessFetchContext,
    SessionPartition,
    is_full_request,
    next_epoch,
)
from reference.core.fetch_sessions.values import (
    FETCH_SESSION_ID_NOT_FOUND,
    FETCH_SESSION_TOPIC_ID_ERROR,
    INCONSISTENT_TOPIC_ID,
    INT32_MAX,
    INVALID_FETCH_SESSION_EPOCH,
    NONE,
    UNKNOWN_TOPIC_ID,
    UNKNOWN_TOPIC_OR_PARTITION,
)
from tests.test_fetch_sessions_support import (
    FOO_ID,
    bar,
    context,
    foo,
    new_manager,
    open_session,
    request,
    respond,
    result,
)


def test_next_epoch_counts_up_wraps_to_one_and_keeps_final() -> None:
    assert next_epoch(INITIAL_EPOCH) == 1
    assert next_epoch(41) == 42
    assert next_epoch(INT32_MAX) == 1
    assert next_epoch(FINAL_EPOCH) == FINAL_EPOCH
    assert next_epoch(-7) == FINAL_EPOCH


def test_only_epochs_zero_and_minus_one_are_full_requests() -> None:
    assert is_full_request(0) and is_full_request(-1)
    assert not is_full_request(1) and not is_full_request(-2)


def test_full_fetch_with_epoch_zero_opens_a_session_and_answers_everything() -> None:
    manager = new_manager()
    full = context(manager, 0, INITIAL_EPOCH, {foo(0): request(), foo(1): request(5)})
    assert isinstance(full, FullFetchContext)
    assert [p for p, _ in full.partitions()] == [foo(0), foo(1)]
    response = respond(full, {foo(0): result(), foo(1): result()})
    assert response.error_code == NONE and response.session_id != 0
    assert response.partitions == (foo(0), foo(1))
    session = manager.cache.get(response.session_id)
    assert session is not None and session.epoch == 1 and session.size == 2


def test_full_fetch_with_final_epoch_is_sessionless() -> None:
    manager = new_manager()
    sessionless = context(manager, 0, FINAL_EPOCH, {foo(0): request()})
    assert isinstance(sessionless, SessionlessFetchContext)
    response = respond(sessionless, {foo(0): result()})
    assert (response.error_code, response.session_id, response.partitions) == (NONE, 0, (foo(0),))
    assert len(manager.cache) == 0


def test_final_epoch_with_a_session_id_closes_that_session() -> None:
    manager = new_manager()
    session_id = open_session(manager, [foo(0)])
    closing = context(manager, session_id, FINAL_EPOCH, {foo(0): request()})
    assert isinstance(closing, SessionlessFetchContext)
    assert manager.cache.get(session_id) is None


def test_epoch_zero_with_a_session_id_replaces_that_session() -> None:
    manager = new_manager()
    old_id = open_session(manager, [foo(0)])
    renewal = context(manager, old_id, INITIAL_EPOCH, {foo(0): request()})
    assert isinstance(renewal, FullFetchContext) and manager.cache.get(old_id) is None
    new_id = respond(renewal, {foo(0): result()}).session_id
    assert new_id not in (0, old_id) and manager.cache.get(new_id) is not None


def test_unknown_session_id_is_fetch_session_id_not_found() -> None:
    manager = new_manager()
    error = context(manager, 12345, 1, {foo(0): request()})
    assert isinstance(error, SessionErrorContext) and error.partitions() == []
    response = respond(error, {foo(0): result()})
    assert (response.error_code, response.session_id, response.partitions) == (
        FETCH_SESSION_ID_NOT_FOUND, 0, ())


def test_wrong_epoch_is_invalid_fetch_session_epoch_and_leaves_session_alone() -> None:
    manager = new_manager()
    session_id = open_session(manager, [foo(0)])
    for wrong_epoch in (2, 7, -2):
        response = respond(context(manager, session_id, wrong_epoch), {})
        assert (response.error_code, response.session_id) == (INVALID_FETCH_SESSION_EPOCH, 0)
    session = manager.cache.get(session_id)
    assert session is not None and session.epoch == 1


@pytest.mark.parametrize(("opened_at", "continued_at"), [(12, 13), (13, 12)])
def test_crossing_version_13_inside_a_session_is_topic_id_error(opened_at: int,
                                                                continued_at: int) -> None:
    manager = new_manager()
    partition = foo(0) if opened_at >= 13 else SessionPartition(ZERO_UUID, "foo", 0)
    session_id = open_session(manager, [partition], version=opened_at)
    response = respond(context(manager, session_id, 1, version=continued_at), {})
    assert (response.error_code, response.session_id) == (FETCH_SESSION_TOPIC_ID_ERROR, 0)


def test_incremental_fetch_reads_all_session_partitions_in_session_order() -> None:
    manager = new_manager()
    session_id = open_session(manager, [foo(0), foo(1)])
    incremental = context(manager, session_id, 1, {bar(0): request(3)})
    assert isinstance(incremental, IncrementalFetchContext)
    assert incremental.partitions() == [(foo(0), request()), (foo(1), request()),
                                        (bar(0), request(3))]
    assert incremental.fetch_offset(bar(0)) == 3 and incremental.fetch_offset(bar(9)) is None
    session = manager.cache.get(session_id)
    assert session is not None and session.epoch == 2


def test_incremental_response_carries_only_partitions_with_news() -> None:
    manager = new_manager()
    quiet, records, moved_hw, moved_start, failed = foo(0), foo(1), foo(2), foo(3), foo(4)
    session_id = open_session(manager, [quiet, records, moved_hw, moved_start, failed])
    incremental = context(manager, session_id, 1)
    results = {quiet: result(), records: result(records_size_bytes=70),
               moved_hw: result(high_watermark=11), moved_start: result(log_start_offset=4),
               failed: result(error_code=UNKNOWN_TOPIC_OR_PARTITION)}
    assert incremental.partitions_to_send(results) == (records, moved_hw, moved_start, failed)
    response = respond(incremental, results)
    assert response.partitions == (records, moved_hw, moved_start, failed)
    assert (response.error_code, response.session_id) == (NONE, session_id)


@pytest.mark.parametrize("news", [
    PartitionResult(high_watermark=10, log_start_offset=0, preferred_read_replica=2),
    PartitionResult(high_watermark=10, log_start_offset=0, diverging_epoch=0),
    PartitionResult(high_watermark=10, log_start_offset=0, error_code=INCONSISTENT_TOPIC_ID),
    PartitionResult(high_watermark=10, log_start_offset=0, error_code=UNKNOWN_TOPIC_ID),
])
def test_preferred_replica_divergence_and_errors_are_always_sent(news: PartitionResult) -> None:
    manager = new_manager()
    session_id = open_session(manager, [foo(0)])
    assert respond(context(manager, session_id, 1), {foo(0): news}).partitions == (foo(0),)


def test_a_change_of_last_stable_offset_alone_is_not_sent() -> None:
    # Kafka caches no LSO; the LSO moves only with the high watermark on a real log.
    manager = new_manager()
    session_id = open_session(manager, [foo(0)])
    lso_only = result(high_watermark=10, last_stable_offset=7)
    assert respond(context(manager, session_id, 1), {foo(0): lso_only}).partitions == ()


def test_partition_is_resent_when_its_error_clears_even_at_the_same_high_watermark() -> None:
    manager = new_manager()
    session_id = open_session(manager, [foo(0)])
    failing = result(error_code=UNKNOWN_TOPIC_OR_PARTITION)
    assert respond(context(manager, session_id, 1), {foo(0): failing}).partitions == (foo(0),)
    assert respond(context(manager, session_id, 2), {foo(0): result()}).partitions == (foo(0),)
    assert respond(context(manager, session_id, 3), {foo(0): result()}).partitions == ()


def test_partition_that_returned_records_moves_to_the_back_of_the_session() -> None:
    manager = new_manager()
    session_id = open_session(manager, [foo(0), foo(1), foo(2)])
    respond(context(manager, session_id, 1),
            {foo(0): result(records_size_bytes=5), foo(1): result(high_watermark=12),
             foo(2): result()})
    order = [p for p, _ in context(manager, session_id, 2).partitions()]
    assert order == [foo(1), foo(2), foo(0)]


def test_to_forget_drops_partitions_and_forgetting_all_closes_the_session() -> None:
    manager = new_manager()
    session_id = open_session(manager, [foo(0), foo(1)])
    incremental = context(manager, session_id, 1, to_forget=[foo(0)])
    assert [p for p, _ in incremental.partitions()] == [foo(1)]
    respond(incremental, {foo(1): result()})
    emptied = context(manager, session_id, 2, {bar(0): request()}, to_forget=[foo(1), bar(0)])
    assert isinstance(emptied, SessionlessFetchContext)
    assert emptied.partitions() == [(bar(0), request())]
    assert manager.cache.get(session_id) is None


def test_resent_partition_updates_cached_request_and_leader_epoch() -> None:
    manager = new_manager()
    session_id = open_session(manager, [foo(0), foo(1)])
    respond(context(manager, session_id, 1, {foo(1): request(8, leader_epoch=3)}), {})
    assert context(manager, session_id, 2).partitions() == [
        (foo(0), request()), (foo(1), request(8, leader_epoch=3))]


def test_response_for_an_overtaken_epoch_is_invalid_fetch_session_epoch() -> None:
    manager = new_manager()
    session_id = open_session(manager, [foo(0)])
    first = context(manager, session_id, 1)
    second = context(manager, session_id, 2)
    assert first.throttled_response().error_code == INVALID_FETCH_SESSION_EPOCH
    late = respond(first, {foo(0): result(records_size_bytes=1)})
    assert (late.error_code, late.session_id, late.partitions) == (
        INVALID_FETCH_SESSION_EPOCH, session_id, ())
    assert first.partitions_to_send({foo(0): result(records_size_bytes=1)}) == ()
    assert respond(second, {foo(0): result(high_watermark=11)}).partitions == (foo(0),)


def test_throttled_responses_carry_no_partitions_and_open_no_session() -> None:
    manager = new_manager()
    full = context(manager, 0, INITIAL_EPOCH, {foo(0): request()})
    assert full.throttled_response().session_id == 0 and len(manager.cache) == 0
    session_id = open_session(manager, [foo(0)])
    throttled = context(manager, session_id, 1).throttled_response()
    assert (throttled.error_code, throttled.session_id, throttled.partitions) == (
        NONE, session_id, ())


def test_unresolved_topic_ids_resolve_once_the_broker_learns_the_name() -> None:
    manager = new_manager()
    unresolved = SessionPartition(FOO_ID, None, 0)
    full = context(manager, 0, INITIAL_EPOCH, {unresolved: request()}, topic_names={})
    response = respond(full, {unresolved: result(error_code=UNKNOWN_TOPIC_ID)})
    session_id = response.session_id
    unknown = context(manager, session_id, 1, topic_names={})
    assert [p for p, _ in unknown.partitions()] == [unresolved]
    respond(unknown, {unresolved: result(error_code=UNKNOWN_TOPIC_ID)})
    assert [p for p, _ in context(manager, session_id, 2).partitions()] == [foo(0)]
    # Once resolved, a name stays, even when the broker no longer knows the id.
    forgotten = context(manager, session_id, 3, topic_names={})
    assert [p for p, _ in forgotten.partitions()] == [foo(0)]


def test_forgetting_by_id_removes_an_unresolved_partition() -> None:
    manager = new_manager()
    unresolved = SessionPartition(FOO_ID, None, 0)
    full = context(manager, 0, INITIAL_EPOCH, {unresolved: request(), bar(0): request()},
                   topic_names={})
    session_id = respond(full, {unresolved: result(), bar(0): result()}).session_id
    incremental = context(manager, session_id, 1, to_forget=[foo(0)])
    assert [p for p, _ in incremental.partitions()] == [bar(0)]


def test_session_epoch_wraps_from_int32_max_to_one() -> None:
    manager = new_manager()
    session_id = open_session(manager, [foo(0)])
    session = manager.cache.get(session_id)
    assert session is not None
    session.epoch = INT32_MAX
    response = respond(context(manager, session_id, INT32_MAX), {foo(0): result()})
    assert response.error_code == NONE and session.epoch == 1
    assert respond(context(manager, session_id, 1), {}).error_code == NONE


def test_recreated_topic_is_replaced_by_sending_the_new_id_and_forgetting_the_old() -> None:
    # What Kafka's client does when a topic's id changes under a live v13 session.
    manager = new_manager()
    session_id = open_session(manager, [foo(0)])
    recreated = SessionPartition(uuid.UUID(int=0xF01), "foo", 0)
    incremental = context(manager, session_id, 1, {recreated: request()}, to_forget=[foo(0)],
                          topic_names={recreated.topic_id: "foo"})
    assert [p for p, _ in incremental.partitions()] == [recreated]
    assert respond(incremental, {recreated: result()}).partitions == (recreated,)
