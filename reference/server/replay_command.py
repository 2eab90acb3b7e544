"""`kspec replay CASES... --target HOST:PORT|embedded` and `kspec report RESULTS`.

Replay runs every case file named (directories are searched for `*.case.json`), prints one
table row per case, and writes JUnit XML, an HTML page and the raw results (JSON, which
`kspec report` renders again) when asked. Exit status: 0 when every difference is listed as
known for the target, 1 otherwise (or when a case could not run), 2 for bad arguments.
Known differences for target name T come from its page `conformance/divergences/T.md` (see
`conformance.known_differences`) and any `--known` pages. `--isolate` renames each case's
topics with a suffix unique to the run and case, for targets that keep topics between runs or
cannot delete them. `--kafka-version V` runs only the cases whose `kafka_versions` hold for V;
the others are reported as skipped, with the reason. The last line is the replay speed; on a
terminal, a progress line names the case running.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from conformance.case import Case, KnownDifference, find_case_files, load_case
from conformance.known_differences import DIVERGENCES_DIR, load_known, unmatched
from conformance.replay import (
    EMBEDDED,
    CaseResult,
    isolate_topics,
    replay_case,
    skip_reason,
    version_parts,
)
from conformance.report import (
    format_table,
    html_page,
    junit_xml,
    results_from_json,
    results_to_json,
    speed_line,
)
from conformance.target import parse_target


def add_replay_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("cases", nargs="+", type=Path, help="case files or directories")
    parser.add_argument("--target", required=True, help=(
        "HOST:PORT, several HOST:PORT,HOST:PORT (a cluster; one is enough: the others are "
        "found by Metadata), or 'embedded' (a fresh reference broker, or cluster for a "
        "multi-broker case)"))
    parser.add_argument("--target-name", metavar="NAME",
                        help="whose page of known differences applies "
                             "(e.g. tansu; default: the target)")
    parser.add_argument("--known", action="append", default=[], type=Path, metavar="PAGE",
                        help="another page of known differences, in the form of "
                             "conformance/divergences/*.md (holds for this target)")
    parser.add_argument("--divergences", type=Path, default=DIVERGENCES_DIR, metavar="DIR",
                        help="where the per-target pages <target-name>.md are "
                             "(default: conformance/divergences)")
    parser.add_argument("--kafka-version", metavar="VERSION",
                        help="run only the cases that hold for this Kafka version "
                             "(e.g. 4.0; default: every case)")
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


def _load(arguments: argparse.Namespace, name: str
          ) -> tuple[list[Case], tuple[KnownDifference, ...]]:
    if arguments.target != EMBEDDED:
        parse_target(arguments.target)
    if arguments.kafka_version is not None:
        version_parts(arguments.kafka_version)  # a bad one is a usage error, before any run
    cases = [load_case(path) for path in find_case_files(list(arguments.cases))]
    return cases, load_known(name, arguments.divergences, tuple(arguments.known))


def run_replay(arguments: argparse.Namespace) -> int:
    name = arguments.target_name or arguments.target
    try:
        cases, known = _load(arguments, name)
    except (OSError, ValueError, KeyError, TypeError) as error:
        print(f"kspec replay: {error}", file=sys.stderr)
        return 2
    run = f"run{int(time.time())}"
    results = []
    for number, case in enumerate(cases):
        _progress(number, len(cases), case.name)
        reason = skip_reason(case, arguments.kafka_version)
        if reason is not None:
            results.append(CaseResult(case.name, len(case.exchanges), skipped=reason))
            continue
        if arguments.isolate:  # per case too: cases that share a topic name must not share it
            case = isolate_topics(case, f"{run}-{number}")
        results.append(replay_case(case, arguments.target, known, target_name=name))
    if arguments.json is not None:
        arguments.json.write_text(json.dumps(results_to_json(results, name),
                                             indent=1), encoding="utf-8")
    _progress(len(cases), len(cases), "")
    status = _write_outputs(arguments, results, name)
    _print_unmatched(known, results)
    print(speed_line(results))
    return status


def _progress(done: int, total: int, case: str) -> None:
    """One self-overwriting line on a terminal; nothing in logs and pipes."""
    if sys.stderr.isatty():
        line = f"[{done}/{total}] {case}" if done < total else ""
        print(f"\r{line:<79}", end="" if done < total else "\r", file=sys.stderr, flush=True)


def _print_unmatched(known: tuple[KnownDifference, ...], results: list[CaseResult]) -> None:
    """Entries no difference matched: worth a look after a replay of the whole corpus."""
    stale = unmatched(known, ((result.case, found) for result in results
                              for found in result.differences))
    if stale:
        shown = ", ".join(f"{entry.case} {entry.path}" for entry in stale[:5])
        more = f" (+{len(stale) - 5} more)" if len(stale) > 5 else ""
        print(f"{len(stale)} of {len(known)} known differences matched nothing: {shown}{more}")


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
