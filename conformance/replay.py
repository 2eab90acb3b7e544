"""Run cases against a broker: set up, send every exchange's request (captured values
substituted), read the answer, and compare it with the expected one under the case's rules.

Targets: `HOST:PORT` of any Kafka-compatible broker, or `embedded`, which starts the reference
broker in this process (`conformance.embedded`), once per case so that no case sees another's
topics.

Each of the case's connections gets its own socket. Requests go out, and answers are read, in
the order the recorder saw them (the case's schedule), so the target sees the conversation as
the client paced it: a Fetch that was still waiting when a Produce on another connection came
in is waiting again when the replayed Produce arrives.
"""

from __future__ import annotations

import contextlib
import dataclasses
import struct
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from conformance.case import (
    Case,
    Exchange,
    Fields,
    KnownDifference,
    Rules,
    field_at,
    lenient_response_fields,
    split_path,
)
from conformance.cluster_target import ClusterRouting, route_cluster_case
from conformance.embedded import embedded_broker as embedded_broker  # re-exported
from conformance.embedded_cluster import embedded_cluster
from conformance.matcher import DEFAULT_RULES, Difference, diff_fields, mark_known
from conformance.roles import (
    CLUSTER_IGNORED,
    CLUSTER_UNORDERED,
    UNIGNORED_IN_CLUSTER_CASES,
    renamed_role,
    translate_node_ids,
)
from conformance.target import Connection, parse_targets, run_setup
from spec.decode_error import DecodeError
from spec.messages import decode_request, encode_request
from spec.records.batch import iter_batches
from spec.records.header import (
    BASE_SEQUENCE_OFFSET,
    CRC_OFFSET,
    PRODUCER_EPOCH_OFFSET,
    PRODUCER_ID_OFFSET,
    compute_batch_crc,
)

EMBEDDED = "embedded"
_BATCH_FIELDS = {"producer_id": (PRODUCER_ID_OFFSET, ">q"),
                 "producer_epoch": (PRODUCER_EPOCH_OFFSET, ">h"),
                 "base_sequence": (BASE_SEQUENCE_OFFSET, ">i")}


@dataclass(frozen=True, slots=True)
class CaseResult:
    case: str
    exchanges: int
    differences: tuple[Difference, ...] = ()
    error: str | None = None
    elapsed_ms: float = 0.0
    exchanges_ms: float = 0.0  # the exchanges alone: no broker start, no setup
    skipped: str | None = None  # why the case did not run (it does not hold for the version)

    @property
    def unknown_differences(self) -> tuple[Difference, ...]:
        return tuple(found for found in self.differences if not found.is_known)

    @property
    def passed(self) -> bool:
        return self.error is None and not self.unknown_differences

    @property
    def outcome(self) -> str:
        if self.skipped is not None:
            return "skipped"
        if self.error is not None:
            return "error"
        if self.unknown_differences:
            return "fail"
        return "known" if self.differences else "pass"


# --- substitutions -------------------------------------------------------------------------


def substitute(message: Any, path: str, value: Fields) -> Any:
    """`message` with the field at `path` set to `value` (a batch header field inside a
    `records` field is patched in the batch bytes, CRC recomputed)."""
    return _set(message, split_path(path), value)


def _set(node: Any, steps: list[str | int], value: Fields) -> Any:
    if not steps:
        return uuid.UUID(str(value)) if isinstance(node, uuid.UUID) else value
    step, rest = steps[0], steps[1:]
    if isinstance(node, bytes) and isinstance(step, int) and len(rest) == 1:
        return patch_batch(node, step, str(rest[0]), int(str(value)))
    if isinstance(step, int):
        items = list(node)
        items[step] = _set(items[step], rest, value)
        return tuple(items)
    return dataclasses.replace(node, **{step: _set(getattr(node, step), rest, value)})


def patch_batch(records: bytes, batch_index: int, field: str, value: int) -> bytes:
    """`records` with one header field of its `batch_index`-th batch replaced."""
    offset, layout = _BATCH_FIELDS[field]
    positions = [position for position, _header in iter_batches(records)]
    position = positions[batch_index]
    patched = bytearray(records)
    struct.pack_into(layout, patched, position + offset, value)
    struct.pack_into(">I", patched, position + CRC_OFFSET, compute_batch_crc(patched, position))
    return bytes(patched)


def request_frame(case: Case, index: int, captured: dict[str, Fields]) -> bytes:
    exchange = case.exchanges[index]
    frame = bytes.fromhex(exchange.request_hex)
    substitutions = [sub for sub in case.substitutions
                     if sub.exchange == index and sub.capture in captured]
    if not substitutions:
        return frame
    header, message = decode_request(frame)
    for sub in substitutions:
        message = substitute(message, sub.path, captured[sub.capture])
    return encode_request(header, message)


# --- the wire ------------------------------------------------------------------------------


# --- running a case ------------------------------------------------------------------------


