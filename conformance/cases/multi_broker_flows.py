"""Record the multi-broker cases (`cluster-*`): each flow runs through the recording proxies in
front of a fresh embedded 3-broker reference cluster, and its case says which broker, by role,
each connection went to (`conformance.roles`).

    .venv/bin/python -m conformance.cases.multi_broker_flows --out conformance/cases [--only NAME]

Every flow works on one topic with replication factor 3 and min.insync.replicas=2, so each of
the three brokers has a role in its partition 0: leader, follower 1, follower 2.

The flows themselves, and the Kafka behaviour each case pins, are in
`conformance.cases.multi_broker_cases`.
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from conformance.case import CASE_SUFFIX, Case, TopicSetup, save_case
from conformance.cases.flows import RawClient
from conformance.cluster_target import wait_until_every_broker_knows
from conformance.convert import convert
from conformance.embedded_cluster import embedded_cluster
from conformance.recorder import RecordedFrame, RecorderThread
from conformance.roles import BOOTSTRAP, roles_of_partition
from conformance.target import SetupClient, metadata_of, run_setup
from spec.generated.metadata import MetadataRequest, MetadataResponse

BROKERS = 3


@dataclass(frozen=True)
class ClusterFlow:
    name: str
    description: str
    drive: Callable[[str], None]
    topic: str  # partition 0 of it gives the brokers their roles

    @property
    def setup(self) -> TopicSetup:
        return TopicSetup(self.topic, 1, 3, (("min.insync.replicas", "2"),))


class ClusterClient:
    """Raw requests to a cluster's brokers through the recording proxies: the bootstrap
    connection asks Metadata, whose (rewritten) answer names each broker's proxy."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        self.topic = topic
        self.bootstrap = RawClient(bootstrap)
        self.clients: dict[int, RawClient] = {}
        self.addresses: dict[int, str] = {}
        self.leader_id, self.leader_epoch = -1, -1
        self.replicas: tuple[int, ...] = ()

    def describe(self, version: int = 12) -> MetadataResponse:
        # Before v4 the request has no allow_auto_topic_creation: its default (true) is sent.
        request = MetadataRequest(topics=(MetadataRequest.MetadataRequestTopic(name=self.topic),),
                                  allow_auto_topic_creation=version < 4)
        response: MetadataResponse = self.bootstrap.call(request, version)
        self.addresses = {broker.node_id: f"{broker.host}:{broker.port}"
                          for broker in response.brokers}
        [topic] = response.topics
        partition = topic.partitions[0]
        self.leader_id, self.replicas = partition.leader_id, tuple(partition.replica_nodes)
        self.leader_epoch = partition.leader_epoch
        return response

    def node(self, node_id: int) -> RawClient:
        if node_id not in self.clients:
            self.clients[node_id] = RawClient(self.addresses[node_id])
        return self.clients[node_id]

    def leader(self) -> RawClient:
        return self.node(self.leader_id)

    def follower(self, rank: int) -> RawClient:
        return self.node([node for node in self.replicas if node != self.leader_id][rank - 1])

    def close(self) -> None:
        for client in [self.bootstrap, *self.clients.values()]:
            client.close()


def raw_cluster_flow(name: str, description: str, topic: str,
                     drive: Callable[[ClusterClient], None]) -> ClusterFlow:
    def run(bootstrap: str) -> None:
        client = ClusterClient(bootstrap, topic)
        try:
            client.describe()
            drive(client)
        finally:
            client.close()

    return ClusterFlow(name, description, run, topic)


# --- recording -------------------------------------------------------------------------------


def recorded_roles(address: tuple[str, int], topic: str) -> tuple[dict[str, int], dict[int, str]]:
    """(broker address text -> node id, node id -> role) of the cluster recorded against."""
    client = SetupClient(*address)
    try:
        response = metadata_of(client, (topic,))
    finally:
        client.connection.close()
    partition = next(partition for found in response.topics for partition in found.partitions
                     if found.name == topic and partition.partition_index == 0)
    nodes = {f"{broker.host}:{broker.port}": broker.node_id for broker in response.brokers}
    return nodes, roles_of_partition(topic, 0, partition.leader_id,
                                     tuple(partition.replica_nodes))


def routes_of(frames: Sequence[RecordedFrame], nodes: dict[str, int],
              roles: dict[int, str]) -> tuple[tuple[int, str], ...]:
    routes = {frame.connection_id: roles.get(nodes.get(frame.upstream, -1), BOOTSTRAP)
              for frame in frames}
    return tuple(sorted(routes.items()))


def record_cluster_flow(flow: ClusterFlow) -> Case:
    with embedded_cluster(BROKERS) as addresses:
        run_setup(Case(name=flow.name, exchanges=(), setup=(flow.setup,)), *addresses[0])
        wait_until_every_broker_knows(addresses, (flow.topic,))
        nodes, roles = recorded_roles(addresses[0], flow.topic)
        with RecorderThread(*addresses[0]) as recorder:
            flow.drive(recorder.bootstrap)
            time.sleep(0.2)  # let the proxy see each client's close before it stops
            frames = recorder.frames()
    case = convert(frames, flow.name, description=flow.description, setup=(flow.setup,))
    return dataclasses.replace(
        case, brokers=BROKERS, roles=tuple((role, node) for node, role in sorted(roles.items())),
        routes=routes_of(frames, nodes, roles))


def main(argv: Sequence[str] | None = None) -> int:
    from conformance.cases.multi_broker_cases import multi_broker_flows

    parser = argparse.ArgumentParser(prog="python -m conformance.cases.multi_broker_flows")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent)
    parser.add_argument("--only", action="append", default=[], help="flow names to record")
    args = parser.parse_args(argv)
    for flow in multi_broker_flows():
        if args.only and flow.name not in args.only:
            continue
        case = record_cluster_flow(flow)
        path = args.out / f"{flow.name}{CASE_SUFFIX}"
        save_case(case, path)
        print(f"{path}: {len(case.exchanges)} exchanges over {len(case.routes)} connections",
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

