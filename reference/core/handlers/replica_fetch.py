"""Fetch (key 1) from a follower broker (replica id >= 0, v12+): the leader's side of replication.

Behaviour (Kafka's `ReplicaManager.fetchMessages` with `isFromFollower`, `Partition.fetchRecords`
and `updateFollowerFetchState`), per partition:
- a partition the metadata does not have: UNKNOWN_TOPIC_OR_PARTITION; one this broker holds no
  replica of, or does not lead: NOT_LEADER_OR_FOLLOWER;
- the follower's current_leader_epoch below the leader's: FENCED_LEADER_EPOCH, above it:
  UNKNOWN_LEADER_EPOCH (KIP-320);
- a last_fetched_epoch the leader's log ends earlier for (or does not have): `diverging_epoch`
  with that epoch's end offset and no records, so the follower truncates (KIP-595 style);
- otherwise the batches from fetch_offset up to the leader's log end offset (not the high
  watermark), then the follower's progress is recorded: it may join the ISR (an AlterPartition
  to the controller; from v15 only if the fetch carried the broker epoch the metadata has for
  it, KIP-903) and move the high watermark, which is sent in the answer as it was before this
  fetch (Kafka reads before it records).
An answer with no bytes waits up to max_wait_ms for data, like a consumer's fetch; the follower's
progress is recorded once, at the first read. Followers here fetch without sessions
(session_id 0, epoch -1), as a Kafka follower may.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reference.core.log.offsets import OffsetOutOfRangeError
from reference.core.replication.values import FetchRequest as ReplicaFetchRequest
from reference.core.replication.values import FetchResponse as ReplicaFetchResponse
from reference.core.requests import Defer, Reply, RequestContext, Respond
from reference.core.topics import TopicPartition
from spec.generated.errors import ErrorCode
from spec.generated.fetch import FetchRequest, FetchResponse
from spec.wire import ExternalBytes

if TYPE_CHECKING:
    from reference.core.broker import Broker

FIRST_VERSION_WITH_REPLICA_STATE = 15
FIRST_VERSION_WITH_TOPIC_IDS = 13

PartitionData = FetchResponse.PartitionData


@dataclass(frozen=True, slots=True)
class Asked:
    topic: FetchRequest.FetchTopic
    name: str | None
    partition: FetchRequest.FetchPartition
    replica_epoch: int  # the follower's broker epoch (v15+), -1 before


def replica_id_of(request: FetchRequest, version: int) -> int:
    """The fetching broker's id (-1 for a consumer): top-level before v15, then ReplicaState."""
    if version >= FIRST_VERSION_WITH_REPLICA_STATE:
        return request.replica_state.replica_id
    return request.replica_id


def handle(broker: Broker, context: RequestContext, request: FetchRequest,
           replica_id: int) -> Reply:
    version = context.api_version
    replica_epoch = (request.replica_state.replica_epoch
                     if version >= FIRST_VERSION_WITH_REPLICA_STATE else -1)
    asked = [Asked(topic, topic_name(broker, topic, version), part, replica_epoch)
             for topic in request.topics for part in topic.partitions]
    answers = [first_read(broker, context, replica_id, one) for one in asked]
    if request.max_wait_ms <= 0 or any(readable(answer) for answer in answers) or not asked:
        return Respond(response(asked, answers, version))
    seen_version = broker.data_version

    def poll(now_ms: int, is_deadline: bool) -> Respond | None:
        nonlocal seen_version, answers
        if broker.data_version != seen_version:
            seen_version = broker.data_version
            answers = [reread(broker, replica_id, one, answer)
                       for one, answer in zip(asked, answers, strict=True)]
        if is_deadline or any(readable(answer) for answer in answers):
            return Respond(response(asked, answers, version))
        return None

    return Defer(deadline_ms=context.now_ms + request.max_wait_ms, poll=poll)


def topic_name(broker: Broker, topic: FetchRequest.FetchTopic, version: int) -> str | None:
    if version >= FIRST_VERSION_WITH_TOPIC_IDS:
        return broker.topics.names_by_id.get(topic.topic_id)
    return topic.topic


def readable(answer: PartitionData) -> bool:
    records = answer.records
    if records is None:
        return False
    return (len(records) if isinstance(records, bytes) else records.size_bytes) > 0


