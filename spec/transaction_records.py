"""`__transaction_state` records: the key and value bytes the transaction coordinator writes.

Layout (Kafka 4's TransactionLog.keyToBytes / valueToBytes / read):
  key   = int16 record type 0 (the transaction coordinator's own CoordinatorRecordType), then
          TransactionLogKey at version 0
  value = int16 value version, then TransactionLogValue at that version; no value is a
          tombstone, which forgets the transactional id
The value version follows the cluster's `transaction.version` feature level, not the client's:
level 0 writes version 0, levels 1 and 2 write the flexible version 1
(TransactionVersion.transactionLogValueVersion), which adds the tagged previous and next
producer ids and the client's transaction version (version 0 drops them: they are tagged
fields, unknown to it). An Empty transaction stores a null
partition list, and its partitions are ignored when read.
Divergences: topics and partitions are written sorted (Kafka groups them through a hash map, so
its order is unspecified); a value version outside 0-1 or an unknown status byte is a
`DecodeError` (Kafka returns UnknownValueVersion / throws IllegalStateException).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from spec.decode_error import DecodeError
from spec.generated_coordinator.transaction_log import TransactionLogKey, TransactionLogValue
from spec.wire import Reader, Writer

__all__ = [
    "NO_PRODUCER_EPOCH", "NO_PRODUCER_ID", "TRANSACTION_LOG_RECORD_TYPE", "TransactionLogEntry",
    "TransactionRecord", "TransactionState", "decode_transaction_record",
    "encode_transaction_record", "value_version_for",
]

TRANSACTION_LOG_RECORD_TYPE = 0
NO_PRODUCER_ID = -1
NO_PRODUCER_EPOCH = -1


class TransactionState(IntEnum):
    """The status byte of a TransactionLogValue (Kafka's TransactionState ids)."""

    EMPTY = 0
    ONGOING = 1
    PREPARE_COMMIT = 2
    PREPARE_ABORT = 3
    COMPLETE_COMMIT = 4
    COMPLETE_ABORT = 5
    DEAD = 6
    PREPARE_EPOCH_FENCE = 7

    @property
    def display_name(self) -> str:
        """The name DescribeTransactions and ListTransactions show ("PrepareCommit")."""
        return "".join(word.capitalize() for word in self.name.split("_"))

    @classmethod
    def from_display_name(cls, name: str) -> TransactionState | None:
        return next((state for state in cls if state.display_name == name), None)


@dataclass(frozen=True, slots=True)
class TransactionLogEntry:
    """What one value says of a transactional id, in domain terms."""

    producer_id: int
    producer_epoch: int
    timeout_ms: int
    state: TransactionState
    partitions: frozenset[tuple[str, int]]
    start_timestamp_ms: int
    last_update_timestamp_ms: int
    previous_producer_id: int = NO_PRODUCER_ID
    next_producer_id: int = NO_PRODUCER_ID
    client_transaction_version: int = 0


@dataclass(frozen=True, slots=True)
class TransactionRecord:
    """One decoded record: the transactional id and its entry (None: a tombstone)."""

    transactional_id: str
    entry: TransactionLogEntry | None
    value_version: int | None = field(default=None)

    @property
    def is_tombstone(self) -> bool:
        return self.entry is None


def value_version_for(transaction_version_level: int) -> int:
    """The value version Kafka 4 writes at this `transaction.version` feature level."""
    assert transaction_version_level >= 0, transaction_version_level
    return 1 if transaction_version_level >= 1 else 0


def _partitions_schema(entry: TransactionLogEntry,
                       ) -> tuple[TransactionLogValue.PartitionsSchema, ...] | None:
    if entry.state is TransactionState.EMPTY:
        return None
    by_topic: dict[str, list[int]] = {}
    for topic, partition in sorted(entry.partitions):
        by_topic.setdefault(topic, []).append(partition)
    return tuple(TransactionLogValue.PartitionsSchema(topic=topic, partition_ids=tuple(ids))
                 for topic, ids in by_topic.items())


def encode_key(transactional_id: str) -> bytes:
    writer = Writer()
    writer.int16(TRANSACTION_LOG_RECORD_TYPE)
    TransactionLogKey(transactional_id=transactional_id).write(writer, 0)
    return writer.getvalue()


def encode_transaction_record(transactional_id: str, entry: TransactionLogEntry | None,
                              transaction_version_level: int) -> tuple[bytes, bytes | None]:
    """(key bytes, value bytes or None for a tombstone), as Kafka 4 writes them."""
    key = encode_key(transactional_id)
    if entry is None:
        return key, None
    if entry.state is TransactionState.EMPTY and entry.partitions:
        raise ValueError(f"an Empty transaction has no partitions: {entry}")
    version = value_version_for(transaction_version_level)
    value = TransactionLogValue(
        producer_id=entry.producer_id, producer_epoch=entry.producer_epoch,
        transaction_timeout_ms=entry.timeout_ms, transaction_status=int(entry.state),
        transaction_partitions=_partitions_schema(entry),
        transaction_last_update_timestamp_ms=entry.last_update_timestamp_ms,
        transaction_start_timestamp_ms=entry.start_timestamp_ms,
        previous_producer_id=entry.previous_producer_id if version >= 1 else NO_PRODUCER_ID,
        next_producer_id=entry.next_producer_id if version >= 1 else NO_PRODUCER_ID,
        client_transaction_version=entry.client_transaction_version if version >= 1 else 0)
    return key, version.to_bytes(2, "big", signed=True) + value.encode(version)


def _entry_of(value: TransactionLogValue) -> TransactionLogEntry:
    try:
        state = TransactionState(value.transaction_status)
    except ValueError:
        raise DecodeError(f"unknown transaction state id {value.transaction_status}", offset=0,
                          field="TransactionLogValue.transaction_status") from None
    partitions: frozenset[tuple[str, int]] = frozenset()
    if state is not TransactionState.EMPTY:
        partitions = frozenset((schema.topic, partition)
                               for schema in value.transaction_partitions or ()
                               for partition in schema.partition_ids)
    return TransactionLogEntry(
        producer_id=value.producer_id, producer_epoch=value.producer_epoch,
        timeout_ms=value.transaction_timeout_ms, state=state, partitions=partitions,
        start_timestamp_ms=value.transaction_start_timestamp_ms,
        last_update_timestamp_ms=value.transaction_last_update_timestamp_ms,
        previous_producer_id=value.previous_producer_id,
        next_producer_id=value.next_producer_id,
        client_transaction_version=value.client_transaction_version)


def decode_transaction_record(key: bytes | bytearray | memoryview,
                              value: bytes | bytearray | memoryview | None) -> TransactionRecord:
    """The record stored under `key` with `value` (None: a tombstone)."""
    reader = Reader(key)
    record_type = reader.int16("TransactionLog.type")
    if record_type != TRANSACTION_LOG_RECORD_TYPE:
        raise DecodeError(f"unknown transaction log key version {record_type}", offset=0,
                          field="TransactionLog.type")
    transactional_id = TransactionLogKey.read(reader, 0).transactional_id
    if value is None:
        return TransactionRecord(transactional_id, None)
    reader = Reader(value)
    version = reader.int16("TransactionLog.value_version")
    if not TransactionLogValue.MIN_VERSION <= version <= TransactionLogValue.MAX_VERSION:
        raise DecodeError(f"unknown transaction log value version {version}", offset=0,
                          field="TransactionLog.value_version")
    return TransactionRecord(transactional_id,
                             _entry_of(TransactionLogValue.read(reader, version)), version)
