"""Seeded malformed inputs for the socket fuzzer, and the broker's framing rule to predict them.

An input is raw bytes for one connection's stream: usually one size prefix and a body, built by
mutating a valid request (bit flips, truncation, a foreign API key or version, garbage after the
header) or from nothing (random bytes, huge or negative prefixes). `split_frames` cuts a stream
the way the broker's read loop does, so the driver knows which frames the broker saw and which
answer (or close) each one must get. An input is "self-delimiting" when its prefix either
matches its body or closes the connection at once; the others (prefix shorter or longer than
the bytes sent) desynchronise the stream and go last on a connection.
"""

from __future__ import annotations

import random
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reference.core.served_apis import SERVED_VERSIONS
from spec.decode_error import DecodeError
from spec.generated.create_topics import CreateTopicsRequest
from spec.generated.describe_cluster import DescribeClusterRequest
from spec.generated.describe_configs import DescribeConfigsRequest
from spec.generated.describe_log_dirs import DescribeLogDirsRequest
from spec.generated.fetch import FetchRequest
from spec.generated.init_producer_id import InitProducerIdRequest
from spec.generated.offset_for_leader_epoch import OffsetForLeaderEpochRequest
from spec.generated.produce import ProduceRequest
from spec.messages import API_BY_KEY, decode_request_header
from spec.wire import Reader
from tests.support import frames

SIZE = struct.Struct(">i")
CORRELATION_ID = struct.Struct(">i")
FUZZ_TOPIC = "fuzz-produce-topic"
# Up to Kafka's cap (10,000 partitions per CreateTopics) a request is served, but creating
# thousands of partition directories is slow; larger counts are refused and stay in.
SLOW_CREATE_PARTITIONS = 1_000
SLOW_FETCH_WAIT_MS = 500
# Record timestamps are fixed so an input's bytes depend on the seed alone (an old create time
# is accepted: message.timestamp.before.max.ms defaults to unbounded).
FIXED_TIMESTAMP_MS = 1_700_000_000_000
STEERED_API_KEYS = {struct.pack(">h", api.API_KEY)
                    for api in (ProduceRequest, FetchRequest, CreateTopicsRequest)}


@dataclass(frozen=True, slots=True)
class FuzzInput:
    kind: str
    data: bytes
    is_self_delimiting: bool


@dataclass(frozen=True, slots=True)
class SeenFrame:
    """A frame as the broker reads it: its body, or a prefix it refuses before reading."""

    body: bytes | None
    refused_prefix: int | None = None


def split_frames(stream: bytes, max_request_bytes: int) -> tuple[list[SeenFrame], bool]:
    """The frames the broker reads from `stream`, and whether the stream ends mid-frame
    (the broker then waits until our end of stream closes the connection)."""
    seen: list[SeenFrame] = []
    position = 0
    while position + SIZE.size <= len(stream):
        (size_bytes,) = SIZE.unpack_from(stream, position)
        if size_bytes < 0 or size_bytes > max_request_bytes:
            seen.append(SeenFrame(None, size_bytes))
            return seen, False
        end = position + SIZE.size + size_bytes
        if end > len(stream):
            return seen, True
        seen.append(SeenFrame(stream[position + SIZE.size:end]))
        position = end
    return seen, position != len(stream)


def peek_request(body: bytes) -> Any | None:
    """The request the broker decodes from `body` (trailing bytes ignored), or None."""
    try:
        header, offset = decode_request_header(body)
        api = API_BY_KEY.get(header.request_api_key)
        served = SERVED_VERSIONS.get(header.request_api_key)
        if api is None or served is None:
            return None
        if not served[0] <= header.request_api_version <= served[1]:
            return None
        return api.request_type.read(Reader(body, offset), header.request_api_version)
    except (DecodeError, ValueError, UnicodeDecodeError, OverflowError):
        return None


