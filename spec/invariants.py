"""Named invariants: each defined once, here, as a pure predicate.

The core asserts them (`check`), the Hypothesis models call them as `@invariant`s, the simulator
checks them after every step, and the Z3 encodings mirror them with a comment pointing back here.
Names follow the public TLA+ models of Kafka where one exists.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from itertools import pairwise
from typing import NamedTuple


class InvariantViolated(AssertionError):
    """A named invariant does not hold; `details` carries the values that show it."""

    def __init__(self, name: str, **details: object) -> None:
        shown = ", ".join(f"{key}={value!r}" for key, value in details.items())
        super().__init__(f"{name}: {shown}")
        self.name = name
        self.details = details


def check(name: str, holds: bool, **details: object) -> None:
    """Raise `InvariantViolated(name, ...)` unless `holds`."""
    if not holds:
        raise InvariantViolated(name, **details)


# --- Log (issue 4) -----------------------------------------------------------------------------

def offsets_dense_and_increasing(offsets: Sequence[int]) -> bool:
    """OffsetsDenseAndIncreasing: each offset is exactly one past the previous one."""
    return all(later == earlier + 1 for earlier, later in pairwise(offsets))


def high_watermark_within_log(log_start_offset: int, high_watermark: int,
                              log_end_offset: int) -> bool:
    """HighWatermarkWithinLog: log start offset <= high watermark <= log end offset."""
    return 0 <= log_start_offset <= high_watermark <= log_end_offset


def high_watermark_monotonic(before: int, after: int) -> bool:
    """HighWatermarkMonotonic: within one leader epoch the high watermark never goes back."""
    return after >= before


def leader_epoch_monotonic(before: int, after: int) -> bool:
    """LeaderEpochMonotonic: a partition's leader epoch never decreases."""
    return after >= before


# --- Idempotent producers (issue 4) ------------------------------------------------------------

class ProducerWrite(NamedTuple):
    """One batch an idempotent producer got into a partition's log, as the producer checks see it.

    Sequences are int32 and wrap from 2**31 - 1 to 0 (Kafka's `DefaultRecordBatch`), so a batch
    may cover e.g. [2**31 - 2, 2**31 - 1, 0].
    """

    producer_id: int
    producer_epoch: int
    base_sequence: int
    last_sequence: int


_SEQUENCE_MODULUS = 2**31


def _sequence_spans(write: ProducerWrite) -> list[tuple[int, int]]:
    """The closed intervals of sequences `write` covers: one, or two when it wraps."""
    if write.base_sequence <= write.last_sequence:
        return [(write.base_sequence, write.last_sequence)]
    return [(write.base_sequence, _SEQUENCE_MODULUS - 1), (0, write.last_sequence)]


def idempotent_no_duplicate(writes: Sequence[ProducerWrite]) -> bool:
    """IdempotentNoDuplicate: no (producer id, epoch, sequence) is written twice in the log."""
    spans_by_producer: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for write in writes:
        key = (write.producer_id, write.producer_epoch)
        spans_by_producer.setdefault(key, []).extend(_sequence_spans(write))
    for spans in spans_by_producer.values():
        spans.sort()
        if any(later[0] <= earlier[1] for earlier, later in pairwise(spans)):
            return False
    return True


def idempotent_no_gap(writes: Sequence[ProducerWrite]) -> bool:
    """IdempotentNoGap: within one producer epoch, each write starts right after the previous one.

    `writes` are in log order; the first write of an epoch may start anywhere (the log's head
    may have been deleted, and a broker that holds no state for a producer accepts any sequence).
    """
    last_sequence_by_producer: dict[tuple[int, int], int] = {}
    for write in writes:
        key = (write.producer_id, write.producer_epoch)
        previous = last_sequence_by_producer.get(key)
        if previous is not None and write.base_sequence != (previous + 1) % _SEQUENCE_MODULUS:
            return False
        last_sequence_by_producer[key] = write.last_sequence
    return True


def fenced_epoch_never_writes(writes: Sequence[ProducerWrite]) -> bool:
    """FencedEpochNeverWrites: once a producer id wrote with an epoch, no lower epoch writes after.

    `writes` are in log order: per producer id, epochs never go down.
    """
    highest_epoch_by_producer: dict[int, int] = {}
    for write in writes:
        highest = highest_epoch_by_producer.get(write.producer_id, write.producer_epoch)
        if write.producer_epoch < highest:
            return False
        highest_epoch_by_producer[write.producer_id] = write.producer_epoch
    return True


