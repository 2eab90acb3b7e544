"""Incremental fetch sessions (KIP-227), as the Fetch handler (API key 1) uses them.

Versions: sessions exist from Fetch v7 (SessionId, SessionEpoch, ForgottenTopicsData); from v13
(KIP-516) partitions are named by topic id, and a session opened on one side of v13 cannot be
continued from the other (FETCH_SESSION_TOPIC_ID_ERROR).
Behaviour: Kafka 4.x `FetchManager`, `FetchContext` variants, `FetchSession` and a sharded
  `FetchSessionCache` (8 shards, 1000 slots, 120 s minimum eviction age, follower sessions
  privileged); epochs per `FetchMetadata` (0 = open, -1 = close, wraps to 1).
Version notes: below v7 the request has no session fields; the handler passes id 0, epoch -1.
Divergences: the random session id comes from an injected source (Kafka: ThreadLocalRandom);
  shard round-robin uses a per-cache counter (Kafka: one JVM-wide counter).
"""

from reference.core.fetch_sessions.cache import (
    DEFAULT_MAX_SLOTS,
    DEFAULT_SHARD_COUNT,
    MIN_EVICTION_MS,
    FetchSessionCache,
    UnroutableSessionId,
)
from reference.core.fetch_sessions.contexts import (
    FetchContext,
    FullFetchContext,
    IncrementalFetchContext,
    SessionErrorContext,
    SessionlessFetchContext,
    SessionResponse,
)
from reference.core.fetch_sessions.manager import FetchManager
from reference.core.fetch_sessions.session import FetchSession, SessionChanges
from reference.core.fetch_sessions.values import (
    FINAL_EPOCH,
    INITIAL_EPOCH,
    INVALID_SESSION_ID,
    ZERO_UUID,
    CachedPartition,
    PartitionRequest,
    PartitionResult,
    SessionPartition,
    is_full_request,
    next_epoch,
)

__all__ = [
    "DEFAULT_MAX_SLOTS",
    "DEFAULT_SHARD_COUNT",
    "FINAL_EPOCH",
    "INITIAL_EPOCH",
    "INVALID_SESSION_ID",
    "MIN_EVICTION_MS",
    "ZERO_UUID",
    "CachedPartition",
    "FetchContext",
    "FetchManager",
    "FetchSession",
    "FetchSessionCache",
    "FullFetchContext",
    "IncrementalFetchContext",
    "PartitionRequest",
    "PartitionResult",
    "SessionChanges",
    "SessionErrorContext",
    "SessionPartition",
    "SessionResponse",
    "SessionlessFetchContext",
    "UnroutableSessionId",
    "is_full_request",
    "next_epoch",
]
