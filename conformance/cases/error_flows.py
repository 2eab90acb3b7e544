"""Error paths as raw requests: what a broker answers when a client names what is not there.

The expected codes are Kafka's (errors.tsv numbers in brackets):
- Metadata for an absent topic with auto-creation off: UNKNOWN_TOPIC_OR_PARTITION [3]
  (KafkaApis.getTopicMetadata).
- CreateTopics: an existing name TOPIC_ALREADY_EXISTS [36]; zero partitions INVALID_PARTITIONS
  [37]; a replication factor above the live brokers INVALID_REPLICATION_FACTOR [38]; a name with
  '/' INVALID_TOPIC_EXCEPTION [17] (ReplicationControlManager.createTopics, Topic.validate).
- Produce, Fetch, ListOffsets to a partition the topic lacks or a topic that does not exist:
  UNKNOWN_TOPIC_OR_PARTITION [3] (ReplicaManager.getPartitionOrError); Fetch past the log end:
  OFFSET_OUT_OF_RANGE [1].
- DeleteTopics of an absent topic: UNKNOWN_TOPIC_OR_PARTITION [3].
- Produce of a batch whose CRC does not match: CORRUPT_MESSAGE [2]; of a batch larger than the
  topic's max.message.bytes: MESSAGE_TOO_LARGE [10] (UnifiedLog.analyzeAndValidateRecords).
- Idempotent Produce (ProducerAppendInfo.checkSequence): from a producer the partition has no
  state for, any first sequence is accepted ("accept writes with any sequence number"); after
  sequences 0-2, a batch starting at 5 is OUT_OF_ORDER_SEQUENCE_NUMBER [45]; the same batch sent
  twice is acknowledged again with its first offset, not appended twice, and the answer's
  log_append_time_ms is the batch's timestamp (UnifiedLog.append sets it from the duplicate's
  BatchMetadata).
- DescribeConfigs of an absent topic: UNKNOWN_TOPIC_OR_PARTITION [3]
  (ConfigHelper.describeConfigs); CreatePartitions to fewer partitions than the topic has:
  INVALID_PARTITIONS [37]; DeleteRecords past the high watermark: OFFSET_OUT_OF_RANGE [1].
- ApiVersions of a version the broker does not serve: UNSUPPORTED_VERSION [35] in the v0 layout
  (KIP-511), listing the ApiVersions range alone (ApiVersionsRequest.getErrorResponse).
"""

from __future__ import annotations

import struct
from collections.abc import Callable

from conformance.case import TopicSetup
from conformance.cases.flows import Flow, RawClient, raw_flow
from spec.generated.create_partitions import CreatePartitionsRequest
from spec.generated.create_topics import CreateTopicsRequest
from spec.generated.delete_records import DeleteRecordsRequest
from spec.generated.delete_topics import DeleteTopicsRequest
from spec.generated.describe_configs import DescribeConfigsRequest
from spec.generated.describe_log_dirs import DescribeLogDirsRequest
from spec.generated.fetch import FetchRequest
from spec.generated.init_producer_id import InitProducerIdRequest
from spec.generated.list_offsets import ListOffsetsRequest
from spec.generated.metadata import MetadataRequest
from spec.generated.offset_for_leader_epoch import OffsetForLeaderEpochRequest
from spec.generated.produce import ProduceRequest
from spec.records.batch import Record, encode_batch

EXISTING = "cases-existing"
ONE_PARTITION = "cases-one-partition"
ABSENT = "cases-no-such-topic"


def _metadata_unknown_topic() -> Flow:
    request = MetadataRequest(topics=(MetadataRequest.MetadataRequestTopic(name=ABSENT),),
                              allow_auto_topic_creation=False)
    return raw_flow("error-metadata-unknown-topic",
                    "Metadata v12 for a topic that does not exist, auto-creation off: "
                    "UNKNOWN_TOPIC_OR_PARTITION.", [(request, 12)])


