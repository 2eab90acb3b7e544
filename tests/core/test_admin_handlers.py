"""ApiVersions, Metadata, CreateTopics, DeleteTopics, CreatePartitions and the config APIs,
answered by the core as Kafka answers them (codes and messages from Kafka's sources, cited in
each handler's docstring)."""

from __future__ import annotations

import uuid
from typing import Any

from reference.core.dispatch import Close, SendBytes
from reference.sim.inprocess import CoreClient
from spec.generated.api_versions import ApiVersionsRequest, ApiVersionsResponse
from spec.generated.create_partitions import CreatePartitionsRequest
from spec.generated.create_topics import CreateTopicsRequest
from spec.generated.delete_topics import DeleteTopicsRequest
from spec.generated.describe_configs import DescribeConfigsRequest
from spec.generated.errors import ErrorCode
from spec.generated.incremental_alter_configs import IncrementalAlterConfigsRequest
from spec.generated.metadata import MetadataRequest
from spec.generated.request_header import RequestHeader
from spec.messages import decode_response

Creatable = CreateTopicsRequest.CreatableTopic


def create(client: CoreClient, name: str, partitions: int = 1, **fields: Any) -> Any:
    request = CreateTopicsRequest(topics=(Creatable(name=name, num_partitions=partitions,
                                                    replication_factor=1, **fields),))
    return client.call(request, 7).topics[0]


def test_api_versions_lists_every_served_api() -> None:
    response = CoreClient().call(ApiVersionsRequest(client_software_name="kspec",
                                                    client_software_version="1.0"), 4)
    assert response.error_code == ErrorCode.NONE
    keys = {entry.api_key: (entry.min_version, entry.max_version) for entry in response.api_keys}
    assert keys[18] == (0, 4) and keys[0] == (0, 11) and keys[1] == (0, 17)
    assert keys[11] == (0, 9) and keys[10] == (0, 6)  # JoinGroup, FindCoordinator
    assert keys[24] == (0, 5) and 56 not in keys  # AddPartitionsToTxn; AlterPartition: not yet
    assert keys[28] == (0, 4) and keys[27] == (0, 1)  # TxnOffsetCommit, WriteTxnMarkers
    assert keys[65] == (0, 0) and keys[66] == (0, 1) and keys[61] == (0, 0)


def test_api_versions_at_an_unknown_version_answers_v0_with_its_own_range() -> None:
    client = CoreClient()
    header = RequestHeader(request_api_key=18, request_api_version=9, correlation_id=5,
                           client_id="future")
    frame = header.encode(2) + b"\x00\x00"  # a body the broker cannot know
    outcome = client.send(frame)
    assert isinstance(outcome, SendBytes)
    data = b"".join(chunk for chunk in outcome.chunks if isinstance(chunk, bytes))
    correlation_id, response = decode_response(data[4:], 18, 0)
    assert correlation_id == 5
    assert isinstance(response, ApiVersionsResponse)
    assert response.error_code == ErrorCode.UNSUPPORTED_VERSION
    assert [(k.api_key, k.min_version, k.max_version) for k in response.api_keys] == [(18, 0, 4)]


def test_api_versions_v3_refuses_a_malformed_client_software_name() -> None:
    response = CoreClient().call(ApiVersionsRequest(client_software_name="-bad",
                                                    client_software_version="1"), 3)
    assert response.error_code == ErrorCode.INVALID_REQUEST
    assert response.api_keys == ()


def test_an_unsupported_version_of_another_api_closes_the_connection() -> None:
    client = CoreClient()
    header = RequestHeader(request_api_key=3, request_api_version=99, correlation_id=1,
                           client_id="x")
    assert isinstance(client.send(header.encode(2)), Close)


def test_metadata_auto_creates_a_missing_topic_and_answers_leader_not_available() -> None:
    client = CoreClient()
    asked = MetadataRequest(topics=(MetadataRequest.MetadataRequestTopic(name="orders"),),
                            allow_auto_topic_creation=True)
    first = client.call(asked, 12).topics[0]
    assert (first.name, first.error_code, first.partitions) == (
        "orders", ErrorCode.LEADER_NOT_AVAILABLE, ())
    second = client.call(asked, 12).topics[0]
    assert second.error_code == ErrorCode.NONE and len(second.partitions) == 1
    assert second.partitions[0].leader_id == 1 and second.topic_id.int != 0


def test_metadata_without_auto_create_answers_unknown_or_invalid() -> None:
    client = CoreClient({"auto.create.topics.enable": "false"})
    topics = (MetadataRequest.MetadataRequestTopic(name="missing"),
              MetadataRequest.MetadataRequestTopic(name="bad name"))
    answer = client.call(MetadataRequest(topics=topics, allow_auto_topic_creation=True), 12)
    assert [(t.name, t.error_code) for t in answer.topics] == [
        ("missing", ErrorCode.UNKNOWN_TOPIC_OR_PARTITION),
        ("bad name", ErrorCode.INVALID_TOPIC_EXCEPTION)]


def test_metadata_by_unknown_topic_id_answers_unknown_topic_id() -> None:
    unknown = uuid.uuid4()
    answer = CoreClient().call(MetadataRequest(
        topics=(MetadataRequest.MetadataRequestTopic(topic_id=unknown, name=None),)), 12)
    assert [(t.topic_id, t.name, t.error_code) for t in answer.topics] == [
        (unknown, None, ErrorCode.UNKNOWN_TOPIC_ID)]


