"""Mutants: switches that bring back designs Kafka once had, so the harness can prove it finds them.

Every mutant is off by default and cannot be reached from the broker's configuration or command
line: only the models, the simulator and the tests turn one on, through `enabled(...)`.
The catalogue (names and the history behind them) is in ../shared/DESIGN.md and docs/.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class ReplicationMutants:
    """The replication core's mutants as one value, so a model can run replicas with and without
    them side by side; all off by default. Each field is the mutant of the same name, with "-"
    spelled "_" (see docs/replication.md for the trace each one brings back)."""

    truncate_to_high_watermark: bool = False
    kip_101_epoch_lookup_without_tail_match: bool = False
    kip_279_without_fencing: bool = False
    hw_from_stale_epoch_follower: bool = False
    truncate_only_on_leader_change: bool = False

    @classmethod
    def of(cls, *names: str) -> ReplicationMutants:
        """The value with exactly the named mutants on."""
        fields = {name.replace("-", "_") for name in names}
        assert all(name in KNOWN_MUTANTS for name in names), names
        assert fields <= set(cls.__slots__), names
        return cls(**dict.fromkeys(fields, True))

    @classmethod
    def active(cls) -> ReplicationMutants:
        """The replication mutants switched on by `enabled(...)` right now."""
        return cls.of(*(name for name in _active if name.replace("-", "_") in cls.__slots__))
