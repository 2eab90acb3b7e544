"""The control plane of `kspec cluster`: fault commands, one per line, from stdin or a socket.

Commands (broker ids are node ids; `help` prints this list):
  kill N      abrupt stop: connections dropped, unflushed writes lost (`lose_unflushed`)
  restart N   start a killed or stopped broker again on its port and data directory
  stop N      controlled shutdown (leadership moved away first, logs flushed and closed)
  pause N     freeze the broker: no requests answered, no timers, no heartbeats
  resume N    end a pause
  isolate N   network partition around the broker: it and the controller and the other
              brokers cannot reach one another; clients are not cut off (see ClusterActions)
  heal [N]    end the partition around N, or every partition
  status      one line per broker and the controller
  help        this list

`ControlPlane` parses a line, checks the broker id, runs the command against a
`ClusterActions` (the cluster's side: `kspec cluster` implements it) one command at a time,
and answers a `Reply`; it never raises for a bad line or a failed action. `ControlServer`
serves it on a TCP listener (127.0.0.1, by default the cluster's base port minus one): each
line in gets one line out, `ok ...` or `error ...`, so `nc` or `send_control` can drive it.
`serve_stdin` serves it from a terminal or a pipe.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import stat
import sys
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, TextIO

log = logging.getLogger("kspec.control")

MAX_LINE_BYTES = 1024
MAX_CONNECTIONS = 16
CONTROL_HOST = "127.0.0.1"

HELP_LINES = (
    "kill N: abrupt stop, unflushed writes lost",
    "restart N: start a killed or stopped broker again",
    "stop N: controlled shutdown",
    "pause N: freeze the broker (no requests, timers or heartbeats)",
    "resume N: end a pause",
    "isolate N: cut the broker off from the controller and the other brokers "
    "(clients still reach it)",
    "heal [N]: end the partition around N, or all partitions",
    "status: one line per broker and the controller",
    "help: this list",
)
VERBS_WITH_BROKER = ("kill", "restart", "stop", "pause", "resume", "isolate")
VERBS_WITHOUT_BROKER = ("status", "help")


class ControlError(Exception):
    """A command that cannot be run: bad syntax, unknown broker, or refused by the cluster
    (restart of a running broker, say). Its message is the reply's text."""


class ClusterActions(Protocol):
    """What the cluster does for each command. A method refuses by raising `ControlError`;
    one that returns a string has it added to the `ok` reply (e.g. what a kill lost)."""

    def broker_ids(self) -> Sequence[int]:
        """Every broker's node id, running or not (ids outside it are refused)."""

    async def kill(self, broker_id: int) -> str | None:
        """Stop abruptly: close the listener and connections, cancel the broker's tasks,
        `lose_unflushed()` on its storage; no flush, no clean-shutdown mark."""

    async def restart(self, broker_id: int) -> str | None:
        """Open the broker again from its data directory (recovering it) and serve on its
        port; refuse if it is running."""

    async def stop(self, broker_id: int) -> str | None:
        """Controlled shutdown: ask the controller to move leadership away, wait for it, then
        stop cleanly (flush, close, clean-shutdown mark)."""

    def pause(self, broker_id: int) -> str | None:
        """Freeze the broker as a long GC pause or SIGSTOP would: connections stay open but
        nothing is read or answered, no timer runs, no heartbeat is sent."""

    def resume(self, broker_id: int) -> str | None:
        """Thaw a paused broker: what queued up meanwhile is served."""

    def isolate(self, broker_id: int) -> str | None:
        """Partition the broker off: no traffic between it and the controller or any other
        broker, both ways (heartbeats, replication fetches, AlterPartition, metadata). Clients
        are not cut off, by choice: a client still talking to an isolated leader shows what
        Kafka promises there (acks=all cannot complete without the ISR; what acks=1 took may
        be truncated when the partition heals and the broker follows the new leader)."""

    def heal(self, broker_id: int | None) -> str | None:
        """End the partition around `broker_id`, or every partition when None."""

    def status(self) -> list[str]:
        """Lines of text: each broker's state (running, killed, stopped, paused, isolated),
        port, and what it leads; the controller's state."""


@dataclass(frozen=True, slots=True)
class ControlCommand:
    verb: str
    broker_id: int | None = None

    def __str__(self) -> str:
        return self.verb if self.broker_id is None else f"{self.verb} {self.broker_id}"


