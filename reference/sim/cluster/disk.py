"""A broker's log directory in the replication simulator: stalled fsyncs, torn tails, failed reads.

The replica logs hold (epoch, id) records, not bytes, so the disk's faults act on records (the
single-node simulator's `MemoryStorage` does them on bytes):
- stalled fsyncs (the `disk` window): a flush does not complete, so a crash then loses more;
- a torn write: a crash that loses unflushed records may leave the first of them partly written
  (with `disk` faults on, half the time). It stays in the log as a *torn* record (its epoch, the
  id negated: no producer writes a negative id) until the broker restarts; recovery then finds
  it invalid and cuts the log there, as `LogSegment.recover` does at a batch whose CRC does not
  match (`LogLoader` recovers every segment past the recovery point after an unclean shutdown).
  TornRecordNeverServed checks that no running replica holds one and no reader gets one;
- a failed read (the `disk` window): each read of the log for a fetch or a consumer fails 1 time
  in 20. The broker then takes the directory offline (`LogDirFailureChannel`, then
  `ReplicaManager.handleLogDirFailure`): see broker.py. It stays offline until the broker
  restarts (the world restarts it when the window ends, as an operator would).
One directory per broker holds every replica it has of the simulated topic.
"""

from __future__ import annotations

import random

from reference.core.replication import Record, ReplicaLog

READ_FAILURE_PROBABILITY = 0.05
TEAR_PROBABILITY = 0.5


def torn_copy(record: Record) -> Record:
    """What a crash leaves of a record written halfway: unreadable, so never a valid record."""
    assert record.record_id > 0, record
    return Record(record.epoch, -record.record_id)


def is_torn(record: Record) -> bool:
    return record.record_id < 0


class BrokerDisk:
    """One broker's log directory: its faults now, and what recovery does at a restart."""

    def __init__(self, rng: random.Random, *, tears_on_crash: bool,
                 recovers: bool = True) -> None:
        self._rng = rng
        self.tears_on_crash = tears_on_crash
        self.recovers = recovers  # False only in a test double that skips recovery
        self.is_flush_stalled = False
        self.is_failing_reads = False
        self.is_offline = False
        self.torn_records: set[Record] = set()  # every record a crash left torn here

    def read_fails(self) -> bool:
        """Whether this read of the log raises an I/O error (only during a `disk` window)."""
        return self.is_failing_reads and self._rng.random() < READ_FAILURE_PROBABILITY

    def tear(self, log: ReplicaLog, before: tuple[Record, ...], lost_count: int) -> Record | None:
        """After `log` lost its last `lost_count` records in a crash: maybe keep the first of
        them torn, as a write the crash cut off halfway. The torn record, or None."""
        if not (self.tears_on_crash and lost_count > 0):
            return None
        if self._rng.random() >= TEAR_PROBABILITY:
            return None
        assert log.log_end_offset == len(before) - lost_count, (log.log_end_offset, lost_count)
        torn = torn_copy(before[log.log_end_offset])
        log.append([torn])
        self.torn_records.add(torn)
        return torn

    def recover(self, log: ReplicaLog) -> int | None:
        """Recovery at a restart: a torn record fails its CRC and the log is cut there; the
        offset cut at, or None when the log was whole (or this double skips recovery)."""
        last = log.record_at(log.log_end_offset - 1)
        if last is None or not is_torn(last) or not self.recovers:
            return None
        offset = log.log_end_offset - 1
        log.truncate_to(offset)
        return offset
