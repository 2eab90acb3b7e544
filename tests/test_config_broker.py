"""BrokerConfig: parsing server.properties, layers, topic defaults and DescribeConfigs entries."""

from __future__ import annotations

import pytest

from spec.config import (
    BrokerConfig,
    ConfigEntry,
    ConfigError,
    ConfigSource,
    ConfigSynonym,
    ConfigType,
)
from spec.config.describe import ConfigLayers, broker_config_synonyms


def entry_of(broker: BrokerConfig, name: str) -> ConfigEntry:
    return next(entry for entry in broker.describe() if entry.name == name)


def test_defaults_give_the_typed_values_the_broker_reads() -> None:
    broker = BrokerConfig.from_strings({})
    assert broker.node_id == -1
    assert broker.auto_create_topics_enable is True
    assert broker.num_partitions == 1
    assert broker.default_replication_factor == 1
    assert broker.socket_request_max_bytes == 100 * 1024 * 1024
    assert broker.message_max_bytes == 1024 * 1024 + 12
    assert broker.delete_topic_enable is True
    assert broker.log_dirs == ("/tmp/kafka-logs",)
    assert broker.max_incremental_fetch_session_cache_slots == 1000
    assert broker.producer_id_expiration_ms == 86_400_000
    assert broker.producer_id_expiration_check_interval_ms == 600_000
    assert broker.log_retention_check_interval_ms == 300_000
    assert broker.fetch_max_bytes == 55 * 1024 * 1024
    assert broker.offsets_retention_ms == 7 * 24 * 60 * 60 * 1000
    assert broker.group_max_size == 2**31 - 1
    assert broker.advertised_listeners == ("PLAINTEXT://:9092",)


def test_overrides_are_parsed_and_typed() -> None:
    broker = BrokerConfig.from_strings({
        "node.id": "3", "log.dirs": "/a, /b", "auto.create.topics.enable": "FALSE",
        "advertised.listeners": "PLAINTEXT://host:9092", "broker.rack": " r1 "})
    assert broker.node_id == 3
    assert broker.log_dirs == ("/a", "/b")
    assert broker.auto_create_topics_enable is False
    assert broker.advertised_listeners == ("PLAINTEXT://host:9092",)
    assert broker.broker_rack == "r1"


def test_bad_value_raises_kafkas_message() -> None:
    with pytest.raises(ConfigError) as caught:
        BrokerConfig.from_strings({"num.partitions": "0"})
    assert caught.value.message == (
        "Invalid value 0 for configuration num.partitions: Value must be at least 1")
    with pytest.raises(ConfigError, match="Not a number of type INT"):
        BrokerConfig.from_strings({"node.id": "one"})


def test_unknown_keys_are_kept_for_the_caller_to_log() -> None:
    broker = BrokerConfig.from_strings({"made.up": "1", "node.id": "1"})
    assert broker.unknown_names() == ("made.up",)
    entry = entry_of(broker, "made.up")
    assert (entry.value, entry.config_type, entry.source) == (
        "1", ConfigType.UNKNOWN, ConfigSource.STATIC_BROKER_CONFIG)


def test_dynamic_layers_take_precedence_over_static() -> None:
    broker = BrokerConfig.from_strings({"message.max.bytes": "100"},
                                       dynamic_default={"message.max.bytes": "200"},
                                       dynamic_broker={"message.max.bytes": "300"})
    assert broker.message_max_bytes == 300
    entry = entry_of(broker, "message.max.bytes")
    assert entry.source is ConfigSource.DYNAMIC_BROKER_CONFIG
    assert [synonym.source for synonym in entry.synonyms] == [
        ConfigSource.DYNAMIC_BROKER_CONFIG, ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG,
        ConfigSource.STATIC_BROKER_CONFIG, ConfigSource.DEFAULT_CONFIG]


