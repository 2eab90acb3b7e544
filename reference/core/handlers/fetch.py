"""Fetch (key 1), v0-17: read record batches, waiting up to max_wait_ms for min_bytes.

Behaviour (Kafka's `KafkaApis.handleFetchRequest`, `ReplicaManager.fetchMessages`/`readFromLog`
and `DelayedFetch`):
- Partitions are named by topic (v0-12) or topic id (v13+); an unknown id answers
  UNKNOWN_TOPIC_ID, an unknown topic or partition UNKNOWN_TOPIC_OR_PARTITION.
- Sessions (KIP-227, v7+): the session manager decides which partitions are read and which an
  incremental response carries; a session error answers only the top-level error code.
- A partition this broker does not lead answers NOT_LEADER_OR_FOLLOWER before v11; from v11
  (client metadata sent, KIP-392) a follower serves reads below its own high watermark.
- Reads stop below the high watermark (read_uncommitted) or the last stable offset
  (read_committed, v4+). The response is capped by max_bytes (v3+, and the broker's
  `fetch.max.bytes`) and each partition by partition_max_bytes, except that the first
  non-empty partition always returns at least one whole batch, so a batch larger than the
  limits still makes progress. A batch cut by the limits is sent cut, as Kafka does.
- An offset outside [log start, log end] answers OFFSET_OUT_OF_RANGE with every offset -1; a
  negative byte limit UNKNOWN_SERVER_ERROR (Kafka's read throws and the partition fails alone);
  a current_leader_epoch below the leader's answers FENCED_LEADER_EPOCH, above it
  UNKNOWN_LEADER_EPOCH.
- The answer waits (a deferred reply) until the readable bytes reach min_bytes or max_wait_ms
  passes, unless an error occurred, max_wait_ms <= 0, or nothing was asked.
- From v16 (KIP-951) a partition answered NOT_LEADER_OR_FOLLOWER or FENCED_LEADER_EPOCH names
  the current leader and epoch, and the leader's endpoint is in `node_endpoints`.
- aborted_transactions is null for read_uncommitted; for read_committed, the aborted
  transactions overlapping the returned range (the segments' transaction indexes, Kafka's
  `LocalLog.addAbortedTransactions`), which the consumer drops.
Record bytes are never copied: a partition's records are a file region the TCP shell sends with
sendfile.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from reference.core.fetch_sessions import (
    FetchContext,
    PartitionRequest,
    PartitionResult,
    SessionErrorContext,
    SessionPartition,
    UnroutableSessionId,
)
from reference.core.handlers import replica_fetch
from reference.core.log.offsets import OffsetOutOfRangeError
from reference.core.log.txn_index import AbortedTxn
from reference.core.requests import Defer, Reply, RequestContext, Respond
from spec.generated.errors import ErrorCode
from spec.generated.fetch import FetchRequest, FetchResponse
from spec.invariants import check, last_stable_offset_below_open_transaction
from spec.wire import ExternalBytes

if TYPE_CHECKING:
    from reference.core.broker import Broker
    from reference.core.partition import Partition

API_KEY = FetchRequest.API_KEY
FIRST_VERSION_WITH_TOPIC_IDS = 13
FIRST_VERSION_WITH_MAX_BYTES = 3
FIRST_VERSION_WITH_CLIENT_METADATA = 11
FIRST_VERSION_WITH_CURRENT_LEADER = 16
READ_COMMITTED = 1
ZERO_ID = uuid.UUID(int=0)
NO_EPOCH = -1


@dataclass(frozen=True, slots=True)
class PartitionRead:
    """One partition's read: the session's view of it and the records to send."""

    result: PartitionResult
    records: bytes | ExternalBytes = b""
    aborted: tuple[AbortedTxn, ...] = ()  # read_committed: the aborted transactions in range


Reads = dict[SessionPartition, PartitionRead]


def handle(broker: Broker, context: RequestContext, request: FetchRequest) -> Reply:
    version = context.api_version
    replica_id = replica_fetch.replica_id_of(request, version)
    if replica_id >= 0 and broker.cluster is not None:
        return replica_fetch.handle(broker, context, request, replica_id)
    asked = requested_partitions(broker, request, version)
    forgotten = forgotten_partitions(broker, request, version)
    try:
        session = broker.fetch_manager.new_context(
            version, request.session_id, request.session_epoch, asked, forgotten,
            topic_names_by_id(broker), is_follower=False, now_ms=context.now_ms)
    except UnroutableSessionId:
        return Respond(FetchResponse(error_code=ErrorCode.UNKNOWN_SERVER_ERROR))
    if isinstance(session, SessionErrorContext):
        reply = session.update_and_generate_response_data({}, context.now_ms)
        return Respond(FetchResponse(error_code=reply.error_code))
    reads = read_all(broker, request, session, version)
    if must_answer_now(request, reads, session):
        return Respond(respond(broker, request, session, reads, context.now_ms, version))
    return defer(broker, request, session, context, reads)


def defer(broker: Broker, request: FetchRequest, session: FetchContext,
          context: RequestContext, first_reads: Reads) -> Defer:
    """Wait for min_bytes: re-read whenever the broker's data changed, answer at the deadline."""
    seen_version = broker.data_version
    reads = first_reads

    def poll(now_ms: int, is_deadline: bool) -> Respond | None:
        nonlocal seen_version, reads
        if broker.data_version != seen_version:
            seen_version = broker.data_version
            reads = read_all(broker, request, session, context.api_version)
        if is_deadline or readable_bytes(reads) >= request.min_bytes or has_error(reads):
            return Respond(respond(broker, request, session, reads, now_ms, context.api_version))
        return None

    return Defer(deadline_ms=context.now_ms + request.max_wait_ms, poll=poll)


