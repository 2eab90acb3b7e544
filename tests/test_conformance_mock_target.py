"""The conformance corpus replayed against librdkafka's mock cluster, a Kafka-compatible peer:
every difference must be listed, classified, in conformance/cases/known-differences."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from confluent_kafka import Producer

CASES = sorted(str(path) for path in Path("conformance/cases").glob("*.case.json"))


def test_every_difference_of_the_librdkafka_mock_is_known(tmp_path: Path) -> None:
    owner = Producer({"test.mock.num.brokers": 1})  # the mock lives as long as this producer
    broker = next(iter(owner.list_topics(timeout=10).brokers.values()))
    results = tmp_path / "mock.json"
    replay = subprocess.run(
        [sys.executable, "-m", "reference.server.cli", "replay", *CASES,
         "--target", f"{broker.host}:{broker.port}", "--target-name", "librdkafka-mock",
         "--isolate", "--json", str(results)],
        capture_output=True, text=True, timeout=300)
    assert replay.returncode == 0, replay.stdout[-4000:] + replay.stderr[-2000:]
    assert "0 fail, 0 error" in replay.stdout, replay.stdout[-2000:]
