"""The multi-broker cases (`cluster-*`): raw requests to brokers by role, and a real client.

Kafka's answers the cases pin (errors.tsv numbers in brackets):
- Produce to a replica that is not the leader is NOT_LEADER_OR_FOLLOWER [6]; from v10 the answer
  also names the current leader and its epoch, and the leader's endpoint (KIP-951,
  KafkaApis.handleProduceRequest).
- acks=-1 is answered once every ISR member has the batch (DelayedProduce).
- A consumer's Fetch may read from a follower from v11 (ClientMetadata is sent, KIP-392), up to
  the follower's high watermark; with no replica.selector.class the preferred read replica is
  -1. Before v11 a follower answers NOT_LEADER_OR_FOLLOWER (FetchParams.fetchOnlyLeader).
- ListOffsets from a consumer is served by the leader only (NOT_LEADER_OR_FOLLOWER elsewhere).
- ElectLeaders of the preferred leader where it already leads is ELECTION_NOT_NEEDED [84]; of
  an absent partition UNKNOWN_TOPIC_OR_PARTITION [3]; ListPartitionReassignments with no
  reassignment under way lists no topics.
"""

from __future__ import annotations

from conformance.cases.codec_flows import confluent_read_from_start
from conformance.cases.multi_broker_flows import ClusterClient, ClusterFlow, raw_cluster_flow
from spec.generated.describe_configs import DescribeConfigsRequest
from spec.generated.elect_leaders import ElectLeadersRequest
from spec.generated.fetch import FetchRequest
from spec.generated.list_offsets import ListOffsetsRequest
from spec.generated.list_partition_reassignments import ListPartitionReassignmentsRequest
from spec.generated.produce import ProduceRequest
from spec.records.batch import Record, encode_batch

TOPIC_RESOURCE = 2
LATEST_TIMESTAMP = -1
PREFERRED, UNCLEAN = 0, 1
# A follower learns the high watermark on its next fetch from the leader (within
# replica.fetch.wait.max.ms, 500 ms): the wait leaves room for a loaded machine.
FETCH_WAIT_MS = 3_000
ALL_ISR = -1


def produce(topic: str, acks: int, count: int, first_index: int = 0) -> ProduceRequest:
    records = encode_batch([Record(index, index, f"key-{first_index + index}".encode(),
                                   f"value {first_index + index}".encode())
                            for index in range(count)], base_timestamp=1_700_000_000_000)
    return ProduceRequest(acks=acks, timeout_ms=10_000, topic_data=(
        ProduceRequest.TopicProduceData(name=topic, partition_data=(
            ProduceRequest.PartitionProduceData(index=0, records=records),)),))


def fetch(topic: str, leader_epoch: int, max_wait_ms: int = FETCH_WAIT_MS) -> FetchRequest:
    return FetchRequest(replica_id=-1, max_wait_ms=max_wait_ms, min_bytes=1,
                        max_bytes=1_048_576, topics=(FetchRequest.FetchTopic(
                            topic=topic, partitions=(FetchRequest.FetchPartition(
                                partition=0, current_leader_epoch=leader_epoch,
                                fetch_offset=0, partition_max_bytes=1_048_576),)),))


def list_latest(topic: str) -> ListOffsetsRequest:
    return ListOffsetsRequest(replica_id=-1, topics=(ListOffsetsRequest.ListOffsetsTopic(
        name=topic, partitions=(ListOffsetsRequest.ListOffsetsPartition(
            partition_index=0, timestamp=LATEST_TIMESTAMP),)),))

def _metadata_versions(client: ClusterClient) -> None:
    for version in (9, 4, 1):
        client.describe(version)
    client.bootstrap.call(DescribeConfigsRequest(resources=(
        DescribeConfigsRequest.DescribeConfigsResource(
            resource_type=TOPIC_RESOURCE, resource_name=client.topic,
            configuration_keys=("min.insync.replicas",)),)), 4)


def _produce_to_followers(client: ClusterClient) -> None:
    client.follower(1).call(produce(client.topic, ALL_ISR, 1), 9)
    client.follower(1).call(produce(client.topic, ALL_ISR, 1), 10)
    client.follower(2).call(produce(client.topic, ALL_ISR, 1), 11)


def _produce_to_leader(client: ClusterClient) -> None:
    client.leader().call(produce(client.topic, ALL_ISR, 3), 10)
    client.leader().call(produce(client.topic, ALL_ISR, 2, first_index=3), 9)


def _fetch_from_followers(client: ClusterClient) -> None:
    client.leader().call(produce(client.topic, ALL_ISR, 3), 10)
    client.follower(1).call(fetch(client.topic, client.leader_epoch), 11)
    client.follower(2).call(fetch(client.topic, client.leader_epoch), 12)
    # Refused at once by Kafka; without a wait a peer that parks errors costs nothing either.
    client.follower(1).call(fetch(client.topic, client.leader_epoch, max_wait_ms=0), 10)


