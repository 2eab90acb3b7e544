"""Run kcat (formerly kafkacat), the librdkafka command-line client, against a test broker.

`make tools` installs it. A missing kcat fails the test that needs it, with a message saying
how to install it: a skipped client test would hide that the check never ran.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Sequence

import pytest

KCAT_NAMES = ("kcat", "kafkacat")
KCAT_TIMEOUT_S = 30.0


def kcat_binary() -> str:
    for name in KCAT_NAMES:
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("kcat is not installed (neither `kcat` nor `kafkacat` is on PATH); "
                "run `make tools` (apt-get install kcat)", pytrace=False)


def run_kcat(bootstrap: str, arguments: Sequence[str], stdin_text: str = "") -> str:
    """Run kcat with `-b bootstrap`; fail the test with kcat's stderr if it exits non-zero."""
    command = [kcat_binary(), "-b", bootstrap, *arguments]
    finished = subprocess.run(command, input=stdin_text, capture_output=True, text=True,
                              timeout=KCAT_TIMEOUT_S, check=False)
    if finished.returncode != 0:
        pytest.fail(f"{' '.join(command)} exited {finished.returncode}:\n{finished.stderr}")
    return finished.stdout