def is_fit_to_send(body: bytes) -> bool:
    """False for requests that legitimately leave no answer or take long: an acks=0 produce,
    a Fetch that may wait, a real CreateTopics of many partitions (creating them is slow)."""
    if body[:2] not in STEERED_API_KEYS:
        return True
    request = peek_request(body)
    if isinstance(request, ProduceRequest):
        return request.acks != 0
    if isinstance(request, FetchRequest):
        return request.max_wait_ms <= SLOW_FETCH_WAIT_MS or request.min_bytes <= 0
    if isinstance(request, CreateTopicsRequest) and not request.validate_only:
        total = sum(max(topic.num_partitions, 0) for topic in request.topics)
        return total <= SLOW_CREATE_PARTITIONS
    return True


def valid_requests(now_ms: int) -> list[tuple[Any, int]]:
    """(request, version) pairs to mutate: the APIs the brief names, at several versions."""
    batch = frames.record_batch([b"fuzz-value-1", b"fuzz-value-2"], now_ms)
    requests: list[tuple[Any, int]] = [(frames.api_versions(), version) for version in (0, 3, 4)]
    # Before v4 a Metadata request always allows auto-creation (the field does not exist).
    requests += [(frames.metadata([FUZZ_TOPIC], version < 4), version) for version in (1, 4, 9, 12)]
    requests += [(frames.metadata(None), 12)]
    requests += [(frames.produce(FUZZ_TOPIC, 0, batch, acks=acks), version)
                 for version in (3, 8, 9, 11) for acks in (1, -1)]
    requests += [(frames.fetch(FUZZ_TOPIC, 0, 0), version) for version in (4, 11, 12)]
    requests += [(frames.list_offsets(FUZZ_TOPIC, 0, -1), version) for version in (1, 7)]
    requests += [(frames.create_topic("fuzz-created", 3, validate_only=True), version)
                 for version in (2, 5, 7)]
    return requests + read_only_requests()


def read_only_requests() -> list[tuple[Any, int]]:
    """The other served APIs that change nothing a flipped bit could turn against the witness
    (no deletes, no config changes)."""
    topic_resource = DescribeConfigsRequest.DescribeConfigsResource(
        resource_type=2, resource_name=FUZZ_TOPIC, configuration_keys=None)
    broker_resource = DescribeConfigsRequest.DescribeConfigsResource(
        resource_type=4, resource_name="1", configuration_keys=("log.retention.ms",))
    epoch_topic = OffsetForLeaderEpochRequest.OffsetForLeaderTopic(
        topic=FUZZ_TOPIC,
        partitions=(OffsetForLeaderEpochRequest.OffsetForLeaderPartition(partition=0),))
    requests: list[tuple[Any, int]] = [
        (DescribeConfigsRequest(resources=(topic_resource, broker_resource)), version)
        for version in (1, 4)]
    requests += [(OffsetForLeaderEpochRequest(replica_id=-1, topics=(epoch_topic,)), version)
                 for version in (2, 4)]
    requests += [(InitProducerIdRequest(transactional_id=None, transaction_timeout_ms=60_000),
                  version) for version in (1, 4)]
    requests += [(DescribeLogDirsRequest(topics=None), version) for version in (1, 4)]
    requests += [(DescribeClusterRequest(), version) for version in (0, 1)]
    return requests


