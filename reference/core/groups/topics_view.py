"""The broker's topics as the group coordinators see them: name to id and partition count.

The consumer protocol (KIP-848) assigns partitions on the broker, so its coordinator needs the
topics; it gets this read-only view rather than the broker's TopicRegistry.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TopicInfo:
    topic_id: uuid.UUID
    partition_count: int


TopicsView = Mapping[str, TopicInfo]
