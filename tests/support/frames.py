"""Valid request frames built from the generated messages, and a blocking raw connection.

For tests that talk to a real broker below any client library: the fuzzer mutates these
frames, the crash and size tests send them as they are. A frame here is the request without its
4-byte size prefix (as `spec.messages.encode_request` returns it); `sized` adds the prefix.
"""

from __future__ import annotations

import socket
import struct
from typing import Any

from spec.generated.api_versions import ApiVersionsRequest
from spec.generated.create_topics import CreateTopicsRequest
from spec.generated.fetch import FetchRequest
from spec.generated.list_offsets import ListOffsetsRequest
from spec.generated.metadata import MetadataRequest
from spec.generated.produce import ProduceRequest
from spec.generated.request_header import RequestHeader
from spec.messages import decode_response, encode_request
from spec.records.batch import encode_batch
from spec.records.record import Record

SIZE = struct.Struct(">i")
CLIENT_ID = "kspec-robustness"


def request_frame(message: Any, version: int, correlation_id: int) -> bytes:
    header = RequestHeader(request_api_key=message.API_KEY, request_api_version=version,
                           correlation_id=correlation_id, client_id=CLIENT_ID)
    return encode_request(header, message)


def sized(frame: bytes) -> bytes:
    return SIZE.pack(len(frame)) + frame


def record_batch(values: list[bytes], timestamp_ms: int) -> bytes:
    records = [Record(offset_delta=index, timestamp_delta=timestamp_ms, key=None, value=value)
               for index, value in enumerate(values)]
    return encode_batch(records)


def api_versions() -> ApiVersionsRequest:
    return ApiVersionsRequest(client_software_name="kspec-robustness",
                              client_software_version="1.0")


def metadata(topics: list[str] | None, allow_auto_topic_creation: bool = False) -> MetadataRequest:
    requested = None if topics is None else tuple(
        MetadataRequest.MetadataRequestTopic(name=name) for name in topics)
    return MetadataRequest(topics=requested, allow_auto_topic_creation=allow_auto_topic_creation)


def create_topic(name: str, partitions: int = 1, configs: dict[str, str] | None = None,
                 validate_only: bool = False) -> CreateTopicsRequest:
    topic_configs = tuple(CreateTopicsRequest.CreatableTopicConfig(name=key, value=value)
                          for key, value in (configs or {}).items())
    topic = CreateTopicsRequest.CreatableTopic(name=name, num_partitions=partitions,
                                               replication_factor=1, configs=topic_configs)
    return CreateTopicsRequest(topics=(topic,), timeout_ms=5000, validate_only=validate_only)


def produce(topic: str, partition: int, batch: bytes, acks: int = -1) -> ProduceRequest:
    data = ProduceRequest.TopicProduceData(
        name=topic, partition_data=(ProduceRequest.PartitionProduceData(index=partition,
                                                                         records=batch),))
    return ProduceRequest(acks=acks, timeout_ms=5000, topic_data=(data,))


def fetch(topic: str, partition: int, offset: int, max_bytes: int = 1 << 20) -> FetchRequest:
    """A sessionless fetch by topic name (versions up to 12 carry names)."""
    wanted = FetchRequest.FetchPartition(partition=partition, fetch_offset=offset,
                                         partition_max_bytes=max_bytes)
    fetch_topic = FetchRequest.FetchTopic(topic=topic, partitions=(wanted,))
    return FetchRequest(replica_id=-1, max_wait_ms=0, min_bytes=0, max_bytes=max_bytes,
                        session_id=0, session_epoch=-1, topics=(fetch_topic,))


def list_offsets(topic: str, partition: int, timestamp: int) -> ListOffsetsRequest:
    wanted = ListOffsetsRequest.ListOffsetsPartition(partition_index=partition,
                                                     timestamp=timestamp)
    topic_entry = ListOffsetsRequest.ListOffsetsTopic(name=topic, partitions=(wanted,))
    return ListOffsetsRequest(replica_id=-1, topics=(topic_entry,))


def read_frame(sock: socket.socket) -> bytes | None:
    """One response frame (without its size prefix); None if the peer closed first."""
    head = read_exactly(sock, SIZE.size)
    if head is None:
        return None
    (size_bytes,) = SIZE.unpack(head)
    assert 0 <= size_bytes < 1 << 28, f"response size prefix {size_bytes}"
    return read_exactly(sock, size_bytes)


def read_exactly(sock: socket.socket, count: int) -> bytes | None:
    parts: list[bytes] = []
    remaining = count
    while remaining:
        part = sock.recv(min(remaining, 1 << 20))
        if not part:
            return None
        parts.append(part)
        remaining -= len(part)
    return b"".join(parts)


class RawConnection:
    """A blocking socket that sends typed requests and decodes their responses in order."""

    def __init__(self, host: str, port: int, timeout_s: float = 10.0) -> None:
        self.sock = socket.create_connection((host, port), timeout=timeout_s)
        self.correlation_id = 0

    def call(self, message: Any, version: int) -> Any:
        self.correlation_id += 1
        self.sock.sendall(sized(request_frame(message, version, self.correlation_id)))
        frame = read_frame(self.sock)
        assert frame is not None, f"broker closed the connection on {type(message).__name__}"
        correlation_id, response = decode_response(frame, message.API_KEY, version)
        assert correlation_id == self.correlation_id
        return response

    def close(self) -> None:
        self.sock.close()

    def __enter__(self) -> RawConnection:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
