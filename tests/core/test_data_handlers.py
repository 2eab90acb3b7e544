"""Produce, Fetch, ListOffsets, DeleteRecords, InitProducerId and OffsetForLeaderEpoch through
the dispatcher, on one in-memory broker."""

from __future__ import annotations

from typing import Any

from reference.sim.inprocess import START_MS, CoreClient
from spec.generated.create_topics import CreateTopicsRequest
from spec.generated.delete_records import DeleteRecordsRequest
from spec.generated.errors import ErrorCode
from spec.generated.fetch import FetchRequest
from spec.generated.init_producer_id import InitProducerIdRequest
from spec.generated.list_offsets import ListOffsetsRequest
from spec.generated.offset_for_leader_epoch import OffsetForLeaderEpochRequest
from spec.generated.produce import ProduceRequest
from spec.records.batch import decode_batch, encode_batch, iter_batches
from spec.records.header import Compression
from spec.records.record import Record

TOPIC = "events"


def client_with_topic(overrides: dict[str, str] | None = None) -> CoreClient:
    client = CoreClient(overrides or {})
    request = CreateTopicsRequest(topics=(CreateTopicsRequest.CreatableTopic(
        name=TOPIC, num_partitions=1, replication_factor=1),))
    assert client.call(request, 7).topics[0].error_code == ErrorCode.NONE
    return client


def batch(values: list[bytes], *, timestamp_ms: int = START_MS, producer_id: int = -1,
          epoch: int = -1, sequence: int = -1, compression: Compression = Compression.NONE,
          ) -> bytes:
    records = [Record(index, timestamp_ms + index, b"key-%d" % index, value, (("h", b"v"),))
               for index, value in enumerate(values)]
    return encode_batch(records, compression=compression, producer_id=producer_id,
                        producer_epoch=epoch, base_sequence=sequence)


def produce(client: CoreClient, records: bytes, *, acks: int = 1, partition: int = 0,
            version: int = 11) -> Any:
    request = ProduceRequest(acks=acks, timeout_ms=1000, topic_data=(
        ProduceRequest.TopicProduceData(name=TOPIC, partition_data=(
            ProduceRequest.PartitionProduceData(index=partition, records=records),)),))
    response = client.call(request, version)
    return None if response is None else response.responses[0].partition_responses[0]


def fetch(client: CoreClient, offset: int, *, max_wait_ms: int = 0, min_bytes: int = 0,
          max_bytes: int = 1 << 20) -> Any:
    request = FetchRequest(max_wait_ms=max_wait_ms, min_bytes=min_bytes, max_bytes=max_bytes,
                           topics=(FetchRequest.FetchTopic(topic=TOPIC, partitions=(
                               FetchRequest.FetchPartition(partition=0, fetch_offset=offset,
                                                           partition_max_bytes=max_bytes),)),))
    return client.call(request, 12).responses[0].partitions[0]


def fetched_values(records: bytes) -> list[bytes | None]:
    return [record.value for position, _ in iter_batches(records)
            for record in decode_batch(records, position).records]


def test_produce_then_fetch_returns_the_stored_batches_with_dense_offsets() -> None:
    client = client_with_topic()
    first = produce(client, batch([b"a", b"b", b"c"]))
    second = produce(client, batch([b"d"], compression=Compression.ZSTD))
    assert (first.error_code, first.base_offset) == (ErrorCode.NONE, 0)
    assert (second.error_code, second.base_offset, second.log_start_offset) == (0, 3, 0)
    answer = fetch(client, 0)
    assert (answer.error_code, answer.high_watermark, answer.log_start_offset) == (0, 4, 0)
    assert fetched_values(answer.records) == [b"a", b"b", b"c", b"d"]
    assert fetched_values(fetch(client, 3).records) == [b"d"]


