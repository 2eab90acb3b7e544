"""How the controller-bound handlers (ElectLeaders, AlterPartitionReassignments,
ListPartitionReassignments) reach the cluster's controller.

In a cluster, `broker.cluster` is the broker's link to the controller: the replication
`Controller`, the name it knows each partition by, and `commit` to write and spread what a
handler changed (reference/core/cluster/member.py). A single node has no such link; it answers
as a one-node KRaft cluster would, so `link_of` gives it a throwaway controller holding only
this node, registered and unfenced, and every partition led by it (one replica); nothing a
handler does there needs persisting (single-replica partitions never change).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol

from reference.core.replication.controller import Controller

if TYPE_CHECKING:
    from reference.core.broker import Broker


class ClusterLink(Protocol):
    @property
    def controller(self) -> Controller: ...

    def partition_key(self, topic: str, index: int) -> str: ...

    def commit(self, now_ms: int) -> None: ...


class SingleNodeLink:
    """A one-node cluster's controller, rebuilt from the broker's topics."""

    def __init__(self, broker: Broker) -> None:
        self._controller = Controller()
        self._controller.register_broker(broker.node_id)
        self._controller.unfence_broker(broker.node_id)
        for topic, index in topic_partitions(broker):
            self._controller.create_partition(self.partition_key(topic, index),
                                              (broker.node_id,))

    @property
    def controller(self) -> Controller:
        return self._controller

    def partition_key(self, topic: str, index: int) -> str:
        return f"{topic}-{index}"

    def commit(self, now_ms: int) -> None:
        del now_ms  # a single replica's state never changes here: nothing to write


def link_of(broker: Broker) -> ClusterLink:
    return SingleNodeLink(broker) if broker.cluster is None else broker.cluster


def topic_partitions(broker: Broker) -> Iterator[tuple[str, int]]:
    """Every (topic, partition index) the broker's metadata knows, by name then index."""
    for name, topic in sorted(broker.topics.topics_by_name.items()):
        for index in sorted(topic.partitions):
            yield name, index
