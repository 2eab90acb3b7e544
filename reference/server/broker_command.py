"""`kspec broker`: run the reference broker on a TCP listener until SIGINT or SIGTERM.

Builds the broker configuration from embedded defaults and `--config key=value` overrides, opens
the data directory (a fresh temporary one unless `--data-dir` is given, printed at start), and
serves on one asyncio event loop. Prints `listening on HOST:PORT` once it serves; on a signal it
stops accepting, flushes and closes every segment, and exits 0.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import random
import shutil
import signal
import sys
import tempfile

from reference.core.broker import Broker, Listener
from reference.core.identity import IdentityError
from reference.core.log_dir import LogDir
from reference.server.file_storage import FileStorage
from reference.server.server import BrokerServer, now_ms
from spec.config import SINGLE_NODE_SERVER_PROPERTIES, BrokerConfig, ConfigError

log = logging.getLogger("kspec.broker")


def parse_overrides(pairs: list[str]) -> dict[str, str]:
    overrides: dict[str, str] = {}
    for pair in pairs:
        name, separator, value = pair.partition("=")
        if not separator or not name.strip():
            raise ConfigError(f"--config expects key=value, got {pair!r}")
        overrides[name.strip()] = value.strip()
    return overrides


def disk_usage(path: str) -> tuple[int, int]:
    """(total, usable) bytes of the volume holding `path`, as DescribeLogDirs v4 reports."""
    usage = shutil.disk_usage(path)
    return usage.total, usage.free


def run_broker(arguments: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        overrides = {**SINGLE_NODE_SERVER_PROPERTIES, **parse_overrides(arguments.config)}
        overrides.setdefault("node.id", str(arguments.node_id))
        config = BrokerConfig.from_strings(overrides)
    except ConfigError as error:
        print(f"kspec broker: {error}", file=sys.stderr)
        return 2
    for name in config.unknown_names():
        log.warning("unknown broker config %s (kept, unused)", name)
    data_dir = arguments.data_dir or tempfile.mkdtemp(prefix="kspec-data-")
    print(f"data directory {os.path.abspath(data_dir)}", flush=True)
    try:
        return asyncio.run(serve(config, data_dir, arguments.host, arguments.port))
    except IdentityError as error:
        print(f"kspec broker: {error}", file=sys.stderr)
        return 1


async def serve(config: BrokerConfig, data_dir: str, host: str, port: int) -> int:
    seed = int.from_bytes(os.urandom(8), "big")
    storage = FileStorage(data_dir)
    log_dir = LogDir(path=storage.root, usage=lambda: disk_usage(storage.root))
    broker = Broker.open(config, storage, rng=random.Random(seed), now_ms=now_ms(),
                         log_dir=log_dir)
    server = BrokerServer(broker, storage, host, port)
    bound_host, bound_port = await server.start()
    broker.listener = Listener(bound_host, bound_port)
    print(f"listening on {bound_host}:{bound_port} (node {broker.node_id}, "
          f"cluster {broker.cluster_id})", flush=True)
    stopped = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signal_number in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signal_number, stopped.set)
    await stopped.wait()
    log.info("shutting down: flushing and closing the log")
    await server.stop()
    print("stopped", flush=True)
    return 0
