"""One blocking connection to a Kafka broker for the command-line tools: ApiVersions first,
then each request at the highest version both sides serve, every wait bounded by a deadline.
"""

from __future__ import annotations

import socket
import struct
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from spec.decode_error import DecodeError
from spec.errors import ErrorCode
from spec.generated.api_versions import ApiVersionsRequest, ApiVersionsResponse
from spec.generated.request_header import RequestHeader
from spec.messages import API_BY_KEY, decode_response, encode_request
from spec.wire import Message

CLIENT_ID = "kspec-groups"
DEFAULT_TIMEOUT_MS = 5000
_SIZE = struct.Struct(">i")
_MAX_FRAME_BYTES = 100 * 1024 * 1024
_RETRY_PAUSE_S = 0.1


class KafkaClientError(Exception):
    """A request failed; `error_code` is Kafka's code when the broker gave one."""

    def __init__(self, message: str, error_code: int | None = None) -> None:
        super().__init__(message)
        self.error_code = error_code


def error_name(code: int) -> str:
    try:
        return ErrorCode(code).name
    except ValueError:
        return f"error code {code}"


@dataclass(frozen=True, slots=True)
class Node:
    node_id: int
    host: str
    port: int


def parse_host_port(address: str) -> tuple[str, int]:
    host, separator, port = address.rpartition(":")
    if not separator or not host or not port.isdigit():
        raise ValueError(f"expected HOST:PORT, got {address!r}")
    return host, int(port)


class BrokerConnection:
    """One socket to one broker, requests answered in order (no pipelining needed here)."""

    def __init__(self, host: str, port: int, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> None:
        try:
            self._socket = socket.create_connection((host, port), timeout=timeout_ms / 1000)
        except OSError as error:
            raise KafkaClientError(f"cannot connect to {host}:{port}: {error}") from error
        self._correlation_id = 0
        self.address = f"{host}:{port}"
        self.served_versions = self._negotiate()

    def close(self) -> None:
        self._socket.close()

    def version_for(self, api_key: int) -> int | None:
        """The highest version both we and the broker serve, or None."""
        ours = API_BY_KEY[api_key]
        low, high = self.served_versions.get(api_key, (0, -1))
        best = min(high, ours.max_version)
        return best if best >= max(low, ours.min_version) else None

    def serves(self, api_key: int) -> bool:
        return self.version_for(api_key) is not None

    def call(self, request: Message) -> Any:
        """Send `request` at the negotiated version; the decoded response."""
        api_key: int = request.API_KEY  # type: ignore[attr-defined]
        version = self.version_for(api_key)
        if version is None:
            raise KafkaClientError(f"{self.address} does not serve {API_BY_KEY[api_key].name}",
                                   ErrorCode.UNSUPPORTED_VERSION)
        return self._exchange(request, api_key, version)

    def _negotiate(self) -> dict[int, tuple[int, int]]:
        # A broker that lacks our ApiVersions version answers UNSUPPORTED_VERSION in a v0 body
        # carrying its own range (KIP-511); some peers answer in the version asked instead, so
        # a body that does not read as v0 means "try one version lower". Bounded by the
        # number of versions.
        version = ApiVersionsRequest.MAX_VERSION
        while True:
            request = (ApiVersionsRequest(client_software_name="kspec",
                                          client_software_version="0.1.0")
                       if version >= 3 else ApiVersionsRequest())
            frame = self._round_trip(request, 18, version)
            (error_code,) = struct.unpack_from(">h", frame, 4)  # after the v0 header
            if error_code != ErrorCode.UNSUPPORTED_VERSION:
                break
            lower = min([version - 1, *_their_api_versions_max(frame)])
            if lower < 0:
                raise KafkaClientError(f"{self.address} serves no ApiVersions version we know",
                                       error_code)
            version = lower
        response = decode_response(frame, 18, version)[1]
        assert isinstance(response, ApiVersionsResponse)
        if response.error_code != ErrorCode.NONE:
            raise KafkaClientError(f"ApiVersions: {error_name(response.error_code)}",
                                   response.error_code)
        return {api.api_key: (api.min_version, api.max_version) for api in response.api_keys}

    def _exchange(self, request: Message, api_key: int, version: int) -> Any:
        frame = self._round_trip(request, api_key, version)
        correlation_id, response = decode_response(frame, api_key, version)
        if correlation_id != self._correlation_id:
            raise KafkaClientError(f"{self.address} answered correlation id {correlation_id}, "
                                   f"expected {self._correlation_id}")
        return response

    def _round_trip(self, request: Message, api_key: int, version: int) -> bytes:
        self._correlation_id += 1
        header = RequestHeader(request_api_key=api_key, request_api_version=version,
                               correlation_id=self._correlation_id, client_id=CLIENT_ID)
        frame = encode_request(header, request)
        try:
            self._socket.sendall(_SIZE.pack(len(frame)) + frame)
            (size_bytes,) = _SIZE.unpack(self._read_exactly(_SIZE.size))
            if not 0 <= size_bytes <= _MAX_FRAME_BYTES:
                raise KafkaClientError(f"{self.address} sent a frame of {size_bytes} bytes")
            return self._read_exactly(size_bytes)
        except OSError as error:
            raise KafkaClientError(f"{self.address}: {error}") from error

    def _read_exactly(self, size_bytes: int) -> bytes:
        chunks: list[bytes] = []
        remaining = size_bytes
        while remaining:
            chunk = self._socket.recv(min(remaining, 1 << 20))
            if not chunk:
                raise KafkaClientError(f"{self.address} closed the connection")
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)


def _their_api_versions_max(frame: bytes) -> list[int]:
    """The broker's highest ApiVersions version, when its refusal reads as a v0 body."""
    try:
        response = decode_response(frame, 18, 0)[1]
    except DecodeError:
        return []
    assert isinstance(response, ApiVersionsResponse)
    return [api.max_version for api in response.api_keys if api.api_key == 18]


class Deadline:
    """A bound on a retry loop, from the shell's monotonic clock."""

    def __init__(self, timeout_ms: int) -> None:
        self._end_s = time.monotonic() + timeout_ms / 1000

    def pause_or_fail(self, what: str) -> None:
        if time.monotonic() >= self._end_s:
            raise KafkaClientError(f"timed out: {what}")
        time.sleep(_RETRY_PAUSE_S)


def connections_by_node(brokers: Mapping[int, Node], wanted: Iterable[int], timeout_ms: int,
                        cache: dict[int, BrokerConnection]) -> dict[int, BrokerConnection]:
    """Connections to the `wanted` nodes, opened once and kept in `cache`."""
    for node_id in wanted:
        if node_id not in cache:
            node = brokers.get(node_id)
            if node is None:
                raise KafkaClientError(f"node {node_id} is not in the cluster metadata")
            cache[node_id] = BrokerConnection(node.host, node.port, timeout_ms)
    return {node_id: cache[node_id] for node_id in wanted}
