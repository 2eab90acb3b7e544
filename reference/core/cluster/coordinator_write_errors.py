"""A coordinator's answer when the records it wrote for a request were not replicated.

Source: Kafka 4.x CoordinatorOperationExceptionHelper.handleOperationException and the per-API
  error builders of GroupCoordinatorService (group coordinator); the status mapping of
  TransactionStateManager.appendTransactionToLog and the error results of TransactionCoordinator
  and KafkaApis (transaction coordinator); GroupMetadataManager's
  appendGroupMetadataErrorToResponseError for the classic group's JoinGroup and SyncGroup.
Behaviour: the append outcome a write ends with (the partition stopped being led here:
  NOT_LEADER_OR_FOLLOWER; the wait passed: REQUEST_TIMED_OUT; the ISR was below
  min.insync.replicas: NOT_ENOUGH_REPLICAS, before the write or after it) becomes a coordinator
  error, and the request is answered with it in that API's error shape:

  | append outcome                     | group coordinator       | transaction coordinator |
  |------------------------------------|-------------------------|-------------------------|
  | NOT_LEADER_OR_FOLLOWER             | NOT_COORDINATOR         | NOT_COORDINATOR         |
  | REQUEST_TIMED_OUT                  | COORDINATOR_NOT_AVAIL.  | COORDINATOR_NOT_AVAIL.  |
  | NOT_ENOUGH_REPLICAS                | COORDINATOR_NOT_AVAIL.  | COORDINATOR_NOT_AVAIL.  |
  | NOT_ENOUGH_REPLICAS_AFTER_APPEND   | (cannot happen: acks=1) | COORDINATOR_NOT_AVAIL.  |

  | API (key)                    | error answer                                                |
  |------------------------------|-------------------------------------------------------------|
  | OffsetCommit (8)             | every requested partition carries the error                 |
  | TxnOffsetCommit (28)         | every requested partition carries the error                 |
  | JoinGroup (11)               | error, member id "" (Kafka undoes the static member's       |
  |                              | replacement), the group's generation, protocol and leader   |
  | SyncGroup (14)               | error, the group's protocol, an empty assignment            |
  | LeaveGroup (13)              | top-level error, no members                                 |
  | Heartbeat (12)               | error                                                       |
  | DeleteGroups (42)            | every group carries the error                               |
  | OffsetDelete (47)            | top-level error, no topics                                  |
  | ConsumerGroupHeartbeat (68)  | error, no message                                           |
  | InitProducerId (22)          | error, producer id -1, epoch -1                             |
  | AddPartitionsToTxn (24)      | v0-3: every partition; v4+: every partition of each         |
  |                              | transaction that wrote (not verify-only, no error of its own)|
  | AddOffsetsToTxn (25)         | error                                                       |
  | EndTxn (26)                  | error (v5: producer id -1, epoch -1)                        |

  The group coordinator appends with acks=1 and answers once the high watermark passes its
  records (CoordinatorPartitionWriter, the runtime's deferred events), so only the transaction
  coordinator, which appends with acks=-1, is refused for a small ISR.
Divergences: the answers are built from the success answer the coordinator had already made:
  its in-memory state has moved, where Kafka's reverts the pending transition (so kspec's
  JoinGroup error names the replacement as leader, Kafka's the old member id); see
  conformance/divergences/reference.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import Enum
from typing import Any

from spec.generated.add_offsets_to_txn import AddOffsetsToTxnRequest, AddOffsetsToTxnResponse
from spec.generated.add_partitions_to_txn import AddPartitionsToTxnRequest
from spec.generated.consumer_group_heartbeat import (
    ConsumerGroupHeartbeatRequest,
    ConsumerGroupHeartbeatResponse,
)
from spec.generated.delete_groups import DeleteGroupsRequest
from spec.generated.end_txn import EndTxnRequest, EndTxnResponse
from spec.generated.errors import ErrorCode
from spec.generated.heartbeat import HeartbeatRequest, HeartbeatResponse
from spec.generated.init_producer_id import InitProducerIdRequest, InitProducerIdResponse
from spec.generated.join_group import JoinGroupRequest, JoinGroupResponse
from spec.generated.leave_group import LeaveGroupRequest, LeaveGroupResponse
from spec.generated.offset_commit import OffsetCommitRequest
from spec.generated.offset_delete import OffsetDeleteRequest, OffsetDeleteResponse
from spec.generated.sync_group import SyncGroupRequest
from spec.generated.txn_offset_commit import TxnOffsetCommitRequest

E = ErrorCode
Message = Any  # a generated response dataclass
ErrorAnswer = Callable[[Message, Message, int, ErrorCode], Message]


class Coordinator(Enum):
    GROUP = "group"
    TRANSACTION = "transaction"


_TO_COORDINATOR_ERROR: dict[Coordinator, dict[ErrorCode, ErrorCode]] = {
    Coordinator.GROUP: {
        E.UNKNOWN_TOPIC_OR_PARTITION: E.COORDINATOR_NOT_AVAILABLE,
        E.NOT_ENOUGH_REPLICAS: E.COORDINATOR_NOT_AVAILABLE,
        E.REQUEST_TIMED_OUT: E.COORDINATOR_NOT_AVAILABLE,
        E.NOT_LEADER_OR_FOLLOWER: E.NOT_COORDINATOR,
        E.KAFKA_STORAGE_ERROR: E.NOT_COORDINATOR,
    },
    Coordinator.TRANSACTION: {
        E.UNKNOWN_TOPIC_OR_PARTITION: E.COORDINATOR_NOT_AVAILABLE,
        E.NOT_ENOUGH_REPLICAS: E.COORDINATOR_NOT_AVAILABLE,
        E.NOT_ENOUGH_REPLICAS_AFTER_APPEND: E.COORDINATOR_NOT_AVAILABLE,
        E.REQUEST_TIMED_OUT: E.COORDINATOR_NOT_AVAILABLE,
        E.NOT_LEADER_OR_FOLLOWER: E.NOT_COORDINATOR,
        E.KAFKA_STORAGE_ERROR: E.NOT_COORDINATOR,
    },
}


def coordinator_error(coordinator: Coordinator, append_error: ErrorCode) -> ErrorCode:
    """The error a coordinator answers for an append that ended with `append_error`."""
    assert append_error is not ErrorCode.NONE, "a replicated write answers as it is"
    return _TO_COORDINATOR_ERROR[coordinator].get(append_error, append_error)


def coordinator_of(api_key: int) -> Coordinator | None:
    """Which coordinator serves the API, if it is one whose writes are answered here."""
    if api_key in _TRANSACTION_ANSWERS:
        return Coordinator.TRANSACTION
    return Coordinator.GROUP if api_key in _GROUP_ANSWERS else None


def error_answer(api_key: int, request: Message, reply: Message, version: int,
                 error: ErrorCode) -> Message | None:
    """The API's answer carrying `error`; None for an API without an error shape here."""
    build = _GROUP_ANSWERS.get(api_key) or _TRANSACTION_ANSWERS.get(api_key)
    return None if build is None else build(request, reply, version, error)