@dataclass(frozen=True, slots=True)
class Reply:
    is_ok: bool
    lines: tuple[str, ...]

    def as_line(self) -> str:
        """The reply on one line, as the control socket sends it (lines joined by ' | ')."""
        text = " | ".join(line.replace("\n", " ").strip() for line in self.lines)
        return ("ok" if self.is_ok else "error") + (f" {text}" if text else "")


def parse_command(line: str) -> ControlCommand:
    """One command line; raises `ControlError` naming what is wrong."""
    words = line.split()
    if not words:
        raise ControlError("empty command (try help)")
    verb, arguments = words[0].lower(), words[1:]
    if verb in VERBS_WITHOUT_BROKER:
        if arguments:
            raise ControlError(f"{verb} takes no argument")
        return ControlCommand(verb)
    if verb in VERBS_WITH_BROKER or verb == "heal":
        if len(arguments) > 1 or (not arguments and verb != "heal"):
            usage = "heal [N]" if verb == "heal" else f"{verb} N"
            raise ControlError(f"usage: {usage}")
        return ControlCommand(verb, _broker_id(arguments[0]) if arguments else None)
    raise ControlError(f"unknown command {words[0]!r} (try help)")


def _broker_id(word: str) -> int:
    try:
        broker_id = int(word, 10)
    except ValueError:
        raise ControlError(f"broker id must be a number, got {word!r}") from None
    if broker_id < 0:
        raise ControlError(f"broker id must not be negative, got {broker_id}")
    return broker_id


class ControlPlane:
    """Runs command lines against `actions`, one at a time, and never raises for them."""

    def __init__(self, actions: ClusterActions) -> None:
        self.actions = actions
        self._one_at_a_time = asyncio.Lock()

    async def handle(self, line: str) -> Reply:
        try:
            command = parse_command(line)
        except ControlError as error:
            return Reply(False, (str(error),))
        async with self._one_at_a_time:
            try:
                return await self._execute(command)
            except ControlError as error:
                return Reply(False, (f"{command}: {error}",))
            except Exception as error:
                log.exception("control command %s failed", command)
                return Reply(False, (f"{command} failed: {type(error).__name__}: {error}",))

    async def _execute(self, command: ControlCommand) -> Reply:
        if command.verb == "help":
            return Reply(True, HELP_LINES)
        if command.verb == "status":
            return Reply(True, tuple(self.actions.status()))
        if command.broker_id is not None:
            known = sorted(self.actions.broker_ids())
            if command.broker_id not in known:
                brokers = ", ".join(str(broker_id) for broker_id in known)
                raise ControlError(f"no broker {command.broker_id} (brokers: {brokers})")
        detail = await self._action(command)
        return Reply(True, (f"{command}: {detail}" if detail else str(command),))

    async def _action(self, command: ControlCommand) -> str | None:
        actions, broker_id = self.actions, command.broker_id
        if command.verb == "heal":
            return actions.heal(broker_id)
        assert broker_id is not None, command
        waiting: dict[str, Callable[[int], Awaitable[str | None]]] = {
            "kill": actions.kill, "restart": actions.restart, "stop": actions.stop}
        immediate: dict[str, Callable[[int], str | None]] = {
            "pause": actions.pause, "resume": actions.resume, "isolate": actions.isolate}
        if command.verb in waiting:
            return await waiting[command.verb](broker_id)
        return immediate[command.verb](broker_id)


def default_control_port(base_port: int) -> int:
    """The control socket's port when `--control-port` is not given: just below the brokers'
    (base port 0, every listener on a free port, gives 0 too)."""
    assert base_port == 0 or base_port > 1, base_port
    return base_port - 1 if base_port else 0