def _create_topics_errors() -> Flow:
    topic = CreateTopicsRequest.CreatableTopic
    request = CreateTopicsRequest(timeout_ms=10_000, topics=(
        topic(name=EXISTING, num_partitions=1, replication_factor=1),
        topic(name="cases-zero-partitions", num_partitions=0, replication_factor=1),
        topic(name="cases-three-replicas", num_partitions=1, replication_factor=3),
        topic(name="cases/bad-name", num_partitions=1, replication_factor=1),
    ))
    return raw_flow("error-create-topics",
                    "CreateTopics v7: an existing topic, zero partitions, three replicas on "
                    "one broker, a name with '/'; each refused with its own code.",
                    [(request, 7)], setup=(TopicSetup(EXISTING, 1),),
                    cleanup=("cases-zero-partitions", "cases-three-replicas"))


def _produce_errors() -> Flow:
    batch = encode_batch([Record(0, 1_700_000_000_000, b"key", b"value")])
    partition = ProduceRequest.PartitionProduceData
    request = ProduceRequest(acks=1, timeout_ms=10_000, topic_data=(
        ProduceRequest.TopicProduceData(name=ONE_PARTITION, partition_data=(
            partition(index=0, records=batch), partition(index=7, records=batch))),
        ProduceRequest.TopicProduceData(name=ABSENT, partition_data=(
            partition(index=0, records=batch),)),
    ))
    return raw_flow("error-produce-unknown-partition",
                    "Produce v9 (acks=1): partition 0 succeeds at offset 0; partition 7 of a "
                    "one-partition topic and an absent topic answer "
                    "UNKNOWN_TOPIC_OR_PARTITION.", [(request, 9)],
                    setup=(TopicSetup(ONE_PARTITION, 1),))


def _fetch_errors() -> Flow:
    fetch_partition = FetchRequest.FetchPartition
    request = FetchRequest(max_wait_ms=0, min_bytes=1, max_bytes=1_048_576, session_epoch=-1,
                           topics=(FetchRequest.FetchTopic(topic=ONE_PARTITION, partitions=(
                               fetch_partition(partition=0, fetch_offset=100,
                                               partition_max_bytes=65_536),
                               fetch_partition(partition=3, fetch_offset=0,
                                               partition_max_bytes=65_536))),))
    return raw_flow("error-fetch-out-of-range",
                    "Fetch v12 without a session: offset 100 of an empty partition is "
                    "OFFSET_OUT_OF_RANGE; partition 3 of a one-partition topic is "
                    "UNKNOWN_TOPIC_OR_PARTITION.", [(request, 12)],
                    setup=(TopicSetup(ONE_PARTITION, 1),))


def _list_offsets_errors() -> Flow:
    def topic(name: str, partition: int) -> ListOffsetsRequest.ListOffsetsTopic:
        return ListOffsetsRequest.ListOffsetsTopic(name=name, partitions=(
            ListOffsetsRequest.ListOffsetsPartition(partition_index=partition, timestamp=-1),))

    request = ListOffsetsRequest(replica_id=-1, topics=(
        topic(ONE_PARTITION, 0), topic(ONE_PARTITION, 5), topic(ABSENT, 0)))
    return raw_flow("error-list-offsets-unknown-partition",
                    "ListOffsets v7 (latest): an empty partition answers offset 0; a missing "
                    "partition and an absent topic answer UNKNOWN_TOPIC_OR_PARTITION.",
                    [(request, 7)], setup=(TopicSetup(ONE_PARTITION, 1),))


def _delete_unknown_topic() -> Flow:
    request = DeleteTopicsRequest(topic_names=(ABSENT,), timeout_ms=10_000)
    return raw_flow("error-delete-topics-unknown",
                    "DeleteTopics v4 of a topic that does not exist: "
                    "UNKNOWN_TOPIC_OR_PARTITION.", [(request, 4)])


