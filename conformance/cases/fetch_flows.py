"""Fetch sessions, topic ids, isolation levels, byte limits and offset lookups as raw requests.

Kafka's behaviour (errors.tsv numbers in brackets):
- Fetch sessions (KIP-227, FetchSession.scala / FetchManager.newContext): a full fetch with
  session epoch 0 opens a session; an incremental fetch names only partitions whose fetch
  position changed, and is answered only with partitions that have records, a changed high
  watermark or log start offset, or an error; `forgotten_topics_data` drops partitions from the
  session; epoch -1 closes the session and is served as a sessionless full fetch. A wrong epoch
  is INVALID_FETCH_SESSION_EPOCH [71], an unknown session FETCH_SESSION_ID_NOT_FOUND [70], both
  in the top-level error code with no partitions.
- Fetch v13+ names topics by id: an unknown id is UNKNOWN_TOPIC_ID [100]
  (KafkaApis.handleFetchRequest).
- aborted_transactions is null under read_uncommitted and a list under read_committed
  (KafkaApis: `abortedTransactions.orElse(null)`).
- The first partition with data returns at least one whole batch even past max_bytes and
  partition_max_bytes (KIP-74); later partitions get what budget is left.
- A current_leader_epoch above the leader's: UNKNOWN_LEADER_EPOCH [75] in Fetch, ListOffsets and
  OffsetForLeaderEpoch (Partition.getLocalLog / localLogWithEpochOrThrow).
- ListOffsets: -2 earliest, -1 latest, -3 max timestamp (v7+, the offset of the record with the
  largest timestamp since KAFKA-16310), -4 earliest local (v8+, KIP-405), -5 latest tiered (v9+,
  -1 without tiered storage), or the first record at or after a timestamp
  (Partition.fetchOffsetForTimestamp).
"""

from __future__ import annotations

import uuid

from conformance.case import TopicSetup
from conformance.cases.flows import Flow, RawClient, raw_flow
from spec.generated.fetch import FetchRequest
from spec.generated.list_offsets import ListOffsetsRequest
from spec.generated.metadata import MetadataRequest
from spec.generated.offset_for_leader_epoch import OffsetForLeaderEpochRequest
from spec.generated.produce import ProduceRequest
from spec.records.batch import Record, encode_batch

TOPIC = "cases-fetch"
BASE_TIMESTAMP_MS = 1_700_000_000_000
# Never allocated by the broker a case runs against (a session id or topic id nobody was given).
UNKNOWN_SESSION_ID = 123_456_789
UNKNOWN_TOPIC_ID = uuid.UUID("5e1f0b4e-0000-4000-8000-00000000beef")


def _produce(client: RawClient, partition: int, first: int, count: int, *,
             value_bytes: int = 8, timestamp_steps: tuple[int, ...] = ()) -> None:
    steps = timestamp_steps or tuple(range(count))
    records = [Record(index, BASE_TIMESTAMP_MS + first + steps[index],
                      f"key-{first + index}".encode(), b"v" * value_bytes)
               for index in range(count)]
    client.call(ProduceRequest(acks=1, timeout_ms=10_000, topic_data=(
        ProduceRequest.TopicProduceData(name=TOPIC, partition_data=(
            ProduceRequest.PartitionProduceData(index=partition,
                                                records=encode_batch(records)),)),)), 9)


def _fetch(positions: dict[int, int], *, session_id: int = 0, session_epoch: int = -1,
           forgotten: tuple[int, ...] = (), isolation_level: int = 0,
           max_bytes: int = 1_048_576, partition_max_bytes: int = 65_536,
           current_leader_epoch: int = -1) -> FetchRequest:
    partitions = tuple(FetchRequest.FetchPartition(
        partition=partition, fetch_offset=offset, partition_max_bytes=partition_max_bytes,
        current_leader_epoch=current_leader_epoch) for partition, offset in positions.items())
    topics = (FetchRequest.FetchTopic(topic=TOPIC, partitions=partitions),) if partitions else ()
    forgotten_topics = (FetchRequest.ForgottenTopic(topic=TOPIC, partitions=forgotten),
                        ) if forgotten else ()
    return FetchRequest(max_wait_ms=0, min_bytes=1, max_bytes=max_bytes,
                        isolation_level=isolation_level, session_id=session_id,
                        session_epoch=session_epoch, topics=topics,
                        forgotten_topics_data=forgotten_topics)


