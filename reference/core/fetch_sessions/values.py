"""The values a fetch session deals in: partition keys, per-partition request and result data.

Mirrors `FetchMetadata` (clients) and `FetchSession.CachedPartition` (server). Everything here is
a frozen value; the session keeps its cached partitions as values and replaces them on change.
The shapes are message-agnostic on purpose: the Fetch handler translates its generated request
and response classes into these and back.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

ZERO_UUID = uuid.UUID(int=0)  # Uuid.ZERO_UUID: the id a request below v13 carries (names only)

INVALID_SESSION_ID = 0  # FetchMetadata.INVALID_SESSION_ID: "no session"
INITIAL_EPOCH = 0  # a full request that asks for a (new) session
FINAL_EPOCH = -1  # a full request that closes any session and asks for none
INT32_MAX = 2**31 - 1

NO_EPOCH = -1  # an absent leader epoch / diverging epoch, as the wire writes it
NO_PREFERRED_READ_REPLICA = -1  # FetchResponse.INVALID_PREFERRED_REPLICA_ID
INVALID_OFFSET = -1  # the high watermark / log start offset an error response carries

TOPIC_IDS_MIN_VERSION = 13  # KIP-516: Fetch v13 names topics by id only

# Error codes this package produces or reasons about (../shared/kafka-protocol/errors.tsv).
NONE = 0
UNKNOWN_SERVER_ERROR = -1
UNKNOWN_TOPIC_OR_PARTITION = 3
FETCH_SESSION_ID_NOT_FOUND = 70
INVALID_FETCH_SESSION_EPOCH = 71
UNKNOWN_TOPIC_ID = 100
INCONSISTENT_TOPIC_ID = 103
FETCH_SESSION_TOPIC_ID_ERROR = 106


def next_epoch(epoch: int) -> int:
    """The session epoch after `epoch` (`FetchMetadata.nextEpoch`).

    Negative epochs stay FINAL_EPOCH; the epoch wraps from INT32_MAX to 1, never back to 0,
    because 0 would read as "create a new session".
    """
    if epoch < 0:
        return FINAL_EPOCH
    if epoch == INT32_MAX:
        return 1
    return epoch + 1


def is_full_request(epoch: int) -> bool:
    """Whether a request with this session epoch is a full one (`FetchMetadata.isFull`)."""
    return epoch in (INITIAL_EPOCH, FINAL_EPOCH)


@dataclass(frozen=True, slots=True)
class SessionPartition:
    """A partition as a fetch request names it (Kafka's `TopicIdPartition`).

    Below v13 `topic_id` is ZERO_UUID and `topic` is the name. From v13 the request carries only
    the id; `topic` is the name the broker's metadata resolved it to, or None when it could not
    (the handler answers such a partition UNKNOWN_TOPIC_ID).
    """

    topic_id: uuid.UUID
    topic: str | None
    partition: int

    def __post_init__(self) -> None:
        assert self.topic_id != ZERO_UUID or self.topic is not None, "no id and no name"

    @property
    def session_key(self) -> tuple[uuid.UUID | str, int]:
        """How a session tells partitions apart (`CachedPartition.equals`).

        By id when there is one, so an unresolved partition and its later-resolved self are the
        same entry; by name in a session without ids, where every id is zero.
        """
        if self.topic_id != ZERO_UUID:
            return (self.topic_id, self.partition)
        assert self.topic is not None
        return (self.topic, self.partition)


@dataclass(frozen=True, slots=True)
class PartitionRequest:
    """What a fetcher asks of one partition (`FetchRequest.PartitionData`).

    `log_start_offset` is the fetcher's own (a follower's); -1 from consumers. Epochs are
    None when the request leaves them out (-1 on the wire).
    """

    fetch_offset: int
    max_bytes: int
    log_start_offset: int = INVALID_OFFSET
    current_leader_epoch: int | None = None
    last_fetched_epoch: int | None = None


@dataclass(frozen=True, slots=True)
class PartitionResult:
    """What the broker read for one partition: the parts of `FetchResponseData.PartitionData`
    that decide whether an incremental response must carry it.

    `records_size_bytes` is the size of the records read (0: nothing new). `diverging_epoch` is
    DivergingEpoch.Epoch (-1: no divergence), `preferred_read_replica` -1 when none was chosen.
    """

    error_code: int = NONE
    high_watermark: int = INVALID_OFFSET
    last_stable_offset: int = INVALID_OFFSET
    log_start_offset: int = INVALID_OFFSET
    records_size_bytes: int = 0
    preferred_read_replica: int = NO_PREFERRED_READ_REPLICA
    diverging_epoch: int = NO_EPOCH

    def __post_init__(self) -> None:
        assert self.records_size_bytes >= 0, self.records_size_bytes


@dataclass(frozen=True, slots=True)
class CachedPartition:
    """One partition of a session: the fetcher's last request and what it was last told.

    As Kafka's `CachedPartition`, which caches the high watermark and the leader's log start
    offset but not the last stable offset: a change of LSO alone does not bring a partition
    back into an incremental response (LSO moves only when the high watermark passes a
    transaction marker, so the high watermark change carries it).
    """

    partition: SessionPartition
    request: PartitionRequest
    high_watermark: int = INVALID_OFFSET
    local_log_start_offset: int = INVALID_OFFSET

    def with_request(self, request: PartitionRequest) -> CachedPartition:
        """The entry after an incremental request re-sent this partition (`updateRequestParams`)."""
        return replace(self, request=request)

    def must_respond(self, result: PartitionResult) -> bool:
        """Whether an incremental response must carry this partition (`maybeUpdateResponseData`)."""
        return (
            result.records_size_bytes > 0
            or result.high_watermark != self.high_watermark
            or result.log_start_offset != self.local_log_start_offset
            or result.preferred_read_replica != NO_PREFERRED_READ_REPLICA
            or result.error_code != NONE
            or result.diverging_epoch >= 0
        )

    def after_response(self, result: PartitionResult) -> CachedPartition:
        """The entry once `result` was sent.

        An error caches the high watermark as -1, so the partition is sent again once the error
        clears, whatever the high watermark is then.
        """
        high_watermark = INVALID_OFFSET if result.error_code != NONE else result.high_watermark
        return replace(self, high_watermark=high_watermark,
                       local_log_start_offset=result.log_start_offset)
