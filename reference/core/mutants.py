"""Mutants: switches that bring back designs Kafka once had, so the harness can prove it finds them.

Every mutant is off by default and cannot be reached from the broker's configuration or command
line: only the models, the simulator and the tests turn one on, through `enabled(...)`.
The catalogue (names and the history behind them) is in ../shared/DESIGN.md and docs/.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

KNOWN_MUTANTS: frozenset[str] = frozenset({
    "truncate-to-high-watermark",
    "kip-101-epoch-lookup-without-tail-match",
    "kip-279-without-fencing",
    "hw-from-stale-epoch-follower",
    "truncate-only-on-leader-change",
    "late-txn-marker-hits-next-txn",
    "reject-instead-of-dedupe",
})

_active: set[str] = set()


def is_active(name: str) -> bool:
    """Whether the mutant `name` is switched on; the core asks this at the mutated spot."""
    assert name in KNOWN_MUTANTS, name
    return name in _active


@contextmanager
def enabled(name: str) -> Iterator[None]:
    """Switch `name` on for the duration of a `with` block (models, simulator and tests only)."""
    assert name in KNOWN_MUTANTS, name
    assert name not in _active, f"mutant {name} is already on"
    _active.add(name)
    try:
        yield
    finally:
        _active.discard(name)
