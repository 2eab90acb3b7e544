"""One reference broker for the whole client suite, and unique topic names per test.

Starting a broker takes a few seconds, so every client test shares one; tests stay independent
by working only on topics whose names no other test uses.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.broker_process import BrokerProcess, start_broker

_topic_numbers = itertools.count()


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrokerProcess]:
    data_dir: Path = tmp_path_factory.mktemp("clients") / "data"
    data_dir.mkdir()
    process = start_broker(data_dir)
    try:
        yield process
    finally:
        process.stop()


@pytest.fixture
def topic_name(request: pytest.FixtureRequest) -> str:
    """A topic name unique in the session, readable in the broker log."""
    test_name = "".join(c if c.isalnum() else "-" for c in request.node.name).strip("-")
    return f"{test_name[:150]}-{next(_topic_numbers)}"
