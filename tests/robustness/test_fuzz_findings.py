"""Inputs the socket fuzzer found, pinned as single requests (each crashed a handler or stalled
the broker until fixed); each test states what Kafka answers.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace

import pytest

from spec.errors import ErrorCode
from tests.robustness.broker_log import handler_crashes
from tests.support import frames
from tests.support.broker_process import BrokerProcess, start_broker


@pytest.fixture(scope="module")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrokerProcess]:
    process = start_broker(tmp_path_factory.mktemp("findings") / "data")
    try:
        with frames.RawConnection(process.host, process.port) as connection:
            connection.call(frames.create_topic("findings"), 7)
        yield process
    finally:
        process.stop()


@pytest.mark.parametrize("partition", [-2147483648, -1])
def test_fetch_of_negative_partition_answers_unknown_partition(broker: BrokerProcess,
                                                               partition: int) -> None:
    """Found by the fuzzer (a bit flip in a Fetch v4/v11 partition index). Kafka answers the
    partition with UNKNOWN_TOPIC_OR_PARTITION (no such partition in the metadata)."""
    request = frames.fetch("findings", 0, 0)
    topic = request.topics[0]
    asked = replace(topic, partitions=(replace(topic.partitions[0], partition=partition),))
    crashes_before = len(handler_crashes(broker.log_text()))
    with frames.RawConnection(broker.host, broker.port) as connection:
        try:
            fetched = connection.call(replace(request, topics=(asked,)), 12)
        finally:
            assert len(handler_crashes(broker.log_text())) == crashes_before, "handler crashed"
    answer = fetched.responses[0].partitions[0]
    assert answer.partition_index == partition
    assert answer.error_code == ErrorCode.UNKNOWN_TOPIC_OR_PARTITION


@pytest.mark.parametrize("max_bytes", [-2146435072, -1])
def test_fetch_with_negative_partition_max_bytes_answers_unknown_server_error(
        broker: BrokerProcess, max_bytes: int) -> None:
    """Found by the fuzzer (a bit flip in partition_max_bytes). Kafka's LogSegment.read throws
    IllegalArgumentException for a negative size; ReplicaManager.readFromLocalLog catches any
    Throwable per partition, so that partition answers UNKNOWN_SERVER_ERROR and the
    connection stays open."""
    with frames.RawConnection(broker.host, broker.port) as connection:
        batch = frames.record_batch([b"some data"], 1_700_000_000_000)
        connection.call(frames.produce("findings", 0, batch), 9)
        request = frames.fetch("findings", 0, 0)
        topic = request.topics[0]
        asked = replace(topic, partitions=(replace(topic.partitions[0],
                                                   partition_max_bytes=max_bytes),))
        fetched = connection.call(replace(request, topics=(asked,)), 12)
    assert fetched.responses[0].partitions[0].error_code == ErrorCode.UNKNOWN_SERVER_ERROR


@pytest.mark.parametrize(("partitions", "validate_only"),
                         [(10_001, True), (10_001, False), (1 << 20, False)])
def test_create_topics_over_partition_cap_is_a_policy_violation(
        broker: BrokerProcess, partitions: int, validate_only: bool) -> None:
    """Kafka's controller refuses a CreateTopics whose topics add up to more than 10,000
    partitions (ReplicationControlManager.validateTotalNumberOfPartitions), before anything
    else and also for validate_only, with POLICY_VIOLATION. Before the cap, 2**20 partitions
    stalled the broker while it created them."""
    request = frames.create_topic("too-many-partitions", partitions, validate_only=validate_only)
    with frames.RawConnection(broker.host, broker.port, timeout_s=10) as connection:
        created = connection.call(request, 7)
    assert created.topics[0].error_code == ErrorCode.POLICY_VIOLATION
    assert created.topics[0].error_message == "Excessively large number of partitions per request."


def test_stop_during_a_waiting_fetch_logs_no_traceback(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """A clean stop while a Fetch waits for min.bytes ends that connection quietly."""
    process = start_broker(tmp_path_factory.mktemp("stop") / "data")
    try:
        with frames.RawConnection(process.host, process.port) as connection:
            connection.call(frames.create_topic("waiting"), 7)
            waiting = replace(frames.fetch("waiting", 0, 0), max_wait_ms=30_000, min_bytes=1)
            connection.sock.sendall(frames.sized(frames.request_frame(waiting, 12, 99)))
            time.sleep(0.5)
            assert process.stop() == 0
    finally:
        process.stop()
    assert "Traceback" not in process.log_text(), process.log_text()
