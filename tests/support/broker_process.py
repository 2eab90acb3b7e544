"""Start a real `kspec broker` process on a free loopback port, for tests with real clients.

The broker runs as its own process (as users run it), so SIGKILL tests kill exactly what a
crash kills. It prints `listening on HOST:PORT` once it serves; we wait for that line.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

LISTENING = re.compile(r"listening on (\S+):(\d+)")
START_TIMEOUT_S = 30.0


@dataclass
class BrokerProcess:
    process: subprocess.Popen[str]
    host: str
    port: int
    data_dir: Path
    log_path: Path

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    def kill(self) -> None:
        """SIGKILL: no flush, no clean shutdown (what a crash does)."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> int:
        """SIGTERM and wait: the clean shutdown path."""
        return terminate(self.process, timeout_s=15)

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace")


def terminate(process: subprocess.Popen[str], timeout_s: float) -> int:
    """SIGTERM, wait up to `timeout_s`, then SIGKILL; the exit status."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
    return process.returncode


def start_broker(data_dir: Path, configs: Sequence[str] = (), port: int = 0) -> BrokerProcess:
    """Start a broker on `data_dir` and return once it listens (raises if it does not)."""
    log_path = data_dir.parent / f"{data_dir.name}-broker.log"
    arguments = [sys.executable, "-m", "reference.server.cli", "broker", "--port", str(port),
                 "--data-dir", str(data_dir)]
    for config in configs:
        arguments += ["--config", config]
    log_file = log_path.open("a")
    start_offset = log_file.tell()  # a restart appends: look only at what this run writes
    process = subprocess.Popen(arguments, stdout=log_file, stderr=subprocess.STDOUT, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        with log_path.open(errors="replace") as log_text:
            log_text.seek(start_offset)
            found = LISTENING.search(log_text.read())
        if found:
            return BrokerProcess(process, found.group(1), int(found.group(2)), data_dir, log_path)
        if process.poll() is not None:
            break
        time.sleep(0.05)
    process.kill()
    raise RuntimeError(f"broker did not start:\n{log_path.read_text(errors='replace')}")


@contextmanager
def running_broker(data_dir: Path, configs: Sequence[str] = ()) -> Iterator[BrokerProcess]:
    broker = start_broker(data_dir, configs)
    try:
        yield broker
    finally:
        broker.stop()