def compare(case: Case, index: int, actual_frame: bytes,
            node_ids: dict[int, int] | None = None) -> tuple[list[Difference], Fields]:
    """Differences of one answer from the expected one, and the answer's fields. In a
    multi-broker case, node ids are compared after `node_ids` (recorded -> target) maps the
    expected ones."""
    exchange = case.exchanges[index]
    if exchange.response is None:
        # Not decodable when recorded: compare the bytes after the correlation id.
        expected_body = (exchange.response_hex or "")[8:]
        found = [] if actual_frame.hex()[8:] == expected_body else [
            Difference(index, exchange.api_name, "", expected_body, actual_frame.hex()[8:])]
        return found, None
    try:
        actual, trailing_bytes = lenient_response_fields(actual_frame, exchange.api_key,
                                                         exchange.api_version)
    except DecodeError as error:
        return [Difference(index, exchange.api_name, "", "a decodable response",
                           f"undecodable: {error}")], None
    rules, expected = case_rules(case), exchange.response
    if case.is_cluster_case:
        expected = translate_node_ids(expected, node_ids or {})
    found = diff_fields(expected, actual, rules, api=exchange.api_name, exchange=index)
    if trailing_bytes:
        found.insert(0, Difference(index, exchange.api_name, "(frame)", "no trailing bytes",
                                   f"{trailing_bytes} bytes after the last field"))
    return found, actual


def case_rules(case: Case) -> Rules:
    """The rules a case is compared under: a multi-broker case compares node ids (through
    its roles) where a single-broker one ignores them."""
    if not case.is_cluster_case:
        return DEFAULT_RULES.merged(case.rules)
    cluster_rules = Rules(ignore=CLUSTER_IGNORED, unordered=CLUSTER_UNORDERED)
    return DEFAULT_RULES.without_ignored(UNIGNORED_IN_CLUSTER_CASES).merged(
        cluster_rules).merged(case.rules)


def _record_captures(case: Case, index: int, actual: Fields,
                     captured: dict[str, Fields]) -> None:
    for capture in case.captures:
        if capture.exchange == index and actual is not None:
            with contextlib.suppress(KeyError, IndexError, TypeError):
                captured[capture.name] = field_at(actual, capture.path)


def schedule_of(case: Case) -> tuple[int, ...]:
    """The case's steps: `i` sends exchange i's request, `-1 - i` reads its answer. Without a
    recorded schedule each request waits for its own answer."""
    if case.schedule:
        return case.schedule
    return tuple(step for index, exchange in enumerate(case.exchanges)
                 for step in ((index, -1 - index) if exchange.response_hex is not None
                              else (index,)))


class _Run:
    """One replay of a case's schedule: sockets per recorded connection, captured values."""

    def __init__(self, case: Case, routing: ClusterRouting) -> None:
        self.case = case
        self.routing = routing
        self.connections: dict[int, Connection] = {}
        self.sent_on: dict[int, Connection] = {}
        self.captured: dict[str, Fields] = {}
        self.differences: list[Difference] = []

    def send(self, index: int) -> None:
        exchange = self.case.exchanges[index]
        connection = self.connections.get(exchange.connection)
        if connection is None:
            address = self.routing.address_of(exchange.connection)
            connection = self.connections[exchange.connection] = Connection(*address)
        self.sent_on[index] = connection
        try:
            connection.send(request_frame(self.case, index, self.captured))
        except ConnectionError as error:
            self._closed(index, error)

    def read(self, index: int) -> None:
        connection = self.sent_on.get(index)
        if connection is None or connection.is_closed:
            self._closed(index, ConnectionError("the target closed the connection"))
            return
        try:
            answer = connection.receive()
        except ConnectionError as error:
            self._closed(index, error)
            return
        found, actual = compare(self.case, index, answer, self.routing.node_ids)
        self.differences += found
        _record_captures(self.case, index, actual, self.captured)

    def _closed(self, index: int, error: ConnectionError) -> None:
        """Kafka too closes a connection on a request it cannot parse; later exchanges of
        that connection go out on a new one, as a client would reconnect."""
        exchange = self.case.exchanges[index]
        self.differences.append(Difference(index, exchange.api_name, "(connection)",
                                           "a response", f"closed: {error}"))
        connection = self.connections.pop(exchange.connection, None)
        if connection is not None:
            connection.close()

    def close(self) -> None:
        for connection in self.connections.values():
            connection.close()


def _run_exchanges(case: Case, routing: ClusterRouting) -> list[Difference]:
    run = _Run(case, routing)
    try:
        for step in schedule_of(case):
            if step >= 0:
                run.send(step)
            else:
                run.read(-1 - step)
    finally:
        run.close()
    return run.differences


