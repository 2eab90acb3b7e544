"""Replay the committed conformance corpus against a peer broker with `kspec replay`, and
require that every difference it reports is listed on the target's page
conformance/divergences/<target>.md."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CASES = sorted(str(path) for path in Path("conformance/cases").glob("*.case.json"))


def assert_every_difference_known(target: str, target_name: str, results: Path) -> None:
    replay = subprocess.run(
        [sys.executable, "-m", "reference.server.cli", "replay", *CASES,
         "--target", target, "--target-name", target_name, "--isolate",
         "--json", str(results)],
        capture_output=True, text=True, timeout=300)
    failing = [line for line in replay.stdout.splitlines()
               if "  fail  " in line or "  error  " in line or " cases, " in line]
    assert replay.returncode == 0, "\n".join(failing) + replay.stderr[-2000:]
    assert "0 fail, 0 error" in replay.stdout, "\n".join(failing)
