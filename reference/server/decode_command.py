"""`kspec decode`: a Kafka frame to JSON, and the table of every API the protocol layer knows.

Request frames describe themselves (their header names the API and version); a response frame
needs `--api` and `--version`. A frame may come with or without its 4-byte size prefix.
Record batches inside Produce and Fetch are decoded too (records, headers, control records).
`--roundtrip` re-encodes what was decoded and fails, naming the first differing byte, unless the
bytes are identical.
"""

from __future__ import annotations

import argparse
import json
import struct
import sys
from pathlib import Path

from reference.server.message_json import message_to_json
from spec.decode_error import DecodeError
from spec.messages import (
    API_BY_KEY,
    decode_request,
    decode_response,
    encode_request,
    encode_response,
)


def api_table() -> list[dict[str, object]]:
    return [{"key": api.key, "name": api.name, "min_version": api.min_version,
             "max_version": api.max_version, "first_flexible_version": api.flexible_min_version}
            for api in sorted(API_BY_KEY.values(), key=lambda api: api.key)]


def print_api_table(output: str) -> None:
    rows = api_table()
    if output == "json":
        print(json.dumps(rows, indent=2))
        return
    print(f"{'KEY':>4}  {'NAME':<32} {'MIN':>4} {'MAX':>4} {'FLEXIBLE':>8}")
    for row in rows:
        flexible = "-" if row["first_flexible_version"] is None else row["first_flexible_version"]
        print(f"{row['key']:>4}  {row['name']!s:<32} {row['min_version']:>4} "
              f"{row['max_version']:>4} {flexible!s:>8}")


def read_frame(arguments: argparse.Namespace) -> bytes:
    if arguments.file:
        raw = Path(arguments.file).read_bytes()
    elif arguments.hex:
        raw = bytes.fromhex("".join(arguments.hex.split()))
    else:
        raw = bytes.fromhex("".join(sys.stdin.read().split()))
    return strip_size_prefix(raw)


def strip_size_prefix(raw: bytes) -> bytes:
    """Drop a leading int32 size when it equals the length of what follows it."""
    if len(raw) >= 4 and struct.unpack(">i", raw[:4])[0] == len(raw) - 4:
        return raw[4:]
    return raw


def first_difference(expected: bytes, actual: bytes) -> int:
    for position, (left, right) in enumerate(zip(expected, actual, strict=False)):
        if left != right:
            return position
    return min(len(expected), len(actual))


def run_decode(arguments: argparse.Namespace) -> int:
    if arguments.list_apis:
        print_api_table(arguments.output)
        return 0
    frame = read_frame(arguments)
    try:
        if arguments.response:
            if arguments.api is None or arguments.version is None:
                print("kspec decode: --response needs --api and --version", file=sys.stderr)
                return 2
            correlation_id, message = decode_response(frame, arguments.api, arguments.version)
            decoded: dict[str, object] = {"correlation_id": correlation_id,
                                          "api_key": arguments.api,
                                          "api_version": arguments.version,
                                          "response": message_to_json(message)}
            reencoded = encode_response(correlation_id, arguments.api, arguments.version, message)
        else:
            header, request = decode_request(frame)
            decoded = {"header": message_to_json(header), "request": message_to_json(request)}
            reencoded = encode_request(header, request)
    except DecodeError as error:
        print(f"kspec decode: {error}", file=sys.stderr)
        return 1
    print(json.dumps(decoded, indent=2))
    if arguments.roundtrip and reencoded != frame:
        position = first_difference(frame, reencoded)
        print(f"kspec decode: round trip differs at byte {position} "
              f"(input {len(frame)} bytes, re-encoded {len(reencoded)} bytes)", file=sys.stderr)
        return 1
    return 0
