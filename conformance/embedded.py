"""The reference broker inside this process, for replays and recordings: its own event loop
in a background thread, a free loopback port, a fresh temporary data directory.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import tempfile
import threading
from collections.abc import Iterator
from typing import Any

_DRAIN_TIMEOUT_S = 2.0
_MEMORY_FS = "/dev/shm"


@contextlib.contextmanager
def embedded_broker() -> Iterator[tuple[str, int]]:
    """The reference broker on a free loopback port and a fresh data directory, built as
    `kspec broker` builds it (reference.server.broker_command.serve)."""
    from reference.core.broker import Listener
    from reference.server.server import BrokerServer

    # The broker logs each connection it closes; the replay report says it better.
    broker_log = logging.getLogger("kspec")
    level = broker_log.level
    broker_log.setLevel(logging.ERROR)
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True, name="kspec-embedded")
    thread.start()
    with tempfile.TemporaryDirectory(prefix="kspec-replay-", dir=scratch_dir()) as data_dir:
        broker, storage = _open_broker(data_dir)
        server = BrokerServer(broker, storage, "127.0.0.1", 0)
        host, port = asyncio.run_coroutine_threadsafe(server.start(), loop).result(30)
        broker.listener = Listener(host, port)
        try:
            yield host, port
        finally:
            asyncio.run_coroutine_threadsafe(_stop(server), loop).result(30)
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=30)
            loop.close()
            broker_log.setLevel(level)


def scratch_dir() -> str | None:
    """A memory file system where there is one: a replay compares answers, not durability,
    and each case's topic creation fsyncs (twice as fast on the corpus)."""
    return _MEMORY_FS if os.path.isdir(_MEMORY_FS) and os.access(_MEMORY_FS, os.W_OK) else None


def _open_broker(data_dir: str) -> tuple[Any, Any]:
    from reference.core.broker import Broker
    from reference.core.log_dir import LogDir
    from reference.server.broker_command import disk_usage
    from reference.server.file_storage import FileStorage
    from reference.server.server import now_ms
    from spec.config import SINGLE_NODE_SERVER_PROPERTIES, BrokerConfig

    storage = FileStorage(data_dir)
    log_dir = LogDir(path=storage.root, usage=lambda: disk_usage(storage.root))
    # Unseeded on purpose: session ids, topic ids and the cluster id then differ from the
    # recording's, so every embedded replay also exercises the case's captures.
    config = BrokerConfig.from_strings({**SINGLE_NODE_SERVER_PROPERTIES, "node.id": "1"})
    broker = Broker.open(config, storage, rng=random.Random(), now_ms=now_ms(), log_dir=log_dir)
    return broker, storage


async def _stop(server: Any) -> None:
    """Stop the server, then end the connections still open (a Fetch long poll whose client
    went away), so the loop closes with no task pending."""
    await server.stop()
    tasks = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
    if tasks:  # cancelling at once would interrupt their own cleanup: give them a moment
        _done, pending = await asyncio.wait(tasks, timeout=_DRAIN_TIMEOUT_S)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
