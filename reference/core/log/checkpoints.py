"""The small text files beside the segments, byte for byte as Kafka writes them.

Mirrors server-common's `CheckpointFile` (a version line, a count line, one entry per line, each
line ended by "\\n" as `BufferedWriter.newLine` does on Linux), `OffsetCheckpointFile` (entries
"topic partition offset", version 0: recovery-point-offset-checkpoint,
log-start-offset-checkpoint, replication-offset-checkpoint), `LeaderEpochCheckpointFile`
(entries "epoch start_offset", version 0), `PartitionMetadataFileFormatter`
("version: 0\\ntopic_id: <uuid>", no final newline) and `PropertiesUtils.writePropertiesFile`
for meta.properties (`Properties.store(writer, "")`: an empty comment line, a date comment line,
then key=value lines in the order Java's hash table yields them).

Every function here is pure: text in, values out, or values in, bytes out. Writing them
atomically is `Storage.write_atomically`'s job (tmp file, fsync, rename, fsync directory).
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from spec.config.java import java_hash_set_order

RECOVERY_POINT_CHECKPOINT = "recovery-point-offset-checkpoint"
LOG_START_OFFSET_CHECKPOINT = "log-start-offset-checkpoint"
REPLICATION_OFFSET_CHECKPOINT = "replication-offset-checkpoint"
CLEANER_OFFSET_CHECKPOINT = "cleaner-offset-checkpoint"  # first dirty offsets, same format
LEADER_EPOCH_CHECKPOINT = "leader-epoch-checkpoint"
PARTITION_METADATA_FILE = "partition.metadata"
META_PROPERTIES_FILE = "meta.properties"
CHECKPOINT_VERSION = 0


class CheckpointError(ValueError):
    """A checkpoint file Kafka would refuse to read (its `IOException` "Malformed line ...")."""


@dataclass(frozen=True, slots=True)
class PartitionOffset:
    """One line of an offset checkpoint: "topic partition offset"."""

    topic: str
    partition: int
    offset: int


@dataclass(frozen=True, slots=True)
class EpochEntry:
    """One line of leader-epoch-checkpoint: the first offset written in `epoch`."""

    epoch: int
    start_offset: int


def _write(lines: Sequence[str]) -> bytes:
    body = [str(CHECKPOINT_VERSION), str(len(lines)), *lines]
    return "".join(line + "\n" for line in body).encode("utf-8")


def _read(data: bytes, fields: int, where: str) -> list[list[int | str]]:
    """The entries' whitespace-split fields, after the version and count checks Kafka makes."""
    lines = data.decode("utf-8").splitlines()
    if not lines:
        return []
    if _to_int(lines[0], where) != CHECKPOINT_VERSION:
        raise CheckpointError(f"unrecognised version {lines[0]!r} in {where}")
    if len(lines) == 1:
        return []
    expected = _to_int(lines[1], where)
    entries: list[list[int | str]] = []
    for line in lines[2:]:
        parts = line.split(" ")
        if len(parts) != fields:
            raise CheckpointError(f"malformed line in checkpoint file [{where}]: {line}")
        entries.append([*parts[:-2], *(_to_int(part, where) for part in parts[-2:])])
    if len(entries) != expected:
        raise CheckpointError(f"expected [{expected}] entries in {where}, found [{len(entries)}]")
    return entries


def _to_int(text: str, where: str) -> int:
    try:
        return int(text)
    except ValueError as error:
        raise CheckpointError(f"malformed line in checkpoint file [{where}]: {text}") from error


def format_offset_checkpoint(entries: Iterable[PartitionOffset]) -> bytes:
    return _write([f"{entry.topic} {entry.partition} {entry.offset}" for entry in entries])


def parse_offset_checkpoint(data: bytes, where: str = "offset checkpoint") -> list[PartitionOffset]:
    return [PartitionOffset(str(topic), int(partition), int(offset))
            for topic, partition, offset in _read(data, 3, where)]


def format_leader_epoch_checkpoint(entries: Iterable[EpochEntry]) -> bytes:
    return _write([f"{entry.epoch} {entry.start_offset}" for entry in entries])


