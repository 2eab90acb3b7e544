"""Helpers the consumer-group tests share: a coordinator, topics, and requests (no tests here)."""

from __future__ import annotations

import random
import uuid

from reference.core.groups.consumer import ConsumerGroupCoordinator
from reference.core.groups.consumer_member import PartitionsById
from reference.core.groups.consumer_results import (
    ConsumerGroupSettings,
    ConsumerHeartbeatRequest,
    ConsumerHeartbeatResult,
)
from reference.core.groups.topics_view import TopicInfo
from spec.coordinator_records import CoordinatorRecord

GROUP = "group"
FOO = uuid.UUID(int=0xF00)
BAR = uuid.UUID(int=0xBA2)
TOPICS = {"foo": TopicInfo(FOO, 6), "bar": TopicInfo(BAR, 3)}
REBALANCE_MS = 30_000


def coordinator(**settings: object) -> ConsumerGroupCoordinator:
    return ConsumerGroupCoordinator(ConsumerGroupSettings(**settings),  # type: ignore[arg-type]
                                    random.Random(7))


def join(member_id: str = "", topics: tuple[str, ...] | None = ("foo",), *,
         instance_id: str | None = None, regex: str | None = None,
         server_assignor: str | None = None, group_id: str = GROUP,
         owned: PartitionsById | None = None) -> ConsumerHeartbeatRequest:
    return ConsumerHeartbeatRequest(group_id, member_id, 0, instance_id=instance_id,
                                    rebalance_timeout_ms=REBALANCE_MS,
                                    subscribed_topic_names=topics, subscribed_topic_regex=regex,
                                    server_assignor=server_assignor,
                                    owned_partitions={} if owned is None else owned)


def beat(member_id: str, epoch: int, owned: PartitionsById | None = None, *,
         instance_id: str | None = None, topics: tuple[str, ...] | None = None,
         group_id: str = GROUP) -> ConsumerHeartbeatRequest:
    return ConsumerHeartbeatRequest(group_id, member_id, epoch, instance_id=instance_id,
                                    subscribed_topic_names=topics,
                                    owned_partitions=owned)


def send(coordinator: ConsumerGroupCoordinator, request: ConsumerHeartbeatRequest,
         now_ms: int = 0, topics: dict[str, TopicInfo] | None = None
         ) -> tuple[ConsumerHeartbeatResult, list[CoordinatorRecord]]:
    return coordinator.heartbeat(request, TOPICS if topics is None else topics, now_ms)
