"""The recording proxy: frames split from arbitrary chunks, bytes forwarded unchanged, advertised
broker addresses patched to the proxy's listeners, and a real client recorded end to end."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conformance.frames import (
    FrameSplitter,
    find_advertised_endpoints,
    rewrite_endpoints,
    with_size_prefix,
)
from conformance.recorder import Recorder, RecorderThread, read_case_file, record
from spec.decode_error import DecodeError
from spec.generated.describe_cluster import DescribeClusterResponse
from spec.generated.find_coordinator import FindCoordinatorResponse
from spec.generated.metadata import MetadataResponse
from spec.messages import decode_response, encode_response

TIMEOUT_S = 10.0


def _request(api_key: int, api_version: int, correlation_id: int, body: bytes = b"") -> bytes:
    # Request header v1: key, version, correlation id, client id "t".
    return struct.pack(">hhih", api_key, api_version, correlation_id, 1) + b"t" + body


def test_splitter_reassembles_frames_from_single_bytes() -> None:
    frames = [b"first", b"", b"third frame"]
    stream = b"".join(with_size_prefix(frame) for frame in frames)
    splitter = FrameSplitter()
    out = [frame for byte in stream for frame in splitter.feed(bytes([byte]))]
    assert out == frames
    assert splitter.pending_bytes == 0


def test_splitter_refuses_a_size_beyond_the_bound() -> None:
    splitter = FrameSplitter(max_frame_bytes=16)
    with pytest.raises(DecodeError):
        splitter.feed(struct.pack(">i", 17))


def _metadata(version: int, brokers: list[tuple[int, str, int]]) -> bytes:
    message = MetadataResponse(brokers=tuple(
        MetadataResponse.MetadataResponseBroker(node_id=node, host=host, port=port)
        for node, host, port in brokers))
    return encode_response(7, 3, version, message)


@pytest.mark.parametrize("version", [0, 1, 8, 9, 12])
def test_metadata_brokers_rewritten_at_every_encoding(version: int) -> None:
    frame = _metadata(version, [(1, "localhost", 9092), (2, "broker-two.example", 9093)])
    endpoints = find_advertised_endpoints(3, version, frame)
    assert [(e.host, e.port) for e in endpoints] == [("localhost", 9092),
                                                    ("broker-two.example", 9093)]
    rewritten = rewrite_endpoints(frame, version >= 9, endpoints,
                                  {("broker-two.example", 9093): ("127.0.0.1", 40001)})
    _, message = decode_response(rewritten, 3, version)
    assert [(b.host, b.port) for b in message.brokers] == [  # type: ignore[attr-defined]
        ("localhost", 9092), ("127.0.0.1", 40001)]


@pytest.mark.parametrize("version", [0, 2, 3, 4, 6])
def test_find_coordinator_rewritten_in_both_layouts(version: int) -> None:
    if version >= 4:
        message = FindCoordinatorResponse(coordinators=(
            FindCoordinatorResponse.Coordinator(key="g", node_id=3, host="coord", port=9094),
            FindCoordinatorResponse.Coordinator(key="h", node_id=-1, host="", port=-1,
                                                error_code=15)))
    else:
        message = FindCoordinatorResponse(node_id=3, host="coord", port=9094)
    frame = encode_response(9, 10, version, message)
    endpoints = find_advertised_endpoints(10, version, frame)
    assert [(e.host, e.port) for e in endpoints] == [("coord", 9094)]
    rewritten = rewrite_endpoints(frame, version >= 3, endpoints,
                                  {("coord", 9094): ("127.0.0.1", 1234)})
    _, decoded = decode_response(rewritten, 10, version)
    assert isinstance(decoded, FindCoordinatorResponse)
    first = decoded.coordinators[0] if version >= 4 else decoded
    assert (first.host, first.port) == ("127.0.0.1", 1234)


@pytest.mark.parametrize("version", [0, 1])
def test_describe_cluster_brokers_rewritten(version: int) -> None:
    message = DescribeClusterResponse(cluster_id="c", controller_id=1, brokers=(
        DescribeClusterResponse.DescribeClusterBroker(broker_id=1, host="b1", port=9092,
                                                      rack="r"),
        DescribeClusterResponse.DescribeClusterBroker(broker_id=2, host="b2", port=9093)))
    frame = encode_response(5, 60, version, message)
    endpoints = find_advertised_endpoints(60, version, frame)
    assert [(e.host, e.port) for e in endpoints] == [("b1", 9092), ("b2", 9093)]
    rewritten = rewrite_endpoints(frame, True, endpoints, {("b2", 9093): ("127.0.0.1", 4321)})
    _, decoded = decode_response(rewritten, 60, version)
    assert isinstance(decoded, DescribeClusterResponse)
    assert [(b.host, b.port, b.rack) for b in decoded.brokers] == [
        ("b1", 9092, "r"), ("127.0.0.1", 4321, None)]


@given(version=st.sampled_from([0, 1, 8, 9, 12]), data=st.data())
def test_damaged_metadata_raises_only_decode_error(version: int, data: st.DataObject) -> None:
    frame = bytearray(_metadata(version, [(1, "localhost", 9092), (2, "b", 9093)]))
    position = data.draw(st.integers(0, len(frame) - 1))
    frame[position] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(frame)))
    with contextlib.suppress(DecodeError):
        find_advertised_endpoints(3, version, bytes(frame[:cut]))


class FakeBroker:
    """Answers every request with a canned body after the request's correlation id; keeps
    every byte it received."""

    def __init__(self, answer: bytes = b"\x00\x00") -> None:
        self.received = bytearray()
        self.sent = bytearray()
        self.answer = answer
        self.server: asyncio.Server | None = None

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return int(self.server.sockets[0].getsockname()[1])

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        splitter = FrameSplitter()
        while chunk := await reader.read(4096):
            self.received += chunk
            for frame in splitter.feed(chunk):
                response = with_size_prefix(frame[4:8] + self.answer)
                self.sent += response
                writer.write(response)
            await writer.drain()
        writer.close()

    def close(self) -> None:
        assert self.server is not None
        self.server.close()


async def _exchange(port: int, stream: bytes, expected_bytes: int) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for start in range(0, len(stream), 5):  # odd chunks: frames straddle writes
        writer.write(stream[start:start + 5])
        await writer.drain()
    received = await asyncio.wait_for(reader.readexactly(expected_bytes), TIMEOUT_S)
    writer.close()
    return received


def test_bytes_forwarded_unchanged_and_recorded_both_ways(tmp_path: Path) -> None:
    async def scenario() -> None:
        broker = FakeBroker(answer=b"\x00\x00payload")
        port = await broker.start()
        out_path = tmp_path / "case.jsonl"
        requests = [_request(18, 0, 1), _request(0, 7, 2, b"x" * 300), _request(1, 11, 3)]
        stream = b"".join(with_size_prefix(request) for request in requests)
        async with Recorder("127.0.0.1", port, out_path=out_path) as recorder:
            local_port = int(recorder.bootstrap.rsplit(":", 1)[1])
            received = await _exchange(local_port, stream, 3 * (4 + 4 + 9))
            await asyncio.sleep(0.05)
        broker.close()
        assert bytes(broker.received) == stream
        assert received == bytes(broker.sent)
        frames = read_case_file(out_path)
        # Responses may interleave with later requests; within a direction, order is kept.
        for direction in ("request", "response"):
            assert [(f.api_key, f.api_version, f.correlation_id) for f in frames
                    if f.direction == direction] == [(18, 0, 1), (0, 7, 2), (1, 11, 3)]
        assert [f.frame for f in frames if f.direction == "request"] == requests
        assert [f.sequence for f in frames] == list(range(len(frames)))
        assert not any(f.is_rewritten for f in frames)

    asyncio.run(scenario())


def test_metadata_response_steers_clients_back_through_the_proxy(tmp_path: Path) -> None:
    async def scenario() -> None:
        second = FakeBroker()
        second_port = await second.start()
        advertised = _metadata(12, [(2, "127.0.0.1", second_port)])
        first = FakeBroker(answer=advertised[4:])  # the fake echoes the correlation id itself
        first_port = await first.start()
        async with Recorder("127.0.0.1", first_port) as recorder:
            bootstrap_port = int(recorder.bootstrap.rsplit(":", 1)[1])
            reply = await _exchange(bootstrap_port, with_size_prefix(_request(3, 12, 7)),
                                    len(advertised) + 4)
            _, message = decode_response(reply[4:], 3, 12)
            broker = message.brokers[0]  # type: ignore[attr-defined]
            assert broker.port not in (second_port, bootstrap_port)
            await _exchange(broker.port, with_size_prefix(_request(18, 0, 8)), 4 + 6)
            frames = list(recorder.frames)
        first.close()
        second.close()
        metadata = next(f for f in frames if f.direction == "response" and f.api_key == 3)
        assert metadata.is_rewritten and metadata.frame == advertised
        assert f"127.0.0.1:{second_port}" in {f.upstream for f in frames}
        assert len(second.received) == len(with_size_prefix(_request(18, 0, 8)))

    asyncio.run(scenario())


def test_unreachable_upstream_closes_the_client_connection() -> None:
    async def scenario() -> None:
        with socket.socket() as probe:  # a port nothing listens on once the probe closes
            probe.bind(("127.0.0.1", 0))
            dead_port = probe.getsockname()[1]
        async with Recorder("127.0.0.1", dead_port) as recorder:
            host, port = recorder.bootstrap.rsplit(":", 1)
            reader, writer = await asyncio.open_connection(host, int(port))
            writer.write(with_size_prefix(_request(18, 0, 1)))
            assert await asyncio.wait_for(reader.read(), TIMEOUT_S) == b""
            writer.close()
            assert recorder.frames == []

    asyncio.run(scenario())


def test_record_entry_point_writes_the_case_file(tmp_path: Path) -> None:
    async def scenario() -> None:
        broker = FakeBroker()
        upstream_port = await broker.start()
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            listen_port = probe.getsockname()[1]
        out_path = tmp_path / "recorded.jsonl"
        task = asyncio.create_task(record(listen_port, "127.0.0.1", upstream_port, out_path))
        for _ in range(100):  # bounded wait for the listener
            await asyncio.sleep(0.02)
            if out_path.exists():
                break
        await _exchange(listen_port, with_size_prefix(_request(18, 3, 5)), 4 + 6)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        broker.close()
        frames = read_case_file(out_path)
        assert [(f.direction, f.correlation_id) for f in frames] == [("request", 5),
                                                                    ("response", 5)]

    asyncio.run(scenario())


@pytest.mark.clients
def test_real_client_produce_is_recorded_through_the_mock_cluster(tmp_path: Path) -> None:
    confluent_kafka = pytest.importorskip("confluent_kafka")
    owner = confluent_kafka.Producer({"test.mock.num.brokers": 1, "log_level": 0})
    broker = next(iter(owner.list_topics(timeout=TIMEOUT_S).brokers.values()))
    with RecorderThread(broker.host, broker.port, out_path=tmp_path / "case.jsonl") as recorder:
        producer = confluent_kafka.Producer({"bootstrap.servers": recorder.bootstrap})
        producer.produce("recorded", key=b"k", value=b"v")
        assert producer.flush(TIMEOUT_S) == 0
        del producer
    # Read once the recorder closed: librdkafka's threads may still send (telemetry) after the
    # producer is gone, and the case file holds everything up to the close.
    frames = list(recorder.recorder.frames)
    requests = {(f.connection_id, f.correlation_id): f for f in frames if f.direction == "request"}
    responses = [f for f in frames if f.direction == "response"]
    assert any(f.api_key == 0 for f in requests.values()), "no Produce recorded"
    assert responses and all(
        requests[(f.connection_id, f.correlation_id)].api_key == f.api_key for f in responses)
    assert any(f.is_rewritten for f in responses), "Metadata was not steered to the proxy"
    assert read_case_file(tmp_path / "case.jsonl") == frames