# --- Fetch sessions (issue 4) ------------------------------------------------------------------

def fetch_session_ids_valid(session_ids: Sequence[int], low: int, high: int) -> bool:
    """FetchSessionIdsValid: session ids are never 0 (INVALID_SESSION_ID), are unique, and fall
    in the id range [low, high) of the cache shard that holds them."""
    return (len(set(session_ids)) == len(session_ids)
            and all(session_id != 0 and low <= session_id < high for session_id in session_ids))


# --- Durable log (issue 4) ----------------------------------------------------------------------

def recovery_point_within_log(log_start_offset: int, recovery_point: int,
                              log_end_offset: int) -> bool:
    """RecoveryPointWithinLog: what is known flushed never passes the log end offset.

    The recovery point may sit below the log start offset (after DeleteRecords), never above LEO.
    """
    return 0 <= recovery_point <= log_end_offset and 0 <= log_start_offset <= log_end_offset


def batch_offsets_increasing(previous_next_offset: int, base_offset: int, last_offset: int,
                             *, is_dense: bool) -> bool:
    """OffsetsDenseAndIncreasing for one appended batch: it starts at (dense: exactly at, sparse:
    at or after) the log end offset and covers at least one offset."""
    starts_right = (base_offset == previous_next_offset if is_dense
                    else base_offset >= previous_next_offset)
    return starts_right and last_offset >= base_offset


# --- Idempotent producers: what the application sees (issue 4) ---------------------------------

def record_written_once(record_ids: Sequence[int]) -> bool:
    """RecordWrittenOnce: a record the application sent once sits in the log at most once.

    `record_ids` are the application's ids of the records in log order. This is Jepsen's
    `duplicate` anomaly; it catches duplicates that (producer id, epoch, sequence) cannot see, such
    as a record re-sent under a new epoch after the broker wrongly refused its first copy.
    """
    return len(set(record_ids)) == len(record_ids)


def acknowledged_at_offset(acknowledged: Mapping[int, int], offsets: Mapping[int, int]) -> bool:
    """AcknowledgedAtOffset: every acknowledged record is in the log at the offset its answer named.

    `acknowledged` maps record id to the offset the produce answer gave (the original offset,
    for a duplicate); `offsets` maps record id to where the record is in the log.
    """
    return all(offsets.get(record_id) == offset for record_id, offset in acknowledged.items())


# --- Group assignments (issue 5) ---------------------------------------------------------------

GroupAssignment = Mapping[str, Mapping[str, frozenset[int]]]
"""member id -> topic -> partitions, as an assignor returns it."""


def no_double_assignment(assignment: GroupAssignment) -> bool:
    """NoDoubleAssignment: no partition is owned by two members of one generation / epoch."""
    seen: set[tuple[str, int]] = set()
    for topics in assignment.values():
        for topic, partitions in topics.items():
            for partition in partitions:
                if (topic, partition) in seen:
                    return False
                seen.add((topic, partition))
    return True


def subscribed_partitions_assigned(assignment: GroupAssignment,
                                   subscriptions: Mapping[str, frozenset[str]],
                                   partition_counts: Mapping[str, int]) -> bool:
    """SubscribedPartitionsAssigned: every partition of a topic someone subscribes to is owned,
    each member owns only partitions of topics it subscribes to, and nothing else is owned."""
    wanted = {(topic, partition) for topics in subscriptions.values() for topic in topics
              for partition in range(partition_counts[topic])}
    owned: set[tuple[str, int]] = set()
    for member_id, topics in assignment.items():
        for topic, partitions in topics.items():
            if partitions and topic not in subscriptions.get(member_id, ()):
                return False
            owned.update((topic, partition) for partition in partitions)
    return owned == wanted


def _owned_count(topics: Mapping[str, frozenset[int]] | None, only: str | None = None) -> int:
    if topics is None:
        return 0
    return sum(len(partitions) for topic, partitions in topics.items()
               if only is None or topic == only)


def balanced_among_equal_subscriptions(assignment: GroupAssignment,
                                       subscriptions: Mapping[str, frozenset[str]]) -> bool:
    """AssignmentBalanced: members with equal subscriptions own counts at most one apart."""
    counts_by_subscription: dict[frozenset[str], list[int]] = {}
    for member_id, topics in subscriptions.items():
        counts_by_subscription.setdefault(frozenset(topics), []).append(
            _owned_count(assignment.get(member_id)))
    return all(max(counts) - min(counts) <= 1 for counts in counts_by_subscription.values())


