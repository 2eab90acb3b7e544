"""TopicConfig: one topic's resolved configs (LogConfig) and their DescribeConfigs entries.

A value is the topic's override when it has one, else the broker's synonym for it (first set
synonym wins, converted to milliseconds where the broker counts hours or minutes), else the
topic default. The log reads every field it needs from here (`log_settings_fields`), so it
never parses config strings itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from spec.config.broker import BrokerConfig
from spec.config.describe import ConfigEntry, ConfigSynonym
from spec.config.model import ConfigSource, ConfigType, ConfigValue
from spec.config.topic_registry import TOPIC_DEFINITIONS, TOPIC_SYNONYMS
from spec.config.values import format_value, parse_and_validate


@dataclass(frozen=True, slots=True)
class TopicConfig:
    """Resolved topic configs: `values` has one typed entry per LogConfig definition."""

    overrides: Mapping[str, str]
    values: Mapping[str, ConfigValue]
    broker: BrokerConfig

    @classmethod
    def resolve(cls, overrides: Mapping[str, str], broker: BrokerConfig) -> TopicConfig:
        """Topic overrides over broker synonyms over defaults; raises ConfigError on bad text."""
        values: dict[str, ConfigValue] = {}
        for name, definition in TOPIC_DEFINITIONS.items():
            if name in overrides:
                values[name] = parse_and_validate(definition, overrides[name])
            else:
                values[name] = broker.topic_default(name)
        return cls(dict(overrides), values, broker)

    def _int(self, name: str) -> int:
        value = self.values[name]
        assert isinstance(value, int) and not isinstance(value, bool), (name, value)
        return value

    def _bool(self, name: str) -> bool:
        value = self.values[name]
        assert isinstance(value, bool), (name, value)
        return value

    def _str(self, name: str) -> str:
        value = self.values[name]
        assert isinstance(value, str), (name, value)
        return value

    def _list(self, name: str) -> tuple[str, ...]:
        value = self.values[name]
        assert isinstance(value, tuple), (name, value)
        return value

    @property
    def segment_bytes(self) -> int:
        """LogConfig.segmentSize(): the test-only internal.segment.bytes wins when set."""
        internal = self.values["internal.segment.bytes"]
        return internal if isinstance(internal, int) else self._int("segment.bytes")

    @property
    def segment_ms(self) -> int:
        return self._int("segment.ms")

    @property
    def segment_jitter_ms(self) -> int:
        return self._int("segment.jitter.ms")

    @property
    def segment_index_bytes(self) -> int:
        return self._int("segment.index.bytes")

    @property
    def flush_messages(self) -> int:
        return self._int("flush.messages")

    @property
    def flush_ms(self) -> int:
        return self._int("flush.ms")

    @property
    def retention_bytes(self) -> int:
        return self._int("retention.bytes")

    @property
    def retention_ms(self) -> int:
        return self._int("retention.ms")

    @property
    def max_message_bytes(self) -> int:
        return self._int("max.message.bytes")

    @property
    def index_interval_bytes(self) -> int:
        return self._int("index.interval.bytes")

    @property
    def file_delete_delay_ms(self) -> int:
        return self._int("file.delete.delay.ms")

    @property
    def delete_retention_ms(self) -> int:
        return self._int("delete.retention.ms")

    @property
    def min_compaction_lag_ms(self) -> int:
        return self._int("min.compaction.lag.ms")

    @property
    def max_compaction_lag_ms(self) -> int:
        return self._int("max.compaction.lag.ms")

    @property
    def min_cleanable_dirty_ratio(self) -> float:
        value = self.values["min.cleanable.dirty.ratio"]
        assert isinstance(value, float), value
        return value

    @property
    def cleanup_policy(self) -> frozenset[str]:
        return frozenset(policy.lower() for policy in self._list("cleanup.policy"))

    @property
    def unclean_leader_election_enable(self) -> bool:
        return self._bool("unclean.leader.election.enable")

    @property
    def min_insync_replicas(self) -> int:
        return self._int("min.insync.replicas")

    @property
    def compression_type(self) -> str:
        return self._str("compression.type")

    @property
    def compression_level(self) -> int | None:
        """The level for compression.type's codec (None for codecs without one, LogConfig)."""
        name = f"compression.{self.compression_type}.level"
        return self._int(name) if name in self.values else None

    @property
    def preallocate(self) -> bool:
        return self._bool("preallocate")

    @property
    def message_timestamp_type(self) -> str:
        """"CreateTime" or "LogAppendTime"."""
        return self._str("message.timestamp.type")

    @property
    def message_timestamp_before_max_ms(self) -> int:
        return self._int("message.timestamp.before.max.ms")

    @property
    def message_timestamp_after_max_ms(self) -> int:
        return self._int("message.timestamp.after.max.ms")

    @property
    def leader_replication_throttled_replicas(self) -> tuple[str, ...]:
        return self._list("leader.replication.throttled.replicas")

    @property
    def follower_replication_throttled_replicas(self) -> tuple[str, ...]:
        return self._list("follower.replication.throttled.replicas")

    @property
    def remote_storage_enable(self) -> bool:
        return self._bool("remote.storage.enable")

    @property
    def local_retention_ms(self) -> int:
        """LogConfig.localRetentionMs(): -2 means "same as retention.ms"."""
        value = self._int("local.retention.ms")
        return self.retention_ms if value == -2 else value

    @property
    def local_retention_bytes(self) -> int:
        """LogConfig.localRetentionBytes(): -2 means "same as retention.bytes"."""
        value = self._int("local.retention.bytes")
        return self.retention_bytes if value == -2 else value

    @property
    def max_segment_ms(self) -> int:
        """LogConfig.maxSegmentMs(): compacted topics roll by max.compaction.lag.ms too."""
        if "compact" in self.cleanup_policy and self.max_compaction_lag_ms > 0:
            return min(self.max_compaction_lag_ms, self.segment_ms)
        return self.segment_ms

    def log_settings_fields(self) -> dict[str, Any]:
        """Keyword arguments for reference/core/log/settings.LogSettings, field by field.

        message_timestamp_type is the config's text; LogSettings maps it to its enum.
        """
        names = ("segment_bytes", "segment_ms", "segment_index_bytes", "index_interval_bytes",
                 "retention_ms", "retention_bytes", "cleanup_policy", "max_message_bytes",
                 "message_timestamp_type", "message_timestamp_before_max_ms",
                 "message_timestamp_after_max_ms", "flush_messages", "flush_ms",
                 "delete_retention_ms", "min_compaction_lag_ms", "max_compaction_lag_ms",
                 "min_cleanable_dirty_ratio", "compression_type")
        return {name: getattr(self, name) for name in names}

    # --- DescribeConfigs -----------------------------------------------------------------------

    def describe(self, *, include_synonyms: bool = True,
                 include_documentation: bool = False) -> list[ConfigEntry]:
        """Entries for DescribeConfigs on this topic (ConfigHelper.createTopicConfigEntry)."""
        names = [name for name, definition in TOPIC_DEFINITIONS.items()
                 if not definition.is_internal or name in self.overrides]
        names += [name for name in self.overrides if name not in TOPIC_DEFINITIONS]
        return [self._entry(name, include_synonyms, include_documentation) for name in names]

    def _entry(self, name: str, include_synonyms: bool,
               include_documentation: bool) -> ConfigEntry:
        definition = TOPIC_DEFINITIONS.get(name)
        is_sensitive = definition is not None and definition.is_sensitive
        value = (self.overrides[name] if definition is None
                 else format_value(definition, self.values[name]))
        synonyms: tuple[ConfigSynonym, ...] = ()
        if name in TOPIC_SYNONYMS:
            first_synonym = TOPIC_SYNONYMS[name][0].name
            synonyms = self.broker.layers.synonyms(first_synonym, is_sensitive=is_sensitive)
        if name in self.overrides:
            synonyms = (ConfigSynonym(name, value, ConfigSource.TOPIC_CONFIG), *synonyms)
        return ConfigEntry(
            name=name,
            value=None if is_sensitive else value,
            source=synonyms[0].source if synonyms else ConfigSource.DEFAULT_CONFIG,
            is_read_only=False,
            is_sensitive=is_sensitive,
            synonyms=synonyms if include_synonyms else (),
            config_type=ConfigType.UNKNOWN if definition is None else definition.type,
            documentation=(definition.documentation if include_documentation and definition
                           else None))