class FuzzInputs:
    """An endless, seeded sequence of malformed inputs (and some valid ones)."""

    def __init__(self, seed: int, max_request_bytes: int) -> None:
        self.random = random.Random(seed)
        self.max_request_bytes = max_request_bytes
        self.correlation_id = 0
        # Encoded once; each use patches in a fresh correlation id (header bytes 4-8).
        self.bases = [frames.request_frame(request, version, 0)
                      for request, version in valid_requests(FIXED_TIMESTAMP_MS)]
        self.mutations: list[tuple[str, int, Callable[[bytes], FuzzInput]]] = [
            ("valid", 10, self.valid), ("bit_flip", 25, self.bit_flip),
            ("truncate", 12, self.truncate), ("random_body", 10, self.random_body),
            ("unknown_api", 5, self.unknown_api), ("unknown_version", 6, self.unknown_version),
            ("garbage_after_header", 10, self.garbage_after_header),
            ("trailing_garbage", 6, self.trailing_garbage), ("huge_prefix", 3, self.huge_prefix),
            ("negative_prefix", 3, self.negative_prefix), ("short_prefix", 4, self.short_prefix),
            ("long_prefix", 3, self.long_prefix),
        ]
        self.weights = [weight for _, weight, _ in self.mutations]

    def next(self) -> FuzzInput:
        while True:
            _, _, mutate = self.random.choices(self.mutations, self.weights)[0]
            made = mutate(self.base_frame())
            if self.is_fit(made):
                return made

    def is_fit(self, made: FuzzInput) -> bool:
        seen, _ = split_frames(made.data, self.max_request_bytes)
        return all(frame.body is None or is_fit_to_send(frame.body) for frame in seen)

    def base_frame(self) -> bytes:
        self.correlation_id += 1
        base = self.random.choice(self.bases)
        return base[:4] + CORRELATION_ID.pack(self.correlation_id) + base[8:]

    def noise(self, most_bytes: int) -> bytes:
        return self.random.randbytes(self.random.randint(0, most_bytes))

    def exact(self, kind: str, body: bytes) -> FuzzInput:
        return FuzzInput(kind, frames.sized(body), True)

    def valid(self, frame: bytes) -> FuzzInput:
        return self.exact("valid", frame)

    def bit_flip(self, frame: bytes) -> FuzzInput:
        flipped = bytearray(frame)
        for _ in range(self.random.randint(1, 4)):
            bit = self.random.randrange(len(flipped) * 8)
            flipped[bit // 8] ^= 1 << (bit % 8)
        return self.exact("bit_flip", bytes(flipped))

    def truncate(self, frame: bytes) -> FuzzInput:
        return self.exact("truncate", frame[:self.random.randrange(len(frame))])

    def random_body(self, frame: bytes) -> FuzzInput:
        return self.exact("random_body", self.noise(256))

    def unknown_api(self, frame: bytes) -> FuzzInput:
        api_key = self.random.choice([self.random.randint(100, 32767),
                                      self.random.randint(-32768, -1), 67, 90])
        return self.exact("unknown_api", struct.pack(">h", api_key) + frame[2:])

    def unknown_version(self, frame: bytes) -> FuzzInput:
        version = self.random.choice([self.random.randint(18, 32767),
                                      self.random.randint(-32768, -1)])
        return self.exact("unknown_version", frame[:2] + struct.pack(">h", version) + frame[4:])

    def garbage_after_header(self, frame: bytes) -> FuzzInput:
        header_end = self.header_length(frame)
        return self.exact("garbage_after_header", frame[:header_end] + self.noise(128))

    def trailing_garbage(self, frame: bytes) -> FuzzInput:
        return self.exact("trailing_garbage", frame + self.noise(64))

    def huge_prefix(self, frame: bytes) -> FuzzInput:
        size = self.random.choice([0x7FFFFFFF, self.random.randint(self.max_request_bytes + 1,
                                                                   0x7FFFFFFF)])
        return FuzzInput("huge_prefix", SIZE.pack(size) + frame, True)

    def negative_prefix(self, frame: bytes) -> FuzzInput:
        size = self.random.choice([-1, -0x80000000, self.random.randint(-0x80000000, -1)])
        return FuzzInput("negative_prefix", SIZE.pack(size) + frame, True)

    def short_prefix(self, frame: bytes) -> FuzzInput:
        size = self.random.randrange(len(frame))
        return FuzzInput("short_prefix", SIZE.pack(size) + frame + self.noise(32), False)

    def long_prefix(self, frame: bytes) -> FuzzInput:
        size = len(frame) + self.random.randint(1, 4096)
        return FuzzInput("long_prefix", SIZE.pack(size) + frame, False)

    def header_length(self, frame: bytes) -> int:
        try:
            return decode_request_header(frame)[1]
        except DecodeError:
            return min(len(frame), 8)
