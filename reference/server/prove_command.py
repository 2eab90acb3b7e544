"""`kspec prove [FAMILY] [--only PREFIX] [--deep] [--mutant NAME]`: check the Z3 proof
obligations in models/proofs/ (see docs/proofs.md).

Prints one line per obligation (name, bound, result, seconds) and a counterexample under any
that is refuted (for the replication model, the breaking run step by step); the exit status is
0 only when all are proved.
"""

from __future__ import annotations

import argparse
import sys


def run_prove(arguments: argparse.Namespace) -> int:
    from models.prove import run_prove_arguments  # z3 loads only when proofs are asked for
    return run_prove_arguments(arguments, sys.stdout)


def add_prove_arguments(parser: argparse.ArgumentParser) -> None:
    from models.prove import add_prove_arguments as add
    add(parser)