def _session_incremental_forgotten(client: RawClient) -> None:
    for partition in (0, 1):
        _produce(client, partition, 0, 2)
    session = client.call(_fetch({0: 0, 1: 0}, session_epoch=0), 12).session_id
    client.call(_fetch({0: 2, 1: 2}, session_id=session, session_epoch=1), 12)
    client.call(_fetch({}, session_id=session, session_epoch=2, forgotten=(1,)), 12)
    for partition in (0, 1):
        _produce(client, partition, 2, 1)
    client.call(_fetch({}, session_id=session, session_epoch=3), 12)
    client.call(_fetch({0: 3}, session_id=session, session_epoch=-1), 12)


def _session_errors(client: RawClient) -> None:
    _produce(client, 0, 0, 2)
    session = client.call(_fetch({0: 0}, session_epoch=0), 12).session_id
    client.call(_fetch({0: 2}, session_id=session, session_epoch=5), 12)
    client.call(_fetch({0: 2}, session_id=UNKNOWN_SESSION_ID, session_epoch=1), 12)
    client.call(_fetch({0: 2}, session_id=session, session_epoch=1), 12)


def _topic_ids(client: RawClient) -> None:
    _produce(client, 0, 0, 2)
    metadata = client.call(MetadataRequest(topics=(
        MetadataRequest.MetadataRequestTopic(name=TOPIC),), allow_auto_topic_creation=False), 12)
    known_id = metadata.topics[0].topic_id
    for topic_id in (known_id, UNKNOWN_TOPIC_ID):
        client.call(FetchRequest(max_wait_ms=0, min_bytes=1, max_bytes=1_048_576, topics=(
            FetchRequest.FetchTopic(topic_id=topic_id, partitions=(FetchRequest.FetchPartition(
                partition=0, fetch_offset=0, partition_max_bytes=65_536),)),)), 13)


def _isolation_levels(client: RawClient) -> None:
    _produce(client, 0, 0, 3)
    for isolation_level in (0, 1):
        for version in (4, 12):
            client.call(_fetch({0: 0}, isolation_level=isolation_level), version)


def _byte_limits(client: RawClient) -> None:
    for partition in (0, 1):
        _produce(client, partition, 0, 2, value_bytes=300)
        _produce(client, partition, 2, 2, value_bytes=300)
    client.call(_fetch({0: 0, 1: 0}, max_bytes=100, partition_max_bytes=100), 12)
    client.call(_fetch({0: 0, 1: 0}, max_bytes=1_048_576, partition_max_bytes=100), 12)


def _leader_epoch_ahead(client: RawClient) -> None:
    _produce(client, 0, 0, 2)
    client.call(_fetch({0: 0}, current_leader_epoch=5), 12)
    client.call(ListOffsetsRequest(replica_id=-1, topics=(ListOffsetsRequest.ListOffsetsTopic(
        name=TOPIC, partitions=(ListOffsetsRequest.ListOffsetsPartition(
            partition_index=0, current_leader_epoch=5, timestamp=-1),)),)), 7)
    client.call(OffsetForLeaderEpochRequest(replica_id=-1, topics=(
        OffsetForLeaderEpochRequest.OffsetForLeaderTopic(topic=TOPIC, partitions=(
            OffsetForLeaderEpochRequest.OffsetForLeaderPartition(
                partition=0, current_leader_epoch=5, leader_epoch=0),
            OffsetForLeaderEpochRequest.OffsetForLeaderPartition(
                partition=7, leader_epoch=0))),)), 4)


