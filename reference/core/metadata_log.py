"""The broker's metadata log: `__cluster_metadata-0`, a partition log of metadata records.

KRaft keeps cluster metadata as records in the `__cluster_metadata` partition and rebuilds its
state by replaying them; kspec does the same on one node. Each commit is one batch (so a
topic's records land together or not at all, as the controller's atomic batches do), flushed
before the change is applied, so an acknowledged CreateTopics survives a crash. Recovery of a
torn tail is the log's: a batch that did not reach the disk whole was never acknowledged.
Divergence: record values are JSON (`metadata_codec`), not Kafka's binary metadata records.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from reference.core.log.log import PartitionLog
from reference.core.log.settings import LogSettings
from reference.core.metadata_codec import decode_metadata_record, encode_metadata_record
from reference.core.storage import Storage
from reference.core.topics import MetadataRecord
from spec.records.batch import decode_batch, encode_batch, iter_batches
from spec.records.record import Record

METADATA_DIRECTORY = "__cluster_metadata-0"
READ_CHUNK_BYTES = 1 << 20


class MetadataLog:
    def __init__(self, storage: Storage, log: PartitionLog) -> None:
        self.storage = storage
        self.log = log

    @classmethod
    def open(cls, storage: Storage, now_ms: int) -> MetadataLog:
        log = PartitionLog.open(storage, METADATA_DIRECTORY, LogSettings(), now_ms=now_ms)
        return cls(storage, log)

    def append(self, records: Sequence[MetadataRecord], now_ms: int) -> None:
        assert records, "an empty commit"
        batch = encode_batch(
            [Record(offset_delta, now_ms, None, encode_metadata_record(record))
             for offset_delta, record in enumerate(records)],
            base_offset=self.log.log_end_offset, partition_leader_epoch=0)
        self.log.append(batch, now_ms=now_ms)
        self.log.flush(now_ms=now_ms)

    def replay(self) -> Iterator[MetadataRecord]:
        """Every committed record, oldest first."""
        offset = self.log.log_start_offset
        while offset < self.log.log_end_offset:
            fetched = self.log.read(offset, READ_CHUNK_BYTES)
            if not fetched.slices:
                return
            for piece in fetched.slices:
                data = self.storage.read(piece.path, piece.position, piece.size_bytes)
                for position, header in iter_batches(data):
                    for record in decode_batch(data, position).records:
                        assert record.value is not None
                        yield decode_metadata_record(record.value)
                    offset = header.next_offset

    def tick(self, now_ms: int) -> None:
        self.log.maybe_flush(now_ms=now_ms)

    def close(self, now_ms: int) -> None:
        self.log.close(now_ms=now_ms)
