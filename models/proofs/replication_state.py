"""The state of the replication model at one step: a controller, three replicas, a ghost.

One partition, replicas A, B, C (0, 1, 2). The controller holds the truth that KRaft's metadata
log holds (leader, leader epoch, ISR); each replica holds what it has learned of it (its epoch
and whom it takes for the leader), its log, its leader-epoch cache tail and its high
watermark. A log entry is the leader
epoch its record was written in; `-1` marks the slots past the log end, so two logs are equal
exactly when their slots are. The ghost `acked` is what producers with acks=all were told is
written: NoCommittedRecordLost is stated over it.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.z3_typed import Term, all_of, bits_val, bits_var, bool_var, if_then_else, in_range

REPLICAS = (0, 1, 2)
NAMES = "ABC"
NONE = -1
WIDTH_BITS = 4
"""Every number in the model (offsets, epochs, counts, -1) is a signed 4-bit vector."""
ACTION_BITS = 8
"""The action codes (about 45) need more room than the model's numbers."""
MIN_INSYNC_REPLICAS = 2
"""min.insync.replicas: an acks=all write is acknowledged only while the ISR has this many."""


def number(value: int) -> Term:
    return bits_val(value, WIDTH_BITS)


def bits(name: str) -> Term:
    return bits_var(name, WIDTH_BITS)


@dataclass(frozen=True, slots=True)
class Bounds:
    """What bounded model checking explores: every run of up to `steps` actions."""

    log_length: int
    epochs: int
    steps: int

    def __post_init__(self) -> None:
        # Offsets, epochs and epoch + 1 must fit the signed bit-vectors without wrapping.
        assert max(self.log_length, self.epochs + 1) < 2 ** (WIDTH_BITS - 1), self
        assert self.log_length >= 1 and self.epochs >= 0 and self.steps >= 0, self

    def describe(self) -> str:
        return (f"replicas=3, log<={self.log_length}, epochs<={self.epochs}, "
                f"steps<={self.steps}")


@dataclass(frozen=True, slots=True)
class ReplicaState:
    epoch: Term
    leader: Term
    is_truncated: Term
    length: Term
    entries: tuple[Term, ...]
    empty_epoch: Term
    high_watermark: Term


@dataclass(frozen=True, slots=True)
class ClusterState:
    leader: Term
    epoch: Term
    isr: tuple[Term, ...]
    replicas: tuple[ReplicaState, ...]
    acked_length: Term
    acked: tuple[Term, ...]


@dataclass(frozen=True, slots=True)
class StepChoice:
    """The action taken from one state to the next, and its free parameters."""

    action: Term
    count: Term
    kept: Term


def _replica(step: int, replica: int, bounds: Bounds) -> ReplicaState:
    prefix = f"s{step}.{NAMES[replica]}."
    return ReplicaState(
        epoch=bits(prefix + "epoch"), leader=bits(prefix + "leader"),
        is_truncated=bool_var(prefix + "is_truncated"), length=bits(prefix + "length"),
        entries=tuple(bits(f"{prefix}entry{i}") for i in range(bounds.log_length)),
        empty_epoch=bits(prefix + "empty_epoch"),
        high_watermark=bits(prefix + "high_watermark"))


def state_at(step: int, bounds: Bounds) -> ClusterState:
    prefix = f"s{step}."
    return ClusterState(
        leader=bits(prefix + "leader"), epoch=bits(prefix + "epoch"),
        isr=tuple(bool_var(f"{prefix}isr.{NAMES[r]}") for r in REPLICAS),
        replicas=tuple(_replica(step, r, bounds) for r in REPLICAS),
        acked_length=bits(prefix + "acked_length"),
        acked=tuple(bits(f"{prefix}acked{i}") for i in range(bounds.log_length)))


def choice_at(step: int) -> StepChoice:
    prefix = f"t{step}."
    return StepChoice(bits_var(prefix + "action", ACTION_BITS), bits(prefix + "count"),
                      bits(prefix + "kept"))


def choice_domain(choice: StepChoice, bounds: Bounds) -> Term:
    return all_of(in_range(choice.action, 0, 2 ** (ACTION_BITS - 1) - 1),
                  in_range(choice.count, 0, bounds.log_length),
                  in_range(choice.kept, 0, bounds.log_length))


def _replica_domain(replica: ReplicaState, bounds: Bounds) -> list[Term]:
    top = bounds.epochs
    return [in_range(replica.epoch, 0, top), in_range(replica.leader, 0, 2),
            in_range(replica.length, 0, bounds.log_length),
            *[in_range(entry, NONE, top) for entry in replica.entries],
            in_range(replica.empty_epoch, NONE, top),
            in_range(replica.high_watermark, 0, bounds.log_length)]


def domain(state: ClusterState, bounds: Bounds) -> Term:
    """The ranges every variable stays in (the transitions keep them; this helps the solver)."""
    return all_of(in_range(state.leader, 0, 2), in_range(state.epoch, 0, bounds.epochs),
                  in_range(state.acked_length, 0, bounds.log_length),
                  *[in_range(entry, NONE, bounds.epochs) for entry in state.acked],
                  *[term for replica in state.replicas
                    for term in _replica_domain(replica, bounds)])


def initial(state: ClusterState) -> Term:
    """A new partition: A leads at epoch 0, every log is empty, the ISR is any set holding A.

    Any ISR is consistent with empty logs; letting the solver pick it saves the steps a run
    would otherwise spend shrinking it.
    """
    replicas = [all_of(replica.epoch.eq(0), replica.leader.eq(0), replica.length.eq(0),
                       replica.is_truncated, *[entry.eq(NONE) for entry in replica.entries],
                       replica.empty_epoch.eq(0 if index == 0 else NONE),
                       replica.high_watermark.eq(0))
                for index, replica in enumerate(state.replicas)]
    return all_of(state.leader.eq(0), state.epoch.eq(0), state.isr[0],
                  state.acked_length.eq(0), *[entry.eq(NONE) for entry in state.acked],
                  *replicas)


def flatten(state: ClusterState) -> list[Term]:
    """Every variable of a state in one fixed order (the transition is written per variable)."""
    terms = [state.leader, state.epoch, *state.isr, state.acked_length, *state.acked]
    for r in state.replicas:
        terms += [r.epoch, r.leader, r.is_truncated, r.length, *r.entries, r.empty_epoch,
                  r.high_watermark]
    return terms


def believes_leader(state: ClusterState, replica: int) -> Term:
    """The replica takes itself for the leader at the epoch it knows (it may be deposed)."""
    return state.replicas[replica].leader.eq(replica)


def is_true_leader(state: ClusterState, replica: int) -> Term:
    """The controller's leader, and it has learned its current epoch."""
    mine = state.replicas[replica]
    return all_of(state.leader.eq(replica), mine.epoch.eq(state.epoch), mine.leader.eq(replica))


def isr_size(state: ClusterState) -> Term:
    return sum((if_then_else(member, number(1), number(0)) for member in state.isr),
               start=number(0))
