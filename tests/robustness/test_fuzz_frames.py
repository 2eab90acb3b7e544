"""100,000 malformed frames against one live broker process: it must survive and stay correct.

Seeded (KSPEC_FUZZ_SEED, default below; KSPEC_FUZZ_FRAMES sets the count): each of the
KSPEC_FUZZ_WORKERS connections replays its own input stream, a function of the seed alone; only
the interleaving of the workers varies between runs. Checks: the process
never dies; every answer is a well-formed response with the frame's correlation id (or the
connection closes); a topic written before the fuzzing serves the same bytes after it; the
broker's memory stays bounded (huge size prefixes are refused unread); its log has no traceback.
"""

from __future__ import annotations

import os
import socket
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from spec.errors import ErrorCode
from tests.robustness.broker_log import handler_crashes
from tests.robustness.fuzz_driver import FuzzDriver, FuzzStats, Numbered
from tests.robustness.fuzz_inputs import FUZZ_TOPIC, FuzzInputs, SeenFrame, split_frames
from tests.support import frames
from tests.support.broker_process import BrokerProcess, start_broker

DEFAULT_SEED = 20261125
DEFAULT_FRAMES = 100_000
DEFAULT_MAX_REQUEST_BYTES = 104_857_600
WITNESS_TOPIC = "witness"
RSS_GROWTH_LIMIT_KB = 64 * 1024
WORKERS = int(os.environ.get("KSPEC_FUZZ_WORKERS", 4))


