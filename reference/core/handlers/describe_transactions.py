"""DescribeTransactions (key 65), v0: the state of transactional ids this broker coordinates.

Behaviour (Kafka's `TransactionCoordinator.handleDescribeTransactions`): per id,
  COORDINATOR_LOAD_IN_PROGRESS while its `__transaction_state` partition loads; an empty id is
  INVALID_REQUEST; an unknown or Dead id TRANSACTIONAL_ID_NOT_FOUND; otherwise its state name,
  producer id and epoch, timeout, start time and partitions.
Divergences: partitions are listed sorted by topic and partition (Kafka: unspecified order).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.requests import Reply, RequestContext, Respond
from spec.generated.describe_transactions import (
    DescribeTransactionsRequest,
    DescribeTransactionsResponse,
)
from spec.generated.errors import ErrorCode

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = DescribeTransactionsRequest.API_KEY
State = DescribeTransactionsResponse.TransactionState
TopicData = DescribeTransactionsResponse.TopicData


def handle(broker: Broker, context: RequestContext,
           request: DescribeTransactionsRequest) -> Reply:
    return Respond(DescribeTransactionsResponse(transaction_states=tuple(
        describe(broker, context, transactional_id)
        for transactional_id in request.transactional_ids)))


def describe(broker: Broker, context: RequestContext, transactional_id: str) -> State:
    service = broker.transactions
    error = service.load_error(transactional_id)
    if error is not ErrorCode.NONE:
        return State(error_code=error, transactional_id=transactional_id)
    described = service.begin(context.now_ms).describe(transactional_id)
    if described.error is not ErrorCode.NONE:
        return State(error_code=described.error, transactional_id=transactional_id)
    return State(
        error_code=ErrorCode.NONE, transactional_id=transactional_id,
        transaction_state=described.state, transaction_timeout_ms=described.timeout_ms,
        transaction_start_time_ms=described.start_timestamp_ms,
        producer_id=described.producer_id, producer_epoch=described.producer_epoch,
        topics=tuple(TopicData(topic=topic, partitions=partitions)
                     for topic, partitions in described.topics))
