"""Log compaction for cleanup.policy=compact: keep the latest record per key.

Mirrors Kafka's `Cleaner` in outline. The cleanable range runs from the log start to the first
uncleanable offset: the lowest of the active segment's base offset, the offset the partition
passes in (Kafka uses the last stable offset, itself never above the high watermark), and the
first segment still inside min.compaction.lag.ms. Whole segments only. An offset map of key ->
last offset is built over the dirty part [first dirty offset, first uncleanable offset); then
every segment of the cleanable range is rewritten keeping a record when it is the latest for
its key (or newer than the map) and, for a tombstone (null value), while its batch's delete
horizon has not passed. Batches keep their base and last offsets (offsets inside become sparse);
a batch holding tombstones gets a delete horizon of now + delete.retention.ms the first time it
is cleaned (KIP-534: attribute bit 6, the base timestamp holds the horizon); a batch with
nothing left is dropped; records without a key are dropped, as Kafka does.
Each segment is replaced through `.cleaned` and `.swap` files, so a crash at any point leaves
either the old or the new segment (the loader finishes or discards the swap).
Basic for now: control batches and transactional records are kept as they are (aborted
transactions are not removed, markers never expire), empty batches of idempotent producers are
not kept for their sequence numbers, and segments are not grouped into fewer files.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from reference.core.log.log import PartitionLog
from reference.core.log.segment import (
    CLEANED_SUFFIX,
    INDEX_SUFFIX,
    LOG_SUFFIX,
    SWAP_SUFFIX,
    TIME_INDEX_SUFFIX,
    LogSegment,
    filename_prefix,
)
from reference.core.storage import join
from spec.records.batch import Record, RecordBatch, decode_batch, encode_batch
from spec.records.crc import crc32c
from spec.records.header import ATTRIBUTES_OFFSET, CRC_OFFSET, DELETE_HORIZON_FLAG_MASK


@dataclass(frozen=True, slots=True)
class CleaningResult:
    """What one cleaning did; `first_dirty_offset` goes to cleaner-offset-checkpoint."""

    first_dirty_offset: int
    segments_cleaned: int
    records_removed: int


def first_uncleanable_offset(log: PartitionLog, last_stable_offset: int, *, now_ms: int) -> int:
    """The end of the cleanable range (`LogCleanerManager.cleanableOffsets`)."""
    bound = min(log.active_segment.base_offset, last_stable_offset)
    lag_ms = log.settings.min_compaction_lag_ms
    if lag_ms > 0:
        for segment in log.segments:
            if segment.base_offset >= bound:
                break
            if segment.largest_timestamp() > now_ms - lag_ms:
                bound = segment.base_offset
                break
    return bound


def cleanable_segments(log: PartitionLog, end_offset: int) -> list[LogSegment]:
    """The oldest segments whose successor starts at or before `end_offset` (never the
    active one)."""
    cleanable = []
    for segment, following in zip(log.segments, log.segments[1:], strict=False):
        if following.base_offset > end_offset:
            break
        cleanable.append(segment)
    return cleanable


def dirty_ratio(log: PartitionLog, first_dirty_offset: int, end_offset: int) -> float:
    """Dirty bytes over cleanable bytes, compared with min.cleanable.dirty.ratio."""
    segments = cleanable_segments(log, end_offset)
    total = sum(segment.size_bytes for segment in segments)
    dirty = sum(segment.size_bytes for segment in segments
                if segment.base_offset >= first_dirty_offset)
    return dirty / total if total else 0.0


def _read_batches(segment: LogSegment) -> list[RecordBatch]:
    data = segment.storage.read(segment.log_path, 0, segment.size_bytes)
    return [decode_batch(data, batch.position, verify_crc=False)
            for batch in segment.batches()]


def build_offset_map(segments: list[LogSegment], first_dirty_offset: int) -> dict[bytes, int]:
    """Key -> last offset over the dirty records (Kafka's `SkimpyOffsetMap`, but exact)."""
    latest: dict[bytes, int] = {}
    for segment in segments:
        if segment.next_offset <= first_dirty_offset:
            continue
        for batch in _read_batches(segment):
            if batch.header.is_control:
                continue
            for record in batch.records:
                offset = record.offset(batch.header)
                if record.key is not None and offset >= first_dirty_offset:
                    latest[record.key] = offset
    return latest


def _retain(record: Record, batch: RecordBatch, offset_map: dict[bytes, int],
            map_end_offset: int, now_ms: int) -> bool:
    """Kafka's `shouldRetainRecord`."""
    offset = record.offset(batch.header)
    if offset >= map_end_offset:
        return True
    if record.key is None:
        return False
    is_latest = offset >= offset_map.get(record.key, -1)
    horizon = batch.header.delete_horizon_ms
    keeps_tombstone = horizon is None or now_ms < horizon
    return is_latest and (record.value is not None or keeps_tombstone)


def _rewrite(batch: RecordBatch, kept: list[Record], delete_horizon_ms: int | None) -> bytes:
    """A batch of `kept` with the original base and last offsets and producer fields."""
    header = batch.header
    base_timestamp = header.base_timestamp if delete_horizon_ms is None else delete_horizon_ms
    records = [Record(record.offset_delta,
                      record.timestamp(header) - base_timestamp
                      if delete_horizon_ms is not None else record.timestamp_delta,
                      record.key, record.value, record.headers, record.attributes)
               for record in kept]
    data = bytearray(encode_batch(
        records, base_offset=header.base_offset, compression=header.compression,
        producer_id=header.producer_id, producer_epoch=header.producer_epoch,
        base_sequence=header.base_sequence, is_transactional=header.is_transactional,
        is_control=header.is_control, timestamp_type=header.timestamp_type,
        partition_leader_epoch=header.partition_leader_epoch, base_timestamp=base_timestamp,
        max_timestamp=header.max_timestamp, last_offset_delta=header.last_offset_delta))
    if delete_horizon_ms is not None:
        (attributes,) = struct.unpack_from(">H", data, ATTRIBUTES_OFFSET)
        struct.pack_into(">H", data, ATTRIBUTES_OFFSET, attributes | DELETE_HORIZON_FLAG_MASK)
        struct.pack_into(">I", data, CRC_OFFSET, crc32c(data, ATTRIBUTES_OFFSET))
    return bytes(data)


def _clean_batch(batch: RecordBatch, raw: bytes, offset_map: dict[bytes, int],
                 map_end_offset: int, now_ms: int, delete_retention_ms: int) -> tuple[bytes, int]:
    """(bytes to keep, records removed) for one batch."""
    if batch.header.is_control:
        return raw, 0
    kept = [record for record in batch.records
            if _retain(record, batch, offset_map, map_end_offset, now_ms)]
    removed = len(batch.records) - len(kept)
    if not kept:
        return b"", removed
    has_tombstone = any(record.value is None for record in kept)
    needs_horizon = has_tombstone and batch.header.delete_horizon_ms is None
    if removed == 0 and not needs_horizon:
        return raw, 0
    horizon = now_ms + delete_retention_ms if needs_horizon else batch.header.delete_horizon_ms
    return _rewrite(batch, kept, horizon), removed


def _replace_segment(log: PartitionLog, old: LogSegment, data: bytes, *, now_ms: int) -> None:
    """Write the cleaned copy beside the old segment, then swap it in crash-safely."""
    storage = log.storage
    cleaned = LogSegment(storage, log.directory, old.base_offset, log.settings,
                         created_ms=now_ms, suffix=CLEANED_SUFFIX)
    cleaned.create_files()
    if data:
        storage.append(cleaned.log_path, data)
    cleaned.recover(lambda header: None)
    cleaned.flush()
    prefix = join(log.directory, filename_prefix(old.base_offset))
    suffixes = (INDEX_SUFFIX, TIME_INDEX_SUFFIX, LOG_SUFFIX)  # the log's .swap commits
    for suffix in suffixes:
        storage.rename(prefix + suffix + CLEANED_SUFFIX, prefix + suffix + SWAP_SUFFIX)
    for suffix in suffixes:
        storage.rename(prefix + suffix + SWAP_SUFFIX, prefix + suffix)
    replacement = LogSegment(storage, log.directory, old.base_offset, log.settings,
                             created_ms=old.created_ms)
    replacement.load()
    log.segments[log.segments.index(old)] = replacement


def clean(log: PartitionLog, *, first_dirty_offset: int, last_stable_offset: int,
          now_ms: int) -> CleaningResult:
    """Compact the cleanable range once; returns the new first dirty offset."""
    assert log.settings.is_compact, log.settings.cleanup_policy
    end_offset = first_uncleanable_offset(log, last_stable_offset, now_ms=now_ms)
    segments = cleanable_segments(log, end_offset)
    if not segments or segments[-1].next_offset <= first_dirty_offset:
        return CleaningResult(first_dirty_offset, 0, 0)
    offset_map = build_offset_map(segments, first_dirty_offset)
    map_end_offset = segments[-1].next_offset
    removed_total = 0
    for segment in segments:
        data = segment.storage.read(segment.log_path, 0, segment.size_bytes)
        pieces = []
        for batch_position in segment.batches():
            position, header = batch_position.position, batch_position.header
            raw = data[position:position + header.size_bytes]
            kept, removed = _clean_batch(decode_batch(raw, verify_crc=False), raw, offset_map,
                                         map_end_offset, now_ms, log.settings.delete_retention_ms)
            pieces.append(kept)
            removed_total += removed
        _replace_segment(log, segment, b"".join(pieces), now_ms=now_ms)
    return CleaningResult(map_end_offset, len(segments), removed_total)