def balanced_per_topic(assignment: GroupAssignment,
                       subscriptions: Mapping[str, frozenset[str]]) -> bool:
    """AssignmentBalancedPerTopic: for each topic, its subscribers own counts at most one apart
    (what `range` promises; its totals may differ by more across topics)."""
    topics = {topic for subscribed in subscriptions.values() for topic in subscribed}
    for topic in topics:
        counts = [_owned_count(assignment.get(member_id), only=topic)
                  for member_id, subscribed in subscriptions.items() if topic in subscribed]
        if max(counts) - min(counts) > 1:
            return False
    return True


# --- Classic groups (issue 5) ------------------------------------------------------------------

def generation_monotonic(before: int, after: int) -> bool:
    """GenerationMonotonic: a classic group's generation id never decreases."""
    return after >= before


def one_leader_per_generation(announced: Mapping[int, str], generation_id: int,
                              leader_id: str) -> bool:
    """OneLeaderPerGeneration: one generation has one leader; `announced` maps the generations
    so far to their leader. A static member counts by its group.instance.id: a restart inside a
    Stable generation changes its member id and, in JoinGroup v9+ (KIP-814), tells the new id
    it leads, yet it is the same leader."""
    return announced.get(generation_id, leader_id) == leader_id


# --- Committed offsets (issue 5) ---------------------------------------------------------------

OffsetKey = tuple[str, str, int]
"""(group id, topic, partition) of one committed offset."""


class OffsetChange(NamedTuple):
    """One change an operation asks of a committed offset: `offset` None deletes it (OffsetDelete,
    DeleteGroups, retention expiry), an int commits it."""

    key: OffsetKey
    offset: int | None


def committed_offsets_change_only_by_commit(before: Mapping[OffsetKey, int],
                                            after: Mapping[OffsetKey, int],
                                            operations: Sequence[OffsetChange]) -> bool:
    """CommittedOffsetsChangeOnlyByCommit: an offset nobody touched keeps its value; a touched one
    ends at what the last operation on it asked (committed to that value, or gone)."""
    asked: dict[OffsetKey, int | None] = {}
    for change in operations:
        asked[change.key] = change.offset
    for key in before.keys() | after.keys():
        wanted = asked[key] if key in asked else before.get(key)
        if after.get(key) != wanted:
            return False
    return all(after.get(key) == wanted for key, wanted in asked.items())


# --- KIP-848 consumer groups (issue 5) ---------------------------------------------------------

def member_epoch_monotonic(before: int, after: int) -> bool:
    """MemberEpochMonotonic: a consumer-group member's epoch never goes back, except to the
    leave sentinels a member takes on its way out (-1 left or fenced, -2 a static member that
    will be back)."""
    return after >= before or after in (-1, -2)


def stale_commit_refused(is_accepted: bool, is_member: bool, holds_current_generation: bool,
                         is_awaiting_assignment: bool) -> bool:
    """StaleCommitRefused: a classic group accepts an offset commit that names a member or a
    generation only from a current member holding the current generation, and not while the group
    waits for the leader's assignment (CompletingRebalance): a member that was removed, fenced or
    left behind by a rebalance cannot move the group's committed offsets."""
    return not is_accepted or (is_member and holds_current_generation
                               and not is_awaiting_assignment)


# --- Replication (issue 6) ---------------------------------------------------------------------

def leader_in_isr(leader: int, isr: Collection[int]) -> bool:
    """LeaderInIsr: a partition's leader is a member of its ISR (no leader, -1, is vacuous)."""
    return leader < 0 or leader in isr


def strong_isr(committed: Sequence[object], isr_logs: Mapping[int, Sequence[object]]) -> bool:
    """StrongIsr / LeaderCompleteness: every record below the leader's high watermark
    (`committed`, from offset 0) is present, identical, on every member of the true ISR."""
    size = len(committed)
    return all(len(log) >= size and list(log[:size]) == list(committed)
               for log in isr_logs.values())


def log_matching(log: Sequence[object], high_watermark: int,
                 other_log: Sequence[object], other_high_watermark: int) -> bool:
    """LogMatching: two replicas agree on every offset below the smaller of their high
    watermarks."""
    below = min(high_watermark, other_high_watermark)
    return list(log[:below]) == list(other_log[:below])


def no_committed_record_lost(acknowledged: Mapping[int, object],
                             isr_logs: Mapping[int, Sequence[object]]) -> bool:
    """NoCommittedRecordLost: every record acknowledged with acks=all (offset -> record) is still
    at its offset on every member of the ISR, so any clean election keeps it."""
    return all(offset < len(log) and log[offset] == record
               for offset, record in acknowledged.items() for log in isr_logs.values())


