"""Run every Z3 proof obligation: one line each (name, bound, result, seconds), a readable
counterexample under a refuted one, and a non-zero exit status unless all are proved.

    python -m models.prove [FAMILY] [--only PREFIX] [--deep] [--mutant NAME]   (also `kspec prove`)

FAMILY or PREFIX picks obligations by name (`replication` picks `replication.*`); `--deep`
checks the replication model at its larger bounds; `--mutant NAME` switches a historic
replication bug on and checks the obligations along that bug's schedule, printing the run
that breaks one (models/proofs/replication_schedules.py).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from typing import TextIO

from models.proofs import assignors, replication
from models.proofs.obligation import Obligation
from models.proofs.replication_actions import REPLICATION_MUTANTS
from models.z3_typed import Verdict


def all_obligations(deep: bool = False) -> list[Obligation]:
    """Every obligation a bare `kspec prove` checks: the assignors, and the replication model at
    its default bounds (its larger ones with `deep`)."""
    bounds = replication.DEEP_BOUNDS if deep else replication.DEFAULT_BOUNDS
    return [*assignors.obligations(), *replication.obligations(bounds=bounds)]


def obligations_to_run(prefix: str = "", deep: bool = False,
                       mutant: str = "") -> list[Obligation]:
    """What `kspec prove` checks: `all_obligations()`, or only the replication family with a
    mutant on (along the mutant's schedule, or with --deep over every run within the deep
    bounds)."""
    if mutant and deep:  # every interleaving, not only the historic schedule
        return replication.obligations({mutant}, replication.DEEP_BOUNDS)
    if mutant:
        return replication.mutant_obligations(mutant)
    return all_obligations(deep)


def run_obligations(obligations: Sequence[Obligation], out: TextIO) -> bool:
    """Check each obligation in turn; True when every one is proved."""
    all_proved = True
    width = max((len(obligation.name) for obligation in obligations), default=0)
    for obligation in obligations:
        started = time.perf_counter()
        outcome = obligation.check()
        seconds = time.perf_counter() - started
        print(f"{obligation.name:<{width}}  [{obligation.bound}]  {outcome.verdict.value:<8} "
              f"{seconds:6.2f}s", file=out, flush=True)
        if outcome.verdict is not Verdict.PROVED:
            all_proved = False
        if outcome.trace:
            print("\n".join("    " + line for line in outcome.trace.splitlines()), file=out)
        elif outcome.counterexample:
            shown = ", ".join(f"{name}={value}" for name, value in outcome.counterexample.items())
            print(f"    counterexample: {shown}", file=out)
    return all_proved


def add_prove_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of `kspec prove` and `python -m models.prove`."""
    parser.add_argument("family", nargs="?", default="", metavar="FAMILY",
                        help="only the obligations named FAMILY.* (e.g. replication)")
    parser.add_argument("--only", default="", metavar="PREFIX",
                        help="only the obligations whose name starts with PREFIX")
    parser.add_argument("--deep", action="store_true",
                        help="check the replication model at its larger bounds (slower); "
                             "with --mutant, search every run, not only the mutant's schedule")
    parser.add_argument("--mutant", default="", choices=("", *REPLICATION_MUTANTS),
                        metavar="NAME", help="switch a historic replication bug on: "
                        + ", ".join(REPLICATION_MUTANTS))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m models.prove",
                                     description="check every Z3 proof obligation")
    add_prove_arguments(parser)
    arguments = parser.parse_args(argv)
    return run_prove_arguments(arguments, sys.stdout)


def run_prove_arguments(arguments: argparse.Namespace, out: TextIO) -> int:
    family = getattr(arguments, "family", "") or ""
    prefix = getattr(arguments, "only", "") or (f"{family}." if family else "")
    return run_prove_only(prefix, out, deep=bool(getattr(arguments, "deep", False)),
                          mutant=getattr(arguments, "mutant", "") or "")


def run_prove_only(prefix: str, out: TextIO, deep: bool = False, mutant: str = "") -> int:
    chosen = [o for o in obligations_to_run(prefix, deep, mutant) if o.name.startswith(prefix)]
    if not chosen:
        print(f"no proof obligation starts with {prefix!r}", file=out)
        return 2
    started = time.perf_counter()
    all_proved = run_obligations(chosen, out)
    failed = "" if all_proved else "; FAILED"
    if mutant:
        failed += f" (mutant {mutant} on)"
    print(f"{len(chosen)} obligations in {time.perf_counter() - started:.2f}s{failed}", file=out)
    return 0 if all_proved else 1


if __name__ == "__main__":
    sys.exit(main())
