"""Who this node is: `meta.properties` in the data directory (node id, cluster id, directory id).

As Kafka's `MetaPropertiesEnsemble`: a new directory gets a fresh cluster id and directory id;
an existing one must name the same node id as the configuration, or the broker refuses to start
(a directory that belongs to another node would serve that node's data as its own).
"""

from __future__ import annotations

import random
import uuid

from reference.core.log.checkpoints import CheckpointError, MetaProperties, uuid_to_kafka_string
from reference.core.log.log_dir import LogDirectory
from reference.core.storage import Storage


class IdentityError(Exception):
    """The data directory belongs to another node, or its meta.properties is unreadable."""


def random_kafka_uuid(rng: random.Random) -> uuid.UUID:
    """Kafka's `Uuid.randomUuid`: never zero, never one whose base64 form starts with '-'."""
    while True:
        candidate = uuid.UUID(int=rng.getrandbits(128), version=4)
        if candidate.int != 0 and not uuid_to_kafka_string(candidate).startswith("-"):
            return candidate


def load_or_create_identity(storage: Storage, node_id: int, rng: random.Random,
                            now_ms: int) -> MetaProperties:
    files = LogDirectory(storage)
    try:
        meta = files.read_meta_properties()
    except CheckpointError as error:
        raise IdentityError(f"unreadable meta.properties: {error}") from error
    if meta is not None:
        if meta.node_id != node_id:
            raise IdentityError(f"Stored node id {meta.node_id} doesn't match previous node id "
                                f"{node_id}. If you moved your data, make sure your configured "
                                "node id matches. If you intend to create a new node, you "
                                "should remove all data in your data directories.")
        return meta
    meta = MetaProperties(node_id=node_id,
                          cluster_id=uuid_to_kafka_string(random_kafka_uuid(rng)),
                          directory_id=random_kafka_uuid(rng))
    files.write_meta_properties(meta, now_ms=now_ms)
    return meta
