"""A Hypothesis state machine: idempotent producers against one partition's producer state.

Drives `reference.core.producers.ProducerStateManager` with a tiny in-memory log and clients that
behave as Kafka's Java producer does with idempotence on: up to five batches in flight, retries
in any order (a retry may overtake an earlier batch), lost requests and lost answers, an epoch
bump after a batch fails for good (KIP-360) with its records sent again, a voluntary bump that
leaves the old instance behind as a zombie, producer expiry, records deleted from the log
head, snapshots and broker restarts.
It compares the log with an abstract model of what the clients were told:
  IdempotentNoDuplicate, IdempotentNoGap, FencedEpochNeverWrites  over the log's batches;
  RecordWrittenOnce, AcknowledgedAtOffset                          over the records.
Where Kafka itself promises nothing, the rules stay out: a producer is expired or the broker
restarted only when no batch in flight depends on state that would be lost (Kafka's snapshot
keeps one batch per producer; expiry forgets the producer). See docs/idempotence.md.
Run: `python -m models.producer_model [--mutant reject-instead-of-dedupe]`.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext
from dataclasses import dataclass, field

from hypothesis import Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from reference.core import mutants
from reference.core.producers import (
    Accepted,
    AppendOrigin,
    DuplicateBatch,
    LoggedBatch,
    ProducerIdAllocator,
    ProducerStateManager,
    ProducerStateSettings,
    Rejected,
)
from reference.sim.memory_storage import MemoryStorage
from spec.generated.errors import ErrorCode
from spec.invariants import (
    InvariantViolated,
    ProducerWrite,
    acknowledged_at_offset,
    check,
    fenced_epoch_never_writes,
    idempotent_no_duplicate,
    idempotent_no_gap,
    record_written_once,
)
from spec.records.header import (
    MAGIC_V2,
    MIN_BATCH_LENGTH,
    BatchHeader,
    Compression,
    TimestampType,
    compute_attributes,
    increment_sequence,
)

MAX_IN_FLIGHT = 5  # max.in.flight.requests.per.connection, the most idempotence allows
EXPIRATION_MS = 10_000
DIRECTORY = "orders-0"
CLIENTS = 2
RARELY = st.integers(0, 3).map(lambda drawn: drawn == 3)  # a lost message: one time in four


def make_header(*, producer_id: int, producer_epoch: int, base_sequence: int, record_count: int,
                base_offset: int = 0, max_timestamp: int = 0,
                is_transactional: bool = False) -> BatchHeader:
    """The header of an uncompressed CreateTime batch (tests and models build batches with it)."""
    assert record_count >= 1, record_count
    attributes = compute_attributes(Compression.NONE, TimestampType.CREATE_TIME,
                                    is_transactional=is_transactional, is_control=False)
    return BatchHeader(
        base_offset=base_offset, batch_length=MIN_BATCH_LENGTH, partition_leader_epoch=0,
        magic=MAGIC_V2, crc=0, attributes=attributes, last_offset_delta=record_count - 1,
        base_timestamp=max_timestamp, max_timestamp=max_timestamp, producer_id=producer_id,
        producer_epoch=producer_epoch, base_sequence=base_sequence, records_count=record_count,
    )


@dataclass(frozen=True)
class SentBatch:
    """A batch as a client sent it: its identity on the wire and the records inside."""

    producer_id: int
    producer_epoch: int
    base_sequence: int
    record_ids: tuple[int, ...]
    timestamp_ms: int

    def header(self) -> BatchHeader:
        return make_header(producer_id=self.producer_id, producer_epoch=self.producer_epoch,
                           base_sequence=self.base_sequence, record_count=len(self.record_ids),
                           max_timestamp=self.timestamp_ms)


@dataclass(frozen=True)
class LogBatch:
    """A batch in the model's log."""

    sent: SentBatch
    first_offset: int

    @property
    def last_offset(self) -> int:
        return self.first_offset + len(self.sent.record_ids) - 1


@dataclass
class Client:
    """One producer instance: its id and epoch, the next sequence, and what is in flight."""

    producer_id: int
    producer_epoch: int = 0
    next_sequence: int = 0
    in_flight: list[SentBatch] = field(default_factory=list)
    to_resend: list[int] = field(default_factory=list)  # records of batches that failed for good
    needs_epoch_bump: bool = False


