"""The asyncio TCP shell around the pure broker core.

One event loop, no threads. Each connection is served strictly in order, as Kafka does by muting
a channel until its response is sent: read one size-prefixed frame, hand it to the core, write
the answer, then read the next. A frame larger than `socket.request.max.bytes` (or with a
negative size) closes the connection before a byte of it is read, so it is never allocated.
Deferred answers (Fetch waiting for min.bytes) are re-polled when the broker's data changes
and at their deadline. Timers (retention, flush, group sessions) run from `Broker.tick`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import struct
import time

from reference.core.broker import Broker
from reference.core.dispatch import (
    Chunk,
    Close,
    DeferBytes,
    Outcome,
    SendBytes,
    SendNothing,
    handle_frame,
)
from reference.core.storage import FileSlice
from reference.server.file_storage import FileStorage

log = logging.getLogger("kspec.server")

FRAME_SIZE = struct.Struct(">i")
TICK_INTERVAL_MS = 100


def now_ms() -> int:
    return time.time_ns() // 1_000_000


class BrokerServer:
    """Serves one `Broker` core on a TCP listener."""

    def __init__(self, broker: Broker, storage: FileStorage, host: str, port: int) -> None:
        self.broker = broker
        self.storage = storage
        self.host = host
        self.port = port
        self._server: asyncio.Server | None = None
        self._data_changed = asyncio.Condition()
        self._connection_count = 0
        self._ticker: asyncio.Task[None] | None = None
        # Each open connection's task and its writer: `stop` cancels the tasks, `abort` also
        # drops the sockets first.
        self._connections: dict[asyncio.Task[None], asyncio.StreamWriter] = {}
        # Cleared while the broker is paused (`kspec cluster`'s `pause`): no request is handled
        # and no timer runs, but connections stay open, as a stopped process's would.
        self.running = asyncio.Event()
        self.running.set()

    async def start(self) -> tuple[str, int]:
        """Listen; returns the bound address (port 0 picks a free one)."""
        self._server = await asyncio.start_server(self._serve_connection, self.host, self.port)
        bound_host, bound_port = self._server.sockets[0].getsockname()[:2]
        self.port = bound_port
        self._ticker = asyncio.create_task(self._tick_forever())
        return bound_host, bound_port

    async def stop(self) -> None:
        """Stop accepting, end the timers and every connection, and close the broker (flush,
        close segments). A connection left open would go on answering from a closed broker
        whose metadata no longer moves (Kafka's shutdown closes its sockets first too)."""
        if self._ticker is not None:
            self._ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._ticker
        if self._server is not None:
            self._server.close()
        await self._end_connections()
        if self._server is not None:
            await self._server.wait_closed()
        self.broker.close(now_ms())

    async def abort(self) -> None:
        """Die as a killed process does: stop listening, drop every connection, close nothing
        of the broker (what it did not flush is the storage's to lose)."""
        if self._ticker is not None:
            self._ticker.cancel()
        if self._server is not None:
            self._server.close()
        for writer in list(self._connections.values()):
            writer.transport.abort()
        await self._end_connections()
        if self._server is not None:
            await self._server.wait_closed()

    async def _end_connections(self) -> None:
        """Cancel every connection's task (one parked in a deferred answer too) and wait for
        each to close its socket."""
        tasks = list(self._connections)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def notify(self) -> None:
        """Wake the deferred answers: something outside a request changed the broker."""
        await self._notify_if_changed()

    async def _tick_forever(self) -> None:
        while True:
            await asyncio.sleep(TICK_INTERVAL_MS / 1000)
            await self.running.wait()
            try:
                self.broker.tick(now_ms())
            except Exception:
                log.exception("timer tick failed")
            await self._notify_if_changed()

    async def _notify_if_changed(self) -> None:
        async with self._data_changed:
            self._data_changed.notify_all()

    async def _serve_connection(self, reader: asyncio.StreamReader,
                                writer: asyncio.StreamWriter) -> None:
        self._connection_count += 1
        peer = writer.get_extra_info("peername")
        client_host = str(peer[0]) if peer else "unknown"
        connection_id = f"{client_host}:{peer[1] if peer else 0}-{self._connection_count}"
        log.info("connection opened %s", connection_id)
        task = asyncio.current_task()
        assert task is not None
        self._connections[task] = writer
        try:
            await self._serve_frames(reader, writer, client_host, connection_id)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        except asyncio.CancelledError:
            # Shutdown cancels connections still waiting (a Fetch long poll). Ending the task
            # normally keeps Python 3.11's start_server callback, which calls task.exception()
            # on it, from logging the cancellation as an error with a traceback.
            log.info("connection %s ended by shutdown", connection_id)
        except Exception:
            log.exception("connection %s failed; closing it", connection_id)
        finally:
            del self._connections[task]
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()
            log.info("connection closed %s", connection_id)

    async def _serve_frames(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                            client_host: str, connection_id: str) -> None:
        max_request_bytes = self.broker.config.socket_request_max_bytes
        while True:
            size_bytes = await reader.readexactly(FRAME_SIZE.size)
            (frame_size,) = FRAME_SIZE.unpack(size_bytes)
            if frame_size < 0 or frame_size > max_request_bytes:
                log.warning("closing %s: frame of %d bytes (socket.request.max.bytes is %d)",
                            connection_id, frame_size, max_request_bytes)
                return
            frame = await reader.readexactly(frame_size)
            await self.running.wait()
            outcome = handle_frame(self.broker, frame, client_host=client_host,
                                   connection_id=connection_id, now_ms=now_ms())
            answer = await self._settle(outcome)
            if isinstance(answer, Close):
                log.warning("closing %s: %s", connection_id, answer.reason)
                return
            if answer is not None:
                await self._write(writer, answer.chunks)
            await self._notify_if_changed()

    async def _write(self, writer: asyncio.StreamWriter, chunks: list[Chunk]) -> None:
        """Write a response; file regions go by sendfile, without passing through Python."""
        for chunk in chunks:
            if isinstance(chunk, bytes):
                writer.write(chunk)
                continue
            assert isinstance(chunk, FileSlice), chunk
            await writer.drain()
            # A duplicate descriptor keeps the segment readable even if retention closes it.
            with os.fdopen(os.dup(self.storage.descriptor(chunk)), "rb") as segment:
                await asyncio.get_running_loop().sendfile(
                    writer.transport, segment, chunk.position, chunk.size_bytes)
        await writer.drain()

    async def _settle(self, outcome: Outcome) -> SendBytes | Close | None:
        """Turn the core's outcome into a response to write (None: nothing) or a Close."""
        if isinstance(outcome, SendBytes):
            return outcome
        if isinstance(outcome, SendNothing):
            return Close("acks=0 produce failed") if outcome.close_connection else None
        if isinstance(outcome, Close):
            return outcome
        return await self._wait_for(outcome)

    async def _wait_for(self, deferred: DeferBytes) -> SendBytes | Close:
        while True:
            ready = deferred.poll(now_ms(), False)
            if ready is not None:
                return ready
            remaining_ms = deferred.deadline_ms - now_ms()
            if remaining_ms <= 0:
                final = deferred.poll(now_ms(), True)
                assert final is not None, "a deferred answer must be ready at its deadline"
                return final
            async with self._data_changed:
                # asyncio.timeout, not wait_for: Python 3.11's wait_for can swallow a
                # cancellation that races the wake-up, and shutdown would then wait for this
                # answer's deadline (a parked JoinGroup's: minutes).
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(remaining_ms / 1000):
                        await self._data_changed.wait()
