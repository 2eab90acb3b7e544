"""The replication model's actions: each a guard and the whole next state, one per step.

- produce: a replica that takes itself for the leader appends a batch in its epoch (a deposed
  leader that has not heard yet appends too: only fencing keeps its records out of the ISR).
- elect: the controller picks a leader from its ISR and bumps the leader epoch (the same
  leader again is allowed: KRaft bumps the epoch without moving the leader on some changes).
- learn: a replica learns the controller's epoch and leader (KRaft metadata propagation, which
  may skip epochs); a new leader assigns its epoch at its log end; a follower must truncate.
- truncate: one KIP-101/279 round (models/proofs/replication_truncation.py), answered only by
  a leader on the follower's epoch (KIP-320's current_leader_epoch fencing).
- fetch: a truncated follower on the leader's epoch copies everything past its log end and
  takes the leader's high watermark, capped at its own log end (ReplicaFetcherThread).
- advance: the leader on the controller's epoch moves its high watermark to the smallest log
  end among the ISR, counting a follower only once it has truncated on the leader's epoch
  (Partition.maybeIncrementLeaderHW); acks=all writes below it are acknowledged while the ISR
  has min.insync.replicas members (Partition.checkEnoughReplicasReachOffset).
- shrink / expand: the leader changes the ISR through the controller (AlterPartition, fenced by
  leader epoch); a follower joins once its log end reaches the high watermark and the start of
  the leader's epoch (Partition.isFollowerInSync).
- crash: a broker restarts with a prefix of its log (the unflushed suffix is lost, and the high
  watermark with it); the controller fences it out of the ISR, electing a successor from the
  ISR if it led. The last ISR member never crashes: that is more than acks=all promises.
Mutants change the guards or the truncation rule (REPLICATION_MUTANTS).
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import replace

from models.proofs.replication_epochs import appended, epoch_start_offset, filled, truncated
from models.proofs.replication_schedules import kind_of
from models.proofs.replication_state import (
    MIN_INSYNC_REPLICAS,
    NAMES,
    NONE,
    REPLICAS,
    Bounds,
    ClusterState,
    ReplicaState,
    StepChoice,
    believes_leader,
    flatten,
    is_true_leader,
    isr_size,
    number,
)
from models.proofs.replication_truncation import truncation_round
from models.z3_typed import (
    Term,
    all_of,
    any_of,
    bool_val,
    if_then_else,
    minimum,
    negate,
)

REPLICATION_MUTANTS = (
    "truncate-to-high-watermark",
    "kip-101-epoch-lookup-without-tail-match",
    "kip-279-without-fencing",
    "hw-from-stale-epoch-follower",
    "truncate-only-on-leader-change",
)

Instance = tuple[str, Term, ClusterState]
"""An action with its replicas fixed: how the trace names it, its guard, the next state."""


def _with_replica(state: ClusterState, index: int, replica: ReplicaState) -> ClusterState:
    replicas = tuple(replica if r == index else old for r, old in enumerate(state.replicas))
    return replace(state, replicas=replicas)


def _with_isr(state: ClusterState, index: int, member: Term) -> ClusterState:
    return replace(state, isr=tuple(member if r == index else old
                                    for r, old in enumerate(state.isr)))


def _is_counted(state: ClusterState, leader: int, follower: int, mutants: Set[str]) -> Term:
    """Whether the leader counts the follower's log end toward the high watermark.

    Kafka counts a follower by the fetches it serves, and serves only a truncated follower on
    its own epoch (KIP-320); the model reads the follower's log end directly, as if the
    leader had just served a fetch at it.
    """
    theirs, mine = state.replicas[follower], state.replicas[leader]
    if "hw-from-stale-epoch-follower" in mutants:
        # The first KIP-320 design: a follower on an older epoch is served and counted.
        on_epoch = theirs.epoch <= mine.epoch
    else:
        on_epoch = theirs.epoch.eq(mine.epoch)
    return all_of(theirs.leader.eq(leader), theirs.is_truncated, on_epoch)


def _advance(now: ClusterState, leader: int, mutants: Set[str]) -> Instance:
    """The leader moves its HW to the smallest log end in the ISR; acks=all writes below it
    are acknowledged if the ISR still has min.insync.replicas members
    (Partition.maybeIncrementLeaderHW, checkEnoughReplicasReachOffset)."""
    mine = now.replicas[leader]
    candidate = mine.length
    for other in REPLICAS:
        if other != leader:
            known = if_then_else(_is_counted(now, leader, other, mutants),
                                 now.replicas[other].length, NONE)
            candidate = if_then_else(now.isr[other], minimum(candidate, known), candidate)
    guard = all_of(is_true_leader(now, leader), candidate > mine.high_watermark)
    acks = isr_size(now) >= MIN_INSYNC_REPLICAS
    acked_length = if_then_else(all_of(acks, candidate > now.acked_length), candidate,
                                now.acked_length)
    acked = tuple(if_then_else(now.acked_length > index, old,
                               if_then_else(acked_length > index, entry, NONE))
                  for index, (old, entry) in enumerate(zip(now.acked, mine.entries,
                                                           strict=True)))
    after = replace(now, acked_length=acked_length, acked=acked)
    after = _with_replica(after, leader, replace(mine, high_watermark=candidate))
    return f"{NAMES[leader]} advances the high watermark", guard, after


def _produce(now: ClusterState, leader: int, choice: StepChoice, bounds: Bounds) -> Instance:
    mine = now.replicas[leader]
    new_length = mine.length + choice.count
    guard = all_of(believes_leader(now, leader), choice.count >= 1,
                   new_length <= bounds.log_length)
    appended_to = replace(mine, length=new_length, empty_epoch=number(NONE),
                          entries=filled(mine.entries, mine.length, new_length, mine.epoch))
    return f"{NAMES[leader]} appends a batch", guard, _with_replica(now, leader, appended_to)


def _elect(now: ClusterState, leader: int, bounds: Bounds) -> Instance:
    guard = all_of(now.isr[leader], now.epoch < bounds.epochs)
    after = replace(now, leader=number(leader), epoch=now.epoch + 1)
    return f"controller elects {NAMES[leader]}", guard, after


def _learn(now: ClusterState, replica: int, mutants: Set[str]) -> Instance:
    mine = now.replicas[replica]
    is_new_leader = now.leader.eq(replica)
    must_truncate = bool_val(False)
    if "truncate-only-on-leader-change" in mutants:
        # KAFKA-7164: a follower whose leader did not change kept fetching without truncating.
        must_truncate = if_then_else(mine.leader.eq(now.leader), mine.is_truncated,
                                     bool_val(False))
    learned = replace(mine, epoch=now.epoch, leader=now.leader,
                      empty_epoch=if_then_else(is_new_leader, now.epoch, mine.empty_epoch),
                      is_truncated=if_then_else(is_new_leader, bool_val(True), must_truncate))
    return (f"{NAMES[replica]} learns the epoch", now.epoch > mine.epoch,
            _with_replica(now, replica, learned))


def _answers(now: ClusterState, follower: int, leader: int, fenced: bool) -> Term:
    """The leader serves the follower: it leads, and (fenced) on the follower's epoch."""
    same_epoch = now.replicas[follower].epoch.eq(now.replicas[leader].epoch)
    return all_of(believes_leader(now, leader), same_epoch) if fenced else \
        believes_leader(now, leader)