class ProducerModel(RuleBasedStateMachine):
    """Clients, a partition's producer state and its log; invariants after every step."""

    @initialize()
    def start(self) -> None:
        self.now_ms = 0
        self.storage = MemoryStorage()
        self.storage.make_dirs(DIRECTORY)
        self.settings = ProducerStateSettings(producer_id_expiration_ms=EXPIRATION_MS)
        self.manager = ProducerStateManager(self.settings)
        self.allocator = ProducerIdAllocator(broker_id=0, broker_epoch=0)
        self.log: list[LogBatch] = []  # every batch ever written, deleted ones included
        self.log_start_offset = 0
        self.acknowledged: dict[int, int] = {}  # record id -> offset its answer named
        self.next_record_id = 0
        self.clients = [self._new_client() for _ in range(CLIENTS)]
        self.zombies: list[Client] = []

    def _new_client(self) -> Client:
        producer_id, _record = self.allocator.next_producer_id()
        return Client(producer_id)

    @property
    def log_end_offset(self) -> int:
        return self.log[-1].last_offset + 1 if self.log else 0

    # --- clients -------------------------------------------------------------------------------

    @rule(client_index=st.integers(0, CLIENTS - 1), record_count=st.integers(1, 3))
    def produce_batch(self, client_index: int, record_count: int) -> None:
        """The client sends its next batch of new records."""
        client = self.clients[client_index]
        record_ids = tuple(range(self.next_record_id, self.next_record_id + record_count))
        self.next_record_id += record_count
        self._send(client, record_ids)

    def _send(self, client: Client, record_ids: tuple[int, ...]) -> None:
        """Queue a batch: records that failed for good go first (the application sends them
        again), unless the client is waiting to bump its epoch or has five batches out."""
        if client.needs_epoch_bump or len(client.in_flight) >= MAX_IN_FLIGHT:
            client.to_resend.extend(record_ids)
            return
        record_ids = (*client.to_resend, *record_ids)
        client.to_resend.clear()
        batch = SentBatch(client.producer_id, client.producer_epoch, client.next_sequence,
                          record_ids, self.now_ms)
        client.next_sequence = increment_sequence(client.next_sequence, len(record_ids))
        client.in_flight.append(batch)

    @rule(client_index=st.integers(0, CLIENTS - 1), position=st.integers(0, MAX_IN_FLIGHT - 1),
          is_request_lost=RARELY, is_answer_lost=RARELY)
    def deliver(self, client_index: int, position: int, is_request_lost: bool,
                is_answer_lost: bool) -> None:
        """One in-flight batch (not necessarily the oldest) reaches the broker, or is lost."""
        self._deliver(self.clients[client_index], position, is_request_lost, is_answer_lost)

    @precondition(lambda self: bool(self.zombies))
    @rule(zombie_index=st.integers(0, 3), position=st.integers(0, MAX_IN_FLIGHT - 1),
          is_answer_lost=RARELY)
    def zombie_retries(self, zombie_index: int, position: int, is_answer_lost: bool) -> None:
        """An instance that was replaced by a newer epoch retries one of its old batches."""
        zombie = self.zombies[zombie_index % len(self.zombies)]
        self._deliver(zombie, position, False, is_answer_lost)
        if not zombie.in_flight:
            self.zombies = [other for other in self.zombies if other is not zombie]

    @rule(client_index=st.integers(0, CLIENTS - 1))
    def bump_epoch(self, client_index: int) -> None:
        """A new instance takes the producer id over with the next epoch (InitProducerId); the
        old one lives on as a zombie while it has batches in flight."""
        client = self.clients[client_index]
        if client.in_flight:
            self.zombies.append(client)
        self.clients[client_index] = Client(client.producer_id, client.producer_epoch + 1,
                                            to_resend=list(client.to_resend))
        client.to_resend.clear()

    def _deliver(self, client: Client, position: int, is_request_lost: bool,
                 is_answer_lost: bool) -> None:
        if not client.in_flight or is_request_lost:
            return
        batch = client.in_flight[position % len(client.in_flight)]
        answer = self._broker_handles(batch)
        if not is_answer_lost:
            self._client_handles(client, batch, answer)

    def _client_handles(self, client: Client, batch: SentBatch,
                        answer: Accepted | DuplicateBatch | Rejected | int) -> None:
        is_zombie = any(zombie is client for zombie in self.zombies)
        if isinstance(answer, DuplicateBatch):
            assert answer.log_start_offset == self.log_start_offset, answer
        if isinstance(answer, int | DuplicateBatch):
            first_offset = answer if isinstance(answer, int) else answer.first_offset
            for delta, record_id in enumerate(batch.record_ids):
                self.acknowledged[record_id] = first_offset + delta
            client.in_flight.remove(batch)
        elif isinstance(answer, Rejected):
            is_head = client.in_flight[0] is batch
            if answer.error == ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER and not is_head:
                return  # an earlier batch has not landed yet: retry later, as the Java client does
            client.in_flight.remove(batch)
            if not is_zombie and answer.error != ErrorCode.INVALID_PRODUCER_EPOCH:
                client.to_resend.extend(batch.record_ids)
                client.needs_epoch_bump = True
        if client.needs_epoch_bump and not client.in_flight and not is_zombie:
            # KIP-360: the idempotent producer bumps its own epoch and starts again at 0.
            client.producer_epoch += 1
            client.next_sequence = 0
            client.needs_epoch_bump = False
            if client.to_resend:
                self._send(client, ())

    # --- the broker ----------------------------------------------------------------------------

    def _broker_handles(self, batch: SentBatch) -> Accepted | DuplicateBatch | Rejected | int:
        """The partition's answer; an int is the first offset of a fresh write."""
        header = batch.header()
        answer = self.manager.validate_batch(header, AppendOrigin.CLIENT, self.now_ms)
        if not isinstance(answer, Accepted):
            return answer
        first_offset = self.log_end_offset
        self.log.append(LogBatch(batch, first_offset))
        self.manager.record_batch(header, first_offset, self.log[-1].last_offset)
        return first_offset

    @rule(elapsed_ms=st.sampled_from([1, 100, 1000, EXPIRATION_MS]))
    def time_passes(self, elapsed_ms: int) -> None:
        self.now_ms += elapsed_ms

    @precondition(lambda self: not any(c.in_flight for c in [*self.clients, *self.zombies]))
    @rule()
    def expire_producers(self) -> None:
        """Idle producers are forgotten (producer.id.expiration.ms)."""
        self.manager.remove_expired(self.now_ms)
        self._retire_forgotten_producers()

    def _retire_forgotten_producers(self) -> None:
        """A client whose producer the partition forgot starts over with a new producer id.

        Kafka would accept any sequence from the forgotten id, so a retry overtaking its
        predecessor would leave a gap; a Java producer idle that long is best modelled as new.
        Its batches in flight were not written (the preconditions see to that): sent again.
        """
        known = self.manager.producers
        has_written = {entry.sent.producer_id for entry in self.log}
        for index, client in enumerate(self.clients):
            if client.producer_id in has_written and client.producer_id not in known:
                replacement = self._new_client()
                in_flight = [record for batch in client.in_flight for record in batch.record_ids]
                replacement.to_resend = [*client.to_resend, *in_flight]
                self.clients[index] = replacement
        self.zombies = [zombie for zombie in self.zombies if zombie.producer_id in known]

    @rule()
    def take_snapshot(self) -> None:
        self.manager.take_snapshot(self.storage, DIRECTORY)

    @rule(batch_count=st.integers(1, 3))
    def delete_records(self, batch_count: int) -> None:
        """Retention or DeleteRecords moves the log start up by whole batches, never past a
        written batch still awaiting its answer (its retry needs the producer's state)."""
        in_flight = {batch for client in [*self.clients, *self.zombies]
                     for batch in client.in_flight}
        kept = [entry for entry in self.log if entry.first_offset >= self.log_start_offset]
        for entry in kept[:batch_count]:
            if entry.sent in in_flight:
                break
            self.log_start_offset = entry.last_offset + 1
        self.manager.truncate_head(self.log_start_offset)

    @precondition(lambda self: self._restart_loses_nothing_in_flight())
    @rule()
    def restart_broker(self) -> None:
        """The broker restarts: a new manager loads the newest snapshot and replays the log."""
        self.manager = ProducerStateManager(self.settings)
        self.manager.load(self.storage, DIRECTORY, self.log_start_offset, self.log_end_offset,
                          self.now_ms,
                          self._read_batches)
        self._retire_forgotten_producers()

    def _read_batches(self, from_offset: int, to_offset: int) -> list[LoggedBatch]:
        return [LoggedBatch(_with_offset(entry.sent.header(), entry.first_offset))
                for entry in self.log if from_offset <= entry.first_offset < to_offset]

    def _restart_loses_nothing_in_flight(self) -> bool:
        """Every batch in flight that is already written is its producer's last write, and that
        producer would not be expired on load (else a retry would be written twice, in Kafka
        too: the snapshot keeps one batch per producer and drops expired ones)."""
        last_written = {entry.sent.producer_id: entry for entry in self.log}
        for client in [*self.clients, *self.zombies]:
            for batch in client.in_flight:
                written = [entry for entry in self.log if entry.sent == batch]
                if not written:
                    continue
                is_last = last_written[batch.producer_id].sent == batch
                is_fresh = self.now_ms - batch.timestamp_ms < EXPIRATION_MS
                if not (is_last and is_fresh):
                    return False
        return True

    # --- invariants ----------------------------------------------------------------------------

    @invariant()
    def log_batches_are_idempotent(self) -> None:
        writes = [ProducerWrite(entry.sent.producer_id, entry.sent.producer_epoch,
                                entry.sent.base_sequence,
                                entry.sent.header().last_sequence) for entry in self.log]
        check("IdempotentNoDuplicate", idempotent_no_duplicate(writes), writes=writes)
        check("IdempotentNoGap", idempotent_no_gap(writes), writes=writes)
        check("FencedEpochNeverWrites", fenced_epoch_never_writes(writes), writes=writes)

    @invariant()
    def records_match_what_clients_were_told(self) -> None:
        record_ids = [record_id for entry in self.log for record_id in entry.sent.record_ids]
        check("RecordWrittenOnce", record_written_once(record_ids), record_ids=record_ids)
        offsets = {record_id: entry.first_offset + delta for entry in self.log
                   for delta, record_id in enumerate(entry.sent.record_ids)}
        check("AcknowledgedAtOffset", acknowledged_at_offset(self.acknowledged, offsets),
              acknowledged=self.acknowledged, offsets=offsets)


