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
"""

from __future__ import annotations

from conformance.case import TopicSetup
from conformance.cases.flows import Flow, raw_flow
from spec.generated.create_topics import CreateTopicsRequest
from spec.generated.delete_topics import DeleteTopicsRequest
from spec.generated.fetch import FetchRequest
from spec.generated.list_offsets import ListOffsetsRequest
from spec.generated.metadata import MetadataRequest
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


def error_flows() -> list[Flow]:
    return [_metadata_unknown_topic(), _create_topics_errors(), _produce_errors(),
            _fetch_errors(), _list_offsets_errors(), _delete_unknown_topic()]
