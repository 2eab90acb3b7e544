"""A Jepsen-style history of what clients did and saw, and the checker that reads it.

A history is a list of `Operation`s: a client invokes a `send` (values to a partition) or a
`poll`, and later the operation completes `ok` (with the offsets the broker acknowledged or
the records read), `fail` (the broker answered with a definite error: nothing was written) or
`info` (indeterminate: the client gave up, or the run ended, without knowing). A `seek` (`info`)
marks a consumer moving its position on purpose, which restarts its monotonicity checks.

`check_history` is a pure function reporting Jepsen's Kafka anomalies, each with the operations
that show it:
- lost-write: a send was acknowledged at offset o, some poll read past o in that partition,
  yet no poll ever read the value;
- unseen: an acknowledged value nobody read, with no poll past its offset either (after the
  simulator's final drain every acknowledged value should have been read);
- duplicate: one value at two offsets (read or acknowledged);
- inconsistent-offsets: two different values at one offset;
- aborted-read (G1a): a poll read a value whose send definitely failed. This is what a broker
  that answers an idempotent retry with DUPLICATE_SEQUENCE_NUMBER produces (the mutant
  `reject-instead-of-dedupe`, the anomaly Jepsen found in Redpanda): the first attempt was
  written, the retry was told it failed, so the client reports a failure for a value the log
  holds. An application that re-sent the value would turn it into a `duplicate`;
- nonmonotonic-poll: a consumer's reads in one partition go backwards or repeat without a seek;
- nonmonotonic-send: a producer's acknowledged offsets in one partition go backwards.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple

Kind = Literal["invoke", "ok", "fail", "info"]
Function = Literal["send", "poll", "seek"]

ANOMALY_NAMES = ("lost-write", "unseen", "duplicate", "inconsistent-offsets", "aborted-read",
                 "nonmonotonic-poll", "nonmonotonic-send")


class Message(NamedTuple):
    """A value at an offset of a partition; `offset` is -1 when not known (a send invoked)."""

    partition: int
    offset: int
    value: int


@dataclass(frozen=True, slots=True)
class Operation:
    index: int
    time_ms: int
    process: str
    kind: Kind
    function: Function
    messages: tuple[Message, ...] = ()
    error: str = ""

    def describe(self) -> str:
        shown = ", ".join(f"p{m.partition}@{m.offset}={m.value}" if m.offset >= 0
                          else f"p{m.partition}:{m.value}" for m in self.messages)
        error = f" ({self.error})" if self.error else ""
        return f"#{self.index} {self.process} {self.kind} {self.function} [{shown}]{error}"


@dataclass(frozen=True, slots=True)
class Anomaly:
    name: str
    explanation: str
    operations: tuple[Operation, ...]


class History:
    """An append-only history; processes record into one shared list so the order is global."""

    def __init__(self) -> None:
        self.operations: list[Operation] = []

    def record(self, time_ms: int, process: str, kind: Kind, function: Function,
               messages: Iterable[Message] = (), error: str = "") -> Operation:
        operation = Operation(len(self.operations), time_ms, process, kind, function,
                              tuple(messages), error)
        self.operations.append(operation)
        return operation


@dataclass(frozen=True, slots=True)
class _Index:
    """What the history says, arranged for the checks."""

    acknowledged: dict[int, tuple[Message, Operation]]
    failed: dict[int, Operation]
    reads: dict[int, list[tuple[Message, Operation]]]
    highest_read: dict[int, int]


def _index(history: Sequence[Operation]) -> _Index:
    invoked: dict[tuple[str, int], Operation] = {}
    acknowledged: dict[int, tuple[Message, Operation]] = {}
    failed: dict[int, Operation] = {}
    reads: dict[int, list[tuple[Message, Operation]]] = defaultdict(list)
    highest_read: dict[int, int] = defaultdict(lambda: -1)
    for operation in history:
        if operation.function == "send":
            for message in operation.messages:
                if operation.kind == "invoke":
                    invoked[(operation.process, message.value)] = operation
                elif operation.kind == "ok":
                    acknowledged[message.value] = (message, operation)
                elif operation.kind == "fail":
                    failed[message.value] = operation
        elif operation.function == "poll" and operation.kind == "ok":
            for message in operation.messages:
                reads[message.value].append((message, operation))
                highest_read[message.partition] = max(highest_read[message.partition],
                                                      message.offset)
    return _Index(acknowledged, failed, dict(reads), dict(highest_read))


def lost_and_unseen(index: _Index) -> list[Anomaly]:
    anomalies: list[Anomaly] = []
    for value, (message, operation) in sorted(index.acknowledged.items()):
        if value in index.reads:
            continue
        highest = index.highest_read.get(message.partition, -1)
        if highest > message.offset:
            anomalies.append(Anomaly("lost-write", f"value {value} was acknowledged at "
                                     f"p{message.partition}@{message.offset}, consumers read up "
                                     f"to offset {highest}, and nobody read it", (operation,)))
        else:
            anomalies.append(Anomaly("unseen", f"value {value} was acknowledged at "
                                     f"p{message.partition}@{message.offset} and never read",
                                     (operation,)))
    return anomalies


def duplicates_and_inconsistent(index: _Index) -> list[Anomaly]:
    at_offset: dict[tuple[int, int], dict[int, Operation]] = defaultdict(dict)
    of_value: dict[int, dict[tuple[int, int], Operation]] = defaultdict(dict)
    sightings = [pair for seen in index.reads.values() for pair in seen]
    sightings += list(index.acknowledged.values())
    for message, operation in sightings:
        at_offset[(message.partition, message.offset)].setdefault(message.value, operation)
        of_value[message.value].setdefault((message.partition, message.offset), operation)
    anomalies = [Anomaly("duplicate", f"value {value} is at {len(places)} offsets: " + ", ".join(
                     f"p{p}@{o}" for p, o in sorted(places)), tuple(places.values()))
                 for value, places in sorted(of_value.items()) if len(places) > 1]
    anomalies += [Anomaly("inconsistent-offsets", f"p{p}@{o} holds values "
                          f"{sorted(values)}", tuple(values.values()))
                  for (p, o), values in sorted(at_offset.items()) if len(values) > 1]
    return anomalies


def aborted_reads(index: _Index) -> list[Anomaly]:
    return [Anomaly("aborted-read", f"value {value} was read at p{seen[0][0].partition}@"
                    f"{seen[0][0].offset} though its send failed ({failed.error})",
                    (failed, seen[0][1]))
            for value, failed in sorted(index.failed.items())
            if (seen := index.reads.get(value)) and value not in index.acknowledged]


def nonmonotonic_polls(history: Sequence[Operation]) -> list[Anomaly]:
    last: dict[tuple[str, int], tuple[int, Operation]] = {}
    anomalies: list[Anomaly] = []
    for operation in history:
        if operation.function == "seek":
            last = {key: seen for key, seen in last.items() if key[0] != operation.process}
        if operation.function != "poll" or operation.kind != "ok":
            continue
        for message in operation.messages:
            key = (operation.process, message.partition)
            previous = last.get(key)
            if previous is not None and message.offset <= previous[0]:
                anomalies.append(Anomaly("nonmonotonic-poll", f"{operation.process} read "
                                         f"p{message.partition}@{message.offset} after "
                                         f"@{previous[0]}", (previous[1], operation)))
            last[key] = (message.offset, operation)
    return anomalies


def nonmonotonic_sends(history: Sequence[Operation]) -> list[Anomaly]:
    last: dict[tuple[str, int], tuple[int, Operation]] = {}
    anomalies: list[Anomaly] = []
    for operation in history:
        if operation.function != "send" or operation.kind != "ok":
            continue
        for message in operation.messages:
            key = (operation.process, message.partition)
            previous = last.get(key)
            if previous is not None and message.offset <= previous[0]:
                anomalies.append(Anomaly("nonmonotonic-send", f"{operation.process} was "
                                         f"acknowledged p{message.partition}@{message.offset} "
                                         f"after @{previous[0]}", (previous[1], operation)))
            last[key] = (message.offset, operation)
    return anomalies


def check_history(history: Sequence[Operation]) -> list[Anomaly]:
    """Every anomaly in `history`, in the order of ANOMALY_NAMES; empty for a clean history."""
    index = _index(history)
    found = (lost_and_unseen(index) + duplicates_and_inconsistent(index) + aborted_reads(index)
             + nonmonotonic_polls(history) + nonmonotonic_sends(history))
    return sorted(found, key=lambda anomaly: ANOMALY_NAMES.index(anomaly.name))