def test_create_topics_checks_in_kafkas_order() -> None:
    client = CoreClient()
    assert create(client, "a.b").error_code == ErrorCode.NONE
    cases = {
        "a_b": (ErrorCode.INVALID_TOPIC_EXCEPTION, "Topic 'a_b' collides with existing topic: a.b"),
        "a.b": (ErrorCode.TOPIC_ALREADY_EXISTS, "Topic 'a.b' already exists."),
        "bad/name": (ErrorCode.INVALID_TOPIC_EXCEPTION, "Topic name is invalid: 'bad/name' "
                     "contains one or more characters other than ASCII alphanumerics, '.', "
                     "'_' and '-'"),
    }
    for name, expected in cases.items():
        result = create(client, name)
        assert (result.error_code, result.error_message) == expected, name
    zero = create(client, "zero", partitions=0)
    assert zero.error_code == ErrorCode.INVALID_PARTITIONS
    wide = client.call(CreateTopicsRequest(topics=(Creatable(
        name="wide", num_partitions=1, replication_factor=3),)), 7).topics[0]
    assert wide.error_code == ErrorCode.INVALID_REPLICATION_FACTOR
    assert wide.error_message.startswith("Unable to replicate the partition 3 time(s)")


def test_create_topics_validate_only_creates_nothing_and_describes_configs() -> None:
    client = CoreClient()
    request = CreateTopicsRequest(validate_only=True, topics=(Creatable(
        name="v", num_partitions=2, replication_factor=-1,
        configs=(CreateTopicsRequest.CreatableTopicConfig(name="retention.ms", value="1000"),)),))
    result = client.call(request, 7).topics[0]
    assert (result.error_code, result.num_partitions, result.replication_factor) == (0, 2, 1)
    retention = {c.name: c for c in result.configs}["retention.ms"]
    assert retention.value == "1000"
    assert client.broker.topics.get("v") is None


def test_create_topics_refuses_bad_config_values() -> None:
    client = CoreClient()
    result = create(client, "c", configs=(
        CreateTopicsRequest.CreatableTopicConfig(name="retention.ms", value="soon"),))
    assert result.error_code == ErrorCode.INVALID_CONFIG
    unknown = create(client, "d", configs=(
        CreateTopicsRequest.CreatableTopicConfig(name="no.such.config", value="1"),))
    assert unknown.error_code == ErrorCode.INVALID_CONFIG


def test_delete_topics_by_name_and_id() -> None:
    client = CoreClient()
    create(client, "gone")
    create(client, "also-gone")
    also_gone = client.broker.topics.get("also-gone")
    assert also_gone is not None
    topic_id = also_gone.topic_id
    response = client.call(DeleteTopicsRequest(topics=(
        DeleteTopicsRequest.DeleteTopicState(name="gone"),
        DeleteTopicsRequest.DeleteTopicState(name=None, topic_id=topic_id),
        DeleteTopicsRequest.DeleteTopicState(name="never"),)), 6)
    codes = {(r.name, r.error_code) for r in response.responses}
    assert codes == {("gone", 0), ("also-gone", 0),
                     ("never", ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)}
    assert client.broker.topics.topics_by_name == {}
    assert not client.storage.is_dir("gone-0")


def test_create_partitions_only_increases() -> None:
    client = CoreClient()
    create(client, "p", partitions=2)
    topic = CreatePartitionsRequest.CreatePartitionsTopic
    response = client.call(CreatePartitionsRequest(topics=(
        topic(name="p", count=2, assignments=None),
        topic(name="missing", count=3, assignments=None)), timeout_ms=1000), 3)
    assert [(r.name, r.error_code, r.error_message) for r in response.results] == [
        ("p", ErrorCode.INVALID_PARTITIONS, "Topic already has 2 partition(s)."),
        ("missing", ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, None)]
    grow = CreatePartitionsRequest(topics=(topic(name="p", count=4, assignments=None),))
    grown = client.call(grow, 3)
    assert grown.results[0].error_code == ErrorCode.NONE
    grown_topic = client.broker.topics.get("p")
    assert grown_topic is not None and len(grown_topic.partitions) == 4


def test_incremental_alter_then_describe_a_topic_config() -> None:
    client = CoreClient()
    create(client, "cfg")
    alter = IncrementalAlterConfigsRequest(resources=(
        IncrementalAlterConfigsRequest.AlterConfigsResource(
            resource_type=2, resource_name="cfg", configs=(
                IncrementalAlterConfigsRequest.AlterableConfig(
                    name="retention.ms", config_operation=0, value="60000"),)),))
    assert client.call(alter, 1).responses[0].error_code == ErrorCode.NONE
    described = client.call(DescribeConfigsRequest(resources=(
        DescribeConfigsRequest.DescribeConfigsResource(
            resource_type=2, resource_name="cfg", configuration_keys=("retention.ms",)),),
        include_synonyms=True), 4).results[0]
    (entry,) = described.configs
    assert (entry.name, entry.value, entry.config_source) == ("retention.ms", "60000", 1)
    assert entry.synonyms[0].name == "retention.ms" and entry.synonyms[0].source == 1


def test_topics_survive_a_crash_of_the_broker() -> None:
    client = CoreClient()
    create(client, "durable", partitions=3)
    client.restart(crash=True)
    topic = client.broker.topics.get("durable")
    assert topic is not None and len(topic.partitions) == 3
    assert len(list(client.broker.partitions_of("durable"))) == 3
