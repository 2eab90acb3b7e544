"""Brokers by role: how a multi-broker case names the broker each connection went to, and how
node ids in its answers are compared on a cluster that numbers and places them its own way.

A role is one of:
  `bootstrap`               any broker (the first address of the target)
  `leader of T-P`           the leader of partition P of topic T
  `follower K of T-P`       the K-th replica of T-P that is not its leader, in the order of the
                            partition's replica list (K from 1)
At replay, each role is resolved from a Metadata answer of the target. A case lists the node id
each role had when it was recorded (`Case.roles`), so a recorded node id maps to the target's
node id of the same role, and node-id fields of the expected answers (`NODE_ID_FIELDS`) are
translated through that mapping before they are compared.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from conformance.case import Fields

BOOTSTRAP = "bootstrap"
_ROLE = re.compile(r"^(?:leader|follower (?P<rank>[1-9]\d*)) of (?P<topic>.+)-(?P<partition>\d+)$")

# Response fields whose values are broker ids (Kafka's schemas mark them "entityType":
# "brokerId"): compared through the role mapping in multi-broker cases.
NODE_ID_FIELDS = (
    "node_id", "leader_id", "replica_nodes", "isr_nodes", "offline_replicas",
    "eligible_leader_replicas", "last_known_elr", "replicas", "adding_replicas",
    "removing_replicas", "preferred_read_replica", "broker_id",
)
# Node ids are compared; the ignore rules that hid them in single-broker cases are dropped.
# `node_endpoints` stays compared as a list (its hosts and ports are still ignored).
UNIGNORED_IN_CLUSTER_CASES = ("node_id", "leader_id", "replica_nodes", "isr_nodes",
                              "offline_replicas", "node_endpoints")
# The ISR is a set in Kafka's partition registration; its order is not part of the protocol.
CLUSTER_UNORDERED = ("isr_nodes", "node_endpoints")
# A coordinator is the leader of an internal topic's partition, placed as the cluster pleases:
# no role of the case's own topic names it, so its id stays ignored.
CLUSTER_IGNORED = ("FindCoordinator:node_id",)


@dataclass(frozen=True, slots=True)
class PartitionRole:
    topic: str
    partition: int
    follower_rank: int  # 0: the leader

    def text(self) -> str:
        who = "leader" if self.follower_rank == 0 else f"follower {self.follower_rank}"
        return f"{who} of {self.topic}-{self.partition}"


def parse_role(role: str) -> PartitionRole | None:
    """The partition role, None for `bootstrap`; ValueError for anything else."""
    if role == BOOTSTRAP:
        return None
    found = _ROLE.match(role)
    if found is None:
        raise ValueError(f"role {role!r} is not bootstrap, 'leader of T-P' or "
                         "'follower K of T-P'")
    return PartitionRole(found["topic"], int(found["partition"]), int(found["rank"] or 0))


def renamed_role(role: str, renames: Mapping[str, str]) -> str:
    parsed = parse_role(role)
    if parsed is None or parsed.topic not in renames:
        return role
    return PartitionRole(renames[parsed.topic], parsed.partition, parsed.follower_rank).text()


def node_of(role: PartitionRole, leader_id: int, replica_nodes: tuple[int, ...]) -> int | None:
    """The node id holding `role` in a partition with this leader and replica list."""
    if role.follower_rank == 0:
        return leader_id if leader_id >= 0 else None
    followers = [node for node in replica_nodes if node != leader_id]
    return followers[role.follower_rank - 1] if role.follower_rank <= len(followers) else None


def roles_of_partition(topic: str, partition: int, leader_id: int,
                       replica_nodes: tuple[int, ...]) -> dict[int, str]:
    """Each replica's role in one partition: node id -> role."""
    found = {leader_id: PartitionRole(topic, partition, 0).text()}
    followers = [node for node in replica_nodes if node != leader_id]
    for rank, node in enumerate(followers, 1):
        found[node] = PartitionRole(topic, partition, rank).text()
    return found


def translate_node_ids(fields: Fields, mapping: Mapping[int, int]) -> Fields:
    """`fields` with every broker id in a node-id field replaced through `mapping` (ids it
    does not know, such as -1, stay)."""
    if isinstance(fields, dict):
        return {name: _translated(name, value, mapping) for name, value in fields.items()}
    if isinstance(fields, list):
        return [translate_node_ids(item, mapping) for item in fields]
    return fields


def _translated(name: str, value: Fields, mapping: Mapping[int, int]) -> Fields:
    if name in NODE_ID_FIELDS:
        if isinstance(value, int) and not isinstance(value, bool):
            return mapping.get(value, value)
        if isinstance(value, list) and all(isinstance(item, int) for item in value):
            return [mapping.get(item, item) for item in value]
    return translate_node_ids(value, mapping)
