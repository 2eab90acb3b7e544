"""Cluster-level APIs as raw requests: Metadata across versions, ApiVersions, DescribeCluster,
DescribeLogDirs and InitProducerId.

Kafka's answers (errors.tsv numbers in brackets):
- Metadata (KafkaApis.handleTopicMetadataRequest): null topics (v1+) list every topic; an
  illegal name is INVALID_TOPIC_EXCEPTION [17]; an unknown topic id (v12) UNKNOWN_TOPIC_ID [100]
  with a null name; with auto-creation allowed and auto.create.topics.enable (default true) a
  missing topic is created and first answered LEADER_NOT_AVAILABLE [5] with no partitions
  (AutoTopicCreationManager); v8+ asked for authorized operations answers every operation the
  topic supports when there is no authorizer (AuthHelper.authorizedOperations).
- ApiVersions v3+ checks the client software name and version against
  `[a-zA-Z0-9](?:[a-zA-Z0-9\\-.]*[a-zA-Z0-9])?`: INVALID_REQUEST [42] otherwise
  (ApiVersionsRequest.isValid, KIP-511).
- DescribeCluster v1 (KIP-919): endpoint type 1 (brokers) is served; 2 (controller) on a broker
  listener is MISMATCHED_ENDPOINT_TYPE [114]; an unknown type UNSUPPORTED_ENDPOINT_TYPE [115].
- DescribeLogDirs with null topics describes every partition of the directory.
- InitProducerId without a transactional id always hands out a new producer id at epoch 0, also
  when v3+ names the previous id and epoch (TransactionCoordinator.handleInitProducerId); an id
  without an epoch, or the reverse, is INVALID_REQUEST (KafkaApis), and so is an empty
  transactional id.
"""

from __future__ import annotations

import uuid

from conformance.case import TopicSetup
from conformance.cases.flows import Flow, RawClient, raw_flow
from spec.generated.api_versions import ApiVersionsRequest
from spec.generated.describe_cluster import DescribeClusterRequest
from spec.generated.describe_log_dirs import DescribeLogDirsRequest
from spec.generated.init_producer_id import InitProducerIdRequest
from spec.generated.metadata import MetadataRequest
from spec.generated.produce import ProduceRequest
from spec.records.batch import Record, encode_batch

TOPIC = "cases-cluster"
AUTO_CREATED = "cases-auto-created"
UNKNOWN_TOPIC_ID = uuid.UUID("5e1f0b4e-0000-4000-8000-00000000beef")


def _metadata(*names: str, allow_auto_topic_creation: bool = False,
              include_topic_authorized_operations: bool = False) -> MetadataRequest:
    return MetadataRequest(
        topics=tuple(MetadataRequest.MetadataRequestTopic(name=name) for name in names),
        allow_auto_topic_creation=allow_auto_topic_creation,
        include_topic_authorized_operations=include_topic_authorized_operations)


def _metadata_versions() -> Flow:
    # Before v4 there is no allow_auto_topic_creation field: its default (true) is what is sent.
    all_topics = MetadataRequest(topics=None)
    by_id = MetadataRequest(topics=(MetadataRequest.MetadataRequestTopic(
        topic_id=UNKNOWN_TOPIC_ID, name=None),), allow_auto_topic_creation=False)
    return raw_flow("metadata-versions-and-errors",
                    "Metadata of a two-partition topic at v0, v1 (null topics: all), v4, v8 "
                    "with topic authorized operations, v9 and v12; an illegal name "
                    "(INVALID_TOPIC_EXCEPTION) at v12; an unknown topic id at v12 "
                    "(UNKNOWN_TOPIC_ID, null name).",
                    [(_metadata(TOPIC, allow_auto_topic_creation=True), 0), (all_topics, 1),
                     (_metadata(TOPIC), 4),
                     (_metadata(TOPIC, include_topic_authorized_operations=True), 8),
                     (_metadata(TOPIC), 9), (all_topics, 12),
                     (_metadata("cases bad name!"), 12), (by_id, 12)],
                    setup=(TopicSetup(TOPIC, 2),))