def first_read(broker: Broker, context: RequestContext, replica_id: int,
               asked: Asked) -> PartitionData:
    """Read for the follower, then record its progress (`updateFollowerFetchState`)."""
    answer = read(broker, replica_id, asked, context.now_ms)
    if answer.error_code != ErrorCode.NONE or answer.diverging_epoch.epoch >= 0:
        return answer
    partition = broker.partition(asked.name or "", asked.partition.partition)
    assert partition is not None and partition.replica is not None and broker.cluster is not None
    leader = partition.replica.leader
    assert leader is not None
    before = partition.high_watermark
    partition.replica_log.now_ms = context.now_ms
    proposal = leader.record_follower_fetch(as_replica_request(replica_id, asked),
                                            context.now_ms, partition.log_end_offset)
    broker.cluster.propose(TopicPartition(partition.topic, partition.index), proposal)
    if partition.high_watermark != before:
        broker.note_append()  # acks=-1 produces and consumer fetches may now complete
    return answer


def reread(broker: Broker, replica_id: int, asked: Asked, previous: PartitionData) -> PartitionData:
    if previous.error_code != ErrorCode.NONE or previous.diverging_epoch.epoch >= 0:
        return previous
    return read(broker, replica_id, asked, now_ms=None)


def as_replica_request(replica_id: int, asked: Asked) -> ReplicaFetchRequest:
    return ReplicaFetchRequest(replica_id, asked.partition.current_leader_epoch,
                               asked.partition.fetch_offset, asked.partition.last_fetched_epoch,
                               asked.replica_epoch, asked.partition.log_start_offset)


def read(broker: Broker, replica_id: int, asked: Asked, now_ms: int | None) -> PartitionData:
    index = asked.partition.partition
    if asked.name is None:
        return failed(index, ErrorCode.UNKNOWN_TOPIC_ID)
    partition = broker.partition(asked.name, index)
    if partition is None or partition.replica is None or not partition.replica.is_alive:
        located = broker.leader_partition(asked.name, index)
        code = located if isinstance(located, ErrorCode) else ErrorCode.NOT_LEADER_OR_FOLLOWER
        return failed(index, code)
    request = as_replica_request(replica_id, asked)
    if now_ms is None:  # a re-read for a waiting answer: the first read passed the checks
        if partition.replica.leader is None:
            return failed(index, ErrorCode.NOT_LEADER_OR_FOLLOWER)
        if 0 <= request.current_leader_epoch < partition.replica.leader_epoch:
            return failed(index, ErrorCode.FENCED_LEADER_EPOCH)
        refused = None
    else:
        refused = partition.replica.refuse_fetch(request, now_ms)
    if refused is not None:
        answer, proposal = refused
        if broker.cluster is not None:
            broker.cluster.propose(TopicPartition(asked.name, index), proposal)
        return from_replica_response(index, answer, partition.log_start_offset)
    leader = partition.replica.leader
    assert leader is not None
    checked = leader.check_fetch(request)
    if checked is not None:
        return from_replica_response(index, checked, partition.log_start_offset)
    high_watermark = partition.high_watermark
    try:
        data = partition.log.read(request.fetch_offset, asked.partition.partition_max_bytes)
    except OffsetOutOfRangeError:
        return failed(index, ErrorCode.OFFSET_OUT_OF_RANGE)
    records: bytes | ExternalBytes = data.slices[0] if data.slices else b""
    return PartitionData(partition_index=index, error_code=ErrorCode.NONE,
                         high_watermark=high_watermark,
                         last_stable_offset=partition.last_stable_offset,
                         log_start_offset=partition.log_start_offset, records=records)


def from_replica_response(index: int, answer: ReplicaFetchResponse,
                          log_start_offset: int) -> PartitionData:
    if answer.error != ErrorCode.NONE:
        return failed(index, answer.error)
    diverging = answer.diverging_epoch
    assert diverging is not None, answer
    return PartitionData(partition_index=index, error_code=ErrorCode.NONE,
                         high_watermark=answer.high_watermark, log_start_offset=log_start_offset,
                         diverging_epoch=FetchResponse.EpochEndOffset(
                             epoch=diverging.epoch, end_offset=diverging.end_offset),
                         records=b"")


def failed(index: int, code: ErrorCode) -> PartitionData:
    return PartitionData(partition_index=index, error_code=code, high_watermark=-1,
                         last_stable_offset=-1, log_start_offset=-1, records=b"")


def response(asked: list[Asked], answers: list[PartitionData], version: int) -> FetchResponse:
    grouped: dict[int, tuple[FetchRequest.FetchTopic, list[PartitionData]]] = {}
    for one, answer in zip(asked, answers, strict=True):
        grouped.setdefault(id(one.topic), (one.topic, []))[1].append(answer)
    uses_ids = version >= FIRST_VERSION_WITH_TOPIC_IDS
    return FetchResponse(responses=tuple(
        FetchResponse.FetchableTopicResponse(
            topic="" if uses_ids else topic.topic, topic_id=topic.topic_id,
            partitions=tuple(datas))
        for topic, datas in grouped.values()))
