"""The conformance case format (version 1): one recorded conversation, replayable against any
broker, with the rules for comparing what it answers.

A case is one JSON object (`*.case.json`, indented so that diffs read well):
  format            1
  name, description what the case shows; the description cites Kafka's source where the
                    behaviour is not obvious
  kafka_versions    the Kafka releases whose answers the expected responses are (e.g. ["4.0"])
  setup             topics (name, partitions, replication factor, configs) created before the
                    first exchange; a replayer deletes them first if they exist
  cleanup           more topics deleted before the first exchange (ones the case creates)
  rules             extra matching rules on top of `matcher.DEFAULT_RULES`:
                    ignore (path patterns never compared), presence (compared only as null or
                    not), unordered (lists compared as multisets)
  captures          a value read from one exchange's actual response (name, exchange, path)
  substitutions     where a captured value goes in a later request (capture, exchange, path)
                    The converter finds them by value: producer id and epoch (InitProducerId ->
                    Produce batches), fetch session id, topic id, and for groups the member id
                    (JoinGroup's MEMBER_ID_REQUIRED answer, KIP-394 -> the rejoin, SyncGroup
                    and its assignments, Heartbeat, LeaveGroup, OffsetCommit), the generation
                    (JoinGroup -> SyncGroup, Heartbeat, OffsetCommit) and the KIP-848 member
                    epoch (ConsumerGroupHeartbeat -> the next heartbeat, and OffsetCommit's
                    generation_id_or_member_epoch). What a target allocates is therefore what
                    the replay sends back; member ids, JoinGroup's leader and coordinator
                    addresses are not compared (`matcher.DEFAULT_RULES`), generations and
                    member epochs are.
  known             differences accepted for a target (target, case, path pattern, reason)
  schedule          the recorded interleaving: `i` sends exchange i's request, `-1 - i` reads
                    its answer (empty: each request waits for its own answer)
  exchanges         in the order they were sent: connection, api key and version, phase, the
                    request and expected response as raw hex (the truth that is sent) and as
                    decoded fields (for readers and for matching); a response of null means
                    none is expected (Produce with acks=0)
  brokers, roles,   multi-broker cases only (`conformance.roles`): the brokers the case needs,
  routes            the node id each role (`leader of T-P`, `follower K of T-P`) had when
                    recorded, and the role of the broker each connection went to; node ids in
                    answers are compared through the roles. Absent in single-broker files.

Paths name a field inside decoded fields: `topics[0].partitions[1].error_code`. A `records`
field decodes to its list of batches, so `records[0].producer_id` is the first batch's producer
id (a substitution there rewrites the batch header and its CRC).
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from spec.decode_error import DecodeError
from spec.generated.response_header import ResponseHeader
from spec.messages import (
    API_BY_KEY,
    decode_request,
    decode_response,
    response_header_version,
)
from spec.records.batch import Record, decode_batch, iter_batches
from spec.wire import Reader

FORMAT_VERSION = 1
_API_VERSIONS_KEY = 18
CASE_SUFFIX = ".case.json"

Fields = Any  # JSON-ready: dict, list, str, int, bool or None


@dataclasses.dataclass(frozen=True, slots=True)
class TopicSetup:
    name: str
    partitions: int = 1
    replication_factor: int = 1
    configs: tuple[tuple[str, str], ...] = ()


@dataclasses.dataclass(frozen=True, slots=True)
class Rules:
    ignore: tuple[str, ...] = ()
    presence: tuple[str, ...] = ()
    unordered: tuple[str, ...] = ()

    def merged(self, other: Rules) -> Rules:
        return Rules(self.ignore + other.ignore, self.presence + other.presence,
                     self.unordered + other.unordered)

    def without_ignored(self, patterns: tuple[str, ...]) -> Rules:
        return Rules(tuple(pattern for pattern in self.ignore if pattern not in patterns),
                     self.presence, self.unordered)


@dataclasses.dataclass(frozen=True, slots=True)
class Capture:
    name: str
    exchange: int
    path: str


@dataclasses.dataclass(frozen=True, slots=True)
class Substitution:
    capture: str
    exchange: int
    path: str


@dataclasses.dataclass(frozen=True, slots=True)
class KnownDifference:
    """A difference accepted for targets matching `target` (a shell pattern), in cases whose
    name matches `case`, at paths matching `path` (a matcher pattern)."""

    target: str
    path: str
    reason: str
    case: str = "*"


@dataclasses.dataclass(frozen=True, slots=True)
class Exchange:
    connection: int
    api_key: int
    api_version: int
    request_hex: str
    response_hex: str | None
    phase: str | None = None
    request: Fields = None
    response: Fields = None

    @property
    def api_name(self) -> str:
        api = API_BY_KEY.get(self.api_key)
        return f"api{self.api_key}" if api is None else api.name


@dataclasses.dataclass(frozen=True, slots=True)
class Case:
    name: str
    exchanges: tuple[Exchange, ...]
    description: str = ""
    kafka_versions: tuple[str, ...] = ("4.0",)
    setup: tuple[TopicSetup, ...] = ()
    cleanup: tuple[str, ...] = ()
    rules: Rules = Rules()
    captures: tuple[Capture, ...] = ()
    substitutions: tuple[Substitution, ...] = ()
    known: tuple[KnownDifference, ...] = ()
    schedule: tuple[int, ...] = ()
    # Multi-broker cases (see conformance.roles): how many brokers the case needs, the node id
    # each role had in the recording, and the role of the broker each connection went to.
    brokers: int = 1
    roles: tuple[tuple[str, int], ...] = ()
    routes: tuple[tuple[int, str], ...] = ()

    @property
    def is_cluster_case(self) -> bool:
        return self.brokers > 1 or bool(self.roles)

    def to_json(self) -> dict[str, Any]:
        plain = _plain(self)
        del plain["brokers"], plain["roles"], plain["routes"]
        if self.is_cluster_case:  # single-broker files stay as they were
            plain["brokers"] = self.brokers
            plain["roles"] = dict(self.roles)
            plain["routes"] = {str(connection): role for connection, role in self.routes}
        return {"format": FORMAT_VERSION, **plain}

    @classmethod
    def from_json(cls, item: dict[str, Any]) -> Case:
        if item.get("format") != FORMAT_VERSION:
            raise ValueError(f"case format {item.get('format')!r}, expected {FORMAT_VERSION}")
        return cls(
            name=str(item["name"]), description=str(item.get("description", "")),
            kafka_versions=tuple(item.get("kafka_versions", ("4.0",))),
            setup=tuple(TopicSetup(topic["name"], topic["partitions"],
                                   topic["replication_factor"],
                                   tuple((str(k), str(v)) for k, v in topic["configs"]))
                        for topic in item.get("setup", ())),
            cleanup=tuple(str(name) for name in item.get("cleanup", ())),
            rules=Rules(**{key: tuple(value) for key, value in item.get("rules", {}).items()}),
            captures=tuple(Capture(**capture) for capture in item.get("captures", ())),
            substitutions=tuple(Substitution(**sub) for sub in item.get("substitutions", ())),
            known=tuple(KnownDifference(**known) for known in item.get("known", ())),
            exchanges=tuple(Exchange(**exchange) for exchange in item["exchanges"]),
            schedule=tuple(int(step) for step in item.get("schedule", ())),
            brokers=int(item.get("brokers", 1)),
            roles=tuple((str(role), int(node)) for role, node in item.get("roles", {}).items()),
            routes=tuple((int(connection), str(role))
                         for connection, role in item.get("routes", {}).items()),
        )


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {field.name: _plain(getattr(value, field.name))
                for field in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    return value


def save_case(case: Case, path: Path) -> None:
    path.write_text(json.dumps(case.to_json(), indent=1) + "\n", encoding="utf-8")


def load_case(path: Path) -> Case:
    return Case.from_json(json.loads(path.read_text(encoding="utf-8")))


def find_case_files(paths: list[Path]) -> list[Path]:
    """The case files named, and those under named directories, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(path.rglob(f"*{CASE_SUFFIX}"))
        else:
            found.append(path)
    return found


