"""The values the replication core exchanges: requests, responses, partition states, settings.

Each mirrors the fields of Kafka's message that carries it (FetchRequest/FetchResponse v12+,
OffsetForLeaderEpoch v3+, AlterPartition v3+, the KRaft PartitionRecord/PartitionChangeRecord),
reduced to one partition: the shells split and join them per topic-partition.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from spec.config.broker import BrokerConfig
from spec.errors import ErrorCode

NO_LEADER = -1  # Kafka's LeaderConstants.NO_LEADER
NO_EPOCH = -1  # an absent leader epoch on the wire (UNDEFINED_EPOCH)
UNKNOWN_OFFSET = -1  # a follower's log end offset before its first fetch at this epoch


@dataclass(frozen=True, slots=True)
class Record:
    """One record as the model sees it: the leader epoch it was written in and a unique id."""

    epoch: int
    record_id: int


@dataclass(frozen=True, slots=True)
class EpochEndOffset:
    """(epoch, end offset) as OffsetForLeaderEpoch answers and Fetch's `diverging_epoch` carries."""

    epoch: int
    end_offset: int


@dataclass(frozen=True, slots=True)
class ReplicationSettings:
    """The broker and topic configs replication reads, with Kafka's defaults
    (replica.lag.time.max.ms, min.insync.replicas, unclean.leader.election.enable)."""

    replica_lag_time_max_ms: int = 30_000
    min_insync_replicas: int = 1
    unclean_leader_election_enable: bool = False

    @classmethod
    def from_broker_config(cls, config: BrokerConfig) -> ReplicationSettings:
        return cls(config.replica_lag_time_max_ms, config.min_insync_replicas,
                   config.unclean_leader_election_enable)


class LeaderRecoveryState(Enum):
    """KIP-704: RECOVERING after an unclean election until the leader has recovered its log."""

    RECOVERED = 0
    RECOVERING = 1


@dataclass(frozen=True, slots=True)
class PartitionState:
    """What the controller decided for a partition (PartitionRegistration), as brokers learn it."""

    replicas: tuple[int, ...]
    isr: frozenset[int]
    leader: int
    leader_epoch: int
    partition_epoch: int
    leader_recovery_state: LeaderRecoveryState = LeaderRecoveryState.RECOVERED
    # KIP-455: while a reassignment is in flight, `replicas` is the target followed by the
    # replicas being removed; these two say which are which (both empty: none in flight).
    adding_replicas: tuple[int, ...] = ()
    removing_replicas: tuple[int, ...] = ()

    @property
    def is_reassigning(self) -> bool:
        return bool(self.adding_replicas or self.removing_replicas)


@dataclass(frozen=True, slots=True)
class MetadataView:
    """A broker's view of one partition plus the brokers it must not add to the ISR (fenced or
    in controlled shutdown), as it replays the metadata log."""

    partition: PartitionState
    ineligible_brokers: frozenset[int] = frozenset()
    # KIP-903: the broker epoch of each unfenced broker (`getAliveBrokerEpoch`); None where
    # broker epochs are not tracked (the models), so no fetch's epoch is checked against them.
    alive_broker_epochs: Mapping[int, int] | None = None


@dataclass(frozen=True, slots=True)
class FetchRequest:
    """A follower's fetch for one partition (Fetch v12+ fields that replication uses)."""

    replica_id: int
    current_leader_epoch: int
    fetch_offset: int
    last_fetched_epoch: int = NO_EPOCH  # NO_EPOCH: no divergence check (pre-KIP-595 followers)
    replica_epoch: int = -1  # the follower's broker epoch (v15+ ReplicaState); -1: not sent
    log_start_offset: int = UNKNOWN_OFFSET  # the follower's log start (v5+)


@dataclass(frozen=True, slots=True)
class FetchResponse:
    """The leader's answer: records from `fetch_offset`, its high watermark, or the point where
    the follower's log diverges (records are then empty)."""

    error: ErrorCode
    records: tuple[Record, ...] = ()
    high_watermark: int = UNKNOWN_OFFSET
    log_end_offset: int = UNKNOWN_OFFSET
    diverging_epoch: EpochEndOffset | None = None


@dataclass(frozen=True, slots=True)
class LeaderOffsetsRequest:
    """A follower answered OFFSET_OUT_OF_RANGE asks the leader's log start and log end
    (ListOffsets with its replica id for the earliest and the latest offset)."""

    replica_id: int
    current_leader_epoch: int


@dataclass(frozen=True, slots=True)
class LeaderOffsetsResponse:
    error: ErrorCode
    log_start_offset: int = UNKNOWN_OFFSET
    log_end_offset: int = UNKNOWN_OFFSET


@dataclass(frozen=True, slots=True)
class OffsetForLeaderEpochRequest:
    """A follower asks where `leader_epoch` ends on the leader (KIP-101; current epoch KIP-320)."""

    replica_id: int
    current_leader_epoch: int
    leader_epoch: int


@dataclass(frozen=True, slots=True)
class OffsetForLeaderEpochResponse:
    error: ErrorCode
    end: EpochEndOffset = EpochEndOffset(NO_EPOCH, UNKNOWN_OFFSET)


@dataclass(frozen=True, slots=True)
class AlterPartitionRequest:
    """A leader's proposed ISR for one partition, stamped with the epochs it is based on."""

    broker_id: int
    leader_epoch: int
    partition_epoch: int
    new_isr: frozenset[int]
    leader_recovery_state: LeaderRecoveryState = LeaderRecoveryState.RECOVERED


@dataclass(frozen=True, slots=True)
class AlterPartitionResponse:
    """The controller's verdict; on success, the partition as it now is."""

    error: ErrorCode
    partition: PartitionState | None = None


@dataclass(frozen=True, slots=True)
class BrokerHeartbeatResult:
    """The controller's answer to a BrokerHeartbeat (BrokerHeartbeatResponse's fields)."""

    error: ErrorCode
    is_caught_up: bool = False
    is_fenced: bool = True
    should_shut_down: bool = False
    in_controlled_shutdown: bool = False


@dataclass(frozen=True, slots=True)
class OngoingReassignment:
    """One partition's reassignment in flight, as ListPartitionReassignments answers it."""

    replicas: tuple[int, ...]
    adding_replicas: tuple[int, ...]
    removing_replicas: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ApiError:
    """An error code with the message Kafka sends beside it (None: the code says it all)."""

    error: ErrorCode
    message: str | None = None
