"""Conformance replay speed: the whole committed corpus against the embedded reference.

Two figures: exchanges per second over the whole replay (each case starts a fresh reference
broker and creates its topics, which dominates), and over the exchanges alone (requests sent,
answers read and compared). `kspec replay` prints the same line after its table.
"""

from __future__ import annotations

from pathlib import Path

from bench import Row
from conformance.case import find_case_files, load_case
from conformance.replay import EMBEDDED, replay_case

CASES = Path(__file__).resolve().parents[1] / "conformance" / "cases"


def replay_corpus() -> list[Row]:
    results = [replay_case(load_case(path), EMBEDDED) for path in find_case_files([CASES])]
    failed = [result.case for result in results if not result.passed]
    exchanges = sum(result.exchanges for result in results)
    total_s = sum(result.elapsed_ms for result in results) / 1000
    alone_s = sum(result.exchanges_ms for result in results) / 1000
    note = f"{len(results)} cases, {exchanges} exchanges" + (
        f"; NOT PASSING: {', '.join(failed)}" if failed else "")
    return [Row("conformance", "replay corpus vs embedded, with setup",
                exchanges / total_s if total_s else None, "exchanges/s", note),
            Row("conformance", "replay corpus vs embedded, exchanges alone",
                exchanges / alone_s if alone_s else None, "exchanges/s", note)]


BENCHES = [replay_corpus]
