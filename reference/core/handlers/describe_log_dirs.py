"""DescribeLogDirs (key 35), v0-4: the data directory and the partitions stored in it.

Behaviour (Kafka's `KafkaApis.handleDescribeLogDirsRequest` and
`ReplicaManager.describeLogDirs`): one result for the broker's log directory (its absolute
path), listing the asked partitions it holds (all of them when `topics` is null) with their
size in bytes, an offset lag of 0 (a leader's own log) and no future replicas; v4 adds the
directory's total and usable bytes. Partitions asked for but not held are left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from reference.core.requests import Reply, RequestContext, Respond
from spec.generated.describe_log_dirs import DescribeLogDirsRequest, DescribeLogDirsResponse
from spec.generated.errors import ErrorCode

if TYPE_CHECKING:
    from reference.core.broker import Broker
    from reference.core.partition import Partition

API_KEY = DescribeLogDirsRequest.API_KEY


def handle(broker: Broker, context: RequestContext, request: DescribeLogDirsRequest) -> Reply:
    total_bytes, usable_bytes = broker.log_dir.usage()
    partitions = list(asked_partitions(broker, request))
    topics: dict[str, list[DescribeLogDirsResponse.DescribeLogDirsPartition]] = {}
    for partition in partitions:
        topics.setdefault(partition.topic, []).append(
            DescribeLogDirsResponse.DescribeLogDirsPartition(
                partition_index=partition.index, partition_size=partition.log.size_bytes,
                offset_lag=0, is_future_key=False))
    return Respond(DescribeLogDirsResponse(error_code=ErrorCode.NONE, results=(
        DescribeLogDirsResponse.DescribeLogDirsResult(
            error_code=ErrorCode.NONE, log_dir=broker.log_dir.path,
            topics=tuple(DescribeLogDirsResponse.DescribeLogDirsTopic(
                name=name, partitions=tuple(entries)) for name, entries in topics.items()),
            total_bytes=total_bytes, usable_bytes=usable_bytes),)))


def asked_partitions(broker: Broker, request: DescribeLogDirsRequest) -> Iterable[Partition]:
    if request.topics is None:
        yield from (partition for _, partition in sorted(broker.partitions.items()))
        return
    for topic in request.topics:
        for index in topic.partitions:
            partition = broker.partition(topic.topic, index)
            if partition is not None:
                yield partition
