"""The historic runs behind each replication mutant, as schedules of kinds of action.

Searching every interleaving grows about fivefold per step (docs/proofs.md), so the general
search stops at a few steps; the historic bugs need 6 to 13. A schedule fixes only the kind of
action at each step ("someone appends", "the controller elects someone", "someone learns the
epoch"); z3 still chooses who acts, how many records, which ISR the partition starts with.
Along its schedule each mutant breaks a named invariant, and the correct design does not.
"""

from __future__ import annotations

KINDS = ("crashes", "appends", "elects", "learns", "truncates", "fetches", "advances",
         "shrinks", "expands", "nothing")
"""Kinds of action, matched in this order against an action's text ("crashes" first: a
leader's crash also elects)."""


def kind_of(text: str) -> str:
    return next(kind for kind in KINDS if kind in text)


MUTANT_SCHEDULES: dict[str, tuple[str, tuple[str, ...]]] = {
    "truncate-to-high-watermark": (
        "KIP-101: a follower truncates to its high watermark, which lags the leader's, after "
        "an epoch change, and an acknowledged record is gone from an ISR member",
        ("appends", "fetches", "advances", "elects", "learns", "truncates")),
    "kip-101-epoch-lookup-without-tail-match": (
        "KIP-279: after two fast leader changes the follower's last epoch is unknown to the "
        "leader, whose end offset for an older epoch keeps the follower's diverging record",
        ("appends", "fetches", "appends", "elects", "learns", "appends", "elects", "learns",
         "learns", "truncates", "advances")),
    "kip-279-without-fencing": (
        "KIP-320: a follower asks a leader that has not learned its own election yet; the "
        "stale answer leaves the follower's record from the middle epoch in place",
        ("appends", "elects", "learns", "appends", "learns", "truncates", "fetches", "elects",
         "learns", "truncates", "learns", "shrinks", "advances")),
    "hw-from-stale-epoch-follower": (
        "KIP-320's first design: the leader counts a follower still on epoch 0, whose record "
        "at offset 0 the leader no longer has",
        ("appends", "fetches", "elects", "learns", "appends", "learns", "truncates", "fetches",
         "elects", "learns", "shrinks", "advances")),
    "truncate-only-on-leader-change": (
        "KAFKA-7164: the follower skips an epoch and sees the same leader, so it does not "
        "truncate the record that leader lost while it followed another",
        ("appends", "fetches", "elects", "learns", "learns", "truncates", "elects", "learns",
         "learns", "appends", "shrinks", "advances")),
}
"""Mutant -> (the story, the kind of action at each step)."""
