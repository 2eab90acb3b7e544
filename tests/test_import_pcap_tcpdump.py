"""`kspec import-pcap` on a real capture: tcpdump records kafka-python producing to and
fetching from the reference broker on loopback, and the imported case replays green against a
fresh embedded reference. (`make tools` installs tcpdump; the test is skipped only without it.)"""

from __future__ import annotations

import selectors
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conformance.case import Case, TopicSetup
from conformance.embedded import embedded_broker
from conformance.import_pcap import import_capture
from conformance.pcap import LINKTYPE_ETHERNET, LINKTYPE_LINUX_SLL2, read_packets
from conformance.replay import replay_case
from conformance.target import run_setup

TCPDUMP = shutil.which("tcpdump")
TOPIC = "pcap-real-traffic"
START_TIMEOUT_S = 10.0

pytestmark = [pytest.mark.clients,
              pytest.mark.skipif(TCPDUMP is None, reason="tcpdump is not installed")]


@contextmanager
def tcpdump(port: int, out: Path, interface: str) -> Iterator[None]:
    """tcpdump on `interface` for `port`. Packets are handed over and written as they arrive
    (--immediate-mode, -U): libpcap otherwise holds them for up to a second, and a stop loses
    them. A 32 MiB capture buffer (-B): with the default one a loaded machine drops packets in
    the kernel (a lost answer, seen on `any`). As root (-Z root), so that it may write into
    pytest's temporary directories."""
    assert TCPDUMP is not None
    process = subprocess.Popen([TCPDUMP, "-i", interface, "--immediate-mode", "-U", "-B", "32768",
                                "-Z", "root",
                                "-w", str(out), f"tcp port {port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_until_listening(process)
        yield
        _wait_until_quiet(out)
    finally:
        process.terminate()
        process.wait(timeout=10)


def _wait_until_quiet(out: Path, quiet_s: float = 0.5, limit_s: float = 10.0) -> None:
    """Until the capture file stops growing: the last packets (the clients' FINs) may still be
    on their way through a loaded machine, and stopping tcpdump drops what it has not read."""
    deadline = time.monotonic() + limit_s
    size, since = -1, time.monotonic()
    while time.monotonic() < deadline:
        current = out.stat().st_size if out.exists() else 0
        if current != size:
            size, since = current, time.monotonic()
        elif time.monotonic() - since >= quiet_s:
            return
        time.sleep(0.05)


def _wait_until_listening(process: subprocess.Popen[bytes]) -> None:
    assert process.stderr is not None
    selector = selectors.DefaultSelector()
    selector.register(process.stderr, selectors.EVENT_READ)
    deadline = time.monotonic() + START_TIMEOUT_S
    seen = b""
    while b"listening on" not in seen:
        remaining = deadline - time.monotonic()
        assert remaining > 0 and process.poll() is None, f"tcpdump did not start: {seen!r}"
        if selector.select(timeout=remaining):
            seen += process.stderr.read1(4096)  # type: ignore[attr-defined]


def _produce_and_fetch(bootstrap: str) -> None:
    from kafka import KafkaConsumer, KafkaProducer, TopicPartition

    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=20,
                             enable_idempotence=True, compression_type="gzip")
    for index in range(3):
        producer.send(TOPIC, key=b"k%d" % index, value=b"captured %d" % index, partition=0,
                      timestamp_ms=1_700_000_000_000 + index)
    producer.flush(timeout=15)
    producer.close(timeout=15)
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None,
                             enable_auto_commit=False, fetch_max_wait_ms=100)
    partition = TopicPartition(TOPIC, 0)
    consumer.assign([partition])
    consumer.seek(partition, 0)
    received = 0
    for _ in range(50):
        received += sum(len(batch) for batch in consumer.poll(timeout_ms=200).values())
        if received >= 3:
            break
    consumer.close()
    assert received == 3


CAPTURE_ATTEMPTS = 3


def _capture(capture_file: Path, interface: str) -> tuple[bytes, int]:
    """A fresh broker, kafka-python producing and fetching, captured: (pcap bytes, port)."""
    with embedded_broker() as (host, port):
        run_setup(Case(name="setup", exchanges=(), setup=(TopicSetup(TOPIC, 1),)), host, port)
        with tcpdump(port, capture_file, interface):
            _produce_and_fetch(f"{host}:{port}")
    return capture_file.read_bytes(), port


def _lost_responses(case: Case) -> list[int]:
    """Requests answered on the wire whose answer the capture lacks: on a loaded machine
    tcpdump on `any` can drop packets (the kernel's count, printed when it stops). A case made
    from such a capture cannot replay (the answer still comes and desynchronizes the
    connection), so the capture is taken again rather than the tool blamed."""
    return [index for index, exchange in enumerate(case.exchanges)
            if exchange.response_hex is None and exchange.api_name != "Produce"]


@pytest.mark.parametrize("interface", ["lo", "any"])  # Ethernet; Linux cooked capture v2
def test_a_tcpdump_capture_of_kafka_python_replays_green(tmp_path: Path, interface: str) -> None:
    for attempt in range(CAPTURE_ATTEMPTS):
        data, port = _capture(tmp_path / f"kafka-python-{attempt}.pcap", interface)
        case = import_capture(data, "tcpdump-kafka-python", ports=frozenset({port}))
        if not _lost_responses(case):
            break
    else:
        pytest.fail(f"tcpdump dropped packets in {CAPTURE_ATTEMPTS} captures in a row")
    link_types = {packet.link_type for packet in read_packets(data)}
    assert link_types == ({LINKTYPE_ETHERNET} if interface == "lo"
                          else {LINKTYPE_LINUX_SLL2}), link_types
    apis = {exchange.api_name for exchange in case.exchanges}
    assert {"ApiVersions", "Metadata", "InitProducerId", "Produce", "Fetch"} <= apis
    assert [(topic.name, topic.partitions) for topic in case.setup] == [(TOPIC, 1)]
    assert any(sub.capture.startswith("producer_id@") for sub in case.substitutions)
    result = replay_case(case, "embedded")
    assert result.outcome == "pass", result.differences[:3]
