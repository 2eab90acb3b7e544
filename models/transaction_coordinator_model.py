"""A Hypothesis state machine: transactional producers against the transaction coordinator.

Drives `reference.core.transactions.TransactionCoordinator` as the broker will: every record it
returns is encoded and appended to an in-memory `__transaction_state`, markers are "written"
when a rule says so, and a coordinator restart replays that log into a fresh coordinator.
Clients are producer instances over two transactional ids, some speaking transaction version 2
(KIP-890 part 2: the epoch moves at every EndTxn, partitions join on produce) and some the
classic protocol; an instance that is replaced by a new InitProducerId (a crash and restart)
stays behind as a zombie and keeps sending with its old epoch. A virtual clock lets
transactions time out and idle ids expire.
Checked after every step:
  TransactionStateTransitionValid  over each id's records in the log, in order;
  ProducerEpochMonotonic            per id, between steps and between consecutive records;
  FencedEpochNeverWrites            over the (producer id, epoch) of every client request that
                                    wrote a record and every marker, in order;
  a load of the log rebuilds the live state (the fields Kafka's load restores: not the last
  epoch, the previous producer id, nor an Empty id's start time, which Kafka keeps in memory).
Run: `python -m models.transaction_coordinator_model [--examples N] [--steps N]`.
"""

from __future__ import annotations

import argparse
import itertools
import sys
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

from reference.core.transactions.coordinator import TransactionCoordinator, TransactionSettings
from reference.core.transactions.metadata import TransactionMetadata
from reference.core.transactions.results import TxnMarker
from reference.core.transactions.versions import TV_0, TV_2
from spec.errors import ErrorCode
from spec.invariants import (
    InvariantViolated,
    ProducerWrite,
    check,
    fenced_epoch_never_writes,
    producer_epoch_monotonic,
    transaction_state_transition_valid,
)
from spec.transaction_records import TransactionRecord, TransactionState, decode_transaction_record

TRANSACTIONAL_IDS = ("t1", "t2")
PARTITIONS = (("a", 0), ("a", 1), ("b", 0))
TIMEOUT_MS = 1_000
SETTINGS = TransactionSettings(max_timeout_ms=5_000, partition_count=3,
                               transactional_id_expiration_ms=20_000)


@dataclass
class Instance:
    """One producer instance: what its client believes its id and epoch are."""

    transactional_id: str
    producer_id: int
    producer_epoch: int
    transaction_version: int


def _restored(metadata: TransactionMetadata) -> tuple[object, ...]:
    """The fields a load restores exactly as the live coordinator holds them."""
    start_ms = None if metadata.state is TransactionState.EMPTY else metadata.start_timestamp_ms
    return (metadata.state, metadata.producer_id, metadata.producer_epoch, metadata.timeout_ms,
            metadata.partitions, start_ms, metadata.last_update_timestamp_ms,
            metadata.client_transaction_version, metadata.next_producer_id)