def transactional_ids(request: Message) -> tuple[str, ...]:
    """The transactional ids a transaction coordinator request names (whose timeouts bound
    its write: Kafka appends a transaction's state with the transaction's own timeout)."""
    if isinstance(request, AddPartitionsToTxnRequest):
        return (tuple(txn.transactional_id for txn in request.transactions)
                or (request.v3_and_below_transactional_id,))
    transactional_id = getattr(request, "transactional_id", None)
    return () if transactional_id is None else (transactional_id,)


# -- the group coordinator's answers ---------------------------------------------------------

def _every_partition(_request: Message, reply: Message, _version: int,
                     error: ErrorCode) -> Message:
    """OffsetCommitRequest / TxnOffsetCommitRequest.getErrorResponse: the success answer lists
    every requested partition, in the version's form; each takes the error."""
    return replace(reply, topics=tuple(
        replace(topic, partitions=tuple(replace(partition, error_code=error)
                                        for partition in topic.partitions))
        for topic in reply.topics))


def _join_group(_request: JoinGroupRequest, reply: JoinGroupResponse, _version: int,
                error: ErrorCode) -> JoinGroupResponse:
    # Only a static member's replacement writes during a JoinGroup; its failure answers with
    # UNKNOWN_MEMBER_ID's empty member id and the group as it was.
    return JoinGroupResponse(error_code=error, generation_id=reply.generation_id,
                             protocol_type=reply.protocol_type,
                             protocol_name=reply.protocol_name, leader=reply.leader,
                             skip_assignment=False, member_id="", members=())


