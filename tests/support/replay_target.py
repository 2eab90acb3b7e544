"""Replay the committed conformance corpus against a peer broker with `kspec replay`, and
require that every difference it reports is listed on the target's page
conformance/divergences/<target>.md.

Single-broker targets replay the single-broker cases (`CASES`); the multi-broker cases
(`CLUSTER_CASES`, named `cluster-*`, `Case.brokers` > 1) need a target of several brokers.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CLUSTER_PREFIX = "cluster-"
_ALL_CASES = sorted(Path("conformance/cases").glob("*.case.json"))
CASES = [str(path) for path in _ALL_CASES if not path.name.startswith(CLUSTER_PREFIX)]
CLUSTER_CASES = [str(path) for path in _ALL_CASES if path.name.startswith(CLUSTER_PREFIX)]


def replay(cases: list[str], target: str, target_name: str | None, results: Path,
           *, isolate: bool = True) -> subprocess.CompletedProcess[str]:
    """`kspec replay` of `cases` against `target`, results written to `results` (JSON)."""
    arguments = [sys.executable, "-m", "reference.server.cli", "replay", *cases,
                 "--target", target, "--json", str(results)]
    if target_name is not None:
        arguments += ["--target-name", target_name]
    if isolate:
        arguments.append("--isolate")
    return subprocess.run(arguments, capture_output=True, text=True, timeout=300)


def assert_every_difference_known(target: str, target_name: str, results: Path,
                                  cases: list[str] | None = None) -> None:
    replayed = replay(CASES if cases is None else cases, target, target_name, results)
    failing = [line for line in replayed.stdout.splitlines()
               if "  fail  " in line or "  error  " in line or " cases, " in line]
    assert replayed.returncode == 0, "\n".join(failing) + replayed.stderr[-2000:]
    assert "0 fail, 0 error" in replayed.stdout, "\n".join(failing)
