"""The recording proxy: sits between Kafka clients and a broker, forwards every frame, and
writes the conversation as a case file (the seed of `kspec record`).

Case file: JSON lines, one object per frame in the order the proxy saw them complete:
  {"seq": 0, "conn": 1, "dir": "request", "upstream": "127.0.0.1:9092", "phase": "produce",
   "api_key": 18, "api_version": 3, "correlation_id": 1, "hex": "0012..."}
`hex` is the frame without its size prefix, exactly as its sender wrote it. Responses carry
the api key and version of the request they answer (matched by correlation id on the same
connection); a response to an unknown correlation id has them null.

Advertised addresses: a Metadata, FindCoordinator or DescribeCluster response names brokers by
host and port, and a client would connect there directly, leaving the proxy. So the proxy
opens one more
listener per advertised broker (forwarding to that broker) and patches those responses to
name the listener instead; the patched frame is what the client receives, the case file keeps
the broker's original bytes and marks the frame `"rewritten": true`. Bytes are otherwise
forwarded unchanged, except KIP-951's leader hints (the `node_endpoints` of Produce v10+ and
Fetch v16+ answers, `conformance.node_endpoints`), which are rewritten the same way.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import threading
from collections.abc import Coroutine, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Literal, TypeVar

from conformance.frames import (
    FrameSplitter,
    RequestPrefix,
    find_advertised_endpoints,
    is_flexible_response,
    parse_request_prefix,
    response_correlation_id,
    rewrite_endpoints,
    with_size_prefix,
)
from conformance.node_endpoints import node_endpoint_addresses, rewrite_node_endpoints
from spec.decode_error import DecodeError

Direction = Literal["request", "response"]
Address = tuple[str, int]
_READ_CHUNK_BYTES = 65_536
# Requests that get no response (Produce with acks=0) would otherwise pile up forever.
_MAX_PENDING_REQUESTS = 10_000
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class RecordedFrame:
    sequence: int
    connection_id: int
    direction: Direction
    frame: bytes
    upstream: str
    phase: str | None = None
    api_key: int | None = None
    api_version: int | None = None
    correlation_id: int | None = None
    is_rewritten: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.sequence, "conn": self.connection_id, "dir": self.direction,
            "upstream": self.upstream, "phase": self.phase, "api_key": self.api_key,
            "api_version": self.api_version, "correlation_id": self.correlation_id,
            "rewritten": self.is_rewritten, "hex": self.frame.hex(),
        }

    @classmethod
    def from_json(cls, item: dict[str, Any]) -> RecordedFrame:
        direction = item["dir"]
        if direction not in ("request", "response"):
            raise ValueError(f"unknown direction {direction!r}")
        return cls(
            sequence=int(item["seq"]), connection_id=int(item["conn"]), direction=direction,
            frame=bytes.fromhex(item["hex"]), upstream=str(item["upstream"]),
            phase=item.get("phase"), api_key=item.get("api_key"),
            api_version=item.get("api_version"), correlation_id=item.get("correlation_id"),
            is_rewritten=bool(item.get("rewritten", False)),
        )


def read_case_file(path: Path) -> list[RecordedFrame]:
    with path.open(encoding="utf-8") as lines:
        return [RecordedFrame.from_json(json.loads(line)) for line in lines if line.strip()]


class _Connection:
    """Per client connection: its id, upstream, and requests still awaiting a response."""

    def __init__(self, connection_id: int, upstream: Address) -> None:
        self.connection_id = connection_id
        self.upstream = upstream
        self.pending: dict[int, RequestPrefix] = {}

    def remember(self, prefix: RequestPrefix) -> None:
        if len(self.pending) >= _MAX_PENDING_REQUESTS:
            del self.pending[next(iter(self.pending))]
        self.pending[prefix.correlation_id] = prefix


class Recorder:
    """An asyncio proxy in front of one bootstrap broker (and, lazily, every broker it names).

    Use `async with Recorder(host, port) as recorder:` and point clients at
    `recorder.bootstrap`; `recorder.frames` grows as frames pass. Set `phase` to tag the
    frames recorded from then on with what the driving code is doing.
    """

    def __init__(self, upstream_host: str, upstream_port: int, *, listen_host: str = "127.0.0.1",
                 listen_port: int = 0, out_path: Path | None = None) -> None:
        self.upstream: Address = (upstream_host, upstream_port)
        self.listen_host = listen_host
        self.frames: list[RecordedFrame] = []
        self.phase: str | None = None
        self._first_listen_port = listen_port
        self._out_path = out_path
        self._out: IO[str] | None = None
        self._servers: dict[Address, asyncio.Server] = {}
        self._local: dict[Address, Address] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._next_connection_id = 1

    @property
    def bootstrap(self) -> str:
        host, port = self._local[self.upstream]
        return f"{host}:{port}"

    async def start(self) -> None:
        if self._out_path is not None:
            self._out = self._out_path.open("w", encoding="utf-8")
        await self._listener_for(self.upstream, self._first_listen_port)

    async def close(self) -> None:
        for server in self._servers.values():
            server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        for server in self._servers.values():
            await server.wait_closed()
        if self._out is not None:
            self._out.close()
            self._out = None

    async def __aenter__(self) -> Recorder:
        await self.start()
        return self

    async def __aexit__(self, kind: type[BaseException] | None, error: BaseException | None,
                        trace: TracebackType | None) -> None:
        await self.close()

    async def _listener_for(self, upstream: Address, listen_port: int = 0) -> Address:
        """The local address that forwards to `upstream`, opened on first need."""
        if upstream not in self._local:
            async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
                await self._serve(upstream, reader, writer)

            server = await asyncio.start_server(serve, self.listen_host, listen_port)
            port = int(server.sockets[0].getsockname()[1])
            self._servers[upstream] = server
            self._local[upstream] = (self.listen_host, port)
        return self._local[upstream]

    async def _serve(self, upstream: Address, client_reader: asyncio.StreamReader,
                     client_writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        connection = _Connection(self._next_connection_id, upstream)
        self._next_connection_id += 1
        writers = [client_writer]
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(*upstream)
            writers.append(upstream_writer)
            await _first_to_finish(
                self._pump_requests(connection, client_reader, upstream_writer),
                self._pump_responses(connection, upstream_reader, client_writer),
            )
        except OSError:
            pass  # upstream unreachable or a side reset: the client sees its connection close
        finally:
            for writer in writers:
                writer.close()
            self._tasks.discard(task)

    async def _pump_requests(self, connection: _Connection, reader: asyncio.StreamReader,
                             writer: asyncio.StreamWriter) -> None:
        splitter = FrameSplitter()
        while chunk := await reader.read(_READ_CHUNK_BYTES):
            for frame in splitter.feed(chunk):
                prefix = parse_request_prefix(frame)
                connection.remember(prefix)
                self._record(connection, "request", frame, prefix, is_rewritten=False)
                writer.write(with_size_prefix(frame))
            await writer.drain()

    async def _pump_responses(self, connection: _Connection, reader: asyncio.StreamReader,
                              writer: asyncio.StreamWriter) -> None:
        splitter = FrameSplitter()
        while chunk := await reader.read(_READ_CHUNK_BYTES):
            for frame in splitter.feed(chunk):
                prefix = connection.pending.pop(response_correlation_id(frame), None)
                forwarded = frame if prefix is None else await self._patch(prefix, frame)
                self._record(connection, "response", frame, prefix,
                             is_rewritten=forwarded != frame)
                writer.write(with_size_prefix(forwarded))
            await writer.drain()

    async def _patch(self, prefix: RequestPrefix, frame: bytes) -> bytes:
        """The response with every advertised broker replaced by its local listener."""
        try:
            endpoints = find_advertised_endpoints(prefix.api_key, prefix.api_version, frame)
        except DecodeError:
            return frame  # not ours to judge: forward what the broker said
        leader_hints = node_endpoint_addresses(prefix.api_key, prefix.api_version, frame)
        if leader_hints:
            hint_replacements = {address: await self._listener_for(address)
                                 for address in leader_hints}
            return rewrite_node_endpoints(prefix.api_key, prefix.api_version, frame,
                                          hint_replacements)
        replacements = {}
        for endpoint in endpoints:
            address = (endpoint.host, endpoint.port)
            replacements[address] = await self._listener_for(address)
        flexible = is_flexible_response(prefix.api_key, prefix.api_version)
        return rewrite_endpoints(frame, flexible, endpoints, replacements)

    def _record(self, connection: _Connection, direction: Direction, frame: bytes,
                prefix: RequestPrefix | None, *, is_rewritten: bool) -> None:
        recorded = RecordedFrame(
            sequence=len(self.frames), connection_id=connection.connection_id,
            direction=direction, frame=frame, upstream=_address_text(connection.upstream),
            phase=self.phase, api_key=None if prefix is None else prefix.api_key,
            api_version=None if prefix is None else prefix.api_version,
            correlation_id=response_correlation_id(frame) if prefix is None
            else prefix.correlation_id,
            is_rewritten=is_rewritten,
        )
        self.frames.append(recorded)
        if self._out is not None:
            self._out.write(json.dumps(recorded.to_json()) + "\n")
            self._out.flush()


def _address_text(address: Address) -> str:
    return f"{address[0]}:{address[1]}"


async def _first_to_finish(*pumps: Coroutine[Any, Any, None]) -> None:
    """Run both directions until one ends (a side closed or sent garbage); stop the other."""
    tasks = [asyncio.ensure_future(pump) for pump in pumps]
    try:
        done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    for task in done:
        error = task.exception()
        if error is not None and not isinstance(error, (OSError, DecodeError)):
            raise error


class RecorderThread:
    """A `Recorder` on its own event loop in a background thread, for synchronous drivers
    (kafka-python, confluent-kafka) or for drivers that run their own asyncio loop."""

    def __init__(self, upstream_host: str, upstream_port: int, *,
                 out_path: Path | None = None, listen_host: str = "127.0.0.1") -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True,
                                        name="kspec-recorder")
        self.recorder = Recorder(upstream_host, upstream_port, listen_host=listen_host,
                                 out_path=out_path)

    def _call(self, coroutine: Coroutine[Any, Any, _T]) -> _T:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout=30)

    def __enter__(self) -> RecorderThread:
        self._thread.start()
        self._call(self.recorder.start())
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        try:
            self._call(self.recorder.close())
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=30)
            self._loop.close()

    @property
    def bootstrap(self) -> str:
        return self.recorder.bootstrap

    def set_phase(self, phase: str | None) -> None:
        async def assign() -> None:
            self.recorder.phase = phase

        self._call(assign())

    def frames(self) -> list[RecordedFrame]:
        async def snapshot() -> list[RecordedFrame]:
            return list(self.recorder.frames)

        return self._call(snapshot())


async def record(listen_port: int, upstream_host: str, upstream_port: int, out_path: Path,
                 *, listen_host: str = "127.0.0.1") -> None:
    """Proxy and record until cancelled (Ctrl-C): `kspec record`'s body."""
    async with Recorder(upstream_host, upstream_port, listen_host=listen_host,
                        listen_port=listen_port, out_path=out_path) as recorder:
        print(f"recording {recorder.bootstrap} -> {upstream_host}:{upstream_port} "
              f"into {out_path}", flush=True)
        await asyncio.Event().wait()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m conformance.recorder",
                                     description="Record a Kafka conversation as a case file.")
    parser.add_argument("--listen", type=int, required=True, help="local port for clients")
    parser.add_argument("--upstream", required=True, help="broker as HOST:PORT")
    parser.add_argument("--out", type=Path, required=True, help="case file (JSON lines)")
    args = parser.parse_args(argv)
    host, _, port = str(args.upstream).rpartition(":")
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(record(args.listen, host, int(port), args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
