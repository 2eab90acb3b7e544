"""kcat against the reference broker: metadata listing, produce (-P) and consume (-C -e)."""

from __future__ import annotations

import json

import pytest

from tests.clients.expectations import CODECS, hour_ago_ms
from tests.clients.test_confluent_kafka_admin import produce_values
from tests.clients.test_kafka_python_records import create_topic
from tests.support.broker_process import BrokerProcess
from tests.support.kcat import run_kcat

pytestmark = pytest.mark.clients

CONSUME_FORMAT = "%p|%o|%k|%s|%h\\n"


def test_metadata_listing(broker: BrokerProcess, topic_name: str) -> None:
    create_topic(broker.bootstrap, topic_name, partitions=3)
    listing = run_kcat(broker.bootstrap, ["-L", "-t", topic_name])
    assert f"broker 1 at {broker.bootstrap}" in listing
    assert f'topic "{topic_name}" with 3 partitions:' in listing
    described = json.loads(run_kcat(broker.bootstrap, ["-L", "-J", "-t", topic_name]))
    [topic] = described["topics"]
    assert topic["topic"] == topic_name
    assert [(p["partition"], p["leader"], [r["id"] for r in p["replicas"]])
            for p in topic["partitions"]] == [(0, 1, [1]), (1, 1, [1]), (2, 1, [1])]
    assert [(b["id"], b["name"]) for b in described["brokers"]] == [(1, broker.bootstrap)]


@pytest.mark.parametrize("codec", CODECS)
def test_produce_then_consume_to_end(broker: BrokerProcess, topic_name: str,
                                     codec: str) -> None:
    create_topic(broker.bootstrap, topic_name, partitions=1)
    lines = [f"key-{i}:value {i} {codec}" for i in range(5)]
    run_kcat(broker.bootstrap, ["-P", "-t", topic_name, "-p", "0", "-K", ":", "-z", codec,
                                "-H", "origin=kcat", "-X", "acks=all"],
             stdin_text="\n".join(lines) + "\n")
    consumed = run_kcat(broker.bootstrap, ["-C", "-t", topic_name, "-o", "beginning", "-e",
                                           "-q", "-f", CONSUME_FORMAT])
    assert consumed.splitlines() == [
        f"0|{i}|key-{i}|value {i} {codec}|origin=kcat" for i in range(5)]


def test_consume_from_offset_and_count(broker: BrokerProcess, topic_name: str) -> None:
    create_topic(broker.bootstrap, topic_name, partitions=1)
    run_kcat(broker.bootstrap, ["-P", "-t", topic_name, "-p", "0"],
             stdin_text="".join(f"line {i}\n" for i in range(6)))
    consumed = run_kcat(broker.bootstrap, ["-C", "-t", topic_name, "-p", "0", "-o", "2",
                                           "-c", "3", "-e", "-q", "-f", "%o %s\\n"])
    assert consumed.splitlines() == ["2 line 2", "3 line 3", "4 line 4"]
    from_end = run_kcat(broker.bootstrap, ["-C", "-t", topic_name, "-p", "0", "-o", "-2",
                                           "-e", "-q", "-f", "%o %s\\n"])
    assert from_end.splitlines() == ["4 line 4", "5 line 5"]


def test_query_offsets_by_timestamp(broker: BrokerProcess, topic_name: str) -> None:
    """`kcat -Q` is ListOffsets by time: the first offset whose timestamp is >= the one asked,
    and -1 when every record is older; `-o s@` starts consuming there."""
    create_topic(broker.bootstrap, topic_name, partitions=1)
    base_ms = hour_ago_ms()
    produce_values(broker.bootstrap, topic_name, [b"v0", b"v1", b"v2"],
                   timestamps_ms=[base_ms, base_ms + 30, base_ms + 10])
    assert query(broker.bootstrap, topic_name, base_ms + 5) == 1
    assert query(broker.bootstrap, topic_name, base_ms) == 0
    assert query(broker.bootstrap, topic_name, base_ms + 31) == -1
    consumed = run_kcat(broker.bootstrap, ["-C", "-t", topic_name, "-o", f"s@{base_ms + 5}",
                                           "-e", "-q", "-f", "%o %s %T\\n"])
    assert consumed.splitlines() == [f"1 v1 {base_ms + 30}", f"2 v2 {base_ms + 10}"]


def query(bootstrap: str, topic: str, timestamp_ms: int) -> int:
    answer = run_kcat(bootstrap, ["-Q", "-t", f"{topic}:0:{timestamp_ms}"])
    prefix = f"{topic} [0] offset "
    [line] = [line for line in answer.splitlines() if line.startswith(prefix)]
    return int(line.removeprefix(prefix))
