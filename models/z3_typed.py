"""The one typed door to z3: integer and boolean terms, and a validity check with counterexamples.

z3-solver ships no type information, so every untyped call stays in this module and the
proofs (models/proofs/) are `mypy --strict` clean. Only what the proofs need is wrapped:
linear and bounded non-linear integer arithmetic, comparisons, connectives, and `prove`, which
asks z3 for a model of the assumptions plus the negated claim.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

import z3


class Term:
    """A z3 expression, integer or boolean. Equality is `eq` (`==` stays Python's identity)."""

    __slots__ = ("_expr",)

    def __init__(self, expr: object) -> None:
        self._expr = expr

    @property
    def expr(self) -> object:
        return self._expr

    def __add__(self, other: Term | int) -> Term:
        return Term(self._expr + _unwrap(other))  # type: ignore[operator]

    def __radd__(self, other: int) -> Term:
        return Term(_unwrap(other) + self._expr)  # type: ignore[operator]

    def __sub__(self, other: Term | int) -> Term:
        return Term(self._expr - _unwrap(other))  # type: ignore[operator]

    def __rsub__(self, other: int) -> Term:
        return Term(_unwrap(other) - self._expr)  # type: ignore[operator]

    def __mul__(self, other: Term | int) -> Term:
        return Term(self._expr * _unwrap(other))  # type: ignore[operator]

    def __rmul__(self, other: int) -> Term:
        return Term(_unwrap(other) * self._expr)  # type: ignore[operator]

    def __lt__(self, other: Term | int) -> Term:
        return Term(self._expr < _unwrap(other))  # type: ignore[operator]

    def __le__(self, other: Term | int) -> Term:
        return Term(self._expr <= _unwrap(other))  # type: ignore[operator]

    def __gt__(self, other: Term | int) -> Term:
        return Term(self._expr > _unwrap(other))  # type: ignore[operator]

    def __ge__(self, other: Term | int) -> Term:
        return Term(self._expr >= _unwrap(other))  # type: ignore[operator]

    def eq(self, other: Term | int) -> Term:
        return Term(self._expr == _unwrap(other))

    def div(self, other: Term | int) -> Term:
        """Integer division; z3's agrees with Python's `//` for a positive divisor."""
        return Term(self._expr / _unwrap(other))  # type: ignore[operator]

    def mod(self, other: Term | int) -> Term:
        return Term(self._expr % _unwrap(other))  # type: ignore[operator]

    def __str__(self) -> str:
        return str(self._expr)


def _unwrap(value: Term | int) -> object:
    return value.expr if isinstance(value, Term) else z3.IntVal(value)


def int_var(name: str) -> Term:
    return Term(z3.Int(name))


def int_val(value: int) -> Term:
    return Term(z3.IntVal(value))


def true() -> Term:
    return Term(z3.BoolVal(True))


def all_of(*terms: Term) -> Term:
    return Term(z3.And(*[term.expr for term in terms])) if terms else true()


def any_of(*terms: Term) -> Term:
    return Term(z3.Or(*[term.expr for term in terms])) if terms else Term(z3.BoolVal(False))


def negate(term: Term) -> Term:
    return Term(z3.Not(term.expr))


def implies(premise: Term, conclusion: Term) -> Term:
    return Term(z3.Implies(premise.expr, conclusion.expr))


def if_then_else(condition: Term, then: Term | int, otherwise: Term | int) -> Term:
    return Term(z3.If(condition.expr, _unwrap(then), _unwrap(otherwise)))


def minimum(left: Term | int, right: Term | int) -> Term:
    left_term = left if isinstance(left, Term) else int_val(left)
    return if_then_else(left_term <= right, left, right)


def in_range(term: Term, low: int, high: int) -> Term:
    """low <= term <= high (both ends included)."""
    return all_of(term >= low, term <= high)


class Verdict(Enum):
    PROVED = "proved"
    REFUTED = "REFUTED"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class ProofOutcome:
    """What z3 said about a claim, with the values that break it when it is refuted."""

    verdict: Verdict
    counterexample: dict[str, int]


def prove(assumptions: Sequence[Term], claim: Term, shown: Mapping[str, Term],
          timeout_ms: int = 20_000) -> ProofOutcome:
    """Is `claim` true in every model of `assumptions`? A counterexample gives `shown`'s values."""
    solver = z3.Solver()
    solver.set("timeout", timeout_ms)
    solver.add(*[assumption.expr for assumption in assumptions])
    solver.add(z3.Not(claim.expr))
    result = solver.check()
    if result == z3.unsat:
        return ProofOutcome(Verdict.PROVED, {})
    if result == z3.sat:
        model = solver.model()
        values = {label: model.eval(term.expr, model_completion=True).as_long()
                  for label, term in shown.items()}
        return ProofOutcome(Verdict.REFUTED, values)
    return ProofOutcome(Verdict.UNKNOWN, {})
