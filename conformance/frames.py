"""Kafka frames on a byte stream, read by hand: splitting, request header peeking, and the
broker addresses that Metadata and FindCoordinator responses advertise.

Nothing here imports `spec.messages`: the recorder must work on any conversation, including
API versions the generated code does not know, so it reads only the few fixed-position fields
it needs. Layouts follow Kafka's JSON schemas (RequestHeader, MetadataResponse v0-12,
FindCoordinatorResponse v0-6); frames are handled without their 4-byte size prefix.
Metadata v13 (newer than our schemas, sent by librdkafka) is read with the v12 layout: it only
appends a top-level error code after the topics, as kafka-python's v13 decoder shows.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from dataclasses import dataclass

from spec.decode_error import DecodeError

SIZE_PREFIX_BYTES = 4
# Kafka's broker refuses requests over socket.request.max.bytes (100 MiB by default); a prefix
# beyond that is a desynchronised stream, not a frame worth buffering.
MAX_FRAME_BYTES = 104_857_600

METADATA_API_KEY = 3
FIND_COORDINATOR_API_KEY = 10
DESCRIBE_CLUSTER_API_KEY = 60  # flexible in every version
# First versions that use the flexible (compact, tagged) encoding, from the schemas.
_METADATA_FLEXIBLE_MIN_VERSION = 9
_FIND_COORDINATOR_FLEXIBLE_MIN_VERSION = 3


class FrameSplitter:
    """Cuts one direction of a connection into frames as bytes arrive in arbitrary chunks."""

    def __init__(self, max_frame_bytes: int = MAX_FRAME_BYTES) -> None:
        self._buffer = bytearray()
        self._max_frame_bytes = max_frame_bytes

    @property
    def pending_bytes(self) -> int:
        """Bytes received that do not yet form a whole frame."""
        return len(self._buffer)

    def feed(self, data: bytes) -> list[bytes]:
        """Append `data`; return every frame now complete, without its size prefix."""
        self._buffer += data
        frames: list[bytes] = []
        while len(self._buffer) >= SIZE_PREFIX_BYTES:
            (size_bytes,) = struct.unpack_from(">i", self._buffer, 0)
            if size_bytes < 0 or size_bytes > self._max_frame_bytes:
                raise DecodeError(f"frame size {size_bytes} out of range", offset=0,
                                  field="frame.size")
            end = SIZE_PREFIX_BYTES + size_bytes
            if len(self._buffer) < end:
                break
            frames.append(bytes(self._buffer[SIZE_PREFIX_BYTES:end]))
            del self._buffer[:end]
        return frames


def with_size_prefix(frame: bytes) -> bytes:
    return struct.pack(">i", len(frame)) + frame


@dataclass(frozen=True, slots=True)
class RequestPrefix:
    """The first 8 bytes of every request header version: enough to route its response."""

    api_key: int
    api_version: int
    correlation_id: int


def parse_request_prefix(frame: bytes) -> RequestPrefix:
    if len(frame) < 8:
        raise DecodeError(f"request of {len(frame)} bytes has no header", offset=len(frame),
                          field="RequestHeader")
    api_key, api_version, correlation_id = struct.unpack_from(">hhi", frame, 0)
    return RequestPrefix(api_key, api_version, correlation_id)


def response_correlation_id(frame: bytes) -> int:
    if len(frame) < 4:
        raise DecodeError(f"response of {len(frame)} bytes has no header", offset=len(frame),
                          field="ResponseHeader.correlation_id")
    (correlation_id,) = struct.unpack_from(">i", frame, 0)
    return int(correlation_id)


@dataclass(frozen=True, slots=True)
class AdvertisedEndpoint:
    """A broker address inside a response, with where its host string and port sit."""

    host: str
    port: int
    host_start: int  # first byte of the host's length prefix
    port_start: int  # the port follows the host directly in both schemas


class _Cursor:
    """Bounds-checked reads over a response body; every failure is a DecodeError."""

    def __init__(self, frame: bytes, flexible: bool) -> None:
        self.frame = frame
        self.position = 0
        self.flexible = flexible

    def take(self, size_bytes: int, field: str) -> bytes:
        end = self.position + size_bytes
        if size_bytes < 0 or end > len(self.frame):
            raise DecodeError(f"need {size_bytes} bytes", offset=self.position, field=field)
        data = self.frame[self.position:end]
        self.position = end
        return data

    def int16(self, field: str) -> int:
        return int(struct.unpack(">h", self.take(2, field))[0])

    def int32(self, field: str) -> int:
        return int(struct.unpack(">i", self.take(4, field))[0])

    def uvarint(self, field: str) -> int:
        value = 0
        for shift in range(0, 35, 7):
            byte = self.take(1, field)[0]
            value |= (byte & 0x7F) << shift
            if byte < 0x80:
                return value
        raise DecodeError("varint longer than 5 bytes", offset=self.position, field=field)

    def array_length(self, field: str) -> int:
        length = self.uvarint(field) - 1 if self.flexible else self.int32(field)
        if length > len(self.frame):  # each element takes at least one byte
            raise DecodeError(f"array of {length} elements", offset=self.position, field=field)
        return length

    def string(self, field: str) -> str | None:
        length = self.uvarint(field) - 1 if self.flexible else self.int16(field)
        if length < 0:
            return None
        return self.take(length, field).decode("utf-8", errors="replace")

    def skip_tagged_fields(self, field: str) -> None:
        if not self.flexible:
            return
        for _ in range(self.uvarint(field)):
            self.uvarint(field)
            self.take(self.uvarint(field), field)

    def endpoint(self, field: str) -> AdvertisedEndpoint:
        host_start = self.position
        host = self.string(f"{field}.host") or ""
        port_start = self.position
        port = self.int32(f"{field}.port")
        return AdvertisedEndpoint(host, port, host_start, port_start)


def is_flexible_response(api_key: int, api_version: int) -> bool:
    """Only for the three APIs whose addresses we rewrite."""
    if api_key == METADATA_API_KEY:
        return api_version >= _METADATA_FLEXIBLE_MIN_VERSION
    if api_key == FIND_COORDINATOR_API_KEY:
        return api_version >= _FIND_COORDINATOR_FLEXIBLE_MIN_VERSION
    return api_key == DESCRIBE_CLUSTER_API_KEY


def find_advertised_endpoints(api_key: int, api_version: int,
                              frame: bytes) -> tuple[AdvertisedEndpoint, ...]:
    """Broker addresses a client would connect to next: Metadata's and DescribeCluster's
    brokers, FindCoordinator's coordinators (error answers carry node -1 and are left out).
    Other APIs: none."""
    flexible = is_flexible_response(api_key, api_version)
    cursor = _Cursor(frame, flexible)
    cursor.take(4, "ResponseHeader.correlation_id")
    cursor.skip_tagged_fields("ResponseHeader._tagged_fields")
    if api_key == METADATA_API_KEY:
        return _metadata_brokers(cursor, api_version)
    if api_key == FIND_COORDINATOR_API_KEY:
        return _coordinators(cursor, api_version)
    if api_key == DESCRIBE_CLUSTER_API_KEY:
        return _cluster_brokers(cursor, api_version)
    return ()


def _cluster_brokers(cursor: _Cursor, api_version: int) -> tuple[AdvertisedEndpoint, ...]:
    cursor.int32("DescribeClusterResponse.throttle_time_ms")
    cursor.int16("DescribeClusterResponse.error_code")
    cursor.string("DescribeClusterResponse.error_message")
    if api_version >= 1:
        cursor.take(1, "DescribeClusterResponse.endpoint_type")
    cursor.string("DescribeClusterResponse.cluster_id")
    cursor.int32("DescribeClusterResponse.controller_id")
    endpoints = []
    for index in range(cursor.array_length("DescribeClusterResponse.brokers")):
        field = f"DescribeClusterResponse.brokers[{index}]"
        cursor.int32(f"{field}.broker_id")
        endpoints.append(cursor.endpoint(field))
        cursor.string(f"{field}.rack")
        cursor.skip_tagged_fields(f"{field}._tagged_fields")
    return tuple(endpoints)


def _metadata_brokers(cursor: _Cursor, api_version: int) -> tuple[AdvertisedEndpoint, ...]:
    if api_version >= 3:
        cursor.int32("MetadataResponse.throttle_time_ms")
    endpoints = []
    for index in range(cursor.array_length("MetadataResponse.brokers")):
        field = f"MetadataResponse.brokers[{index}]"
        cursor.int32(f"{field}.node_id")
        endpoints.append(cursor.endpoint(field))
        if api_version >= 1:
            cursor.string(f"{field}.rack")
        cursor.skip_tagged_fields(f"{field}._tagged_fields")
    return tuple(endpoints)


def _coordinators(cursor: _Cursor, api_version: int) -> tuple[AdvertisedEndpoint, ...]:
    if api_version >= 1:
        cursor.int32("FindCoordinatorResponse.throttle_time_ms")
    if api_version <= 3:
        cursor.int16("FindCoordinatorResponse.error_code")
        if api_version >= 1:
            cursor.string("FindCoordinatorResponse.error_message")
        node_id = cursor.int32("FindCoordinatorResponse.node_id")
        endpoint = cursor.endpoint("FindCoordinatorResponse")
        return (endpoint,) if node_id >= 0 else ()
    endpoints = []
    for index in range(cursor.array_length("FindCoordinatorResponse.coordinators")):
        field = f"FindCoordinatorResponse.coordinators[{index}]"
        cursor.string(f"{field}.key")
        node_id = cursor.int32(f"{field}.node_id")
        endpoint = cursor.endpoint(field)
        cursor.int16(f"{field}.error_code")
        cursor.string(f"{field}.error_message")
        cursor.skip_tagged_fields(f"{field}._tagged_fields")
        if node_id >= 0:
            endpoints.append(endpoint)
    return tuple(endpoints)


def _encode_string(value: str, flexible: bool) -> bytes:
    data = value.encode("utf-8")
    if not flexible:
        return struct.pack(">h", len(data)) + data
    length = len(data) + 1
    prefix = bytearray()
    while length >= 0x80:
        prefix.append((length & 0x7F) | 0x80)
        length >>= 7
    prefix.append(length)
    return bytes(prefix) + data


def rewrite_endpoints(frame: bytes, flexible: bool, endpoints: tuple[AdvertisedEndpoint, ...],
                      replacements: Mapping[tuple[str, int], tuple[str, int]]) -> bytes:
    """`frame` with each endpoint found in `replacements` swapped for its new host and port.

    Splicing is safe because no length field encloses these strings: arrays count elements,
    and the enclosing frame's size prefix is written afresh by whoever forwards it.
    """
    pieces: list[bytes] = []
    position = 0
    for endpoint in sorted(endpoints, key=lambda found: found.host_start):
        new_address = replacements.get((endpoint.host, endpoint.port))
        if new_address is None:
            continue
        new_host, new_port = new_address
        pieces.append(frame[position:endpoint.host_start])
        pieces.append(_encode_string(new_host, flexible))
        pieces.append(struct.pack(">i", new_port))
        position = endpoint.port_start + 4
    pieces.append(frame[position:])
    return b"".join(pieces)