def _with_offset(header: BatchHeader, base_offset: int) -> BatchHeader:
    return make_header(producer_id=header.producer_id, producer_epoch=header.producer_epoch,
                       base_sequence=header.base_sequence, record_count=header.records_count,
                       base_offset=base_offset, max_timestamp=header.max_timestamp)


def run_model(max_examples: int | None = None, step_count: int | None = None, *,
              shrink: bool = True) -> None:
    """Run the state machine under the current Hypothesis profile, optionally cheaper, longer or
    without shrinking; under `mutants.enabled(...)` it is expected to fail.

    Shrinking a failure to its shortest trace takes minutes; the mutant test skips it.
    """
    overrides: dict[str, object] = {}
    if max_examples is not None:
        overrides["max_examples"] = max_examples
    if step_count is not None:
        overrides["stateful_step_count"] = step_count
    if not shrink:
        overrides["phases"] = [Phase.explicit, Phase.reuse, Phase.generate]
    run_state_machine_as_test(ProducerModel, settings=settings(**overrides))  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    """`python -m models.producer_model [--mutant NAME] [--examples N] [--steps N]`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mutant", choices=sorted(mutants.KNOWN_MUTANTS))
    parser.add_argument("--examples", type=int, default=300)
    parser.add_argument("--steps", type=int, default=100)
    arguments = parser.parse_args(argv)
    switch = mutants.enabled(arguments.mutant) if arguments.mutant else nullcontext()
    try:
        with switch:
            run_model(arguments.examples, arguments.steps)
    except InvariantViolated as violation:
        print("\n".join(getattr(violation, "__notes__", [])))  # Hypothesis puts the trace there
        print(f"invariant violated: {violation}")
        return 1
    print("no invariant violated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
