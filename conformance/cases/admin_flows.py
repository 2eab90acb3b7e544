"""Admin APIs as raw requests: topic creation and deletion, partitions, configs, records.

Kafka's answers (errors.tsv numbers in brackets), from ControllerApis and the controller's
ReplicationControlManager / ConfigurationControlManager unless named otherwise:
- CreateTopics: an unknown config name or a value of the wrong type is INVALID_CONFIG [40]
  (LogConfig.validate); a replication factor of 0 or below -1 INVALID_REPLICATION_FACTOR [38];
  a partition count of 0 or below -1 INVALID_PARTITIONS [37]; assignments together with a
  partition count INVALID_REQUEST [42]; -1 takes the broker's num.partitions and
  default.replication.factor; validate_only answers as if created and creates nothing.
- DeleteTopics v6 by id (KIP-516): an unknown id is UNKNOWN_TOPIC_ID [100], an entry with
  neither name nor id INVALID_REQUEST [42].
- IncrementalAlterConfigs: APPEND to a config that is not a list is INVALID_CONFIG, an unknown
  operation INVALID_REQUEST, a missing topic UNKNOWN_TOPIC_OR_PARTITION [3]; APPEND and SUBTRACT
  edit list configs such as cleanup.policy; DELETE returns a config to its default.
- AlterConfigs replaces a topic's whole set of overrides (legacyAlterConfigs).
- DescribeConfigs of BROKER resources: this node's id answers its configs, "" the cluster-wide
  dynamic defaults, another id INVALID_REQUEST (ConfigHelper.describeConfigs).
- CreatePartitions: the same count is INVALID_PARTITIONS, a name given twice INVALID_REQUEST,
  assignments that do not match the new partitions INVALID_REPLICA_ASSIGNMENT [39].
- DeleteRecords (ReplicaManager.deleteRecords): -1 means the high watermark; a compacted topic
  is POLICY_VIOLATION [44].
"""

from __future__ import annotations

import uuid

from conformance.case import TopicSetup
from conformance.cases.flows import Flow, RawClient, raw_flow
from spec.generated.alter_configs import AlterConfigsRequest
from spec.generated.create_partitions import CreatePartitionsRequest
from spec.generated.create_topics import CreateTopicsRequest
from spec.generated.delete_records import DeleteRecordsRequest
from spec.generated.delete_topics import DeleteTopicsRequest
from spec.generated.describe_configs import DescribeConfigsRequest
from spec.generated.incremental_alter_configs import IncrementalAlterConfigsRequest
from spec.generated.list_offsets import ListOffsetsRequest
from spec.generated.produce import ProduceRequest
from spec.records.batch import Record, encode_batch

TOPIC = "cases-admin-raw"
TOPIC_RESOURCE, BROKER_RESOURCE = 2, 4
SET, DELETE, APPEND, SUBTRACT = 0, 1, 2, 3
UNKNOWN_TOPIC_ID = uuid.UUID("5e1f0b4e-0000-4000-8000-00000000beef")


def _topic(name: str, partitions: int = 1, replication_factor: int = 1,
           configs: tuple[tuple[str, str], ...] = (),
           assignments: tuple[tuple[int, ...], ...] = ()) -> CreateTopicsRequest.CreatableTopic:
    return CreateTopicsRequest.CreatableTopic(
        name=name, num_partitions=partitions, replication_factor=replication_factor,
        configs=tuple(CreateTopicsRequest.CreatableTopicConfig(name=key, value=value)
                      for key, value in configs),
        assignments=tuple(CreateTopicsRequest.CreatableReplicaAssignment(
            partition_index=index, broker_ids=brokers)
            for index, brokers in enumerate(assignments)))


