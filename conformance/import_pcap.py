"""`kspec import-pcap FILE`: a packet capture of Kafka traffic turned into one conformance case.

The capture is read by `conformance.pcap`, its TCP connections to the broker port(s) rebuilt by
`conformance.tcp_reassembly`, and each direction cut into size-prefixed frames. Where a
direction's bytes do not start at a known boundary (a capture begun mid-connection, or bytes
after a lost segment), frames start at the first offset that verifiably begins one: a request
whose header names a known API version and whose body decodes to its exact end, or a response
whose correlation id answers a request of that connection and whose body decodes as that
request's API and version. Responses pair with requests by correlation id, per connection.

The frames, ordered by when their last byte was captured, become a recording that
`conformance.convert` turns into a case, as it does for the recorder's: exchanges, schedule,
captures and substitutions. Topics the capture shows in Metadata answers become the case's
setup (with the partition count seen); topics it creates itself are deleted before a replay.
"""

from __future__ import annotations

import argparse
import dataclasses
import struct
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from conformance.case import CASE_SUFFIX, Case, TopicSetup, lenient_response_fields, save_case
from conformance.convert import convert, parse_topic
from conformance.frames import MAX_FRAME_BYTES, SIZE_PREFIX_BYTES, parse_request_prefix
from conformance.pcap import read_packets, tcp_segments
from conformance.recorder import RecordedFrame
from conformance.tcp_reassembly import Conversation, Run, reassemble
from spec.decode_error import DecodeError
from spec.messages import API_BY_KEY, decode_request

DEFAULT_PORT = 9092
_MIN_REQUEST_BYTES = 8  # api key, version, correlation id
_MIN_RESPONSE_BYTES = 4  # correlation id
_METADATA_KEY = 3
_CREATE_TOPICS_KEY = 19


@dataclass(frozen=True, slots=True)
class _Frame:
    connection: int
    frame: bytes
    completed_at: int  # capture index of the packet that brought its last byte
    position: int  # offset in its direction's stream: orders frames completed by one packet


@dataclass(frozen=True, slots=True)
class _Request:
    sent: _Frame
    api_key: int
    api_version: int
    correlation_id: int


# --- cutting a direction into frames -------------------------------------------------------


def _is_request(frame: bytes) -> bool:
    prefix = parse_request_prefix(frame)
    api = API_BY_KEY.get(prefix.api_key)
    if api is None or not api.supports(prefix.api_version):
        return False
    try:
        decode_request(frame)
    except (DecodeError, ValueError):
        return False
    return True


def _answers(frame: bytes, requests: list[_Request], pending: dict[int, list[int]]) -> bool:
    (correlation_id,) = struct.unpack_from(">i", frame, 0)
    waiting = pending.get(correlation_id)
    if not waiting:
        return False
    request = requests[waiting[0]]
    try:
        _fields, trailing_bytes = lenient_response_fields(frame, request.api_key,
                                                          request.api_version)
    except (DecodeError, ValueError):
        return False
    return trailing_bytes == 0


def _frames(runs: tuple[Run, ...], connection: int, min_bytes: int,
            verified: Callable[[bytes], bool]) -> Iterator[_Frame]:
    """The frames of one direction, back to back from each run's first verified boundary;
    `verified` tells whether a frame found at an unproven offset is really one. A size prefix
    that cannot be one (a stream that is not what we took it for) is resynchronised the same
    way. A receiver gets bytes in stream order, so a frame is complete only once every byte
    before it is too."""
    completed_at = -1
    for run in runs:
        data, position, aligned = run.data, 0, run.is_stream_start
        counted = 0  # bytes of the run already in `completed_at`
        while position + SIZE_PREFIX_BYTES <= len(data):
            (size_bytes,) = struct.unpack_from(">i", data, position)
            end = position + SIZE_PREFIX_BYTES + size_bytes
            is_plausible = min_bytes <= size_bytes <= MAX_FRAME_BYTES
            if aligned and is_plausible and end > len(data):
                break  # the run ends inside this frame
            frame = data[position + SIZE_PREFIX_BYTES:end]
            if not (is_plausible and end <= len(data) and (aligned or verified(frame))):
                aligned, position = False, position + 1
                continue
            aligned = True
            completed_at = max(completed_at, run.completed_at(counted, end))
            counted = end
            yield _Frame(connection, frame, completed_at, run.stream_offset + position)
            position = end


