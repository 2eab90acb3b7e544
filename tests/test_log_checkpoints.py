"""The small files beside the segments, byte for byte as Kafka writes them."""

from __future__ import annotations

import uuid

import pytest

from reference.core.log.checkpoints import (
    CheckpointError,
    EpochEntry,
    MetaProperties,
    PartitionOffset,
    format_leader_epoch_checkpoint,
    format_meta_properties,
    format_offset_checkpoint,
    format_partition_metadata,
    parse_leader_epoch_checkpoint,
    parse_meta_properties,
    parse_offset_checkpoint,
    parse_partition_metadata,
    uuid_from_kafka_string,
    uuid_to_kafka_string,
)


def test_offset_checkpoint_is_version_count_then_topic_partition_offset_lines() -> None:
    entries = [PartitionOffset("orders", 0, 42), PartitionOffset("orders", 1, 7)]
    data = format_offset_checkpoint(entries)
    assert data == b"0\n2\norders 0 42\norders 1 7\n"
    assert parse_offset_checkpoint(data) == entries


def test_leader_epoch_checkpoint_is_version_count_then_epoch_offset_lines() -> None:
    entries = [EpochEntry(0, 0), EpochEntry(3, 120)]
    data = format_leader_epoch_checkpoint(entries)
    assert data == b"0\n2\n0 0\n3 120\n"
    assert parse_leader_epoch_checkpoint(data) == entries


def test_empty_checkpoint_reads_as_no_entries() -> None:
    assert parse_offset_checkpoint(b"") == []
    assert parse_offset_checkpoint(format_offset_checkpoint([])) == []


@pytest.mark.parametrize("data", [b"1\n0\n", b"0\n2\norders 0 1\n", b"0\n1\norders x 1\n",
                                  b"0\n1\norders 0\n"])
def test_malformed_checkpoint_is_refused(data: bytes) -> None:
    with pytest.raises(CheckpointError):
        parse_offset_checkpoint(data)


def test_partition_metadata_has_version_zero_and_base64_topic_id() -> None:
    topic_id = uuid.UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
    data = format_partition_metadata(topic_id)
    assert data == f"version: 0\ntopic_id: {uuid_to_kafka_string(topic_id)}".encode()
    assert not data.endswith(b"\n")
    assert parse_partition_metadata(data) == topic_id


def test_kafka_uuid_string_is_urlsafe_base64_without_padding() -> None:
    value = uuid.UUID(bytes=bytes(range(16)))
    assert uuid_to_kafka_string(value) == "AAECAwQFBgcICQoLDA0ODw"
    assert uuid_from_kafka_string("AAECAwQFBgcICQoLDA0ODw") == value


def test_meta_properties_as_java_properties_store_writes_them() -> None:
    meta = MetaProperties(node_id=1, cluster_id="MkU3OEVBNTcwNTJENDM2Qg",
                          directory_id=uuid.UUID(bytes=bytes(range(16))))
    data = format_meta_properties(meta, written_at_ms=1_700_000_000_000)
    assert data.decode().splitlines() == [
        "#", "#Tue Nov 14 22:13:20 UTC 2023", "node.id=1",
        "directory.id=AAECAwQFBgcICQoLDA0ODw", "version=1",
        "cluster.id=MkU3OEVBNTcwNTJENDM2Qg",
    ]
    assert parse_meta_properties(data) == meta


def test_meta_properties_of_another_version_is_refused() -> None:
    with pytest.raises(CheckpointError):
        parse_meta_properties(b"version=0\nnode.id=1\ncluster.id=x\n")
