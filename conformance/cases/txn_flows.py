"""A fenced transactional producer, as raw requests.

Kafka's behaviour (TransactionCoordinator; errors.tsv numbers in brackets): InitProducerId with
a transactional id hands out the id's producer id and bumps its epoch on every call, which
fences the previous holder (KIP-98); the transaction coordinator then answers that holder's
AddPartitionsToTxn and EndTxn PRODUCER_FENCED [90] (handleAddPartitionsToTransaction,
handleEndTransaction); its transactional produce at the old epoch fails the partition's
verification with the coordinator (KIP-890 part 1, on by default), whose PRODUCER_FENCED the
broker answers as INVALID_PRODUCER_EPOCH [47] (AddPartitionsToTxnManager). The current holder
adds the partition, writes and commits.
"""

from __future__ import annotations

import time

from conformance.case import TopicSetup
from conformance.cases.flows import Flow, RawClient, raw_flow
from spec.generated.add_partitions_to_txn import AddPartitionsToTxnRequest
from spec.generated.end_txn import EndTxnRequest
from spec.generated.find_coordinator import FindCoordinatorRequest
from spec.generated.init_producer_id import InitProducerIdRequest
from spec.generated.produce import ProduceRequest
from spec.records.batch import Record, encode_batch

TOPIC = "cases-transactions"
TRANSACTIONAL_ID = "cases-txn"
TRANSACTION_KEY_TYPE = 1
COORDINATOR_NOT_AVAILABLE = 15
COORDINATOR_ATTEMPTS = 20


def _find_transaction_coordinator(client: RawClient) -> None:
    """FindCoordinator v4 until `__transaction_state` exists (the first ask creates it)."""
    for _ in range(COORDINATOR_ATTEMPTS):
        answer = client.call(FindCoordinatorRequest(key_type=TRANSACTION_KEY_TYPE,
                                                    coordinator_keys=(TRANSACTIONAL_ID,)), 4)
        if answer.coordinators[0].error_code != COORDINATOR_NOT_AVAILABLE:
            return
        time.sleep(0.05)
    raise RuntimeError(f"no transaction coordinator for {TRANSACTIONAL_ID}")


def _add_partition(producer_id: int, producer_epoch: int) -> AddPartitionsToTxnRequest:
    return AddPartitionsToTxnRequest(
        v3_and_below_transactional_id=TRANSACTIONAL_ID, v3_and_below_producer_id=producer_id,
        v3_and_below_producer_epoch=producer_epoch, v3_and_below_topics=(
            AddPartitionsToTxnRequest.AddPartitionsToTxnTopic(name=TOPIC, partitions=(0,)),))


def _end(producer_id: int, producer_epoch: int) -> EndTxnRequest:
    return EndTxnRequest(transactional_id=TRANSACTIONAL_ID, producer_id=producer_id,
                         producer_epoch=producer_epoch, committed=True)


def _produce(producer_id: int, producer_epoch: int) -> ProduceRequest:
    batch = encode_batch([Record(0, 1_700_000_000_000, b"key", b"in a transaction")],
                         producer_id=producer_id, producer_epoch=producer_epoch,
                         base_sequence=0, is_transactional=True)
    return ProduceRequest(transactional_id=TRANSACTIONAL_ID, acks=-1, timeout_ms=10_000,
                          topic_data=(ProduceRequest.TopicProduceData(name=TOPIC, partition_data=(
                              ProduceRequest.PartitionProduceData(index=0, records=batch),)),))


def _fenced_producer(client: RawClient) -> None:
    _find_transaction_coordinator(client)
    init = InitProducerIdRequest(transactional_id=TRANSACTIONAL_ID,
                                 transaction_timeout_ms=60_000)
    first = client.call(init, 4)
    current = client.call(init, 4)
    old_epoch, epoch = first.producer_epoch, current.producer_epoch
    client.call(_add_partition(first.producer_id, old_epoch), 3)
    client.call(_end(first.producer_id, old_epoch), 3)
    client.call(_add_partition(current.producer_id, epoch), 3)
    client.call(_produce(first.producer_id, old_epoch), 9)
    client.call(_produce(current.producer_id, epoch), 9)
    client.call(_end(current.producer_id, epoch), 3)


def txn_flows() -> list[Flow]:
    return [raw_flow(
        "error-transactional-producer-fenced",
        "A transactional id initialised twice (InitProducerId v4: the same producer id, epoch "
        "0 then 1, KIP-98): AddPartitionsToTxn v3 and EndTxn v3 at epoch 0 answer "
        "PRODUCER_FENCED (TransactionCoordinator); the epoch-1 holder adds the partition; a "
        "transactional Produce v9 at epoch 0 answers INVALID_PRODUCER_EPOCH (KIP-890 "
        "verification: AddPartitionsToTxnManager turns the coordinator's PRODUCER_FENCED into "
        "it), at epoch 1 it is appended; EndTxn commits.",
        drive=_fenced_producer, setup=(TopicSetup(TOPIC, 1),))]