class ControlServer:
    """The control socket: a TCP listener on 127.0.0.1; each line in gets one reply line."""

    def __init__(self, plane: ControlPlane, port: int, host: str = CONTROL_HOST) -> None:
        self.plane = plane
        self.host = host
        self.port = port
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.Task[None]] = set()

    async def start(self) -> int:
        """Listen; returns the bound port (port 0 picks a free one)."""
        self._server = await asyncio.start_server(
            self._serve_connection, self.host, self.port, limit=MAX_LINE_BYTES)
        self.port = self._server.sockets[0].getsockname()[1]
        return self.port

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._connections):
            task.cancel()
        for task in list(self._connections):
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self._server is not None:
            await self._server.wait_closed()

    async def _serve_connection(self, reader: asyncio.StreamReader,
                                writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        try:
            if len(self._connections) >= MAX_CONNECTIONS:
                await _send(writer, Reply(False, ("too many control connections",)))
                return
            self._connections.add(task)
            await self._serve_lines(reader, writer)
        except (ConnectionError, asyncio.CancelledError):
            pass  # the peer went away, or the cluster is shutting down
        finally:
            self._connections.discard(task)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _serve_lines(self, reader: asyncio.StreamReader,
                           writer: asyncio.StreamWriter) -> None:
        while True:
            try:
                raw = await reader.readuntil(b"\n")
            except asyncio.IncompleteReadError as end:
                if end.partial.strip():  # a last command without its newline
                    await _send(writer, await self.plane.handle(_decode(end.partial)))
                return
            except asyncio.LimitOverrunError:
                await _send(writer, Reply(False, (f"line longer than {MAX_LINE_BYTES} bytes",)))
                return
            await _send(writer, await self.plane.handle(_decode(raw)))


def _decode(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")


async def _send(writer: asyncio.StreamWriter, reply: Reply) -> None:
    writer.write(reply.as_line().encode() + b"\n")
    await writer.drain()


def stdin_takes_commands(fd: int = 0) -> bool:
    """Whether to read commands from `fd`: a terminal or a pipe (not /dev/null or a file)."""
    try:
        mode = os.fstat(fd).st_mode
    except OSError:
        return False
    return os.isatty(fd) or stat.S_ISFIFO(mode)


async def serve_stdin(plane: ControlPlane, output: TextIO | None = None, fd: int = 0) -> None:
    """Answer command lines from `fd` (stdin) on `output` until the input ends. Blank lines are
    ignored; a reply's lines are printed one per line, an error prefixed `error`."""
    output = sys.stdout if output is None else output
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=MAX_LINE_BYTES)
    was_blocking = os.get_blocking(fd)
    # A duplicate, so closing the transport leaves fd open; the terminal gets its blocking
    # mode back (the flag is shared with the shell's descriptor).
    source = os.fdopen(os.dup(fd), "rb", buffering=0)
    transport, _ = await loop.connect_read_pipe(
        lambda: asyncio.StreamReaderProtocol(reader), source)
    try:
        while raw := await _read_line(reader):
            if not raw.strip():
                continue
            reply = await plane.handle(_decode(raw))
            for line in reply.lines if reply.is_ok else (reply.as_line(),):
                print(line, file=output, flush=True)
    finally:
        transport.close()
        with contextlib.suppress(OSError):
            os.set_blocking(fd, was_blocking)


async def _read_line(reader: asyncio.StreamReader) -> bytes:
    """The next line, newline included (b"" at the end of input); a line longer than
    MAX_LINE_BYTES is skipped whole, so no part of it is taken for a command."""
    is_skipping = False
    while True:
        try:
            line = await reader.readuntil(b"\n")
        except asyncio.IncompleteReadError as end:
            return b"" if is_skipping else end.partial
        except asyncio.LimitOverrunError as overrun:
            await reader.readexactly(overrun.consumed)
            is_skipping = True
            continue
        if not is_skipping:
            return line
        is_skipping = False
        log.warning("ignored a control line longer than %d bytes", MAX_LINE_BYTES)


def send_control(port: int, line: str, *, host: str = CONTROL_HOST,
                 timeout_ms: int = 30_000) -> str:
    """Send one command line to a control socket and return its reply line (no newline).
    Blocking: for a cluster in another process or thread, not on the cluster's own loop."""
    assert "\n" not in line, line
    with socket.create_connection((host, port), timeout=timeout_ms / 1000) as connection:
        connection.sendall(line.encode() + b"\n")
        received = b""
        while not received.endswith(b"\n"):
            chunk = connection.recv(4096)
            if not chunk:
                raise ConnectionError(f"control socket closed before replying to {line!r}")
            received += chunk
    return received.decode().rstrip("\n")


async def send_control_async(port: int, line: str, *, host: str = CONTROL_HOST,
                             timeout_ms: int = 30_000) -> str:
    """`send_control` for a caller on an event loop (the cluster's own, in-process tests)."""
    assert "\n" not in line, line
    async with asyncio.timeout(timeout_ms / 1000):
        reader, writer = await asyncio.open_connection(host, port)
        try:
            writer.write(line.encode() + b"\n")
            await writer.drain()
            reply = await reader.readline()
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()
    if not reply.endswith(b"\n"):
        raise ConnectionError(f"control socket closed before replying to {line!r}")
    return reply.decode().rstrip("\n")
