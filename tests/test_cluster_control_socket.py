"""The control socket and stdin of `kspec cluster`, over real sockets and pipes."""

from __future__ import annotations

import asyncio
import io
import os
from collections.abc import Awaitable, Callable
from pathlib import Path

from reference.server.cluster_control import (
    MAX_CONNECTIONS,
    MAX_LINE_BYTES,
    ControlPlane,
    ControlServer,
    send_control,
    send_control_async,
    serve_stdin,
    stdin_takes_commands,
)
from tests.test_cluster_control import RecordingCluster


def with_control_server(cluster: RecordingCluster,
                        scenario: Callable[[int], Awaitable[None]]) -> None:
    async def main() -> None:
        server = ControlServer(ControlPlane(cluster), port=0)
        port = await server.start()
        assert port > 0
        try:
            await asyncio.wait_for(scenario(port), timeout=10)
        finally:
            await server.stop()
    asyncio.run(main())


def test_each_line_on_the_control_socket_gets_one_reply_line() -> None:
    cluster = RecordingCluster()

    async def scenario(port: int) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"kill 2\nkill 9\n\nstatus\nrestart 2")  # the last has no newline
        writer.write_eof()
        replies = (await reader.read()).decode().splitlines()
        writer.close()
        assert replies == ["ok kill 2: lost 149 bytes in 1 file",
                           "error kill 9: no broker 9 (brokers: 1, 2, 3)",
                           "error empty command (try help)",
                           "ok broker 1: running | broker 2: running | broker 3: running",
                           "ok restart 2"]

    with_control_server(cluster, scenario)
    assert cluster.calls == [("kill", 2), ("restart", 2)]


def test_send_control_helpers_talk_to_the_socket() -> None:
    cluster = RecordingCluster()

    async def scenario(port: int) -> None:
        assert await send_control_async(port, "pause 1") == "ok pause 1"
        # the blocking helper is for a cluster on another loop: give it a thread here
        assert await asyncio.to_thread(send_control, port, "resume 1") == "ok resume 1"
        assert await send_control_async(port, "kill x") == (
            "error broker id must be a number, got 'x'")

    with_control_server(cluster, scenario)
    assert cluster.calls == [("pause", 1), ("resume", 1)]


def test_an_overlong_line_is_refused_and_the_connection_closed() -> None:
    cluster = RecordingCluster()

    async def scenario(port: int) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"kill 1" + b" " * MAX_LINE_BYTES + b"\nkill 2\n")
        replies = (await reader.read()).decode().splitlines()
        writer.close()
        assert replies == [f"error line longer than {MAX_LINE_BYTES} bytes"]
        assert await send_control_async(port, "heal") == "ok heal"

    with_control_server(cluster, scenario)
    assert cluster.calls == [("heal", None)]


def test_connections_beyond_the_limit_are_turned_away() -> None:
    async def scenario(port: int) -> None:
        held = [await asyncio.open_connection("127.0.0.1", port)
                for _ in range(MAX_CONNECTIONS)]
        for reader, writer in held[:1]:  # each held one is being served
            writer.write(b"help\n")
            assert (await reader.readline()).startswith(b"ok kill N")
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        assert await reader.read() == b"error too many control connections\n"
        for _, held_writer in held:
            held_writer.close()
        writer.close()

    with_control_server(RecordingCluster(), scenario)


def test_stdin_commands_from_a_pipe_print_replies(tmp_path: Path) -> None:
    cluster = RecordingCluster()
    read_end, write_end = os.pipe()
    too_long = b"kill 3" + b"9" * (2 * MAX_LINE_BYTES)
    os.write(write_end, b"isolate 1\n\nnonsense\n" + too_long + b"\nstatus\nheal")
    os.close(write_end)
    output = io.StringIO()
    try:
        assert stdin_takes_commands(read_end)
        asyncio.run(asyncio.wait_for(serve_stdin(ControlPlane(cluster), output, read_end), 10))
        assert os.get_blocking(read_end)  # the terminal is handed back as it was
    finally:
        os.close(read_end)
    assert output.getvalue().splitlines() == [
        "isolate 1", "error unknown command 'nonsense' (try help)",
        "broker 1: running", "broker 2: running", "broker 3: running", "heal"]
    assert cluster.calls == [("isolate", 1), ("heal", None)]


def test_stdin_is_read_only_from_a_terminal_or_a_pipe(tmp_path: Path) -> None:
    regular = tmp_path / "commands.txt"
    regular.write_text("kill 1\n")
    with open(regular) as handle:
        assert not stdin_takes_commands(handle.fileno())
    with open(os.devnull) as handle:
        assert not stdin_takes_commands(handle.fileno())


def test_stdin_commands_from_a_terminal_end_at_control_d() -> None:
    cluster = RecordingCluster()
    terminal, reading_side = os.openpty()
    try:
        assert stdin_takes_commands(reading_side)
        os.write(terminal, b"pause 2\nhelp me\n\x04")  # ^D: the end of a terminal's input
        output = io.StringIO()
        asyncio.run(asyncio.wait_for(
            serve_stdin(ControlPlane(cluster), output, reading_side), 10))
        assert os.get_blocking(reading_side)
    finally:
        os.close(terminal)
        os.close(reading_side)
    assert output.getvalue().splitlines() == ["pause 2", "error help takes no argument"]
    assert cluster.calls == [("pause", 2)]
