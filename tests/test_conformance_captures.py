"""Captures: values a broker allocates (producer ids, fetch sessions, topic ids) found by the
converter, and substituted into later requests by the replayer, batch CRCs included."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from conformance.case import (
    Case,
    Exchange,
    field_at,
    message_fields,
    request_fields,
    split_path,
)
from conformance.convert import convert, find_captures
from conformance.recorder import read_case_file
from conformance.replay import patch_batch, request_frame, substitute
from spec.generated.fetch import FetchRequest
from spec.generated.produce import ProduceRequest
from spec.generated.request_header import RequestHeader
from spec.messages import decode_request, encode_request
from spec.records.batch import Record, decode_batch, encode_batch

GOLDEN = Path(__file__).parent / "fixtures" / "golden"


def _exchange(request: object, response: object) -> Exchange:
    return Exchange(connection=1, api_key=0, api_version=0, request_hex="",
                    response_hex="", request=request, response=response)


def _produce_frame(producer_id: int, producer_epoch: int) -> bytes:
    batch = encode_batch([Record(0, 1_700_000_000_000, b"k", b"v")], producer_id=producer_id,
                         producer_epoch=producer_epoch, base_sequence=0)
    request = ProduceRequest(acks=-1, timeout_ms=1000, topic_data=(
        ProduceRequest.TopicProduceData(name="t", partition_data=(
            ProduceRequest.PartitionProduceData(index=0, records=batch),)),))
    header = RequestHeader(request_api_key=0, request_api_version=9, correlation_id=5,
                           client_id="test")
    return encode_request(header, request)


def test_paths_split_into_names_and_indexes() -> None:
    assert split_path("topics[2].partitions[0].records[1].producer_id") == [
        "topics", 2, "partitions", 0, "records", 1, "producer_id"]
    assert split_path("") == []


def test_a_value_echoed_from_an_earlier_response_is_captured() -> None:
    exchanges = [
        _exchange({"transactional_id": None}, {"producer_id": 4000, "producer_epoch": 0}),
        _exchange({"topic_data": [{"partition_data": [{"records": [
            {"producer_id": 4000, "producer_epoch": 0}]}]}]}, {"error_code": 0}),
    ]
    captures, substitutions = find_captures(exchanges)
    assert {(capture.name, capture.path) for capture in captures} == {
        ("producer_id@0", "producer_id"), ("producer_epoch@0", "producer_epoch")}
    assert {(sub.capture, sub.exchange, sub.path) for sub in substitutions} == {
        ("producer_id@0", 1, "topic_data[0].partition_data[0].records[0].producer_id"),
        ("producer_epoch@0", 1, "topic_data[0].partition_data[0].records[0].producer_epoch")}


def test_a_generation_is_echoed_in_offset_commits_combined_field() -> None:
    exchanges = [_exchange({}, {"generation_id": 3, "member_id": "m-1"}),
                 _exchange({"generation_id_or_member_epoch": 3, "member_id": "m-1"}, {})]
    _captures, substitutions = find_captures(exchanges)
    assert {(sub.capture, sub.path) for sub in substitutions} == {
        ("generation_id@0", "generation_id_or_member_epoch"), ("member_id@0", "member_id")}


def test_placeholders_are_not_captured() -> None:
    exchanges = [_exchange({}, {"session_id": 0, "member_id": "", "producer_id": -1}),
                 _exchange({"session_id": 0, "member_id": "", "producer_id": -1}, {})]
    assert find_captures(exchanges) == ((), ())


def test_a_value_in_a_differently_named_field_is_not_captured() -> None:
    exchanges = [_exchange({}, {"session_id": 77}), _exchange({"base_offset": 77}, {})]
    assert find_captures(exchanges) == ((), ())


def test_a_substituted_producer_id_is_written_into_the_batch_with_a_valid_crc() -> None:
    _header, message = decode_request(_produce_frame(producer_id=0, producer_epoch=0))
    assert isinstance(message, ProduceRequest)
    path = "topic_data[0].partition_data[0].records[0].producer_id"
    patched = substitute(message, path, 123_456)
    records = patched.topic_data[0].partition_data[0].records
    batch = decode_batch(records)  # verifies the CRC
    assert (batch.header.producer_id, batch.header.producer_epoch) == (123_456, 0)
    original = message.topic_data[0].partition_data[0].records
    assert isinstance(original, bytes)
    assert batch.records == decode_batch(original).records


def test_patching_names_the_batch_by_its_index() -> None:
    first = encode_batch([Record(0, 1, b"a", b"1")], producer_id=1, producer_epoch=0)
    second = encode_batch([Record(0, 1, b"b", b"2")], producer_id=1, producer_epoch=0,
                          base_offset=1)
    patched = patch_batch(first + second, 1, "producer_epoch", 7)
    assert patched[:len(first)] == first
    assert decode_batch(patched, len(first)).header.producer_epoch == 7


def test_a_topic_id_is_substituted_as_a_uuid() -> None:
    topic_id = uuid.uuid4()
    request = FetchRequest(topics=(FetchRequest.FetchTopic(topic_id=uuid.UUID(int=1)),))
    patched = substitute(request, "topics[0].topic_id", str(topic_id))
    assert patched.topics[0].topic_id == topic_id


def test_request_frames_without_captured_values_are_sent_byte_for_byte() -> None:
    frame = _produce_frame(producer_id=0, producer_epoch=0)
    case = Case(name="c", exchanges=(Exchange(1, 0, 9, frame.hex(), None),))
    assert request_frame(case, 0, {}) == frame


def test_a_golden_recording_converts_with_its_producer_id_captured() -> None:
    frames = read_case_file(GOLDEN / "kafka-python-flexible.jsonl")
    case = convert(frames, "golden")
    assert len(case.exchanges) == sum(frame.direction == "request" for frame in frames)
    init = next(index for index, exchange in enumerate(case.exchanges)
                if exchange.api_key == 22)
    producer_id = case.exchanges[init].response["producer_id"]
    substituted = [sub for sub in case.substitutions if sub.capture == f"producer_id@{init}"]
    assert substituted, "the Produce batches echo the allocated producer id"
    for sub in substituted:
        fields = request_fields(case.exchanges[sub.exchange].request_hex)
        assert field_at(fields, sub.path) == producer_id
    frame = request_frame(case, substituted[0].exchange, {f"producer_id@{init}": 99})
    assert field_at(request_fields(frame.hex()), substituted[0].path) == 99


@pytest.mark.parametrize("path", ["topic_data[0].name", "acks"])
def test_plain_fields_are_substituted_too(path: str) -> None:
    _header, message = decode_request(_produce_frame(producer_id=0, producer_epoch=0))
    value = "other" if path.endswith("name") else 1
    assert field_at(message_fields(substitute(message, path, value)), path) == value


def test_a_member_id_required_answer_feeds_the_rejoin_sync_and_heartbeat() -> None:
    """KIP-394: the first JoinGroup is answered MEMBER_ID_REQUIRED with the id to use; every
    later request of that member carries it, and the generation from the second join."""
    exchanges = [
        _exchange({"member_id": ""}, {"error_code": 79, "member_id": "c-1-abc",
                                      "generation_id": -1}),
        _exchange({"member_id": "c-1-abc"}, {"error_code": 0, "member_id": "c-1-abc",
                                             "generation_id": 1, "leader": "c-1-abc"}),
        _exchange({"member_id": "c-1-abc", "generation_id": 1,
                   "assignments": [{"member_id": "c-1-abc", "assignment": "00"}]},
                  {"error_code": 0}),
        _exchange({"member_id": "c-1-abc", "generation_id": 1}, {"error_code": 0}),
    ]
    _captures, substitutions = find_captures(exchanges)
    assert {(sub.capture, sub.exchange, sub.path) for sub in substitutions} == {
        ("member_id@0", 1, "member_id"), ("member_id@0", 2, "member_id"),
        ("member_id@0", 2, "assignments[0].member_id"), ("member_id@0", 3, "member_id"),
        ("generation_id@1", 2, "generation_id"), ("generation_id@1", 3, "generation_id")}


def test_a_member_epoch_is_carried_from_heartbeat_to_heartbeat_and_commit() -> None:
    """KIP-848: each ConsumerGroupHeartbeat sends the epoch the last answer gave; OffsetCommit
    carries it in generation_id_or_member_epoch."""
    exchanges = [
        _exchange({"member_id": "m-1", "member_epoch": 0}, {"member_id": "m-1",
                                                             "member_epoch": 3}),
        _exchange({"member_id": "m-1", "member_epoch": 3}, {"member_id": "m-1",
                                                             "member_epoch": 4}),
        _exchange({"member_id": "m-1", "generation_id_or_member_epoch": 4}, {}),
    ]
    _captures, substitutions = find_captures(exchanges)
    epochs = {(sub.capture, sub.exchange, sub.path) for sub in substitutions
              if sub.capture.startswith("member_epoch")}
    assert epochs == {("member_epoch@0", 1, "member_epoch"),
                      ("member_epoch@1", 2, "generation_id_or_member_epoch")}


def test_add_partitions_to_txn_v3_echoes_the_producer_id_and_epoch_under_its_own_names() -> None:
    exchanges = [
        _exchange({"transactional_id": "t"}, {"producer_id": 0, "producer_epoch": 1}),
        _exchange({"v3_and_below_producer_id": 0, "v3_and_below_producer_epoch": 1}, {}),
    ]
    _captures, substitutions = find_captures(exchanges)
    assert {(sub.capture, sub.path) for sub in substitutions} == {
        ("producer_id@0", "v3_and_below_producer_id"),
        ("producer_epoch@0", "v3_and_below_producer_epoch")}
