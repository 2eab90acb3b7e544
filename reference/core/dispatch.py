"""One request frame in, one outcome out: the core's single entry point for both shells.

The order of checks is Kafka's (`SocketServer.processCompletedReceives` and
`RequestContext.parseRequest`): parse the header; an API the listener does not serve, or a
version outside its range, closes the connection, except ApiVersions, which answers an
unknown version in v0 with UNSUPPORTED_VERSION so that any client can learn what is served; a
body that does not parse closes the connection. Everything past parsing belongs to a handler.

The outcome is bytes to send (a size-prefixed response frame, possibly with file regions the
shell sends by `sendfile`), nothing (acks=0), a deferred answer, or a reason to close.
"""

from __future__ import annotations

import logging
import struct
from collections.abc import Callable
from dataclasses import dataclass

from reference.core.broker import Broker
from reference.core.cluster.coordinator_write_errors import (
    Coordinator,
    coordinator_error,
    coordinator_of,
    error_answer,
)
from reference.core.cluster.coordinator_writes import (
    outcome_of_all,
    refused_up_front,
    write_timeout_ms,
    writes_of,
)
from reference.core.handlers import HANDLERS
from reference.core.handlers.api_versions import unsupported_version_response
from reference.core.requests import (
    CloseConnection,
    Defer,
    NoResponse,
    Reply,
    RequestContext,
    Respond,
)
from reference.core.served_apis import SERVED_VERSIONS
from spec.decode_error import DecodeError
from spec.generated.api_versions import ApiVersionsRequest
from spec.generated.errors import ErrorCode
from spec.messages import API_BY_KEY, ApiSpec, decode_request_header, encode_response_chunks
from spec.wire import ExternalBytes, Message, Reader

log = logging.getLogger("kspec.dispatch")

FRAME_SIZE = struct.Struct(">i")
Chunk = bytes | ExternalBytes


@dataclass(frozen=True, slots=True)
class SendBytes:
    """A whole response frame, size prefix included, as bytes and file regions in order."""

    chunks: list[Chunk]


@dataclass(frozen=True, slots=True)
class SendNothing:
    close_connection: bool = False


@dataclass(frozen=True, slots=True)
class DeferBytes:
    deadline_ms: int
    poll: Callable[[int, bool], SendBytes | Close | None]  # Close: the answer cannot be given


@dataclass(frozen=True, slots=True)
class Close:
    reason: str


Outcome = SendBytes | SendNothing | DeferBytes | Close


def handle_frame(broker: Broker, frame: bytes, *, client_host: str, connection_id: str,
                 now_ms: int) -> Outcome:
    """Serve one request frame (without its size prefix)."""
    try:
        header, body_offset = decode_request_header(frame)
    except DecodeError as error:
        return Close(f"unparsable request header: {error}")
    api = API_BY_KEY.get(header.request_api_key)
    served = HANDLERS.get(header.request_api_key)
    if api is None or served is None:
        return Close(f"API key {header.request_api_key} is not served on this listener")
    context = RequestContext(api_key=header.request_api_key, api_version=header.request_api_version,
                             correlation_id=header.correlation_id, client_id=header.client_id,
                             client_host=client_host, connection_id=connection_id, now_ms=now_ms)
    lowest, highest = SERVED_VERSIONS[api.key]
    if not lowest <= header.request_api_version <= highest:
        if api.key == ApiVersionsRequest.API_KEY:
            return encode(context, Respond(unsupported_version_response()), version=0)
        return Close(f"{api.name} v{header.request_api_version} is not supported")
    try:
        request = decode_body(api, frame, body_offset, header.request_api_version)
    except DecodeError as error:
        return Close(f"unparsable {api.name} v{header.request_api_version} request: {error} "
                     f"(frame starts {frame[:64].hex()})")
    broker.coordinator_writes.clear()
    try:
        reply = served(broker, context, request)
    except CloseConnection as reason:
        return Close(str(reason))
    if broker.cluster is not None and broker.coordinator_writes and isinstance(reply, Respond):
        reply = reply_after_replication(broker, context, request, reply)
    return encode(context, reply, version=header.request_api_version)


def reply_after_replication(broker: Broker, context: RequestContext, request: Message,
                            reply: Respond) -> Reply:
    """A coordinator's answer in a cluster waits for its records to be replicated, as Kafka's
    coordinators wait: sent once every ISR member has them (HW past them). If the partition
    stops being led here, the wait passes, or (transactions) the ISR is too small, the request
    is answered with the coordinator's error instead (NOT_COORDINATOR /
    COORDINATOR_NOT_AVAILABLE): its write may be lost, so it must not hear success."""
    coordinator = coordinator_of(context.api_key) or Coordinator.GROUP
    writes = writes_of(broker)

    def failed(append_error: ErrorCode) -> Respond:
        error = coordinator_error(coordinator, append_error)
        message = error_answer(context.api_key, request, reply.message, context.api_version,
                               error)
        if message is None:  # an API without an error shape here: the client retries
            raise CloseConnection(f"a coordinator write was not replicated ({error.name})")
        return Respond(message)

    refused = refused_up_front(coordinator, writes)
    if refused is not ErrorCode.NONE:
        return failed(refused)

    def poll(at_ms: int, is_deadline: bool) -> Respond | None:
        ended = outcome_of_all(coordinator, writes)
        if ended is ErrorCode.NONE:
            return reply
        if ended is not None:
            return failed(ended)
        return failed(ErrorCode.REQUEST_TIMED_OUT) if is_deadline else None

    timeout_ms = write_timeout_ms(broker, coordinator, request)
    return Defer(deadline_ms=context.now_ms + timeout_ms, poll=poll)


def decode_body(api: ApiSpec, frame: bytes, body_offset: int, version: int) -> Message:
    """The request body. Bytes after it are ignored, as Kafka's request parsing ignores them
    (librdkafka's Metadata v9+ requests for all topics carry three such bytes, librdkafka#5049)."""
    return api.request_type.read(Reader(frame, body_offset), version)


def encode(context: RequestContext, reply: Reply, *, version: int) -> Outcome:
    if isinstance(reply, NoResponse):
        return SendNothing(close_connection=reply.close_connection)
    if isinstance(reply, Respond):
        return respond(context, reply, version)
    deferred = reply

    def poll(now_ms: int, is_deadline: bool) -> SendBytes | Close | None:
        try:
            ready = deferred.poll(now_ms, is_deadline)
        except CloseConnection as reason:
            return Close(str(reason))
        return None if ready is None else respond(context, ready, version)

    return DeferBytes(deadline_ms=deferred.deadline_ms, poll=poll)


def respond(context: RequestContext, reply: Respond, version: int) -> SendBytes:
    chunks: list[Chunk] = list(encode_response_chunks(
        context.correlation_id, context.api_key, version, reply.message))
    size_bytes = sum(len(chunk) if isinstance(chunk, bytes) else chunk.size_bytes
                     for chunk in chunks)
    if chunks and isinstance(chunks[0], bytes):
        chunks[0] = FRAME_SIZE.pack(size_bytes) + chunks[0]
    else:
        chunks.insert(0, FRAME_SIZE.pack(size_bytes))
    return SendBytes(chunks)
