"""InitProducerId (key 22), v0-5: a producer id and epoch for an idempotent producer.

Behaviour (Kafka's `KafkaApis.handleInitProducerIdRequest` and
`TransactionCoordinator.handleInitProducerId` without a transactional id):
- v3+ may send an existing producer id and epoch: both must be given or neither
  (INVALID_REQUEST otherwise).
- Without a transactional id a fresh producer id is handed out with epoch 0, every time (an
  idempotent producer that bumps its epoch gets a new id, as Kafka does).
- An empty transactional id answers INVALID_REQUEST.
Not yet served: a transactional id answers COORDINATOR_NOT_AVAILABLE (the answer of a broker
whose transaction coordinator is not loaded) until the coordinator lands with issue 8.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.producers.allocator import ProducerIdsExhaustedError
from reference.core.requests import Reply, RequestContext, Respond
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
        return Respond(refusal(ErrorCode.COORDINATOR_NOT_AVAILABLE))
    try:
        producer_id = broker.next_producer_id(context.now_ms)
    except ProducerIdsExhaustedError:  # TransactionCoordinator answers any failure this way
        return Respond(refusal(ErrorCode.UNKNOWN_SERVER_ERROR))
    return Respond(InitProducerIdResponse(error_code=ErrorCode.NONE, producer_id=producer_id,
                                          producer_epoch=0))


def refusal(code: ErrorCode) -> InitProducerIdResponse:
    return InitProducerIdResponse(error_code=code, producer_id=NO_PRODUCER_ID,
                                  producer_epoch=NO_PRODUCER_EPOCH)
