"""SIGKILL the broker under a confluent-kafka produce load, restart it, and read everything back.

Kafka's promise: a record acknowledged with acks=all on a topic with flush.messages=1 was on
disk before the answer, so it survives a crash at its acknowledged offset. After restart nothing
corrupt is served (the consumer checks CRCs), offsets stay dense, and new records follow the last
one. A SIGKILL does not lose what a write() gave the kernel, so acks=1 records survive here too;
that case is checked for integrity and density, and records lost (if any) are counted.
Kill moments come from a seed (KSPEC_CRASH_SEED), printed on failure.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from spec.errors import ErrorCode
from spec.records.batch import scan_batches
from tests.robustness.crash_support import (
    all_logs,
    batch_positions,
    consume_all,
    produce_while_killing,
    restart,
    segment_path,
)
from tests.support import frames
from tests.support.broker_process import BrokerProcess, start_broker

DEFAULT_SEED = 4242
KILLS = 3


def now_ms() -> int:
    """Record timestamps near now: old ones would be deleted by retention.ms (7 days)."""
    return int(time.time() * 1000)


@pytest.fixture
def broker_holder(tmp_path: Path) -> Iterator[list[BrokerProcess]]:
    """A one-element list: tests replace the broker when they restart it."""
    holder = [start_broker(tmp_path / "data")]
    try:
        yield holder
    finally:
        holder[0].stop()


def create_topic(broker: BrokerProcess, topic: str, configs: dict[str, str]) -> None:
    with frames.RawConnection(broker.host, broker.port) as connection:
        created = connection.call(frames.create_topic(topic, 1, configs), 7)
    assert created.topics[0].error_code == ErrorCode.NONE, created


def check_served(served: list[tuple[int, bytes]], acknowledged: dict[int, bytes],
                 is_durable: bool, context: str) -> int:
    """Dense offsets from 0; every acknowledged record present at its offset (when durable);
    returns how many acknowledged records are missing."""
    assert [offset for offset, _ in served] == list(range(len(served))), context
    by_offset = dict(served)
    lost = [offset for offset in acknowledged if offset not in by_offset]
    for offset, value in acknowledged.items():
        if offset in by_offset:
            assert by_offset[offset] == value, (context, offset, value, by_offset[offset])
    assert not (is_durable and lost), f"{context}: acknowledged offsets lost: {lost[:20]}"
    return len(lost)


@pytest.mark.parametrize(("acks", "topic_configs"), [
    ("all", {"flush.messages": "1"}),
    ("1", {}),
], ids=["durable-acks-all-flush-every-message", "acks-1"])
def test_acknowledged_records_survive_sigkill(broker_holder: list[BrokerProcess], acks: str,
                                              topic_configs: dict[str, str]) -> None:
    seed = int(os.environ.get("KSPEC_CRASH_SEED", DEFAULT_SEED))
    context = f"seed {seed}; rerun: KSPEC_CRASH_SEED={seed} .venv/bin/pytest {__file__}"
    kill_moments = random.Random(seed).sample([0.3, 0.5, 0.8, 1.1, 1.4, 1.7], KILLS)
    topic = f"crash-{acks}"
    create_topic(broker_holder[0], topic, topic_configs)
    acknowledged: dict[int, bytes] = {}
    lost = 0
    for kill, kill_after_s in enumerate(kill_moments):
        acknowledged |= produce_while_killing(broker_holder[0], topic, acks, f"kill{kill}",
                                              kill_after_s)
        broker_holder[0] = restart(broker_holder[0])
        served = consume_all(broker_holder[0], topic)
        lost = check_served(served, acknowledged, acks == "all", f"after kill {kill}; {context}")
    print(f"\n{len(acknowledged)} acknowledged, {len(served)} served, {lost} lost; "
          f"kills at {kill_moments} s")
    assert acknowledged, "the load must have been acknowledged before the kills"
    check_offsets_continue(broker_holder[0], topic, len(served))


def check_offsets_continue(broker: BrokerProcess, topic: str, log_end_offset: int) -> None:
    """A record produced after the restarts lands at the old log end offset, then the next."""
    with frames.RawConnection(broker.host, broker.port) as connection:
        for expected_offset in (log_end_offset, log_end_offset + 2):
            batch = frames.record_batch([b"after-a", b"after-b"], now_ms())
            produced = connection.call(frames.produce(topic, 0, batch), 9)
            answer = produced.responses[0].partition_responses[0]
            assert answer.error_code == ErrorCode.NONE, answer
            assert answer.base_offset == expected_offset, (answer.base_offset, expected_offset)


def write_batches(broker: BrokerProcess, topic: str, count: int) -> None:
    create_topic(broker, topic, {})
    with frames.RawConnection(broker.host, broker.port) as connection:
        for number in range(count):
            batch = frames.record_batch([b"batch-%d-record-%d" % (number, n) for n in range(4)],
                                        now_ms())
            produced = connection.call(frames.produce(topic, 0, batch), 9)
            assert produced.responses[0].partition_responses[0].error_code == ErrorCode.NONE


def flip_middle_batch(broker: BrokerProcess, topic: str) -> int:
    """Flip one byte inside the records of the middle batch; returns that batch's base offset."""
    segment = segment_path(broker, topic)
    batches = batch_positions(segment)
    position, base_offset, size_bytes = batches[len(batches) // 2]
    data = bytearray(segment.read_bytes())
    data[position + size_bytes - 5] ^= 0x5A
    segment.write_bytes(bytes(data))
    return base_offset


def test_corrupt_batch_after_unclean_shutdown_is_truncated(
        broker_holder: list[BrokerProcess]) -> None:
    """After a crash the segment holding the recovery point (here the only one) is scanned
    from its start (Kafka's LogLoader.recoverLog), so the corrupt batch and all after it go."""
    write_batches(broker_holder[0], "corrupt", 10)
    broker_holder[0].kill()
    corrupt_offset = flip_middle_batch(broker_holder[0], "corrupt")
    broker_holder[0] = restart(broker_holder[0])
    served = consume_all(broker_holder[0], "corrupt")
    assert [offset for offset, _ in served] == list(range(corrupt_offset))
    assert "invalid bytes at the end of segment 0; truncated" in all_logs(broker_holder[0])
    check_offsets_continue(broker_holder[0], "corrupt", corrupt_offset)


def test_torn_tail_after_sigkill_is_truncated_and_logged(
        broker_holder: list[BrokerProcess]) -> None:
    write_batches(broker_holder[0], "torn", 6)
    broker_holder[0].kill()
    segment = segment_path(broker_holder[0], "torn")
    whole = segment.read_bytes()
    last_position, _, _ = batch_positions(segment)[-1]
    torn_size = len(whole) - last_position
    segment.write_bytes(whole + whole[last_position:last_position + torn_size // 2])
    broker_holder[0] = restart(broker_holder[0])
    served = consume_all(broker_holder[0], "torn")
    assert [offset for offset, _ in served] == list(range(24))
    assert f"found {torn_size // 2} invalid bytes at the end of segment 0; truncated" in all_logs(
        broker_holder[0])
    check_offsets_continue(broker_holder[0], "torn", 24)


def test_corrupt_batch_after_clean_shutdown_is_served_as_kafka_does(
        broker_holder: list[BrokerProcess], tmp_path: Path) -> None:
    """After a clean shutdown Kafka scans nothing (the clean-shutdown marker skips recovery),
    so a batch corrupted on disk while stopped is served as stored; the consumer's CRC check
    is what catches it."""
    write_batches(broker_holder[0], "stopped", 10)
    broker_holder[0].stop()
    corrupt_offset = flip_middle_batch(broker_holder[0], "stopped")
    broker_holder[0] = restart(broker_holder[0])
    with frames.RawConnection(broker_holder[0].host, broker_holder[0].port) as connection:
        fetched = connection.call(frames.fetch("stopped", 0, 0, max_bytes=1 << 20), 12)
    partition = fetched.responses[0].partitions[0]
    assert partition.high_watermark == 40, "no truncation after a clean shutdown"
    served = bytes(partition.records or b"")
    assert served == segment_path(broker_holder[0], "stopped").read_bytes()
    with pytest.raises(AssertionError, match="consumer error"):
        consume_all(broker_holder[0], "stopped")
    assert corrupt_offset == 20


def flip_batch_at(broker: BrokerProcess, segment: Path, base_offset: int) -> None:
    for position, offset, size_bytes in batch_positions(segment):
        if offset == base_offset:
            data = bytearray(segment.read_bytes())
            data[position + size_bytes // 2] ^= 0x5A
            segment.write_bytes(bytes(data))
            return
    raise AssertionError(f"no batch at {base_offset} in {segment}")


def wait_for_recovery_point(broker: BrokerProcess, line: str) -> None:
    """Until the recovery-point checkpoint (written on a timer, atomically) holds `line`."""
    checkpoint = broker.data_dir / "recovery-point-offset-checkpoint"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if checkpoint.exists() and line in checkpoint.read_text().splitlines():
            return
        time.sleep(0.1)
    raise AssertionError(f"no {line!r} in {checkpoint} within 10 s")


def test_unclean_recovery_scans_only_from_the_recovery_point(tmp_path: Path) -> None:
    """Kafka's LogLoader.recoverLog scans `segments.values(recoveryPoint, MAX)`: the segment
    holding the checkpointed recovery point and later ones. A corrupt batch in an older,
    flushed segment is not found at startup (it is served, and the consumer's CRC check
    catches it); one in the last segment is truncated away."""
    # Kafka starts its periodic jobs (checkpoints among them) log.initial.task.delay.ms late.
    broker = start_broker(tmp_path / "data", ["log.flush.offset.checkpoint.interval.ms=100",
                                              "log.initial.task.delay.ms=0"])
    try:
        create_topic(broker, "checkpointed", {"segment.bytes": "1048576", "flush.messages": "1"})
        with frames.RawConnection(broker.host, broker.port) as connection:
            for number in range(16):
                batch = frames.record_batch([bytes([number]) * 200_000], now_ms())
                connection.call(frames.produce("checkpointed", 0, batch), 9)
        wait_for_recovery_point(broker, "checkpointed 0 16")
        broker.kill()
        segments = sorted((broker.data_dir / "checkpointed-0").glob("*.log"))
        assert len(segments) >= 3, segments
        flip_batch_at(broker, segments[0], 2)
        flip_batch_at(broker, segments[-1], 15)
        broker = restart(broker)
        with frames.RawConnection(broker.host, broker.port) as connection:
            fetched = connection.call(frames.fetch("checkpointed", 0, 2, max_bytes=1 << 20), 12)
        partition = fetched.responses[0].partitions[0]
        assert partition.high_watermark == 15, "the corrupt last batch is truncated"
        served = bytes(partition.records or b"")
        assert served and scan_batches(served)[1] == 0, "the old corrupt batch is served as is"
        logs = all_logs(broker)
        assert f"end of segment {int(segments[-1].stem)}; truncated" in logs
        assert "end of segment 0;" not in logs
    finally:
        broker.stop()


def test_restart_after_sigkill_rebuilds_producer_state_across_read_chunks(
        broker_holder: list[BrokerProcess]) -> None:
    """Rebuilding producer state after a crash replays the log; batches that straddle the
    replay's read size (1 MiB) must not stop the broker from starting."""
    create_topic(broker_holder[0], "large-batches", {})
    with frames.RawConnection(broker_holder[0].host, broker_holder[0].port) as connection:
        for number in range(5):
            batch = frames.record_batch([bytes([number]) * 300_000], now_ms())
            produced = connection.call(frames.produce("large-batches", 0, batch), 9)
            assert produced.responses[0].partition_responses[0].error_code == ErrorCode.NONE
    broker_holder[0].kill()
    broker_holder[0] = restart(broker_holder[0])
    served = consume_all(broker_holder[0], "large-batches")
    assert [offset for offset, _ in served] == list(range(5))