def _list_offsets_at_follower(client: ClusterClient) -> None:
    client.leader().call(produce(client.topic, ALL_ISR, 3), 10)
    client.follower(1).call(list_latest(client.topic), 7)
    client.leader().call(list_latest(client.topic), 7)


def _elect_and_list_reassignments(client: ClusterClient) -> None:
    def elect(election_type: int, partition: int) -> ElectLeadersRequest:
        return ElectLeadersRequest(election_type=election_type, timeout_ms=10_000,
                                   topic_partitions=(ElectLeadersRequest.TopicPartitions(
                                       topic=client.topic, partitions=(partition,)),))

    client.bootstrap.call(elect(PREFERRED, 0), 2)
    client.bootstrap.call(elect(UNCLEAN, 0), 2)
    client.bootstrap.call(elect(PREFERRED, 5), 2)
    one_topic = ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics(
        name=client.topic, partition_indexes=(0,))
    client.bootstrap.call(ListPartitionReassignmentsRequest(timeout_ms=10_000,
                                                            topics=(one_topic,)), 0)
    client.bootstrap.call(ListPartitionReassignmentsRequest(timeout_ms=10_000, topics=None), 0)


def _confluent_producer_and_consumer(topic: str) -> ClusterFlow:
    def drive(bootstrap: str) -> None:
        from confluent_kafka import Producer

        producer = Producer({"bootstrap.servers": bootstrap, "enable.idempotence": True,
                             "acks": "all", "linger.ms": 50})
        for index in range(5):
            producer.produce(topic, key=f"key-{index}", value=f"value {index}", partition=0,
                             timestamp=1_700_000_000_000 + index)
        if producer.flush(15) != 0:
            raise RuntimeError("confluent-kafka producer did not deliver every record")
        confluent_read_from_start(bootstrap, topic, 5, "cluster-cases")

    return ClusterFlow(
        "cluster-confluent-kafka-idempotent-acks-all",
        "confluent-kafka (librdkafka) on three brokers: an idempotent producer with acks=all "
        "sends five records to partition 0 of a topic with three replicas and "
        "min.insync.replicas=2 (to its leader, found by Metadata); a consumer assigned to the "
        "partition reads them from offset 0 at the leader.", drive, topic)


def multi_broker_flows() -> list[ClusterFlow]:
    return [
        raw_cluster_flow(
            "cluster-metadata-rf3-min-isr",
            "Metadata v12, v9, v4 and v1 of a topic with three replicas on three brokers and "
            "min.insync.replicas=2: every broker, the leader, the replica list and a full ISR "
            "(node ids compared by role); DescribeConfigs v4 shows min.insync.replicas=2.",
            "cluster-metadata", _metadata_versions),
        raw_cluster_flow(
            "cluster-produce-to-follower",
            "Produce acks=-1 to a follower at v9, v10 and v11: NOT_LEADER_OR_FOLLOWER; from "
            "v10 the answer names the current leader (its id and epoch) and its endpoint "
            "(KIP-951, KafkaApis.handleProduceRequest).",
            "cluster-produce-follower", _produce_to_followers),
        raw_cluster_flow(
            "cluster-produce-acks-all-leader",
            "Produce acks=-1 to the leader at v10 (three records) and v9 (two more): answered "
            "once both followers have them (DelayedProduce), at offsets 0 and 3.",
            "cluster-produce-leader", _produce_to_leader),
        raw_cluster_flow(
            "cluster-fetch-from-follower",
            "After an acks=-1 write of three records at the leader, a consumer Fetch (replica "
            "id -1, no rack) at follower 1 with v11 and at follower 2 with v12 reads them up "
            "to the follower's high watermark, preferred read replica -1 (KIP-392); the same "
            "Fetch at v10, without client metadata, is NOT_LEADER_OR_FOLLOWER "
            "(FetchParams.fetchOnlyLeader).",
            "cluster-fetch-follower", _fetch_from_followers),
        raw_cluster_flow(
            "cluster-list-offsets-follower",
            "ListOffsets v7 (latest) of a partition holding three records: at a follower "
            "NOT_LEADER_OR_FOLLOWER (a consumer's ListOffsets needs the leader), at the "
            "leader offset 3 with the leader epoch.",
            "cluster-list-offsets", _list_offsets_at_follower),
        raw_cluster_flow(
            "cluster-elect-leaders-reassignments",
            "ElectLeaders v2: preferred and unclean for partition 0, whose preferred leader "
            "already leads (ELECTION_NOT_NEEDED), preferred for absent partition 5 "
            "(UNKNOWN_TOPIC_OR_PARTITION); ListPartitionReassignments v0 of the topic and of "
            "every topic: none under way.",
            "cluster-elect", _elect_and_list_reassignments),
        _confluent_producer_and_consumer("cluster-confluent"),
    ]
