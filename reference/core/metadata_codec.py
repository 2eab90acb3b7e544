"""Metadata records to bytes and back, for the broker's metadata log (`__cluster_metadata-0`).

Each record is one JSON object with a `type` field, stored as a record value in the metadata
partition's log, so it gets the log's durability and crash recovery.
Divergence: Kafka encodes these with its binary metadata record schemas (TopicRecord v0, ...);
kspec uses JSON because no client reads this partition and JSON is what a learner can read.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from reference.core.producers.allocator import ProducerIdsRecord
from reference.core.topics import (
    BrokerRecord,
    ConfigRecord,
    MetadataRecord,
    PartitionRecord,
    RemoveTopicRecord,
    TopicRecord,
)
from spec.decode_error import DecodeError


def encode_metadata_record(record: MetadataRecord) -> bytes:
    if isinstance(record, TopicRecord):
        fields: dict[str, Any] = {"type": "topic", "name": record.name,
                                  "topic_id": str(record.topic_id)}
    elif isinstance(record, PartitionRecord):
        fields = {"type": "partition", "topic_id": str(record.topic_id),
                  "partition": record.partition_index, "replicas": list(record.replicas),
                  "leader": record.leader, "leader_epoch": record.leader_epoch}
        if record.isr is not None:  # one node's records stay as they were
            fields |= {"isr": list(record.isr), "partition_epoch": record.partition_epoch,
                       "recovering": record.is_recovering,
                       "adding": list(record.adding_replicas),
                       "removing": list(record.removing_replicas)}
    elif isinstance(record, ConfigRecord):
        fields = {"type": "config", "topic": record.topic_name, "name": record.name,
                  "value": record.value}
    elif isinstance(record, ProducerIdsRecord):
        fields = {"type": "producer_ids", "broker_id": record.broker_id,
                  "broker_epoch": record.broker_epoch,
                  "next_producer_id": record.next_producer_id}
    elif isinstance(record, BrokerRecord):
        fields = {"type": "broker", "broker_id": record.broker_id,
                  "broker_epoch": record.broker_epoch, "host": record.host,
                  "port": record.port, "fenced": record.is_fenced,
                  "controlled_shutdown": record.in_controlled_shutdown}
    else:
        fields = {"type": "remove_topic", "topic_id": str(record.topic_id)}
    return json.dumps(fields, sort_keys=True).encode()


def decode_metadata_record(value: bytes) -> MetadataRecord:
    """The record that `encode_metadata_record` wrote; DecodeError on anything else."""
    try:
        fields = json.loads(value)
        kind = fields["type"]
        if kind == "topic":
            return TopicRecord(str(fields["name"]), uuid.UUID(fields["topic_id"]))
        if kind == "partition":
            return decode_partition_record(fields)
        if kind == "broker":
            return BrokerRecord(int(fields["broker_id"]), int(fields["broker_epoch"]),
                                str(fields["host"]), int(fields["port"]),
                                bool(fields["fenced"]), bool(fields["controlled_shutdown"]))
        if kind == "config":
            raw_value = fields["value"]
            return ConfigRecord(str(fields["topic"]), str(fields["name"]),
                                None if raw_value is None else str(raw_value))
        if kind == "producer_ids":
            return ProducerIdsRecord(int(fields["broker_id"]), int(fields["broker_epoch"]),
                                     int(fields["next_producer_id"]))
        if kind == "remove_topic":
            return RemoveTopicRecord(uuid.UUID(fields["topic_id"]))
    except (ValueError, KeyError, TypeError) as error:
        raise DecodeError(f"bad metadata record: {error}", offset=0,
                          field="metadata record") from error
    raise DecodeError(f"unknown metadata record type {kind!r}", offset=0,
                      field="metadata record")


def decode_partition_record(fields: dict[str, Any]) -> PartitionRecord:
    isr = fields.get("isr")
    return PartitionRecord(uuid.UUID(fields["topic_id"]), int(fields["partition"]),
                           tuple(int(r) for r in fields["replicas"]),
                           int(fields["leader"]), int(fields["leader_epoch"]),
                           None if isr is None else tuple(int(r) for r in isr),
                           int(fields.get("partition_epoch", 0)),
                           bool(fields.get("recovering", False)),
                           tuple(int(r) for r in fields.get("adding", ())),
                           tuple(int(r) for r in fields.get("removing", ())))
