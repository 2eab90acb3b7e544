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
With this node the only replica, acks=-1 is satisfied as soon as the append is done, so
`timeout_ms` never expires (REQUEST_TIMED_OUT cannot happen here).
"""

from __future__ import annotations

import struct
from typing import TYPE_CHECKING

from reference.core.partition import ProduceResult
from reference.core.requests import NoResponse, Reply, RequestContext, Respond
from reference.core.topics import INTERNAL_TOPICS
from reference.core.transaction_verification import verify_produce
from spec.generated.errors import ErrorCode
from spec.generated.produce import ProduceRequest, ProduceResponse

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = ProduceRequest.API_KEY
VALID_ACKS = frozenset({-1, 0, 1})
ADMIN_CLIENT_ID = "__admin_client"
FIRST_VERSION_CHECKING_BATCHES = 3
FIRST_VERSION_WITH_ZSTD = 7
FIRST_VERSION_WITH_RECORD_ERRORS = 8

BATCH_LENGTH = struct.Struct(">i")
LENGTH_OFFSET = 8
MAGIC_OFFSET = 16
ATTRIBUTES_OFFSET = 21
LOG_OVERHEAD = 12
LEGACY_RECORD_OVERHEAD = 14  # LegacyRecord.RECORD_OVERHEAD_V0
ZSTD = 4

PartitionResponse = ProduceResponse.PartitionProduceResponse


def handle(broker: Broker, context: RequestContext, request: ProduceRequest) -> Reply:
    topics = []
    failed = False
    for topic in request.topic_data:
        answers = []
        for asked in topic.partition_data:
            result = produce_to(broker, context, request, topic.name, asked)
            failed = failed or result.error_code != ErrorCode.NONE
            answers.append(partition_response(context.api_version, asked.index, result))
        topics.append(ProduceResponse.TopicProduceResponse(
            name=topic.name, partition_responses=tuple(answers)))
    if request.acks == 0:
        return NoResponse(close_connection=failed)
    return Respond(ProduceResponse(responses=tuple(topics)))


def produce_to(broker: Broker, context: RequestContext, request: ProduceRequest, topic: str,
               asked: ProduceRequest.PartitionProduceData) -> ProduceResult:
    partition = broker.partition(topic, asked.index)
    if partition is None:
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
