"""Transactions over the whole broker, in-process: a client driver and what each isolation level
must return.

`TxnClient` speaks the transactional protocol to a `CoreClient` (FindCoordinator, InitProducerId,
AddPartitionsToTxn, transactional Produce, AddOffsetsToTxn, TxnOffsetCommit, EndTxn) and reads
back with Fetch at either isolation level, filtering aborted data with the response's aborted
transactions list as a Kafka consumer does. `read_committed_view` is the filter.

`TransactionsModel` drives transactional producers (begin, send, send offsets, commit, abort,
crash and restart, a zombie with an old epoch, a late copy of a marker) and the broker (restart).
After every step `check_reads` compares both isolation levels with an abstract record of which
values each transaction wrote and how it ended: NoAbortedRead, NoTornTransaction,
LastStableOffsetBelowOpenTransaction, NoLostCommittedWrite, FencedEpochNeverWrites; and each
group's offset, fetched with require_stable, is UNSTABLE_OFFSET_COMMIT while its transaction is
open and moves only when it commits. The mutant `late-txn-marker-hits-next-txn` (KAFKA-17754)
lets a late ABORT marker of the epoch the next transaction uses into the partition; the model
finds it as an LSO past an open transaction or a lost committed write.
Run: `python -m models.transactions_model [--mutant] [--examples N]`.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any

from hypothesis import Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from reference.core import mutants
from reference.core.partition import MarkerRequest
from reference.sim.inprocess import CoreClient
from spec.generated.add_offsets_to_txn import AddOffsetsToTxnRequest
from spec.generated.add_partitions_to_txn import AddPartitionsToTxnRequest
from spec.generated.end_txn import EndTxnRequest
from spec.generated.errors import ErrorCode
from spec.generated.fetch import FetchRequest
from spec.generated.find_coordinator import FindCoordinatorRequest
from spec.generated.init_producer_id import InitProducerIdRequest
from spec.generated.offset_fetch import OffsetFetchRequest
from spec.generated.produce import ProduceRequest
from spec.generated.txn_offset_commit import TxnOffsetCommitRequest
from spec.invariants import (
    InvariantViolated,
    check,
    last_stable_offset_below_open_transaction,
    no_aborted_read,
    no_lost_committed_write,
    no_torn_transaction,
)
from spec.records.batch import decode_batch, encode_batch, iter_batches
from spec.records.record import Record

READ_UNCOMMITTED = 0
READ_COMMITTED = 1
FETCH_MAX_BYTES = 1 << 20


@dataclass(frozen=True, slots=True)
class FetchedRecord:
    offset: int
    producer_id: int
    value: bytes


@dataclass(frozen=True, slots=True)
class FetchView:
    """One partition's Fetch answer: data records (control batches dropped), the aborted
    transactions list and the last stable offset."""

    records: tuple[FetchedRecord, ...]
    aborted: tuple[tuple[int, int], ...]  # (producer id, first offset)
    last_stable_offset: int
    high_watermark: int


def read_committed_view(view: FetchView, control_offsets: dict[int, int]) -> list[FetchedRecord]:
    """What a read_committed consumer keeps: records of an aborted transaction (from its first
    offset up to the producer's next marker, `control_offsets`: offset -> producer id) dropped."""
    open_aborts: set[int] = set()
    starts = sorted(view.aborted, key=lambda entry: entry[1])
    kept: list[FetchedRecord] = []
    events = sorted([(offset, 1, producer_id) for offset, producer_id in control_offsets.items()]
                    + [(record.offset, 2, record.producer_id) for record in view.records])
    index = 0
    for offset, kind, producer_id in events:
        while index < len(starts) and starts[index][1] <= offset:
            open_aborts.add(starts[index][0])
            index += 1
        if kind == 1:
            open_aborts.discard(producer_id)
        elif producer_id not in open_aborts:
            kept.extend(record for record in view.records if record.offset == offset)
    return kept


class TxnClient:
    """A transactional producer and a consumer of one broker, speaking the wire protocol."""

    def __init__(self, core: CoreClient, topic: str, partitions: int = 1) -> None:
        self.core = core
        self.topic = topic
        self.partitions = partitions

    def call(self, request: Any, version: int) -> Any:
        return self.core.call(request, version)

    def setup(self, group_id: str = "group") -> None:
        """Create the topic and both coordinators' internal topics."""
        from spec.generated.create_topics import CreateTopicsRequest
        topic = CreateTopicsRequest.CreatableTopic(name=self.topic, num_partitions=self.partitions,
                                                   replication_factor=1)
        self.call(CreateTopicsRequest(topics=(topic,), timeout_ms=1000), 7)
        for key, key_type in (("txn", 1), (group_id, 0)):
            for _ in range(3):
                answer = self.call(FindCoordinatorRequest(key=key, key_type=key_type), 3)
                if answer.error_code == ErrorCode.NONE:
                    break
                self.tick()

    def tick(self, step_ms: int = 10) -> None:
        self.core.now_ms += step_ms
        self.core.broker.tick(self.core.now_ms)

    def init(self, transactional_id: str, timeout_ms: int = 60_000) -> tuple[int, int, int]:
        answer = self.call(InitProducerIdRequest(transactional_id=transactional_id,
                                                 transaction_timeout_ms=timeout_ms), 4)
        return answer.error_code, answer.producer_id, answer.producer_epoch

    def add_partitions(self, transactional_id: str, producer_id: int, epoch: int,
                       partitions: tuple[int, ...]) -> int:
        topic = AddPartitionsToTxnRequest.AddPartitionsToTxnTopic(name=self.topic,
                                                                 partitions=partitions)
        answer = self.call(AddPartitionsToTxnRequest(
            v3_and_below_transactional_id=transactional_id,
            v3_and_below_producer_id=producer_id, v3_and_below_producer_epoch=epoch,
            v3_and_below_topics=(topic,)), 3)
        codes = {result.partition_error_code
                 for topic_result in answer.results_by_topic_v3_and_below
                 for result in topic_result.results_by_partition}
        return max(codes) if codes else ErrorCode.NONE

    def produce(self, transactional_id: str | None, producer_id: int, epoch: int,
                sequence: int, partition: int, values: list[bytes]) -> int:
        batch = encode_batch([Record(delta, self.core.now_ms, None, value)
                              for delta, value in enumerate(values)],
                             producer_id=producer_id, producer_epoch=epoch,
                             base_sequence=sequence, is_transactional=transactional_id is not None)
        data = ProduceRequest.TopicProduceData(name=self.topic, partition_data=(
            ProduceRequest.PartitionProduceData(index=partition, records=batch),))
        answer = self.call(ProduceRequest(transactional_id=transactional_id, acks=-1,
                                          timeout_ms=1000, topic_data=(data,)), 9)
        return int(answer.responses[0].partition_responses[0].error_code)

    def add_offsets(self, transactional_id: str, producer_id: int, epoch: int,
                    group_id: str) -> int:
        return int(self.call(AddOffsetsToTxnRequest(
            transactional_id=transactional_id, producer_id=producer_id, producer_epoch=epoch,
            group_id=group_id), 3).error_code)

    def commit_offsets(self, transactional_id: str, producer_id: int, epoch: int, group_id: str,
                       offsets: dict[int, int], version: int = 3) -> dict[int, int]:
        partitions = tuple(TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition(
            partition_index=index, committed_offset=offset) for index, offset in offsets.items())
        answer = self.call(TxnOffsetCommitRequest(
            transactional_id=transactional_id, group_id=group_id, producer_id=producer_id,
            producer_epoch=epoch, topics=(TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic(
                name=self.topic, partitions=partitions),)), version)
        return {result.partition_index: result.error_code
                for topic in answer.topics for result in topic.partitions}

    def end(self, transactional_id: str, producer_id: int, epoch: int, commit: bool) -> int:
        return int(self.call(EndTxnRequest(transactional_id=transactional_id,
                                           producer_id=producer_id, producer_epoch=epoch,
                                           committed=commit), 4).error_code)

    def fetch_offsets(self, group_id: str, partitions: tuple[int, ...],
                      require_stable: bool) -> dict[int, tuple[int, int]]:
        """partition -> (error code, committed offset)."""
        answer = self.call(OffsetFetchRequest(
            group_id=group_id, require_stable=require_stable,
            topics=(OffsetFetchRequest.OffsetFetchRequestTopic(
                name=self.topic, partition_indexes=partitions),)), 7)
        return {result.partition_index: (result.error_code, result.committed_offset)
                for topic in answer.topics for result in topic.partitions}

    def fetch(self, partition: int, isolation_level: int) -> tuple[FetchView, dict[int, int]]:
        """The partition from offset 0, and where each control batch sits (-> producer id)."""
        request = FetchRequest(max_wait_ms=0, min_bytes=0, max_bytes=FETCH_MAX_BYTES,
                               isolation_level=isolation_level, topics=(FetchRequest.FetchTopic(
                                   topic=self.topic, partitions=(FetchRequest.FetchPartition(
                                       partition=partition, fetch_offset=0,
                                       partition_max_bytes=FETCH_MAX_BYTES),)),))
        data = self.call(request, 11).responses[0].partitions[0]
        records: list[FetchedRecord] = []
        controls: dict[int, int] = {}
        raw = bytes(data.records or b"")
        for position, header in iter_batches(raw):
            if header.is_control:
                controls[header.base_offset] = header.producer_id
                continue
            batch = decode_batch(raw, position)
            records.extend(FetchedRecord(entry.offset(header), header.producer_id,
                                         entry.value or b"") for entry in batch.records)
        aborted = tuple((entry.producer_id, entry.first_offset)
                        for entry in data.aborted_transactions or ())
        return FetchView(tuple(records), aborted, data.last_stable_offset,
                         data.high_watermark), controls


# --- the state machine -------------------------------------------------------------------------

TRANSACTIONAL_IDS = ("alpha", "beta")
TOPIC = "events"
GROUP = "group"
# One partition each for the coordinators' topics: a broker per example stays cheap.
SMALL_INTERNAL_TOPICS = (("offsets.topic.num.partitions", "1"),
                         ("transaction.state.log.num.partitions", "1"))
LATE_MARKER_MUTANT = "late-txn-marker-hits-next-txn"
END_TXN_VERSION = 5  # transactions v2 (KIP-890 part 2): every EndTxn bumps the epoch


@dataclass
class ProducerModel:
    """What one transactional producer instance believes, and what it wrote."""

    producer_id: int
    epoch: int
    sequence: int = 0
    open_values: list[bytes] | None = None  # None: no transaction begun
    has_ended: bool = False  # a marker of this epoch was sent (a late copy may arrive)
    pending_offset: int | None = None  # sent to the transaction with TxnOffsetCommit


@dataclass
class LogModel:
    """What each isolation level must return: values by how their transaction ended."""

    committed: list[list[bytes]]
    aborted: set[bytes]
    fenced_attempts: set[bytes]


def _is_idle(producer: ProducerModel) -> bool:
    return producer.open_values is None


def _is_open(producer: ProducerModel) -> bool:
    return producer.open_values is not None


def _may_get_late_marker(producer: ProducerModel) -> bool:
    """A marker of this epoch went out, and a transaction of the same epoch has data here."""
    return producer.has_ended and bool(producer.open_values)


class TransactionsModel(RuleBasedStateMachine):
    """Transactional producers (begin, send, commit, abort, crash and restart, a zombie with an
    old epoch, a late marker) and read_committed / read_uncommitted reads of one partition."""

    def __init__(self) -> None:
        super().__init__()
        self.client = TxnClient(CoreClient(overrides=dict(SMALL_INTERNAL_TOPICS)), TOPIC, 1)
        self.client.setup(GROUP)
        self.producers: dict[str, ProducerModel] = {}
        self.zombies: dict[str, ProducerModel] = {}
        self.log = LogModel([], set(), set())
        self.committed_offsets: dict[str, int] = {}  # by transactional id: its group's offset
        self.next_value = 0
        for transactional_id in TRANSACTIONAL_IDS:
            self.producers[transactional_id] = self._init(transactional_id)

    def _init(self, transactional_id: str) -> ProducerModel:
        for _ in range(5):  # CONCURRENT_TRANSACTIONS while it aborts the previous one
            error, producer_id, epoch = self.client.init(transactional_id)
            if error == ErrorCode.NONE:
                return ProducerModel(producer_id, epoch)
            assert error == ErrorCode.CONCURRENT_TRANSACTIONS, error
            self.client.tick()
        raise AssertionError(f"InitProducerId for {transactional_id} never completed")

    def begin_transaction(self, transactional_id: str) -> None:
        producer = self.producers[transactional_id]
        if producer.open_values is not None:
            return
        assert self.client.add_partitions(transactional_id, producer.producer_id,
                                          producer.epoch, (0,)) == ErrorCode.NONE
        producer.open_values = []

    def send(self, transactional_id: str, count: int) -> None:
        producer = self.producers[transactional_id]
        if producer.open_values is None:
            return
        values = self._values(count)
        error = self.client.produce(transactional_id, producer.producer_id, producer.epoch,
                                    producer.sequence, 0, values)
        assert error == ErrorCode.NONE, error
        producer.sequence += count
        producer.open_values += values

    def end_transaction(self, transactional_id: str, commit: bool) -> None:
        producer = self.producers[transactional_id]
        if producer.open_values is None:
            return
        answer = self.client.call(EndTxnRequest(
            transactional_id=transactional_id, producer_id=producer.producer_id,
            producer_epoch=producer.epoch, committed=commit), END_TXN_VERSION)
        assert answer.error_code == ErrorCode.NONE, answer
        self._settle(producer.open_values, commit)
        if commit and producer.pending_offset is not None:
            self.committed_offsets[transactional_id] = producer.pending_offset
        self.producers[transactional_id] = ProducerModel(
            answer.producer_id, answer.producer_epoch, has_ended=True)

    def send_offsets(self, transactional_id: str) -> None:
        """Consume-transform-produce: the input position joins the transaction."""
        producer = self.producers[transactional_id]
        if producer.open_values is None:
            return
        group_id = f"{GROUP}-{transactional_id}"
        assert self.client.add_offsets(transactional_id, producer.producer_id, producer.epoch,
                                       group_id) == ErrorCode.NONE
        offset = self.next_value
        answer = self.client.commit_offsets(transactional_id, producer.producer_id,
                                            producer.epoch, group_id, {0: offset})
        assert answer == {0: ErrorCode.NONE}, answer
        producer.pending_offset = offset

    def crash_and_restart_producer(self, transactional_id: str) -> None:
        """The process dies; its successor's InitProducerId aborts what it left open."""
        old = self.producers[transactional_id]
        self.zombies[transactional_id] = old
        self.producers[transactional_id] = self._init(transactional_id)
        if old.open_values is not None:
            self._settle(old.open_values, commit=False)
            old.open_values = None

    def zombie_sends(self, transactional_id: str) -> None:
        zombie = self.zombies.get(transactional_id)
        if zombie is None:
            return
        values = self._values(1)
        error = self.client.produce(transactional_id, zombie.producer_id, zombie.epoch,
                                    zombie.sequence, 0, values)
        assert error != ErrorCode.NONE, "a fenced epoch wrote"
        self.log.fenced_attempts.update(values)

    def late_abort_marker_arrives(self, transactional_id: str) -> None:
        """A copy of the producer's last transaction's ABORT marker, delayed in the network,
        reaches the partition while the next transaction is open there (KAFKA-17754)."""
        producer = self.producers[transactional_id]
        if not producer.has_ended or not producer.open_values:
            return
        partition = self.client.core.broker.partition(TOPIC, 0)
        assert partition is not None
        entry = partition.producers.producers[producer.producer_id]
        partition.append_marker(MarkerRequest(
            False, producer.producer_id, producer.epoch, entry.coordinator_epoch,
            transaction_version=2), now_ms=self.client.core.now_ms)

    # --- rules: each picks among the producers it applies to, so no step is wasted ----------

    def _where(self, applies: Callable[[ProducerModel], bool]) -> list[str]:
        return [transactional_id for transactional_id, producer in self.producers.items()
                if applies(producer)]

    def _pick(self, data: st.DataObject, applies: Callable[[ProducerModel], bool]) -> str:
        return data.draw(st.sampled_from(self._where(applies)), label="transactional_id")

    @precondition(lambda self: bool(self._where(_is_idle)))
    @rule(data=st.data())
    def rule_begin(self, data: st.DataObject) -> None:
        self.begin_transaction(self._pick(data, _is_idle))

    @precondition(lambda self: bool(self._where(_is_open)))
    @rule(data=st.data(), count=st.integers(1, 3))
    def rule_send(self, data: st.DataObject, count: int) -> None:
        self.send(self._pick(data, _is_open), count)

    @precondition(lambda self: bool(self._where(_is_open)))
    @rule(data=st.data())
    def rule_send_offsets(self, data: st.DataObject) -> None:
        self.send_offsets(self._pick(data, _is_open))

    @precondition(lambda self: bool(self._where(_is_open)))
    @rule(data=st.data(), commit=st.booleans())
    def rule_end(self, data: st.DataObject, commit: bool) -> None:
        self.end_transaction(self._pick(data, _is_open), commit)

    @rule(transactional_id=st.sampled_from(TRANSACTIONAL_IDS))
    def rule_crash_and_restart_producer(self, transactional_id: str) -> None:
        self.crash_and_restart_producer(transactional_id)

    @precondition(lambda self: bool(self.zombies))
    @rule(data=st.data())
    def rule_zombie_sends(self, data: st.DataObject) -> None:
        self.zombie_sends(data.draw(st.sampled_from(sorted(self.zombies)),
                                    label="transactional_id"))

    @precondition(lambda self: bool(self._where(_may_get_late_marker)))
    @rule(data=st.data())
    def rule_late_abort_marker(self, data: st.DataObject) -> None:
        self.late_abort_marker_arrives(self._pick(data, _may_get_late_marker))

    @rule()
    def restart_broker(self) -> None:
        self.client.core.restart(crash=False)
        self.client.tick()

    def _values(self, count: int) -> list[bytes]:
        values = [f"v{self.next_value + index}".encode() for index in range(count)]
        self.next_value += count
        return values

    def _settle(self, values: list[bytes], commit: bool) -> None:
        if commit:
            self.log.committed.append(list(values))
        else:
            self.log.aborted.update(values)

    @invariant()
    def isolation_levels_return_what_they_must(self) -> None:
        check_reads(self.client, self.log, [producer.open_values or []
                                             for producer in self.producers.values()])

    @invariant()
    def offsets_commit_with_their_transaction(self) -> None:
        for transactional_id, producer in self.producers.items():
            fetched = self.client.fetch_offsets(f"{GROUP}-{transactional_id}", (0,), True)[0]
            expected = ((ErrorCode.UNSTABLE_OFFSET_COMMIT, -1)
                        if producer.pending_offset is not None
                        else (ErrorCode.NONE, self.committed_offsets.get(transactional_id, -1)))
            assert fetched == expected, (transactional_id, fetched, expected)


def check_reads(client: TxnClient, log: LogModel, open_transactions: list[list[bytes]]) -> None:
    view, controls = client.fetch(0, READ_COMMITTED)
    delivered = [record.value for record in read_committed_view(view, controls)]
    check("NoAbortedRead", no_aborted_read(delivered, log.aborted),
          delivered=delivered, aborted=sorted(log.aborted))
    check("NoTornTransaction", no_torn_transaction(delivered, log.committed),
          delivered=delivered, committed=log.committed)
    uncommitted, _ = client.fetch(0, READ_UNCOMMITTED)
    offsets = {record.value: record.offset for record in uncommitted.records}
    open_firsts = [min(offsets[value] for value in values) for values in open_transactions
                   if values]
    check("LastStableOffsetBelowOpenTransaction", last_stable_offset_below_open_transaction(
        view.last_stable_offset, open_firsts), last_stable_offset=view.last_stable_offset,
        open_first_offsets=open_firsts)
    committed = {value for values in log.committed for value in values}
    if not open_firsts:  # nothing holds the LSO back: every committed record is readable
        check("NoLostCommittedWrite", no_lost_committed_write(delivered, committed),
              missing=sorted(committed - set(delivered)))
    check("FencedEpochNeverWrites", not log.fenced_attempts & set(offsets),
          written=sorted(log.fenced_attempts & set(offsets)))


def run_model(max_examples: int | None = None, step_count: int | None = None, *,
              shrink: bool = True) -> None:
    """Run the state machine under the current Hypothesis profile, optionally cheaper."""
    overrides: dict[str, object] = {"deadline": None}  # a step restarts a broker at times
    if max_examples is not None:
        overrides["max_examples"] = max_examples
    if step_count is not None:
        overrides["stateful_step_count"] = step_count
    if not shrink:
        overrides["phases"] = [Phase.explicit, Phase.reuse, Phase.generate]
    run_state_machine_as_test(TransactionsModel,
                              settings=settings(**overrides))  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    """`python -m models.transactions_model [--mutant] [--examples N] [--steps N]`."""
    parser = argparse.ArgumentParser(description="transactions over the broker, in-process")
    parser.add_argument("--examples", type=int, default=200)
    parser.add_argument("--steps", type=int, default=40)
    parser.add_argument("--mutant", action="store_true",
                        help="switch on late-txn-marker-hits-next-txn (KAFKA-17754)")
    arguments = parser.parse_args(argv)
    started = time.monotonic()
    try:
        with mutants.enabled(LATE_MARKER_MUTANT) if arguments.mutant else nullcontext():
            run_model(arguments.examples, arguments.steps)
    except InvariantViolated as violation:
        print("\n".join(getattr(violation, "__notes__", [])))  # Hypothesis puts the trace there
        print(f"invariant violated after {time.monotonic() - started:.1f} s: {violation}")
        return 1
    print(f"no invariant violated ({time.monotonic() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
