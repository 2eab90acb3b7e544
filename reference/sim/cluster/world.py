"""One run of the replication simulator: N brokers, a controller node, clients and faults.

The world is built from the seed: partitions `p0..` with replication factor min(3, N), their
replicas spread round-robin; whether brokers use the diverging-epoch fetch path (Kafka 2.7+) or
the pre-2.7 OffsetForLeaderEpoch path is drawn per run (all one way, all the other, or mixed per
broker), so both are exercised. A clock sweep every SWEEP_MS times out requests, expires broker
sessions, sends heartbeats, runs the ISR checks and flushes logs at random; an operator moves
leaderships at random intervals, with a habit drawn per run: a `rebalancer` moves half of them
straight back 1-15 ms later, a `flapping` one (two runs in three) moves every one back within
1-5 ms (leadership flapping, as when preferred-leader elections race a rebalancing tool). A
follower whose metadata answer comes after such a flap sees the same leader at a newer epoch,
KAFKA-7164's case.
`step` runs one scheduler event, applying the fault windows due at that step first, then checks
the invariants (checks.py).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from reference.core.mutants import ReplicationMutants
from reference.core.replication import Record
from reference.sim.cluster.broker import SimBroker
from reference.sim.cluster.checks import ClusterChecker
from reference.sim.cluster.clients import ClusterConsumer, ClusterProducer
from reference.sim.cluster.context import ClusterContext
from reference.sim.cluster.controller_node import ControllerNode
from reference.sim.cluster.disk import BrokerDisk
from reference.sim.cluster.faults import ClusterFault
from reference.sim.cluster.links import Links, broker_endpoint
from reference.sim.cluster.timing import (
    FLUSH_INTERVAL_MAX_MS,
    FLUSH_INTERVAL_MIN_MS,
    HEARTBEAT_INTERVAL_MS,
    ISR_CHECK_INTERVAL_MS,
    LEADER_MOVE_MAX_MS,
    LEADER_MOVE_MIN_MS,
)
from reference.sim.history import History, Operation
from reference.sim.scheduler import Scheduler

SWEEP_MS = 5
MOVE_BACK_PROBABILITY = 0.5
MOVE_BACK_MAX_MS = 15
FLAP_BACK_MAX_MS = 5
OPERATORS = ("rebalancer", "flapping", "flapping")  # two runs in three draw a flapping one
VALUES_PER_PRODUCER = 1_000_000
DRAIN_LIMIT_EVENTS = 20_000
FETCH_PATHS = ("diverging-epoch", "epoch-lookup", "mixed")


@dataclass(frozen=True, slots=True)
class ClusterShape:
    brokers: int = 3
    partitions: int = 2
    producers: int = 3


def assignment_of(shape: ClusterShape) -> dict[str, tuple[int, ...]]:
    factor = min(3, shape.brokers)
    return {f"p{index}": tuple((index + offset) % shape.brokers for offset in range(factor))
            for index in range(shape.partitions)}


class ClusterWorld:
    def __init__(self, seed: int, faults: tuple[ClusterFault, ...], *,
                 shape: ClusterShape, tears_on_crash: bool = False) -> None:
        assert shape.brokers >= 2, shape
        self.scheduler = Scheduler(seed)
        self.notes: list[tuple[int, str]] = []
        self.history = History()
        self.faults = faults
        self.shape = shape
        setup = self.scheduler.fork()
        assignment = assignment_of(shape)
        self.partitions = tuple(assignment)
        broker_ids = tuple(range(shape.brokers))
        self.links = Links(self.scheduler, note=self.note)
        self.controller = ControllerNode(broker_ids, assignment, note=self.note,
                                         scheduler=self.scheduler)
        self.checker = ClusterChecker(self.controller, {}, self.partitions, note=self.note)
        self.context = ClusterContext(self.scheduler, self.links, self.controller, self.note,
                                      self._acknowledged, self.checker.on_read,
                                      self.scheduler.fork())
        self.fetch_path = setup.choice(FETCH_PATHS)
        # Its own stream, so that a run keeps every other choice whichever habit it drew.
        self.operator = random.Random(f"operator-{seed}").choice(OPERATORS)
        # The disks' own streams, apart from the scheduler's: a run without disk faults draws
        # nothing from them.
        self.disks = {broker: BrokerDisk(random.Random(f"disk-{seed}-{broker}"),
                                         tears_on_crash=tears_on_crash)
                      for broker in broker_ids}
        self.brokers = self._build_brokers(setup, assignment, broker_ids)
        self.checker.brokers = self.brokers
        self._start_clients(setup.getrandbits(64))
        self.active: dict[tuple[str, int], int] = {}
        self.faults_applied = 0
        self.steps_run = 0
        self._sweeps = 0
        self._clock_rng = self.scheduler.fork()
        for sim_broker in self.brokers.values():
            self.controller.last_heartbeat_ms[sim_broker.broker_id] = self.scheduler.now_ms
            sim_broker.start()
        self.scheduler.schedule(SWEEP_MS, "clock sweep", self._sweep)
        self._schedule_leader_move()

    def _build_brokers(self, setup: random.Random, assignment: dict[str, tuple[int, ...]],
                       broker_ids: tuple[int, ...]) -> dict[int, SimBroker]:
        """The brokers, each on the fetch path the run drew for it (said in the trace)."""
        mutants = ReplicationMutants.active()
        for broker_id in broker_ids:
            diverging = (self.fetch_path == "diverging-epoch"
                         or (self.fetch_path == "mixed" and setup.random() < 0.5))
            self.context.brokers[broker_id] = SimBroker(broker_id, assignment, self.context,
                                                        uses_diverging_epoch=diverging,
                                                        mutants=mutants,
                                                        disk=self.disks[broker_id])
        paths = ", ".join(f"{b.broker_id} " + ("diverging epoch" if b.uses_diverging_epoch
                                                 else "epoch lookup")
                          for b in self.context.brokers.values())
        self.note(f"{len(broker_ids)} brokers, partitions {assignment}; fetch paths {paths}; "
                  f"{self.operator} operator")
        return self.context.brokers

    def note(self, text: str) -> None:
        self.notes.append((self.scheduler.now_ms, text))

    def _acknowledged(self, name: str, offset: int, record: Record) -> None:
        self.note(f"{name}: r{record.record_id} at {offset} acknowledged")
        self.checker.on_acknowledged(name, offset, record)

    def _start_clients(self, seed: int) -> None:
        rng = random.Random(seed)
        self.producers = [
            ClusterProducer(f"producer-{index}", self.context, self.history,
                            random.Random(rng.getrandbits(64)), self.partitions,
                            (index + 1) * VALUES_PER_PRODUCER)
            for index in range(self.shape.producers)]
        self.consumers = [
            ClusterConsumer(f"consumer-{index}", self.context, self.history,
                            random.Random(rng.getrandbits(64)), self.partitions, index)
            for index in range(len(self.partitions))]
        for client in [*self.producers, *self.consumers]:
            client.start()

    # --- the clock ----------------------------------------------------------------------------

    def _sweep(self) -> None:
        now_ms = self.scheduler.now_ms
        self._sweeps += 1
        stalled = self.links.faults.stalled
        for caller in [*(b.caller for b in self.brokers.values()),
                       *(c.caller for c in [*self.producers, *self.consumers])]:
            if caller.endpoint not in stalled:  # a stalled process runs no timers either
                caller.expire(now_ms)
        self.controller.expire_sessions(now_ms)
        for broker in self.brokers.values():
            if self._sweeps % (HEARTBEAT_INTERVAL_MS // SWEEP_MS) == 0:
                broker.heartbeat()
            if self._sweeps % (ISR_CHECK_INTERVAL_MS // SWEEP_MS) == 0:
                broker.tick()
            mean_flush_ms = (FLUSH_INTERVAL_MIN_MS + FLUSH_INTERVAL_MAX_MS) / 2
            if self._clock_rng.random() < SWEEP_MS / mean_flush_ms:
                broker.flush()
        self.scheduler.schedule(SWEEP_MS, "clock sweep", self._sweep)

    def _schedule_leader_move(self) -> None:
        delay_ms = self._clock_rng.randint(LEADER_MOVE_MIN_MS, LEADER_MOVE_MAX_MS)
        self.scheduler.schedule(delay_ms, "operator moves a leader", self._move_leader)

    def _move_leader(self) -> None:
        """Move a partition's leadership; now and then the operator moves it straight back
        (two fast leader changes, the situation KIP-101 and KIP-279 are about)."""
        name = self._clock_rng.choice(self.partitions)
        state = self.controller.controller.partitions[name]
        previous = state.leader
        self.controller.move_leadership(name, self._clock_rng.choice(sorted(state.replicas)))
        is_flapping = self.operator == "flapping"
        back_probability = 1.0 if is_flapping else MOVE_BACK_PROBABILITY
        back_max_ms = FLAP_BACK_MAX_MS if is_flapping else MOVE_BACK_MAX_MS
        if previous >= 0 and self._clock_rng.random() < back_probability:
            self.scheduler.schedule(
                self._clock_rng.randint(1, back_max_ms), "operator moves a leader back",
                lambda: self.controller.move_leadership(name, previous))
        self._schedule_leader_move()

    # --- faults -------------------------------------------------------------------------------

    def _apply_faults(self, step: int) -> None:
        for fault in self.faults:
            if fault.start_step == step:
                self.note(f"fault: {fault.describe()}")
                self.faults_applied += 1
                self._toggle(fault, starting=True)
            if fault.end_step == step:
                self._toggle(fault, starting=False)

    def _toggle(self, fault: ClusterFault, *, starting: bool) -> None:
        key = (fault.kind, fault.node_id)
        count = self.active.get(key, 0) + (1 if starting else -1)
        self.active[key] = count
        if count not in (0, 1) or (count == 0 and starting):
            return  # overlapping windows: only the first start and the last end count
        self._switch(fault.kind, fault.node_id, is_on=count == 1)
        if count == 0:
            self.note(f"fault over: {fault.kind} on broker {fault.node_id}")

    def _switch(self, kind: str, broker_id: int, *, is_on: bool) -> None:
        broker, endpoint = self.brokers[broker_id], broker_endpoint(broker_id)
        faults = self.links.faults
        if kind == "crash":
            if is_on:
                self.crash(broker_id)
            elif not broker.is_alive:
                self.restart(broker_id)
        elif kind == "disk":
            broker.disk.is_flush_stalled = broker.disk.is_failing_reads = is_on
            if not is_on and broker.is_alive and broker.disk.is_offline:
                self.note(f"the operator restarts {broker_id}, whose log directory is offline")
                self.crash(broker_id)
                self.restart(broker_id)
        elif kind == "stall":
            if is_on:
                self.links.stall(endpoint)
            else:
                self.links.release(endpoint)
                broker.wake()
        else:
            chosen = {"lossy": faults.lossy, "slow": faults.slow,
                      "duplicate": faults.duplicating, "partition": faults.partitioned,
                      "metadata-lag": faults.metadata_cut}[kind]
            if is_on:
                chosen.add(endpoint)
            else:
                chosen.discard(endpoint)
            if kind == "partition" and is_on:
                self.links.reset_endpoint(endpoint)

    def crash(self, broker_id: int) -> None:
        broker = self.brokers[broker_id]
        if not broker.is_alive:
            return
        mark = self.checker.crashing(broker)
        lost = broker.crash()
        self.note(f"{broker_id} crashes, losing unflushed records: "
                  + ", ".join(f"{name} {count}" for name, count in lost.items()))
        mark()
        self.controller.crashed(broker_id)

    def restart(self, broker_id: int) -> None:
        broker = self.brokers[broker_id]
        broker.restart()
        self.note(f"{broker_id} restarts: "
                  + ", ".join(f"{name} log end {log.log_end_offset} hw {log.high_watermark}"
                              for name, log in broker.logs.items()))

    def heal_everything(self) -> None:
        for (kind, broker_id), count in list(self.active.items()):
            if count > 0:
                self.active[(kind, broker_id)] = 0
                self._switch(kind, broker_id, is_on=False)

    # --- running ------------------------------------------------------------------------------

    def step(self) -> None:
        self._apply_faults(self.steps_run)
        self.steps_run += 1
        self.scheduler.run_next()
        self.checker.check()

    def finish(self) -> None:
        """Stop producing, heal, let the consumers read to the high watermark."""
        for producer in self.producers:
            producer.is_stopping = True
        self.heal_everything()
        self._run_until(lambda: all(p.in_flight is None for p in self.producers))
        for producer in self.producers:
            producer.abandon()
        for consumer in self.consumers:
            consumer.caught_up_after_ms = self.scheduler.now_ms
        self._run_until(lambda: all(self._has_read_all(c) for c in self.consumers))

    def _has_read_all(self, consumer: ClusterConsumer) -> bool:
        """Caught up, with the controller's leader (not a zombie that still thinks it leads
        with an old high watermark), and past every acknowledged offset: a new leader's high
        watermark lags until its followers fetch at its epoch."""
        name = self.partitions[consumer.index]
        leader = self.brokers.get(self.controller.controller.partitions[name].leader)
        if leader is None or not leader.is_alive or leader.replicas[name].leader is None:
            return False
        acknowledged_end = max(self.checker.acknowledged[name], default=-1) + 1
        return (consumer.is_caught_up and consumer.position >= acknowledged_end
                and consumer.position >= leader.logs[name].high_watermark)

    def _run_until(self, is_done: Callable[[], bool]) -> None:
        for _ in range(DRAIN_LIMIT_EVENTS):
            if is_done():
                return
            self.scheduler.run_next()
            self.checker.check()

    def checked_history(self) -> list[Operation]:
        """The history without the partitions beyond tolerance (see checks.py)."""
        dropped = {self.partitions.index(name) for name in self.checker.beyond_tolerance}
        return [operation for operation in self.history.operations
                if not any(message.partition in dropped for message in operation.messages)]

    def trace(self) -> Iterator[tuple[int, str, str]]:
        operations = [(op.time_ms, op.process, op.describe()) for op in self.history.operations
                      if op.kind != "invoke"]
        notes = [(at_ms, "", text) for at_ms, text in self.notes]
        yield from sorted(notes + operations, key=lambda entry: entry[0])

    @property
    def acknowledged_count(self) -> int:
        return sum(producer.acknowledged_count for producer in self.producers)

    @property
    def read_count(self) -> int:
        return sum(consumer.read_count for consumer in self.consumers)

    @property
    def crash_count(self) -> int:
        return sum(broker.crash_count for broker in self.brokers.values())

    @property
    def lost_messages(self) -> int:
        return self.links.lost_messages
