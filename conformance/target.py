"""Talking to a replay target: a blocking frame connection, and the per-case setup (topics
deleted and created) in versions the target says it serves.

Setup versions are negotiated with ApiVersions v0 (which every broker answers) within the
ranges Kafka 4 serves: KIP-896 removed the oldest versions, so a case set up against Kafka 4
never needs them, and a peer that lacks the newest still gets what it can serve.
"""

from __future__ import annotations

import dataclasses
import socket
import time
from typing import Any

from conformance.case import Case, lenient_decode_response
from conformance.frames import FrameSplitter, with_size_prefix
from spec.decode_error import DecodeError
from spec.generated.api_versions import ApiVersionsRequest
from spec.generated.create_topics import CreateTopicsRequest
from spec.generated.delete_topics import DeleteTopicsRequest
from spec.generated.metadata import MetadataRequest, MetadataResponse
from spec.generated.request_header import RequestHeader
from spec.messages import encode_request

READ_TIMEOUT_S = 30.0
SETUP_TIMEOUT_S = 10.0
_SETUP_CLIENT_ID = "kspec-replay-setup"
_TOPIC_ALREADY_EXISTS = 36
# (lowest, highest) setup versions: Kafka 4's floor, and the last our requests fit
# (DeleteTopics names topics by name only up to v5).
_CREATE_TOPICS_VERSIONS = (2, 7)
_DELETE_TOPICS_VERSIONS = (1, 5)
_METADATA_VERSIONS = (4, 12)


class Connection:
    """A blocking socket speaking size-prefixed frames."""

    def __init__(self, host: str, port: int) -> None:
        self._socket = socket.create_connection((host, port), timeout=READ_TIMEOUT_S)
        self._splitter = FrameSplitter()
        self._ready: list[bytes] = []

    def send(self, frame: bytes) -> None:
        self._socket.sendall(with_size_prefix(frame))

    def receive(self) -> bytes:
        while not self._ready:
            chunk = self._socket.recv(65_536)
            if not chunk:
                raise ConnectionError("the target closed the connection")
            self._ready += self._splitter.feed(chunk)
        return self._ready.pop(0)

    @property
    def is_closed(self) -> bool:
        return self._socket.fileno() < 0

    def close(self) -> None:
        self._socket.close()


def parse_target(target: str) -> tuple[str, int]:
    """The first address of `HOST:PORT[,HOST:PORT...]` (the bootstrap of a cluster target)."""
    return parse_targets(target)[0]


def parse_targets(target: str) -> list[tuple[str, int]]:
    """Every address of `HOST:PORT[,HOST:PORT...]`: one broker, or a cluster's brokers."""
    addresses = []
    for address in target.split(","):
        host, separator, port = address.strip().rpartition(":")
        if not separator or not host or not port.isdigit():
            raise ValueError(f"target {target!r} is neither HOST:PORT[,HOST:PORT...] "
                             "nor 'embedded'")
        addresses.append((host, int(port)))
    return addresses


class SetupClient:
    """Requests of the replayer's own (not the case's), on one connection."""

    def __init__(self, host: str, port: int) -> None:
        self.address = (host, port)
        self.connection = Connection(host, port)
        self.correlation_id = 0
        versions = self.call(ApiVersionsRequest(), 0)
        self.served = {api.api_key: (api.min_version, api.max_version)
                       for api in versions.api_keys}

    def version(self, api_key: int, wanted: tuple[int, int]) -> int | None:
        """The highest version both sides serve in `wanted`, or None."""
        low, high = self.served.get(api_key, (0, -1))
        best = min(high, wanted[1])
        return best if best >= max(low, wanted[0]) else None

    def call(self, message: Any, version: int) -> Any:
        self.correlation_id += 1
        header = RequestHeader(request_api_key=message.API_KEY, request_api_version=version,
                               correlation_id=self.correlation_id, client_id=_SETUP_CLIENT_ID)
        self.connection.send(encode_request(header, message))
        response, _trailing_bytes = lenient_decode_response(self.connection.receive(),
                                                            message.API_KEY, version)
        return response

    def reconnect(self) -> None:
        self.connection.close()
        self.connection = Connection(*self.address)


