"""Benchmarks: `python -m bench [GROUP ...]` (or `make bench`) prints one table.

A group is a module in this package exposing `BENCHES`, a list of functions that each return
`Row`s; `bench/__main__.py` lists the groups. Benchmarks live outside the pure core, so they
may read the clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Row:
    """One measured figure: `value` in `unit`, with a free-form `note` (sizes, skips)."""

    group: str
    name: str
    value: float | None
    unit: str
    note: str = ""


BenchFunction = Callable[[], list[Row]]


def best_seconds(action: Callable[[], object], *, repeats: int = 5,
                 min_total_seconds: float = 0.2) -> float:
    """The fastest of `repeats` timings of `action`, each looping long enough to be measurable.

    The minimum, not the mean, because noise on a shared machine only ever adds time.
    """
    loops = 1
    while True:
        started = time.perf_counter()
        for _ in range(loops):
            action()
        elapsed_seconds = time.perf_counter() - started
        if elapsed_seconds * repeats >= min_total_seconds or loops >= 1 << 20:
            break
        loops *= 2
    timings = [elapsed_seconds]
    for _ in range(repeats - 1):
        started = time.perf_counter()
        for _ in range(loops):
            action()
        timings.append(time.perf_counter() - started)
    return min(timings) / loops


def megabytes_per_second(size_bytes: int, seconds: float) -> float:
    return size_bytes / seconds / 1e6
