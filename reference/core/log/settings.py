"""The topic configs the log obeys, with Kafka 4's defaults: `LogSettings`.

Mirrors the fields of Kafka's `LogConfig` that `UnifiedLog`, `LogSegment`, `LogValidator` and
the cleaner read. The broker builds one from its config registry (`spec/configs.py`) per topic;
the log never parses config strings itself. Defaults are `ServerLogConfigs`/`LogConfig`'s
(message.timestamp.after.max.ms is 1 hour since Kafka 4.0, KIP-1030).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

LONG_MAX = 2**63 - 1
DAY_MS = 24 * 60 * 60 * 1000


class TimestampPolicy(Enum):
    """message.timestamp.type."""

    CREATE_TIME = "CreateTime"
    LOG_APPEND_TIME = "LogAppendTime"


@dataclass(frozen=True, slots=True)
class LogSettings:
    """One topic's log configs (names as Kafka's, dots to underscores, units last)."""

    segment_bytes: int = 1024 * 1024 * 1024
    segment_ms: int = 7 * DAY_MS
    segment_index_bytes: int = 10 * 1024 * 1024
    index_interval_bytes: int = 4096
    retention_ms: int = 7 * DAY_MS
    retention_bytes: int = -1
    cleanup_policy: frozenset[str] = frozenset({"delete"})
    max_message_bytes: int = 1024 * 1024 + 12
    message_timestamp_type: TimestampPolicy = TimestampPolicy.CREATE_TIME
    message_timestamp_before_max_ms: int = LONG_MAX
    message_timestamp_after_max_ms: int = 60 * 60 * 1000
    flush_messages: int = LONG_MAX
    flush_ms: int = LONG_MAX
    delete_retention_ms: int = DAY_MS
    min_compaction_lag_ms: int = 0
    max_compaction_lag_ms: int = LONG_MAX
    min_cleanable_dirty_ratio: float = 0.5
    compression_type: str = "producer"  # or uncompressed, gzip, snappy, lz4, zstd

    def __post_init__(self) -> None:
        policy: object = self.message_timestamp_type
        if isinstance(policy, str):  # the config registry hands over Kafka's text
            object.__setattr__(self, "message_timestamp_type", TimestampPolicy(policy))
        assert self.segment_bytes >= 14 and self.index_interval_bytes >= 0, self
        assert self.segment_index_bytes >= 12, self.segment_index_bytes
        assert self.cleanup_policy <= {"delete", "compact"}, self.cleanup_policy

    @property
    def is_delete(self) -> bool:
        return "delete" in self.cleanup_policy

    @property
    def is_compact(self) -> bool:
        return "compact" in self.cleanup_policy

    @property
    def max_segment_ms(self) -> int:
        """`LogConfig.maxSegmentMs`: a compacted topic also rolls by max.compaction.lag.ms."""
        if self.is_compact and self.max_compaction_lag_ms > 0:
            return min(self.max_compaction_lag_ms, self.segment_ms)
        return self.segment_ms


@dataclass(frozen=True, slots=True)
class LogManagerSettings:
    """Broker-wide log configs that drive the periodic work (`LogManager`'s schedule)."""

    retention_check_interval_ms: int = 5 * 60 * 1000
    flush_scheduler_interval_ms: int = LONG_MAX
    flush_offset_checkpoint_interval_ms: int = 60_000
    flush_start_offset_checkpoint_interval_ms: int = 60_000
    cleaner_backoff_ms: int = 15_000
    is_cleaner_enabled: bool = True
