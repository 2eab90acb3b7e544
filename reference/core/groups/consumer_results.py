"""Values in and out of the KIP-848 consumer group coordinator: settings, the heartbeat as the
coordinator sees it, its answer, and the described group. Independent of wire versions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from reference.core.groups.consumer_member import PartitionsById
from spec.config.broker import BrokerConfig
from spec.errors import ErrorCode

DEFAULT_ASSIGNORS = ("uniform", "range")


@dataclass(frozen=True, slots=True)
class ConsumerGroupSettings:
    """The group.consumer.* broker configs, with Kafka 4's defaults."""

    session_timeout_ms: int = 45_000
    heartbeat_interval_ms: int = 5_000
    max_size: int = 2**31 - 1
    assignors: tuple[str, ...] = DEFAULT_ASSIGNORS  # the first is the default

    @classmethod
    def from_broker_config(cls, config: BrokerConfig) -> ConsumerGroupSettings:
        assignors = config.list_value("group.consumer.assignors") or DEFAULT_ASSIGNORS
        return cls(session_timeout_ms=config.int_value("group.consumer.session.timeout.ms"),
                   heartbeat_interval_ms=config.int_value("group.consumer.heartbeat.interval.ms"),
                   max_size=config.int_value("group.consumer.max.size"),
                   assignors=tuple(assignors))


@dataclass(frozen=True, slots=True)
class ConsumerHeartbeatRequest:
    """A ConsumerGroupHeartbeat: None means "not sent / unchanged", as on the wire."""

    group_id: str
    member_id: str
    member_epoch: int
    instance_id: str | None = None
    rack_id: str | None = None
    rebalance_timeout_ms: int = -1
    subscribed_topic_names: tuple[str, ...] | None = None
    subscribed_topic_regex: str | None = None
    server_assignor: str | None = None
    owned_partitions: PartitionsById | None = None
    client_id: str = ""
    client_host: str = ""
    api_version: int = 0


@dataclass(frozen=True, slots=True)
class ConsumerHeartbeatResult:
    error: ErrorCode
    error_message: str | None = None
    member_id: str | None = None
    member_epoch: int = 0
    heartbeat_interval_ms: int = 0
    assignment: PartitionsById | None = None  # None: unchanged, not sent


@dataclass(frozen=True, slots=True)
class DescribedTopicPartitions:
    topic_id: uuid.UUID
    topic_name: str
    partitions: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class DescribedConsumerMember:
    member_id: str
    instance_id: str | None
    rack_id: str | None
    member_epoch: int
    client_id: str
    client_host: str
    subscribed_topic_names: tuple[str, ...]
    subscribed_topic_regex: str | None
    assignment: tuple[DescribedTopicPartitions, ...]
    target_assignment: tuple[DescribedTopicPartitions, ...]


@dataclass(frozen=True, slots=True)
class DescribedConsumerGroup:
    group_id: str
    error: ErrorCode
    error_message: str | None = None
    state: str = ""
    group_epoch: int = 0
    assignment_epoch: int = 0
    assignor_name: str = ""
    members: tuple[DescribedConsumerMember, ...] = ()