def test_produce_errors_in_kafkas_words() -> None:
    client = client_with_topic()
    unknown = ProduceRequest(acks=1, topic_data=(ProduceRequest.TopicProduceData(
        name="nope", partition_data=(ProduceRequest.PartitionProduceData(
            index=0, records=batch([b"x"])),)),))
    code = client.call(unknown, 11).responses[0].partition_responses[0].error_code
    assert code == ErrorCode.UNKNOWN_TOPIC_OR_PARTITION
    assert produce(client, batch([b"x"]), partition=5).error_code == (
        ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
    assert produce(client, batch([b"x"]), acks=2).error_code == ErrorCode.INVALID_REQUIRED_ACKS
    assert produce(client, batch([b"x"]) + batch([b"y"])).error_code == ErrorCode.INVALID_RECORD
    zstd_too_early = produce(client, batch([b"x"], compression=Compression.ZSTD), version=6)
    assert zstd_too_early.error_code == ErrorCode.UNSUPPORTED_COMPRESSION_TYPE
    corrupt = bytearray(batch([b"x"]))
    corrupt[-1] ^= 0xFF
    assert produce(client, bytes(corrupt)).error_code == ErrorCode.CORRUPT_MESSAGE


def test_a_batch_above_max_message_bytes_is_refused() -> None:
    client = client_with_topic({"message.max.bytes": "200"})
    answer = produce(client, batch([b"v" * 500]))
    assert answer.error_code == ErrorCode.MESSAGE_TOO_LARGE


def test_acks_zero_answers_nothing_and_closes_on_error() -> None:
    client = client_with_topic()
    assert produce(client, batch([b"quiet"]), acks=0) is None
    request = ProduceRequest(acks=0, topic_data=(ProduceRequest.TopicProduceData(
        name="nope", partition_data=(ProduceRequest.PartitionProduceData(
            index=0, records=batch([b"x"])),)),))
    outcome = client.send(client.frame(request, 11))
    assert getattr(outcome, "close_connection", False) is True


def test_idempotent_retry_is_acknowledged_with_its_original_offset() -> None:
    client = client_with_topic()
    init = InitProducerIdRequest(transactional_id=None, transaction_timeout_ms=60000)
    producer = client.call(init, 4)
    assert producer.error_code == ErrorCode.NONE and producer.producer_epoch == 0
    first = batch([b"1", b"2"], producer_id=producer.producer_id, epoch=0, sequence=0)
    assert produce(client, first).base_offset == 0
    assert produce(client, batch([b"3"], producer_id=producer.producer_id, epoch=0,
                                 sequence=2)).base_offset == 2
    retry = produce(client, first)
    assert (retry.error_code, retry.base_offset) == (ErrorCode.NONE, 0)
    gap = produce(client, batch([b"9"], producer_id=producer.producer_id, epoch=0, sequence=9))
    assert gap.error_code == ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER
    assert fetch(client, 0).high_watermark == 3


def test_producer_ids_are_never_reused_across_restarts() -> None:
    client = client_with_topic()
    before = client.call(InitProducerIdRequest(transactional_id=None), 4).producer_id
    client.restart(crash=True)
    after = client.call(InitProducerIdRequest(transactional_id=None), 4).producer_id
    assert after > before


def test_fetch_waits_for_min_bytes_until_a_produce_arrives() -> None:
    client = client_with_topic()
    request = FetchRequest(max_wait_ms=500, min_bytes=1, max_bytes=1 << 20, topics=(
        FetchRequest.FetchTopic(topic=TOPIC, partitions=(FetchRequest.FetchPartition(
            partition=0, fetch_offset=0, partition_max_bytes=1 << 20),)),))
    deferred = client.call(request, 12, wait=False)
    waiting_id = client.correlation_id
    assert deferred.deadline_ms == client.now_ms + 500
    assert deferred.poll(client.now_ms, False) is None
    produce(client, batch([b"late"]))
    ready = deferred.poll(client.now_ms + 10, False)
    assert ready is not None
    answer = client.decode(ready, request.API_KEY, 12, waiting_id).responses[0].partitions[0]
    assert fetched_values(answer.records) == [b"late"]


def test_fetch_out_of_range_and_max_bytes() -> None:
    client = client_with_topic()
    for index in range(3):
        produce(client, batch([b"x" * 100, b"y" * 100], timestamp_ms=START_MS + index))
    beyond = fetch(client, 99)
    assert (beyond.error_code, beyond.high_watermark, beyond.log_start_offset) == (
        ErrorCode.OFFSET_OUT_OF_RANGE, -1, -1)
    small = fetch(client, 0, max_bytes=10)  # still one whole batch: the first is never cut
    assert fetched_values(small.records) == [b"x" * 100, b"y" * 100]


def test_list_offsets_earliest_latest_and_by_time() -> None:
    client = client_with_topic()
    produce(client, batch([b"a", b"b"], timestamp_ms=START_MS))
    produce(client, batch([b"c"], timestamp_ms=START_MS + 1000))

    def lookup(timestamp: int) -> tuple[int, int, int]:
        request = ListOffsetsRequest(replica_id=-1, topics=(ListOffsetsRequest.ListOffsetsTopic(
            name=TOPIC, partitions=(ListOffsetsRequest.ListOffsetsPartition(
                partition_index=0, timestamp=timestamp),)),))
        answer = client.call(request, 8).topics[0].partitions[0]
        return answer.error_code, answer.offset, answer.timestamp

    assert lookup(-2) == (0, 0, -1)
    assert lookup(-1) == (0, 3, -1)
    assert lookup(START_MS + 1) == (0, 1, START_MS + 1)
    assert lookup(START_MS + 500) == (0, 2, START_MS + 1000)
    assert lookup(START_MS + 5000) == (0, -1, -1)
    assert lookup(-3) == (0, 2, START_MS + 1000)


def test_delete_records_moves_the_log_start_offset() -> None:
    client = client_with_topic()
    produce(client, batch([b"a", b"b", b"c"]))
    request = DeleteRecordsRequest(timeout_ms=1000, topics=(
        DeleteRecordsRequest.DeleteRecordsTopic(name=TOPIC, partitions=(
            DeleteRecordsRequest.DeleteRecordsPartition(partition_index=0, offset=2),)),))
    answer = client.call(request, 2).topics[0].partitions[0]
    assert (answer.error_code, answer.low_watermark) == (ErrorCode.NONE, 2)
    assert fetch(client, 0).error_code == ErrorCode.OFFSET_OUT_OF_RANGE
    assert fetch(client, 2).log_start_offset == 2
    beyond = DeleteRecordsRequest(topics=(DeleteRecordsRequest.DeleteRecordsTopic(
        name=TOPIC, partitions=(DeleteRecordsRequest.DeleteRecordsPartition(
            partition_index=0, offset=10),)),))
    assert client.call(beyond, 2).topics[0].partitions[0].error_code == (
        ErrorCode.OFFSET_OUT_OF_RANGE)


def test_offset_for_leader_epoch_answers_the_log_end_for_the_current_epoch() -> None:
    client = client_with_topic()
    produce(client, batch([b"a", b"b"]))
    request = OffsetForLeaderEpochRequest(topics=(
        OffsetForLeaderEpochRequest.OffsetForLeaderTopic(topic=TOPIC, partitions=(
            OffsetForLeaderEpochRequest.OffsetForLeaderPartition(
                partition=0, current_leader_epoch=0, leader_epoch=0),)),))
    answer = client.call(request, 4).topics[0].partitions[0]
    assert (answer.error_code, answer.leader_epoch, answer.end_offset) == (0, 0, 2)


def test_acknowledged_records_survive_a_crash_with_flush_messages_one() -> None:
    client = client_with_topic({"log.flush.interval.messages": "1"})
    for index in range(5):
        assert produce(client, batch([b"%d" % index])).error_code == ErrorCode.NONE
    client.restart(crash=True)
    assert fetched_values(fetch(client, 0).records) == [b"0", b"1", b"2", b"3", b"4"]
    assert produce(client, batch([b"5"])).base_offset == 5


def test_a_topic_compression_type_recompresses_what_producers_send() -> None:
    client = CoreClient()
    for name, codec in (("gz", "gzip"), ("plain", "uncompressed"), ("kept", "producer")):
        request = CreateTopicsRequest(topics=(CreateTopicsRequest.CreatableTopic(
            name=name, num_partitions=1, replication_factor=1, configs=(
                CreateTopicsRequest.CreatableTopicConfig(name="compression.type", value=codec),
            )),))
        assert client.call(request, 7).topics[0].error_code == ErrorCode.NONE
    stored = {}
    for name in ("gz", "plain", "kept"):
        sent = batch([b"a", b"b"], compression=Compression.LZ4)
        answer = client.call(ProduceRequest(acks=1, topic_data=(ProduceRequest.TopicProduceData(
            name=name, partition_data=(ProduceRequest.PartitionProduceData(
                index=0, records=sent),)),)), 11).responses[0].partition_responses[0]
        assert answer.error_code == ErrorCode.NONE
        fetched = client.call(FetchRequest(max_bytes=1 << 20, topics=(FetchRequest.FetchTopic(
            topic=name, partitions=(FetchRequest.FetchPartition(
                partition=0, fetch_offset=0, partition_max_bytes=1 << 20),)),)), 12)
        records = fetched.responses[0].partitions[0].records
        stored[name] = decode_batch(records).header.compression
        assert fetched_values(records) == [b"a", b"b"]
    assert stored == {"gz": Compression.GZIP, "plain": Compression.NONE,
                      "kept": Compression.LZ4}
