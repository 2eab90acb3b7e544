"""A multi-broker replay target: which broker holds each role of a case, where every connection
goes, and how recorded node ids map to the target's.

The target is given as its brokers' addresses, or one of them: after the case's setup, one
Metadata answer of the first address names the brokers (node id, advertised address; the
advertised addresses are the ones used) and each role partition's leader and replicas. Every
broker is then asked until it too knows the topics with their whole ISR, so that no exchange
reaches a broker that has not yet caught up with the metadata (Kafka brokers learn it
asynchronously from the controller's log).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from conformance.case import Case
from conformance.roles import BOOTSTRAP, node_of, parse_role
from conformance.target import SETUP_TIMEOUT_S, SetupClient, metadata_of
from spec.generated.metadata import MetadataResponse

Address = tuple[str, int]


@dataclass(frozen=True, slots=True)
class ClusterRouting:
    """Where each connection of a case goes, and recorded node id -> the target's."""

    bootstrap: Address
    connection_addresses: dict[int, Address]
    node_ids: dict[int, int]

    def address_of(self, connection: int) -> Address:
        return self.connection_addresses.get(connection, self.bootstrap)


def _is_settled(response: MetadataResponse, topics: tuple[str, ...]) -> bool:
    known = {topic.name: topic for topic in response.topics if topic.error_code == 0}
    return all(name in known and known[name].partitions
               and all(partition.leader_id >= 0
                       and set(partition.isr_nodes) == set(partition.replica_nodes)
                       for partition in known[name].partitions)
               for name in topics)


def wait_until_every_broker_knows(addresses: list[Address], topics: tuple[str, ...]) -> None:
    """Each broker answers the topics with a leader and a full ISR for every partition."""
    deadline = time.monotonic() + SETUP_TIMEOUT_S
    for address in addresses:
        client = SetupClient(*address)
        try:
            while not _is_settled(metadata_of(client, topics), topics):
                if time.monotonic() > deadline:
                    raise RuntimeError(f"setup: broker {address[0]}:{address[1]} does not "
                                       f"show {topics} with leaders and full ISRs after "
                                       f"{SETUP_TIMEOUT_S} s")
                time.sleep(0.05)
        finally:
            client.connection.close()


def role_topics(case: Case) -> tuple[str, ...]:
    roles = [parse_role(role) for role, _node in case.roles]
    roles += [parse_role(role) for _connection, role in case.routes]
    return tuple(sorted({role.topic for role in roles if role is not None}))


def route_cluster_case(case: Case, addresses: list[Address]) -> ClusterRouting:
    """Resolve the case's roles on the target (RuntimeError if one cannot be)."""
    topics = role_topics(case)
    wait_until_every_broker_knows(addresses[:1], topics)
    client = SetupClient(*addresses[0])
    try:
        response = metadata_of(client, topics)
    finally:
        client.connection.close()
    if len(response.brokers) < case.brokers:
        raise RuntimeError(f"the case needs {case.brokers} brokers; the target has "
                           f"{len(response.brokers)}")
    # The brokers as advertised: a target given by its bootstrap alone is found whole.
    advertised = {broker.node_id: (broker.host, broker.port) for broker in response.brokers}
    wait_until_every_broker_knows(list(advertised.values()), topics)
    partitions = {(topic.name, partition.partition_index): partition
                  for topic in response.topics for partition in topic.partitions}
    resolved: dict[str, int] = {}
    for role in {*(role for role, _node in case.roles), *(role for _c, role in case.routes)}:
        parsed = parse_role(role)
        if parsed is None:
            continue
        partition = partitions.get((parsed.topic, parsed.partition))
        node = None if partition is None else node_of(parsed, partition.leader_id,
                                                      tuple(partition.replica_nodes))
        if node is None or node not in advertised:
            raise RuntimeError(f"role {role!r} has no broker on the target")
        resolved[role] = node
    return ClusterRouting(
        bootstrap=addresses[0],
        connection_addresses={connection: addresses[0] if role == BOOTSTRAP
                              else advertised[resolved[role]]
                              for connection, role in case.routes},
        node_ids={recorded: resolved[role] for role, recorded in case.roles})
