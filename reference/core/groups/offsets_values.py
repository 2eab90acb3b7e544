"""The values the committed-offsets store takes and gives: commits asked for, offsets held,
and the answers of each operation (plain values; a handler turns them into response messages)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spec.coordinator_records import CoordinatorRecord
from spec.errors import ErrorCode

__all__ = [
    "INVALID_OFFSET",
    "NO_LEADER_EPOCH",
    "CommitResult",
    "CommittedOffset",
    "DeleteGroupsResult",
    "DeleteOffsetsResult",
    "FetchResult",
    "FetchedOffset",
    "PartitionCommit",
    "PartitionError",
]

NO_LEADER_EPOCH = -1
INVALID_OFFSET = -1  # OffsetFetchResponse.INVALID_OFFSET: nothing committed


@dataclass(frozen=True, slots=True)
class PartitionCommit:
    """One partition of an OffsetCommit request (metadata None is sent as null, stored as "")."""

    topic: str
    partition: int
    offset: int
    leader_epoch: int = NO_LEADER_EPOCH
    metadata: str | None = ""


@dataclass(frozen=True, slots=True)
class CommittedOffset:
    """Kafka's OffsetAndMetadata: one committed offset as the store holds it."""

    offset: int
    leader_epoch: int
    metadata: str
    commit_timestamp_ms: int
    expire_timestamp_ms: int  # -1: none (the broker's offsets.retention.minutes applies)
    record_offset: int  # where its record sits in __consumer_offsets (orders txn commits)


@dataclass(frozen=True, slots=True)
class PartitionError:
    """A per-partition answer: topic, partition, error (NONE on success)."""

    topic: str
    partition: int
    error: ErrorCode


@dataclass(frozen=True, slots=True)
class CommitResult:
    """OffsetCommit: per-partition errors in request order, and the records to append."""

    partitions: tuple[PartitionError, ...]
    records: tuple[CoordinatorRecord, ...] = ()


@dataclass(frozen=True, slots=True)
class FetchedOffset:
    """One partition of an OffsetFetch answer."""

    topic: str
    partition: int
    offset: int = INVALID_OFFSET
    leader_epoch: int = NO_LEADER_EPOCH
    metadata: str = ""
    error: ErrorCode = ErrorCode.NONE


@dataclass(frozen=True, slots=True)
class FetchResult:
    """OffsetFetch for one group: a group-level error, else the partitions."""

    error: ErrorCode = ErrorCode.NONE
    partitions: tuple[FetchedOffset, ...] = ()


@dataclass(frozen=True, slots=True)
class DeleteOffsetsResult:
    """OffsetDelete: a group-level error, else per-partition errors; the tombstones to append."""

    error: ErrorCode = ErrorCode.NONE
    partitions: tuple[PartitionError, ...] = ()
    records: tuple[CoordinatorRecord, ...] = ()


@dataclass(frozen=True, slots=True)
class DeleteGroupsResult:
    """DeleteGroups: one error per group asked (in request order), and the tombstones."""

    groups: tuple[tuple[str | None, ErrorCode], ...]
    records: tuple[CoordinatorRecord, ...] = field(default=())
