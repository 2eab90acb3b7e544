"""Proofs that the `range` and `uniform` assignors' arithmetic owns every partition exactly once.

Both assignors share one quota rule (reference/core/groups/assignors.py: `range_ranges` per
topic, `uniform_quotas` over all partitions of a homogeneous group): M ordered members share P
partitions, quota = P div M, and the first P mod M members take one more. Kafka's range assignor
walks the members with `next = min(next + count_i, P)`; we prove, for symbolic M, P and member
indexes within the bounds, that the closed form start_i = i * quota + min(i, extra) is that
walk (it starts at 0, each range ends where the next starts, the min never clamps, the last
ends at P). Those four facts tile [0, P) with the ranges, which is NoDoubleAssignment plus
SubscribedPartitionsAssigned (spec/invariants.py) for one topic; the balance obligation mirrors
AssignmentBalanced / AssignmentBalancedPerTopic. For `uniform`, a further obligation (unrolled
per member count, because it sums over members) shows that after each member keeps at most its
quota of what it held, the quotas left to fill add up to exactly the partitions left unowned:
nothing is left over (Kafka's "Partitions were left unassigned") and every member ends at its quota.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from models.proofs.obligation import Obligation
from models.z3_typed import (
    ProofOutcome,
    Term,
    Verdict,
    all_of,
    if_then_else,
    in_range,
    int_val,
    int_var,
    minimum,
    negate,
    prove,
)

MAX_MEMBERS = 16
MAX_PARTITIONS = 64

# (member index, member count, partition count) -> a count or a start offset
IndexFormula = Callable[[Term, Term, Term], Term]


@dataclass(frozen=True, slots=True)
class QuotaRule:
    """How M ordered members share P partitions: member i's count and where its range starts."""

    count: IndexFormula
    start: IndexFormula


def _kafka_count(index: Term, member_count: Term, partition_count: Term) -> Term:
    quota = partition_count.div(member_count)
    extra = partition_count.mod(member_count)
    return quota + if_then_else(index < extra, 1, 0)


def _kafka_start(index: Term, member_count: Term, partition_count: Term) -> Term:
    quota = partition_count.div(member_count)
    extra = partition_count.mod(member_count)
    return index * quota + minimum(index, extra)


KAFKA_QUOTA_RULE = QuotaRule(count=_kafka_count, start=_kafka_start)


@dataclass(frozen=True, slots=True)
class _Symbols:
    member_count: Term
    partition_count: Term
    index: Term
    other_index: Term
    partition: Term

    def bounds(self, max_members: int, max_partitions: int) -> list[Term]:
        return [in_range(self.member_count, 1, max_members),
                in_range(self.partition_count, 0, max_partitions)]

    def valid_index(self, index: Term) -> Term:
        return all_of(index >= 0, index < self.member_count)


def _symbols(prefix: str) -> _Symbols:
    return _Symbols(int_var(f"{prefix}members"), int_var(f"{prefix}partitions"),
                    int_var("i"), int_var("j"), int_var("p"))


RANGE_PROPERTIES = {
    "counts_nonnegative": "counts_nonnegative",
    "first_range_starts_at_zero": "first_range_starts_at_zero",
    "ranges_contiguous": "ranges_contiguous",
    "range_never_clamped": "range_never_clamped",
    "last_range_ends_at_partition_count": "last_range_ends_at_partition_count",
    "partition_owned_once": "partition_owned_once",
    "balanced": "balanced",
}
"""Property (as `quota_rule_obligations` knows it) -> obligation name within the family."""

# Uniform hands out quotas, not ranges: its obligations are that the quotas are non-negative,
# add up to the total (the prefix sums start at 0, step by one quota, end at the total) and
# are balanced.
UNIFORM_PROPERTIES = {
    "counts_nonnegative": "quotas_nonnegative",
    "first_range_starts_at_zero": "quota_prefix_starts_at_zero",
    "ranges_contiguous": "quota_prefix_steps_by_quota",
    "last_range_ends_at_partition_count": "quotas_sum_to_total",
    "balanced": "balanced",
}


def quota_rule_obligations(family: str, rule: QuotaRule, properties: dict[str, str],
                           max_members: int = MAX_MEMBERS,
                           max_partitions: int = MAX_PARTITIONS) -> list[Obligation]:
    """Obligations of `rule` named `family.<name>` for each property in `properties`."""
    claims = _quota_rule_claims(rule, max_partitions)
    s = _symbols("")
    bounds = s.bounds(max_members, max_partitions)
    bound = f"members<={max_members}, partitions<={max_partitions}"
    return [Obligation(f"{family}.{name}", bound,
                       _checker(bounds + claims[key][0], claims[key][1], claims[key][2]))
            for key, name in properties.items()]


