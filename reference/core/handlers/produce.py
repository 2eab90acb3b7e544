"""Produce (key 0), v0-11: append record batches to partitions led by this node.

Behaviour (Kafka's `KafkaApis.handleProduceRequest`, `ProduceRequest.validateRecords`,
`ReplicaManager.appendRecords` and `Partition.appendRecordsToLeader`), per partition in order:
- an unknown topic or partition: UNKNOWN_TOPIC_OR_PARTITION (Produce never creates topics);
- from v3: no batch, a batch of magic 0/1, or more than one batch: INVALID_RECORD; zstd before
  v7: UNSUPPORTED_COMPRESSION_TYPE;
- acks other than -1, 0 and 1: INVALID_REQUIRED_ACKS for every partition;
- an internal topic from a client other than `__admin_client`: INVALID_TOPIC_EXCEPTION;
- a transactional batch for a partition its transaction does not hold (verified with the
  transaction coordinator, KIP-890 part 1): INVALID_TXN_STATE, INVALID_PRODUCER_EPOCH for a
  fenced epoch, NOT_ENOUGH_REPLICAS for a retriable coordinator error
  (reference/core/transaction_verification.py);
- then the log's validation (CRC, size, timestamps, keys on compacted topics, with per-record
  errors from v8), the producer state (duplicates answered with their original offsets), and
  min.insync.replicas for acks=-1.
With acks=0 nothing is answered; if any partition failed the connection is closed, which is how
Kafka tells such a producer that something went wrong.
A partition this broker does not lead answers NOT_LEADER_OR_FOLLOWER (after the checks above,
as `appendToLocalLog` finds it). With acks=-1 on a replicated partition the answer waits (Kafka's
`DelayedProduce`) until the high watermark passes the appended batch, then says
NOT_ENOUGH_REPLICAS_AFTER_APPEND if the ISR shrank below min.insync.replicas meanwhile, or
NOT_LEADER_OR_FOLLOWER if leadership moved; after `timeout_ms`, REQUEST_TIMED_OUT. On one node
acks=-1 is satisfied as soon as the append is done. From v10 (KIP-951) NOT_LEADER_OR_FOLLOWER
names the current leader and epoch, with the leader's endpoint in `node_endpoints`.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from reference.core.partition import Partition, ProduceResult
from reference.core.requests import Defer, NoResponse, Reply, RequestContext, Respond
from reference.core.topics import INTERNAL_TOPICS
from reference.core.transaction_verification import verify_produce
from spec.generated.errors import ErrorCode
from spec.generated.produce import ProduceRequest, ProduceResponse

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = ProduceRequest.API_KEY
ACKS_ALL = -1
VALID_ACKS = frozenset({ACKS_ALL, 0, 1})
ADMIN_CLIENT_ID = "__admin_client"
FIRST_VERSION_CHECKING_BATCHES = 3
FIRST_VERSION_WITH_ZSTD = 7
FIRST_VERSION_WITH_RECORD_ERRORS = 8
FIRST_VERSION_WITH_CURRENT_LEADER = 10

BATCH_LENGTH = struct.Struct(">i")
LENGTH_OFFSET = 8
MAGIC_OFFSET = 16
ATTRIBUTES_OFFSET = 21
LOG_OVERHEAD = 12
LEGACY_RECORD_OVERHEAD = 14  # LegacyRecord.RECORD_OVERHEAD_V0
ZSTD = 4

PartitionResponse = ProduceResponse.PartitionProduceResponse


Results = list[tuple[str, list[tuple[int, ProduceResult]]]]


def handle(broker: Broker, context: RequestContext, request: ProduceRequest) -> Reply:
    results: Results = []
    waiting: list[ReplicaWait] = []
    for topic in request.topic_data:
        answers = []
        for asked in topic.partition_data:
            result = produce_to(broker, context, request, topic.name, asked)
            answers.append((asked.index, result))
            wait = replica_wait(broker, request, topic.name, asked.index, result)
            if wait is not None:
                waiting.append(wait)
        results.append((topic.name, answers))
    if request.acks == 0:
        return NoResponse(close_connection=any(result.error_code != ErrorCode.NONE
                                               for _, answers in results
                                               for _, result in answers))
    if waiting:
        return defer(broker, context, request, results, waiting)
    return Respond(response(broker, context.api_version, results))


def response(broker: Broker, version: int, results: Results) -> ProduceResponse:
    """The answer; from v10 a NOT_LEADER_OR_FOLLOWER names the current leader and its
    endpoint (KIP-951), so the client moves without a Metadata round trip."""
    endpoints: dict[int, ProduceResponse.NodeEndpoint] = {}
    topics = []
    for name, answers in results:
        partitions = []
        for index, result in answers:
            answer = partition_response(version, index, result)
            if version >= FIRST_VERSION_WITH_CURRENT_LEADER and \
                    result.error_code == ErrorCode.NOT_LEADER_OR_FOLLOWER:
                leader_id, leader_epoch, address = broker.current_leader(name, index)
                answer = replace(answer, current_leader=ProduceResponse.LeaderIdAndEpoch(
                    leader_id=leader_id, leader_epoch=leader_epoch))
                if address is not None:
                    endpoints[leader_id] = ProduceResponse.NodeEndpoint(
                        node_id=leader_id, host=address[0], port=address[1])
            partitions.append(answer)
        topics.append(ProduceResponse.TopicProduceResponse(name=name,
                                                           partition_responses=tuple(partitions)))
    return ProduceResponse(responses=tuple(topics), node_endpoints=tuple(
        endpoint for _, endpoint in sorted(endpoints.items())))



@dataclass(slots=True)
class ReplicaWait:
    """An acks=-1 append waiting for its followers (one partition of a `DelayedProduce`)."""

    topic: str
    index: int
    partition: Partition
    leadership_term: int
    required_offset: int


def replica_wait(broker: Broker, request: ProduceRequest, topic: str, index: int,
                 result: ProduceResult) -> ReplicaWait | None:
    if request.acks != ACKS_ALL or result.error_code != ErrorCode.NONE or result.last_offset < 0:
        return None
    partition = broker.partition(topic, index)
    if partition is None or partition.replica is None:
        return None  # one node: the append itself was enough
    wait = ReplicaWait(topic, index, partition, partition.replica.leadership_terms,
                       result.last_offset + 1)
    return None if wait_outcome(wait) is ErrorCode.NONE else wait


def wait_outcome(wait: ReplicaWait) -> ErrorCode | None:
    """`checkEnoughReplicasReachOffset`: the partition's answer, or None while it waits."""
    replica = wait.partition.replica
    assert replica is not None
    leader = replica.leader
    if leader is None or replica.leadership_terms != wait.leadership_term:
        return ErrorCode.NOT_LEADER_OR_FOLLOWER  # it stopped leading since the append
    reached, error = leader.replicas_reached(wait.required_offset,
                                             wait.partition.config.min_insync_replicas)
    return error if reached else None