class TransactionCoordinatorModel(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.producer_ids = itertools.count(100)
        self.coordinator = self._new_coordinator()
        self.log: list[tuple[bytes, bytes | None]] = []
        self.instances: list[Instance] = []
        self.writes: list[ProducerWrite] = []
        self.now_ms = 0
        self.last_seen: dict[str, tuple[int, int]] = {}

    def _new_coordinator(self) -> TransactionCoordinator:
        return TransactionCoordinator(SETTINGS, lambda: next(self.producer_ids))

    def _append(self, records: tuple[TransactionRecord, ...],
                markers: tuple[TxnMarker, ...] = ()) -> None:
        self.log += [self.coordinator.encode(record) for record in records]
        self.writes += [ProducerWrite(m.producer_id, m.producer_epoch, 0, 0) for m in markers]

    def _client_wrote(self, instance: Instance, records: tuple[TransactionRecord, ...]) -> None:
        if records:
            self.writes.append(ProducerWrite(instance.producer_id, instance.producer_epoch, 0, 0))

    def _instance(self, index: int) -> Instance:
        """Mostly one of the newest instances (live producers), sometimes any (a zombie)."""
        if index < 12:
            return self.instances[-1 - index % min(3, len(self.instances))]
        return self.instances[index % len(self.instances)]

    # --- clients -------------------------------------------------------------------------------

    @rule(transactional_id=st.sampled_from(TRANSACTIONAL_IDS), version=st.sampled_from([0, 2]),
          resume=st.booleans())
    def init_producer(self, transactional_id: str, version: int, resume: bool) -> None:
        """A producer starts (or restarts) under a transactional id; with `resume` it names the
        id and epoch of the newest instance, as a v3+ client recovering from an error does."""
        current = [i for i in self.instances if i.transactional_id == transactional_id]
        expected = (current[-1].producer_id, current[-1].producer_epoch) \
            if resume and current else None
        result = self.coordinator.init_producer_id(transactional_id, TIMEOUT_MS, self.now_ms,
                                                   expected)
        self._append(result.records)
        if result.error is ErrorCode.NONE:
            self.instances.append(Instance(transactional_id, result.producer_id,
                                           result.producer_epoch, version))

    @precondition(lambda self: self.instances)
    @rule(index=st.integers(0, 15), partitions=st.sets(st.sampled_from(PARTITIONS), min_size=1))
    def add_partitions(self, index: int, partitions: set[tuple[str, int]]) -> None:
        instance = self._instance(index)
        version = TV_2 if instance.transaction_version == 2 else TV_0
        result = self.coordinator.add_partitions(
            instance.transactional_id, instance.producer_id, instance.producer_epoch,
            partitions, self.now_ms, version)
        self._client_wrote(instance, result.records)
        self._append(result.records)

    @precondition(lambda self: self.instances)
    @rule(index=st.integers(0, 15))
    def add_offsets(self, index: int) -> None:
        instance = self._instance(index)
        result = self.coordinator.add_offsets(instance.transactional_id, instance.producer_id,
                                              instance.producer_epoch, "group", self.now_ms)
        self._client_wrote(instance, result.records)
        self._append(result.records)

    @precondition(lambda self: self.instances)
    @rule(index=st.integers(0, 15), is_commit=st.booleans())
    def end_transaction(self, index: int, is_commit: bool) -> None:
        instance = self._instance(index)
        version = TV_2 if instance.transaction_version == 2 else TV_0
        result = self.coordinator.end_txn(instance.transactional_id, instance.producer_id,
                                          instance.producer_epoch, is_commit, self.now_ms,
                                          version)
        self._client_wrote(instance, result.records)
        self._append(result.records, result.markers)
        if result.error is ErrorCode.NONE and version == TV_2:
            instance.producer_id, instance.producer_epoch = result.producer_id, \
                result.producer_epoch

    # --- the broker and time -------------------------------------------------------------------

    @rule(transactional_id=st.sampled_from(TRANSACTIONAL_IDS))
    def write_markers(self, transactional_id: str) -> None:
        """Every marker of the id's transaction reached its partition."""
        result = self.coordinator.markers_written(transactional_id, self.now_ms)
        self._append(result.records)

    @rule(elapsed_ms=st.sampled_from([0, 1, 400, TIMEOUT_MS, TIMEOUT_MS + 1, 25_000]))
    def time_passes(self, elapsed_ms: int) -> None:
        self.now_ms += elapsed_ms
        result = self.coordinator.tick(self.now_ms)
        self._append(result.records, result.markers)

    @rule()
    def restart_coordinator(self) -> None:
        """The coordinator's broker restarts: a new coordinator loads the log, then sends the
        markers of every transaction still prepared."""
        self.coordinator = self._loaded_coordinator()
        self.writes += [ProducerWrite(m.producer_id, m.producer_epoch, 0, 0)
                        for m in self.coordinator.pending_markers()]

    def _loaded_coordinator(self) -> TransactionCoordinator:
        loaded = self._new_coordinator()
        for key, value in self.log:
            loaded.replay(decode_transaction_record(key, value))
        return loaded

    # --- invariants ----------------------------------------------------------------------------

    @invariant()
    def transitions_in_the_log_are_valid(self) -> None:
        last: dict[str, TransactionRecord] = {}
        for key, value in self.log:
            record = decode_transaction_record(key, value)
            before = last.get(record.transactional_id)
            if before is not None and before.entry is not None and record.entry is not None:
                check("TransactionStateTransitionValid", transaction_state_transition_valid(
                    before.entry.state.display_name, record.entry.state.display_name),
                    transactional_id=record.transactional_id, before=before.entry,
                    after=record.entry)
                check("ProducerEpochMonotonic", producer_epoch_monotonic(
                    (before.entry.producer_id, before.entry.producer_epoch),
                    (record.entry.producer_id, record.entry.producer_epoch)),
                    transactional_id=record.transactional_id)
            last[record.transactional_id] = record

    @invariant()
    def epochs_never_go_back(self) -> None:
        for transactional_id, metadata in self.coordinator.transactions.items():
            now = (metadata.producer_id, metadata.producer_epoch)
            before = self.last_seen.get(transactional_id, now)
            check("ProducerEpochMonotonic", producer_epoch_monotonic(before, now),
                  transactional_id=transactional_id, before=before, after=now)
            self.last_seen[transactional_id] = now

    @invariant()
    def fenced_epochs_never_write(self) -> None:
        check("FencedEpochNeverWrites", fenced_epoch_never_writes(self.writes),
              writes=self.writes[-6:])

    @invariant()
    def a_load_rebuilds_the_state(self) -> None:
        live = {t: _restored(m) for t, m in self.coordinator.transactions.items()}
        rebuilt = {t: _restored(m) for t, m in self._loaded_coordinator().transactions.items()}
        check("ReplayRebuildsState", live == rebuilt, live=live, rebuilt=rebuilt)


def run_model(max_examples: int | None = None, step_count: int | None = None, *,
              shrink: bool = True) -> None:
    """Run the state machine under the current Hypothesis profile, optionally cheaper or
    longer."""
    overrides: dict[str, object] = {}
    if max_examples is not None:
        overrides["max_examples"] = max_examples
    if step_count is not None:
        overrides["stateful_step_count"] = step_count
    if not shrink:
        overrides["phases"] = [Phase.explicit, Phase.reuse, Phase.generate]
    run_state_machine_as_test(TransactionCoordinatorModel,
                              settings=settings(**overrides))  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    """`python -m models.transaction_coordinator_model [--examples N] [--steps N]`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=300)
    parser.add_argument("--steps", type=int, default=60)
    arguments = parser.parse_args(argv)
    try:
        run_model(arguments.examples, arguments.steps)
    except InvariantViolated as violation:
        print("\n".join(getattr(violation, "__notes__", [])))  # Hypothesis puts the trace there
        print(f"invariant violated: {violation}")
        return 1
    print("no invariant violated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
