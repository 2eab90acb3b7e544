"""Field-path diff of a decoded response against the expected one, under matching rules.

A rule is a path pattern: `*` matches any run of characters, `[]` stands for any list index
(as does a concrete one: indexes are not told apart), and a pattern matches a path when it
matches the path or one of its dotted tails, so `node_id` covers `brokers[].node_id` and
`coordinators[].node_id`. A pattern may start with an API name and a colon
(`Metadata:topics`) to hold for that API's responses only.

Lists are compared by position, except where Kafka leaves the order unspecified: there they are
compared as multisets, elements paired by their `name` (or partition index, API key, ...) when
they have one. Kafka builds CreateTopics results and Metadata topics from hash maps, and
DeleteTopics answers in completion order (ControllerApis.deleteTopics), and DescribeConfigs
lists a resource's configs in the order of a config map (ConfigHelper.describeConfigs), so
their order is not part of the protocol. The group coordinator keeps members, groups and
committed offsets in hash maps too (ClassicGroup.members, the offsets' TimelineHashMap), so
JoinGroup's member list, DescribeGroups' and ConsumerGroupDescribe's members, ListGroups,
DeleteGroups and OffsetFetch's topics are multisets as well; members pair by their fields with
the member ids (allocated, ignored) left out.
"""

from __future__ import annotations

import fnmatch
import json
import re
from dataclasses import dataclass
from functools import cache

from conformance.case import Fields, KnownDifference, Rules, join_path

MISSING = "<missing>"
_PAIRING_KEYS = ("name", "topic", "partition_index", "partition", "api_key", "key")

DEFAULT_RULES = Rules(
    ignore=(
        # Differ by broker, deployment or run, never by protocol behaviour.
        "throttle_time_ms", "cluster_id", "controller_id", "node_id", "leader_id",
        "replica_nodes", "isr_nodes", "offline_replicas", "host", "port", "rack",
        "node_endpoints", "log_dir", "total_bytes", "usable_bytes",
        # Identifiers a broker allocates: captured and substituted, never compared.
        "producer_id", "member_id", "JoinGroup:leader", "session_id", "topic_id",
        # The client's address as the broker saw it (DescribeGroups, ConsumerGroupDescribe).
        "client_host",
        # A stored batch's CRC covers its producer id, which differs with the broker's.
        "records[].crc",
    ),
    presence=("error_message", "batch_index_error_message"),
    unordered=(
        "CreateTopics:topics", "DeleteTopics:responses", "Metadata:topics",
        "Metadata:topics[].partitions", "Metadata:brokers", "ApiVersions:api_keys",
        "DescribeConfigs:results[].configs",
        # Group members and groups come out of the coordinator's hash maps.
        "JoinGroup:members", "DescribeGroups:groups[].members", "ListGroups:groups",
        "ConsumerGroupDescribe:groups[].members", "DeleteGroups:results",
        "OffsetFetch:topics", "OffsetFetch:groups[].topics",
    ),
)


@dataclass(frozen=True, slots=True)
class Difference:
    exchange: int
    api: str
    path: str
    expected: Fields
    actual: Fields
    known_reason: str | None = None

    @property
    def is_known(self) -> bool:
        return self.known_reason is not None


@cache
def _pattern_regex(field_pattern: str) -> re.Pattern[str]:
    body = re.escape(normalized(field_pattern)).replace(r"\*", ".*")
    return re.compile(rf"(?:.*\.)?{body}")


def normalized(path: str) -> str:
    """`topics[3].partitions[0]` -> `topics[].partitions[]`."""
    return re.sub(r"\[\d+\]", "[]", path)


def pattern_matches(pattern: str, api: str, path: str) -> bool:
    api_part, has_api, field_pattern = pattern.rpartition(":")
    if has_api and api_part != api:
        return False
    return _pattern_regex(field_pattern).fullmatch(normalized(path)) is not None


def _any_matches(patterns: tuple[str, ...], api: str, path: str) -> bool:
    return any(pattern_matches(pattern, api, path) for pattern in patterns)