def _create_topics_refusals() -> Flow:
    request = CreateTopicsRequest(timeout_ms=10_000, topics=(
        _topic("cases-unknown-config", configs=(("no.such.config", "1"),)),
        _topic("cases-bad-config-value", configs=(("retention.ms", "soon"),)),
        _topic("cases-zero-replicas", replication_factor=0),
        _topic("cases-minus-two-replicas", replication_factor=-2),
        _topic("cases-minus-two-partitions", partitions=-2),
        _topic("cases-count-and-assignment", partitions=2, assignments=((1,),)),
    ))
    return raw_flow("error-create-topics-config-and-replication",
                    "CreateTopics v7: an unknown config name and a retention.ms that is not a "
                    "number (INVALID_CONFIG, LogConfig.validate), replication factors 0 and -2 "
                    "(INVALID_REPLICATION_FACTOR), -2 partitions (INVALID_PARTITIONS), a count "
                    "together with assignments (INVALID_REQUEST).", [(request, 7)])


def _create_topics_defaults() -> Flow:
    names = ("cases-defaults", "cases-assigned")
    validate = CreateTopicsRequest(timeout_ms=10_000, validate_only=True, topics=(
        _topic(names[0], partitions=-1, replication_factor=-1),))
    create = CreateTopicsRequest(timeout_ms=10_000, topics=(
        _topic(names[0], partitions=-1, replication_factor=-1,
               configs=(("cleanup.policy", "compact"),)),
        _topic(names[1], partitions=-1, replication_factor=-1, assignments=((1,), (1,))),
    ))
    again = CreateTopicsRequest(timeout_ms=10_000, topics=(_topic(names[0]),))
    return raw_flow("create-topics-validate-only-and-defaults",
                    "CreateTopics v7 validate_only with partitions and replication factor -1 "
                    "(the broker's num.partitions and default.replication.factor: 1 and 1) "
                    "creates nothing; then created for real with a config override, and a "
                    "second topic by manual assignment (two partitions on node 1); CreateTopics "
                    "v4 of the first again: TOPIC_ALREADY_EXISTS.",
                    [(validate, 7), (create, 7), (again, 4)], cleanup=names)


def _delete_topics_by_id(client: RawClient) -> None:
    created = client.call(CreateTopicsRequest(timeout_ms=10_000, topics=(_topic(TOPIC),)), 7)
    state = DeleteTopicsRequest.DeleteTopicState
    client.call(DeleteTopicsRequest(timeout_ms=10_000, topics=(
        state(name=None, topic_id=created.topics[0].topic_id),)), 6)
    client.call(DeleteTopicsRequest(timeout_ms=10_000, topics=(
        state(name=None, topic_id=UNKNOWN_TOPIC_ID),)), 6)
    client.call(DeleteTopicsRequest(timeout_ms=10_000, topics=(state(name=None),)), 6)


def _alter(resource_name: str, *configs: tuple[str, int, str | None],
           validate_only: bool = False) -> IncrementalAlterConfigsRequest:
    return IncrementalAlterConfigsRequest(validate_only=validate_only, resources=(
        IncrementalAlterConfigsRequest.AlterConfigsResource(
            resource_type=TOPIC_RESOURCE, resource_name=resource_name, configs=tuple(
                IncrementalAlterConfigsRequest.AlterableConfig(
                    name=name, config_operation=operation, value=value)
                for name, operation, value in configs)),))


def _describe(resource_type: int, name: str, *keys: str) -> DescribeConfigsRequest:
    return DescribeConfigsRequest(resources=(DescribeConfigsRequest.DescribeConfigsResource(
        resource_type=resource_type, resource_name=name,
        configuration_keys=keys or None),))


