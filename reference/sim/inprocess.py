"""A client of the pure broker core, in-process: encode a request, dispatch it, decode the answer.

The same path the TCP shell takes (`dispatch.handle_frame`), without sockets: storage is
`MemoryStorage`, time is a counter the test moves, randomness a seeded `random.Random`. File
regions in a response (what the TCP shell would sendfile) are read back from the storage.
"""

from __future__ import annotations

import random
import struct
from dataclasses import dataclass, field
from typing import Any

from reference.core.broker import Broker
from reference.core.dispatch import Close, DeferBytes, SendBytes, SendNothing, handle_frame
from reference.core.storage import FileSlice
from reference.sim.memory_storage import MemoryStorage
from spec.config import SINGLE_NODE_SERVER_PROPERTIES, BrokerConfig
from spec.generated.request_header import RequestHeader
from spec.messages import API_BY_KEY, decode_response, encode_request

START_MS = 1_700_000_000_000


@dataclass
class CoreClient:
    """One broker core and a clock; `call` sends a request and returns the decoded response."""

    overrides: dict[str, str] = field(default_factory=dict)
    seed: int = 7
    now_ms: int = START_MS
    storage: MemoryStorage = field(default_factory=MemoryStorage)
    correlation_id: int = 0

    def __post_init__(self) -> None:
        self.broker = self.open_broker()

    def open_broker(self) -> Broker:
        config = BrokerConfig.from_strings({"node.id": "1", **SINGLE_NODE_SERVER_PROPERTIES,
                                            **self.overrides})
        return Broker.open(config, self.storage, rng=random.Random(self.seed),
                           now_ms=self.now_ms)

    def restart(self, *, crash: bool) -> None:
        """Reopen the broker on the same storage, after a clean close or a crash."""
        if crash:
            self.storage.crash()
        else:
            self.broker.close(self.now_ms)
        self.broker = self.open_broker()

    def frame(self, request: Any, version: int, client_id: str = "core-test") -> bytes:
        self.correlation_id += 1
        header = RequestHeader(request_api_key=request.API_KEY, request_api_version=version,
                               correlation_id=self.correlation_id, client_id=client_id)
        return encode_request(header, request)

    def send(self, frame: bytes) -> SendBytes | SendNothing | DeferBytes | Close:
        return handle_frame(self.broker, frame, client_host="127.0.0.1",
                            connection_id="core-test", now_ms=self.now_ms)

    def call(self, request: Any, version: int, *, wait: bool = True,
             client_id: str = "core-test") -> Any:
        """The decoded response (None for no response); a deferred one is settled at once
        when `wait` (by moving the clock to its deadline)."""
        outcome = self.send(self.frame(request, version, client_id))
        if isinstance(outcome, DeferBytes):
            if not wait:
                return outcome
            self.now_ms = max(self.now_ms, outcome.deadline_ms)
            ready = outcome.poll(self.now_ms, True)
            assert ready is not None
            outcome = ready
        if isinstance(outcome, SendNothing):
            return None
        assert isinstance(outcome, SendBytes), outcome
        return self.decode(outcome, request.API_KEY, version)

    def decode(self, outcome: SendBytes, api_key: int, version: int,
               correlation_id: int | None = None) -> Any:
        data = b"".join(chunk if isinstance(chunk, bytes) else self.read_slice(chunk)
                        for chunk in outcome.chunks)
        (size,) = struct.unpack_from(">i", data)
        assert size == len(data) - 4, (size, len(data))
        answered_id, message = decode_response(data[4:], api_key, version)
        assert answered_id == (self.correlation_id if correlation_id is None else correlation_id)
        return message

    def read_slice(self, chunk: object) -> bytes:
        assert isinstance(chunk, FileSlice), chunk
        return self.storage.read(chunk.path, chunk.position, chunk.size_bytes)


def max_version(api_key: int) -> int:
    return API_BY_KEY[api_key].max_version