# --- Transaction coordinator (issue 8) ---------------------------------------------------------

# Kafka's TransactionState.validPreviousStates, by state name (the names DescribeTransactions
# shows): the states a transactional id may move to each state from.
TRANSACTION_VALID_PREVIOUS_STATES: Mapping[str, frozenset[str]] = {
    "Empty": frozenset({"Empty", "CompleteCommit", "CompleteAbort"}),
    "Ongoing": frozenset({"Ongoing", "Empty", "CompleteCommit", "CompleteAbort"}),
    "PrepareCommit": frozenset({"Ongoing"}),
    "PrepareAbort": frozenset({"Ongoing", "PrepareEpochFence", "Empty", "CompleteCommit",
                               "CompleteAbort"}),
    "CompleteCommit": frozenset({"PrepareCommit"}),
    "CompleteAbort": frozenset({"PrepareAbort"}),
    "Dead": frozenset({"Empty", "CompleteAbort", "CompleteCommit"}),
    "PrepareEpochFence": frozenset({"Ongoing"}),
}


def transaction_state_transition_valid(before: str, after: str) -> bool:
    """TransactionStateTransitionValid: a transactional id moves to `after` only from one of
    Kafka's valid previous states of `after`."""
    return before in TRANSACTION_VALID_PREVIOUS_STATES.get(after, frozenset())


def producer_epoch_monotonic(before: tuple[int, int], after: tuple[int, int]) -> bool:
    """ProducerEpochMonotonic: per transactional id, (producer id, epoch) before and after a
    change: under one producer id the epoch never goes down (a new producer id starts over)."""
    (producer_id_before, epoch_before), (producer_id_after, epoch_after) = before, after
    return producer_id_before != producer_id_after or epoch_after >= epoch_before


# --- Classic groups: assignment delivery (issue 5) ---------------------------------------------

def assignment_as_leader_sent(sent: Mapping[str, bytes], member: str, received: bytes) -> bool:
    """AssignmentAsLeaderSent: a classic group member's SyncGroup answer for a generation carries,
    byte for byte, what that generation's leader assigned it (`sent`: member -> bytes); nothing
    when the leader left it out. A stale or misrouted assignment breaks it even where
    NoDoubleAssignment still holds."""
    return sent.get(member, b"") == received


# --- Transactions in the log (issue 8) ---------------------------------------------------------

def no_aborted_read(delivered: Collection[object], aborted: Collection[object]) -> bool:
    """NoAbortedRead: a read_committed consumer is never given a record of an aborted
    transaction (after dropping what the Fetch answer's aborted transactions list names)."""
    return not set(delivered) & set(aborted)


def no_torn_transaction(delivered: Collection[object],
                        transactions: Sequence[Collection[object]]) -> bool:
    """NoTornTransaction: of each transaction's records in one partition, a read_committed
    consumer that read up to the last stable offset sees all or none."""
    seen = set(delivered)
    return all(set(records) <= seen or not set(records) & seen for records in transactions)


def last_stable_offset_below_open_transaction(last_stable_offset: int,
                                              open_first_offsets: Collection[int]) -> bool:
    """LastStableOffsetBelowOpenTransaction: the last stable offset never passes the first
    offset of a transaction still open in the partition."""
    return all(last_stable_offset <= first for first in open_first_offsets)


def no_lost_committed_write(delivered: Collection[object],
                            committed: Collection[object]) -> bool:
    """NoLostCommittedWrite: with no transaction open in the partition, a read_committed
    consumer reading it whole gets every record of every committed transaction."""
    return set(committed) <= set(delivered)


def consistent_read(consumed: Mapping[int, object], log: Sequence[object],
                    high_watermark: int) -> bool:
    """ConsistentRead: a record a consumer read at an offset (`consumed`, offset -> record) is
    what a replica holds there once the offset is below that replica's high watermark, so a
    read record never changes or disappears (no retention or DeleteRecords here)."""
    below = min(high_watermark, len(log))
    return all(log[offset] == record for offset, record in consumed.items() if offset < below)


def torn_record_never_served(records: Sequence[object], torn: Collection[object]) -> bool:
    """TornRecordNeverServed: a record a crash left half written (`torn`) is never in a running
    replica's log nor handed to a reader: recovery cuts it at the next start (LogSegment.recover
    truncates at the first batch whose CRC does not match), before the log serves anything."""
    return not any(record in torn for record in records)
