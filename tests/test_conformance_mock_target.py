"""The conformance corpus replayed against librdkafka's mock cluster, a Kafka-compatible peer:
every difference must be listed, classified, in conformance/divergences/librdkafka-mock.md."""

from __future__ import annotations

from pathlib import Path

from confluent_kafka import Producer

from tests.support.replay_target import assert_every_difference_known


def test_every_difference_of_the_librdkafka_mock_is_known(tmp_path: Path) -> None:
    owner = Producer({"test.mock.num.brokers": 1})  # the mock lives as long as this producer
    broker = next(iter(owner.list_topics(timeout=10).brokers.values()))
    assert_every_difference_known(f"{broker.host}:{broker.port}", "librdkafka-mock",
                                  tmp_path / "mock.json")
