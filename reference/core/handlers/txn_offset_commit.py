"""TxnOffsetCommit (key 28), v0-4: a transaction's offsets, pending in `__consumer_offsets`.

Behaviour (Kafka's `KafkaApis.handleTxnOffsetCommitRequest`, then `GroupCoordinatorService.
commitTransactionalOffsets` and `OffsetMetadataManager.commitTransactionalOffset`):
- A partition the broker does not know answers UNKNOWN_TOPIC_OR_PARTITION; when nothing is left
  the coordinator is not asked.
- An empty group id is INVALID_GROUP_ID; NOT_COORDINATOR before `__consumer_offsets` exists
  (Kafka's coordinator runtime leads none of its partitions then); COORDINATOR_LOAD_IN_PROGRESS
  while the group's partition loads.
- The write is transactional, so it is verified first as `CoordinatorRuntime.
  scheduleTransactionalWriteOperation` does (`verify_transaction`): unless the producer already
  has a transaction open in the group's partition, the transaction coordinator must hold that
  partition in the producer's transaction (AddOffsetsToTxn put it there). A fenced epoch answers
  INVALID_PRODUCER_EPOCH, a partition outside the transaction INVALID_TXN_STATE.
- The group's checks: an unknown group is a simple group for generation < 0, else
  ILLEGAL_GENERATION; from v3 the member, instance id and generation are checked when given.
- The records go to the log as one transactional batch with the producer's id and epoch: they
  stay pending (require_stable OffsetFetch answers UNSTABLE_OFFSET_COMMIT, the partition's last
  stable offset holds) until the transaction's marker commits or drops them.
Version notes: v2 adds the leader epoch, v3 the member fields. v5 (TRANSACTION_ABORTABLE to
  transactions-v2 clients) is not in the bundled schemas.
Divergences: partitions are answered in request order (Kafka: hash-map order).
Also here: `verify_produce`, the same verification on the Produce path (KIP-890 part 1). KIP-890
  part 2 (Produce v12 adding the partition implicitly) is not in the bundled schemas (Produce
  v0-11), so a transactions-v2 client still sends AddPartitionsToTxn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.groups.offsets_values import PartitionCommit, PartitionError
from reference.core.requests import Reply, RequestContext, Respond
from spec.decode_error import DecodeError
from spec.generated.errors import ErrorCode
from spec.generated.txn_offset_commit import TxnOffsetCommitRequest, TxnOffsetCommitResponse
from spec.records.header import BATCH_HEADER_SIZE, parse_batch_header

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = TxnOffsetCommitRequest.API_KEY
Topic = TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic
Answer = TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition

# AddPartitionsToTxnManager: what a verification failure becomes for clients before KIP-890's
# generic TRANSACTION_ABORTABLE (Produce v12 / TxnOffsetCommit v5, not in the bundled schemas).
_VERIFICATION_ERRORS = {
    ErrorCode.PRODUCER_FENCED: ErrorCode.INVALID_PRODUCER_EPOCH,
    ErrorCode.TRANSACTION_ABORTABLE: ErrorCode.INVALID_TXN_STATE,
}


def verify_transaction(broker: Broker, now_ms: int, transactional_id: str, producer_id: int,
                       producer_epoch: int, topic: str, index: int) -> ErrorCode:
    """Kafka's transaction verification (KIP-890 part 1) of one partition before a
    transactional write: NONE, or the error the write is refused with."""
    partition = broker.partition(topic, index)
    assert partition is not None, (topic, index)
    entry = partition.producers.producers.get(producer_id)
    if entry is not None and entry.current_txn_first_offset is not None \
            and entry.producer_epoch == producer_epoch:
        return ErrorCode.NONE  # the transaction is already open here: VerificationGuard.SENTINEL
    service = broker.transactions
    error = service.load_error(transactional_id)
    if error is not ErrorCode.NONE:
        return error
    verified = service.begin(now_ms).verify_partitions(
        transactional_id, producer_id, producer_epoch, [(topic, index)])
    error = verified[(topic, index)]
    return _VERIFICATION_ERRORS.get(error, error)


# ReplicaManager.appendRecords: retriable verification errors older clients may not retry become
# NOT_ENOUGH_REPLICAS on Produce (it triggers no metadata refresh).
_PRODUCE_RETRIABLE = frozenset({
    ErrorCode.CONCURRENT_TRANSACTIONS, ErrorCode.NETWORK_EXCEPTION,
    ErrorCode.COORDINATOR_LOAD_IN_PROGRESS, ErrorCode.COORDINATOR_NOT_AVAILABLE,
    ErrorCode.NOT_COORDINATOR,
})


def verify_produce(broker: Broker, now_ms: int, transactional_id: str | None, records: bytes,
                   topic: str, index: int) -> ErrorCode:
    """Produce's verification (KIP-890 part 1, transaction.partition.verification.enable): a
    transactional batch for a partition the producer's transaction does not hold is refused
    before it reaches the log. NONE when the batch may go on to the log's own checks."""
    if transactional_id is None or len(records) < BATCH_HEADER_SIZE \
            or not broker.config.bool_value("transaction.partition.verification.enable"):
        return ErrorCode.NONE
    try:
        header = parse_batch_header(records, 0)
    except DecodeError:
        return ErrorCode.NONE  # the log's validation answers a malformed batch
    if not header.is_transactional or not header.has_producer_id:
        return ErrorCode.NONE
    error = verify_transaction(broker, now_ms, transactional_id, header.producer_id,
                               header.producer_epoch, topic, index)
    return ErrorCode.NOT_ENOUGH_REPLICAS if error in _PRODUCE_RETRIABLE else error