def must_answer_now(request: FetchRequest, reads: Reads, session: FetchContext) -> bool:
    return (request.max_wait_ms <= 0 or not session.partitions() or has_error(reads)
            or readable_bytes(reads) >= request.min_bytes)


def readable_bytes(reads: Reads) -> int:
    return sum(read.result.records_size_bytes for read in reads.values())


def has_error(reads: Reads) -> bool:
    return any(read.result.error_code != ErrorCode.NONE for read in reads.values())


def topic_names_by_id(broker: Broker) -> Mapping[uuid.UUID, str]:
    return broker.topics.names_by_id


def requested_partitions(broker: Broker, request: FetchRequest,
                         version: int) -> dict[SessionPartition, PartitionRequest]:
    asked: dict[SessionPartition, PartitionRequest] = {}
    for topic in request.topics:
        topic_id, name = resolve_topic(broker, topic.topic_id, topic.topic, version)
        for partition in topic.partitions:
            asked[SessionPartition(topic_id, name, partition.partition)] = PartitionRequest(
                fetch_offset=partition.fetch_offset, max_bytes=partition.partition_max_bytes,
                log_start_offset=partition.log_start_offset,
                current_leader_epoch=none_if_unset(partition.current_leader_epoch),
                last_fetched_epoch=none_if_unset(partition.last_fetched_epoch))
    return asked


def forgotten_partitions(broker: Broker, request: FetchRequest,
                         version: int) -> list[SessionPartition]:
    forgotten = []
    for topic in request.forgotten_topics_data:
        topic_id, name = resolve_topic(broker, topic.topic_id, topic.topic, version)
        forgotten += [SessionPartition(topic_id, name, index) for index in topic.partitions]
    return forgotten


def resolve_topic(broker: Broker, topic_id: uuid.UUID, name: str,
                  version: int) -> tuple[uuid.UUID, str | None]:
    if version >= FIRST_VERSION_WITH_TOPIC_IDS:
        return topic_id, broker.topics.names_by_id.get(topic_id)
    return ZERO_ID, name


