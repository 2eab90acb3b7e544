"""AddOffsetsToTxn (key 25), v0-4: a transaction will commit offsets of a group.

Behaviour (Kafka's `TransactionCoordinator.handleAddPartitionsToTransaction` for the group's
`__consumer_offsets` partition): COORDINATOR_LOAD_IN_PROGRESS while the id's partition loads;
then the coordinator's checks, as AddPartitionsToTxn. The offsets themselves come with
TxnOffsetCommit, sent to the group coordinator.
Version notes: below v2 PRODUCER_FENCED is INVALID_PRODUCER_EPOCH.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.requests import Reply, RequestContext, Respond
from reference.core.transactions.versions import fencing_error_for_version
from spec.generated.add_offsets_to_txn import AddOffsetsToTxnRequest, AddOffsetsToTxnResponse
from spec.generated.errors import ErrorCode

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = AddOffsetsToTxnRequest.API_KEY


def handle(broker: Broker, context: RequestContext, request: AddOffsetsToTxnRequest) -> Reply:
    service = broker.transactions
    error = service.load_error(request.transactional_id)
    if error is not ErrorCode.NONE:
        return Respond(AddOffsetsToTxnResponse(error_code=error))
    result = service.begin(context.now_ms).add_offsets(
        request.transactional_id, request.producer_id, request.producer_epoch,
        request.group_id, context.now_ms)
    service.complete(result.records, result.markers, context.now_ms)
    return Respond(AddOffsetsToTxnResponse(error_code=fencing_error_for_version(
        "AddOffsetsToTxn", context.api_version, result.error)))
