"""Kafka's replication protocol as a bounded transition system, checked by z3 (issue 6, "Z3").

The model (replication_state.py, replication_actions.py) is one partition on three replicas
with a controller that elects leaders from the ISR, leader epochs, logs whose records are the
epoch they were written in, high watermarks, KIP-101/279 truncation fenced by KIP-320, ISR
shrink and expand, and crashes that lose an unflushed suffix. Bounded model checking unrolls
every run of up to `steps` actions from a new partition and asks z3 for one that breaks an
invariant (replication_invariants.py): one obligation per invariant, `replication.<Name>`.
The design is proved within the bounds; each mutant (REPLICATION_MUTANTS) is a switch in the
transition system, and a refuted obligation prints the shortest breaking run step by step.
"""

from __future__ import annotations

from collections.abc import Callable, Set
from dataclasses import dataclass, field, replace

from models.proofs.obligation import Obligation
from models.proofs.replication_actions import REPLICATION_MUTANTS, transition
from models.proofs.replication_invariants import (
    INVARIANT_NAMES,
    STATE_INVARIANTS,
    STEP_INVARIANTS,
)
from models.proofs.replication_schedules import MUTANT_SCHEDULES
from models.proofs.replication_state import (
    Bounds,
    ClusterState,
    StepChoice,
    choice_at,
    choice_domain,
    domain,
    initial,
    state_at,
)
from models.proofs.replication_trace import labelled, labelled_choice, render
from models.z3_typed import BoundedSearch, ProofOutcome, Term, Verdict, any_of, negate

DEFAULT_BOUNDS = Bounds(log_length=2, epochs=2, steps=5)
DEEP_BOUNDS = Bounds(log_length=2, epochs=2, steps=6)


@dataclass(slots=True)
class _Unrolling:
    """Every run of up to `bounds.steps` actions, built once and shared by the obligations."""

    bounds: Bounds
    mutants: frozenset[str]
    schedule: tuple[str, ...] = ()
    states: list[ClusterState] = field(default_factory=list)
    choices: list[StepChoice] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    search: BoundedSearch | None = None

    def _built(self) -> BoundedSearch:
        if self.search is not None:
            return self.search
        search = BoundedSearch(logic="QF_BV")
        self.states = [state_at(step, self.bounds) for step in range(self.bounds.steps + 1)]
        self.choices = [choice_at(step) for step in range(self.bounds.steps)]
        search.add(initial(self.states[0]), *[domain(s, self.bounds) for s in self.states],
                   *[choice_domain(c, self.bounds) for c in self.choices])
        for step, choice in enumerate(self.choices):
            kind = self.schedule[step] if self.schedule else ""
            relation, self.texts = transition(self.states[step], self.states[step + 1], choice,
                                              self.bounds, self.mutants, kind)
            search.add(relation)
        self.search = search
        return search

    def broken_at(self, name: str, step: int) -> Term:
        if name in STATE_INVARIANTS:
            return negate(STATE_INVARIANTS[name](self.states[step]))
        if step == 0:
            return any_of()  # a step invariant cannot fail before the first step
        return negate(STEP_INVARIANTS[name](self.states[step - 1], self.states[step]))

    def check(self, name: str) -> ProofOutcome:
        search = self._built()
        anywhere = any_of(*[self.broken_at(name, step) for step in range(len(self.states))])
        somewhere = search.find(anywhere, {})
        if somewhere.verdict is not Verdict.REFUTED:
            return somewhere
        return self.shortest(lambda step: self.broken_at(name, step),
                             f"replication.{name} fails at step {{step}}")

    def shortest(self, goal_at: Callable[[int], Term], ending: str) -> ProofOutcome:
        """The shortest run reaching `goal_at(step)`, told as a trace ending with `ending`
        (its `{step}` filled in); PROVED if there is none."""
        search = self._built()
        for step in range(len(self.states)):
            shown: dict[str, Term] = {}
            for state in self.states[:step + 1]:
                shown.update(labelled(state))
            for choice in self.choices[:step]:
                shown.update(labelled_choice(choice))
            outcome = search.find(goal_at(step), shown)
            if outcome.verdict is Verdict.REFUTED:
                trace = render(outcome.counterexample, self.states[:step + 1],
                               self.choices[:step], self.texts, ending.format(step=step))
                return ProofOutcome(Verdict.REFUTED, {"step": step}, trace)
        return ProofOutcome(Verdict.PROVED, {})


def find_run(goal: Callable[[ClusterState, ClusterState], Term],
             bounds: Bounds = DEFAULT_BOUNDS) -> str | None:
    """The shortest run whose last step (before, after) meets `goal`, or None within the bounds.

    The tests use it to show the bounds reach what the obligations are about (an acknowledged
    record, a truncation, an ISR change): a model that cannot get there proves nothing.
    """
    unrolling = _Unrolling(bounds, frozenset())
    unrolling._built()
    states = unrolling.states
    outcome = unrolling.shortest(
        lambda step: goal(states[step - 1], states[step]) if step else any_of(),
        "the goal is met at step {step}")
    return outcome.trace if outcome.verdict is Verdict.REFUTED else None


def obligations(mutants: Set[str] = frozenset(), bounds: Bounds = DEFAULT_BOUNDS,
                schedule_of: str = "") -> list[Obligation]:
    """`replication.<Invariant>` for each invariant, over one shared unrolling: every run of up
    to `bounds.steps` actions, or (`schedule_of` a mutant) the runs along its schedule."""
    unknown = set(mutants) - set(REPLICATION_MUTANTS)
    assert not unknown, f"not a replication mutant: {sorted(unknown)}"
    schedule: tuple[str, ...] = ()
    bound = bounds.describe()
    if schedule_of:
        schedule = MUTANT_SCHEDULES[schedule_of][1]
        bounds = replace(bounds, steps=len(schedule))
        bound = f"{bounds.describe()}, along the schedule of {schedule_of}"
    unrolling = _Unrolling(bounds, frozenset(mutants), schedule)
    return [Obligation(f"replication.{name}", bound, _checker(unrolling, name))
            for name in INVARIANT_NAMES]


def mutant_obligations(mutant: str, bounds: Bounds = DEFAULT_BOUNDS) -> list[Obligation]:
    """The obligations with `mutant` switched on, along its historic schedule."""
    return obligations({mutant}, bounds, schedule_of=mutant)


def _checker(unrolling: _Unrolling, name: str) -> Callable[[], ProofOutcome]:
    return lambda: unrolling.check(name)
