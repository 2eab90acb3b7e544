"""The simulator's invariant checks over observable state, each a named predicate of
spec/invariants.py.

After every step (`InvariantChecker.check`), for each partition of the topic:
- HighWatermarkWithinLog: log start offset <= high watermark <= log end offset;
- HighWatermarkMonotonic: the high watermark never goes back, across restarts too (one
  replica, every write flushed: recovery must bring back everything that was acknowledged);
- NoCommittedRecordLost (by offset): every acknowledged offset is below the high watermark;
- LeaderEpochMonotonic: the partition's leader epoch never goes back, across restarts too.
At the end (`check_final_log`), over the whole log read back through Fetch:
- OffsetsDenseAndIncreasing, RecordWrittenOnce, IdempotentNoDuplicate, and
  AcknowledgedAtOffset (every acknowledged value sits at the offset its answer named).
The core asserts its own invariants as it goes; those raise the same `InvariantViolated`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from reference.core.dispatch import DeferBytes
from reference.core.partition import Partition
from reference.sim.clients import TOPIC, batch_messages
from reference.sim.history import History, Message
from reference.sim.node import BrokerNode, Hangup
from spec.generated.fetch import FetchRequest
from spec.generated.request_header import RequestHeader
from spec.invariants import (
    ProducerWrite,
    acknowledged_at_offset,
    check,
    high_watermark_monotonic,
    high_watermark_within_log,
    idempotent_no_duplicate,
    leader_epoch_monotonic,
    offsets_dense_and_increasing,
    record_written_once,
)
from spec.messages import decode_response, encode_request
from spec.records.batch import iter_batches


class InvariantChecker:
    """Checks after every step; remembers high watermarks and acknowledged offsets."""

    def __init__(self, history: History) -> None:
        self._history = history
        self._seen_operations = 0
        self._high_watermarks: dict[int, int] = {}
        self._highest_acknowledged: dict[int, int] = {}
        self._leader_epochs: dict[int, int] = {}

    def _note_acknowledgements(self) -> None:
        operations = self._history.operations
        for operation in operations[self._seen_operations:]:
            if operation.function == "send" and operation.kind == "ok":
                for message in operation.messages:
                    self._highest_acknowledged[message.partition] = max(
                        self._highest_acknowledged.get(message.partition, -1), message.offset)
        self._seen_operations = len(operations)

    def check(self, node: BrokerNode) -> None:
        self._note_acknowledgements()
        for partition in node.partitions():
            if partition.topic == TOPIC:
                self._check_partition(partition)

    def _check_partition(self, partition: Partition) -> None:
        index, high_watermark = partition.index, partition.high_watermark
        check("HighWatermarkWithinLog", high_watermark_within_log(
            partition.log_start_offset, high_watermark, partition.log_end_offset),
            partition=index, log_start_offset=partition.log_start_offset,
            high_watermark=high_watermark, log_end_offset=partition.log_end_offset)
        before = self._high_watermarks.get(index, 0)
        check("HighWatermarkMonotonic", high_watermark_monotonic(before, high_watermark),
              partition=index, before=before, after=high_watermark)
        self._high_watermarks[index] = high_watermark
        highest = self._highest_acknowledged.get(index, -1)
        check("NoCommittedRecordLost", highest < high_watermark, partition=index,
              highest_acknowledged_offset=highest, high_watermark=high_watermark)
        epoch_before = self._leader_epochs.get(index, partition.leader_epoch)
        check("LeaderEpochMonotonic", leader_epoch_monotonic(epoch_before, partition.leader_epoch),
              partition=index, before=epoch_before, after=partition.leader_epoch)
        self._leader_epochs[index] = partition.leader_epoch


def call_node(node: BrokerNode, request: Any, version: int) -> Any:
    """Send `request` to the node directly (no network, no faults); its decoded answer, or None
    when the node hangs up."""
    header = RequestHeader(request_api_key=request.API_KEY, request_api_version=version,
                           correlation_id=1, client_id="simulator")
    served = node.serve(encode_request(header, request), "simulator")
    if isinstance(served, DeferBytes):
        ready = served.poll(served.deadline_ms, True)
        assert ready is not None
        served = node.finish(ready)
    if served is None or isinstance(served, Hangup | DeferBytes):
        return None
    return decode_response(served, request.API_KEY, version)[1]


@dataclass(frozen=True, slots=True)
class LogContents:
    messages: dict[int, list[Message]]
    writes: dict[int, list[ProducerWrite]]


def read_log(node: BrokerNode, partitions: list[Partition]) -> LogContents:
    """Every record of the topic, read through Fetch from each partition's log start."""
    messages: dict[int, list[Message]] = defaultdict(list)
    writes: dict[int, list[ProducerWrite]] = defaultdict(list)
    for partition in partitions:
        if partition.topic != TOPIC:
            continue
        position = partition.log_start_offset
        for _ in range(100_000):  # bounded: every round moves `position` forward or stops
            records = _fetch(node, partition.index, position)
            read = [m for m in batch_messages(partition.index, records) if m.offset >= position]
            if not read:
                break
            messages[partition.index] += read
            writes[partition.index] += [
                ProducerWrite(header.producer_id, header.producer_epoch, header.base_sequence,
                              header.last_sequence)
                for _, header in iter_batches(records) if header.last_offset >= position]
            position = read[-1].offset + 1
    return LogContents(dict(messages), dict(writes))


def _fetch(node: BrokerNode, partition: int, position: int) -> bytes:
    request = FetchRequest(replica_id=-1, max_wait_ms=0, min_bytes=1, max_bytes=1 << 20, topics=(
        FetchRequest.FetchTopic(topic=TOPIC, partitions=(FetchRequest.FetchPartition(
            partition=partition, fetch_offset=position, partition_max_bytes=1 << 20),)),))
    answer = call_node(node, request, 12)
    assert answer is not None, "the node hung up on the final read"
    result = answer.responses[0].partitions[0]
    assert result.error_code == 0, result
    return bytes(result.records or b"")


def check_final_log(contents: LogContents, history: History) -> None:
    acknowledged: dict[int, dict[int, int]] = defaultdict(dict)
    for operation in history.operations:
        if operation.function == "send" and operation.kind == "ok":
            for message in operation.messages:
                acknowledged[message.partition][message.value] = message.offset
    all_values = [m.value for messages in contents.messages.values() for m in messages]
    counts = Counter(all_values)
    check("RecordWrittenOnce", record_written_once(all_values),
          duplicated=sorted(v for v, count in counts.items() if count > 1)[:10])
    for index, messages in contents.messages.items():
        offsets = [m.offset for m in messages]
        check("OffsetsDenseAndIncreasing", offsets_dense_and_increasing(offsets),
              partition=index, offsets=offsets[:20])
        check("IdempotentNoDuplicate", idempotent_no_duplicate(contents.writes[index]),
              partition=index)
    for index, wanted in acknowledged.items():
        found = {m.value: m.offset for m in contents.messages.get(index, [])}
        missing = {v: o for v, o in wanted.items() if found.get(v) != o}
        check("AcknowledgedAtOffset", acknowledged_at_offset(wanted, found), partition=index,
              acknowledged_but_not_there=dict(sorted(missing.items())[:10]))
