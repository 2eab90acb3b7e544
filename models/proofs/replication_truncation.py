"""Where a follower truncates to: one round of KIP-101/279, or a historic rule (a mutant).

A round is what AbstractFetcherThread.getOffsetTruncationState does with one answer: the
follower asks for its latest epoch; the leader answers (epoch, end offset) from its cache. If the
follower has that epoch too, it truncates to the smaller of the two end offsets and is done;
if not, it truncates to the end of its largest epoch below the answer and asks again (KIP-279);
an undefined answer leaves the log as it is (the fetch offset of a log with epochs is its end);
a follower with no epoch at all truncates to its high watermark. Kafka 4.x runs the same
arithmetic on the diverging epoch of a Fetch response (v12+) instead of an OffsetsForLeaderEpoch
round trip; the model does not tell the two apart.

Mutants: `truncate-to-high-watermark` (before KIP-101) truncates to the local high watermark
without asking; `kip-101-epoch-lookup-without-tail-match` (KIP-101 before KIP-279) truncates to
the leader's end offset without checking that the answer's epoch is one the follower has.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from models.proofs.replication_epochs import end_offset_for, latest_epoch
from models.proofs.replication_state import NONE, ReplicaState
from models.z3_typed import Term, bool_val, if_then_else, minimum, negate


@dataclass(frozen=True, slots=True)
class TruncationRound:
    offset: Term
    is_done: Term


def truncation_round(follower: ReplicaState, leader: ReplicaState,
                     mutants: Set[str]) -> TruncationRound:
    to_high_watermark = minimum(follower.high_watermark, follower.length)
    if "truncate-to-high-watermark" in mutants:
        return TruncationRound(to_high_watermark, bool_val(True))
    requested = latest_epoch(follower)
    answer = end_offset_for(leader, requested)
    to_leader_end = minimum(answer.end_offset, follower.length)
    if "kip-101-epoch-lookup-without-tail-match" in mutants:
        matched = TruncationRound(to_leader_end, bool_val(True))
    else:
        matched = _match_answer(follower, answer.epoch, answer.end_offset)
    has_no_epoch = requested.eq(NONE)
    is_undefined = answer.end_offset.eq(NONE)
    offset = if_then_else(has_no_epoch, to_high_watermark, if_then_else(
        is_undefined, follower.length, matched.offset))
    is_done = if_then_else(has_no_epoch, bool_val(True), if_then_else(
        is_undefined, bool_val(True), matched.is_done))
    return TruncationRound(offset, is_done)


def _match_answer(follower: ReplicaState, leader_epoch: Term,
                  leader_end_offset: Term) -> TruncationRound:
    mine = end_offset_for(follower, leader_epoch)
    unknown_to_follower = mine.epoch.eq(NONE)
    differs = negate(mine.epoch.eq(leader_epoch))
    agreed = minimum(minimum(mine.end_offset, leader_end_offset), follower.length)
    offset = if_then_else(
        unknown_to_follower, minimum(leader_end_offset, follower.length),
        if_then_else(differs, minimum(mine.end_offset, follower.length), agreed))
    is_done = if_then_else(unknown_to_follower, bool_val(True), negate(differs))
    return TruncationRound(offset, is_done)
