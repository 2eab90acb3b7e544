"""The one typed door to z3: integer and boolean terms, and a validity check with counterexamples.

z3-solver ships no type information, so every untyped call stays in this module and the
proofs (models/proofs/) are `mypy --strict` clean. Only what the proofs need is wrapped:
linear and bounded non-linear integer arithmetic, small signed bit-vectors (a Python int takes
the sort of the term it meets), comparisons, connectives, `prove`, which asks z3 for a model of
the assumptions plus the negated claim, and `BoundedSearch`, which asks one unrolled
transition system several such questions.
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
        return Term(self._expr + _like(self._expr, other))  # type: ignore[operator]

    def __radd__(self, other: int) -> Term:
        return Term(_like(self._expr, other) + self._expr)  # type: ignore[operator]

    def __sub__(self, other: Term | int) -> Term:
        return Term(self._expr - _like(self._expr, other))  # type: ignore[operator]

    def __rsub__(self, other: int) -> Term:
        return Term(_like(self._expr, other) - self._expr)  # type: ignore[operator]

    def __mul__(self, other: Term | int) -> Term:
        return Term(self._expr * _like(self._expr, other))  # type: ignore[operator]

    def __rmul__(self, other: int) -> Term:
        return Term(_like(self._expr, other) * self._expr)  # type: ignore[operator]

    def __lt__(self, other: Term | int) -> Term:
        return Term(self._expr < _like(self._expr, other))  # type: ignore[operator]

    def __le__(self, other: Term | int) -> Term:
        return Term(self._expr <= _like(self._expr, other))  # type: ignore[operator]

    def __gt__(self, other: Term | int) -> Term:
        return Term(self._expr > _like(self._expr, other))  # type: ignore[operator]

    def __ge__(self, other: Term | int) -> Term:
        return Term(self._expr >= _like(self._expr, other))  # type: ignore[operator]

    def eq(self, other: Term | int) -> Term:
        return Term(self._expr == _like(self._expr, other))

    def div(self, other: Term | int) -> Term:
        """Integer division; z3's agrees with Python's `//` for a positive divisor."""
        return Term(self._expr / _like(self._expr, other))  # type: ignore[operator]

    def mod(self, other: Term | int) -> Term:
        return Term(self._expr % _like(self._expr, other))  # type: ignore[operator]

    def __str__(self) -> str:
        return str(self._expr)


def _like(sort_of: object, value: Term | int) -> object:
    """`value` as a z3 expression; a Python int takes the sort of `sort_of` (a bit-vector's
    width, else an integer), so `x + 1` works for both kinds of term."""
    if isinstance(value, Term):
        return value.expr
    if z3.is_bv(sort_of):
        return z3.BitVecVal(value, sort_of.size())  # type: ignore[attr-defined]
    return z3.IntVal(value)


def _unwrap(value: Term | int) -> object:
    return _like(None, value)


def int_var(name: str) -> Term:
    return Term(z3.Int(name))


def int_val(value: int) -> Term:
    return Term(z3.IntVal(value))


def bool_var(name: str) -> Term:
    return Term(z3.Bool(name))


def bool_val(value: bool) -> Term:
    return Term(z3.BoolVal(value))


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
    sort_of = then.expr if isinstance(then, Term) else \
        otherwise.expr if isinstance(otherwise, Term) else None
    return Term(z3.If(condition.expr, _like(sort_of, then), _like(sort_of, otherwise)))


def minimum(left: Term | int, right: Term | int) -> Term:
    sort_of = right.expr if isinstance(right, Term) else None
    left_term = left if isinstance(left, Term) else Term(_like(sort_of, left))
    return if_then_else(left_term <= right, left, right)


def bits_var(name: str, width: int) -> Term:
    """A signed bit-vector of `width` bits: small bounded models solve faster bit-blasted.
    Comparisons on it are signed; keep values well inside the width (no overflow check)."""
    return Term(z3.BitVec(name, width))


def bits_val(value: int, width: int) -> Term:
    return Term(z3.BitVecVal(value, width))


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
    trace: str = ""
    """A readable account of the counterexample, when the obligation knows how to tell it."""


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


def _model_value(model: object, term: Term) -> int:
    value = model.eval(term.expr, model_completion=True)  # type: ignore[attr-defined]
    if z3.is_bool(value):
        return 1 if z3.is_true(value) else 0
    if z3.is_bv(value):
        return int(value.as_signed_long())
    return int(value.as_long())


class BoundedSearch:
    """One solver holding a transition system unrolled to a bound, asked for several goals.

    The shared constraints (initial state, k steps of the transition relation) are built once;
    each `find` checks them with one goal (typically "some step breaks invariant X"), so one
    unrolling serves every obligation of a model.
    """

    def __init__(self, logic: str | None = None, timeout_ms: int = 300_000) -> None:
        self._logic = logic
        self._timeout_ms = timeout_ms
        self._constraints: list[object] = []

    def add(self, *terms: Term) -> None:
        self._constraints += [term.expr for term in terms]

    def find(self, goal: Term, shown: Mapping[str, Term]) -> ProofOutcome:
        """REFUTED with `shown`'s values when some model satisfies `goal`, PROVED when none does."""
        # A fresh solver per goal: z3's non-incremental solvers (bit-blasting for QF_BV) are
        # much faster on these than one incremental solver with push and pop.
        solver = z3.SolverFor(self._logic) if self._logic else z3.Solver()
        solver.set("timeout", self._timeout_ms)
        solver.add(*self._constraints, goal.expr)
        result = solver.check()
        if result == z3.unsat:
            return ProofOutcome(Verdict.PROVED, {})
        if result == z3.sat:
            model = solver.model()
            return ProofOutcome(Verdict.REFUTED, {label: _model_value(model, term)
                                                  for label, term in shown.items()})
        return ProofOutcome(Verdict.UNKNOWN, {})


def evaluate(term: Term) -> int:
    """The value of a term without variables (a boolean as 1 or 0), for tests of encodings."""
    value = z3.simplify(term.expr)
    if z3.is_bool(value):
        assert z3.is_true(value) or z3.is_false(value), f"not a constant: {term}"
        return 1 if z3.is_true(value) else 0
    assert z3.is_bv_value(value) or z3.is_int_value(value), f"not a constant: {term}"
    return int(value.as_signed_long() if z3.is_bv(value) else value.as_long())
