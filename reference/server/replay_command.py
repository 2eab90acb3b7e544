"""`kspec replay CASES... --target HOST:PORT|embedded` and `kspec report RESULTS`.

Replay runs every case file named (directories are searched for `*.case.json`), prints one
table row per case, and writes JUnit XML, an HTML page and the raw results (JSON, which
`kspec report` renders again) when asked. Exit status: 0 when every difference is listed as
known for the target, 1 otherwise (or when a case could not run), 2 for bad arguments.
Known differences come from `conformance/cases/known-differences` and any `--known` files.
`--isolate` renames each case's topics with a suffix unique to the run and case, for targets
that keep topics between runs or cannot delete them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from conformance.case import find_case_files, load_case
from conformance.replay import (
    EMBEDDED,
    CaseResult,
    isolate_topics,
    parse_known,
    replay_case,
)
from conformance.report import (
    format_table,
    html_page,
    junit_xml,
    results_from_json,
    results_to_json,
)
from conformance.target import parse_target

DEFAULT_KNOWN = Path(__file__).resolve().parents[2] / "conformance" / "cases" / \
    "known-differences"


def add_replay_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("cases", nargs="+", type=Path, help="case files or directories")
    parser.add_argument("--target", required=True, help="HOST:PORT, or 'embedded'")
    parser.add_argument("--target-name", help="the name known differences are listed under "
                        "(e.g. tansu; default: the target)")
    parser.add_argument("--known", action="append", default=[], type=Path,
                        help="more known differences (<target> <case> <path> -- <reason>)")
    _add_outputs(parser)
    parser.add_argument("--json", type=Path, help="write the results, for `kspec report`")
    parser.add_argument("--isolate", action="store_true",
                        help="rename each case's topics with a suffix unique to this run and case")


def add_report_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("results", type=Path, help="JSON written by `kspec replay --json`")
    _add_outputs(parser)


def _add_outputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--junit", type=Path, help="write JUnit XML here")
    parser.add_argument("--html", type=Path, help="write one self-contained HTML page here")


def _write_outputs(arguments: argparse.Namespace, results: list[CaseResult],
                   target: str) -> int:
    print(format_table(results, target))
    if arguments.junit is not None:
        arguments.junit.write_text(junit_xml(results, target), encoding="utf-8")
    if arguments.html is not None:
        arguments.html.write_text(html_page(results, target), encoding="utf-8")
    return 0 if all(result.passed for result in results) else 1


def run_replay(arguments: argparse.Namespace) -> int:
    try:
        if arguments.target != EMBEDDED:
            parse_target(arguments.target)
        paths = find_case_files(list(arguments.cases))
        cases = [load_case(path) for path in paths]
        known_files = [DEFAULT_KNOWN] if DEFAULT_KNOWN.exists() else []
        known = tuple(entry for path in [*known_files, *arguments.known]
                      for entry in parse_known(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as error:
        print(f"kspec replay: {error}", file=sys.stderr)
        return 2
    name = arguments.target_name or arguments.target
    run = f"run{int(time.time())}"
    results = []
    for number, case in enumerate(cases):
        if arguments.isolate:  # per case too: cases that share a topic name must not share it
            case = isolate_topics(case, f"{run}-{number}")
        results.append(replay_case(case, arguments.target, known, target_name=name))
    if arguments.json is not None:
        arguments.json.write_text(json.dumps(results_to_json(results, name),
                                             indent=1), encoding="utf-8")
    return _write_outputs(arguments, results, name)


def run_report(arguments: argparse.Namespace) -> int:
    try:
        target, results = results_from_json(json.loads(arguments.results.read_text("utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as error:
        print(f"kspec report: {error}", file=sys.stderr)
        return 2
    return _write_outputs(arguments, results, target)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kspec replay",
                                     description="Replay conformance cases against a broker.")
    add_replay_arguments(parser)
    return run_replay(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