def none_if_unset(epoch: int) -> int | None:
    return None if epoch == NO_EPOCH else epoch


def read_all(broker: Broker, request: FetchRequest, session: FetchContext,
             version: int) -> Reads:
    """Read every partition the session asks for, within the response's byte budget."""
    limit_bytes = min(request.max_bytes if version >= FIRST_VERSION_WITH_MAX_BYTES
                      else 2**31 - 1, broker.config.fetch_max_bytes)
    min_one_batch = True
    reads: Reads = {}
    for partition, asked in session.partitions():
        read = read_one(broker, request, partition, asked, min(asked.max_bytes, limit_bytes),
                        min_one_batch, version)
        reads[partition] = read
        size_bytes = read.result.records_size_bytes
        limit_bytes = max(0, limit_bytes - size_bytes)
        if size_bytes > 0:
            min_one_batch = False
    return reads


def read_one(broker: Broker, request: FetchRequest, asked_partition: SessionPartition,
             asked: PartitionRequest, max_bytes: int, min_one_batch: bool,
             version: int) -> PartitionRead:
    if asked_partition.topic is None:
        return failed(ErrorCode.UNKNOWN_TOPIC_ID)
    partition = readable_partition(broker, asked_partition.topic, asked_partition.partition,
                                   version >= FIRST_VERSION_WITH_CLIENT_METADATA)
    if isinstance(partition, ErrorCode):
        return failed(partition)
    epoch_error = leader_epoch_error(partition, asked.current_leader_epoch)
    if epoch_error is not None:
        return failed(epoch_error)
    if max_bytes < 0:  # Kafka's LogSegment.read throws; readFromLocalLog answers it this way
        return failed(ErrorCode.UNKNOWN_SERVER_ERROR)
    try:
        data = partition.read(asked.fetch_offset, max_bytes,
                              read_committed=request.isolation_level == READ_COMMITTED,
                              min_one_batch=min_one_batch)
    except OffsetOutOfRangeError:
        return failed(ErrorCode.OFFSET_OUT_OF_RANGE)
    assert len(data.slices) <= 1, data
    if request.isolation_level == READ_COMMITTED:
        check_stable_bound(partition)
    records: bytes | ExternalBytes = data.slices[0] if data.slices else b""
    return PartitionRead(PartitionResult(
        error_code=ErrorCode.NONE, high_watermark=partition.high_watermark,
        last_stable_offset=partition.last_stable_offset,
        log_start_offset=partition.log_start_offset,
        records_size_bytes=data.size_bytes), records, tuple(data.aborted_transactions or ()))


def readable_partition(broker: Broker, topic: str, index: int,
                       has_client_metadata: bool) -> Partition | ErrorCode:
    """Where a consumer may read: the leader; from v11 (client metadata sent) also a follower,
    up to its own high watermark (Kafka's `FetchParams.fetchOnlyFromLeader`)."""
    partition = broker.hosted_partition(topic, index)
    if isinstance(partition, ErrorCode) or partition.is_leader or has_client_metadata:
        return partition
    return ErrorCode.NOT_LEADER_OR_FOLLOWER


def check_stable_bound(partition: Partition) -> None:
    """A read_committed read stops at the LSO, so the LSO must not pass an open transaction."""
    open_first_offsets = [entry.current_txn_first_offset
                          for entry in partition.producers.producers.values()
                          if entry.current_txn_first_offset is not None]
    check("LastStableOffsetBelowOpenTransaction", last_stable_offset_below_open_transaction(
        partition.last_stable_offset, open_first_offsets), partition=str(partition),
        last_stable_offset=partition.last_stable_offset, open_first_offsets=open_first_offsets)


