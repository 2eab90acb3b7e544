"""Read a broker's log: the handler crashes in it, and which client connection each one hit.

The server logs `connection opened HOST:PORT-N` on accept and `connection HOST:PORT-N failed`
with a traceback when serving a frame raised. A client port is reused only after its previous
connection ended, so the k-th connection from a port in the log is the client's k-th use of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENED = re.compile(r"connection opened [^\s]+:(\d+)-(\d+)$")
FAILED = re.compile(r"connection [^\s]+:(\d+)-(\d+) failed")
LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")


@dataclass(frozen=True, slots=True)
class HandlerCrash:
    client_port: int
    use_of_port: int
    traceback: str

    @property
    def last_line(self) -> str:
        lines = self.traceback.strip().splitlines()
        return lines[-1] if lines else ""


def handler_crashes(log_text: str) -> list[HandlerCrash]:
    uses_by_port: dict[int, int] = {}
    use_by_connection: dict[int, int] = {}
    crashes: list[HandlerCrash] = []
    lines = log_text.splitlines()
    for number, line in enumerate(lines):
        opened = OPENED.search(line)
        if opened:
            port = int(opened.group(1))
            use_by_connection[int(opened.group(2))] = uses_by_port.get(port, 0)
            uses_by_port[port] = uses_by_port.get(port, 0) + 1
            continue
        failed = FAILED.search(line)
        if failed:
            port, connection = int(failed.group(1)), int(failed.group(2))
            crashes.append(HandlerCrash(port, use_by_connection.get(connection, -1),
                                        traceback_after(lines, number)))
    return crashes


def traceback_after(lines: list[str], number: int) -> str:
    following: list[str] = []
    for line in lines[number + 1:]:
        if LOG_LINE.match(line):
            break
        following.append(line)
    return "\n".join(following)
