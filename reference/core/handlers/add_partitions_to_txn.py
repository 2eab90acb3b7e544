"""AddPartitionsToTxn (key 24), v0-5: partitions a transaction will write to.

Behaviour (Kafka's `KafkaApis.handleAddPartitionsToTxnRequest`, then
`TransactionCoordinator.handleAddPartitionsToTransaction` / `handleVerifyPartitionsInTransaction`):
- v0-3 carry one transaction (from a producer); v4+ a batch (from brokers; `verify_only` asks
  whether the partitions are already in the transaction, KIP-890 part 1).
- A partition the broker does not have answers UNKNOWN_TOPIC_OR_PARTITION and fails the whole
  transaction: its other partitions answer OPERATION_NOT_ATTEMPTED.
- COORDINATOR_LOAD_IN_PROGRESS while the id's `__transaction_state` partition loads; then the
  coordinator's error, the same for every partition of the transaction.
Version notes: v4+ is transaction version 2 for the coordinator; below v2 PRODUCER_FENCED is
INVALID_PRODUCER_EPOCH.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from reference.core.requests import Reply, RequestContext, Respond
from reference.core.transactions.versions import (
    fencing_error_for_version,
    transaction_version_for_add_partitions,
)
from spec.generated.add_partitions_to_txn import (
    AddPartitionsToTxnRequest,
    AddPartitionsToTxnResponse,
)
from spec.generated.errors import ErrorCode

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = AddPartitionsToTxnRequest.API_KEY
FIRST_BATCHED_VERSION = 4
Transaction = AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction
TopicResult = AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult
PartitionResult = AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult
Errors = Mapping[tuple[str, int], ErrorCode]


def handle(broker: Broker, context: RequestContext, request: AddPartitionsToTxnRequest) -> Reply:
    version = context.api_version
    if version < FIRST_BATCHED_VERSION:
        transaction = Transaction(
            transactional_id=request.v3_and_below_transactional_id,
            producer_id=request.v3_and_below_producer_id,
            producer_epoch=request.v3_and_below_producer_epoch,
            topics=request.v3_and_below_topics)
        errors = transaction_errors(broker, context, transaction)
        return Respond(AddPartitionsToTxnResponse(results_by_topic_v3_and_below=topic_results(
            transaction, errors)))
    return Respond(AddPartitionsToTxnResponse(results_by_transaction=tuple(
        AddPartitionsToTxnResponse.AddPartitionsToTxnResult(
            transactional_id=transaction.transactional_id,
            topic_results=topic_results(transaction,
                                        transaction_errors(broker, context, transaction)))
        for transaction in request.transactions)))


def transaction_errors(broker: Broker, context: RequestContext,
                       transaction: Transaction) -> Errors:
    asked = [(topic.name, index) for topic in transaction.topics for index in topic.partitions]
    missing = {key for key in asked if not broker.knows_partition(*key)}
    if missing:
        return {key: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION if key in missing
                else ErrorCode.OPERATION_NOT_ATTEMPTED for key in asked}
    service = broker.transactions
    transactional_id = transaction.transactional_id
    error = service.load_error(transactional_id)
    if error is not ErrorCode.NONE:
        return dict.fromkeys(asked, error)
    coordinator = service.begin(context.now_ms)
    if transaction.verify_only:
        return coordinator.verify_partitions(transactional_id, transaction.producer_id,
                                             transaction.producer_epoch, asked)
    result = coordinator.add_partitions(
        transactional_id, transaction.producer_id, transaction.producer_epoch, asked,
        context.now_ms, transaction_version_for_add_partitions(context.api_version))
    service.complete(result.records, result.markers, context.now_ms)
    error = fencing_error_for_version("AddPartitionsToTxn", context.api_version, result.error)
    return dict.fromkeys(asked, error)


def topic_results(transaction: Transaction, errors: Errors) -> tuple[TopicResult, ...]:
    return tuple(TopicResult(name=topic.name, results_by_partition=tuple(
        PartitionResult(partition_index=index, partition_error_code=errors[(topic.name, index)])
        for index in topic.partitions)) for topic in transaction.topics)

