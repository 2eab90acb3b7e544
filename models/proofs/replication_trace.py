"""A counterexample of the replication model, told step by step.

Each step names the action and then shows the controller (leader, epoch, ISR), every replica
(the epoch it knows, whom it follows, its log as the epoch of each record, its high watermark)
and the records acknowledged with acks=all so far.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from models.proofs.replication_state import (
    NAMES,
    REPLICAS,
    ClusterState,
    ReplicaState,
    StepChoice,
)
from models.z3_typed import Term


def labelled(state: ClusterState) -> dict[str, Term]:
    """Every variable of a state under its own name (the names the trace reads back)."""
    terms: list[Term] = [state.leader, state.epoch, *state.isr, state.acked_length,
                         *state.acked]
    for replica in state.replicas:
        terms += [replica.epoch, replica.leader, replica.is_truncated, replica.length,
                  *replica.entries, replica.empty_epoch, replica.high_watermark]
    return {str(term): term for term in terms}


def labelled_choice(choice: StepChoice) -> dict[str, Term]:
    return {str(term): term for term in (choice.action, choice.count, choice.kept)}


def _log(values: Mapping[str, int], replica: ReplicaState) -> str:
    length = values[str(replica.length)]
    entries = [str(values[str(entry)]) for entry in replica.entries[:length]]
    return "[" + " ".join(entries) + "]"


def _replica_line(values: Mapping[str, int], state: ClusterState, index: int) -> str:
    replica = state.replicas[index]
    leader = values[str(replica.leader)]
    if leader == index:
        role = "leads"
    else:
        pending = "" if values[str(replica.is_truncated)] else ", truncating"
        role = f"follows {NAMES[leader]}{pending}"
    epoch = values[str(replica.epoch)]
    high_watermark = values[str(replica.high_watermark)]
    return (f"{NAMES[index]}: epoch {epoch}, {role:<22} log {_log(values, replica):<12} "
            f"hw {high_watermark}")


def _controller_line(values: Mapping[str, int], state: ClusterState) -> str:
    isr = ",".join(NAMES[r] for r in REPLICAS if values[str(state.isr[r])])
    acked_length = values[str(state.acked_length)]
    acked = " ".join(str(values[str(entry)]) for entry in state.acked[:acked_length])
    return (f"controller: leader {NAMES[values[str(state.leader)]]}, "
            f"epoch {values[str(state.epoch)]}, ISR {{{isr}}}; acked [{acked}]")


def _action_text(values: Mapping[str, int], choice: StepChoice, texts: Sequence[str]) -> str:
    text = texts[values[str(choice.action)]]
    if "appends" in text:
        return f"{text} ({values[str(choice.count)]} records)"
    if "crashes" in text:
        return f"{text} (keeps {values[str(choice.kept)]} records)"
    return text


def render(values: Mapping[str, int], states: Sequence[ClusterState],
           choices: Sequence[StepChoice], texts: Sequence[str], ending: str) -> str:
    """The run in `values` up to the last of `states`, then the line `ending`."""
    lines: list[str] = []
    for step, state in enumerate(states):
        heading = "initial state" if step == 0 else \
            _action_text(values, choices[step - 1], texts)
        lines.append(f"step {step}: {heading}")
        lines.append("  " + _controller_line(values, state))
        lines += ["  " + _replica_line(values, state, r) for r in REPLICAS]
    lines.append(ending)
    return "\n".join(lines)