def vm_rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS line")


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process (fields 14 and 15 of /proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[BrokerProcess]:
    process = start_broker(tmp_path / "data")
    try:
        yield process
    finally:
        process.stop()


def write_witness(broker: BrokerProcess) -> bytes:
    """Create the fuzz topics and write three batches to the witness; its bytes as fetched."""
    with frames.RawConnection(broker.host, broker.port) as connection:
        for topic in (WITNESS_TOPIC, FUZZ_TOPIC):
            created = connection.call(frames.create_topic(topic), 7)
            assert created.topics[0].error_code == ErrorCode.NONE
        for index in range(3):
            batch = frames.record_batch([b"witness-%d-%d" % (index, n) for n in range(5)],
                                        int(time.time() * 1000))
            produced = connection.call(frames.produce(WITNESS_TOPIC, 0, batch), 9)
            assert produced.responses[0].partition_responses[0].error_code == ErrorCode.NONE
    return read_witness(broker)


def read_witness(broker: BrokerProcess) -> bytes:
    with frames.RawConnection(broker.host, broker.port) as connection:
        fetched = connection.call(frames.fetch(WITNESS_TOPIC, 0, 0), 12)
    partition = fetched.responses[0].partitions[0]
    assert partition.error_code == ErrorCode.NONE
    assert partition.high_watermark == 15
    return bytes(partition.records or b"")


def run_workers(broker: BrokerProcess, seed: int, frame_target: int,
                rerun: str) -> tuple[list[FuzzStats], dict[int, list[Numbered | None]]]:
    """Fuzz from WORKERS connections at once (each its own seeded stream), so the broker is
    never idle while a client decodes; a worker's inputs depend only on the seed."""
    closers_by_port: dict[int, list[Numbered | None]] = {}
    drivers = [FuzzDriver(broker.host, broker.port,
                          FuzzInputs(seed * 100 + worker, DEFAULT_MAX_REQUEST_BYTES),
                          f"worker {worker}, {rerun}", lambda: broker.process.poll() is None,
                          closers_by_port)
               for worker in range(WORKERS)]
    with ThreadPoolExecutor(WORKERS) as pool:
        done = [pool.submit(driver.run, -(-frame_target // WORKERS)) for driver in drivers]
        return [future.result() for future in done], closers_by_port


def describe_crashes(log_text: str, closers_by_port: dict[int, list[Numbered | None]]) -> str:
    """Each handler crash in the log with the input the connection was closed on."""
    described: list[str] = []
    for crash in handler_crashes(log_text):
        uses = closers_by_port.get(crash.client_port, [])
        culprit = uses[crash.use_of_port] if 0 <= crash.use_of_port < len(uses) else None
        shown = "unknown" if culprit is None else (
            f"input #{culprit.index} ({culprit.input.kind}) {culprit.input.data[:200].hex()}")
        described.append(f"{crash.last_line}\n  input: {shown}")
    return "\n".join(described)


def summary(all_stats: list[FuzzStats], elapsed_s: float, broker_cpu_s: float,
            client_cpu_s: float) -> str:
    frames_read = sum(stats.frames_read for stats in all_stats)
    malformed = sum(stats.malformed_frames_read for stats in all_stats)
    kinds = sum((stats.inputs_by_kind for stats in all_stats), Counter[str]())
    return (f"fuzz: {frames_read} frames ({malformed} malformed) in {elapsed_s:.1f} s "
            f"({frames_read / elapsed_s:.0f}/s), "
            f"{sum(s.answers for s in all_stats)} answered, "
            f"{sum(s.closes for s in all_stats)} closes, "
            f"{sum(s.connections for s in all_stats)} connections; broker CPU "
            f"{broker_cpu_s:.1f} s ({frames_read / max(broker_cpu_s, 0.01):.0f} frames per CPU "
            f"second), client CPU {client_cpu_s:.1f} s; inputs {dict(kinds)}")


# ~100 s of CPU split between broker and client: fine on two idle cores, slow on busy ones.
@pytest.mark.timeout(900)
def test_broker_survives_malformed_frames(broker: BrokerProcess) -> None:
    seed = int(os.environ.get("KSPEC_FUZZ_SEED", DEFAULT_SEED))
    frame_target = int(os.environ.get("KSPEC_FUZZ_FRAMES", DEFAULT_FRAMES))
    rerun = (f"seed {seed}; rerun: KSPEC_FUZZ_SEED={seed} KSPEC_FUZZ_FRAMES={frame_target} "
             f"KSPEC_FUZZ_WORKERS={WORKERS} .venv/bin/pytest tests/robustness/test_fuzz_frames.py")
    witness_before = write_witness(broker)
    rss_before_kb = vm_rss_kb(broker.process.pid)
    log_start = len(broker.log_text())
    started, client_cpu_before_s = time.monotonic(), time.process_time()
    broker_cpu_before_s = cpu_seconds(broker.process.pid)
    all_stats, closers_by_port = run_workers(broker, seed, frame_target, rerun)
    print("\n" + summary(all_stats, time.monotonic() - started,
                         cpu_seconds(broker.process.pid) - broker_cpu_before_s,
                         time.process_time() - client_cpu_before_s))
    assert sum(stats.malformed_frames_read for stats in all_stats) >= frame_target
    assert broker.process.poll() is None, rerun
    assert read_witness(broker) == witness_before, rerun
    rss_after_kb = vm_rss_kb(broker.process.pid)
    assert rss_after_kb - rss_before_kb < RSS_GROWTH_LIMIT_KB, (rss_before_kb, rss_after_kb)
    crashes = describe_crashes(broker.log_text()[log_start:], closers_by_port)
    assert not crashes, f"handlers crashed on input ({rerun}):\n{crashes}"
    assert "Traceback" not in broker.log_text()[log_start:], f"a traceback elsewhere; {rerun}"


def test_huge_size_prefix_closes_without_allocating(broker: BrokerProcess) -> None:
    rss_before_kb = vm_rss_kb(broker.process.pid)
    for size in (0x7FFFFFFF, 0x7FFFFFFF, 0x40000000, -1):
        with socket.create_connection((broker.host, broker.port), timeout=5) as sock:
            sock.sendall(size.to_bytes(4, "big", signed=True) + b"\x00" * 64)
            assert frames.read_frame(sock) is None, "the broker must close, not answer"
    rss_after_kb = vm_rss_kb(broker.process.pid)
    assert rss_after_kb - rss_before_kb < 16 * 1024, (rss_before_kb, rss_after_kb)
    with frames.RawConnection(broker.host, broker.port) as connection:
        assert connection.call(frames.api_versions(), 3).error_code == ErrorCode.NONE


def test_fuzz_inputs_depend_on_the_seed_alone() -> None:
    def first_inputs(seed: int) -> list[bytes]:
        inputs = FuzzInputs(seed, DEFAULT_MAX_REQUEST_BYTES)
        return [inputs.next().data for _ in range(300)]

    assert first_inputs(11) == first_inputs(11)
    assert first_inputs(11) != first_inputs(12)


def test_split_frames_follows_the_broker_read_loop() -> None:
    body = frames.request_frame(frames.api_versions(), 3, 5)
    stream = frames.sized(body) + (2000).to_bytes(4, "big") + body
    assert split_frames(stream, 1000) == ([SeenFrame(body), SeenFrame(None, 2000)], False)
    assert split_frames(frames.sized(body) + b"\x00\x00\x00\x09abc", 1000) == (
        [SeenFrame(body)], True)
    assert split_frames((-1).to_bytes(4, "big", signed=True), 1000) == (
        [SeenFrame(None, -1)], False)
