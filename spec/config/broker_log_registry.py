"""Broker configs for logs: the topic defaults (log.*), the cleaner and the remote-log switches.

Facts from LogConfig.SERVER_CONFIG_DEF and ServerLogConfigs (names, defaults, docs),
CleanerConfig.CONFIG_DEF and RemoteLogManagerConfig (Kafka 4.x). Update modes come from
DynamicLogConfig (the first synonym of every topic config), LogCleaner's and DynamicThreadPool's
reconfigurable sets; see `broker_registry.dynamic_update_mode`.
"""

from __future__ import annotations

import sys

from spec.config.model import ConfigDefinition, ConfigType, ConfigValue, Importance, Scope
from spec.config.topic_registry import (
    CLEANUP_POLICIES,
    DAY_MS,
    LONG_MAX,
    MEBIBYTE,
    TIMESTAMP_TYPES,
    WEEK_MS,
)
from spec.config.validators import (
    Validator,
    ValidString,
    any_non_duplicate_values,
    at_least,
    between,
    valid_list,
)

T = ConfigType
H, M, L = Importance.HIGH, Importance.MEDIUM, Importance.LOW
HOUR_MS = 60 * 60 * 1000


def broker(name: str, config_type: ConfigType, default: ConfigValue, importance: Importance,
           doc: str, validator: Validator | None = None, *, is_internal: bool = False,
           is_deprecated: bool = False) -> ConfigDefinition:
    """One broker definition; its update mode is filled in by broker_registry."""
    return ConfigDefinition(name, config_type, default, importance, doc, Scope.BROKER, validator,
                            is_internal=is_internal, is_deprecated=is_deprecated)


LOG_DEFINITIONS: list[ConfigDefinition] = [
    broker("num.partitions", T.INT, 1, M, "Partitions given to a topic created without a count.",
           at_least(1)),
    broker("log.dir", T.LIST, ("/tmp/kafka-logs",), H,
           "Log directory used when log.dirs is not set.",
           any_non_duplicate_values(is_empty_allowed=False, is_null_allowed=False)),
    broker("log.dirs", T.LIST, None, H, "Directories that hold partition logs; overrides log.dir.",
           any_non_duplicate_values(is_empty_allowed=False, is_null_allowed=True)),
    broker("log.segment.bytes", T.INT, 1024 * MEBIBYTE, H, "Default for segment.bytes.",
           at_least(MEBIBYTE)),
    broker("log.roll.ms", T.LONG, None, H,
           "Default for segment.ms; unset falls to log.roll.hours."),
    broker("log.roll.hours", T.INT, WEEK_MS // HOUR_MS, H, "Default for segment.ms, in hours.",
           at_least(1)),
    broker("log.roll.jitter.ms", T.LONG, None, H,
           "Default for segment.jitter.ms; unset falls to log.roll.jitter.hours."),
    broker("log.roll.jitter.hours", T.INT, 0, H, "Default for segment.jitter.ms, in hours.",
           at_least(0)),
    broker("log.retention.ms", T.LONG, None, H,
           "Default for retention.ms; unset falls to minutes, then hours."),
    broker("log.retention.minutes", T.INT, None, H,
           "Default for retention.ms, in minutes; unset falls to log.retention.hours."),
    broker("log.retention.hours", T.INT, WEEK_MS // HOUR_MS, H,
           "Default for retention.ms, in hours."),
    broker("log.retention.bytes", T.LONG, -1, H, "Default for retention.bytes."),
    broker("log.retention.check.interval.ms", T.LONG, 5 * 60 * 1000, M,
           "How often the broker looks for segments retention lets it delete.", at_least(1)),
    broker("log.cleanup.policy", T.LIST, ("delete",), M, "Default for cleanup.policy.",
           valid_list(*CLEANUP_POLICIES)),
    broker("log.index.size.max.bytes", T.INT, 10 * MEBIBYTE, M, "Default for segment.index.bytes.",
           at_least(4)),
    broker("log.index.interval.bytes", T.INT, 4096, M, "Default for index.interval.bytes.",
           at_least(0)),
    broker("log.flush.interval.messages", T.LONG, LONG_MAX, H, "Default for flush.messages.",
           at_least(1)),
    broker("log.segment.delete.delay.ms", T.LONG, 60_000, H, "Default for file.delete.delay.ms.",
           at_least(0)),
    broker("log.flush.scheduler.interval.ms", T.LONG, LONG_MAX, H,
           "How often the flusher checks for logs due a flush; fallback for flush.ms."),
    broker("log.flush.interval.ms", T.LONG, None, H,
           "Default for flush.ms; unset falls to log.flush.scheduler.interval.ms."),
    broker("log.flush.offset.checkpoint.interval.ms", T.INT, 60_000, H,
           "How often the recovery-point checkpoint file is rewritten.", at_least(0)),
    broker("log.flush.start.offset.checkpoint.interval.ms", T.INT, 60_000, H,
           "How often the log-start-offset checkpoint file is rewritten.", at_least(0)),
    broker("log.preallocate", T.BOOLEAN, False, M, "Default for preallocate."),
    broker("num.recovery.threads.per.data.dir", T.INT, 1, H,
           "Threads per log directory for recovery at start and flushing at shutdown.",
           at_least(1)),
    broker("auto.create.topics.enable", T.BOOLEAN, True, H,
           "Whether a Metadata request for an unknown topic creates it."),
    broker("min.insync.replicas", T.INT, 1, H, "Default for min.insync.replicas.", at_least(1)),
    broker("log.message.timestamp.type", T.STRING, "CreateTime", M,
           "Default for message.timestamp.type.", ValidString(TIMESTAMP_TYPES)),
    broker("log.message.timestamp.before.max.ms", T.LONG, LONG_MAX, M,
           "Default for message.timestamp.before.max.ms.", at_least(0)),
    broker("log.message.timestamp.after.max.ms", T.LONG, HOUR_MS, M,
           "Default for message.timestamp.after.max.ms.", at_least(0)),
    broker("create.topic.policy.class.name", T.CLASS, None, L,
           "Class that may veto CreateTopics requests."),
    broker("alter.config.policy.class.name", T.CLASS, None, L,
           "Class that may veto AlterConfigs requests."),
    broker("log.dir.failure.timeout.ms", T.LONG, 30_000, L,
           "How long a broker keeps running after failing to report a dead log directory.",
           at_least(1)),
    broker("log.initial.task.delay.ms", T.LONG, 30_000, L,
           "Delay before the log manager's periodic tasks first run (tests only).", at_least(0),
           is_internal=True),
]