# --- messages as fields -------------------------------------------------------------------


def message_fields(message: Any) -> Fields:
    """A generated message as JSON-ready fields; `records` bytes become their batches."""
    if dataclasses.is_dataclass(message) and not isinstance(message, type):
        return {field.name: _field_value(field.name, getattr(message, field.name))
                for field in dataclasses.fields(message)}
    if isinstance(message, tuple | list):
        return [message_fields(item) for item in message]
    if isinstance(message, bytes | bytearray | memoryview):
        return bytes(message).hex()
    if isinstance(message, uuid.UUID):
        return str(message)
    return message


def _field_value(name: str, value: Any) -> Fields:
    if name == "records" and isinstance(value, bytes | bytearray | memoryview):
        return records_fields(bytes(value))
    return message_fields(value)


def records_fields(records: bytes) -> Fields:
    batches: list[Fields] = []
    try:
        for position, _header in iter_batches(records):
            batch = decode_batch(memoryview(records)[position:])
            header = dict(message_fields(batch.header))
            header["compression"] = batch.header.compression.name.lower()
            header["timestamp_type"] = batch.header.timestamp_type.name.lower()
            header["records"] = [_record_fields(record) for record in batch.records]
            batches.append(header)
    except DecodeError as error:
        batches.append({"undecodable": str(error), "size_bytes": len(records)})
    return batches


