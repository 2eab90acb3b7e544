"""The corpus in figures: cases and exchanges per API, as a markdown table.

    .venv/bin/python -m conformance.cases.stats [DIR]

A case counts once for every API it exercises; an exchange counts for its own API.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from conformance.case import find_case_files, load_case

CASES_DIR = Path(__file__).parent


@dataclass(frozen=True, slots=True)
class CorpusFigures:
    cases: int
    exchanges: int
    cases_by_api: dict[str, int]
    exchanges_by_api: dict[str, int]


def corpus_figures(directory: Path = CASES_DIR) -> CorpusFigures:
    cases_by_api: Counter[str] = Counter()
    exchanges_by_api: Counter[str] = Counter()
    cases = exchanges = 0
    for path in find_case_files([directory]):
        case = load_case(path)
        cases += 1
        exchanges += len(case.exchanges)
        names = [exchange.api_name for exchange in case.exchanges]
        exchanges_by_api.update(names)
        cases_by_api.update(set(names))
    return CorpusFigures(cases, exchanges, dict(cases_by_api), dict(exchanges_by_api))


def figures_table(figures: CorpusFigures) -> str:
    lines = [f"{figures.cases} cases, {figures.exchanges} exchanges", "",
             "| API | cases | exchanges |", "|---|---|---|"]
    for api, count in sorted(figures.exchanges_by_api.items(), key=lambda item: (-item[1],
                                                                                  item[0])):
        lines.append(f"| {api} | {figures.cases_by_api[api]} | {count} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m conformance.cases.stats")
    parser.add_argument("directory", type=Path, nargs="?", default=CASES_DIR)
    args = parser.parse_args(argv)
    print(figures_table(corpus_figures(args.directory)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
