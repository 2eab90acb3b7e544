"""Drive fuzz inputs into a live broker over TCP and check every answer it gives.

Inputs go out pipelined, a batch per connection, followed by our end of stream (so a frame the
broker is still waiting for ends in a close, never a hang). The broker answers strictly in order,
so the i-th response belongs to the i-th frame it read (`split_frames`): it must carry that
frame's correlation id and decode at that frame's API and version, and only frames the broker
can serve may be answered at all. The first frame left unanswered is the one the broker closed
on; inputs after it were never read and go to the next connection.
"""

from __future__ import annotations

import contextlib
import socket
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from reference.core.served_apis import SERVED_VERSIONS
from spec.decode_error import DecodeError
from spec.generated.api_versions import ApiVersionsRequest
from spec.messages import decode_request_header, decode_response
from tests.robustness.fuzz_inputs import FuzzInput, FuzzInputs, SeenFrame, split_frames
from tests.support.frames import read_frame

ANSWER_TIMEOUT_S = 10.0


class FuzzFailure(AssertionError):
    pass


@dataclass(frozen=True, slots=True)
class Numbered:
    index: int
    input: FuzzInput


@dataclass(frozen=True, slots=True)
class Expected:
    """What the broker must do with one frame it reads: answer at (api, version) or close."""

    owner: Numbered
    correlation_id: int | None = None
    api_key: int = -1
    response_version: int = -1

    @property
    def is_answerable(self) -> bool:
        return self.correlation_id is not None


@dataclass
class FuzzStats:
    frames_read: int = 0
    malformed_frames_read: int = 0
    answers: int = 0
    closes: int = 0
    connections: int = 0
    inputs_by_kind: Counter[str] = field(default_factory=Counter)


def expectation(owner: Numbered, frame: SeenFrame) -> Expected:
    if frame.body is None:
        return Expected(owner)
    try:
        header, _ = decode_request_header(frame.body)
    except DecodeError:
        return Expected(owner)
    served = SERVED_VERSIONS.get(header.request_api_key)
    if served is None:
        return Expected(owner)
    version = header.request_api_version
    if not served[0] <= version <= served[1]:
        if header.request_api_key != ApiVersionsRequest.API_KEY:
            return Expected(owner)
        version = 0
    return Expected(owner, header.correlation_id, header.request_api_key, version)


class FuzzDriver:
    def __init__(self, host: str, port: int, inputs: FuzzInputs, describe_seed: str,
                 is_broker_alive: Callable[[], bool],
                 closers_by_port: dict[int, list[Numbered | None]], batch_inputs: int = 24) -> None:
        self.address = (host, port)
        self.inputs = inputs
        self.describe_seed = describe_seed
        self.is_broker_alive = is_broker_alive
        self.batch_inputs = batch_inputs
        self.pending: list[Numbered] = []
        self.next_index = 0
        self.stats = FuzzStats()
        # Inputs requeued after a close keep their predicted frames (only pending ones stay).
        self.expected_by_index: dict[int, list[Expected]] = {}
        # The input each connection was closed on, by our local port, in the order used: the
        # broker logs a handler crash with the peer's port, so a crash maps back to its input.
        self.closers_by_port = closers_by_port

    def run(self, frame_target: int) -> FuzzStats:
        while self.stats.malformed_frames_read < frame_target:
            self.serve_one_connection(self.take_batch())
        return self.stats

    def take_batch(self) -> list[Numbered]:
        batch, self.pending = self.pending, []
        while len(batch) < self.batch_inputs and all(n.input.is_self_delimiting for n in batch):
            batch.append(Numbered(self.next_index, self.inputs.next()))
            self.next_index += 1
            self.stats.inputs_by_kind[batch[-1].input.kind] += 1
        return batch

    def expected_frames(self, batch: list[Numbered]) -> list[Expected]:
        expected: list[Expected] = []
        for numbered in batch:
            known = self.expected_by_index.get(numbered.index)
            if known is None:
                seen, _ = split_frames(numbered.input.data, self.inputs.max_request_bytes)
                known = [expectation(numbered, frame) for frame in seen]
                self.expected_by_index[numbered.index] = known
            expected += known
        return expected

    def serve_one_connection(self, batch: list[Numbered]) -> None:
        expected = self.expected_frames(batch)
        self.stats.connections += 1
        with socket.create_connection(self.address, timeout=ANSWER_TIMEOUT_S) as sock:
            uses = self.closers_by_port.setdefault(sock.getsockname()[1], [])
            uses.append(None)
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                sock.sendall(b"".join(numbered.input.data for numbered in batch))
                sock.shutdown(socket.SHUT_WR)
            answered = self.check_answers(sock, expected, batch)
        read = expected[:answered + 1]
        self.stats.answers += answered
        self.stats.frames_read += len(read)
        self.stats.malformed_frames_read += sum(wanted.owner.input.kind != "valid"
                                                for wanted in read)
        if answered < len(expected):
            closer = expected[answered].owner
            uses[-1] = closer
            self.stats.closes += 1
            self.pending = [numbered for numbered in batch if numbered.index > closer.index]
        kept = {numbered.index for numbered in self.pending}
        self.expected_by_index = {index: known for index, known
                                  in self.expected_by_index.items() if index in kept}

    def check_answers(self, sock: socket.socket, expected: list[Expected],
                      batch: list[Numbered]) -> int:
        """How many frames were answered, in order, each checked against its frame."""
        answered = 0
        while True:
            try:
                frame = read_frame(sock)
            except ConnectionResetError:
                frame = None
            except TimeoutError:
                self.fail("no answer and no close", batch, expected, answered)
            if frame is None:
                return answered
            if answered >= len(expected) or not expected[answered].is_answerable:
                self.fail(f"unexpected answer {frame[:32].hex()}", batch, expected, answered)
            self.check_answer(frame, expected[answered], batch, expected, answered)
            answered += 1

    def check_answer(self, frame: bytes, wanted: Expected, batch: list[Numbered],
                     expected: list[Expected], answered: int) -> None:
        try:
            correlation_id, _ = decode_response(frame, wanted.api_key, wanted.response_version)
        except DecodeError as error:
            self.fail(f"malformed answer ({error}): {frame[:64].hex()}", batch, expected,
                      answered)
        if correlation_id != wanted.correlation_id:
            self.fail(f"answer has correlation id {correlation_id}, frame had "
                      f"{wanted.correlation_id}", batch, expected, answered)

    def fail(self, problem: str, batch: list[Numbered], expected: list[Expected],
             answered: int) -> None:
        alive = self.is_broker_alive()
        culprit = expected[min(answered, len(expected) - 1)].owner if expected else batch[0]
        raise FuzzFailure(
            f"{problem} (broker {'alive' if alive else 'DEAD'}); input #{culprit.index} "
            f"({culprit.input.kind}): {culprit.input.data[:256].hex()}\n"
            f"batch: {[(n.index, n.input.kind) for n in batch]}\n{self.describe_seed}")
