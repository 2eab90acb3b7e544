"""Produce paths as raw requests: producer epochs, required acks, and the log's validation.

Kafka's answers (errors.tsv numbers in brackets):
- Producer epochs (ProducerAppendInfo.checkProducerEpoch): a batch whose epoch is below the last
  one the partition saw from that producer is INVALID_PRODUCER_EPOCH [47] for a client append
  (since 2.7 Kafka answers this instead of PRODUCER_FENCED, so that a producer can abort and
  retry). A higher epoch starts the producer over: its first sequence must be 0, else
  OUT_OF_ORDER_SEQUENCE_NUMBER [45] (ProducerAppendInfo.checkSequence, "Invalid sequence number
  for new epoch").
- acks other than -1, 0 or 1: INVALID_REQUIRED_ACKS [21] for every partition
  (ReplicaManager.appendRecords, isValidRequiredAcks).
- A CreateTime batch older than the topic's message.timestamp.before.max.ms: INVALID_TIMESTAMP
  [32], with the record's index in record_errors from v8 (LogValidator.validateTimestamp, KIP-937).
- A record without a key on a compacted topic: INVALID_RECORD [87] (LogValidator.validateKey).
- zstd before Produce v7: UNSUPPORTED_COMPRESSION_TYPE [76] (KIP-110,
  ProduceRequest.validateRecords).
"""

from __future__ import annotations

from collections.abc import Callable

from conformance.case import TopicSetup
from conformance.cases.flows import Flow, RawClient, raw_flow
from spec.generated.init_producer_id import InitProducerIdRequest
from spec.generated.produce import ProduceRequest
from spec.records.batch import Record, encode_batch
from spec.records.header import Compression

TOPIC = "cases-produce-paths"
BASE_TIMESTAMP_MS = 1_700_000_000_000


def _records(first: int, count: int, *, keyed: bool = True) -> list[Record]:
    return [Record(index, BASE_TIMESTAMP_MS + first + index,
                   f"key-{first + index}".encode() if keyed else None,
                   f"value-{first + index}".encode()) for index in range(count)]


def _produce(topic: str, batch: bytes, *, acks: int = -1) -> ProduceRequest:
    return ProduceRequest(acks=acks, timeout_ms=10_000, topic_data=(
        ProduceRequest.TopicProduceData(name=topic, partition_data=(
            ProduceRequest.PartitionProduceData(index=0, records=batch),)),))


def _epochs_then(*batches: tuple[int, int]) -> Callable[[RawClient], None]:
    """InitProducerId, then one three-record batch per (epoch offset, first sequence): the
    epoch sent is the allocated one plus the offset."""
    def drive(client: RawClient) -> None:
        producer = client.call(InitProducerIdRequest(transactional_id=None,
                                                     transaction_timeout_ms=60_000), 4)
        for epoch_offset, sequence in batches:
            batch = encode_batch(_records(sequence, 3), producer_id=producer.producer_id,
                                 producer_epoch=producer.producer_epoch + epoch_offset,
                                 base_sequence=sequence)
            client.call(_produce(TOPIC, batch), 9)

    return drive


def _epoch_flows() -> list[Flow]:
    setup = (TopicSetup(TOPIC, 1),)
    return [
        raw_flow("error-produce-invalid-producer-epoch",
                 "InitProducerId v4 (epoch 0), a batch at epoch 1 (sequences 0-2, accepted: a "
                 "higher epoch starts the producer over), then one at epoch 0: "
                 "INVALID_PRODUCER_EPOCH, which Kafka answers since 2.7 where it once said "
                 "PRODUCER_FENCED (ProducerAppendInfo.checkProducerEpoch).",
                 drive=_epochs_then((1, 0), (0, 3)), setup=setup),
        raw_flow("error-produce-new-epoch-nonzero-sequence",
                 "InitProducerId v4, sequences 0-2 at epoch 0, then a batch at epoch 1 "
                 "starting at sequence 3: OUT_OF_ORDER_SEQUENCE_NUMBER, since a new epoch must "
                 "start at sequence 0 (ProducerAppendInfo.checkSequence).",
                 drive=_epochs_then((0, 0), (1, 3)), setup=setup),
        raw_flow("produce-idempotent-epoch-bump",
                 "InitProducerId v4, sequences 0-2 at epoch 0, then sequences 0-2 again at "
                 "epoch 1: appended at offset 3, as a new epoch resets the sequence "
                 "(ProducerAppendInfo.checkSequence, KIP-360).",
                 drive=_epochs_then((0, 0), (1, 0)), setup=setup),
    ]


def _acks_zero_then_versions(client: RawClient) -> None:
    client.send(_produce(TOPIC, encode_batch(_records(0, 2)), acks=0), 9)
    for first, version in [(2, 3), (4, 5), (6, 11)]:
        client.call(_produce(TOPIC, encode_batch(_records(first, 2)), acks=1), version)


def _validation_flows() -> list[Flow]:
    compacted = "cases-compacted"
    strict_time = "cases-strict-timestamps"
    old_batch = encode_batch(_records(0, 2))
    return [
        raw_flow("error-produce-invalid-required-acks",
                 "Produce v9 with acks=2: INVALID_REQUIRED_ACKS for the partition, nothing "
                 "appended (ReplicaManager.appendRecords).",
                 [(_produce(TOPIC, encode_batch(_records(0, 1)), acks=2), 9)],
                 setup=(TopicSetup(TOPIC, 1),)),
        raw_flow("error-produce-invalid-timestamp",
                 "Produce v9 and v8 of records stamped in 2023 to a topic with "
                 "message.timestamp.before.max.ms=3600000: INVALID_TIMESTAMP, the first "
                 "failing record named in record_errors (LogValidator.validateTimestamp, "
                 "KIP-937).", [(_produce(strict_time, old_batch), 9),
                               (_produce(strict_time, old_batch), 8)],
                 setup=(TopicSetup(strict_time, 1, 1, (
                     ("message.timestamp.before.max.ms", "3600000"),)),)),
        raw_flow("error-produce-compacted-topic-without-key",
                 "Produce v9 of a keyless record to a compacted topic: INVALID_RECORD with "
                 "record_errors (LogValidator.validateKey); a keyed one then succeeds.",
                 [(_produce(compacted, encode_batch(_records(0, 1, keyed=False))), 9),
                  (_produce(compacted, encode_batch(_records(0, 1))), 9)],
                 setup=(TopicSetup(compacted, 1, 1, (("cleanup.policy", "compact"),)),)),
        raw_flow("error-produce-zstd-before-v7",
                 "Produce v6 of a zstd batch: UNSUPPORTED_COMPRESSION_TYPE (KIP-110: zstd "
                 "needs Produce v7+); the same batch at v7 is appended.",
                 [(_produce(TOPIC, encode_batch(_records(0, 2), compression=Compression.ZSTD)),
                   6),
                  (_produce(TOPIC, encode_batch(_records(0, 2), compression=Compression.ZSTD)),
                   7)],
                 setup=(TopicSetup(TOPIC, 1),)),
        raw_flow("produce-acks-zero-and-versions",
                 "Produce with acks=0 (no answer), then acks=1 at v3, v5 and v11 of one batch "
                 "each: offsets 2, 4, 6 and, from v5, the log start offset.",
                 drive=_acks_zero_then_versions, setup=(TopicSetup(TOPIC, 1),)),
    ]


def produce_flows() -> list[Flow]:
    return [*_epoch_flows(), *_validation_flows()]
