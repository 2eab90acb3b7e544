"""TopicConfig resolution and description, topic config validation, incremental alter."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from reference.core.log.settings import LogManagerSettings, LogSettings, TimestampPolicy
from spec.config import (
    AlterConfigOp,
    BrokerConfig,
    ConfigEntry,
    ConfigError,
    ConfigSource,
    ConfigSynonym,
    Scope,
    TopicConfig,
    apply_incremental,
    validate_topic_configs,
)

DEFAULT_BROKER = BrokerConfig.from_strings({})
TIERED_BROKER = BrokerConfig.from_strings({"remote.log.storage.system.enable": "true"})


def entry_of(topic: TopicConfig, name: str) -> ConfigEntry:
    return next(entry for entry in topic.describe() if entry.name == name)


def refusal(configs: Mapping[str, str | None], *, existing: Mapping[str, str] | None = None,
            broker: BrokerConfig | None = None) -> str:
    with pytest.raises(ConfigError) as caught:
        validate_topic_configs(configs, existing=existing, broker=broker)
    assert caught.value.error_code == 40
    return caught.value.message


# --- resolution -----------------------------------------------------------------------------------

def test_override_beats_broker_synonym_beats_default() -> None:
    broker = BrokerConfig.from_strings({"log.retention.hours": "1", "log.segment.bytes": "2097152"})
    topic = TopicConfig.resolve({"retention.ms": "5000"}, broker)
    assert topic.retention_ms == 5000
    assert topic.segment_bytes == 2 * 1024 * 1024
    assert topic.segment_ms == 7 * 24 * 3_600_000
    assert TopicConfig.resolve({}, broker).retention_ms == 3_600_000


def test_typed_accessors() -> None:
    topic = TopicConfig.resolve({"cleanup.policy": "compact,delete", "compression.type": "zstd",
                                 "max.compaction.lag.ms": "1000",
                                 "message.timestamp.type": "LogAppendTime"}, DEFAULT_BROKER)
    assert topic.cleanup_policy == frozenset({"compact", "delete"})
    assert topic.compression_type == "zstd" and topic.compression_level == 3
    assert topic.message_timestamp_type == "LogAppendTime"
    assert topic.max_segment_ms == 1000  # LogConfig.maxSegmentMs for compacted topics
    assert topic.min_cleanable_dirty_ratio == 0.5
    assert topic.unclean_leader_election_enable is False
    assert topic.local_retention_ms == topic.retention_ms  # -2 follows retention.ms
    assert topic.local_retention_bytes == -1
    assert TopicConfig.resolve({}, DEFAULT_BROKER).compression_level is None


def test_internal_segment_bytes_overrides_segment_bytes() -> None:
    topic = TopicConfig.resolve({"internal.segment.bytes": "1024"}, DEFAULT_BROKER)
    assert topic.segment_bytes == 1024


def test_log_settings_can_be_built_field_by_field() -> None:
    topic = TopicConfig.resolve({"retention.ms": "10", "message.timestamp.type": "LogAppendTime"},
                                DEFAULT_BROKER)
    fields = topic.log_settings_fields()
    fields["message_timestamp_type"] = TimestampPolicy(fields["message_timestamp_type"])
    settings = LogSettings(**fields)
    assert settings.retention_ms == 10
    assert settings.message_timestamp_type is TimestampPolicy.LOG_APPEND_TIME
    default_fields = TopicConfig.resolve({}, DEFAULT_BROKER).log_settings_fields()
    default_fields["message_timestamp_type"] = TimestampPolicy(
        default_fields["message_timestamp_type"])
    assert LogSettings(**default_fields) == LogSettings()
    assert LogManagerSettings(**DEFAULT_BROKER.log_manager_settings_fields()) == (
        LogManagerSettings())


# --- DescribeConfigs ------------------------------------------------------------------------------

def test_describe_default_with_its_broker_default_synonym() -> None:
    entry = entry_of(TopicConfig.resolve({}, DEFAULT_BROKER), "cleanup.policy")
    assert entry.value == "delete"
    assert entry.source is ConfigSource.DEFAULT_CONFIG
    assert entry.synonyms == (
        ConfigSynonym("log.cleanup.policy", "delete", ConfigSource.DEFAULT_CONFIG),)
    assert not entry.is_read_only


def test_describe_override_lists_topic_then_broker_layers() -> None:
    broker = BrokerConfig.from_strings({"log.retention.ms": "900"})
    entry = entry_of(TopicConfig.resolve({"retention.ms": " 100 "}, broker), "retention.ms")
    assert entry.value == "100"
    assert entry.source is ConfigSource.TOPIC_CONFIG
    assert entry.synonyms == (
        ConfigSynonym("retention.ms", "100", ConfigSource.TOPIC_CONFIG),
        ConfigSynonym("log.retention.ms", "900", ConfigSource.STATIC_BROKER_CONFIG),
        ConfigSynonym("log.retention.hours", "168", ConfigSource.DEFAULT_CONFIG))


def test_describe_retention_ms_from_hours_alone_reports_no_synonyms() -> None:
    # ConfigHelper cuts the list at log.retention.ms, which is not set: Kafka's own quirk.
    broker = BrokerConfig.from_strings({"log.retention.hours": "1"})
    entry = entry_of(TopicConfig.resolve({}, broker), "retention.ms")
    assert entry.value == "3600000"
    assert entry.synonyms == ()
    assert entry.source is ConfigSource.DEFAULT_CONFIG


def test_describe_static_broker_value_is_the_source() -> None:
    broker = BrokerConfig.from_strings({"log.segment.bytes": "2097152"})
    entry = entry_of(TopicConfig.resolve({}, broker), "segment.bytes")
    assert entry.source is ConfigSource.STATIC_BROKER_CONFIG
    assert [synonym.source for synonym in entry.synonyms] == [
        ConfigSource.STATIC_BROKER_CONFIG, ConfigSource.DEFAULT_CONFIG]


def test_describe_without_synonyms_and_without_internal_configs() -> None:
    topic = TopicConfig.resolve({}, DEFAULT_BROKER)
    entries = topic.describe(include_synonyms=False, include_documentation=True)
    assert all(entry.synonyms == () and entry.documentation for entry in entries)
    assert "internal.segment.bytes" not in {entry.name for entry in entries}
    assert entry_of(topic, "remote.storage.enable").synonyms == ()


# --- validate_topic_configs -----------------------------------------------------------------------

def test_valid_configs_pass() -> None:
    validate_topic_configs({"retention.ms": "1000", "cleanup.policy": "compact,delete",
                            "segment.bytes": "1048576"})


def test_null_values_are_refused_first() -> None:
    assert refusal({"segment.bytes": None, "bogus": "1", "segment.ms": None}) == (
        "Null value not supported for topic configs: segment.bytes,segment.ms")


def test_unknown_name_is_refused() -> None:
    assert refusal({"retention.ms": "1", "foobar": "abc"}) == "Unknown topic config name: foobar"
    assert refusal({"message.downconversion.enable": "true"}) == (
        "Unknown topic config name: message.downconversion.enable")


def test_bad_type_and_range() -> None:
    assert refusal({"retention.ms": "abc"}) == (
        "Invalid value abc for configuration retention.ms: Not a number of type LONG")
    assert refusal({"segment.bytes": "1048575"}) == (
        "Invalid value 1048575 for configuration segment.bytes: Value must be at least 1048576")
    assert refusal({"cleanup.policy": "forever"}) == (
        "Invalid value forever for configuration cleanup.policy: "
        "String must be one of: compact, delete")
    assert refusal({"message.timestamp.type": "Now"}).endswith(
        "String must be one of: CreateTime, LogAppendTime")


def test_first_bad_config_in_log_config_order_is_reported() -> None:
    message = refusal({"retention.ms": "x", "segment.bytes": "x"})
    assert "segment.bytes" in message


def test_min_compaction_lag_above_max_is_refused() -> None:
    assert refusal({"min.compaction.lag.ms": "10", "max.compaction.lag.ms": "5"}) == (
        "conflict topic config setting min.compaction.lag.ms (10) > max.compaction.lag.ms (5)")


def test_broker_defaults_take_part_in_cross_checks() -> None:
    broker = BrokerConfig.from_strings({"log.cleaner.min.compaction.lag.ms": "100"})
    assert refusal({"max.compaction.lag.ms": "50"}, broker=broker) == (
        "conflict topic config setting min.compaction.lag.ms (100) > max.compaction.lag.ms (50)")


def test_remote_storage_needs_the_cluster_switch() -> None:
    assert refusal({"remote.storage.enable": "true"}) == (
        "Tiered Storage functionality is disabled in the broker. "
        "Topic cannot be configured with remote log storage.")
    validate_topic_configs({"remote.storage.enable": "true"}, broker=TIERED_BROKER)


def test_remote_storage_needs_delete_policy() -> None:
    assert refusal({"remote.storage.enable": "true", "cleanup.policy": "compact"},
                   broker=TIERED_BROKER) == (
        "Remote log storage only supports topics with cleanup.policy=delete or "
        "cleanup.policy being an empty list.")
    validate_topic_configs({"remote.storage.enable": "true", "cleanup.policy": ""},
                           broker=TIERED_BROKER)


def test_local_retention_must_fit_within_total_retention() -> None:
    base = {"remote.storage.enable": "true", "retention.ms": "1000"}
    assert refusal({**base, "local.retention.ms": "2000"}, broker=TIERED_BROKER) == (
        "Invalid value 2000 for configuration local.retention.ms: "
        "Value must not be more than retention.ms property value: 1000")
    assert refusal({**base, "local.retention.ms": "-1"}, broker=TIERED_BROKER) == (
        "Invalid value -1 for configuration local.retention.ms: "
        "Value must not be -1 as retention.ms value is set as 1000.")
    sized = {"remote.storage.enable": "true", "retention.bytes": "10",
             "local.retention.bytes": "20"}
    assert refusal(sized, broker=TIERED_BROKER) == (
        "Invalid value 20 for configuration local.retention.bytes: "
        "Value must not be more than retention.bytes property value: 10")


def test_copy_disabled_needs_identical_local_and_total_retention() -> None:
    configs = {"remote.storage.enable": "true", "remote.log.copy.disable": "true",
               "retention.ms": "1000", "local.retention.ms": "500"}
    assert refusal(configs, broker=TIERED_BROKER).startswith(
        "When `remote.log.copy.disable` is set to true, the `local.retention.ms` and "
        "`retention.ms` must be set to the identical value")


def test_turning_remote_storage_off_requires_delete_on_disable() -> None:
    existing = {"remote.storage.enable": "true"}
    assert refusal({"remote.storage.enable": "false"}, existing=existing).startswith(
        "It is invalid to disable remote storage without deleting remote data.")
    validate_topic_configs({"remote.storage.enable": "false",
                            "remote.log.delete.on.disable": "true"}, existing=existing)


# --- apply_incremental ----------------------------------------------------------------------------

def test_set_and_delete() -> None:
    current = {"retention.ms": "1", "segment.ms": "2"}
    result = apply_incremental(current, [("retention.ms", AlterConfigOp.SET, "5"),
                                         ("segment.ms", AlterConfigOp.DELETE, None)])
    assert result == {"retention.ms": "5"}
    assert current == {"retention.ms": "1", "segment.ms": "2"}


def test_append_starts_from_the_default_and_skips_present_values() -> None:
    assert apply_incremental({}, [("cleanup.policy", 2, "compact,delete")]) == (
        {"cleanup.policy": "delete,compact"})


def test_subtract_removes_values() -> None:
    result = apply_incremental({"cleanup.policy": "compact,delete"},
                               [("cleanup.policy", AlterConfigOp.SUBTRACT, "delete")])
    assert result == {"cleanup.policy": "compact"}
    emptied = apply_incremental({}, [("cleanup.policy", AlterConfigOp.SUBTRACT, "delete")])
    assert emptied == {"cleanup.policy": ""}


def test_append_to_non_list_is_invalid_config() -> None:
    with pytest.raises(ConfigError) as caught:
        apply_incremental({}, [("retention.ms", AlterConfigOp.APPEND, "1")])
    assert caught.value.message == "Can't APPEND to key retention.ms because its type is not LIST."
    with pytest.raises(ConfigError, match="Can't SUBTRACT to key nope because its type is not"):
        apply_incremental({}, [("nope", AlterConfigOp.SUBTRACT, "1")])


def test_broker_scope_uses_broker_definitions() -> None:
    result = apply_incremental({}, [("log.cleanup.policy", AlterConfigOp.APPEND, "compact")],
                               scope=Scope.BROKER)
    assert result == {"log.cleanup.policy": "delete,compact"}


def test_unknown_op_code_is_refused() -> None:
    with pytest.raises(ValueError):
        apply_incremental({}, [("retention.ms", 7, "1")])