def _incremental_flows() -> list[Flow]:
    keys = ("cleanup.policy", "retention.ms")
    setup = (TopicSetup(TOPIC, 1),)
    return [
        raw_flow("incremental-alter-configs-list-operations",
                 "IncrementalAlterConfigs v1 on cleanup.policy (a list): APPEND compact "
                 "(delete,compact), SUBTRACT delete (compact); SET retention.ms, then DELETE it "
                 "(back to the default); a validate_only SET changes nothing; DescribeConfigs "
                 "v4 of the two keys after each step.",
                 [(_alter(TOPIC, ("cleanup.policy", APPEND, "compact")), 1),
                  (_describe(TOPIC_RESOURCE, TOPIC, *keys), 4),
                  (_alter(TOPIC, ("cleanup.policy", SUBTRACT, "delete"),
                          ("retention.ms", SET, "60000")), 1),
                  (_describe(TOPIC_RESOURCE, TOPIC, *keys), 4),
                  (_alter(TOPIC, ("retention.ms", DELETE, None)), 0),
                  (_alter(TOPIC, ("retention.ms", SET, "1000"), validate_only=True), 1),
                  (_describe(TOPIC_RESOURCE, TOPIC, *keys), 4)], setup=setup),
        raw_flow("error-incremental-alter-configs",
                 "IncrementalAlterConfigs v1: APPEND to retention.ms, which is not a list "
                 "(INVALID_CONFIG); SET of a value that is not a number (INVALID_CONFIG); "
                 "operation 7 (INVALID_REQUEST); a topic that does not exist "
                 "(UNKNOWN_TOPIC_OR_PARTITION).",
                 [(_alter(TOPIC, ("retention.ms", APPEND, "5")), 1),
                  (_alter(TOPIC, ("retention.ms", SET, "soon")), 1),
                  (_alter(TOPIC, ("retention.ms", 7, "5")), 1),
                  (_alter("cases-no-such-topic", ("retention.ms", SET, "5")), 1)], setup=setup),
    ]


def _legacy_alter(validate_only: bool, *configs: tuple[str, str]) -> AlterConfigsRequest:
    return AlterConfigsRequest(validate_only=validate_only, resources=(
        AlterConfigsRequest.AlterConfigsResource(
            resource_type=TOPIC_RESOURCE, resource_name=TOPIC, configs=tuple(
                AlterConfigsRequest.AlterableConfig(name=name, value=value)
                for name, value in configs)),))


def _legacy_and_broker_configs() -> list[Flow]:
    keys = ("retention.ms", "segment.bytes", "max.message.bytes")
    broker_keys = ("num.partitions", "log.retention.hours", "message.max.bytes",
                   "auto.create.topics.enable")
    return [
        raw_flow("alter-configs-replaces-overrides",
                 "AlterConfigs v2 sets retention.ms and segment.bytes; a second AlterConfigs "
                 "v0 names max.message.bytes alone, which removes the other two overrides "
                 "(the legacy API replaces the whole set); one with a value that is not a "
                 "number is INVALID_CONFIG; DescribeConfigs v1 and v4 of the keys between.",
                 [(_legacy_alter(False, ("retention.ms", "60000"),
                                 ("segment.bytes", "1048576")), 2),
                  (_describe(TOPIC_RESOURCE, TOPIC, *keys), 4),
                  (_legacy_alter(False, ("max.message.bytes", "2000")), 0),
                  (_describe(TOPIC_RESOURCE, TOPIC, *keys), 1),
                  (_legacy_alter(False, ("retention.ms", "soon")), 2)],
                 setup=(TopicSetup(TOPIC, 1),)),
        raw_flow("describe-configs-broker",
                 "DescribeConfigs v4 of this broker (node 1) for four keys with Kafka's "
                 "defaults, v0 of the same (is_default), the cluster-wide defaults (resource "
                 "name \"\": none set), node 7 (INVALID_REQUEST), and resource type 99 "
                 "(INVALID_REQUEST).",
                 [(_describe(BROKER_RESOURCE, "1", *broker_keys), 4),
                  (_describe(BROKER_RESOURCE, "1", *broker_keys), 0),
                  (_describe(BROKER_RESOURCE, ""), 4),
                  (_describe(BROKER_RESOURCE, "7", *broker_keys), 4),
                  (_describe(99, "x"), 4)]),
    ]


def _partitions_request(*topics: tuple[str, int, tuple[tuple[int, ...], ...] | None],
                        validate_only: bool = False) -> CreatePartitionsRequest:
    return CreatePartitionsRequest(timeout_ms=10_000, validate_only=validate_only, topics=tuple(
        CreatePartitionsRequest.CreatePartitionsTopic(
            name=name, count=count, assignments=None if assignments is None else tuple(
                CreatePartitionsRequest.CreatePartitionsAssignment(broker_ids=brokers)
                for brokers in assignments))
        for name, count, assignments in topics))


