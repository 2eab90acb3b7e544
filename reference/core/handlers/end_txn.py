"""EndTxn (key 26), v0-5: commit or abort a transaction.

Behaviour (Kafka's `KafkaApis.handleEndTxnRequest`, `TransactionCoordinator.handleEndTransaction`,
then reference/core/transactions/): COORDINATOR_LOAD_IN_PROGRESS while the id's
`__transaction_state` partition loads; then the coordinator's checks (INVALID_PRODUCER_ID_MAPPING,
PRODUCER_FENCED, INVALID_TXN_STATE, CONCURRENT_TRANSACTIONS). A successful end writes
PrepareCommit/PrepareAbort, the markers into every partition of the transaction, then
CompleteCommit/CompleteAbort — on one node all before the answer.
Version notes: v5+ is transaction version 2 (KIP-890 part 2): the epoch is bumped on every end
and the answer carries the producer id and epoch to use next; below v2 PRODUCER_FENCED is
INVALID_PRODUCER_EPOCH.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.requests import Reply, RequestContext, Respond
from reference.core.transactions.versions import (
    fencing_error_for_version,
    transaction_version_for_end_txn,
)
from spec.generated.end_txn import EndTxnRequest, EndTxnResponse
from spec.generated.errors import ErrorCode

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = EndTxnRequest.API_KEY


def handle(broker: Broker, context: RequestContext, request: EndTxnRequest) -> Reply:
    service = broker.transactions
    error = service.load_error(request.transactional_id)
    if error is not ErrorCode.NONE:
        return Respond(EndTxnResponse(error_code=error))
    result = service.begin(context.now_ms).end_txn(
        request.transactional_id, request.producer_id, request.producer_epoch,
        request.committed, context.now_ms, transaction_version_for_end_txn(context.api_version))
    service.complete(result.records, result.markers, context.now_ms)
    return Respond(EndTxnResponse(
        error_code=fencing_error_for_version("EndTxn", context.api_version, result.error),
        producer_id=result.producer_id, producer_epoch=result.producer_epoch))