def _truncate(now: ClusterState, follower: int, leader: int, mutants: Set[str]) -> Instance:
    mine = now.replicas[follower]
    step = truncation_round(mine, now.replicas[leader], mutants)
    shrinks = step.offset < mine.length
    length = if_then_else(shrinks, step.offset, mine.length)
    guard = all_of(mine.leader.eq(leader), negate(mine.is_truncated))
    if "truncate-to-high-watermark" not in mutants:
        fenced = "kip-279-without-fencing" not in mutants
        guard = all_of(guard, _answers(now, follower, leader, fenced))
    after = replace(mine, length=length, entries=truncated(mine.entries, length),
                    empty_epoch=if_then_else(shrinks, NONE, mine.empty_epoch),
                    high_watermark=minimum(mine.high_watermark, length),
                    is_truncated=step.is_done)
    return (f"{NAMES[follower]} truncates against {NAMES[leader]}", guard,
            _with_replica(now, follower, after))


def _fetch(now: ClusterState, follower: int, leader: int, mutants: Set[str]) -> Instance:
    """A follower fetches everything the leader has past its log end, and its HW."""
    mine, theirs = now.replicas[follower], now.replicas[leader]
    if "hw-from-stale-epoch-follower" in mutants:
        served = all_of(believes_leader(now, leader), mine.epoch <= theirs.epoch)
    else:
        served = _answers(now, follower, leader, fenced=True)
    guard = all_of(mine.leader.eq(leader), mine.is_truncated, served,
                   mine.length <= theirs.length)
    grows = theirs.length > mine.length
    fetched = replace(mine, length=theirs.length,
                      entries=appended(mine.entries, mine.length, theirs.entries, theirs.length),
                      empty_epoch=if_then_else(grows, NONE, mine.empty_epoch),
                      high_watermark=minimum(theirs.high_watermark, theirs.length))
    return (f"{NAMES[follower]} fetches from {NAMES[leader]}", guard,
            _with_replica(now, follower, fetched))