def _record_fields(record: Record) -> Fields:
    return {"offset_delta": record.offset_delta, "timestamp_delta": record.timestamp_delta,
            "attributes": record.attributes, "key": _text(record.key),
            "value": _text(record.value),
            "headers": [[key, _text(value)] for key, value in record.headers]}


def _text(value: bytes | None) -> str | None:
    """Readable when it is UTF-8 text; hex behind a 0x otherwise."""
    if value is None:
        return None
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return "0x" + value.hex()


def request_fields(request_hex: str) -> Fields:
    """The request body as fields; None when this protocol cannot decode it."""
    try:
        _header, message = decode_request(bytes.fromhex(request_hex))
    except DecodeError:
        return None
    return message_fields(message)


def response_fields(frame: bytes, api_key: int, api_version: int) -> Fields:
    _correlation_id, message = decode_response(frame, api_key, api_version)
    return message_fields(message)


def lenient_decode_response(frame: bytes, api_key: int, api_version: int) -> tuple[Any, int]:
    """The response and how many bytes follow its end. A peer that appends bytes still gets
    every field compared; the trailing bytes are one difference of their own."""
    api = API_BY_KEY.get(api_key)
    if api is None or not api.supports(api_version):
        raise DecodeError(f"no schema for API {api_key} v{api_version}", offset=0,
                          field="response")
    reader = Reader(frame)
    ResponseHeader.read(reader, response_header_version(api_key, api_version))
    message = api.response_type.read(reader, api_version)
    return message, reader.remaining


def lenient_response_fields(frame: bytes, api_key: int, api_version: int) -> tuple[Fields, int]:
    """Fields and trailing byte count of an answer; KIP-511: an ApiVersions request of a
    version the broker does not serve is answered in v0, so that layout is tried next."""
    try:
        message, trailing_bytes = lenient_decode_response(frame, api_key, api_version)
    except DecodeError:
        if api_key != _API_VERSIONS_KEY:
            raise
        message, trailing_bytes = lenient_decode_response(frame, api_key, 0)
    return message_fields(message), trailing_bytes


# --- paths --------------------------------------------------------------------------------


def split_path(path: str) -> list[str | int]:
    """`topics[0].name` -> ["topics", 0, "name"]."""
    steps: list[str | int] = []
    for part in path.split(".") if path else []:
        name, *indexes = part.split("[")
        if name:
            steps.append(name)
        steps += [int(index.rstrip("]")) for index in indexes]
    return steps


def join_path(steps: list[str | int]) -> str:
    text = ""
    for step in steps:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text


def field_at(fields: Fields, path: str) -> Fields:
    """The value at `path`; KeyError or IndexError when it is not there."""
    for step in split_path(path):
        fields = fields[step]
    return fields


def leaf_paths(fields: Fields, prefix: list[str | int] | None = None
               ) -> Iterator[tuple[list[str | int], Fields]]:
    """Every scalar in `fields` with its path (empty lists and dicts are leaves too)."""
    steps = prefix or []
    if isinstance(fields, dict) and fields:
        for name, value in fields.items():
            yield from leaf_paths(value, [*steps, name])
    elif isinstance(fields, list) and fields:
        for index, value in enumerate(fields):
            yield from leaf_paths(value, [*steps, index])
    else:
        yield steps, fields
