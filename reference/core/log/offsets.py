"""Values the log hands out: offset metadata, fetch data, append info, and its errors.

Mirrors Kafka's `LogOffsetMetadata` (an offset with the segment and byte position holding it,
which lets a read stop at the high watermark without another index lookup), `FetchDataInfo`
(here the bytes are `FileSlice`s the shell can `os.sendfile`) and `LogAppendInfo`.
"""

from __future__ import annotations

from dataclasses import dataclass

from reference.core.log.txn_index import AbortedTxn
from reference.core.storage import FileSlice

UNKNOWN_OFFSET = -1
UNKNOWN_POSITION = -1


class OffsetOutOfRangeError(Exception):
    """OFFSET_OUT_OF_RANGE (1): an offset outside [log start offset, log end offset]."""

    error_code = 1


@dataclass(frozen=True, slots=True)
class LogOffsetMetadata:
    """An offset, the base offset of the segment holding it and the batch's byte position."""

    message_offset: int
    segment_base_offset: int = UNKNOWN_OFFSET
    relative_position_in_segment: int = UNKNOWN_POSITION

    @property
    def is_message_offset_only(self) -> bool:
        return self.segment_base_offset == UNKNOWN_OFFSET


@dataclass(frozen=True, slots=True)
class FetchData:
    """What a read returns: where it started and the stored bytes, possibly cut mid-batch."""

    offset_metadata: LogOffsetMetadata
    slices: tuple[FileSlice, ...] = ()
    is_first_entry_incomplete: bool = False
    aborted_transactions: tuple[AbortedTxn, ...] | None = None  # read_committed reads only

    @property
    def size_bytes(self) -> int:
        return sum(piece.size_bytes for piece in self.slices)


@dataclass(frozen=True, slots=True)
class AppendInfo:
    """An append's outcome: offsets, max timestamp and where the first batch landed."""

    first_offset: int
    last_offset: int
    max_timestamp: int
    shallow_offset_of_max_timestamp: int
    log_start_offset: int
    first_offset_metadata: LogOffsetMetadata