@pytest.mark.parametrize(("overrides", "retention_ms"), [
    ({}, 168 * 3_600_000),
    ({"log.retention.hours": "1"}, 3_600_000),
    ({"log.retention.minutes": "2", "log.retention.hours": "1"}, 120_000),
    ({"log.retention.ms": "5", "log.retention.minutes": "2"}, 5),
    ({"log.retention.minutes": "-5"}, -1),  # KafkaConfig turns any negative into -1
    ({"log.retention.hours": "-1"}, -1),
])
def test_retention_ms_takes_the_first_set_synonym(overrides: dict[str, str],
                                                  retention_ms: int) -> None:
    assert BrokerConfig.from_strings(overrides).topic_default("retention.ms") == retention_ms


def test_other_topic_defaults_come_from_their_synonyms() -> None:
    broker = BrokerConfig.from_strings({"log.roll.hours": "2", "log.flush.scheduler.interval.ms":
                                        "7", "message.max.bytes": "999"})
    assert broker.topic_default("segment.ms") == 7_200_000
    assert broker.topic_default("flush.ms") == 7
    assert broker.topic_default("max.message.bytes") == 999
    assert broker.topic_default("remote.storage.enable") is False  # no broker synonym


def test_broker_synonym_groups() -> None:
    assert broker_config_synonyms("log.retention.minutes") == (
        "log.retention.ms", "log.retention.minutes", "log.retention.hours")
    assert broker_config_synonyms("log.flush.interval.ms") == (
        "log.flush.interval.ms", "log.flush.scheduler.interval.ms")
    assert broker_config_synonyms("log.flush.scheduler.interval.ms") == (
        "log.flush.scheduler.interval.ms",)


def test_describe_lists_synonyms_from_the_config_asked_about_onwards() -> None:
    broker = BrokerConfig.from_strings({"log.retention.ms": "1000"})
    assert entry_of(broker, "log.retention.ms").synonyms == (
        ConfigSynonym("log.retention.ms", "1000", ConfigSource.STATIC_BROKER_CONFIG),
        ConfigSynonym("log.retention.hours", "168", ConfigSource.DEFAULT_CONFIG))
    hours = entry_of(broker, "log.retention.hours")
    assert hours.synonyms == (
        ConfigSynonym("log.retention.hours", "168", ConfigSource.DEFAULT_CONFIG),)
    assert hours.source is ConfigSource.DEFAULT_CONFIG


def test_describe_null_default_has_no_value_and_no_synonyms() -> None:
    entry = entry_of(BrokerConfig.from_strings({}), "log.roll.ms")
    assert entry.value is None
    assert entry.synonyms == ()
    assert entry.source is ConfigSource.DEFAULT_CONFIG


def test_describe_flags_and_types() -> None:
    broker = BrokerConfig.from_strings({})
    node_id = entry_of(broker, "node.id")
    assert node_id.is_read_only and not node_id.is_sensitive
    assert node_id.config_type is ConfigType.INT
    assert not entry_of(broker, "log.retention.ms").is_read_only
    ratio = entry_of(broker, "log.cleaner.min.cleanable.ratio")
    assert ratio.value == "0.5" and ratio.config_type is ConfigType.DOUBLE
    names = {entry.name for entry in broker.describe()}
    assert "producer.id.expiration.check.interval.ms" not in names  # internal
    assert entry_of(broker, "node.id").documentation is None
    documented = broker.describe(include_documentation=True, include_synonyms=False)
    first = documented[0]
    assert first.documentation and first.synonyms == ()


def test_sensitive_synonyms_hide_their_values() -> None:
    layers = ConfigLayers({}, {}, {"secret": "x"}, {})
    assert layers.synonyms("secret", is_sensitive=True) == (
        ConfigSynonym("secret", None, ConfigSource.STATIC_BROKER_CONFIG),)


def test_cluster_default_describe_shows_only_dynamic_defaults() -> None:
    broker = BrokerConfig.from_strings({"message.max.bytes": "100"},
                                       dynamic_default={"message.max.bytes": "200"})
    (entry,) = broker.describe_cluster_default()
    assert (entry.name, entry.value, entry.source) == (
        "message.max.bytes", "200", ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG)
    assert entry.synonyms == (ConfigSynonym("message.max.bytes", "200",
                                            ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG),)
    assert BrokerConfig.from_strings({}).describe_cluster_default() == []
