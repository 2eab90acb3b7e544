"""A broker on real files, crashed with `lose_unflushed()` and reopened with `Broker.open`: what
was fsynced is served, a cut or torn tail is recovered (truncated at a batch boundary), and the
log takes appends again from where recovery left it."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from reference.core.broker import Broker
from reference.core.dispatch import SendBytes, handle_frame
from reference.core.storage import FileSlice
from reference.server.durable_files import CrashableFileStorage, LostWrites
from spec.config import SINGLE_NODE_SERVER_PROPERTIES, BrokerConfig
from spec.generated.create_topics import CreateTopicsRequest
from spec.generated.errors import ErrorCode
from spec.generated.fetch import FetchRequest
from spec.generated.produce import ProduceRequest
from spec.generated.request_header import RequestHeader
from spec.messages import decode_response, encode_request
from spec.records.batch import decode_batch, encode_batch, iter_batches
from spec.records.record import Record

TOPIC = "events"
NOW_MS = 1_700_000_000_000
VALUES = [b"a", b"b", b"c", b"d", b"e"]


class FileBroker:
    """One broker core over `CrashableFileStorage`, driven through the dispatcher."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.correlation_id = 0
        self.storage = CrashableFileStorage(str(root))
        self.broker = self.open()

    def open(self) -> Broker:
        config = BrokerConfig.from_strings({"node.id": "1", **SINGLE_NODE_SERVER_PROPERTIES})
        return Broker.open(config, self.storage, rng=random.Random(5), now_ms=NOW_MS)

    def crash_and_reopen(self, rng: random.Random | None = None) -> LostWrites:
        lost = self.storage.lose_unflushed(rng)
        self.storage = CrashableFileStorage(str(self.root))
        self.broker = self.open()
        return lost

    def call(self, request: Any, version: int) -> Any:
        self.correlation_id += 1
        header = RequestHeader(request_api_key=request.API_KEY, request_api_version=version,
                               correlation_id=self.correlation_id, client_id="crash-test")
        outcome = handle_frame(self.broker, encode_request(header, request),
                               client_host="127.0.0.1", connection_id="crash-test",
                               now_ms=NOW_MS)
        assert isinstance(outcome, SendBytes), outcome
        data = b"".join(chunk if isinstance(chunk, bytes) else self.read(chunk)
                        for chunk in outcome.chunks)
        return decode_response(data[4:], request.API_KEY, version)[1]

    def read(self, chunk: object) -> bytes:
        assert isinstance(chunk, FileSlice), chunk
        return self.storage.read(chunk.path, chunk.position, chunk.size_bytes)

    def produce(self, *values: bytes) -> Any:
        records = encode_batch([Record(index, NOW_MS, b"k", value)
                                for index, value in enumerate(values)])
        request = ProduceRequest(acks=1, timeout_ms=1000, topic_data=(
            ProduceRequest.TopicProduceData(name=TOPIC, partition_data=(
                ProduceRequest.PartitionProduceData(index=0, records=records),)),))
        return self.call(request, 11).responses[0].partition_responses[0]

    def fetch_values(self) -> tuple[int, list[bytes | None]]:
        request = FetchRequest(max_wait_ms=0, min_bytes=0, max_bytes=1 << 20, topics=(
            FetchRequest.FetchTopic(topic=TOPIC, partitions=(FetchRequest.FetchPartition(
                partition=0, fetch_offset=0, partition_max_bytes=1 << 20),)),))
        answer = self.call(request, 12).responses[0].partitions[0]
        assert answer.error_code == ErrorCode.NONE
        values = [record.value for position, _ in iter_batches(answer.records)
                  for record in decode_batch(answer.records, position).records]
        return answer.high_watermark, values


def broker_with_flushed_prefix(root: Path) -> FileBroker:
    """Offsets 0-1 fsynced (the log flushed as the flusher would), 2-4 only in the page cache."""
    node = FileBroker(root)
    created = node.call(CreateTopicsRequest(topics=(CreateTopicsRequest.CreatableTopic(
        name=TOPIC, num_partitions=1, replication_factor=1),)), 7)
    assert created.topics[0].error_code == ErrorCode.NONE
    assert node.produce(*VALUES[:2]).error_code == ErrorCode.NONE
    for partition in node.broker.partitions.values():
        partition.log.flush(now_ms=NOW_MS)
    assert node.produce(VALUES[2]).base_offset == 2
    assert node.produce(*VALUES[3:]).base_offset == 3
    return node


def test_after_a_kill_the_broker_serves_what_was_fsynced_and_appends_after_it(
        tmp_path: Path) -> None:
    node = broker_with_flushed_prefix(tmp_path)
    assert node.fetch_values() == (5, VALUES)
    lost = node.crash_and_reopen()
    assert list(lost.lost_bytes) == [f"{TOPIC}-0/00000000000000000000.log"]
    assert node.fetch_values() == (2, VALUES[:2])
    assert node.produce(b"f").base_offset == 2
    assert node.fetch_values() == (3, [*VALUES[:2], b"f"])


def test_a_torn_tail_is_truncated_at_a_batch_boundary_not_served(tmp_path: Path) -> None:
    segment = f"{TOPIC}-0/00000000000000000000.log"
    torn_mid_log = 0
    for seed in range(6):
        node = broker_with_flushed_prefix(tmp_path / str(seed))
        report = node.crash_and_reopen(random.Random(seed))
        high_watermark, values = node.fetch_values()
        assert values in (VALUES[:2], VALUES[:3]) and high_watermark == len(values)
        assert node.produce(b"next").base_offset == len(values)
        torn_mid_log += segment in report.torn_files
    assert torn_mid_log >= 2, "the seeds no longer tear the segment: pick others"