def leader_epoch_error(partition: Partition, current_leader_epoch: int | None) -> ErrorCode | None:
    if current_leader_epoch is None or current_leader_epoch == partition.leader_epoch:
        return None
    if current_leader_epoch < partition.leader_epoch:
        return ErrorCode.FENCED_LEADER_EPOCH
    return ErrorCode.UNKNOWN_LEADER_EPOCH


def failed(code: ErrorCode) -> PartitionRead:
    return PartitionRead(PartitionResult(error_code=code, high_watermark=-1,
                                         last_stable_offset=-1, log_start_offset=-1))


def respond(broker: Broker, request: FetchRequest, session: FetchContext, reads: Reads,
            now_ms: int, version: int) -> FetchResponse:
    results = {partition: read.result for partition, read in reads.items()}
    shaped = session.update_and_generate_response_data(results, now_ms)
    read_committed = request.isolation_level == READ_COMMITTED
    endpoints: dict[int, FetchResponse.NodeEndpoint] = {}
    responses = topic_responses(broker, shaped.partitions, reads, read_committed, version,
                                endpoints)
    return FetchResponse(error_code=shaped.error_code, session_id=shaped.session_id,
                         responses=responses, node_endpoints=tuple(
                             endpoint for _, endpoint in sorted(endpoints.items())))


def topic_responses(broker: Broker, partitions: Sequence[SessionPartition], reads: Reads,
                    read_committed: bool, version: int,
                    endpoints: dict[int, FetchResponse.NodeEndpoint],
                    ) -> tuple[FetchResponse.FetchableTopicResponse, ...]:
    """Group the partitions by topic, keeping their order (Kafka's FetchResponse.of)."""
    grouped: dict[tuple[uuid.UUID, str | None], list[FetchResponse.PartitionData]] = {}
    for partition in partitions:
        read = reads[partition]
        data = partition_data(partition.partition, read, read_committed)
        if version >= FIRST_VERSION_WITH_CURRENT_LEADER and partition.topic is not None:
            data = with_current_leader(broker, partition.topic, data, endpoints)
        grouped.setdefault((partition.topic_id, partition.topic), []).append(data)
    uses_ids = version >= FIRST_VERSION_WITH_TOPIC_IDS
    return tuple(FetchResponse.FetchableTopicResponse(
        topic="" if uses_ids else (name or ""), topic_id=topic_id if uses_ids else ZERO_ID,
        partitions=tuple(datas)) for (topic_id, name), datas in grouped.items())


def with_current_leader(broker: Broker, topic: str, data: FetchResponse.PartitionData,
                        endpoints: dict[int, FetchResponse.NodeEndpoint],
                        ) -> FetchResponse.PartitionData:
    """KIP-951 (v16+): NOT_LEADER_OR_FOLLOWER and FENCED_LEADER_EPOCH name the current leader,
    whose endpoint goes into `node_endpoints`."""
    if data.error_code not in (ErrorCode.NOT_LEADER_OR_FOLLOWER, ErrorCode.FENCED_LEADER_EPOCH):
        return data
    leader_id, leader_epoch, address = broker.current_leader(topic, data.partition_index)
    if address is not None:
        endpoints[leader_id] = FetchResponse.NodeEndpoint(node_id=leader_id, host=address[0],
                                                          port=address[1])
    return replace(data, current_leader=FetchResponse.LeaderIdAndEpoch(
        leader_id=leader_id, leader_epoch=leader_epoch))


def partition_data(index: int, read: PartitionRead,
                   read_committed: bool) -> FetchResponse.PartitionData:
    result = read.result
    return FetchResponse.PartitionData(
        partition_index=index, error_code=result.error_code,
        high_watermark=result.high_watermark, last_stable_offset=result.last_stable_offset,
        log_start_offset=result.log_start_offset,
        aborted_transactions=tuple(
            FetchResponse.AbortedTransaction(producer_id=aborted.producer_id,
                                             first_offset=aborted.first_offset)
            for aborted in read.aborted) if read_committed else None,
        records=read.records)
