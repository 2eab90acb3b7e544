"""Kafka's replication protocol as pure state machines (issue 6, first part).

`Replica` is one broker's copy of a partition over an abstract `ReplicaLog` (records are
(epoch, id) pairs, the leader epoch cache is the log package's `LeaderEpochCache`); it plays
`LeaderRole` or `FollowerRole` as the metadata says. `Controller` decides leaders and ISRs.
Requests and responses are the values in `values`. No I/O, no clock: time comes in as `now_ms`.
The mutants are a `reference.core.mutants.ReplicationMutants` value given to each replica.
See docs/replication.md.
"""

from reference.core.replication.controller import BrokerRegistration, Controller
from reference.core.replication.follower import FetchPhase, FollowerRole
from reference.core.replication.leader import FollowerProgress, LeaderRole
from reference.core.replication.partition_change import Election, change_partition
from reference.core.replication.replica import Replica
from reference.core.replication.replica_log import ReplicaLog
from reference.core.replication.truncation import OffsetTruncationState, offset_truncation_state
from reference.core.replication.values import (
    NO_EPOCH,
    NO_LEADER,
    UNKNOWN_OFFSET,
    AlterPartitionRequest,
    AlterPartitionResponse,
    EpochEndOffset,
    FetchRequest,
    FetchResponse,
    LeaderOffsetsRequest,
    LeaderOffsetsResponse,
    LeaderRecoveryState,
    MetadataView,
    OffsetForLeaderEpochRequest,
    OffsetForLeaderEpochResponse,
    PartitionState,
    Record,
    ReplicationSettings,
)

__all__ = [
    "NO_EPOCH",
    "NO_LEADER",
    "UNKNOWN_OFFSET",
    "AlterPartitionRequest",
    "AlterPartitionResponse",
    "BrokerRegistration",
    "Controller",
    "Election",
    "EpochEndOffset",
    "FetchPhase",
    "FetchRequest",
    "FetchResponse",
    "FollowerProgress",
    "FollowerRole",
    "LeaderOffsetsRequest",
    "LeaderOffsetsResponse",
    "LeaderRecoveryState",
    "LeaderRole",
    "MetadataView",
    "OffsetForLeaderEpochRequest",
    "OffsetForLeaderEpochResponse",
    "OffsetTruncationState",
    "PartitionState",
    "Record",
    "Replica",
    "ReplicaLog",
    "ReplicationSettings",
    "change_partition",
    "offset_truncation_state",
]
