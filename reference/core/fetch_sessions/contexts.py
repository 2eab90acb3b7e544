"""The four ways a Fetch request can relate to a session (Kafka's `FetchContext` variants).

The broker asks a context which partitions to read (`partitions`), reads them, then hands the
results back (`update_and_generate_response_data`) and gets the top-level error, the session
id to answer with, and which partitions the response carries, in order.
"""

from __future__ import annotations

import uuid
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass

from reference.core.fetch_sessions.cache import CachedPartitions, FetchSessionCache
from reference.core.fetch_sessions.session import FetchSession
from reference.core.fetch_sessions.values import (
    INVALID_FETCH_SESSION_EPOCH,
    INVALID_SESSION_ID,
    NONE,
    CachedPartition,
    PartitionRequest,
    PartitionResult,
    SessionPartition,
    next_epoch,
)

Results = Mapping[SessionPartition, PartitionResult]


@dataclass(frozen=True, slots=True)
class SessionResponse:
    """The session's part of a FetchResponse: ErrorCode, SessionId, and the partitions it carries
    (keys into the results the broker passed in, in response order)."""

    error_code: int
    session_id: int
    partitions: tuple[SessionPartition, ...]


class FetchContext(ABC):
    """What the broker needs from a fetch context."""

    @abstractmethod
    def partitions(self) -> list[tuple[SessionPartition, PartitionRequest]]:
        """The partitions to read and how, in the order the response should list them."""

    def fetch_offset(self, partition: SessionPartition) -> int | None:
        for candidate, request in self.partitions():
            if candidate.session_key == partition.session_key:
                return request.fetch_offset
        return None

    def partitions_to_send(self, results: Results) -> tuple[SessionPartition, ...]:
        """What the response would carry, changing nothing (Kafka sizes quotas with this)."""
        return tuple(results)

    @abstractmethod
    def update_and_generate_response_data(self, results: Results,
                                          now_ms: int) -> SessionResponse:
        """Fold the read results into the session (if any) and shape the response."""

    def throttled_response(self) -> SessionResponse:
        """The empty response sent instead when the fetcher is over its quota."""
        return SessionResponse(NONE, INVALID_SESSION_ID, ())


class SessionErrorContext(FetchContext):
    """The request named a session that cannot serve it: no partitions, only the error."""

    def __init__(self, error_code: int) -> None:
        assert error_code != NONE
        self.error_code = error_code

    def partitions(self) -> list[tuple[SessionPartition, PartitionRequest]]:
        return []

    def partitions_to_send(self, results: Results) -> tuple[SessionPartition, ...]:
        return ()

    def update_and_generate_response_data(self, results: Results,
                                          now_ms: int) -> SessionResponse:
        return SessionResponse(self.error_code, INVALID_SESSION_ID, ())


class SessionlessFetchContext(FetchContext):
    """A full request that wants no session (epoch -1), or an incremental one that emptied its
    session: answer everything asked, with session id 0."""

    def __init__(self, fetch_data: Mapping[SessionPartition, PartitionRequest]) -> None:
        self.fetch_data = dict(fetch_data)

    def partitions(self) -> list[tuple[SessionPartition, PartitionRequest]]:
        return list(self.fetch_data.items())

    def update_and_generate_response_data(self, results: Results,
                                          now_ms: int) -> SessionResponse:
        return SessionResponse(NONE, INVALID_SESSION_ID, tuple(results))


class FullFetchContext(FetchContext):
    """A full request (epoch 0): answer everything, and try to open a session on the way out."""

    def __init__(self, cache: FetchSessionCache,
                 fetch_data: Mapping[SessionPartition, PartitionRequest],
                 uses_topic_ids: bool, is_from_follower: bool) -> None:
        self.cache = cache
        self.fetch_data = dict(fetch_data)
        self.uses_topic_ids = uses_topic_ids
        self.is_from_follower = is_from_follower

    def partitions(self) -> list[tuple[SessionPartition, PartitionRequest]]:
        return list(self.fetch_data.items())

    def update_and_generate_response_data(self, results: Results,
                                          now_ms: int) -> SessionResponse:
        def create_partitions() -> CachedPartitions:
            # The session is built from the results, in their order, as Kafka builds it.
            return {
                partition.session_key: CachedPartition(
                    partition, self.fetch_data[partition], result.high_watermark,
                    result.log_start_offset)
                for partition, result in results.items()
            }

        session_id = self.cache.maybe_create_session(
            now_ms, self.is_from_follower, len(results), self.uses_topic_ids, create_partitions)
        return SessionResponse(NONE, session_id, tuple(results))


class IncrementalFetchContext(FetchContext):
    """An incremental request on a live session: read every partition the session holds, answer
    only those with something new to say (`CachedPartition.must_respond`)."""

    def __init__(self, session: FetchSession, request_epoch: int,
                 topic_names: Mapping[uuid.UUID, str]) -> None:
        self.session = session
        self.request_epoch = request_epoch
        self.topic_names = topic_names

    def partitions(self) -> list[tuple[SessionPartition, PartitionRequest]]:
        if self.session.uses_topic_ids:
            self.session.resolve_names(self.topic_names)
        return [(cached.partition, cached.request) for cached in self.session.cached()]

    def _is_current(self) -> bool:
        # Another request on the session may have moved its epoch on since this one was let in.
        return self.session.epoch == next_epoch(self.request_epoch)

    def partitions_to_send(self, results: Results) -> tuple[SessionPartition, ...]:
        if not self._is_current():
            return ()
        return tuple(partition for partition, result in results.items()
                     if self._must_respond(partition, result))

    def _must_respond(self, partition: SessionPartition, result: PartitionResult) -> bool:
        cached = self.session.find(partition)
        return cached is not None and cached.must_respond(result)

    def update_and_generate_response_data(self, results: Results,
                                          now_ms: int) -> SessionResponse:
        if not self._is_current():
            return SessionResponse(INVALID_FETCH_SESSION_EPOCH, self.session.session_id, ())
        sent: list[SessionPartition] = []
        for partition, result in results.items():
            cached = self.session.find(partition)
            if cached is None or not cached.must_respond(result):
                continue
            sent.append(partition)
            # Partitions that returned data yield their place to the ones that did not.
            self.session.replace_cached(cached.after_response(result),
                                        move_to_end=result.records_size_bytes > 0)
        return SessionResponse(NONE, self.session.session_id, tuple(sent))

    def throttled_response(self) -> SessionResponse:
        if not self._is_current():
            return SessionResponse(INVALID_FETCH_SESSION_EPOCH, self.session.session_id, ())
        return SessionResponse(NONE, self.session.session_id, ())