_Claim = tuple[list[Term], Term, dict[str, Term]]


def _quota_rule_claims(rule: QuotaRule, max_partitions: int) -> dict[str, _Claim]:
    """Each property as (assumptions beyond the bounds, claim, values to show if refuted)."""
    s = _symbols("")
    m, p_count, i, j, p = s.member_count, s.partition_count, s.index, s.other_index, s.partition

    def count(index: Term) -> Term:
        return rule.count(index, m, p_count)

    def start(index: Term) -> Term:
        return rule.start(index, m, p_count)

    def owns(index: Term) -> Term:
        return all_of(start(index) <= p, p < start(index) + count(index))

    shown = {"members": m, "partitions": p_count, "i": i,
             "count_i": count(i), "start_i": start(i)}
    last = {"members": m, "partitions": p_count, "end_of_last_range": start(m)}
    return {
        "counts_nonnegative": ([s.valid_index(i)], count(i) >= 0, shown),
        "first_range_starts_at_zero": ([], start(int_val(0)).eq(0), last),
        "ranges_contiguous": ([s.valid_index(i)], start(i + 1).eq(start(i) + count(i)),
                              {**shown, "start_next": start(i + 1)}),
        "range_never_clamped": ([s.valid_index(i)], start(i) + count(i) <= p_count, shown),
        "last_range_ends_at_partition_count": ([], start(m).eq(p_count), last),
        "partition_owned_once": (
            [s.valid_index(i), s.valid_index(j), negate(i.eq(j)), in_range(p, 0, max_partitions),
             p < p_count], negate(all_of(owns(i), owns(j))),
            {**shown, "j": j, "p": p, "start_j": start(j), "count_j": count(j)}),
        "balanced": ([s.valid_index(i), s.valid_index(j)], count(i) - count(j) <= 1,
                     {**shown, "j": j, "count_j": count(j)}),
    }


def _checker(assumptions: list[Term], claim: Term,
             shown: dict[str, Term]) -> Callable[[], ProofOutcome]:
    return lambda: prove(assumptions, claim, shown)


def uniform_fill_outcome(max_members: int = MAX_MEMBERS,
                         max_partitions: int = MAX_PARTITIONS,
                         rule: QuotaRule = KAFKA_QUOTA_RULE) -> ProofOutcome:
    """After keeping min(held, quota), the open quotas equal the unowned partitions, per M."""
    for member_count in range(1, max_members + 1):
        outcome = _uniform_fill_for(member_count, max_partitions, rule)
        if outcome.verdict is not Verdict.PROVED:
            return outcome
    return ProofOutcome(Verdict.PROVED, {})


def _uniform_fill_for(member_count: int, max_partitions: int, rule: QuotaRule) -> ProofOutcome:
    total = int_var("total")
    m = int_val(member_count)
    zero = int_val(0)
    held = [int_var(f"held_{index}") for index in range(member_count)]
    quotas = [rule.count(int_val(index), m, total) for index in range(member_count)]
    kept = [minimum(h, q) for h, q in zip(held, quotas, strict=True)]
    # Current assignments are disjoint (NoDoubleAssignment of the previous epoch) and within
    # the subscribed partitions, so the members hold at most `total` between them.
    assumptions = [in_range(total, 0, max_partitions),
                   *[h >= 0 for h in held], sum(held, start=zero) <= total]
    unowned = total - sum(kept, start=zero)
    open_quota = sum((q - k for q, k in zip(quotas, kept, strict=True)), start=zero)
    claim = all_of(open_quota.eq(unowned), *[k <= q for k, q in zip(kept, quotas, strict=True)])
    shown = {"members": m, "total": total, "unowned": unowned, "open_quota": open_quota,
             **{f"held_{index}": h for index, h in enumerate(held)}}
    return prove(assumptions, claim, shown)


def obligations() -> list[Obligation]:
    fill_bound = f"members<={MAX_MEMBERS}, total partitions<={MAX_PARTITIONS}"
    return [*quota_rule_obligations("range", KAFKA_QUOTA_RULE, RANGE_PROPERTIES),
            *quota_rule_obligations("uniform", KAFKA_QUOTA_RULE, UNIFORM_PROPERTIES),
            Obligation("uniform.open_quotas_equal_unowned_partitions", fill_bound,
                       uniform_fill_outcome)]