def _produce(topic: str, batch: bytes) -> ProduceRequest:
    return ProduceRequest(acks=-1, timeout_ms=10_000, topic_data=(
        ProduceRequest.TopicProduceData(name=topic, partition_data=(
            ProduceRequest.PartitionProduceData(index=0, records=batch),)),))


def _records(count: int, value_bytes: int = 16) -> list[Record]:
    return [Record(index, 1_700_000_000_000 + index, f"key-{index}".encode(),
                   b"v" * value_bytes) for index in range(count)]


def _produce_corrupt_crc() -> Flow:
    batch = bytearray(encode_batch(_records(2)))
    struct.pack_into(">I", batch, 17, (struct.unpack_from(">I", batch, 17)[0] + 1) % 2**32)
    return raw_flow("error-produce-corrupt-crc",
                    "Produce v9 of a batch whose CRC is off by one: CORRUPT_MESSAGE, nothing "
                    "appended.", [(_produce(ONE_PARTITION, bytes(batch)), 9)],
                    setup=(TopicSetup(ONE_PARTITION, 1),))


def _produce_too_large() -> Flow:
    topic = "cases-small-messages"
    batch = encode_batch(_records(4, value_bytes=100))
    return raw_flow("error-produce-message-too-large",
                    "Produce v9 of a batch of about 500 bytes to a topic with "
                    "max.message.bytes=200: MESSAGE_TOO_LARGE.", [(_produce(topic, batch), 9)],
                    setup=(TopicSetup(topic, 1, 1, (("max.message.bytes", "200"),)),))


def _idempotent(*first_sequences: int) -> Callable[[RawClient], None]:
    """InitProducerId, then one three-record batch per first sequence given."""
    def drive(client: RawClient) -> None:
        producer = client.call(InitProducerIdRequest(transactional_id=None,
                                                     transaction_timeout_ms=60_000), 4)
        for sequence in first_sequences:
            batch = encode_batch(_records(3), producer_id=producer.producer_id,
                                 producer_epoch=producer.producer_epoch,
                                 base_sequence=sequence)
            client.call(_produce(ONE_PARTITION, batch), 9)

    return drive


def _idempotent_flows() -> list[Flow]:
    setup = (TopicSetup(ONE_PARTITION, 1),)
    return [
        raw_flow("produce-idempotent-first-sequence-not-zero",
                 "InitProducerId v4, then an idempotent Produce v9 whose first batch starts at "
                 "sequence 5: accepted, as Kafka has no state for the producer "
                 "(ProducerAppendInfo.checkSequence).", drive=_idempotent(5), setup=setup),
        raw_flow("error-produce-out-of-order-sequence",
                 "InitProducerId v4, a batch of sequences 0-2, then one starting at 5: "
                 "OUT_OF_ORDER_SEQUENCE_NUMBER.", drive=_idempotent(0, 5), setup=setup),
        raw_flow("produce-idempotent-duplicate",
                 "InitProducerId v4, then the same idempotent batch (sequences 0-2) twice: "
                 "both answers say base offset 0 and the log holds it once; the second's "
                 "log_append_time_ms is the batch's max timestamp (UnifiedLog.append).",
                 drive=_idempotent(0, 0), setup=setup),
    ]


def _api_versions_unsupported() -> Flow:
    # Header v2 by hand (ApiVersions v99 has no schema to encode with): key 18, version 99,
    # correlation id 1, client id "kspec-cases", no tagged fields; an empty flexible body.
    client_id = b"kspec-cases"
    frame = struct.pack(">hhih", 18, 99, 1, len(client_id)) + client_id + b"\x00" + b"\x01\x01\x00"

    def drive(client: RawClient) -> None:
        client.send_frame(frame)

    return raw_flow("error-api-versions-unsupported-version",
                    "ApiVersions v99: UNSUPPORTED_VERSION in the v0 layout (KIP-511), listing "
                    "only the ApiVersions range (ApiVersionsRequest.getErrorResponse).",
                    drive=drive)


