"""Runs the durable-log state machine (models/log_model.py) under the active Hypothesis profile."""

from __future__ import annotations

from hypothesis import settings

from models.log_model import LogMachine

LogMachine.TestCase.settings = settings(settings.default, stateful_step_count=40)
test_log_machine = LogMachine.TestCase


def test_a_crash_at_any_step_of_a_compaction_keeps_every_latest_value() -> None:
    from models.log_model import SETTINGS, FailpointStorage, SimulatedCrash, read_all
    from reference.core.log.compaction import clean
    from reference.core.log.log import PartitionLog
    from spec.records.batch import Record, encode_batch

    crashed_at = []
    for operations in range(0, 60, 3):
        storage = FailpointStorage()
        log = PartitionLog.open(storage, "orders-0", SETTINGS, now_ms=0)
        for index in range(30):
            batch = encode_batch([Record(0, 0, b"k%d" % (index % 4), b"v%d" % index)])
            header = bytearray(batch)
            header[0:8] = index.to_bytes(8, "big")
            log.append(bytes(header), now_ms=0)
        log.flush(now_ms=0)
        storage.arm(operations)
        try:
            clean(log, first_dirty_offset=0, last_stable_offset=30, now_ms=0)
        except SimulatedCrash:
            crashed_at.append(operations)
        storage.arm(None)
        storage.crash()
        reopened = PartitionLog.open(storage, "orders-0", SETTINGS, now_ms=0,
                                     recovery_point=log.recovery_point)
        survivors = dict(read_all(reopened, storage, 0))
        assert reopened.log_end_offset == 30
        for index in range(26, 30):
            assert survivors[index] == (b"k%d" % (index % 4), b"v%d" % index)
        assert all(value == (b"k%d" % (offset % 4), b"v%d" % offset)
                   for offset, value in survivors.items())
    assert len(crashed_at) >= 5, crashed_at
