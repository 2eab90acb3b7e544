"""ListTransactions (key 66), v0-1: the transactions this broker coordinates, filtered.

Behaviour (Kafka's `TransactionStateManager.listTransactionStates`): COORDINATOR_LOAD_IN_PROGRESS
  while any `__transaction_state` partition loads; filters by producer id and by state name
  (names Kafka does not know come back in unknown_state_filters); Dead ids are never listed.
Version notes: v1 adds duration_filter: only transactions running longer than it (-1: all).
Divergences: transactions are listed sorted by transactional id (Kafka: hash-map order).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.requests import Reply, RequestContext, Respond
from spec.generated.errors import ErrorCode
from spec.generated.list_transactions import ListTransactionsRequest, ListTransactionsResponse

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = ListTransactionsRequest.API_KEY
State = ListTransactionsResponse.TransactionState


def handle(broker: Broker, context: RequestContext, request: ListTransactionsRequest) -> Reply:
    service = broker.transactions
    if service.is_loading:
        return Respond(ListTransactionsResponse(
            error_code=ErrorCode.COORDINATOR_LOAD_IN_PROGRESS))
    listed = service.begin(context.now_ms).list_transactions(
        request.producer_id_filters, request.state_filters, context.now_ms,
        request.duration_filter)
    return Respond(ListTransactionsResponse(
        error_code=ErrorCode.NONE, unknown_state_filters=listed.unknown_state_filters,
        transaction_states=tuple(
            State(transactional_id=entry.transactional_id, producer_id=entry.producer_id,
                  transaction_state=entry.state)
            for entry in listed.transactions)))
