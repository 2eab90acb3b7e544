"""A Hypothesis state machine over real broker cores in a cluster (reference/sim/inprocess_cluster):
the same Broker, handlers, controller and replication roles `kspec cluster` serves over TCP.

Three brokers, one topic with replication factor 3 and min.insync.replicas=2. Steps: a client's
Produce (acks=all or acks=1) to the broker the metadata names as leader or to a stale one, a
follower's fetch rounds (or every follower's), time passing (ISR shrink, heartbeats, sessions),
a broker cut off from the controller (no heartbeats, no metadata: a zombie that still talks to
brokers and clients), maybe long enough to be fenced, a crash that loses what was not flushed
(one broker down at a time), a restart, and a consumer's read at the leader. After every step,
until every ISR member has lost unflushed records in a crash (Kafka does not fsync, and
promises nothing then):
  NoCommittedRecordLost: every record answered NONE at acks=all is at its offset on the leader;
  LogMatching: two live replicas hold the same records below the smaller high watermark;
  ConsistentRead: an offset a consumer read always reads back as the same record;
and the core asserts LeaderInIsr, HighWatermarkMonotonic and LeaderEpochMonotonic itself.
Run: `python -m models.cluster_model [--mutant NAME] [--examples N] [--steps N]`.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from reference.core import mutants
from reference.core.partition import Partition
from reference.sim.inprocess_cluster import InProcessCluster, Sent
from spec.generated.create_topics import CreateTopicsRequest
from spec.generated.errors import ErrorCode
from spec.generated.produce import ProduceRequest
from spec.invariants import InvariantViolated, check
from spec.records.batch import decode_batch, encode_batch, iter_batches
from spec.records.record import Record

TOPIC = "replicated"
KEY = f"{TOPIC}-0"
BROKERS = st.sampled_from([1, 2, 3])
PRODUCE_VERSION = 9
READ_BYTES = 1 << 20


def create_topic(cluster: InProcessCluster) -> None:
    config = CreateTopicsRequest.CreatableTopicConfig(name="min.insync.replicas", value="2")
    answer = cluster.call(1, CreateTopicsRequest(timeout_ms=1000, topics=(
        CreateTopicsRequest.CreatableTopic(name=TOPIC, num_partitions=1, replication_factor=3,
                                           configs=(config,)),)), 5)
    assert answer.topics[0].error_code == ErrorCode.NONE, answer


def produce_request(value: bytes, acks: int, now_ms: int) -> ProduceRequest:
    batch = encode_batch([Record(0, now_ms, None, value)])
    return ProduceRequest(acks=acks, timeout_ms=30_000, topic_data=(
        ProduceRequest.TopicProduceData(name=TOPIC, partition_data=(
            ProduceRequest.PartitionProduceData(index=0, records=batch),)),))


def records_below(partition: Partition, end_offset: int) -> dict[int, bytes]:
    """offset -> value of the records below `end_offset` (every record has a value here)."""
    found: dict[int, bytes] = {}
    if end_offset <= partition.log_start_offset:
        return found
    data = partition.log.read(partition.log_start_offset, READ_BYTES,
                              max_offset_exclusive=end_offset)
    raw = b"".join(partition.storage.read(piece.path, piece.position, piece.size_bytes)
                   for piece in data.slices)
    for position, header in iter_batches(raw):
        for record in decode_batch(raw, position).records:
            offset = record.offset(header)
            if offset < end_offset and record.value is not None:
                found[offset] = record.value
    return found


class ClusterModel(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.cluster = InProcessCluster(overrides={"replica.lag.time.max.ms": "10000"})
        create_topic(self.cluster)
        self.next_value = 0
        self.waiting: list[tuple[Sent, bytes]] = []
        self.committed: dict[int, bytes] = {}  # offset -> value, answered NONE at acks=all
        self.read: dict[int, bytes] = {}  # offset -> value, as a consumer read it
        # Kafka promises nothing once every ISR member lost unflushed records in crashes (it
        # does not fsync); the data invariants stop there, as in models/replication_model.py.
        self.promises_hold = True

    # -- helpers -------------------------------------------------------------------------------

    def leader_id(self) -> int:
        return self.cluster.controller.replication.partitions[KEY].leader

    def partition(self, broker_id: int) -> Partition | None:
        broker = self.cluster.nodes[broker_id].broker
        return None if broker is None else broker.partition(TOPIC, 0)

    def live_leader(self) -> Partition | None:
        leader = self.leader_id()
        partition = self.partition(leader) if leader > 0 else None
        return partition if partition is not None and partition.is_leader else None

    def settle(self, *, at_deadline: bool = False) -> None:
        still = []
        for sent, value in self.waiting:
            answer: Any = self.cluster.answer(sent, at_deadline=at_deadline)
            if answer is None:
                if self.cluster.nodes[sent.broker_id].broker is sent.broker and not at_deadline:
                    still.append((sent, value))
                continue
            result = answer.responses[0].partition_responses[0]
            if result.error_code == ErrorCode.NONE and sent.outcome is not None and \
                    value.startswith(b"all-"):
                self.committed[result.base_offset] = value
        self.waiting = still

    # -- steps ---------------------------------------------------------------------------------

    @rule(to_leader=st.booleans(), broker=BROKERS, acks_all=st.booleans(),
          count=st.integers(1, 3))
    def produce(self, to_leader: bool, broker: int, acks_all: bool, count: int) -> None:
        """A client's writes to the leader it knows (or to a stale one)."""
        target = self.leader_id() if to_leader else broker
        if target <= 0 or not self.cluster.nodes[target].is_alive:
            return
        for _ in range(count):
            value = f"{'all' if acks_all else 'one'}-{self.next_value}".encode()
            self.next_value += 1
            request = produce_request(value, -1 if acks_all else 1, self.cluster.now_ms)
            self.waiting.append((self.cluster.send(target, request, PRODUCE_VERSION), value))
        self.settle()

    @rule(follower=BROKERS, rounds=st.integers(1, 3))
    def fetch(self, follower: int, rounds: int) -> None:
        """The follower's fetcher: a few rounds to the leader(s) its replicas follow."""
        node = self.cluster.nodes[follower]
        for _ in range(rounds):
            leaders = ({fetch.leader_id for fetch in node.member.follower_fetches()}
                       if node.is_alive else set())
            for leader in sorted(leaders):
                self.cluster.replicate(follower, leader)
        self.settle()

    @rule()
    def replicate_all(self) -> None:
        """Every follower fetches twice from its leader: what the fetchers do between steps."""
        for _ in range(2):
            for node in self.cluster.nodes.values():
                if node.is_alive:
                    for leader in sorted({fetch.leader_id
                                          for fetch in node.member.follower_fetches()}):
                        self.cluster.replicate(node.broker_id, leader)
        self.settle()

    @rule(elapsed_ms=st.sampled_from([200, 3_000, 12_000]))
    def time_passes(self, elapsed_ms: int) -> None:
        self.cluster.advance(elapsed_ms)
        self.settle(at_deadline=elapsed_ms >= 12_000)

    @precondition(lambda self: all(node.is_alive for node in self.cluster.nodes.values()))
    @rule(broker=BROKERS)
    def crash(self, broker: int) -> None:
        isr = self.cluster.controller.replication.partitions[KEY].isr
        partition = self.partition(broker)
        held = 0 if partition is None else partition.log_end_offset
        report = self.cluster.crash(broker)
        if isr == {broker} and held > 0 and any(
                path.startswith(f"{TOPIC}-0/") for path in report.lost_bytes):
            self.promises_hold = False
        self.settle()

    @rule(broker=BROKERS)
    def restart(self, broker: int) -> None:
        if not self.cluster.nodes[broker].is_alive:
            self.cluster.start(broker)

    @rule(broker=BROKERS, long_enough_to_fence=st.booleans())
    def controller_loses_touch(self, broker: int, long_enough_to_fence: bool) -> None:
        """No heartbeats reach the controller from `broker`, no metadata reaches it: it goes on
        with the view it had (a zombie), until `controller_regains_touch`; maybe for longer
        than its session, so the controller fences it and elects other leaders."""
        self.cluster.cut_off.add(broker)
        if long_enough_to_fence:
            self.cluster.advance(12_000)
            self.settle(at_deadline=True)

    @rule()
    def controller_regains_touch(self) -> None:
        self.cluster.cut_off.clear()
        self.cluster.deliver()

    @rule()
    def consume(self) -> None:
        leader = self.live_leader()
        if leader is None or not self.promises_hold:
            return
        for offset, value in records_below(leader, leader.high_watermark).items():
            before = self.read.setdefault(offset, value)
            check("ConsistentRead", before == value, offset=offset, first=before, now=value)

    # -- invariants ------------------------------------------------------------------------------

    @invariant()
    def committed_records_stay(self) -> None:
        leader = self.live_leader()
        if leader is None or not self.committed or not self.promises_hold:
            return
        held = records_below(leader, leader.log_end_offset)
        for offset, value in self.committed.items():
            check("NoCommittedRecordLost", held.get(offset) == value, offset=offset,
                  value=value, leader=self.leader_id(), held=held.get(offset))

    @invariant()
    def replicas_match_below_high_watermarks(self) -> None:
        if not self.promises_hold:
            return
        live = [(broker_id, partition) for broker_id in (1, 2, 3)
                if (partition := self.partition(broker_id)) is not None]
        for index, (first_id, first) in enumerate(live):
            for second_id, second in live[index + 1:]:
                bound = min(first.high_watermark, second.high_watermark)
                one, other = records_below(first, bound), records_below(second, bound)
                check("LogMatching", one == other, brokers=(first_id, second_id), bound=bound,
                      first=one, second=other)


def run_model(max_examples: int | None = None, step_count: int | None = None,
              mutant: str | None = None) -> None:
    overrides: dict[str, Any] = {"deadline": None}
    if max_examples is not None:
        overrides["max_examples"] = max_examples
    if step_count is not None:
        overrides["stateful_step_count"] = step_count
    with mutants.enabled(mutant) if mutant else nullcontext():
        run_state_machine_as_test(ClusterModel, settings=settings(**overrides))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mutant", default=None)
    parser.add_argument("--examples", type=int, default=100)
    parser.add_argument("--steps", type=int, default=40)
    arguments = parser.parse_args(argv)
    try:
        run_model(arguments.examples, arguments.steps, arguments.mutant)
    except InvariantViolated as violation:
        print(f"VIOLATION {violation}")
        return 1
    print("no violation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
