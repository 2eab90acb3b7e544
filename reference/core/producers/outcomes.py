"""What the producer state answers about a batch: accepted, a duplicate, or rejected with a code.

Codes the producer checks give: OUT_OF_ORDER_SEQUENCE_NUMBER (45), INVALID_PRODUCER_EPOCH (47),
INVALID_TXN_STATE (48), TRANSACTION_COORDINATOR_FENCED (52); DUPLICATE_SEQUENCE_NUMBER (46) only
under the `reject-instead-of-dedupe` mutant. Kafka 4's append path never gives
UNKNOWN_PRODUCER_ID (59), and PRODUCER_FENCED (90) is the coordinators' answer, not a produce's.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from spec.generated.errors import ErrorCode


class AppendOrigin(Enum):
    """Who appends, which decides how much is checked (Kafka's `AppendOrigin`).

    CLIENT: a produce request, checked fully (duplicates, epoch, sequence, transaction state).
    COORDINATOR: the group/transaction coordinator's own writes: epoch and transaction state,
    no sequence (offset commits carry none). REPLICATION: a follower copying the leader, and the
    log replaying itself on load: a stale epoch is only logged, sequences are not checked.
    """

    CLIENT = "client"
    COORDINATOR = "coordinator"
    REPLICATION = "replication"


@dataclass(frozen=True, slots=True)
class Accepted:
    """Append the batch, then call `record_batch`; `starts_transaction` if it opens one."""

    starts_transaction: bool = False


@dataclass(frozen=True, slots=True)
class DuplicateBatch:
    """The batch is already in the log: answer success with these values and write nothing.

    Kafka sets the produce answer's log append time to the cached batch's max timestamp even
    under CreateTime (`appendInfo.setLogAppendTime(duplicate.timestamp())`), so a duplicate's
    answer carries that timestamp where a first write would carry -1.
    """

    first_offset: int
    last_offset: int
    log_append_time_ms: int
    log_start_offset: int

    def __post_init__(self) -> None:
        assert 0 <= self.first_offset <= self.last_offset, (self.first_offset, self.last_offset)
        assert self.log_start_offset >= 0, self.log_start_offset


@dataclass(frozen=True, slots=True)
class Rejected:
    """Refuse the whole append with Kafka's error code; nothing is written or remembered."""

    error: ErrorCode
    message: str


@dataclass(frozen=True, slots=True)
class TxnVerification:
    """The partition's verification state for a producer (Kafka's `VerificationStateEntry`).

    Present only while a transactional produce has been verified with the coordinator but has
    not yet written: `lowest_sequence` is the smallest sequence seen in that window and
    `supports_epoch_bump` says the producer uses transactions v2 (KIP-890).
    """

    lowest_sequence: int
    supports_epoch_bump: bool


@dataclass(frozen=True, slots=True)
class CompletedTxn:
    """A transaction a COMMIT/ABORT marker closed (Kafka's `CompletedTxn`)."""

    producer_id: int
    first_offset: int
    last_offset: int
    is_aborted: bool


ValidationResult = Accepted | DuplicateBatch | Rejected