def _requests(conversation: Conversation) -> list[_Request]:
    found = []
    for frame in _frames(conversation.to_server, conversation.number + 1, _MIN_REQUEST_BYTES,
                         _is_request):
        prefix = parse_request_prefix(frame.frame)
        found.append(_Request(frame, prefix.api_key, prefix.api_version, prefix.correlation_id))
    return found


def _pairs(conversation: Conversation) -> list[tuple[_Request, _Frame | None]]:
    """Each request with its response (None: never answered within the capture)."""
    requests = _requests(conversation)
    pending: dict[int, list[int]] = {}
    for index, request in enumerate(requests):
        pending.setdefault(request.correlation_id, []).append(index)
    answered: dict[int, _Frame] = {}
    for frame in _frames(conversation.to_client, conversation.number + 1, _MIN_RESPONSE_BYTES,
                         lambda frame: _answers(frame, requests, pending)):
        (correlation_id,) = struct.unpack_from(">i", frame.frame, 0)
        waiting = pending.get(correlation_id)
        if waiting:  # the oldest request with that id; one lost in a gap has none
            answered[waiting.pop(0)] = frame
    return [(request, answered.get(index)) for index, request in enumerate(requests)]


# --- frames to a case ----------------------------------------------------------------------


def recorded_frames(conversations: Sequence[Conversation]) -> list[RecordedFrame]:
    """Requests and responses as the recorder would have written them, in capture order: by
    the packet that completed each, a response never before its request."""
    keyed: list[tuple[tuple[int, int, int, int], RecordedFrame]] = []
    for conversation in conversations:
        upstream = f"{conversation.server[0]}:{conversation.server[1]}"
        for request, response in _pairs(conversation):
            sent = request.sent
            frame = RecordedFrame(0, sent.connection, "request", sent.frame, upstream,
                                  api_key=request.api_key, api_version=request.api_version,
                                  correlation_id=request.correlation_id)
            keyed.append(((sent.completed_at, 0, sent.connection, sent.position), frame))
            if response is not None:
                answer = dataclasses.replace(frame, direction="response", frame=response.frame)
                done = max(response.completed_at, sent.completed_at)
                keyed.append(((done, 1, response.connection, response.position), answer))
    keyed.sort(key=lambda item: item[0])
    return [dataclasses.replace(frame, sequence=number)
            for number, (_key, frame) in enumerate(keyed)]


def inferred_topics(case: Case) -> tuple[tuple[TopicSetup, ...], tuple[str, ...]]:
    """(setup, cleanup): topics Metadata answers show, with their partition count, and
    topics the capture creates itself (deleted first on replay, not set up)."""
    created = {str(topic["name"]) for exchange in case.exchanges
               if exchange.api_key == _CREATE_TOPICS_KEY and exchange.request is not None
               for topic in exchange.request.get("topics", ())}
    partitions: dict[str, int] = {}
    for exchange in case.exchanges:
        if exchange.api_key != _METADATA_KEY or not isinstance(exchange.response, dict):
            continue
        for topic in exchange.response.get("topics", ()):
            name = topic.get("name")
            if topic.get("error_code") == 0 and name and not name.startswith("__"):
                partitions[name] = max(partitions.get(name, 0), len(topic["partitions"]))
    setup = tuple(TopicSetup(name, count) for name, count in sorted(partitions.items())
                  if name not in created)
    return setup, tuple(sorted(created))


