"""Values in and out of the classic group coordinator: requests, answers, the pending marker.

Plain values, independent of the wire versions, so a JoinGroup/SyncGroup/Heartbeat/LeaveGroup/
DescribeGroups/ListGroups handler can map them to any version of its message.
"""

from __future__ import annotations

from dataclasses import dataclass

from reference.core.groups.classic_group import Protocol
from spec.config.broker import BrokerConfig
from spec.errors import ErrorCode

UNKNOWN_MEMBER_ID = ""
NO_GENERATION = -1


@dataclass(frozen=True, slots=True)
class ClassicGroupSettings:
    """The broker settings a classic group obeys (Kafka's defaults)."""

    min_session_timeout_ms: int = 6_000
    max_session_timeout_ms: int = 1_800_000
    initial_rebalance_delay_ms: int = 3_000
    max_size: int = 2**31 - 1
    # How long a new member's parked JoinGroup may wait (Kafka's 5-minute
    # classicGroupNewMemberJoinTimeoutMs): it has no member id to heartbeat with yet.
    new_member_join_timeout_ms: int = 300_000

    @classmethod
    def from_broker_config(cls, config: BrokerConfig) -> ClassicGroupSettings:
        return cls(min_session_timeout_ms=config.group_min_session_timeout_ms,
                   max_session_timeout_ms=config.group_max_session_timeout_ms,
                   initial_rebalance_delay_ms=config.group_initial_rebalance_delay_ms,
                   max_size=config.group_max_size)


@dataclass(frozen=True, slots=True)
class JoinRequest:
    """A JoinGroup request; `api_version` decides KIP-394 (MEMBER_ID_REQUIRED from v4)."""

    group_id: str
    member_id: str
    protocol_type: str
    protocols: tuple[Protocol, ...]
    session_timeout_ms: int
    rebalance_timeout_ms: int
    group_instance_id: str | None = None
    client_id: str = ""
    client_host: str = ""
    api_version: int = 9


@dataclass(frozen=True, slots=True)
class JoinMember:
    """One member as the leader's JoinGroup answer lists it."""

    member_id: str
    group_instance_id: str | None
    metadata: bytes


@dataclass(frozen=True, slots=True)
class JoinResult:
    error: ErrorCode
    member_id: str
    generation_id: int = NO_GENERATION
    protocol_type: str | None = None
    protocol_name: str | None = None
    leader_id: str = ""
    members: tuple[JoinMember, ...] = ()
    skip_assignment: bool = False


@dataclass(frozen=True, slots=True)
class SyncRequest:
    group_id: str
    generation_id: int
    member_id: str
    group_instance_id: str | None = None
    protocol_type: str | None = None  # v5+; None skips the check
    protocol_name: str | None = None  # v5+; None skips the check
    assignments: tuple[tuple[str, bytes], ...] = ()  # from the leader only


@dataclass(frozen=True, slots=True)
class SyncResult:
    error: ErrorCode
    protocol_type: str | None = None
    protocol_name: str | None = None
    assignment: bytes = b""


@dataclass(frozen=True, slots=True)
class Pending:
    """A JoinGroup or SyncGroup that waits for the rebalance: poll its ticket for the answer."""

    ticket: int


@dataclass(frozen=True, slots=True)
class LeaveMemberResult:
    member_id: str
    group_instance_id: str | None
    error: ErrorCode


@dataclass(frozen=True, slots=True)
class LeaveResult:
    error: ErrorCode
    members: tuple[LeaveMemberResult, ...] = ()


@dataclass(frozen=True, slots=True)
class DescribedMember:
    member_id: str
    group_instance_id: str | None
    client_id: str
    client_host: str
    metadata: bytes
    assignment: bytes


@dataclass(frozen=True, slots=True)
class DescribedGroup:
    group_id: str
    error: ErrorCode
    state: str
    protocol_type: str
    protocol_data: str
    members: tuple[DescribedMember, ...] = ()


@dataclass(frozen=True, slots=True)
class ListedGroup:
    group_id: str
    protocol_type: str
    state: str
    group_type: str = "classic"
