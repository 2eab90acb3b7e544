"""A proof obligation: a name, the bound it holds within, and the check that z3 runs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from models.z3_typed import ProofOutcome


@dataclass(frozen=True, slots=True)
class Obligation:
    """`check` returns PROVED, or REFUTED with the values of a counterexample."""

    name: str
    bound: str
    check: Callable[[], ProofOutcome]
