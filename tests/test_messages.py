"""spec.messages: the API registry, header version rules, whole frames in and out, unknown
tagged fields kept byte for byte, version checks on encode, and hostile frames."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spec.decode_error import DecodeError
from spec.generated.api_versions import ApiVersionsRequest, ApiVersionsResponse
from spec.generated.fetch import FetchRequest, FetchResponse
from spec.generated.metadata import MetadataRequest
from spec.generated.produce import ProduceRequest
from spec.generated.request_header import RequestHeader
from spec.messages import (
    API_BY_KEY,
    API_BY_NAME,
    UnknownApiKey,
    UnsupportedApiVersion,
    decode_request,
    decode_request_header,
    decode_response,
    encode_request,
    encode_response,
    encode_response_chunks,
    request_header_version,
    response_header_version,
)
from spec.wire import EncodeError

# ApiVersions v3 with header v2: key 18, version 3, correlation id 42, client id "abc" (a
# classic nullable string even in header v2), header tags, then the compact body.
API_VERSIONS_V3_FRAME = bytes.fromhex("0012" "0003" "0000002a" "0003616263" "00"
                                      "036b63" "0231" "00")


def test_registry_covers_every_api_key() -> None:
    assert sorted(API_BY_KEY) == list(range(88))
    produce = API_BY_NAME["Produce"]
    assert (produce.key, produce.request_type, produce.flexible_min_version) == (
        0, ProduceRequest, 9)
    assert "broker" in produce.listeners
    assert API_BY_NAME["SaslHandshake"].flexible_min_version is None


@pytest.mark.parametrize(("api", "version", "header"), [
    ("Produce", 8, 1), ("Produce", 9, 2), ("ApiVersions", 2, 1), ("ApiVersions", 3, 2),
    ("ApiVersions", 99, 2),  # a future version still parses: header v2 from the flexible one
    ("ControlledShutdown", 0, 0), ("ControlledShutdown", 1, 1), ("ControlledShutdown", 3, 2),
    ("SaslHandshake", 1, 1),
])
def test_request_header_versions(api: str, version: int, header: int) -> None:
    assert request_header_version(API_BY_NAME[api].key, version) == header


@pytest.mark.parametrize(("api", "version", "header"), [
    ("Produce", 8, 0), ("Produce", 9, 1), ("Fetch", 12, 1), ("SaslHandshake", 1, 0),
    ("ApiVersions", 3, 0), ("ApiVersions", 4, 0),  # always v0, so any client can read it
])
def test_response_header_versions(api: str, version: int, header: int) -> None:
    assert response_header_version(API_BY_NAME[api].key, version) == header


def test_unknown_api_key_has_no_header_version() -> None:
    with pytest.raises(UnknownApiKey):
        request_header_version(1000, 0)


def test_decode_request_reads_kafkas_layout() -> None:
    header, request = decode_request(API_VERSIONS_V3_FRAME)
    assert (header.correlation_id, header.client_id) == (42, "abc")
    assert request == ApiVersionsRequest(client_software_name="kc", client_software_version="1")
    assert encode_request(header, request) == API_VERSIONS_V3_FRAME


def test_future_api_versions_request_keeps_its_correlation_id() -> None:
    frame = bytes.fromhex("0012" "0063" "00000007" "ffff" "00" "0000")
    header, body_offset = decode_request_header(frame)
    assert (header.request_api_version, header.correlation_id, body_offset) == (99, 7, 11)
    with pytest.raises(UnsupportedApiVersion) as caught:
        decode_request(frame)
    assert (caught.value.api_key, caught.value.api_version) == (18, 99)
    assert caught.value.correlation_id == 7


def test_unknown_api_key_is_unsupported_with_correlation_id() -> None:
    frame = bytes.fromhex("03e8" "0000" "00000009" "ffff")
    with pytest.raises(UnsupportedApiVersion) as caught:
        decode_request(frame)
    assert (caught.value.api_key, caught.value.correlation_id) == (1000, 9)


def test_api_versions_response_uses_header_v0_at_flexible_versions() -> None:
    response = ApiVersionsResponse(api_keys=(
        ApiVersionsResponse.ApiVersion(api_key=18, min_version=0, max_version=4),))
    frame = encode_response(5, 18, 3, response)
    assert frame.startswith(bytes.fromhex("00000005" "0000"))  # no header tag byte
    assert decode_response(frame, 18, 3) == (5, response)


def test_unknown_tagged_fields_survive_a_round_trip_byte_for_byte() -> None:
    frame = API_VERSIONS_V3_FRAME[:-1] + bytes.fromhex("02" "0102" "beef" "0900")
    header, request = decode_request(frame)
    assert isinstance(request, ApiVersionsRequest)
    assert request.unknown_tagged_fields == ((1, b"\xbe\xef"), (9, b""))
    assert encode_request(header, request) == frame


def test_unknown_tagged_fields_cannot_go_out_in_a_non_flexible_version() -> None:
    request = ApiVersionsRequest(unknown_tagged_fields=((1, b"x"),))
    with pytest.raises(EncodeError, match="not flexible"):
        request.encode(2)


def test_non_ignorable_field_at_a_version_lacking_it_is_an_encode_error() -> None:
    request = ProduceRequest(transactional_id="txn")  # versions 3+, not ignorable
    assert ProduceRequest.decode(request.encode(3), 3) == request
    with pytest.raises(EncodeError, match="transactional_id"):
        request.encode(2)


def test_ignorable_field_is_dropped_at_a_version_lacking_it() -> None:
    request = FetchRequest(session_id=5)  # versions 7+, ignorable
    assert FetchRequest.decode(request.encode(6), 6) == FetchRequest()


def test_null_where_the_version_does_not_allow_it_is_an_encode_error() -> None:
    everything = MetadataRequest(topics=None)  # null means "all topics" from v1 on
    assert MetadataRequest.decode(everything.encode(1), 1) == everything
    with pytest.raises(EncodeError, match="not nullable at version 0"):
        everything.encode(0)


def test_encoding_a_version_outside_the_range_is_an_encode_error() -> None:
    with pytest.raises(EncodeError):
        encode_request(RequestHeader(request_api_key=18, request_api_version=9),
                       ApiVersionsRequest())


@dataclass(frozen=True)
class FileRegion:
    size_bytes: int


def test_response_chunks_keep_file_regions_apart() -> None:
    region = FileRegion(300)
    partition = FetchResponse.PartitionData(partition_index=0, records=region)
    response = FetchResponse(responses=(FetchResponse.FetchableTopicResponse(
        partitions=(partition,)),))
    chunks = encode_response_chunks(11, 1, 16, response)
    assert len(chunks) == 3 and chunks[1] is region
    in_memory = FetchResponse(responses=(FetchResponse.FetchableTopicResponse(
        partitions=(FetchResponse.PartitionData(partition_index=0, records=b"r" * 300),)),))
    whole = encode_response(11, 1, 16, in_memory)
    first, _, last = chunks
    assert isinstance(first, bytes) and isinstance(last, bytes)
    assert whole == first + b"r" * 300 + last


@st.composite
def request_frames(draw: st.DrawFn) -> bytes:
    """A well-formed start (known API, supported version, header) and a random body."""
    api = API_BY_KEY[draw(st.sampled_from(sorted(API_BY_KEY)))]
    version = draw(st.integers(api.min_version, api.max_version))
    header = RequestHeader(request_api_key=api.key, request_api_version=version,
                           correlation_id=1, client_id="c")
    return header.encode(request_header_version(api.key, version)) + draw(
        st.binary(max_size=40))


@given(request_frames() | st.binary(max_size=20))
def test_hostile_request_frames_raise_only_decode_error(frame: bytes) -> None:
    with contextlib.suppress(DecodeError):
        decode_request(frame)


@given(st.binary(max_size=40), st.sampled_from(sorted(API_BY_KEY)))
def test_hostile_response_frames_raise_only_decode_error(frame: bytes, api_key: int) -> None:
    api = API_BY_KEY[api_key]
    with contextlib.suppress(DecodeError):
        decode_response(frame, api_key, api.max_version)
