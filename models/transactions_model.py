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

from hypothesis import Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from models.txn_client import (
    READ_COMMITTED,
    READ_UNCOMMITTED,
    TxnClient,
    read_committed_view,
)
from reference.core import mutants
from reference.core.partition import MarkerRequest
from reference.sim.inprocess import CoreClient
from spec.generated.end_txn import EndTxnRequest
from spec.generated.errors import ErrorCode
from spec.invariants import (
    InvariantViolated,
    check,
    last_stable_offset_below_open_transaction,
    no_aborted_read,
    no_lost_committed_write,
    no_torn_transaction,
)

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
