"""One incremental fetch session: its id, epoch and cached partitions (Kafka's `FetchSession`).

The partitions keep Kafka's order (an `ImplicitLinkedHashCollection`): new partitions join at
the end, and a partition that just returned records moves to the end, so that partitions
starved by the response size limit get their turn first on the next fetch.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from reference.core.fetch_sessions.values import (
    CachedPartition,
    PartitionRequest,
    SessionPartition,
)

SessionKey = tuple[object, int]


@dataclass(frozen=True, slots=True)
class SessionChanges:
    """What an incremental request did to a session: partitions added, updated and removed."""

    added: tuple[SessionPartition, ...]
    updated: tuple[SessionPartition, ...]
    removed: tuple[SessionPartition, ...]


@dataclass(slots=True, eq=False)
class FetchSession:
    """A session as the cache holds it; mutable, like the state it mirrors.

    `cached_size` is the partition count the cache last saw (-1: not in a cache); the two
    `is_evictable_by_*` flags are decided when the cache last touched the session, as Kafka
    decides membership of its evictable trees, not when an eviction is attempted.
    """

    session_id: int
    is_privileged: bool
    uses_topic_ids: bool
    creation_ms: int
    last_used_ms: int
    epoch: int
    partitions: dict[SessionKey, CachedPartition] = field(default_factory=dict)
    cached_size: int = -1
    is_evictable_by_all: bool = False
    is_evictable_by_privileged: bool = False

    def __post_init__(self) -> None:
        assert self.session_id > 0, self.session_id
        assert self.epoch > 0, self.epoch

    @property
    def size(self) -> int:
        return len(self.partitions)

    @property
    def evictable_key(self) -> tuple[bool, int, int]:
        """Kafka's `EvictableKey`: the least valuable session sorts first."""
        return (self.is_privileged, self.cached_size, self.session_id)

    @property
    def last_used_key(self) -> tuple[int, int]:
        return (self.last_used_ms, self.session_id)

    def cached(self) -> Iterator[CachedPartition]:
        """The cached partitions in session order."""
        return iter(self.partitions.values())

    def find(self, partition: SessionPartition) -> CachedPartition | None:
        return self.partitions.get(partition.session_key)

    def update(self, fetch_data: Mapping[SessionPartition, PartitionRequest],
               to_forget: Sequence[SessionPartition]) -> SessionChanges:
        """Apply an incremental request: add or refresh what it sends, drop what it forgets.

        Adds come before forgets, as in Kafka: a partition both sent and forgotten is gone.
        """
        added: list[SessionPartition] = []
        updated: list[SessionPartition] = []
        removed: list[SessionPartition] = []
        for partition, request in fetch_data.items():
            key = partition.session_key
            existing = self.partitions.get(key)
            if existing is None:
                self.partitions[key] = CachedPartition(partition, request)
                added.append(partition)
            else:
                self.partitions[key] = existing.with_request(request)
                updated.append(partition)
        for partition in to_forget:
            if self.partitions.pop(partition.session_key, None) is not None:
                removed.append(partition)
        return SessionChanges(tuple(added), tuple(updated), tuple(removed))

    def resolve_names(self, topic_names: Mapping[uuid.UUID, str]) -> None:
        """Give unresolved partitions the name the broker now knows (`maybeResolveUnknownName`).

        A name, once resolved, is kept even if the broker later forgets the id.
        """
        for key, cached in self.partitions.items():
            partition = cached.partition
            name = topic_names.get(partition.topic_id)
            if partition.topic is None and name is not None:
                resolved = SessionPartition(partition.topic_id, name, partition.partition)
                # Same key, so assigning keeps the partition's place in the session order.
                self.partitions[key] = CachedPartition(
                    resolved, cached.request, cached.high_watermark,
                    cached.local_log_start_offset)

    def replace_cached(self, cached: CachedPartition, *, move_to_end: bool) -> None:
        key = cached.partition.session_key
        assert key in self.partitions, key
        if move_to_end:
            del self.partitions[key]
        self.partitions[key] = cached
