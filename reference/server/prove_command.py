"""`kspec prove`: check every Z3 proof obligation in models/proofs/ (see docs/proofs.md).

Prints one line per obligation (name, bound, result, seconds) and a counterexample under any
that is refuted; the exit status is 0 only when all are proved.
"""

from __future__ import annotations

import argparse
import sys


def run_prove(arguments: argparse.Namespace) -> int:
    from models.prove import run_prove_only  # z3 loads only when proofs are asked for
    return run_prove_only(getattr(arguments, "only", "") or "", sys.stdout)
