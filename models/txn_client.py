"""A transactional client of the broker core in-process, for the transactions model and tests:
InitProducerId, AddPartitionsToTxn, Produce, AddOffsetsToTxn, TxnOffsetCommit, EndTxn, and Fetch
at either isolation level, with what read_committed must return worked out independently
(`read_committed_view`), so the model does not share the broker's bugs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reference.sim.inprocess import CoreClient
from spec.generated.add_offsets_to_txn import AddOffsetsToTxnRequest
from spec.generated.add_partitions_to_txn import AddPartitionsToTxnRequest
from spec.generated.end_txn import EndTxnRequest
from spec.generated.errors import ErrorCode
from spec.generated.fetch import FetchRequest
from spec.generated.find_coordinator import FindCoordinatorRequest
from spec.generated.init_producer_id import InitProducerIdRequest
from spec.generated.offset_fetch import OffsetFetchRequest
from spec.generated.produce import ProduceRequest
from spec.generated.txn_offset_commit import TxnOffsetCommitRequest
from spec.records.batch import decode_batch, encode_batch, iter_batches
from spec.records.record import Record

READ_UNCOMMITTED = 0
READ_COMMITTED = 1
FETCH_MAX_BYTES = 1 << 20


@dataclass(frozen=True, slots=True)
class FetchedRecord:
    offset: int
    producer_id: int
    value: bytes


@dataclass(frozen=True, slots=True)
class FetchView:
    """One partition's Fetch answer: data records (control batches dropped), the aborted
    transactions list and the last stable offset."""

    records: tuple[FetchedRecord, ...]
    aborted: tuple[tuple[int, int], ...]  # (producer id, first offset)
    last_stable_offset: int
    high_watermark: int


def read_committed_view(view: FetchView, control_offsets: dict[int, int]) -> list[FetchedRecord]:
    """What a read_committed consumer keeps: records of an aborted transaction (from its first
    offset up to the producer's next marker, `control_offsets`: offset -> producer id) dropped."""
    open_aborts: set[int] = set()
    starts = sorted(view.aborted, key=lambda entry: entry[1])
    kept: list[FetchedRecord] = []
    events = sorted([(offset, 1, producer_id) for offset, producer_id in control_offsets.items()]
                    + [(record.offset, 2, record.producer_id) for record in view.records])
    index = 0
    for offset, kind, producer_id in events:
        while index < len(starts) and starts[index][1] <= offset:
            open_aborts.add(starts[index][0])
            index += 1
        if kind == 1:
            open_aborts.discard(producer_id)
        elif producer_id not in open_aborts:
            kept.extend(record for record in view.records if record.offset == offset)
    return kept


class TxnClient:
    """A transactional producer and a consumer of one broker, speaking the wire protocol."""

    def __init__(self, core: CoreClient, topic: str, partitions: int = 1) -> None:
        self.core = core
        self.topic = topic
        self.partitions = partitions

    def call(self, request: Any, version: int) -> Any:
        return self.core.call(request, version)

    def setup(self, group_id: str = "group") -> None:
        """Create the topic and both coordinators' internal topics."""
        from spec.generated.create_topics import CreateTopicsRequest
        topic = CreateTopicsRequest.CreatableTopic(name=self.topic, num_partitions=self.partitions,
                                                   replication_factor=1)
        self.call(CreateTopicsRequest(topics=(topic,), timeout_ms=1000), 7)
        for key, key_type in (("txn", 1), (group_id, 0)):
            for _ in range(3):
                answer = self.call(FindCoordinatorRequest(key=key, key_type=key_type), 3)
                if answer.error_code == ErrorCode.NONE:
                    break
                self.tick()

    def tick(self, step_ms: int = 10) -> None:
        self.core.now_ms += step_ms
        self.core.broker.tick(self.core.now_ms)

    def init(self, transactional_id: str, timeout_ms: int = 60_000) -> tuple[int, int, int]:
        answer = self.call(InitProducerIdRequest(transactional_id=transactional_id,
                                                 transaction_timeout_ms=timeout_ms), 4)
        return answer.error_code, answer.producer_id, answer.producer_epoch

    def add_partitions(self, transactional_id: str, producer_id: int, epoch: int,
                       partitions: tuple[int, ...]) -> int:
        topic = AddPartitionsToTxnRequest.AddPartitionsToTxnTopic(name=self.topic,
                                                                 partitions=partitions)
        answer = self.call(AddPartitionsToTxnRequest(
            v3_and_below_transactional_id=transactional_id,
            v3_and_below_producer_id=producer_id, v3_and_below_producer_epoch=epoch,
            v3_and_below_topics=(topic,)), 3)
        codes = {result.partition_error_code
                 for topic_result in answer.results_by_topic_v3_and_below
                 for result in topic_result.results_by_partition}
        return max(codes) if codes else ErrorCode.NONE

    def produce(self, transactional_id: str | None, producer_id: int, epoch: int,
                sequence: int, partition: int, values: list[bytes]) -> int:
        batch = encode_batch([Record(delta, self.core.now_ms, None, value)
                              for delta, value in enumerate(values)],
                             producer_id=producer_id, producer_epoch=epoch,
                             base_sequence=sequence, is_transactional=transactional_id is not None)
        data = ProduceRequest.TopicProduceData(name=self.topic, partition_data=(
            ProduceRequest.PartitionProduceData(index=partition, records=batch),))
        answer = self.call(ProduceRequest(transactional_id=transactional_id, acks=-1,
                                          timeout_ms=1000, topic_data=(data,)), 9)
        return int(answer.responses[0].partition_responses[0].error_code)

    def add_offsets(self, transactional_id: str, producer_id: int, epoch: int,
                    group_id: str) -> int:
        return int(self.call(AddOffsetsToTxnRequest(
            transactional_id=transactional_id, producer_id=producer_id, producer_epoch=epoch,
            group_id=group_id), 3).error_code)

    def commit_offsets(self, transactional_id: str, producer_id: int, epoch: int, group_id: str,
                       offsets: dict[int, int], version: int = 3) -> dict[int, int]:
        partitions = tuple(TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition(
            partition_index=index, committed_offset=offset) for index, offset in offsets.items())
        answer = self.call(TxnOffsetCommitRequest(
            transactional_id=transactional_id, group_id=group_id, producer_id=producer_id,
            producer_epoch=epoch, topics=(TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic(
                name=self.topic, partitions=partitions),)), version)
        return {result.partition_index: result.error_code
                for topic in answer.topics for result in topic.partitions}

    def end(self, transactional_id: str, producer_id: int, epoch: int, commit: bool) -> int:
        return int(self.call(EndTxnRequest(transactional_id=transactional_id,
                                           producer_id=producer_id, producer_epoch=epoch,
                                           committed=commit), 4).error_code)

    def fetch_offsets(self, group_id: str, partitions: tuple[int, ...],
                      require_stable: bool) -> dict[int, tuple[int, int]]:
        """partition -> (error code, committed offset)."""
        answer = self.call(OffsetFetchRequest(
            group_id=group_id, require_stable=require_stable,
            topics=(OffsetFetchRequest.OffsetFetchRequestTopic(
                name=self.topic, partition_indexes=partitions),)), 7)
        return {result.partition_index: (result.error_code, result.committed_offset)
                for topic in answer.topics for result in topic.partitions}

    def fetch(self, partition: int, isolation_level: int) -> tuple[FetchView, dict[int, int]]:
        """The partition from offset 0, and where each control batch sits (-> producer id)."""
        request = FetchRequest(max_wait_ms=0, min_bytes=0, max_bytes=FETCH_MAX_BYTES,
                               isolation_level=isolation_level, topics=(FetchRequest.FetchTopic(
                                   topic=self.topic, partitions=(FetchRequest.FetchPartition(
                                       partition=partition, fetch_offset=0,
                                       partition_max_bytes=FETCH_MAX_BYTES),)),))
        data = self.call(request, 11).responses[0].partitions[0]
        records: list[FetchedRecord] = []
        controls: dict[int, int] = {}
        raw = bytes(data.records or b"")
        for position, header in iter_batches(raw):
            if header.is_control:
                controls[header.base_offset] = header.producer_id
                continue
            batch = decode_batch(raw, position)
            records.extend(FetchedRecord(entry.offset(header), header.producer_id,
                                         entry.value or b"") for entry in batch.records)
        aborted = tuple((entry.producer_id, entry.first_offset)
                        for entry in data.aborted_transactions or ())
        return FetchView(tuple(records), aborted, data.last_stable_offset,
                         data.high_watermark), controls


# --- the state machine -------------------------------------------------------------------------