def parse_leader_epoch_checkpoint(data: bytes,
                                  where: str = LEADER_EPOCH_CHECKPOINT) -> list[EpochEntry]:
    return [EpochEntry(int(epoch), int(start)) for epoch, start in _read(data, 2, where)]


# --- partition.metadata -------------------------------------------------------------------------

def uuid_to_kafka_string(value: uuid.UUID) -> str:
    """Kafka's `Uuid.toString`: URL-safe base64 of the 16 bytes, without padding."""
    return base64.urlsafe_b64encode(value.bytes).decode("ascii").rstrip("=")


def uuid_from_kafka_string(text: str) -> uuid.UUID:
    raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if len(raw) != 16:
        raise CheckpointError(f"not a Kafka Uuid: {text!r}")
    return uuid.UUID(bytes=raw)


def format_partition_metadata(topic_id: uuid.UUID) -> bytes:
    return f"version: 0\ntopic_id: {uuid_to_kafka_string(topic_id)}".encode()


def parse_partition_metadata(data: bytes) -> uuid.UUID:
    """The topic id, checking the version line as `PartitionMetadataReadBuffer` does."""
    lines = data.decode("utf-8").splitlines()
    if len(lines) < 2 or not lines[0].startswith("version: ") or lines[0][9:].strip() != "0":
        raise CheckpointError(f"unsupported partition.metadata: {data[:40]!r}")
    if not lines[1].startswith("topic_id: "):
        raise CheckpointError(f"malformed partition.metadata topic id line: {lines[1]!r}")
    return uuid_from_kafka_string(lines[1][10:].strip())


# --- meta.properties ----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class MetaProperties:
    """meta.properties of a KRaft log directory (`MetaProperties`, version 1)."""

    node_id: int
    cluster_id: str
    directory_id: uuid.UUID

    def as_properties(self) -> dict[str, str]:
        return {"version": "1", "node.id": str(self.node_id), "cluster.id": self.cluster_id,
                "directory.id": uuid_to_kafka_string(self.directory_id)}


def _java_properties_order(keys: Sequence[str]) -> list[str]:
    """The order `Properties.store` writes `keys` in: `Properties` sits on a ConcurrentHashMap
    of 16 bins (a handful of keys never resizes it), walked bin by bin, each bin in insertion
    order; the bin is the spread hash (h ^ h >>> 16) masked to 4 bits."""
    assert len(keys) <= 12, keys  # beyond 0.75 * 16 the table would resize
    # With 16 bins, HASH_BITS does not touch the bin bits: the order is a HashMap's.
    return list(java_hash_set_order(keys))


def java_date_string(epoch_ms: int) -> str:
    """`java.util.Date.toString()` in UTC: "EEE MMM dd HH:mm:ss zzz yyyy"."""
    moment = datetime.fromtimestamp(epoch_ms / 1000, tz=UTC)
    return moment.strftime("%a %b %d %H:%M:%S UTC %Y")


def format_meta_properties(meta: MetaProperties, *, written_at_ms: int) -> bytes:
    """meta.properties as Kafka writes it; the date line needs the time, passed in."""
    properties = meta.as_properties()
    lines = ["#", f"#{java_date_string(written_at_ms)}"]
    lines += [f"{key}={properties[key]}" for key in _java_properties_order(list(properties))]
    return "".join(line + "\n" for line in lines).encode("latin-1")


def parse_meta_properties(data: bytes) -> MetaProperties:
    values: dict[str, str] = {}
    for line in data.decode("latin-1").splitlines():
        stripped = line.strip()
        if not stripped or stripped[0] in "#!":
            continue
        key, _, value = stripped.partition("=")
        values[key.strip()] = value.strip()
    if values.get("version") != "1":
        raise CheckpointError(f"meta.properties version {values.get('version')!r}, expected 1")
    try:
        return MetaProperties(int(values["node.id"]), values["cluster.id"],
                              uuid_from_kafka_string(values["directory.id"]))
    except (KeyError, ValueError) as error:
        raise CheckpointError(f"incomplete meta.properties: {error}") from error
