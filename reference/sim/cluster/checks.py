"""The named invariants the cluster simulator checks after every step, over every partition.

With the predicates of spec/invariants.py, over the controller's state and every replica:
- LeaderInIsr: the controller's leader is in its ISR;
- HighWatermarkMonotonic: a leader's high watermark never goes back within its epoch;
- StrongIsr: what the current leader holds below its high watermark is on every ISR member;
- LogMatching: any two replicas agree below the smaller of their high watermarks;
- NoCommittedRecordLost: every acks=all acknowledged record is at its offset on every ISR
  member (and no acknowledgement names an offset another one already named for another record);
- ConsistentRead: every record a consumer was served at an offset is what each replica holds
  there once the offset is below that replica's high watermark;
- TornRecordNeverServed: no running broker holds a record a crash left torn (recovery cuts it
  first, disk.py), so none is replicated or read; a reader is never handed one.
LeaderEpochMonotonic is asserted by the core itself (replica and controller) as it runs.
Kafka promises nothing once the last ISR member of a partition loses acknowledged records in a
crash (no fsync per write, by default): from then on that partition's data invariants, and its
part of the history, are not checked ("beyond tolerance", said in the trace).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations

from reference.core.replication import Record
from reference.sim.cluster.broker import SimBroker
from reference.sim.cluster.controller_node import ControllerNode
from reference.sim.cluster.disk import is_torn
from spec.invariants import (
    check,
    consistent_read,
    high_watermark_monotonic,
    leader_in_isr,
    log_matching,
    no_committed_record_lost,
    strong_isr,
    torn_record_never_served,
)

Fingerprint = tuple[object, ...]


class ClusterChecker:
    def __init__(self, controller: ControllerNode, brokers: dict[int, SimBroker],
                 partitions: tuple[str, ...], *, note: Callable[[str], None]) -> None:
        self.controller = controller
        self.brokers = brokers
        self.partitions = partitions
        self.note = note
        self.acknowledged: dict[str, dict[int, Record]] = {name: {} for name in partitions}
        self.consumed: dict[str, dict[int, Record]] = {name: {} for name in partitions}
        self.beyond_tolerance: set[str] = set()
        self._high_watermarks: dict[tuple[int, str, int], int] = {}
        self._last_seen: dict[str, Fingerprint] = {}
        self._hosts: dict[str, list[SimBroker]] = {}

    # --- what brokers report ------------------------------------------------------------------

    def on_acknowledged(self, name: str, offset: int, record: Record) -> None:
        before = self.acknowledged[name].setdefault(offset, record)
        if name not in self.beyond_tolerance:
            check("NoCommittedRecordLost", before == record, partition=name, offset=offset,
                  acknowledged_before=before, acknowledged_now=record)

    def on_read(self, name: str, offset: int, record: Record) -> None:
        check("TornRecordNeverServed", torn_record_never_served([record], self._torn()),
              partition=name, offset=offset, record=record)
        before = self.consumed[name].setdefault(offset, record)
        if name not in self.beyond_tolerance:
            check("ConsistentRead", before == record, partition=name, offset=offset,
                  read_before=before, read_now=record)

    def crashing(self, broker: SimBroker) -> Callable[[], None]:
        """Call before `broker` crashes; the returned function, after, marks the partitions
        whose only in-sync copy just lost acknowledged records."""
        ends: dict[str, int] = {}
        for name, log in broker.logs.items():
            acknowledged = self.acknowledged[name]
            ends[name] = max([log.high_watermark, *(offset + 1 for offset in acknowledged)])

        def after() -> None:
            for name, log in broker.logs.items():
                alone = self.controller.controller.partitions[name].isr == {broker.broker_id}
                last = log.record_at(log.log_end_offset - 1)
                # A torn tail is not a record: recovery will cut it.
                kept = log.log_end_offset - (1 if last is not None and is_torn(last) else 0)
                if alone and kept < ends[name] and name not in self.beyond_tolerance:
                    self.beyond_tolerance.add(name)
                    self.note(f"{name} is beyond tolerance: its last in-sync replica "
                              f"{broker.broker_id} lost acknowledged records (no fsync)")
        return after

    # --- after every step ---------------------------------------------------------------------

    def check(self) -> None:
        for name in self.partitions:
            hosts = self._hosts.get(name)
            if hosts is None:
                hosts = self._hosts[name] = [broker for broker in self.brokers.values()
                                             if name in broker.logs]
            seen = self._fingerprint(name, hosts)
            if self._last_seen.get(name) == seen:
                continue  # nothing observable changed since the last check
            self._last_seen[name] = seen
            self._check_partition(name, hosts)

    def _fingerprint(self, name: str, hosts: list[SimBroker]) -> Fingerprint:
        # Partition states and roles are replaced, not changed in place: identity compares them.
        seen: list[object] = [self.controller.controller.partitions[name],
                              len(self.acknowledged[name]), len(self.consumed[name])]
        for broker in hosts:
            log = broker.logs[name]
            seen += (broker.is_alive, broker.replicas[name].role, log.log_end_offset,
                     log.high_watermark)
        return tuple(seen)

    def _check_partition(self, name: str, hosts: list[SimBroker]) -> None:
        state = self.controller.controller.partitions[name]
        check("LeaderInIsr", leader_in_isr(state.leader, state.isr), partition=state)
        self._check_high_watermarks(name, hosts)
        torn = self._torn()
        for broker in hosts:
            log = broker.logs[name].records
            check("TornRecordNeverServed", not broker.is_alive
                  or torn_record_never_served(log, torn), partition=name,
                  broker=broker.broker_id, log=log, torn=torn)
        if name in self.beyond_tolerance:
            return
        logs = {broker.broker_id: broker.logs[name].records for broker in hosts}
        watermarks = {broker.broker_id: broker.logs[name].high_watermark for broker in hosts}
        isr_logs = {broker: logs[broker] for broker in state.isr}
        leader = self.brokers.get(state.leader)
        if (leader is not None and leader.is_alive and leader.replicas[name].leader is not None
                and leader.replicas[name].leader_epoch == state.leader_epoch):
            committed = logs[state.leader][:watermarks[state.leader]]
            check("StrongIsr", strong_isr(committed, isr_logs), partition=name,
                  leader=state.leader, committed=committed, isr_logs=isr_logs)
        check("NoCommittedRecordLost",
              no_committed_record_lost(self.acknowledged[name], isr_logs), partition=name,
              acknowledged=self.acknowledged[name], isr_logs=isr_logs)
        for one, other in combinations(sorted(logs), 2):
            check("LogMatching", log_matching(logs[one], watermarks[one], logs[other],
                                              watermarks[other]),
                  partition=name, replicas=(one, other), logs=(logs[one], logs[other]),
                  high_watermarks=(watermarks[one], watermarks[other]))
        for broker_id, log in logs.items():
            check("ConsistentRead", consistent_read(self.consumed[name], log,
                                                    watermarks[broker_id]),
                  partition=name, replica=broker_id, consumed=self.consumed[name], log=log,
                  high_watermark=watermarks[broker_id])

    def _torn(self) -> set[Record]:
        """The records crashes left torn, on any broker (recovery must cut each of them)."""
        return set().union(*(broker.disk.torn_records for broker in self.brokers.values()))

    def _check_high_watermarks(self, name: str, hosts: list[SimBroker]) -> None:
        for broker in hosts:
            replica = broker.replicas[name]
            if broker.is_alive and replica.leader is not None:
                key = (broker.broker_id, name, replica.leader_epoch)
                before = self._high_watermarks.get(key, 0)
                after = broker.logs[name].high_watermark
                check("HighWatermarkMonotonic", high_watermark_monotonic(before, after),
                      partition=name, leader=broker.broker_id, epoch=replica.leader_epoch,
                      before=before, after=after)
                self._high_watermarks[key] = after
