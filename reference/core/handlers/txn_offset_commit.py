"""TxnOffsetCommit (key 28), v0-4: a transaction's offsets, pending in `__consumer_offsets`.

Behaviour (Kafka's `KafkaApis.handleTxnOffsetCommitRequest`, then `GroupCoordinatorService.
commitTransactionalOffsets` and `OffsetMetadataManager.commitTransactionalOffset`):
- A partition the broker does not know answers UNKNOWN_TOPIC_OR_PARTITION; when nothing is left
  the coordinator is not asked.
- An empty group id is INVALID_GROUP_ID; NOT_COORDINATOR before `__consumer_offsets` exists
  (Kafka's coordinator runtime leads none of its partitions then); COORDINATOR_LOAD_IN_PROGRESS
  while the group's partition loads.
- The write is transactional, so it is verified first as `CoordinatorRuntime.
  scheduleTransactionalWriteOperation` does (reference/core/transaction_verification.py):
  unless the producer already has a transaction open in the group's partition, the
  transaction coordinator must hold that
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
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.groups.offsets_values import PartitionCommit, PartitionError
from reference.core.handlers.commit_partitions import (
    answers_in_request_order,
    commit_known_partitions,
)
from reference.core.requests import Reply, RequestContext, Respond
from reference.core.transaction_verification import verify_transaction
from spec.generated.errors import ErrorCode
from spec.generated.txn_offset_commit import TxnOffsetCommitRequest, TxnOffsetCommitResponse

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = TxnOffsetCommitRequest.API_KEY
Topic = TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic
Answer = TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition

def handle(broker: Broker, context: RequestContext, request: TxnOffsetCommitRequest) -> Reply:
    answers = commit_known_partitions(
        broker, request.topics, lambda commits: commit(broker, context, request, commits))
    return Respond(TxnOffsetCommitResponse(topics=answers_in_request_order(
        request.topics, answers, Topic, Answer)))


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