def _metadata_auto_create() -> Flow:
    return raw_flow("metadata-auto-create-topic",
                    "Metadata v12 allowing auto-creation of a missing topic, under Kafka's "
                    "default auto.create.topics.enable=true: the first answer is "
                    "LEADER_NOT_AVAILABLE with no partitions while the topic is created "
                    "(AutoTopicCreationManager); an illegal name asked the same way is "
                    "INVALID_TOPIC_EXCEPTION and is not created.",
                    [(_metadata(AUTO_CREATED, allow_auto_topic_creation=True), 12),
                     (_metadata("cases bad name!", allow_auto_topic_creation=True), 12)],
                    cleanup=(AUTO_CREATED,))


def _api_versions() -> Flow:
    def named(name: str, version: str) -> ApiVersionsRequest:
        return ApiVersionsRequest(client_software_name=name, client_software_version=version)

    return raw_flow("api-versions-versions",
                    "ApiVersions v0, v1, v2, v3 and v4 naming the client software; v3 with a "
                    "name holding a space and v4 with an empty version: INVALID_REQUEST with no "
                    "keys (ApiVersionsRequest.isValid, KIP-511).",
                    [(ApiVersionsRequest(), 0), (ApiVersionsRequest(), 1),
                     (ApiVersionsRequest(), 2), (named("kspec-cases", "1.0"), 3),
                     (named("kspec-cases", "1.0"), 4), (named("kspec cases", "1.0"), 3),
                     (named("kspec-cases", ""), 4)])


def _cluster_and_log_dirs(client: RawClient) -> None:
    records = encode_batch([Record(0, 1_700_000_000_000, b"k", b"v")])
    client.call(ProduceRequest(acks=1, timeout_ms=10_000, topic_data=(
        ProduceRequest.TopicProduceData(name=TOPIC, partition_data=(
            ProduceRequest.PartitionProduceData(index=1, records=records),)),)), 9)
    for endpoint_type in (1, 2, 9):
        client.call(DescribeClusterRequest(endpoint_type=endpoint_type,
                                           include_cluster_authorized_operations=True), 1)
    client.call(DescribeClusterRequest(), 0)
    client.call(DescribeLogDirsRequest(topics=None), 4)
    client.call(DescribeLogDirsRequest(topics=(DescribeLogDirsRequest.DescribableLogDirTopic(
        topic="cases-no-such-topic", partitions=(0,)),)), 1)


def _init_producer_ids(client: RawClient) -> None:
    first = client.call(InitProducerIdRequest(transactional_id=None,
                                              transaction_timeout_ms=60_000), 0)
    client.call(InitProducerIdRequest(transactional_id=None, transaction_timeout_ms=60_000), 2)
    client.call(InitProducerIdRequest(
        transactional_id=None, transaction_timeout_ms=60_000, producer_id=first.producer_id,
        producer_epoch=first.producer_epoch), 5)
    client.call(InitProducerIdRequest(transactional_id=None, transaction_timeout_ms=60_000,
                                      producer_id=1_000, producer_epoch=-1), 3)
    client.call(InitProducerIdRequest(transactional_id="", transaction_timeout_ms=60_000), 4)


def cluster_flows() -> list[Flow]:
    return [
        _metadata_versions(), _metadata_auto_create(), _api_versions(),
        raw_flow("describe-cluster-and-log-dirs",
                 "DescribeCluster v1 for endpoint type 1 (brokers), 2 (controller: "
                 "MISMATCHED_ENDPOINT_TYPE on a broker listener) and 9 "
                 "(UNSUPPORTED_ENDPOINT_TYPE), and v0 (KIP-919); DescribeLogDirs v4 of every "
                 "partition (null topics) after one record in partition 1, and v1 of a topic "
                 "that does not exist (left out).", drive=_cluster_and_log_dirs,
                 setup=(TopicSetup(TOPIC, 2),)),
        raw_flow("init-producer-id-paths",
                 "InitProducerId v0 and v2 hand out producer ids at epoch 0; v5 naming the "
                 "first id and epoch gets a new id at epoch 0 (no transactional id: "
                 "TransactionCoordinator.handleInitProducerId); v3 with an id but epoch -1 and "
                 "v4 with an empty transactional id are INVALID_REQUEST.",
                 drive=_init_producer_ids),
    ]