def import_capture(data: bytes, name: str, *, ports: frozenset[int] = frozenset({DEFAULT_PORT}),
                   topics: tuple[TopicSetup, ...] = (), description: str = "",
                   kafka_versions: tuple[str, ...] = ()) -> Case:
    """The case a capture holds: every connection to `ports`. `topics` replace the inferred
    setup entries of the same name (for partition counts or configs the capture does not
    show)."""
    conversations = reassemble(tcp_segments(read_packets(data)), ports)
    frames = recorded_frames(conversations)
    if not frames:
        raise ValueError(f"no Kafka request found on port(s) {sorted(ports)}")
    case = convert(frames, name, description=description)
    setup, cleanup = inferred_topics(case)
    given = {topic.name for topic in topics}
    setup = tuple(topic for topic in setup if topic.name not in given) + topics
    return dataclasses.replace(case, setup=setup, cleanup=cleanup,
                               kafka_versions=kafka_versions or case.kafka_versions,
                               schedule=causal_schedule(case))


def causal_schedule(case: Case) -> tuple[int, ...]:
    """The capture's interleaving, with each response a later request substitutes from read
    before that request is sent. Packet timestamps across connections (or a capture's own
    reordering) may put a response after the request that used its value; the client could not
    have sent it then, and a replay must not either."""
    needs: dict[int, set[int]] = {}
    for substitution in case.substitutions:
        source = int(substitution.capture.rsplit("@", 1)[1])
        if source != substitution.exchange:
            needs.setdefault(substitution.exchange, set()).add(source)
    schedule = list(case.schedule)
    for exchange, sources in sorted(needs.items()):
        for source in sorted(sources):
            read, send = -1 - source, exchange
            if read in schedule and send in schedule \
                    and schedule.index(read) > schedule.index(send):
                schedule.remove(read)
                schedule.insert(schedule.index(send), read)
    return tuple(schedule)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("capture", type=Path, help="a pcap or pcapng file")
    parser.add_argument("--out", type=Path, default=Path("."), metavar="DIR",
                        help="directory for the case file (default: the current one)")
    parser.add_argument("--name", help="case name (default: the capture's file name)")
    parser.add_argument("--port", type=int, action="append", dest="ports", metavar="PORT",
                        help=f"a broker port (repeatable; default {DEFAULT_PORT})")
    parser.add_argument("--topic", action="append", default=[],
                        metavar="NAME[:PARTITIONS[:K=V,...]]",
                        help="a topic to create before replaying (overrides the inferred one)")
    parser.add_argument("--kafka-version", action="append", default=[], dest="kafka_versions",
                        metavar="VERSION",
                        help="a Kafka version the capture's answers hold for (repeatable)")
    parser.add_argument("--description", default="",
                        help="what the traffic shows: which cluster, clients and Kafka release")


def run_import(arguments: argparse.Namespace) -> int:
    name = arguments.name or arguments.capture.name.split(".")[0]
    ports = frozenset(arguments.ports or (DEFAULT_PORT,))
    description = arguments.description or (
        f"Imported from the capture {arguments.capture.name} (broker port(s) "
        f"{', '.join(map(str, sorted(ports)))}) by kspec import-pcap.")
    try:
        case = import_capture(
            arguments.capture.read_bytes(), name, ports=ports, description=description,
            topics=tuple(parse_topic(topic) for topic in arguments.topic),
            kafka_versions=tuple(arguments.kafka_versions))
    except (OSError, ValueError, DecodeError) as error:
        print(f"kspec import-pcap: {error}", file=sys.stderr)
        return 1
    arguments.out.mkdir(parents=True, exist_ok=True)
    path = arguments.out / f"{name}{CASE_SUFFIX}"
    save_case(case, path)
    connections = len({exchange.connection for exchange in case.exchanges})
    print(f"{path}: {len(case.exchanges)} exchanges on {connections} connection(s), "
          f"{len(case.captures)} captures, setup {[topic.name for topic in case.setup]}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kspec import-pcap",
                                     description="Turn a packet capture into a case.")
    add_arguments(parser)
    return run_import(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
