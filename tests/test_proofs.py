"""The Z3 obligations: all proved, tied to the assignors' code, and able to fail."""

from __future__ import annotations

import io

import pytest

from models.proofs.assignors import (
    KAFKA_QUOTA_RULE,
    MAX_MEMBERS,
    MAX_PARTITIONS,
    RANGE_PROPERTIES,
    QuotaRule,
    quota_rule_obligations,
    uniform_fill_outcome,
)
from models.prove import all_obligations, main, run_obligations
from models.z3_typed import Term, Verdict, if_then_else
from reference.core.groups.assignors import range_ranges, uniform_quotas
from reference.server.prove_command import run_prove


def _late_extra_count(index: Term, member_count: Term, partition_count: Term) -> Term:
    """Wrong on purpose: the extra partitions go to the last members and the quota is one short."""
    quota = partition_count.div(member_count)
    extra = partition_count.mod(member_count)
    return quota - 1 + if_then_else(index >= member_count - extra, 1, 0)


def _late_extra_start(index: Term, member_count: Term, partition_count: Term) -> Term:
    quota = partition_count.div(member_count)
    extra = partition_count.mod(member_count)
    first_with_extra = member_count - extra
    return index * (quota - 1) + if_then_else(index > first_with_extra,
                                              index - first_with_extra, 0)


WRONG_RULE = QuotaRule(count=_late_extra_count, start=_late_extra_start)


def test_every_assignor_obligation_is_proved_within_its_bounds() -> None:
    # The replication family is proved in tests/test_proofs_replication.py.
    assignor_obligations = [o for o in all_obligations() if not o.name.startswith("replication.")]
    out = io.StringIO()
    assert run_obligations(assignor_obligations, out), out.getvalue()
    lines = out.getvalue().splitlines()
    assert len(lines) == len(assignor_obligations)
    assert all("proved" in line and "members<=16" in line for line in lines)


def test_an_off_by_one_quota_is_refuted_with_a_counterexample() -> None:
    by_name = {o.name: o for o in quota_rule_obligations("wrong", WRONG_RULE, RANGE_PROPERTIES)}
    ending = by_name["wrong.last_range_ends_at_partition_count"].check()
    assert ending.verdict is Verdict.REFUTED
    shown = ending.counterexample
    assert shown["end_of_last_range"] != shown["partitions"]
    assert 1 <= shown["members"] <= MAX_MEMBERS and 0 <= shown["partitions"] <= MAX_PARTITIONS
    assert by_name["wrong.counts_nonnegative"].check().verdict is Verdict.REFUTED
    out = io.StringIO()
    assert not run_obligations(list(by_name.values()), out)
    assert "REFUTED" in out.getvalue() and "counterexample: members=" in out.getvalue()


def test_uniform_fill_fails_when_quotas_ignore_the_extra_partitions() -> None:
    def flat_count(index: Term, member_count: Term, partition_count: Term) -> Term:
        return partition_count.div(member_count)
    rule = QuotaRule(count=flat_count, start=KAFKA_QUOTA_RULE.start)
    outcome = uniform_fill_outcome(max_members=4, rule=rule)
    assert outcome.verdict is Verdict.REFUTED
    assert outcome.counterexample["open_quota"] != outcome.counterexample["unowned"]


def test_the_proved_closed_form_is_what_the_assignors_compute() -> None:
    for member_count in range(1, MAX_MEMBERS + 1):
        for partition_count in range(MAX_PARTITIONS + 1):
            quota, extra = divmod(partition_count, member_count)
            starts = [i * quota + min(i, extra) for i in range(member_count)]
            counts = [quota + (1 if i < extra else 0) for i in range(member_count)]
            expected = [(start, start + count) for start, count in zip(starts, counts, strict=True)]
            assert range_ranges(partition_count, member_count) == expected
            assert uniform_quotas(partition_count, member_count) == counts


def test_python_m_models_prove_exits_zero_and_filters(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--only", "range."]) == 0
    printed = capsys.readouterr().out
    assert "range.partition_owned_once" in printed and "uniform." not in printed
    assert main(["--only", "nothing-by-this-name"]) == 2


def test_kspec_prove_runs_every_obligation(capsys: pytest.CaptureFixture[str]) -> None:
    import argparse
    assert run_prove(argparse.Namespace(only="")) == 0
    printed = capsys.readouterr().out
    assert f"{len(all_obligations())} obligations in" in printed
