"""The simulated world of one run: scheduler, node, network, clients, faults and the checks.

`World.step` runs one scheduler event (first starting or ending any fault window due at that
step) and then checks the named invariants over what is observable. `finish` stops the
producers, heals every fault, lets the consumers catch up, and checks the whole log once.

The simulated topic sets `flush.messages=1`: Kafka's default never fsyncs per write, so on a
single node a crash loses acknowledged writes by design; with a flush per write a lost
acknowledged write is a real bug.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from reference.sim import faults as fault_settings
from reference.sim.clients import TOPIC, Consumer, Producer
from reference.sim.faults import Fault
from reference.sim.group_consumer import GroupConsumer
from reference.sim.history import History
from reference.sim.network import Network
from reference.sim.node import BrokerNode
from reference.sim.scheduler import Scheduler
from reference.sim.world_checks import InvariantChecker, call_node, check_final_log, read_log
from spec.generated.create_topics import CreateTopicsRequest

NODE_ID = 1
VALUES_PER_PRODUCER = 1_000_000
DRAIN_LIMIT_EVENTS = 20_000


@dataclass(frozen=True, slots=True)
class WorldShape:
    producers: int = 2
    consumers_per_partition: int = 1
    partitions: int = 2
    is_group_member: bool = True  # consumers keep their position in committed offsets
    # False is Kafka's default (no fsync per write): a single node then loses acknowledged
    # writes in a crash by design, which the tests use to show the checks catch a loss.
    flushes_every_write: bool = True


class World:
    def __init__(self, seed: int, faults: tuple[Fault, ...], *, shape: WorldShape,
                 tears_on_crash: bool) -> None:
        self.scheduler = Scheduler(seed)
        self.notes: list[tuple[int, str]] = []
        self.history = History()
        self.network = Network(self.scheduler, note=self.note)
        # Every write flushed, so no acknowledged write (records, commits) may be lost to a crash;
        # two offsets partitions rather than 50 keep a run's start cheap.
        overrides = {"offsets.topic.num.partitions": "2"}
        if shape.flushes_every_write:
            overrides["log.flush.interval.messages"] = "1"
        self.node = BrokerNode(self.scheduler, NODE_ID, overrides=overrides,
                               on_down=self.network.node_down, note=self.note)
        self.network.nodes[NODE_ID] = self.node
        if tears_on_crash:
            self.node.storage.tear_probability = fault_settings.TEAR_PROBABILITY
        self._create_topic(shape.partitions, flushes_every_write=shape.flushes_every_write)
        self.producers = [Producer(f"producer-{index}", NODE_ID, self.scheduler, self.network,
                                   self.history, partition_count=shape.partitions,
                                   first_value=(index + 1) * VALUES_PER_PRODUCER)
                          for index in range(shape.producers)]
        kind = GroupConsumer if shape.is_group_member else Consumer
        self.consumers = [kind(f"consumer-{partition}-{copy}", NODE_ID, self.scheduler,
                               self.network, self.history, partition=partition)
                          for partition in range(shape.partitions)
                          for copy in range(shape.consumers_per_partition)]
        for client in [*self.producers, *self.consumers]:
            client.start()
        self.faults = faults
        self.active: dict[str, int] = {}
        self.faults_applied = 0
        self.steps_run = 0
        self.invariants = InvariantChecker(self.history)

    def note(self, text: str) -> None:
        self.notes.append((self.scheduler.now_ms, text))

    def _create_topic(self, partitions: int, *, flushes_every_write: bool) -> None:
        # The topic is created before the clients start, straight through the core.
        configs = ((CreateTopicsRequest.CreatableTopicConfig(name="flush.messages", value="1"),)
                   if flushes_every_write else ())
        request = CreateTopicsRequest(topics=(CreateTopicsRequest.CreatableTopic(
            name=TOPIC, num_partitions=partitions, replication_factor=1, configs=configs),))
        answer = call_node(self.node, request, 7)
        assert answer is not None and answer.topics[0].error_code == 0, answer

    # --- faults ------------------------------------------------------------------------------

    def _apply_faults(self, step: int) -> None:
        for fault in self.faults:
            if fault.start_step == step:
                self.note(f"fault: {fault.describe()}")
                self.faults_applied += 1
                self._toggle(fault, starting=True)
            if fault.end_step == step:
                self._toggle(fault, starting=False)

    def _toggle(self, fault: Fault, *, starting: bool) -> None:
        count = self.active.get(fault.kind, 0) + (1 if starting else -1)
        self.active[fault.kind] = count
        if count not in (0, 1) or (count == 0 and starting):
            return  # overlapping windows of one kind: only the first start and last end count
        is_on = count == 1
        if fault.kind == "crash":
            self.node.is_held_down = is_on  # a pending restart after a halt waits too
            if is_on:
                self.node.crash("crash fault", restart_after_ms=None)
            else:
                self.node.start()
        elif fault.kind == "disk":
            self.node.storage.read_failure_probability = (
                fault_settings.READ_FAILURE_PROBABILITY if is_on else 0.0)
        elif fault.kind == "lossy":
            self.network.faults.request_loss_probability = (
                fault_settings.REQUEST_LOSS_PROBABILITY if is_on else 0.0)
            self.network.faults.response_loss_probability = (
                fault_settings.RESPONSE_LOSS_PROBABILITY if is_on else 0.0)
        elif fault.kind == "slow":
            self.network.faults.max_delay_ms = fault_settings.SLOW_MAX_DELAY_MS if is_on else 3
        elif is_on:
            self.network.partition(fault.node_id)
        else:
            self.network.heal(fault.node_id)
        if not is_on:
            self.note(f"fault over: {fault.kind} on node {fault.node_id}")

    def heal_everything(self) -> None:
        for fault in self.faults:
            if self.active.get(fault.kind, 0) > 0:
                self.active[fault.kind] = 1
                self._toggle(fault, starting=False)
        self.node.start()

    # --- running -----------------------------------------------------------------------------

    def step(self) -> None:
        """One scheduler event, then the invariants (raises InvariantViolated)."""
        self._apply_faults(self.steps_run)
        self.steps_run += 1
        self.scheduler.run_next()
        self.invariants.check(self.node)

    def finish(self) -> None:
        """Stop producing, heal, let consumers catch up, and check the whole log."""
        for producer in self.producers:
            producer.is_stopping = True
        self.heal_everything()
        self._run_until(lambda: all(p.in_flight is None for p in self.producers))
        for producer in self.producers:
            producer.abandon()
        for consumer in self.consumers:
            consumer.stop()
        self._run_until(lambda: all(c.is_caught_up for c in self.consumers))
        self.node.storage.read_failure_probability = 0.0
        self.node.start()
        check_final_log(read_log(self.node, self.node.partitions()), self.history)

    def _run_until(self, is_done: Callable[[], bool]) -> None:
        for _ in range(DRAIN_LIMIT_EVENTS):
            if is_done():
                return
            self.scheduler.run_next()
            self.invariants.check(self.node)

    def trace(self) -> Iterator[tuple[int, str, str]]:
        """(time, process, text) for notes (process "") and completed operations, by time."""
        operations = [(op.time_ms, op.process, op.describe()) for op in self.history.operations
                      if op.kind != "invoke" or op.function == "send"]
        notes = [(at_ms, "", text) for at_ms, text in self.notes]
        yield from sorted(notes + operations, key=lambda entry: entry[0])

    @property
    def acknowledged_count(self) -> int:
        return sum(producer.acknowledged_count for producer in self.producers)

    @property
    def read_count(self) -> int:
        return sum(consumer.read_count for consumer in self.consumers)