def _sync_group(_request: SyncGroupRequest, reply: Message, _version: int,
                error: ErrorCode) -> Message:
    return replace(reply, error_code=error, assignment=b"")


def _leave_group(_request: LeaveGroupRequest, _reply: Message, _version: int,
                 error: ErrorCode) -> LeaveGroupResponse:
    return LeaveGroupResponse(error_code=error, members=())


def _heartbeat(_request: HeartbeatRequest, _reply: Message, _version: int,
               error: ErrorCode) -> HeartbeatResponse:
    return HeartbeatResponse(error_code=error)


def _delete_groups(_request: DeleteGroupsRequest, reply: Message, _version: int,
                   error: ErrorCode) -> Message:
    return replace(reply, results=tuple(replace(result, error_code=error)
                                        for result in reply.results))


def _offset_delete(_request: OffsetDeleteRequest, _reply: Message, _version: int,
                   error: ErrorCode) -> OffsetDeleteResponse:
    return OffsetDeleteResponse(error_code=error, topics=())


def _consumer_group_heartbeat(_request: ConsumerGroupHeartbeatRequest, _reply: Message,
                              _version: int, error: ErrorCode) -> ConsumerGroupHeartbeatResponse:
    return ConsumerGroupHeartbeatResponse(error_code=error, error_message=None)


# -- the transaction coordinator's answers ---------------------------------------------------

def _init_producer_id(_request: InitProducerIdRequest, _reply: Message, _version: int,
                      error: ErrorCode) -> InitProducerIdResponse:
    return InitProducerIdResponse(error_code=error, producer_id=-1, producer_epoch=-1)


def _add_partitions_to_txn(request: AddPartitionsToTxnRequest, reply: Message, version: int,
                           error: ErrorCode) -> Message:
    if version <= 3:
        return replace(reply, results_by_topic_v3_and_below=_with_error(
            reply.results_by_topic_v3_and_below, error))
    verify_only = {txn.transactional_id for txn in request.transactions if txn.verify_only}
    results = []
    for result in reply.results_by_transaction:
        wrote = result.transactional_id not in verify_only and all(
            partition.partition_error_code == ErrorCode.NONE
            for topic in result.topic_results for partition in topic.results_by_partition)
        results.append(replace(result, topic_results=_with_error(result.topic_results, error))
                       if wrote else result)
    return replace(reply, results_by_transaction=tuple(results))


def _with_error(topics: tuple[Any, ...], error: ErrorCode) -> tuple[Any, ...]:
    return tuple(replace(topic, results_by_partition=tuple(
        replace(partition, partition_error_code=error)
        for partition in topic.results_by_partition)) for topic in topics)


def _add_offsets_to_txn(_request: AddOffsetsToTxnRequest, _reply: Message, _version: int,
                        error: ErrorCode) -> AddOffsetsToTxnResponse:
    return AddOffsetsToTxnResponse(error_code=error)


def _end_txn(_request: EndTxnRequest, _reply: Message, _version: int,
             error: ErrorCode) -> EndTxnResponse:
    return EndTxnResponse(error_code=error, producer_id=-1, producer_epoch=-1)


_GROUP_ANSWERS: dict[int, ErrorAnswer] = {
    OffsetCommitRequest.API_KEY: _every_partition,
    TxnOffsetCommitRequest.API_KEY: _every_partition,
    JoinGroupRequest.API_KEY: _join_group,
    SyncGroupRequest.API_KEY: _sync_group,
    LeaveGroupRequest.API_KEY: _leave_group,
    HeartbeatRequest.API_KEY: _heartbeat,
    DeleteGroupsRequest.API_KEY: _delete_groups,
    OffsetDeleteRequest.API_KEY: _offset_delete,
    ConsumerGroupHeartbeatRequest.API_KEY: _consumer_group_heartbeat,
}

_TRANSACTION_ANSWERS: dict[int, ErrorAnswer] = {
    InitProducerIdRequest.API_KEY: _init_producer_id,
    AddPartitionsToTxnRequest.API_KEY: _add_partitions_to_txn,
    AddOffsetsToTxnRequest.API_KEY: _add_offsets_to_txn,
    EndTxnRequest.API_KEY: _end_txn,
}
