"""InitProducerId (key 22), v0-5: a producer id and epoch for an idempotent producer.

Behaviour (Kafka's `KafkaApis.handleInitProducerIdRequest` and
`TransactionCoordinator.handleInitProducerId` without a transactional id):
- v3+ may send an existing producer id and epoch: both must be given or neither
  (INVALID_REQUEST otherwise).
- Without a transactional id a fresh producer id is handed out with epoch 0, every time (an
  idempotent producer that bumps its epoch gets a new id, as Kafka does).
- An empty transactional id answers INVALID_REQUEST.
- A transactional id goes to the transaction coordinator (reference/core/transactions/):
  INVALID_TRANSACTION_TIMEOUT outside (0, transaction.max.timeout.ms], then
  COORDINATOR_LOAD_IN_PROGRESS while its `__transaction_state` partition loads, then the
  coordinator (epoch bump, fencing and aborting an ongoing transaction with
  CONCURRENT_TRANSACTIONS, PRODUCER_FENCED — INVALID_PRODUCER_EPOCH below v4).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.producers.allocator import ProducerIdsExhaustedError
from reference.core.requests import Reply, RequestContext, Respond
from reference.core.transactions.versions import fencing_error_for_version
from spec.generated.errors import ErrorCode
from spec.generated.init_producer_id import InitProducerIdRequest, InitProducerIdResponse

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = InitProducerIdRequest.API_KEY
NO_PRODUCER_ID = -1
NO_PRODUCER_EPOCH = -1


def handle(broker: Broker, context: RequestContext, request: InitProducerIdRequest) -> Reply:
    gave_id = request.producer_id != NO_PRODUCER_ID
    gave_epoch = request.producer_epoch != NO_PRODUCER_EPOCH
    if gave_id != gave_epoch:
        return Respond(refusal(ErrorCode.INVALID_REQUEST))
    if request.transactional_id == "":
        return Respond(refusal(ErrorCode.INVALID_REQUEST))
    if request.transactional_id is not None:
        return transactional(broker, context, request, request.transactional_id)
    try:
        producer_id = broker.next_producer_id(context.now_ms)
    except ProducerIdsExhaustedError:  # TransactionCoordinator answers any failure this way
        return Respond(refusal(ErrorCode.UNKNOWN_SERVER_ERROR))
    return Respond(InitProducerIdResponse(error_code=ErrorCode.NONE, producer_id=producer_id,
                                          producer_epoch=0))


def transactional(broker: Broker, context: RequestContext, request: InitProducerIdRequest,
                  transactional_id: str) -> Reply:
    """A transactional producer: its coordinator bumps the epoch and fences the previous one."""
    service = broker.transactions
    max_timeout_ms = service.coordinator.settings.max_timeout_ms
    if not 0 < request.transaction_timeout_ms <= max_timeout_ms:
        return Respond(refusal(ErrorCode.INVALID_TRANSACTION_TIMEOUT))
    error = service.load_error(transactional_id)
    if error is not ErrorCode.NONE:
        return Respond(refusal(error))
    expected = (None if request.producer_id == NO_PRODUCER_ID
                else (request.producer_id, request.producer_epoch))
    try:
        result = service.begin(context.now_ms).init_producer_id(
            transactional_id, request.transaction_timeout_ms, context.now_ms, expected)
    except ProducerIdsExhaustedError:
        return Respond(refusal(ErrorCode.UNKNOWN_SERVER_ERROR))
    service.complete(result.records, result.markers, context.now_ms)
    error = fencing_error_for_version("InitProducerId", context.api_version, result.error)
    if error is not ErrorCode.NONE:
        return Respond(refusal(error))
    return Respond(InitProducerIdResponse(error_code=ErrorCode.NONE,
                                          producer_id=result.producer_id,
                                          producer_epoch=result.producer_epoch))


def refusal(code: ErrorCode) -> InitProducerIdResponse:
    return InitProducerIdResponse(error_code=code, producer_id=NO_PRODUCER_ID,
                                  producer_epoch=NO_PRODUCER_EPOCH)
