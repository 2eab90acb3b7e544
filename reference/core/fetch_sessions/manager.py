"""Choosing the context for a Fetch request (Kafka's `FetchManager.newContext`).

The order of checks is Kafka's:
  full (epoch 0 or -1): close the named session, if any; epoch -1 -> sessionless, else full.
  incremental: unknown id -> FETCH_SESSION_ID_NOT_FOUND; epoch != session's ->
    INVALID_FETCH_SESSION_EPOCH; request version on the other side of v13 from the one that
    opened the session -> FETCH_SESSION_TOPIC_ID_ERROR; then apply the request, and if that
    leaves the session empty, close it and answer sessionless; else bump the epoch.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence

from reference.core.fetch_sessions.cache import FetchSessionCache
from reference.core.fetch_sessions.contexts import (
    FetchContext,
    FullFetchContext,
    IncrementalFetchContext,
    SessionErrorContext,
    SessionlessFetchContext,
)
from reference.core.fetch_sessions.values import (
    FETCH_SESSION_ID_NOT_FOUND,
    FETCH_SESSION_TOPIC_ID_ERROR,
    FINAL_EPOCH,
    INVALID_FETCH_SESSION_EPOCH,
    INVALID_SESSION_ID,
    TOPIC_IDS_MIN_VERSION,
    PartitionRequest,
    SessionPartition,
    is_full_request,
    next_epoch,
)


class FetchManager:
    """Turns each Fetch request's session fields into a `FetchContext` over one cache."""

    def __init__(self, cache: FetchSessionCache) -> None:
        self.cache = cache

    def new_context(self, version: int, session_id: int, epoch: int,
                    fetch_data: Mapping[SessionPartition, PartitionRequest],
                    to_forget: Sequence[SessionPartition],
                    topic_names: Mapping[uuid.UUID, str],
                    is_follower: bool, now_ms: int) -> FetchContext:
        """The context for one request.

        `fetch_data` and `to_forget` are the request's partitions in request order, already
        resolved against `topic_names` (topic id -> name, the broker's metadata; empty below
        v13). Raises `UnroutableSessionId` for an id no shard owns, as Kafka throws.
        """
        assert version >= 0, version
        if is_full_request(epoch):
            if session_id != INVALID_SESSION_ID:
                self.cache.remove(session_id)  # a full request always ends the session it names
            if epoch == FINAL_EPOCH:
                return SessionlessFetchContext(fetch_data)
            return FullFetchContext(self.cache, fetch_data,
                                    version >= TOPIC_IDS_MIN_VERSION, is_follower)
        return self._incremental(version, session_id, epoch, fetch_data, to_forget,
                                 topic_names, now_ms)

    def _incremental(self, version: int, session_id: int, epoch: int,
                     fetch_data: Mapping[SessionPartition, PartitionRequest],
                     to_forget: Sequence[SessionPartition],
                     topic_names: Mapping[uuid.UUID, str], now_ms: int) -> FetchContext:
        session = self.cache.get(session_id)
        if session is None:
            return SessionErrorContext(FETCH_SESSION_ID_NOT_FOUND)
        if session.epoch != epoch:
            return SessionErrorContext(INVALID_FETCH_SESSION_EPOCH)
        if session.uses_topic_ids != (version >= TOPIC_IDS_MIN_VERSION):
            return SessionErrorContext(FETCH_SESSION_TOPIC_ID_ERROR)
        session.update(fetch_data, to_forget)
        if session.size == 0:
            self.cache.remove(session.session_id)
            return SessionlessFetchContext(fetch_data)
        self.cache.touch(session, now_ms)
        session.epoch = next_epoch(session.epoch)
        return IncrementalFetchContext(session, epoch, topic_names)
