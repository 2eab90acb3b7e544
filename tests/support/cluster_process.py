"""Start a real `kspec cluster` process (controller and brokers) on free loopback ports.

It prints `broker N listening on HOST:PORT` for each broker and `control on 127.0.0.1:PORT`
once everything serves; faults go through the control socket, as a user's script would send
them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from confluent_kafka import Consumer

from reference.server.broker_connection import BrokerConnection
from reference.server.cluster_control import send_control
from spec.generated.metadata import MetadataRequest
from tests.support.broker_process import terminate

BROKER_LINE = re.compile(r"broker (\d+) listening on (\S+):(\d+)")
CONTROL_LINE = re.compile(r"control on 127\.0\.0\.1:(\d+)")
START_TIMEOUT_S = 30.0


@dataclass
class ClusterProcess:
    process: subprocess.Popen[str]
    brokers: dict[int, tuple[str, int]]
    control_port: int
    log_path: Path

    @property
    def bootstrap(self) -> str:
        return ",".join(f"{host}:{port}" for host, port in self.brokers.values())

    def control(self, line: str) -> str:
        """Send one command; its reply (`ok ...`), or AssertionError on `error ...`."""
        reply = send_control(self.control_port, line, timeout_ms=60_000)
        assert reply.startswith("ok"), f"{line}: {reply}"
        return reply

    def stop(self) -> int:
        return terminate(self.process, timeout_s=20)

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace")

    def leader_seen_by(self, broker: int, topic: str, partition: int) -> int:
        """The partition's leader in one broker's Metadata answer (-1: none, or no such
        partition). Ask a broker that hears the controller: an isolated one answers from the
        metadata it had, as a Kafka broker cut off from its controller does."""
        host, port = self.brokers[broker]
        connection = BrokerConnection(host, port)
        try:
            answer = connection.call(MetadataRequest(topics=(
                MetadataRequest.MetadataRequestTopic(name=topic),)))
        finally:
            connection.close()
        partitions = {entry.partition_index: entry for entry in answer.topics[0].partitions}
        found = partitions.get(partition)
        return -1 if found is None else int(found.leader_id)


def wait_until(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    """Poll `condition` every 0.2 s until it holds (AssertionError naming `what` if it never
    does): a live cluster reaches its states in its own time."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def poll_values(consumer: Consumer, count: int, timeout_s: float) -> list[str]:
    """Up to `count` record values (decoded) a confluent-kafka consumer reads within
    `timeout_s`; errors in between (a leader moving) are the client's to retry."""
    values: list[str] = []
    deadline = time.monotonic() + timeout_s
    while len(values) < count and time.monotonic() < deadline:
        message = consumer.poll(0.5)
        if message is not None and not message.error():
            value = message.value()
            assert value is not None
            values.append(value.decode())
    return values


def start_cluster(data_dir: Path, brokers: int, configs: Sequence[str] = ()) -> ClusterProcess:
    log_path = data_dir.parent / f"{data_dir.name}-cluster.log"
    arguments = [sys.executable, "-m", "reference.server.cli", "cluster", "--brokers",
                 str(brokers), "--base-port", "0", "--control-port", "0", "--no-stdin",
                 "--data-dir", str(data_dir)]
    for config in configs:
        arguments += ["--config", config]
    # A restart on the same data directory appends to the same log: read only what follows.
    log_start = log_path.stat().st_size if log_path.exists() else 0
    log_file = log_path.open("a")
    process = subprocess.Popen(arguments, stdout=log_file, stderr=subprocess.STDOUT, text=True,
                               stdin=subprocess.DEVNULL,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        text = log_path.read_text(errors="replace")[log_start:]
        control = CONTROL_LINE.search(text)
        if control:
            found = {int(m.group(1)): (m.group(2), int(m.group(3)))
                     for m in BROKER_LINE.finditer(text)}
            return ClusterProcess(process, found, int(control.group(1)), log_path)
        if process.poll() is not None:
            break
        time.sleep(0.05)
    process.kill()
    raise RuntimeError(f"cluster did not start:\n{log_path.read_text(errors='replace')}")


@contextmanager
def running_cluster(data_dir: Path, brokers: int,
                    configs: Sequence[str] = ()) -> Iterator[ClusterProcess]:
    cluster = start_cluster(data_dir, brokers, configs)
    try:
        yield cluster
    finally:
        cluster.stop()
