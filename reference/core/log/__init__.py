"""The durable segmented log of one partition (Kafka's `UnifiedLog`/`LocalLog` and friends).

Public doors: `PartitionLog` (open/recover, append, read, roll, flush, ListOffsets, truncate),
`validate_and_assign` (produce validation and offset assignment), `retention` and `compaction`
functions, `LeaderEpochCache`, the on-disk formats in `checkpoints`, and `LogDirectory` for the
data directory's own files. See docs/log.md.
"""

from reference.core.log.checkpoints import EpochEntry, MetaProperties, PartitionOffset
from reference.core.log.compaction import CleaningResult, clean
from reference.core.log.follower import validate_follower_records
from reference.core.log.leader_epoch import LeaderEpochCache
from reference.core.log.log import PartitionLog, partition_directory
from reference.core.log.log_dir import LogDirectory
from reference.core.log.offsets import (
    AppendInfo,
    FetchData,
    LogOffsetMetadata,
    OffsetOutOfRangeError,
)
from reference.core.log.retention import delete_old_segments, delete_records_before
from reference.core.log.segment import TimestampAndOffset
from reference.core.log.settings import LogManagerSettings, LogSettings, TimestampPolicy
from reference.core.log.txn_index import AbortedTxn
from reference.core.log.validator import (
    AppendOrigin,
    ErrorCode,
    RecordError,
    ValidatedRecords,
    ValidationFailure,
    validate_and_assign,
)

__all__ = [
    "AbortedTxn",
    "AppendInfo",
    "AppendOrigin",
    "CleaningResult",
    "EpochEntry",
    "ErrorCode",
    "FetchData",
    "LeaderEpochCache",
    "LogDirectory",
    "LogManagerSettings",
    "LogOffsetMetadata",
    "LogSettings",
    "MetaProperties",
    "OffsetOutOfRangeError",
    "PartitionLog",
    "PartitionOffset",
    "RecordError",
    "TimestampAndOffset",
    "TimestampPolicy",
    "ValidatedRecords",
    "ValidationFailure",
    "clean",
    "delete_old_segments",
    "delete_records_before",
    "partition_directory",
    "validate_and_assign",
    "validate_follower_records",
]
