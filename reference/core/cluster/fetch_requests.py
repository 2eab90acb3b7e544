"""The requests a follower broker sends its leader, built from what its replicas want next.

Fetch v17, as Kafka 4.0 brokers send it (topic ids, last_fetched_epoch, diverging_epoch, each
partition's log start offset), sessionless, with this broker's ReplicaState (id and broker epoch,
KIP-903) and the replica.fetch.* sizes and wait; OffsetForLeaderEpoch v4 for a follower still
truncating the pre-2.7 way; ListOffsets v10 (Kafka 4.0's version) with the replica id for the
leader's latest and earliest offsets after OFFSET_OUT_OF_RANGE. Pure: the TCP fetcher
(reference/server/replica_fetcher.py) and the in-process cluster
(reference/sim/inprocess_cluster.py) both send what these build.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from reference.core.cluster.member import FollowerFetch
from reference.core.replication.values import FetchRequest as ReplicaFetch
from reference.core.replication.values import LeaderOffsetsRequest as OffsetsQuery
from reference.core.replication.values import OffsetForLeaderEpochRequest as EpochQuery
from spec.generated.fetch import FetchRequest
from spec.generated.list_offsets import ListOffsetsRequest
from spec.generated.offset_for_leader_epoch import OffsetForLeaderEpochRequest

if TYPE_CHECKING:
    from reference.core.broker import Broker

FETCH_VERSION = 17
EPOCH_VERSION = 4
LIST_OFFSETS_VERSION = 10
LATEST_TIMESTAMP, EARLIEST_TIMESTAMP = -1, -2


def fetch_request(broker: Broker, fetches: list[FollowerFetch]) -> FetchRequest:
    config = broker.config
    assert broker.cluster is not None
    by_topic: dict[uuid.UUID, list[FetchRequest.FetchPartition]] = {}
    for fetch in fetches:
        request = fetch.request
        assert isinstance(request, ReplicaFetch)
        topic = broker.topics.get(fetch.key.topic)
        partition = broker.partitions.get(fetch.key)
        assert topic is not None and partition is not None, fetch.key
        by_topic.setdefault(topic.topic_id, []).append(FetchRequest.FetchPartition(
            partition=fetch.key.partition, current_leader_epoch=request.current_leader_epoch,
            fetch_offset=request.fetch_offset, last_fetched_epoch=request.last_fetched_epoch,
            log_start_offset=partition.log_start_offset,
            partition_max_bytes=config.int_value("replica.fetch.max.bytes")))
    return FetchRequest(
        replica_state=FetchRequest.ReplicaState(replica_id=broker.node_id,
                                                replica_epoch=broker.cluster.broker_epoch),
        max_wait_ms=config.int_value("replica.fetch.wait.max.ms"),
        min_bytes=config.int_value("replica.fetch.min.bytes"),
        max_bytes=config.int_value("replica.fetch.response.max.bytes"),
        topics=tuple(FetchRequest.FetchTopic(topic_id=topic_id, partitions=tuple(partitions))
                     for topic_id, partitions in by_topic.items()))


def epoch_request(broker: Broker, queries: list[FollowerFetch]) -> OffsetForLeaderEpochRequest:
    Query = OffsetForLeaderEpochRequest
    by_topic: dict[str, list[OffsetForLeaderEpochRequest.OffsetForLeaderPartition]] = {}
    for fetch in queries:
        request = fetch.request
        assert isinstance(request, EpochQuery)
        by_topic.setdefault(fetch.key.topic, []).append(Query.OffsetForLeaderPartition(
            partition=fetch.key.partition, current_leader_epoch=request.current_leader_epoch,
            leader_epoch=request.leader_epoch))
    return Query(replica_id=broker.node_id, topics=tuple(
        Query.OffsetForLeaderTopic(topic=topic, partitions=tuple(partitions))
        for topic, partitions in by_topic.items()))


def offsets_request(broker: Broker, queries: list[FollowerFetch],
                    timestamp: int) -> ListOffsetsRequest:
    """One ListOffsets for `timestamp` (latest or earliest) over every partition asking: Kafka
    sends one per partition and timestamp; a partition appears once either way."""
    by_topic: dict[str, list[ListOffsetsRequest.ListOffsetsPartition]] = {}
    for fetch in queries:
        request = fetch.request
        assert isinstance(request, OffsetsQuery)
        by_topic.setdefault(fetch.key.topic, []).append(ListOffsetsRequest.ListOffsetsPartition(
            partition_index=fetch.key.partition,
            current_leader_epoch=request.current_leader_epoch, timestamp=timestamp))
    return ListOffsetsRequest(replica_id=broker.node_id, topics=tuple(
        ListOffsetsRequest.ListOffsetsTopic(name=topic, partitions=tuple(partitions))
        for topic, partitions in by_topic.items()))
