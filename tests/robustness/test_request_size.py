"""socket.request.max.bytes on a live broker: a larger size prefix closes that connection only.

Kafka's NetworkReceive refuses a size above the maximum (and a negative one) before reading the
body; a size equal to the maximum is still read.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from spec.errors import ErrorCode
from tests.support import frames
from tests.support.broker_process import BrokerProcess, start_broker

MAX_REQUEST_BYTES = 1000


@pytest.fixture(scope="module")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrokerProcess]:
    data_dir = tmp_path_factory.mktemp("size") / "data"
    process = start_broker(data_dir, [f"socket.request.max.bytes={MAX_REQUEST_BYTES}"])
    try:
        yield process
    finally:
        process.stop()


def padded_api_versions(size_bytes: int, correlation_id: int) -> bytes:
    """A valid ApiVersions v3 frame of exactly `size_bytes` (trailing bytes are ignored)."""
    frame = frames.request_frame(frames.api_versions(), 3, correlation_id)
    assert len(frame) <= size_bytes
    return frame + b"\x00" * (size_bytes - len(frame))


def test_frame_above_max_closes_only_that_connection(broker: BrokerProcess) -> None:
    with frames.RawConnection(broker.host, broker.port) as bystander:
        assert bystander.call(frames.api_versions(), 3).error_code == ErrorCode.NONE
        with socket.create_connection((broker.host, broker.port), timeout=10) as sock:
            sock.sendall(frames.sized(padded_api_versions(MAX_REQUEST_BYTES + 1, 7)))
            assert frames.read_frame(sock) is None, "a frame over the maximum must not be served"
        assert bystander.call(frames.api_versions(), 3).error_code == ErrorCode.NONE
    with frames.RawConnection(broker.host, broker.port) as newcomer:
        assert newcomer.call(frames.api_versions(), 3).error_code == ErrorCode.NONE
    assert f"frame of {MAX_REQUEST_BYTES + 1} bytes" in broker.log_text()


def test_frame_of_exactly_max_is_served(broker: BrokerProcess) -> None:
    with socket.create_connection((broker.host, broker.port), timeout=10) as sock:
        sock.sendall(frames.sized(padded_api_versions(MAX_REQUEST_BYTES, 9)))
        answer = frames.read_frame(sock)
    assert answer is not None
    assert int.from_bytes(answer[:4], "big", signed=True) == 9


def test_prefix_alone_over_max_closes_before_the_body_arrives(broker: BrokerProcess) -> None:
    """The broker decides on the 4-byte prefix alone: it does not wait for a body."""
    with socket.create_connection((broker.host, broker.port), timeout=10) as sock:
        sock.sendall((MAX_REQUEST_BYTES + 1).to_bytes(4, "big"))
        assert frames.read_frame(sock) is None