def _create_partitions_flow() -> Flow:
    return raw_flow("error-create-partitions",
                    "CreatePartitions v3 on a two-partition topic: the same count "
                    "(INVALID_PARTITIONS), a topic that does not exist "
                    "(UNKNOWN_TOPIC_OR_PARTITION), the topic named twice (INVALID_REQUEST), "
                    "two assignments for one new partition (INVALID_REPLICA_ASSIGNMENT); "
                    "validate_only to four partitions, then to three for real, v0.",
                    [(_partitions_request((TOPIC, 2, None)), 3),
                     (_partitions_request(("cases-no-such-topic", 3, None)), 3),
                     (_partitions_request((TOPIC, 3, None), (TOPIC, 4, None)), 3),
                     (_partitions_request((TOPIC, 3, ((1,), (1,)))), 3),
                     (_partitions_request((TOPIC, 4, None), validate_only=True), 3),
                     (_partitions_request((TOPIC, 3, ((1,),))), 0)],
                    setup=(TopicSetup(TOPIC, 2),))


def _delete_records(client: RawClient) -> None:
    compacted = "cases-admin-compacted"
    records = [Record(index, 1_700_000_000_000 + index, f"k{index}".encode(), b"v")
               for index in range(5)]
    for topic in (TOPIC, compacted):
        client.call(ProduceRequest(acks=1, timeout_ms=10_000, topic_data=(
            ProduceRequest.TopicProduceData(name=topic, partition_data=(
                ProduceRequest.PartitionProduceData(index=0, records=encode_batch(records)),)),
        )), 9)

    def delete(topic: str, partition: int, offset: int) -> DeleteRecordsRequest:
        return DeleteRecordsRequest(timeout_ms=10_000, topics=(
            DeleteRecordsRequest.DeleteRecordsTopic(name=topic, partitions=(
                DeleteRecordsRequest.DeleteRecordsPartition(partition_index=partition,
                                                            offset=offset),)),))

    for request, version in [(delete(TOPIC, 0, 2), 2), (delete(TOPIC, 0, 1), 1),
                             (delete(TOPIC, 0, -1), 2), (delete(TOPIC, 4, 0), 2),
                             (delete(compacted, 0, 1), 0)]:
        client.call(request, version)
    client.call(ListOffsetsRequest(replica_id=-1, topics=(ListOffsetsRequest.ListOffsetsTopic(
        name=TOPIC, partitions=(ListOffsetsRequest.ListOffsetsPartition(
            partition_index=0, timestamp=-2),)),)), 7)


def admin_flows() -> list[Flow]:
    return [
        _create_topics_refusals(), _create_topics_defaults(),
        raw_flow("delete-topics-by-id",
                 "CreateTopics v7 answers the new topic's id; DeleteTopics v6 by that id "
                 "deletes it; an id no topic has is UNKNOWN_TOPIC_ID; an entry with neither "
                 "name nor id is INVALID_REQUEST (KIP-516).", drive=_delete_topics_by_id,
                 cleanup=(TOPIC,)),
        *_incremental_flows(), *_legacy_and_broker_configs(), _create_partitions_flow(),
        raw_flow("delete-records-paths",
                 "Five records; DeleteRecords v2 below offset 2 (low watermark 2), v1 below 1 "
                 "(stays 2: it never moves back), v2 at -1 (the high watermark, 5); a missing "
                 "partition (UNKNOWN_TOPIC_OR_PARTITION); v0 on a compacted topic "
                 "(POLICY_VIOLATION); ListOffsets earliest then answers 5.",
                 drive=_delete_records,
                 setup=(TopicSetup(TOPIC, 1), TopicSetup("cases-admin-compacted", 1, 1, (
                     ("cleanup.policy", "compact"),)))),
    ]
