"""A reference cluster inside this process, for multi-broker replays and recordings: the
controller and N brokers of `kspec cluster` (reference.server.cluster.Cluster) on their own
event loop in a background thread, free loopback ports, a fresh temporary data directory.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import tempfile
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

from conformance.embedded import scratch_dir

if TYPE_CHECKING:
    from reference.server.cluster import Cluster

Address = tuple[str, int]
_START_TIMEOUT_S = 30.0
_DRAIN_TIMEOUT_S = 2.0


@contextlib.contextmanager
def embedded_cluster(brokers: int) -> Iterator[list[Address]]:
    """Every broker's address, in node id order (1..N), while the cluster runs."""
    from reference.server.cluster import Cluster

    quiet = [logging.getLogger(name) for name in ("kspec", "kspec.cluster")]
    levels = [logger.level for logger in quiet]
    for logger in quiet:
        logger.setLevel(logging.ERROR)
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True, name="kspec-cluster")
    thread.start()
    try:
        with tempfile.TemporaryDirectory(prefix="kspec-cluster-", dir=scratch_dir()) as data_dir:
            cluster = Cluster(brokers, 0, data_dir, {})
            asyncio.run_coroutine_threadsafe(cluster.start(), loop).result(_START_TIMEOUT_S)
            try:
                yield [(cluster.host, cluster.nodes[node_id].port)
                       for node_id in cluster.broker_ids()]
            finally:
                asyncio.run_coroutine_threadsafe(_close(cluster), loop).result(_START_TIMEOUT_S)
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=30)
        loop.close()
        for logger, level in zip(quiet, levels, strict=True):
            logger.setLevel(level)


async def _close(cluster: Cluster) -> None:
    """Close the cluster, then end what is still running on the loop (a Fetch long poll whose
    client went away), so the loop stops with no task pending."""
    await cluster.close()
    tasks = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
    if tasks:
        _done, pending = await asyncio.wait(tasks, timeout=_DRAIN_TIMEOUT_S)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
