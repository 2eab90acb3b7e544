"""Kafka's leader-epoch cache, read off a modelled log, and the two ways a log changes.

A replica's cache (storage/.../epoch/LeaderEpochFileCache.java) maps each leader epoch to the
offset where it starts. In the model the cache is the log itself (entry i is the epoch record i
was written in, and epochs never decrease along a log, LeaderEpochMonotonic) plus at most one
entry with no record yet: a new leader assigns its epoch at its log end before it writes
(`empty_epoch`). So "the start of the first epoch above e" is the number of records with an
epoch <= e, and `end_offset_for` is Kafka's `endOffsetFor(requestedEpoch, logEndOffset)`:
the latest epoch answers the log end; otherwise the largest epoch <= the one asked and the
start of the first epoch above it; an epoch below every cached one answers itself; one above
every cached one is undefined (-1, -1).
"""

from __future__ import annotations

from dataclasses import dataclass

from models.proofs.replication_state import NONE, ReplicaState, number
from models.z3_typed import (
    Term,
    all_of,
    any_of,
    if_then_else,
    negate,
)


@dataclass(frozen=True, slots=True)
class EpochEnd:
    """An OffsetsForLeaderEpoch answer: (leader epoch, end offset), -1 for undefined."""

    epoch: Term
    end_offset: Term


def latest_epoch(replica: ReplicaState) -> Term:
    last_written = number(NONE)
    for entry in replica.entries:
        last_written = if_then_else(entry >= 0, entry, last_written)
    return if_then_else(replica.empty_epoch >= 0, replica.empty_epoch, last_written)


def records_at_or_below(replica: ReplicaState, epoch: Term) -> Term:
    """Records written in an epoch <= `epoch`: with monotone epochs, where the next one starts."""
    return sum((if_then_else(all_of(entry >= 0, entry <= epoch), number(1), number(0))
                for entry in replica.entries), start=number(0))


def epoch_start_offset(replica: ReplicaState, epoch: Term) -> Term:
    """Where `epoch` starts in this replica's cache: the records of earlier epochs."""
    return sum((if_then_else(all_of(entry >= 0, entry < epoch), number(1), number(0))
                for entry in replica.entries), start=number(0))


def _has_epoch_above(replica: ReplicaState, epoch: Term) -> Term:
    return any_of(replica.empty_epoch > epoch, *[entry > epoch for entry in replica.entries])


def _largest_epoch_at_or_below(replica: ReplicaState, epoch: Term) -> Term:
    largest = number(NONE)
    for entry in replica.entries:
        largest = if_then_else(all_of(entry >= 0, entry <= epoch, entry > largest),
                               entry, largest)
    return largest


def end_offset_for(replica: ReplicaState, requested: Term) -> EpochEnd:
    latest = latest_epoch(replica)
    undefined = any_of(requested.eq(NONE),
                       all_of(negate(requested.eq(latest)),
                              negate(_has_epoch_above(replica, requested))))
    is_latest = all_of(latest >= 0, requested.eq(latest))
    floor = _largest_epoch_at_or_below(replica, requested)
    epoch = if_then_else(undefined, NONE, if_then_else(
        is_latest, requested, if_then_else(floor.eq(NONE), requested, floor)))
    end_offset = if_then_else(undefined, NONE, if_then_else(
        is_latest, replica.length, records_at_or_below(replica, requested)))
    return EpochEnd(epoch, end_offset)


def truncated(entries: tuple[Term, ...], length: Term) -> tuple[Term, ...]:
    return tuple(if_then_else(length > index, entry, NONE) for index, entry in enumerate(entries))


def appended(entries: tuple[Term, ...], length: Term, source: tuple[Term, ...],
             new_length: Term) -> tuple[Term, ...]:
    """The log grown from `length` to `new_length` with `source`'s records at those offsets."""
    return tuple(if_then_else(length > index, own, if_then_else(new_length > index, theirs, NONE))
                 for index, (own, theirs) in enumerate(zip(entries, source, strict=True)))


def filled(entries: tuple[Term, ...], length: Term, new_length: Term,
           epoch: Term) -> tuple[Term, ...]:
    """The log grown from `length` to `new_length` with records of one epoch (a leader append)."""
    return tuple(if_then_else(length > index, own, if_then_else(new_length > index, epoch, NONE))
                 for index, own in enumerate(entries))
