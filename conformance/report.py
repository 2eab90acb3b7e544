"""Replay results as a terminal table, JUnit XML for CI, one self-contained HTML page, or JSON
to render again later.

A case's outcome is `pass`, `known` (every difference is listed as known for the target),
`fail`, `error` (the case could not run: connection refused, setup failed, ...), or `skipped`
(it does not hold for the Kafka version asked for).
"""

from __future__ import annotations

import html
import json
import xml.etree.ElementTree as ElementTree
from collections.abc import Sequence
from typing import Any

from conformance.matcher import Difference
from conformance.replay import CaseResult

_VALUE_WIDTH = 40


def _short(value: Any, width: int = _VALUE_WIDTH) -> str:
    text = json.dumps(value) if not isinstance(value, str) else value
    return text if len(text) <= width else text[:width - 3] + "..."


def describe(difference: Difference) -> str:
    where = f"#{difference.exchange} {difference.api} {difference.path or '(frame)'}"
    return (f"{where}: expected {_short(difference.expected)}, "
            f"got {_short(difference.actual)}")


def first_problem(result: CaseResult) -> str:
    if result.skipped is not None:
        return result.skipped
    if result.error is not None:
        return result.error
    shown = result.unknown_differences or result.differences
    if not shown:
        return ""
    more = f" (+{len(shown) - 1} more)" if len(shown) > 1 else ""
    return describe(shown[0]) + more


def format_table(results: Sequence[CaseResult], target: str) -> str:
    rows = [(result.case, str(result.exchanges), result.outcome, first_problem(result))
            for result in results]
    headers = ("CASE", "EXCHANGES", "RESULT", "FIRST DIFFERENCE")
    widths = [max(len(row[column]) for row in [headers, *rows]) for column in range(3)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True))
             + "  " + row[3] for row in [headers, *rows]]
    lines.append(summary_line(results, target))
    return "\n".join(line.rstrip() for line in lines)


def summary_line(results: Sequence[CaseResult], target: str) -> str:
    """Counts by outcome; skipped cases, when there are any, with their count, their
    exchanges left out of the total."""
    counts = {outcome: sum(result.outcome == outcome for result in results)
              for outcome in ("pass", "known", "fail", "error")}
    ran = [result for result in results if result.skipped is None]
    exchanges = sum(result.exchanges for result in ran)
    line = (f"{len(ran)} cases, {exchanges} exchanges against {target}: "
            + ", ".join(f"{count} {outcome}" for outcome, count in counts.items()))
    skipped = len(results) - len(ran)
    return line + (f"; {skipped} skipped (not for the Kafka version asked)" if skipped else "")


def speed_line(results: Sequence[CaseResult]) -> str:
    """Exchanges per second: over the whole run (broker starts and setup included), and over
    the exchanges alone."""
    ran = [result for result in results if result.skipped is None and result.error is None]
    exchanges = sum(result.exchanges for result in ran)
    total_s = sum(result.elapsed_ms for result in ran) / 1000
    alone_s = sum(result.exchanges_ms for result in ran) / 1000

    def rate(seconds: float) -> str:
        return f"{exchanges / seconds:,.0f} exchanges/s" if seconds > 0 else "- exchanges/s"

    return (f"speed: {exchanges} exchanges in {total_s:.2f} s with setup ({rate(total_s)}), "
            f"{alone_s:.2f} s for the exchanges alone ({rate(alone_s)})")


def junit_xml(results: Sequence[CaseResult], target: str) -> str:
    suite = ElementTree.Element(
        "testsuite", name=f"kspec replay {target}", tests=str(len(results)),
        failures=str(sum(result.outcome == "fail" for result in results)),
        errors=str(sum(result.outcome == "error" for result in results)),
        skipped=str(sum(result.outcome == "skipped" for result in results)),
        time=f"{sum(result.elapsed_ms for result in results) / 1000:.3f}")
    for result in results:
        case = ElementTree.SubElement(suite, "testcase", classname=f"conformance.{target}",
                                      name=result.case, time=f"{result.elapsed_ms / 1000:.3f}")
        if result.skipped is not None:
            ElementTree.SubElement(case, "skipped", message=result.skipped)
        elif result.error is not None:
            ElementTree.SubElement(case, "error", message=result.error)
        elif result.unknown_differences:
            failure = ElementTree.SubElement(case, "failure", message=first_problem(result))
            failure.text = "\n".join(describe(found) for found in result.unknown_differences)
        if any(found.is_known for found in result.differences):
            output = ElementTree.SubElement(case, "system-out")
            output.text = "\n".join(f"known: {describe(found)} -- {found.known_reason}"
                                    for found in result.differences if found.is_known)
    return ElementTree.tostring(suite, encoding="unicode", xml_declaration=True)


_STYLE = """body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}
td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}
pre{margin:0;white-space:pre-wrap;max-width:40em}.pass{color:#070}.known{color:#850}
.fail,.error{color:#b00}.skipped{color:#777}"""


def html_page(results: Sequence[CaseResult], target: str) -> str:
    escape = html.escape
    parts = [f"<!doctype html><html><head><meta charset='utf-8'><title>kspec replay "
             f"{escape(target)}</title><style>{_STYLE}</style></head><body>",
             f"<h1>kspec replay against {escape(target)}</h1>",
             f"<pre>{escape(format_table(results, target))}</pre>"]
    for result in results:
        parts.append(f"<h2 id='{escape(result.case)}'>{escape(result.case)} "
                     f"<span class='{result.outcome}'>{result.outcome}</span></h2>")
        if result.error is not None:
            parts.append(f"<p class='error'>{escape(result.error)}</p>")
        if not result.differences:
            continue
        parts.append("<table><tr><th>exchange</th><th>field</th><th>expected</th>"
                     "<th>actual</th><th>known</th></tr>")
        for found in result.differences:
            parts.append(
                f"<tr><td>#{found.exchange} {escape(found.api)}</td>"
                f"<td>{escape(found.path or '(frame)')}</td>"
                f"<td><pre>{escape(json.dumps(found.expected, indent=1))}</pre></td>"
                f"<td><pre>{escape(json.dumps(found.actual, indent=1))}</pre></td>"
                f"<td>{escape(found.known_reason or '')}</td></tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def results_to_json(results: Sequence[CaseResult], target: str) -> dict[str, Any]:
    return {"target": target, "results": [
        {"case": result.case, "exchanges": result.exchanges, "error": result.error,
         "elapsed_ms": result.elapsed_ms, "exchanges_ms": result.exchanges_ms,
         "skipped": result.skipped,
         "differences": [{"exchange": found.exchange, "api": found.api, "path": found.path,
                          "expected": found.expected, "actual": found.actual,
                          "known_reason": found.known_reason}
                         for found in result.differences]}
        for result in results]}


def results_from_json(item: dict[str, Any]) -> tuple[str, list[CaseResult]]:
    results = [CaseResult(case=entry["case"], exchanges=entry["exchanges"],
                          error=entry["error"], elapsed_ms=entry["elapsed_ms"],
                          exchanges_ms=entry.get("exchanges_ms", 0.0),
                          skipped=entry.get("skipped"),
                          differences=tuple(Difference(**found)
                                            for found in entry["differences"]))
               for entry in item["results"]]
    return str(item["target"]), results
