"""Recorder JSON lines -> a case: requests paired with their responses, fields decoded, and the
captures a replay needs found by value.

Pairing: a response answers the request with its correlation id on the same connection (the
recorder already matched them). A request nothing answered (Produce with acks=0, or a
connection closed first) becomes an exchange with no expected response.

Captures: a broker allocates producer ids, fetch session ids, member ids, generations and topic
ids, and clients echo them in later requests. Wherever a later request carries the same
non-trivial value, in a field of the same name, as an earlier response did, the case captures
it from that response and substitutes it there, so a replay echoes what the target allocated.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from conformance.case import (
    Capture,
    Case,
    Exchange,
    Fields,
    Substitution,
    TopicSetup,
    join_path,
    leaf_paths,
    lenient_response_fields,
    request_fields,
    save_case,
)
from conformance.recorder import RecordedFrame, read_case_file
from spec.decode_error import DecodeError

CAPTURED_FIELDS = frozenset({
    "producer_id", "producer_epoch", "session_id", "member_id", "generation_id", "topic_id",
    "member_epoch",
})
# Request fields that echo a response field under another name: OffsetCommit v1+ carries the
# classic generation or the KIP-848 member epoch in one field; AddPartitionsToTxn v0-3 names
# its producer id and epoch apart from v4+'s.
_ECHOED_AS = {"generation_id_or_member_epoch": ("generation_id", "member_epoch"),
              "v3_and_below_producer_id": ("producer_id",),
              "v3_and_below_producer_epoch": ("producer_epoch",)}
_TRIVIAL_VALUES: tuple[Fields, ...] = (
    None, -1, 0, "", "00000000-0000-0000-0000-000000000000")
# A fresh cluster's first producer id and epoch are 0: real values here, not placeholders.
_TRIVIAL_BY_FIELD: dict[str, tuple[Fields, ...]] = {
    name: (None, -1) for name in ("producer_id", "producer_epoch", "v3_and_below_producer_id",
                                  "v3_and_below_producer_epoch")}


def exchanges_from_frames(frames: Sequence[RecordedFrame]) -> list[Exchange]:
    """One exchange per request, in the order the requests were sent."""
    responses = {(frame.connection_id, frame.correlation_id): frame
                 for frame in frames if frame.direction == "response"}
    exchanges: list[Exchange] = []
    for frame in frames:
        if frame.direction != "request":
            continue
        assert frame.api_key is not None and frame.api_version is not None, frame
        response = responses.get((frame.connection_id, frame.correlation_id))
        expected: Fields = None
        if response is not None:
            try:
                expected, _trailing_bytes = lenient_response_fields(
                    response.frame, frame.api_key, frame.api_version)
            except DecodeError:
                expected = None  # compared as bytes on replay
        exchanges.append(Exchange(
            connection=frame.connection_id, api_key=frame.api_key,
            api_version=frame.api_version, request_hex=frame.frame.hex(),
            response_hex=None if response is None else response.frame.hex(),
            phase=frame.phase, request=request_fields(frame.frame.hex()), response=expected))
    return exchanges


def schedule_from_frames(frames: Sequence[RecordedFrame]) -> tuple[int, ...]:
    """Sends and reads in the order the recorder saw the frames (see `Case.schedule`)."""
    requests = [frame for frame in frames if frame.direction == "request"]
    index_of = {(frame.connection_id, frame.correlation_id): index
                for index, frame in enumerate(requests)}
    steps: list[int] = []
    sent = 0
    for frame in frames:
        if frame.direction == "request":
            steps.append(sent)
            sent += 1
            continue
        index = index_of.get((frame.connection_id, frame.correlation_id))
        if index is not None:
            steps.append(-1 - index)
    return tuple(steps)


def find_captures(exchanges: Sequence[Exchange]
                  ) -> tuple[tuple[Capture, ...], tuple[Substitution, ...]]:
    """Captures from responses, and substitutions into the later requests that echo them."""
    captured: dict[tuple[str, str], Capture] = {}
    used: dict[str, Capture] = {}
    substitutions: list[Substitution] = []
    for index, exchange in enumerate(exchanges):
        for steps, value in _captured_leaves(exchange.request, requests=True):
            names = _ECHOED_AS.get(str(steps[-1]), (str(steps[-1]),))
            capture = next((captured[key] for key in ((name, repr(value)) for name in names)
                            if key in captured), None)
            if capture is not None:
                used[capture.name] = capture
                substitutions.append(Substitution(capture.name, index, join_path(steps)))
        for steps, value in _captured_leaves(exchange.response):
            key = (str(steps[-1]), repr(value))
            if key not in captured:
                captured[key] = Capture(f"{steps[-1]}@{index}", index, join_path(steps))
    return tuple(used.values()), tuple(substitutions)


def _captured_leaves(fields: Fields, *, requests: bool = False
                     ) -> list[tuple[list[str | int], Fields]]:
    if fields is None:
        return []
    names = CAPTURED_FIELDS | _ECHOED_AS.keys() if requests else CAPTURED_FIELDS
    return [(steps, value) for steps, value in leaf_paths(fields)
            if steps and steps[-1] in names
            and value not in _TRIVIAL_BY_FIELD.get(str(steps[-1]), _TRIVIAL_VALUES)]


def convert(frames: Sequence[RecordedFrame], name: str, *, description: str = "",
            setup: tuple[TopicSetup, ...] = (), cleanup: tuple[str, ...] = ()) -> Case:
    exchanges = exchanges_from_frames(frames)
    captures, substitutions = find_captures(exchanges)
    return Case(name=name, description=description, setup=setup, cleanup=cleanup,
                captures=captures, schedule=schedule_from_frames(frames),
                substitutions=substitutions, exchanges=tuple(exchanges))


def parse_topic(text: str) -> TopicSetup:
    """`name[:partitions[:key=value,...]]`."""
    name, _, rest = text.partition(":")
    partitions, _, configs = rest.partition(":")
    pairs = tuple(tuple(pair.split("=", 1)) for pair in configs.split(",") if pair)
    return TopicSetup(name, int(partitions or 1), 1,
                      tuple((key, value) for key, value in pairs))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m conformance.convert",
                                     description="Turn a recording into a conformance case.")
    parser.add_argument("recording", type=Path, help="JSON lines written by `kspec record`")
    parser.add_argument("--out", type=Path, required=True, help="case file (*.case.json)")
    parser.add_argument("--name", help="case name (default: the recording's file name)")
    parser.add_argument("--description", default="")
    parser.add_argument("--topic", action="append", default=[],
                        metavar="NAME[:PARTITIONS[:K=V,...]]", help="topic to create first")
    args = parser.parse_args(argv)
    case = convert(read_case_file(args.recording), args.name or args.recording.stem,
                   description=args.description,
                   setup=tuple(parse_topic(topic) for topic in args.topic))
    save_case(case, args.out)
    print(f"{args.out}: {len(case.exchanges)} exchanges, {len(case.captures)} captures")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
