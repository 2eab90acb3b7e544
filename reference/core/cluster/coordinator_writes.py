"""How a coordinator's write for a request ends in a cluster: replicated, or an append error.

Source: Kafka 4.x CoordinatorPartitionWriter (the group coordinator appends with acks=1, then the
  runtime answers once the partition's high watermark passes the records, or fails the write
  after offsets.commit.timeout.ms, or with NOT_COORDINATOR when the partition is unloaded) and
  TransactionStateManager.appendTransactionToLog (acks=-1 through the produce path: refused
  with NOT_ENOUGH_REPLICAS while the ISR is below min.insync.replicas,
  NOT_ENOUGH_REPLICAS_AFTER_APPEND if it shrank meanwhile, REQUEST_TIMED_OUT after the
  transaction's own timeout, NOT_LEADER_OR_FOLLOWER if the partition stopped being led here).
Behaviour: `outcome` is the append error a write ended with, NONE once replicated, None while
  it waits; coordinator_write_errors turns it into the API's answer.
Divergences: the ISR check comes after the records were appended (kspec's coordinators write
  as they decide), so a refused transaction write is still in the log; see
  conformance/divergences/reference.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reference.core.cluster.coordinator_write_errors import Coordinator, transactional_ids
from reference.core.partition import Partition
from spec.generated.errors import ErrorCode

if TYPE_CHECKING:
    from reference.core.broker import Broker


@dataclass(frozen=True, slots=True)
class CoordinatorWrite:
    """Records a request's coordinator appended: where they end, and under which leadership."""

    partition: Partition
    end_offset: int
    leadership_term: int


def writes_of(broker: Broker) -> list[CoordinatorWrite]:
    """The writes of the request just handled (`InternalTopic.append` noted them)."""
    return [CoordinatorWrite(partition, end_offset, _leadership_term(partition))
            for partition, end_offset in broker.coordinator_writes.items()]


def _leadership_term(partition: Partition) -> int:
    return -1 if partition.replica is None else partition.replica.leadership_terms


def refused_up_front(coordinator: Coordinator, writes: list[CoordinatorWrite]) -> ErrorCode:
    """NOT_ENOUGH_REPLICAS for an acks=-1 (transaction) write while its partition's ISR is
    smaller than min.insync.replicas (Partition.appendRecordsToLeader's check); NONE if not."""
    if coordinator is not Coordinator.TRANSACTION:
        return ErrorCode.NONE  # acks=1: no ISR check before the append
    if any(write.partition.is_under_min_isr() for write in writes):
        return ErrorCode.NOT_ENOUGH_REPLICAS
    return ErrorCode.NONE


def outcome(coordinator: Coordinator, write: CoordinatorWrite) -> ErrorCode | None:
    """NONE once replicated, the append error it failed with, or None while it waits."""
    replica = write.partition.replica
    if replica is None:
        return ErrorCode.NONE  # one node: the append itself was enough
    leader = replica.leader
    if leader is None or replica.leadership_terms != write.leadership_term:
        return ErrorCode.NOT_LEADER_OR_FOLLOWER  # it stopped leading since the append
    if coordinator is Coordinator.TRANSACTION:
        reached, error = leader.replicas_reached(write.end_offset,
                                                 write.partition.config.min_insync_replicas)
        return error if reached else None
    return ErrorCode.NONE if write.partition.high_watermark >= write.end_offset else None


def outcome_of_all(coordinator: Coordinator, writes: list[CoordinatorWrite]) -> ErrorCode | None:
    """The first failure among the writes, NONE when all are replicated, None while waiting."""
    outcomes = [outcome(coordinator, write) for write in writes]
    failed = [error for error in outcomes if error not in (None, ErrorCode.NONE)]
    if failed:
        return failed[0]
    return None if None in outcomes else ErrorCode.NONE


def write_timeout_ms(broker: Broker, coordinator: Coordinator, request: Any) -> int:
    """offsets.commit.timeout.ms for the group coordinator; for the transaction coordinator the
    longest timeout of the transactions the request names, as Kafka appends a transaction's
    state with its own timeout (request.timeout.ms if none is known)."""
    if coordinator is Coordinator.GROUP:
        return broker.config.int_value("offsets.commit.timeout.ms")
    known = broker.transactions.coordinator.transactions
    timeouts = [known[transactional_id].timeout_ms
                for transactional_id in transactional_ids(request) if transactional_id in known]
    return max(timeouts, default=broker.config.int_value("request.timeout.ms"))
