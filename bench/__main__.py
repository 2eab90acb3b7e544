"""`python -m bench [GROUP ...]`: run benchmark groups and print one table.

Groups are modules of this package exposing `BENCHES: list[BenchFunction]`. To add one, write
the module and list it in `GROUPS`; a listed module that does not exist yet is reported as
skipped, so the table says what is missing instead of failing.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from bench import BenchFunction, Row

GROUPS: dict[str, str] = {
    "records": "bench.records",  # record batch validation, codecs, Produce request codec
    # confluent-kafka producing to and consuming from kspec vs librdkafka's mock cluster
    "broker": "bench.broker",
    "transactions": "bench.transactions",  # confluent-kafka transactions/s, kspec vs the mock
    "replication": "bench.replication",  # acks=all to RF 3 on a 3-broker kspec cluster vs mock
    "conformance": "bench.conformance",  # replaying the corpus against the embedded reference
}


def load_group(group: str) -> list[BenchFunction] | str:
    """The group's bench functions, or why they cannot run."""
    module_name = GROUPS[group]
    path = f"{module_name.replace('.', '/')}.py"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name == module_name:
            return f"{path} not written yet"
        return f"{path} needs {error.name}"
    benches: list[BenchFunction] | None = getattr(module, "BENCHES", None)
    if benches is None:
        return f"{path} defines no BENCHES list yet"
    return benches


def run_group(group: str) -> list[Row]:
    loaded = load_group(group)
    if isinstance(loaded, str):
        return [Row(group, "(skipped)", None, "", loaded)]
    rows: list[Row] = []
    for bench in loaded:
        rows.extend(bench())
    return rows


def format_table(rows: Sequence[Row]) -> str:
    header = ("group", "benchmark", "value", "unit", "note")
    cells = [header] + [(row.group, row.name, "-" if row.value is None else f"{row.value:,.1f}",
                         row.unit, row.note) for row in rows]
    widths = [max(len(cell[column]) for cell in cells) for column in range(len(header))]
    lines = []
    for cell in cells:
        left = f"{cell[0]:<{widths[0]}}  {cell[1]:<{widths[1]}}"
        lines.append(f"{left}  {cell[2]:>{widths[2]}}  {cell[3]:<{widths[3]}}  {cell[4]}".rstrip())
    lines.insert(1, "-" * max(len(line) for line in lines))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("groups", nargs="*", metavar="GROUP",
                        help=f"groups to run (default: all of {', '.join(GROUPS)})")
    args = parser.parse_args(argv)
    unknown = [group for group in args.groups if group not in GROUPS]
    if unknown:
        parser.error(f"unknown groups {unknown}; known: {', '.join(GROUPS)}")
    rows: list[Row] = []
    for group in args.groups or list(GROUPS):
        rows.extend(run_group(group))
    print(format_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
