"""Run every Z3 proof obligation: one line each (name, bound, result, seconds), a readable
counterexample under a refuted one, and a non-zero exit status unless all are proved.

    python -m models.prove [--only PREFIX]      (also `kspec prove`)
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from typing import TextIO

from models.proofs import assignors
from models.proofs.obligation import Obligation
from models.z3_typed import Verdict


def all_obligations() -> list[Obligation]:
    return [*assignors.obligations()]


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
        if outcome.counterexample:
            shown = ", ".join(f"{name}={value}" for name, value in outcome.counterexample.items())
            print(f"    counterexample: {shown}", file=out)
    return all_proved


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m models.prove",
                                     description="check every Z3 proof obligation")
    parser.add_argument("--only", default="", metavar="PREFIX",
                        help="only the obligations whose name starts with PREFIX")
    arguments = parser.parse_args(argv)
    return run_prove_only(arguments.only, sys.stdout)


def run_prove_only(prefix: str, out: TextIO) -> int:
    chosen = [o for o in all_obligations() if o.name.startswith(prefix)]
    if not chosen:
        print(f"no proof obligation starts with {prefix!r}", file=out)
        return 2
    started = time.perf_counter()
    all_proved = run_obligations(chosen, out)
    failed = "" if all_proved else "; FAILED"
    print(f"{len(chosen)} obligations in {time.perf_counter() - started:.2f}s{failed}", file=out)
    return 0 if all_proved else 1


if __name__ == "__main__":
    sys.exit(main())