CLEANER_DEFINITIONS: list[ConfigDefinition] = [
    broker("log.cleaner.threads", T.INT, 1, M, "Background threads that compact logs.",
           at_least(0)),
    broker("log.cleaner.io.max.bytes.per.second", T.DOUBLE, sys.float_info.max, M,
           "Throttle on the cleaner's combined read and write rate."),
    broker("log.cleaner.dedupe.buffer.size", T.LONG, 128 * MEBIBYTE, M,
           "Memory for the cleaners' key-to-offset maps, shared by all threads."),
    broker("log.cleaner.io.buffer.size", T.INT, 512 * 1024, M,
           "Memory for the cleaners' read and write buffers, shared by all threads.",
           at_least(0)),
    broker("log.cleaner.io.buffer.load.factor", T.DOUBLE, 0.9, M,
           "How full a cleaner's key-to-offset map may get."),
    broker("log.cleaner.backoff.ms", T.LONG, 15_000, M,
           "Sleep when no log needs cleaning.", at_least(0)),
    broker("log.cleaner.min.cleanable.ratio", T.DOUBLE, 0.5, M,
           "Default for min.cleanable.dirty.ratio.", between(0, 1)),
    broker("log.cleaner.enable", T.BOOLEAN, True, M,
           "Whether the cleaner runs at all (deprecated in 4.1; keep it true).",
           is_deprecated=True),
    broker("log.cleaner.delete.retention.ms", T.LONG, DAY_MS, M,
           "Default for delete.retention.ms.", at_least(0)),
    broker("log.cleaner.min.compaction.lag.ms", T.LONG, 0, M,
           "Default for min.compaction.lag.ms.", at_least(0)),
    broker("log.cleaner.max.compaction.lag.ms", T.LONG, LONG_MAX, M,
           "Default for max.compaction.lag.ms.", at_least(1)),
]

REMOTE_LOG_DEFINITIONS: list[ConfigDefinition] = [
    broker("remote.log.storage.system.enable", T.BOOLEAN, False, M,
           "Whether this cluster supports tiered storage at all."),
    broker("log.local.retention.ms", T.LONG, -2, M, "Default for local.retention.ms.",
           at_least(-2)),
    broker("log.local.retention.bytes", T.LONG, -2, M, "Default for local.retention.bytes.",
           at_least(-2)),
]