def defer(broker: Broker, context: RequestContext, request: ProduceRequest, results: Results,
          waiting: list[ReplicaWait]) -> Defer:
    """Answer once every waiting partition has its outcome, or at `timeout_ms`."""
    def poll(now_ms: int, is_deadline: bool) -> Respond | None:
        outcomes = {(wait.topic, wait.index): wait_outcome(wait) for wait in waiting}
        if not is_deadline and any(outcome is None for outcome in outcomes.values()):
            return None
        final: Results = []
        for name, answers in results:
            settled = []
            for index, result in answers:
                outcome = outcomes.get((name, index), ErrorCode.NONE)
                if outcome is None:  # still waiting at the deadline
                    outcome = ErrorCode.REQUEST_TIMED_OUT
                settled.append((index, result if outcome is ErrorCode.NONE
                                else ProduceResult(outcome)))
            final.append((name, settled))
        return Respond(response(broker, context.api_version, final))

    return Defer(deadline_ms=context.now_ms + max(0, request.timeout_ms), poll=poll)


def produce_to(broker: Broker, context: RequestContext, request: ProduceRequest, topic: str,
               asked: ProduceRequest.PartitionProduceData) -> ProduceResult:
    known = broker.topics.get(topic)
    if known is None or asked.index not in known.partitions:
        return ProduceResult(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
    records = asked.records if isinstance(asked.records, bytes) else b""
    problem = batch_problem(context.api_version, records)
    if problem is not None:
        return ProduceResult(problem)
    if request.acks not in VALID_ACKS:
        return ProduceResult(ErrorCode.INVALID_REQUIRED_ACKS)
    if topic in INTERNAL_TOPICS and context.client_id != ADMIN_CLIENT_ID:
        return ProduceResult(ErrorCode.INVALID_TOPIC_EXCEPTION,
                             error_message=f"Cannot append to internal topic {topic}")
    refused = verify_produce(broker, context.now_ms, request.transactional_id, records, topic,
                             asked.index)
    if refused is not ErrorCode.NONE:
        return ProduceResult(refused)
    partition = broker.leader_partition(topic, asked.index)
    if isinstance(partition, ErrorCode):
        return ProduceResult(partition)
    result = partition.append_records(records, required_acks=request.acks,
                                      now_ms=context.now_ms)
    if result.error_code == ErrorCode.NONE:
        broker.note_append()
    return result


def batch_problem(version: int, records: bytes) -> ErrorCode | None:
    """`ProduceRequest.validateRecords`: from v3, exactly one batch of magic 2 (zstd from v7)."""
    if version < FIRST_VERSION_CHECKING_BATCHES:
        return None
    try:
        first_size = next_batch_size(records, 0)
        if first_size is None or records[MAGIC_OFFSET] != 2:
            return ErrorCode.INVALID_RECORD
        if version < FIRST_VERSION_WITH_ZSTD and records[ATTRIBUTES_OFFSET + 1] & 0x07 == ZSTD:
            return ErrorCode.UNSUPPORTED_COMPRESSION_TYPE
        if next_batch_size(records, first_size) is not None:
            return ErrorCode.INVALID_RECORD
    except CorruptBatch:
        return ErrorCode.CORRUPT_MESSAGE
    return None


class CorruptBatch(Exception):
    pass


def next_batch_size(records: bytes, position: int) -> int | None:
    """The size of the whole batch at `position`, or None if none is complete there, as
    Kafka's `ByteBufferLogInputStream.nextBatchSize` decides (corrupt sizes and magics raise)."""
    remaining = len(records) - position
    if remaining < LOG_OVERHEAD:
        return None
    (length,) = BATCH_LENGTH.unpack_from(records, position + LENGTH_OFFSET)
    if length < LEGACY_RECORD_OVERHEAD:
        raise CorruptBatch(f"record size {length} is less than the minimum record overhead")
    if remaining < MAGIC_OFFSET + 1:
        return None
    magic = struct.unpack_from(">b", records, position + MAGIC_OFFSET)[0]
    if not 0 <= magic <= 2:
        raise CorruptBatch(f"Invalid magic found in record: {magic}")
    size = LOG_OVERHEAD + length
    return size if remaining >= size else None


def partition_response(version: int, index: int, result: ProduceResult) -> PartitionResponse:
    with_record_errors = version >= FIRST_VERSION_WITH_RECORD_ERRORS
    return PartitionResponse(
        index=index, error_code=result.error_code, base_offset=result.base_offset,
        log_append_time_ms=result.log_append_time_ms, log_start_offset=result.log_start_offset,
        record_errors=tuple(
            ProduceResponse.BatchIndexAndErrorMessage(
                batch_index=error.batch_index, batch_index_error_message=error.message)
            for error in result.record_errors) if with_record_errors else (),
        error_message=result.error_message if with_record_errors else None)
