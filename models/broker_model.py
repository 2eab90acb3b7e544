"""A Hypothesis state machine that drives the whole broker core through its dispatcher.

Requests go through `dispatch.handle_frame` exactly as a client's would (ProduceRequest,
FetchRequest, DeleteRecordsRequest, InitProducerIdRequest), on an in-memory disk that crashes
on demand. The abstract model is a list: the acknowledged records in offset order and the log
start offset. After every step:
- `ConsistentRead`: a fetch from the log start returns exactly the model's records at the
  model's offsets (nothing lost, changed, duplicated or reordered; only DeleteRecords removes);
- `OffsetsDenseAndIncreasing` and `HighWatermarkWithinLog` hold;
- an idempotent producer's retry of any of its last five batches (of its newest one after a
  restart) is acknowledged with the batch's original offset and written nowhere
  (`IdempotentNoDuplicate`).
With `log.flush.interval.messages=1` every acknowledged record must survive a crash.
The mutant `reject-instead-of-dedupe` makes retries fail, and this machine finds it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from reference.sim.inprocess import START_MS, CoreClient
from spec.generated.create_topics import CreateTopicsRequest
from spec.generated.delete_records import DeleteRecordsRequest
from spec.generated.errors import ErrorCode
from spec.generated.fetch import FetchRequest
from spec.generated.init_producer_id import InitProducerIdRequest
from spec.generated.produce import ProduceRequest
from spec.invariants import check, high_watermark_within_log, offsets_dense_and_increasing
from spec.records.batch import decode_batch, encode_batch, iter_batches
from spec.records.header import Compression
from spec.records.record import Record

TOPIC = "model"
DEDUPE_WINDOW = 5
values = st.lists(st.binary(min_size=0, max_size=40), min_size=1, max_size=4)
compressions = st.sampled_from([Compression.NONE, Compression.GZIP, Compression.LZ4,
                                Compression.ZSTD, Compression.SNAPPY])


@dataclass(frozen=True)
class SentBatch:
    records: bytes
    base_offset: int
    count: int


class BrokerMachine(RuleBasedStateMachine):
    """One partition of one broker, one idempotent producer and one plain producer."""

    def __init__(self) -> None:
        super().__init__()
        self.client = CoreClient({"log.flush.interval.messages": "1"})
        self.acknowledged: list[tuple[int, bytes]] = []  # (offset, value) of every ack'd record
        self.log_start_offset = 0
        self.producer_id = -1
        self.next_sequence = 0
        self.recent: list[SentBatch] = []

    @initialize()
    def create_topic_and_producer(self) -> None:
        created = self.client.call(CreateTopicsRequest(topics=(CreateTopicsRequest.CreatableTopic(
            name=TOPIC, num_partitions=1, replication_factor=1),)), 7)
        assert created.topics[0].error_code == ErrorCode.NONE
        answer = self.client.call(InitProducerIdRequest(transactional_id=None), 4)
        assert answer.error_code == ErrorCode.NONE
        self.producer_id = answer.producer_id

    @property
    def log_end_offset(self) -> int:
        return self.acknowledged[-1][0] + 1 if self.acknowledged else self.log_start_offset

    def produce(self, records: bytes) -> Any:
        request = ProduceRequest(acks=-1, timeout_ms=1000, topic_data=(
            ProduceRequest.TopicProduceData(name=TOPIC, partition_data=(
                ProduceRequest.PartitionProduceData(index=0, records=records),)),))
        return self.client.call(request, 11).responses[0].partition_responses[0]

    def batch(self, payloads: list[bytes], compression: Compression, *,
              idempotent: bool) -> bytes:
        records = [Record(index, START_MS + index, None, payload)
                   for index, payload in enumerate(payloads)]
        if not idempotent:
            return encode_batch(records, compression=compression)
        return encode_batch(records, compression=compression, producer_id=self.producer_id,
                            producer_epoch=0, base_sequence=self.next_sequence)

    @rule(payloads=values, compression=compressions, idempotent=st.booleans())
    def produce_new(self, payloads: list[bytes], compression: Compression,
                    idempotent: bool) -> None:
        records = self.batch(payloads, compression, idempotent=idempotent)
        answer = self.produce(records)
        assert answer.error_code == ErrorCode.NONE, answer
        assert answer.base_offset == self.log_end_offset, (answer, self.log_end_offset)
        self.acknowledged += [(answer.base_offset + index, payload)
                              for index, payload in enumerate(payloads)]
        if idempotent:
            self.next_sequence += len(payloads)
            self.recent = [*self.recent, SentBatch(records, answer.base_offset,
                                                   len(payloads))][-DEDUPE_WINDOW:]

    @precondition(lambda self: any(sent.base_offset >= self.log_start_offset
                                   for sent in self.recent))
    @rule(data=st.data())
    def retry_a_recent_batch(self, data: st.DataObject) -> None:
        """The producer never got the answer and sends the same bytes again."""
        candidates = [sent for sent in self.recent if sent.base_offset >= self.log_start_offset]
        sent = data.draw(st.sampled_from(candidates))
        answer = self.produce(sent.records)
        check("IdempotentNoDuplicate", answer.error_code == ErrorCode.NONE
              and answer.base_offset == sent.base_offset, expected_offset=sent.base_offset,
              error_code=answer.error_code, answered_offset=answer.base_offset)

    @precondition(lambda self: self.log_end_offset > self.log_start_offset)
    @rule(data=st.data())
    def delete_records(self, data: st.DataObject) -> None:
        offset = data.draw(st.integers(self.log_start_offset, self.log_end_offset))
        request = DeleteRecordsRequest(timeout_ms=1000, topics=(
            DeleteRecordsRequest.DeleteRecordsTopic(name=TOPIC, partitions=(
                DeleteRecordsRequest.DeleteRecordsPartition(partition_index=0, offset=offset),)),))
        answer = self.client.call(request, 2).topics[0].partitions[0]
        assert (answer.error_code, answer.low_watermark) == (ErrorCode.NONE, offset), answer
        self.log_start_offset = offset
        self.acknowledged = [(at, value) for at, value in self.acknowledged if at >= offset]

    @rule()
    def roll_segment(self) -> None:
        partition = self.client.broker.partition(TOPIC, 0)
        assert partition is not None
        partition.log.roll(now_ms=self.client.now_ms)

    @rule(crash=st.booleans())
    def restart(self, crash: bool) -> None:
        self.client.restart(crash=crash)
        # A producer state snapshot keeps one batch per producer (Kafka's snapshot format), so
        # after a restart only a retry of the newest batch is certain to be deduplicated;
        # Kafka answers an older one OUT_OF_ORDER_SEQUENCE_NUMBER, as kspec does.
        self.recent = self.recent[-1:]

    @rule(elapsed_ms=st.integers(0, 60_000))
    def time_passes(self, elapsed_ms: int) -> None:
        self.client.now_ms += elapsed_ms
        self.client.broker.tick(self.client.now_ms)

    def fetch_everything(self) -> list[tuple[int, bytes | None]]:
        fetched: list[tuple[int, bytes | None]] = []
        offset = self.log_start_offset
        while True:
            request = FetchRequest(max_wait_ms=0, max_bytes=1 << 20, topics=(
                FetchRequest.FetchTopic(topic=TOPIC, partitions=(FetchRequest.FetchPartition(
                    partition=0, fetch_offset=offset, partition_max_bytes=1 << 20),)),))
            answer = self.client.call(request, 12).responses[0].partitions[0]
            assert answer.error_code == ErrorCode.NONE, answer
            check("HighWatermarkWithinLog", high_watermark_within_log(
                answer.log_start_offset, answer.high_watermark, self.log_end_offset),
                answer=answer, model_log_end=self.log_end_offset)
            records = answer.records or b""
            batch_records = [(header.base_offset + record.offset_delta, record.value)
                             for position, header in iter_batches(records)
                             for record in decode_batch(records, position).records]
            batch_records = [(at, value) for at, value in batch_records if at >= offset]
            if not batch_records:
                return fetched
            fetched += batch_records
            offset = fetched[-1][0] + 1

    @invariant()
    def consistent_read(self) -> None:
        fetched = self.fetch_everything()
        check("OffsetsDenseAndIncreasing",
              offsets_dense_and_increasing([at for at, _ in fetched]),
              offsets=[at for at, _ in fetched][:20])
        check("ConsistentRead", fetched == self.acknowledged,
              fetched=fetched[:10], acknowledged=self.acknowledged[:10])
