"""ListOffsets against the log (`UnifiedLog.fetchOffsetByTimestamp`).

Earliest (-2) and earliest local (-4, the same here: no tiered storage) answer the log start
offset with the first cached epoch if it covers it; latest (-1) the log end offset with the
latest epoch; latest tiered (-5) (-1, -1) without tiering; max timestamp (-3) the batch holding
the largest timestamp (its last offset, as Kafka's `offsetOfMaxTimestamp` for v2 batches);
any other timestamp the first record whose timestamp is >= it, searched in the first segment
whose largest timestamp reaches it, from the log start offset.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reference.core.log.segment import TimestampAndOffset
from spec.records.batch import decode_batch
from spec.records.header import NO_TIMESTAMP

if TYPE_CHECKING:
    from reference.core.log.log import PartitionLog

EARLIEST_TIMESTAMP = -2
LATEST_TIMESTAMP = -1
MAX_TIMESTAMP = -3
EARLIEST_LOCAL_TIMESTAMP = -4
LATEST_TIERED_TIMESTAMP = -5


def offset_for_timestamp(log: PartitionLog, timestamp: int) -> TimestampAndOffset | None:
    """ListOffsets by time (`fetchOffsetByTimestamp`): earliest (-2, -4), latest (-1),
    max timestamp (-3), latest tiered (-5, no tiering here), or the first record whose
    timestamp is >= `timestamp` in the first segment that has one."""
    if timestamp in (EARLIEST_TIMESTAMP, EARLIEST_LOCAL_TIMESTAMP):
        earliest = log.leader_epochs.earliest_entry()
        epoch = (earliest.epoch if earliest is not None
                 and earliest.start_offset <= log.log_start_offset else None)
        return TimestampAndOffset(NO_TIMESTAMP, log.log_start_offset, epoch)
    if timestamp == LATEST_TIMESTAMP:
        return TimestampAndOffset(NO_TIMESTAMP, log.log_end_offset,
                                  log.leader_epochs.latest_epoch())
    if timestamp == LATEST_TIERED_TIMESTAMP:
        return TimestampAndOffset(NO_TIMESTAMP, -1, -1)
    if timestamp == MAX_TIMESTAMP:
        return _max_timestamp_offset(log)
    for segment in log.segments:
        if segment.largest_timestamp() >= timestamp:
            return segment.find_offset_by_timestamp(timestamp, log.log_start_offset)
    return None


def _max_timestamp_offset(log: PartitionLog) -> TimestampAndOffset | None:
    latest = log.segments[0]
    for segment in log.segments[1:]:
        if segment.max_timestamp_so_far > latest.max_timestamp_so_far:
            latest = segment
    _, position = latest.offset_index.lookup(latest.offset_of_max_timestamp_so_far)
    for batch in latest.batches(position):
        if batch.header.max_timestamp == latest.max_timestamp_so_far:
            epoch = batch.header.partition_leader_epoch
            data = latest.storage.read(latest.log_path, batch.position, batch.header.size_bytes)
            return TimestampAndOffset(batch.header.max_timestamp,
                                      offset_of_max_timestamp(data),
                                      epoch if epoch >= 0 else None)
    return None


def offset_of_max_timestamp(batch: bytes) -> int:
    """The first record whose timestamp is the batch's max (`RecordBatch.offsetOfMaxTimestamp`,
    KAFKA-16310): under LogAppendTime every record has it, so the base offset."""
    decoded = decode_batch(batch, verify_crc=False)
    header = decoded.header
    for record in decoded.records:
        if record.timestamp(header) == header.max_timestamp:
            return record.offset(header)
    return -1