def run_setup(case: Case, host: str, port: int) -> None:
    """Delete the case's topics if they exist, create them, and wait until each partition has
    a leader."""
    if not case.setup and not case.cleanup:
        return
    client = SetupClient(host, port)
    try:
        names = tuple(topic.name for topic in case.setup)
        _delete_topics(client, names + case.cleanup)
        if not names:
            return
        topics = tuple(CreateTopicsRequest.CreatableTopic(
            name=topic.name, num_partitions=topic.partitions,
            replication_factor=topic.replication_factor,
            configs=tuple(CreateTopicsRequest.CreatableTopicConfig(name=key, value=value)
                          for key, value in topic.configs)) for topic in case.setup)
        _create_topics(client, CreateTopicsRequest(topics=topics, timeout_ms=10_000))
        _wait_for_leaders(client, names)
    finally:
        client.connection.close()


def _delete_topics(client: SetupClient, names: tuple[str, ...]) -> None:
    """A courtesy to targets that keep state between cases; skipped where not served."""
    version = client.version(DeleteTopicsRequest.API_KEY, _DELETE_TOPICS_VERSIONS)
    if version is None:
        return
    try:
        client.call(DeleteTopicsRequest(topic_names=names, timeout_ms=10_000), version)
    except (ConnectionError, DecodeError):
        client.reconnect()


def _create_topics(client: SetupClient, request: CreateTopicsRequest) -> None:
    """Create, retrying while a deletion just asked for is still under way (Kafka deletes
    asynchronously and answers TOPIC_ALREADY_EXISTS until it is done)."""
    version = client.version(CreateTopicsRequest.API_KEY, _CREATE_TOPICS_VERSIONS)
    if version is None:
        # A target without CreateTopics (librdkafka's mock cluster) may still create topics
        # on first use: ask Metadata to; its default partition count shows in the report.
        _wait_for_leaders(client, tuple(topic.name for topic in request.topics),
                          auto_create=True)
        return
    deadline = time.monotonic() + SETUP_TIMEOUT_S
    while True:
        created = client.call(request, version)
        failed = [result for result in created.topics if result.error_code != 0]
        if not failed:
            return
        if time.monotonic() > deadline or any(result.error_code != _TOPIC_ALREADY_EXISTS
                                              for result in failed):
            raise RuntimeError(f"setup could not create topics: {failed}")
        remaining = {result.name for result in failed}
        request = dataclasses.replace(request, topics=tuple(
            topic for topic in request.topics if topic.name in remaining))
        time.sleep(0.1)


def metadata_of(client: SetupClient, names: tuple[str, ...], *,
                auto_create: bool = False) -> MetadataResponse:
    """The target's Metadata answer for `names`, at a version both sides serve."""
    version = client.version(MetadataRequest.API_KEY, _METADATA_VERSIONS)
    if version is None:
        raise RuntimeError("setup: the target serves no Metadata version from "
                           f"{_METADATA_VERSIONS[0]} to {_METADATA_VERSIONS[1]}")
    request = MetadataRequest(topics=tuple(MetadataRequest.MetadataRequestTopic(name=name)
                                           for name in names),
                              allow_auto_topic_creation=auto_create)
    response: MetadataResponse = client.call(request, version)
    return response


def _wait_for_leaders(client: SetupClient, names: tuple[str, ...], *,
                      auto_create: bool = False) -> None:
    deadline = time.monotonic() + SETUP_TIMEOUT_S
    while time.monotonic() < deadline:
        response = metadata_of(client, names, auto_create=auto_create)
        if all(topic.error_code == 0 and topic.partitions
               and all(partition.leader_id >= 0 for partition in topic.partitions)
               for topic in response.topics):
            return
        time.sleep(0.05)
    raise RuntimeError(f"setup: topics {names} have no leaders after {SETUP_TIMEOUT_S} s")