def _list_offsets_specs(client: RawClient) -> None:
    # One batch whose largest timestamp is on its middle record.
    _produce(client, 0, 0, 3, timestamp_steps=(0, 5, 2))
    for timestamp, version in [(-2, 9), (-1, 9), (-3, 9), (-4, 9), (-5, 9),
                               (BASE_TIMESTAMP_MS + 3, 9), (-1, 1), (-3, 7)]:
        client.call(ListOffsetsRequest(replica_id=-1, topics=(
            ListOffsetsRequest.ListOffsetsTopic(name=TOPIC, partitions=(
                ListOffsetsRequest.ListOffsetsPartition(partition_index=0,
                                                        timestamp=timestamp),)),)), version)


def fetch_flows() -> list[Flow]:
    one, two = (TopicSetup(TOPIC, 1),), (TopicSetup(TOPIC, 2),)
    return [
        raw_flow("fetch-session-incremental-forgotten",
                 "Fetch v12 sessions (KIP-227) over two partitions holding two records each: a "
                 "full fetch opens the session; an incremental one with both positions moved "
                 "answers no partition (nothing changed); one forgets partition 1; after one "
                 "more record in each partition an empty incremental fetch answers partition 0 "
                 "alone; epoch -1 closes the session (a sessionless answer, session id 0).",
                 drive=_session_incremental_forgotten, setup=two),
        raw_flow("error-fetch-session-errors",
                 "Fetch v12: a session opened, then an incremental fetch at epoch 5 instead of "
                 "1 (INVALID_FETCH_SESSION_EPOCH), one naming a session that does not exist "
                 "(FETCH_SESSION_ID_NOT_FOUND), then the right epoch, which is served "
                 "(FetchManager.newContext).", drive=_session_errors, setup=one),
        raw_flow("fetch-by-topic-id",
                 "Metadata v12 gives the topic's id; Fetch v13 by that id reads the records; "
                 "Fetch v13 by an id no topic has answers UNKNOWN_TOPIC_ID (KIP-516).",
                 drive=_topic_ids, setup=one),
        raw_flow("fetch-isolation-levels",
                 "Fetch v4 and v12, sessionless, under read_uncommitted and read_committed of "
                 "a partition holding three records: the same records up to offset 3 (no "
                 "open transaction, so the last stable offset is the high watermark); "
                 "aborted_transactions null for read_uncommitted, an empty list for "
                 "read_committed (KafkaApis.handleFetchRequest).", drive=_isolation_levels,
                 setup=one),
        raw_flow("fetch-byte-limits",
                 "Fetch v12 over two partitions of two ~700-byte batches each: with max_bytes "
                 "and partition_max_bytes 100, partition 0 still returns its first whole batch "
                 "and partition 1 none (KIP-74); with only partition_max_bytes 100, partition "
                 "0 again returns its first whole batch and partition 1 its first 100 bytes, a "
                 "cut batch (only the first partition reads with minOneMessage: "
                 "ReplicaManager.readFromLog).", drive=_byte_limits, setup=two),
        raw_flow("error-leader-epoch-ahead",
                 "A current_leader_epoch of 5 against a leader at epoch 0: Fetch v12, "
                 "ListOffsets v7 and OffsetForLeaderEpoch v4 answer UNKNOWN_LEADER_EPOCH "
                 "(Partition.localLogWithEpochOrThrow); OffsetForLeaderEpoch for a missing "
                 "partition answers UNKNOWN_TOPIC_OR_PARTITION.", drive=_leader_epoch_ahead,
                 setup=one),
        raw_flow("list-offsets-every-spec",
                 "One batch of three records stamped t, t+5, t+2; ListOffsets v9 for earliest "
                 "(0), latest (3), max timestamp (offset 1, the record with the largest "
                 "timestamp, since KAFKA-16310), earliest local (0, KIP-405), latest tiered "
                 "(-1: no tiered storage, KIP-1005), the first record at or after t+3 "
                 "(offset 1); ListOffsets v1 latest and v7 max timestamp "
                 "(Partition.fetchOffsetForTimestamp).", drive=_list_offsets_specs, setup=one),
    ]