def _admin_errors() -> Flow:
    topic = "cases-three-partitions"
    describe = DescribeConfigsRequest(resources=(
        DescribeConfigsRequest.DescribeConfigsResource(resource_type=2, resource_name=ABSENT,
                                                       configuration_keys=None),))
    shrink = CreatePartitionsRequest(timeout_ms=10_000, topics=(
        CreatePartitionsRequest.CreatePartitionsTopic(name=topic, count=2, assignments=None),))
    delete_records = DeleteRecordsRequest(timeout_ms=10_000, topics=(
        DeleteRecordsRequest.DeleteRecordsTopic(name=topic, partitions=(
            DeleteRecordsRequest.DeleteRecordsPartition(partition_index=0, offset=10),)),))
    return raw_flow("error-admin-configs-partitions-records",
                    "DescribeConfigs v4 of an absent topic (UNKNOWN_TOPIC_OR_PARTITION), "
                    "CreatePartitions v3 from three partitions down to two "
                    "(INVALID_PARTITIONS), DeleteRecords v2 at offset 10 of an empty partition "
                    "(OFFSET_OUT_OF_RANGE).", [(describe, 4), (shrink, 3), (delete_records, 2)],
                    setup=(TopicSetup(topic, 3),))


def _offsets_of_a_written_partition() -> Flow:
    """OffsetForLeaderEpoch, ListOffsets under both isolation levels, and DescribeLogDirs on a
    partition holding three records (no transactions: the last stable offset is the high
    watermark)."""
    topic_request = OffsetForLeaderEpochRequest.OffsetForLeaderTopic
    epochs = OffsetForLeaderEpochRequest(replica_id=-1, topics=(topic_request(
        topic=ONE_PARTITION, partitions=(
            OffsetForLeaderEpochRequest.OffsetForLeaderPartition(partition=0, leader_epoch=0),
            OffsetForLeaderEpochRequest.OffsetForLeaderPartition(partition=0, leader_epoch=5),
        )),))

    def latest(isolation_level: int) -> ListOffsetsRequest:
        return ListOffsetsRequest(replica_id=-1, isolation_level=isolation_level, topics=(
            ListOffsetsRequest.ListOffsetsTopic(name=ONE_PARTITION, partitions=(
                ListOffsetsRequest.ListOffsetsPartition(partition_index=0, timestamp=-1),)),))

    log_dirs = DescribeLogDirsRequest(topics=(DescribeLogDirsRequest.DescribableLogDirTopic(
        topic=ONE_PARTITION, partitions=(0,)),))

    def drive(client: RawClient) -> None:
        client.call(ProduceRequest(acks=1, timeout_ms=10_000, topic_data=(
            ProduceRequest.TopicProduceData(name=ONE_PARTITION, partition_data=(
                ProduceRequest.PartitionProduceData(index=0, records=encode_batch(
                    _records(3))),)),)), 9)
        for message, version in [(epochs, 4), (latest(0), 7), (latest(1), 7), (log_dirs, 4)]:
            client.call(message, version)

    return raw_flow("offsets-leader-epoch-isolation-log-dirs",
                    "After three records: OffsetForLeaderEpoch v4 for epoch 0 (end offset 3) "
                    "and for epoch 5, above the leader's (Kafka answers UNDEFINED_EPOCH_OFFSET, "
                    "-1/-1, from LeaderEpochFileCache.endOffsetFor); ListOffsets latest under "
                    "read_uncommitted and read_committed (both 3: no open transaction); "
                    "DescribeLogDirs v4 of the partition (its size in bytes).", drive=drive,
                    setup=(TopicSetup(ONE_PARTITION, 1),))


def error_flows() -> list[Flow]:
    return [_metadata_unknown_topic(), _create_topics_errors(), _produce_errors(),
            _fetch_errors(), _list_offsets_errors(), _delete_unknown_topic(),
            _produce_corrupt_crc(), _produce_too_large(), *_idempotent_flows(),
            _admin_errors(), _offsets_of_a_written_partition(), _api_versions_unsupported()]
