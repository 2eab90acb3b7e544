"""Shared helpers for the fetch session tests (no tests here; named test_* to sit with them)."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Mapping, Sequence

from reference.core.fetch_sessions import (
    FetchContext,
    FetchManager,
    FetchSessionCache,
    PartitionRequest,
    PartitionResult,
    SessionPartition,
    SessionResponse,
)

FOO_ID = uuid.UUID(int=0xF00)
BAR_ID = uuid.UUID(int=0xBA2)
NAMES = {FOO_ID: "foo", BAR_ID: "bar"}


def foo(partition: int) -> SessionPartition:
    return SessionPartition(FOO_ID, "foo", partition)


def bar(partition: int) -> SessionPartition:
    return SessionPartition(BAR_ID, "bar", partition)


def counting_draw(start: int = 1) -> Callable[[], int]:
    """A deterministic id source: 1, 2, 3, ... (each shard maps it into its own range)."""
    counter = itertools.count(start)
    return lambda: next(counter)


def new_manager(max_slots: int = 10, eviction_ms: int = 1000, shard_count: int = 1,
                draw: Callable[[], int] | None = None) -> FetchManager:
    cache = FetchSessionCache(draw or counting_draw(), max_slots=max_slots,
                              eviction_ms=eviction_ms, shard_count=shard_count)
    return FetchManager(cache)


def request(fetch_offset: int = 0, max_bytes: int = 100,
            leader_epoch: int | None = None) -> PartitionRequest:
    return PartitionRequest(fetch_offset=fetch_offset, max_bytes=max_bytes,
                            current_leader_epoch=leader_epoch)


def result(high_watermark: int = 10, log_start_offset: int = 0, records_size_bytes: int = 0,
           error_code: int = 0, last_stable_offset: int | None = None) -> PartitionResult:
    return PartitionResult(
        error_code=error_code, high_watermark=high_watermark,
        last_stable_offset=high_watermark if last_stable_offset is None else last_stable_offset,
        log_start_offset=log_start_offset, records_size_bytes=records_size_bytes)


def context(manager: FetchManager, session_id: int, epoch: int,
            fetch_data: Mapping[SessionPartition, PartitionRequest] | None = None,
            to_forget: Sequence[SessionPartition] = (), version: int = 13,
            is_follower: bool = False, now_ms: int = 0,
            topic_names: Mapping[uuid.UUID, str] | None = None) -> FetchContext:
    return manager.new_context(version, session_id, epoch, fetch_data or {}, to_forget,
                               NAMES if topic_names is None else topic_names,
                               is_follower, now_ms)


def respond(fetch_context: FetchContext, results: Mapping[SessionPartition, PartitionResult],
            now_ms: int = 0) -> SessionResponse:
    return fetch_context.update_and_generate_response_data(results, now_ms)


def open_session(manager: FetchManager, partitions: Sequence[SessionPartition],
                 now_ms: int = 0, is_follower: bool = False, version: int = 13) -> int:
    """A full fetch of `partitions` (offset 0, high watermark 10); the new session's id."""
    full = context(manager, 0, 0, {p: request() for p in partitions}, now_ms=now_ms,
                   is_follower=is_follower, version=version)
    response = respond(full, {p: result() for p in partitions}, now_ms)
    assert response.session_id != 0
    return response.session_id
