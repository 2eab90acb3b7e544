"""`kspec cluster`: a controller and N brokers in one process, with fault commands.

Prints each broker's `listening on` line and the control port, then serves until SIGINT or
SIGTERM (or stdin's end, when stdin takes commands), and stops every broker cleanly. Commands
(kill, restart, stop, pause, resume, isolate, heal, status, help) come one per line on stdin
and on the control socket (127.0.0.1, `--control-port`, default the base port minus one).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
import tempfile
from typing import Any

from reference.server.broker_command import parse_overrides
from reference.server.cluster import Cluster
from reference.server.cluster_control import (
    ControlPlane,
    ControlServer,
    default_control_port,
    serve_stdin,
    stdin_takes_commands,
)
from spec.config import ConfigError


def add_cluster_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--brokers", type=int, default=3, help="how many brokers (default 3)")
    parser.add_argument("--base-port", type=int, default=9092,
                        help="the first broker's port; the others follow (0: any free ports)")
    parser.add_argument("--control-port", type=int, default=None,
                        help="the control socket's port (default: base port - 1)")
    parser.add_argument("--data-dir", default=None,
                        help="where the controller and brokers keep their data "
                             "(default: a fresh temporary directory)")
    parser.add_argument("--config", action="append", default=[], metavar="KEY=VALUE",
                        help="a config override for every broker and the controller")
    parser.add_argument("--no-stdin", action="store_true",
                        help="do not read commands from stdin (the control socket only)")


def run_cluster(arguments: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        overrides = parse_overrides(arguments.config)
    except ConfigError as error:
        print(f"kspec cluster: {error}", file=sys.stderr)
        return 2
    if arguments.brokers < 1:
        print("kspec cluster: --brokers must be at least 1", file=sys.stderr)
        return 2
    data_dir = arguments.data_dir or tempfile.mkdtemp(prefix="kspec-cluster-")
    print(f"data directory {data_dir}", flush=True)
    return asyncio.run(serve(arguments, data_dir, overrides))


async def serve(arguments: argparse.Namespace, data_dir: str, overrides: dict[str, str]) -> int:
    cluster = Cluster(arguments.brokers, arguments.base_port, data_dir, overrides)
    await cluster.start()
    for node in cluster.nodes.values():
        print(f"broker {node.broker_id} listening on {cluster.host}:{node.port}", flush=True)
    plane = ControlPlane(cluster)
    control_port = (arguments.control_port if arguments.control_port is not None
                    else default_control_port(arguments.base_port))
    control = ControlServer(plane, control_port)
    bound = await control.start()
    print(f"control on 127.0.0.1:{bound} (cluster {cluster.cluster_id})", flush=True)
    stopped = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signal_number in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signal_number, stopped.set)
    waiters: list[asyncio.Task[Any]] = [asyncio.create_task(stopped.wait())]
    if not arguments.no_stdin and stdin_takes_commands():
        waiters.append(asyncio.create_task(serve_stdin(plane)))
    await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
    for waiter in waiters:
        waiter.cancel()
    await control.stop()
    await cluster.close()
    print("stopped", flush=True)
    return 0
