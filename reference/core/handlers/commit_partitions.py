"""What OffsetCommit and TxnOffsetCommit share: partitions the broker does not have are answered
UNKNOWN_TOPIC_OR_PARTITION before the coordinator is asked (Kafka's KafkaApis checks the metadata
cache first), and the answer lists every partition in request order.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from reference.core.groups.offsets_values import PartitionCommit, PartitionError
from spec.generated.errors import ErrorCode

if TYPE_CHECKING:
    from reference.core.broker import Broker

Answers = dict[tuple[str, int], ErrorCode]


class CommittedPartition(Protocol):
    @property
    def partition_index(self) -> int: ...
    @property
    def committed_offset(self) -> int: ...
    @property
    def committed_leader_epoch(self) -> int: ...
    @property
    def committed_metadata(self) -> str | None: ...


class CommittedTopic(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def partitions(self) -> Sequence[CommittedPartition]: ...


def commit_known_partitions(broker: Broker, topics: Sequence[CommittedTopic],
                            commit: Callable[[list[PartitionCommit]],
                                             Sequence[PartitionError]]) -> Answers:
    """Every asked partition's error: unknown ones here, the rest from `commit` (not called
    when nothing is left)."""
    answers: Answers = {}
    commits: list[PartitionCommit] = []
    for topic in topics:
        for partition in topic.partitions:
            key = (topic.name, partition.partition_index)
            if not broker.knows_partition(*key):
                answers[key] = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
                continue
            commits.append(PartitionCommit(
                topic.name, partition.partition_index, partition.committed_offset,
                partition.committed_leader_epoch, partition.committed_metadata))
    if commits:
        for result in commit(commits):
            answers[(result.topic, result.partition)] = result.error
    return answers


def answers_in_request_order(topics: Sequence[CommittedTopic], answers: Mapping[tuple[str, int],
                                                                               ErrorCode],
                             topic_type: Callable[..., Any],
                             answer_type: Callable[..., Any]) -> tuple[Any, ...]:
    return tuple(
        topic_type(name=topic.name, partitions=tuple(
            answer_type(partition_index=partition.partition_index,
                        error_code=answers[(topic.name, partition.partition_index)])
            for partition in topic.partitions))
        for topic in topics)
