"""Golden frames: what kafka-python, confluent-kafka and aiokafka really sent (and what
librdkafka's mock cluster answered), decoded by spec.messages and re-encoded byte for byte.

Fixtures are case files written by `python -m conformance.capture_golden` (see
tests/fixtures/golden/README.md). Frames at a version above our schemas' range (librdkafka
sends Metadata v13, which Kafka 4.0's schemas stop short of) must be refused as
UnsupportedApiVersion, as a broker that never advertised them would.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from conformance.capture_golden import (
    CLIENTS,
    CODECS,
    FLOWS,
    RECORDS_PER_CODEC,
    record_headers,
    record_key,
    record_value,
)
from conformance.recorder import RecordedFrame, read_case_file
from spec.decode_error import DecodeError
from spec.messages import (
    API_BY_KEY,
    UnsupportedApiVersion,
    decode_request,
    decode_response,
    encode_request,
    encode_response,
)
from spec.records.batch import Compression, RecordBatch, decode_batch, iter_batches, scan_batches

GOLDEN_DIR = Path(__file__).parent / "fixtures" / "golden"
PRODUCE, FETCH, METADATA, FIND_COORDINATOR, API_VERSIONS = 0, 1, 3, 10, 18
UNSUPPORTED_VERSION_ERROR = 35
CASES: dict[str, list[RecordedFrame]] = {
    flow: read_case_file(GOLDEN_DIR / f"{flow}.jsonl") for flow in FLOWS
}


def _frames(direction: str) -> list[tuple[str, RecordedFrame]]:
    return [(client, frame) for client, frames in CASES.items() for frame in frames
            if frame.direction == direction and frame.api_key is not None]


def _frame_id(item: tuple[str, RecordedFrame]) -> str:
    client, frame = item
    return f"{client}-{frame.sequence}-key{frame.api_key}v{frame.api_version}"


def _is_in_schema_range(frame: RecordedFrame) -> bool:
    assert frame.api_key is not None and frame.api_version is not None
    api = API_BY_KEY[frame.api_key]
    return api.min_version <= frame.api_version <= api.max_version


def _is_mock_version_refusal(frame: RecordedFrame) -> bool:
    """librdkafka's mock answers an ApiVersions version it lacks with a body that is neither
    Kafka's v0 fallback nor the asked version (error 35, then a compact-looking array whose
    count is off by one); clients read only the error code and retry lower."""
    return frame.api_key == API_VERSIONS and frame.frame[4:6] == b"\x00\x23"


REQUESTS = _frames("request")
RESPONSES = _frames("response")


@pytest.mark.parametrize("client", CLIENTS)
def test_fixtures_cover_the_golden_flow(client: str) -> None:
    requests = [frame for frame in CASES[client] if frame.direction == "request"]
    keys = {frame.api_key for frame in requests}
    assert {API_VERSIONS, METADATA, FIND_COORDINATOR, FETCH, PRODUCE} <= keys
    for codec in CODECS:
        assert any(frame.api_key == PRODUCE and frame.phase == f"produce-{codec}"
                   for frame in requests), f"{client} has no Produce for {codec}"
    responses = {frame.correlation_id for frame in CASES[client] if frame.direction == "response"}
    assert responses, f"{client} recorded no responses"


@pytest.mark.parametrize("flow", FLOWS)
def test_every_response_answers_a_recorded_request(flow: str) -> None:
    requests = {(frame.connection_id, frame.correlation_id): frame
                for frame in CASES[flow] if frame.direction == "request"}
    for frame in CASES[flow]:
        if frame.direction == "response":
            request = requests[(frame.connection_id, frame.correlation_id)]
            assert (frame.api_key, frame.api_version) == (request.api_key, request.api_version)
            assert frame.sequence > request.sequence


@pytest.mark.parametrize("item", REQUESTS, ids=_frame_id)
def test_request_frame_reencodes_byte_exact(item: tuple[str, RecordedFrame]) -> None:
    _, frame = item
    if not _is_in_schema_range(frame):
        with pytest.raises(UnsupportedApiVersion):
            decode_request(frame.frame)
        return
    header, message = decode_request(frame.frame)
    assert (header.request_api_key, header.request_api_version, header.correlation_id) == (
        frame.api_key, frame.api_version, frame.correlation_id)
    assert encode_request(header, message) == frame.frame


@pytest.mark.parametrize("item", RESPONSES, ids=_frame_id)
def test_mock_response_frame_reencodes_byte_exact(item: tuple[str, RecordedFrame]) -> None:
    _, frame = item
    assert frame.api_key is not None and frame.api_version is not None
    if not _is_in_schema_range(frame) or _is_mock_version_refusal(frame):
        with pytest.raises(DecodeError):
            decode_response(frame.frame, frame.api_key, frame.api_version)
        return
    correlation_id, message = decode_response(frame.frame, frame.api_key, frame.api_version)
    assert correlation_id == frame.correlation_id
    assert encode_response(correlation_id, frame.api_key, frame.api_version,
                           message) == frame.frame


def _produce_batches(client: str, codec: str) -> Iterator[tuple[bytes, RecordBatch]]:
    for frame in CASES[client]:
        if (frame.direction, frame.api_key, frame.phase) != ("request", PRODUCE,
                                                               f"produce-{codec}"):
            continue
        _, request = decode_request(frame.frame)
        for topic in request.topic_data:  # type: ignore[attr-defined]
            for partition in topic.partition_data:
                records = bytes(partition.records)
                for position, header in iter_batches(records):
                    batch_bytes = records[position:position + header.size_bytes]
                    yield batch_bytes, decode_batch(batch_bytes)


@pytest.mark.parametrize("codec", CODECS)
@pytest.mark.parametrize("client", FLOWS)
def test_produced_records_decode_with_their_codec(client: str, codec: str) -> None:
    seen: dict[bytes | None, tuple[bytes | None, tuple[tuple[str, bytes | None], ...]]] = {}
    for batch_bytes, batch in _produce_batches(client, codec):
        assert batch.header.compression == Compression[codec.upper()]
        if batch.header.compression == Compression.NONE:
            assert batch.to_bytes() == batch_bytes
        for record in batch.records:
            seen[record.key] = (record.value, record.headers)
    expected = {
        record_key(codec, index): (record_value(codec, index),
                                   tuple(record_headers(codec, index)))
        for index in range(RECORDS_PER_CODEC)
    }
    assert seen == expected


@pytest.mark.parametrize("client", FLOWS)
def test_fetched_records_are_every_produced_record(client: str) -> None:
    keys: set[bytes | None] = set()
    for frame in CASES[client]:
        if frame.direction != "response" or frame.api_key != FETCH:
            continue
        assert frame.api_version is not None
        _, response = decode_response(frame.frame, FETCH, frame.api_version)
        for topic in response.responses:  # type: ignore[attr-defined]
            for partition in topic.partitions:
                records = bytes(partition.records or b"")
                batches, _ = scan_batches(records)
                keys.update(record.key for position, _ in batches
                            for record in decode_batch(records, position).records)
    assert keys == {record_key(codec, index) for codec in CODECS
                    for index in range(RECORDS_PER_CODEC)}