def replay_case(case: Case, target: str, known: tuple[KnownDifference, ...] = (), *,
                target_name: str | None = None) -> CaseResult:
    """Run one case; an embedded target gets a fresh reference broker for it (a cluster of
    `case.brokers` for a multi-broker case). Known differences are those listed for
    `target_name` (by default the target itself)."""
    started = time.perf_counter()
    try:
        with _target_addresses(target, case.brokers) as addresses:
            run_setup(case, *addresses[0])
            routing = (route_cluster_case(case, addresses) if case.is_cluster_case
                       else ClusterRouting(addresses[0], {}, {}))
            exchanges_started = time.perf_counter()
            differences = _run_exchanges(case, routing)
            exchanges_ms = (time.perf_counter() - exchanges_started) * 1000
    except (OSError, RuntimeError, DecodeError, ValueError) as error:
        return CaseResult(case.name, len(case.exchanges), error=f"{type(error).__name__}: "
                          f"{error}", elapsed_ms=(time.perf_counter() - started) * 1000)
    marked = mark_known(differences, case.known + known, target_name or target, case.name)
    return CaseResult(case.name, len(case.exchanges), tuple(marked),
                      elapsed_ms=(time.perf_counter() - started) * 1000,
                      exchanges_ms=exchanges_ms)


@contextlib.contextmanager
def _target_addresses(target: str, brokers: int) -> Iterator[list[tuple[str, int]]]:
    if target == EMBEDDED and brokers > 1:
        with embedded_cluster(brokers) as addresses:
            yield addresses
    elif target == EMBEDDED:
        with embedded_broker() as address:
            yield [address]
    else:
        yield parse_targets(target)


def exchange_of(case: Case, difference: Difference) -> Exchange:
    return case.exchanges[difference.exchange]


def isolate_topics(case: Case, suffix: str) -> Case:
    """The case with every topic it sets up or cleans up renamed `<name>-<suffix>`, in requests
    (re-encoded) and expected answers alike: for a target that keeps topics between runs, or
    cannot delete them, each run starts from topics no earlier run touched."""
    renames = {name: f"{name}-{suffix}"
               for name in [*(topic.name for topic in case.setup), *case.cleanup]}
    if not renames:
        return case
    exchanges = tuple(dataclasses.replace(
        exchange, request_hex=_renamed_request(exchange.request_hex, renames),
        request=_renamed_fields(exchange.request, renames),
        response=_renamed_fields(exchange.response, renames)) for exchange in case.exchanges)
    return dataclasses.replace(
        case, exchanges=exchanges, cleanup=tuple(renames[name] for name in case.cleanup),
        setup=tuple(dataclasses.replace(topic, name=renames[topic.name])
                    for topic in case.setup),
        roles=tuple((renamed_role(role, renames), node) for role, node in case.roles),
        routes=tuple((connection, renamed_role(role, renames))
                     for connection, role in case.routes))


def _renamed_request(request_hex: str, renames: dict[str, str]) -> str:
    try:
        header, message = decode_request(bytes.fromhex(request_hex))
    except DecodeError:
        return request_hex  # sent as recorded
    return encode_request(header, _renamed_message(message, renames)).hex()


def _renamed_message(node: Any, renames: dict[str, str]) -> Any:
    if isinstance(node, str):
        return renames.get(node, node)
    if isinstance(node, tuple):
        return tuple(_renamed_message(item, renames) for item in node)
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        changes = {field.name: _renamed_message(getattr(node, field.name), renames)
                   for field in dataclasses.fields(node)}
        return dataclasses.replace(node, **changes)
    return node


def _renamed_fields(fields: Fields, renames: dict[str, str]) -> Fields:
    if isinstance(fields, str):
        return renames.get(fields, fields)
    if isinstance(fields, list):
        return [_renamed_fields(item, renames) for item in fields]
    if isinstance(fields, dict):
        return {key: _renamed_fields(value, renames) for key, value in fields.items()}
    return fields


# --- which Kafka versions a case holds for -------------------------------------------------


def version_parts(version: str) -> tuple[int, ...]:
    """`4.0.1` -> (4, 0, 1); ValueError for anything else."""
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        raise ValueError(f"Kafka version {version!r} is not dotted numbers (4.0, 3.9.1)") \
            from None


def version_holds(entry: str, kafka_version: str) -> bool:
    """Whether one `kafka_versions` entry covers `kafka_version`: `4.0+` covers 4.0 and every
    later release; otherwise the shorter of the two is a prefix of the longer (`4.0` covers
    4.0.1, and asking for `4` takes every case of a 4.x release)."""
    asked = version_parts(kafka_version)
    if entry.endswith("+"):
        return asked >= version_parts(entry[:-1])
    listed = version_parts(entry)
    shorter = min(len(listed), len(asked))
    return listed[:shorter] == asked[:shorter]


def skip_reason(case: Case, kafka_version: str | None) -> str | None:
    """Why `case` does not run for `kafka_version` (None: it runs; no version: all run)."""
    if kafka_version is None:
        return None
    if any(version_holds(entry, kafka_version) for entry in case.kafka_versions):
        return None
    listed = ", ".join(case.kafka_versions) or "none"
    return f"holds for Kafka {listed}, not {kafka_version}"
