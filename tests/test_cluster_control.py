"""Control commands of `kspec cluster`: parsing, and the control plane over a recording cluster."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Sequence

import pytest

from reference.server.cluster_control import (
    HELP_LINES,
    ControlCommand,
    ControlError,
    ControlPlane,
    Reply,
    default_control_port,
    parse_command,
)


class RecordingCluster:
    """A `ClusterActions` that records each call; broker 3 refuses a restart while running."""

    def __init__(self, broker_ids: Sequence[int] = (1, 2, 3)) -> None:
        self.ids = list(broker_ids)
        self.calls: list[tuple[str, int | None]] = []

    def broker_ids(self) -> Sequence[int]:
        return self.ids

    async def kill(self, broker_id: int) -> str | None:
        await asyncio.sleep(0)
        self.calls.append(("kill", broker_id))
        return "lost 149 bytes in 1 file"

    async def restart(self, broker_id: int) -> str | None:
        if broker_id == 3:
            raise ControlError("broker 3 is running")
        self.calls.append(("restart", broker_id))
        return None

    async def stop(self, broker_id: int) -> str | None:
        await asyncio.sleep(0.01)  # a controlled shutdown waits for the controller
        self.calls.append(("stop", broker_id))
        return None

    def pause(self, broker_id: int) -> str | None:
        self.calls.append(("pause", broker_id))
        return None

    def resume(self, broker_id: int) -> str | None:
        self.calls.append(("resume", broker_id))
        return None

    def isolate(self, broker_id: int) -> str | None:
        if broker_id == 2:
            raise RuntimeError("the network shim broke")
        self.calls.append(("isolate", broker_id))
        return None

    def heal(self, broker_id: int | None) -> str | None:
        self.calls.append(("heal", broker_id))
        return None

    def status(self) -> list[str]:
        return [f"broker {broker_id}: running" for broker_id in self.ids]


@pytest.mark.parametrize(("line", "command"), [
    ("kill 2", ControlCommand("kill", 2)),
    ("  RESTART   1 \n", ControlCommand("restart", 1)),
    ("stop 3", ControlCommand("stop", 3)),
    ("pause 1", ControlCommand("pause", 1)),
    ("resume 1", ControlCommand("resume", 1)),
    ("isolate 2", ControlCommand("isolate", 2)),
    ("heal", ControlCommand("heal")),
    ("heal 2", ControlCommand("heal", 2)),
    ("status", ControlCommand("status")),
    ("help", ControlCommand("help")),
])
def test_every_command_parses(line: str, command: ControlCommand) -> None:
    assert parse_command(line) == command


@pytest.mark.parametrize(("line", "message"), [
    ("", "empty command"),
    ("   ", "empty command"),
    ("explode 1", "unknown command 'explode'"),
    ("kill", "usage: kill N"),
    ("kill 1 2", "usage: kill N"),
    ("heal 1 2", "usage: heal [N]"),
    ("kill two", "broker id must be a number, got 'two'"),
    ("kill 1.5", "broker id must be a number"),
    ("kill -1", "must not be negative"),
    ("status 1", "status takes no argument"),
])
def test_bad_lines_are_refused_with_a_reason(line: str, message: str) -> None:
    with pytest.raises(ControlError, match=re.escape(message)):
        parse_command(line)


def test_a_reply_is_one_line_for_the_socket() -> None:
    assert Reply(True, ("broker 1: up", "broker 2: killed")).as_line() == (
        "ok broker 1: up | broker 2: killed")
    assert Reply(False, ("no\nbroker",)).as_line() == "error no broker"
    assert Reply(True, ()).as_line() == "ok"


def test_the_control_port_defaults_to_just_below_the_brokers() -> None:
    assert default_control_port(9092) == 9091
    assert default_control_port(0) == 0  # brokers on free ports: the control socket too


def run_lines(cluster: RecordingCluster, *lines: str) -> list[str]:
    async def scenario() -> list[str]:
        plane = ControlPlane(cluster)
        return [(await plane.handle(line)).as_line() for line in lines]
    return asyncio.run(scenario())


def test_commands_reach_the_cluster_and_answer_ok() -> None:
    cluster = RecordingCluster()
    replies = run_lines(cluster, "kill 2", "restart 2", "stop 1", "pause 3", "resume 3",
                        "isolate 1", "heal 1", "heal")
    assert replies == ["ok kill 2: lost 149 bytes in 1 file", "ok restart 2", "ok stop 1",
                       "ok pause 3", "ok resume 3", "ok isolate 1", "ok heal 1", "ok heal"]
    assert cluster.calls == [("kill", 2), ("restart", 2), ("stop", 1), ("pause", 3),
                             ("resume", 3), ("isolate", 1), ("heal", 1), ("heal", None)]


def test_unknown_brokers_refusals_and_failures_answer_errors_without_crashing() -> None:
    cluster = RecordingCluster()
    replies = run_lines(cluster, "kill 7", "heal 0", "restart 3", "isolate 2", "bogus",
                        "kill 1")
    assert replies[0] == "error kill 7: no broker 7 (brokers: 1, 2, 3)"
    assert replies[1] == "error heal 0: no broker 0 (brokers: 1, 2, 3)"
    assert replies[2] == "error restart 3: broker 3 is running"
    assert replies[3] == "error isolate 2 failed: RuntimeError: the network shim broke"
    assert replies[4] == "error unknown command 'bogus' (try help)"
    assert replies[5].startswith("ok kill 1")
    assert cluster.calls == [("kill", 1)]


def test_status_and_help_answer_lines_of_text() -> None:
    cluster = RecordingCluster((1, 2))
    status, help_text = run_lines(cluster, "status", "help")
    assert status == "ok broker 1: running | broker 2: running"
    assert help_text == "ok " + " | ".join(HELP_LINES)
    assert cluster.calls == []


def test_commands_run_one_at_a_time() -> None:
    cluster = RecordingCluster()

    async def scenario() -> None:
        plane = ControlPlane(cluster)
        await asyncio.gather(plane.handle("stop 1"), plane.handle("pause 1"))

    asyncio.run(scenario())
    # pause arrives while stop is still waiting, yet runs only after it
    assert cluster.calls == [("stop", 1), ("pause", 1)]