def _shrink(now: ClusterState, leader: int, follower: int) -> Instance:
    guard = all_of(is_true_leader(now, leader), now.isr[follower])
    return (f"{NAMES[leader]} shrinks the ISR by {NAMES[follower]}", guard,
            _with_isr(now, follower, bool_val(False)))


def _expand(now: ClusterState, leader: int, follower: int, mutants: Set[str]) -> Instance:
    theirs, mine = now.replicas[follower], now.replicas[leader]
    caught_up = all_of(_is_counted(now, leader, follower, mutants),
                       theirs.length >= mine.high_watermark,
                       theirs.length >= epoch_start_offset(mine, mine.epoch))
    guard = all_of(is_true_leader(now, leader), negate(now.isr[follower]), caught_up)
    return (f"{NAMES[leader]} expands the ISR by {NAMES[follower]}", guard,
            _with_isr(now, follower, bool_val(True)))


def _crash(now: ClusterState, replica: int, successor: int | None, choice: StepChoice,
           bounds: Bounds) -> Instance:
    """`replica` restarts with a prefix of its log; `successor` leads next if it led."""
    mine = now.replicas[replica]
    if successor is None:
        guard = negate(now.leader.eq(replica))
        controller = now
        text = f"{NAMES[replica]} crashes and restarts"
    else:
        guard = all_of(now.leader.eq(replica), now.isr[successor], now.epoch < bounds.epochs)
        controller = replace(now, leader=number(successor), epoch=now.epoch + 1)
        text = f"{NAMES[replica]} crashes and restarts; controller elects {NAMES[successor]}"
    guard = all_of(guard, choice.kept >= 0, choice.kept <= mine.length)
    restarted = replace(mine, length=choice.kept, entries=truncated(mine.entries, choice.kept),
                        empty_epoch=number(NONE),
                        high_watermark=minimum(mine.high_watermark, choice.kept),
                        epoch=controller.epoch, leader=controller.leader,
                        is_truncated=bool_val(False))
    fenced = _with_isr(controller, replica, bool_val(False))
    return text, guard, _with_replica(fenced, replica, restarted)


def instances(now: ClusterState, choice: StepChoice, bounds: Bounds,
              mutants: Set[str]) -> list[Instance]:
    """Every action with its replicas fixed, in a fixed order (its index is its code)."""
    pairs = [(a, b) for a in REPLICAS for b in REPLICAS if a != b]
    return [
        ("nothing happens", bool_val(True), now),
        *[_produce(now, r, choice, bounds) for r in REPLICAS],
        *[_elect(now, r, bounds) for r in REPLICAS],
        *[_learn(now, r, mutants) for r in REPLICAS],
        *[_truncate(now, f, leader, mutants) for f, leader in pairs],
        *[_fetch(now, f, leader, mutants) for f, leader in pairs],
        *[_advance(now, r, mutants) for r in REPLICAS],
        *[_shrink(now, leader, f) for leader, f in pairs],
        *[_expand(now, leader, f, mutants) for leader, f in pairs],
        *[_crash(now, r, None, choice, bounds) for r in REPLICAS],
        *[_crash(now, r, s, choice, bounds) for r, s in pairs],
    ]


def transition(now: ClusterState, after: ClusterState, choice: StepChoice, bounds: Bounds,
               mutants: Set[str], kind: str = "") -> tuple[Term, list[str]]:
    """The step relation, and each action code's name for the trace.

    Written per variable: the next value is the expected value of the chosen action among the
    actions that change that variable, else the current one. A variable an action leaves alone
    is the very same term in its expected state, so the chains stay short; bit-blasted, this is
    far smaller than one full-state equality per action. With `kind`, only the actions of that
    kind (replication_schedules.py) may be taken.
    """
    built = instances(now, choice, bounds, mutants)
    allowed = [(code, guard, flatten(state)) for code, (text, guard, state) in enumerate(built)
               if not kind or kind_of(text) == kind]
    enabled = any_of(*[all_of(choice.action.eq(code), guard) for code, guard, _ in allowed])
    updates = []
    for index, (old, new) in enumerate(zip(flatten(now), flatten(after), strict=True)):
        value = old
        for code, _, fields in allowed:
            if fields[index] is not old:
                value = if_then_else(choice.action.eq(code), fields[index], value)
        updates.append(new.eq(value))
    return all_of(enabled, *updates), [text for text, _, _ in built]