def handle(broker: Broker, context: RequestContext, request: TxnOffsetCommitRequest) -> Reply:
    answers: dict[tuple[str, int], ErrorCode] = {}
    commits: list[PartitionCommit] = []
    for topic in request.topics:
        for partition in topic.partitions:
            if broker.partition(topic.name, partition.partition_index) is None:
                answers[(topic.name, partition.partition_index)] = (
                    ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
                continue
            commits.append(PartitionCommit(
                topic.name, partition.partition_index, partition.committed_offset,
                partition.committed_leader_epoch, partition.committed_metadata))
    if commits:
        for result in commit(broker, context, request, commits):
            answers[(result.topic, result.partition)] = result.error
    return Respond(TxnOffsetCommitResponse(topics=tuple(
        Topic(name=topic.name, partitions=tuple(
            Answer(partition_index=partition.partition_index,
                   error_code=answers[(topic.name, partition.partition_index)])
            for partition in topic.partitions))
        for topic in request.topics)))


def commit(broker: Broker, context: RequestContext, request: TxnOffsetCommitRequest,
           commits: list[PartitionCommit]) -> tuple[PartitionError, ...]:
    error = _coordinator_error(broker, context, request)
    if error is not ErrorCode.NONE:
        return tuple(PartitionError(each.topic, each.partition, error) for each in commits)
    groups = broker.groups
    result = groups.offsets.commit_transactional_offsets(
        request.group_id, commits, now_ms=context.now_ms, member_id=request.member_id,
        generation_id=request.generation_id, group_instance_id=request.group_instance_id)
    if result.records:
        # Applied by no one yet (origin None): replayed after the append, as pending offsets.
        groups.write(result.records, context.now_ms, origin=None,
                     producer_id=request.producer_id, producer_epoch=request.producer_epoch)
    return result.partitions


def _coordinator_error(broker: Broker, context: RequestContext,
                       request: TxnOffsetCommitRequest) -> ErrorCode:
    """The request-level refusals, in Kafka's order: the group id, the coordinator's partition,
    then the transaction's verification."""
    if not request.group_id:
        return ErrorCode.INVALID_GROUP_ID
    if not broker.offsets_topic.exists():
        return ErrorCode.NOT_COORDINATOR  # no `__consumer_offsets` partition is led here
    groups = broker.groups
    error = groups.load_error(request.group_id)
    if error is not ErrorCode.NONE:
        return error
    return verify_transaction(broker, context.now_ms, request.transactional_id,
                              request.producer_id, request.producer_epoch,
                              broker.offsets_topic.name, groups.partition_of(request.group_id))