def diff_fields(expected: Fields, actual: Fields, rules: Rules, *, api: str,
                exchange: int = 0) -> list[Difference]:
    """Every difference between two decoded responses of one API, as field paths."""
    found: list[Difference] = []
    _diff(expected, actual, [], _Context(rules, api, exchange, found))
    return found


@dataclass(frozen=True, slots=True)
class _Context:
    rules: Rules
    api: str
    exchange: int
    found: list[Difference]

    def report(self, steps: list[str | int], expected: Fields, actual: Fields) -> None:
        self.found.append(Difference(self.exchange, self.api, join_path(steps), expected,
                                     actual))


def _diff(expected: Fields, actual: Fields, steps: list[str | int], context: _Context) -> None:
    path = join_path(steps)
    rules = context.rules
    if steps and _any_matches(rules.ignore, context.api, path):
        return
    if steps and _any_matches(rules.presence, context.api, path):
        if (expected is None) != (actual is None):
            context.report(steps, expected, actual)
        return
    if isinstance(expected, dict) and isinstance(actual, dict):
        for name in [*expected, *(key for key in actual if key not in expected)]:
            _diff(expected.get(name, MISSING), actual.get(name, MISSING), [*steps, name],
                  context)
    elif isinstance(expected, list) and isinstance(actual, list):
        if _any_matches(rules.unordered, context.api, path):
            pairs = _pair_unordered(expected, actual, steps, context)
        else:
            pairs = [(index, expected[index] if index < len(expected) else MISSING,
                      actual[index] if index < len(actual) else MISSING)
                     for index in range(max(len(expected), len(actual)))]
        for index, expected_item, actual_item in pairs:
            _diff(expected_item, actual_item, [*steps, index], context)
    elif expected != actual or type(expected) is not type(actual):
        context.report(steps, expected, actual)


def _pair_unordered(expected: list[Fields], actual: list[Fields], steps: list[str | int],
                    context: _Context) -> list[tuple[int, Fields, Fields]]:
    """Expected elements with their counterparts; extra actual ones indexed past the end."""
    key = _pairing_key(expected + actual)
    if key is None:
        expected = sorted(expected, key=lambda item: _canonical(item, steps, context))
        actual = sorted(actual, key=lambda item: _canonical(item, steps, context))
        return [(index, expected[index] if index < len(expected) else MISSING,
                 actual[index] if index < len(actual) else MISSING)
                for index in range(max(len(expected), len(actual)))]
    remaining = list(actual)
    pairs: list[tuple[int, Fields, Fields]] = []
    for index, item in enumerate(expected):
        match = next((other for other in remaining if other[key] == item[key]), MISSING)
        if match is not MISSING:
            remaining.remove(match)
        pairs.append((index, item, match))
    pairs += [(len(expected) + extra, MISSING, item) for extra, item in enumerate(remaining)]
    return pairs


def _pairing_key(items: list[Fields]) -> str | None:
    if not items or not all(isinstance(item, dict) for item in items):
        return None
    return next((key for key in _PAIRING_KEYS if all(key in item for item in items)), None)


def _canonical(item: Fields, steps: list[str | int], context: _Context) -> str:
    """The element as text with its ignored fields blanked, so they do not steer sorting."""
    def masked(value: Fields, inner: list[str | int]) -> Fields:
        if _any_matches(context.rules.ignore, context.api, join_path(inner)):
            return None
        if isinstance(value, dict):
            return {name: masked(field, [*inner, name]) for name, field in value.items()}
        if isinstance(value, list):
            return [masked(field, [*inner, index]) for index, field in enumerate(value)]
        return value

    return json.dumps(masked(item, [*steps, 0]), sort_keys=True)


def mark_known(differences: list[Difference], known: tuple[KnownDifference, ...],
               target: str, case: str) -> list[Difference]:
    """The differences with the reason of the known-difference entry each matches, if any."""
    marked: list[Difference] = []
    for difference in differences:
        reason = next((entry.reason for entry in known
                       if fnmatch.fnmatchcase(target, entry.target)
                       and fnmatch.fnmatchcase(case, entry.case)
                       and pattern_matches(entry.path, difference.api, difference.path)),
                      None)
        marked.append(Difference(difference.exchange, difference.api, difference.path,
                                 difference.expected, difference.actual, reason))
    return marked
