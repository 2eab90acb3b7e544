"""The registry tables against Kafka 4.x: names, types, defaults, validators, synonyms, modes."""

from __future__ import annotations

import pytest

from spec.config import (
    BROKER_DEFINITIONS,
    TOPIC_DEFINITIONS,
    TOPIC_SYNONYMS,
    ConfigDefinition,
    ConfigType,
    Importance,
    UpdateMode,
)
from spec.config.values import default_text, validate_value

LOG_CONFIG = "LogConfig.java"
SERVER_LOG = "ServerLogConfigs.java / LogConfig.SERVER_CONFIG_DEF"
SERVER = "ServerConfigs.java"
SOCKET = "SocketServerConfigs.java"
REPLICATION = "ReplicationConfigs.java"
GROUP = "GroupCoordinatorConfig.java"
TXN_LOG = "TransactionLogConfig.java"
TXN_STATE = "TransactionStateManagerConfig.java"
CLEANER = "CleanerConfig.java"
KRAFT = "KRaftConfigs.java"

# (name, type, default text as Kafka's staticDefaultConfigs prints it, where it comes from)
TOPIC_DEFAULTS = [
    ("segment.bytes", ConfigType.INT, "1073741824", LOG_CONFIG + " DEFAULT_SEGMENT_BYTES"),
    ("segment.ms", ConfigType.LONG, "604800000", LOG_CONFIG + " DEFAULT_SEGMENT_MS"),
    ("segment.jitter.ms", ConfigType.LONG, "0", LOG_CONFIG),
    ("segment.index.bytes", ConfigType.INT, "10485760", "LOG_INDEX_SIZE_MAX_BYTES_DEFAULT"),
    ("flush.messages", ConfigType.LONG, "9223372036854775807", "Long.MAX_VALUE"),
    ("flush.ms", ConfigType.LONG, "9223372036854775807", "Long.MAX_VALUE"),
    ("retention.bytes", ConfigType.LONG, "-1", "LOG_RETENTION_BYTES_DEFAULT"),
    ("retention.ms", ConfigType.LONG, "604800000", LOG_CONFIG + " DEFAULT_RETENTION_MS"),
    ("max.message.bytes", ConfigType.INT, "1048588", "1 MiB + Records.LOG_OVERHEAD"),
    ("index.interval.bytes", ConfigType.INT, "4096", "LOG_INDEX_INTERVAL_BYTES_DEFAULT"),
    ("delete.retention.ms", ConfigType.LONG, "86400000", LOG_CONFIG),
    ("min.compaction.lag.ms", ConfigType.LONG, "0", LOG_CONFIG),
    ("max.compaction.lag.ms", ConfigType.LONG, "9223372036854775807", LOG_CONFIG),
    ("file.delete.delay.ms", ConfigType.LONG, "60000", "LOG_DELETE_DELAY_MS_DEFAULT"),
    ("min.cleanable.dirty.ratio", ConfigType.DOUBLE, "0.5", LOG_CONFIG),
    ("cleanup.policy", ConfigType.LIST, "delete", "LOG_CLEANUP_POLICY_DEFAULT"),
    ("unclean.leader.election.enable", ConfigType.BOOLEAN, "false", LOG_CONFIG),
    ("min.insync.replicas", ConfigType.INT, "1", "MIN_IN_SYNC_REPLICAS_DEFAULT"),
    ("compression.type", ConfigType.STRING, "producer", "BrokerCompressionType.PRODUCER"),
    ("compression.gzip.level", ConfigType.INT, "-1", "GzipCompression.DEFAULT_LEVEL"),
    ("compression.lz4.level", ConfigType.INT, "9", "Lz4Compression.DEFAULT_LEVEL"),
    ("compression.zstd.level", ConfigType.INT, "3", "ZstdCompression.DEFAULT_LEVEL"),
    ("preallocate", ConfigType.BOOLEAN, "false", LOG_CONFIG),
    ("message.timestamp.type", ConfigType.STRING, "CreateTime", SERVER_LOG),
    ("message.timestamp.before.max.ms", ConfigType.LONG, "9223372036854775807", SERVER_LOG),
    ("message.timestamp.after.max.ms", ConfigType.LONG, "3600000", "KIP-1030, Kafka 4.0"),
    ("leader.replication.throttled.replicas", ConfigType.LIST, "", "QuotaConfig"),
    ("remote.storage.enable", ConfigType.BOOLEAN, "false", LOG_CONFIG),
    ("local.retention.ms", ConfigType.LONG, "-2", LOG_CONFIG + " DEFAULT_LOCAL_RETENTION_MS"),
    ("local.retention.bytes", ConfigType.LONG, "-2", LOG_CONFIG),
]

BROKER_DEFAULTS = [
    ("node.id", ConfigType.INT, "-1", KRAFT + " EMPTY_NODE_ID"),
    ("num.partitions", ConfigType.INT, "1", SERVER_LOG),
    ("log.dir", ConfigType.LIST, "/tmp/kafka-logs", SERVER_LOG),
    ("log.dirs", ConfigType.LIST, None, SERVER_LOG),
    ("log.roll.hours", ConfigType.INT, "168", SERVER_LOG),
    ("log.roll.ms", ConfigType.LONG, None, SERVER_LOG),
    ("log.retention.hours", ConfigType.INT, "168", SERVER_LOG),
    ("log.retention.minutes", ConfigType.INT, None, SERVER_LOG),
    ("log.retention.check.interval.ms", ConfigType.LONG, "300000", SERVER_LOG),
    ("log.message.timestamp.after.max.ms", ConfigType.LONG, "3600000", "KIP-1030"),
    ("log.cleaner.min.cleanable.ratio", ConfigType.DOUBLE, "0.5", CLEANER),
    ("log.cleaner.io.max.bytes.per.second", ConfigType.DOUBLE, "1.7976931348623157E308",
     CLEANER + " Double.MAX_VALUE"),
    ("log.cleaner.dedupe.buffer.size", ConfigType.LONG, "134217728", CLEANER),
    ("log.cleaner.io.buffer.load.factor", ConfigType.DOUBLE, "0.9", CLEANER),
    ("auto.create.topics.enable", ConfigType.BOOLEAN, "true", SERVER_LOG),
    ("delete.topic.enable", ConfigType.BOOLEAN, "true", SERVER),
    ("message.max.bytes", ConfigType.INT, "1048588", SERVER),
    ("fetch.max.bytes", ConfigType.INT, "57671680", SERVER + " 55 MiB"),
    ("max.incremental.fetch.session.cache.slots", ConfigType.INT, "1000", SERVER),
    ("listeners", ConfigType.LIST, "PLAINTEXT://:9092", SOCKET),
    ("socket.request.max.bytes", ConfigType.INT, "104857600", SOCKET),
    ("queued.max.requests", ConfigType.INT, "500", SOCKET),
    ("connections.max.idle.ms", ConfigType.LONG, "600000", SOCKET),
    ("default.replication.factor", ConfigType.INT, "1", REPLICATION),
    ("replica.lag.time.max.ms", ConfigType.LONG, "30000", REPLICATION),
    ("replica.fetch.max.bytes", ConfigType.INT, "1048576", REPLICATION),
    ("replica.fetch.response.max.bytes", ConfigType.INT, "10485760", REPLICATION),
    ("offsets.topic.num.partitions", ConfigType.INT, "50", GROUP),
    ("offsets.topic.replication.factor", ConfigType.SHORT, "3", GROUP),
    ("offsets.retention.minutes", ConfigType.INT, "10080", GROUP),
    ("group.min.session.timeout.ms", ConfigType.INT, "6000", GROUP),
    ("group.max.session.timeout.ms", ConfigType.INT, "1800000", GROUP),
    ("group.initial.rebalance.delay.ms", ConfigType.INT, "3000", GROUP),
    ("group.max.size", ConfigType.INT, "2147483647", GROUP),
    ("group.consumer.session.timeout.ms", ConfigType.INT, "45000", GROUP),
    ("group.consumer.heartbeat.interval.ms", ConfigType.INT, "5000", GROUP),
    ("group.consumer.assignors", ConfigType.LIST, "uniform,range", GROUP),
    ("transaction.state.log.num.partitions", ConfigType.INT, "50", TXN_LOG),
    ("transaction.state.log.min.isr", ConfigType.INT, "2", TXN_LOG),
    ("producer.id.expiration.ms", ConfigType.INT, "86400000", TXN_LOG),
    ("producer.id.expiration.check.interval.ms", ConfigType.INT, "600000", TXN_LOG),
    ("transactional.id.expiration.ms", ConfigType.INT, "604800000", TXN_STATE),
    ("transaction.max.timeout.ms", ConfigType.INT, "900000", TXN_STATE),
]


@pytest.mark.parametrize(("name", "config_type", "default", "source"), TOPIC_DEFAULTS)
def test_topic_default_matches_kafka(name: str, config_type: ConfigType, default: str,
                                     source: str) -> None:
    definition = TOPIC_DEFINITIONS[name]
    assert definition.type is config_type, source
    assert default_text(definition) == default, source


@pytest.mark.parametrize(("name", "config_type", "default", "source"), BROKER_DEFAULTS)
def test_broker_default_matches_kafka(name: str, config_type: ConfigType, default: str | None,
                                      source: str) -> None:
    definition = BROKER_DEFINITIONS[name]
    assert definition.type is config_type, source
    assert default_text(definition) == default, source


def test_removed_4_0_topic_configs_are_unknown() -> None:
    # KIP-724 removed message.format.version and message.downconversion.enable in 4.0;
    # KIP-937 removed message.timestamp.difference.max.ms.
    for name in ("message.format.version", "message.downconversion.enable",
                 "message.timestamp.difference.max.ms"):
        assert name not in TOPIC_DEFINITIONS


@pytest.mark.parametrize("definition", [*TOPIC_DEFINITIONS.values(), *BROKER_DEFINITIONS.values()],
                         ids=lambda definition: definition.name)
def test_every_default_passes_its_own_validator(definition: ConfigDefinition) -> None:
    # ConfigKey's constructor runs ensureValid on the default, so Kafka would not start otherwise.
    validate_value(definition, definition.default)
    assert definition.documentation and "\n" not in definition.documentation


def test_every_topic_config_except_remote_and_throttles_has_a_broker_synonym() -> None:
    # LogConfig.CONFIGS_WITH_NO_SERVER_DEFAULTS plus the 3.9+ remote-log switches.
    without = {name for name, definition in TOPIC_DEFINITIONS.items()
               if name not in TOPIC_SYNONYMS and not definition.is_internal}
    assert without == {"remote.storage.enable", "leader.replication.throttled.replicas",
                       "follower.replication.throttled.replicas", "remote.log.copy.disable",
                       "remote.log.delete.on.disable"}


def test_synonyms_are_in_kafkas_order() -> None:
    names = {topic: [synonym.name for synonym in synonyms]
             for topic, synonyms in TOPIC_SYNONYMS.items()}
    assert names["retention.ms"] == ["log.retention.ms", "log.retention.minutes",
                                     "log.retention.hours"]
    assert names["segment.ms"] == ["log.roll.ms", "log.roll.hours"]
    assert names["flush.ms"] == ["log.flush.interval.ms", "log.flush.scheduler.interval.ms"]
    assert names["min.cleanable.dirty.ratio"] == ["log.cleaner.min.cleanable.ratio"]
    assert names["max.message.bytes"] == ["message.max.bytes"]


def test_dynamic_update_modes_follow_dynamic_broker_config() -> None:
    mode = {name: definition.update_mode for name, definition in BROKER_DEFINITIONS.items()}
    # Only the first synonym of a topic config is dynamic (DynamicLogConfig).
    assert mode["log.retention.ms"] is UpdateMode.CLUSTER_WIDE
    assert mode["log.retention.hours"] is UpdateMode.READ_ONLY
    assert mode["message.max.bytes"] is UpdateMode.CLUSTER_WIDE
    assert mode["num.io.threads"] is UpdateMode.CLUSTER_WIDE
    assert mode["listeners"] is UpdateMode.PER_BROKER
    assert mode["node.id"] is UpdateMode.READ_ONLY
    assert BROKER_DEFINITIONS["node.id"].is_read_only
    assert not BROKER_DEFINITIONS["log.cleaner.threads"].is_read_only


def test_importance_is_kafkas() -> None:
    assert BROKER_DEFINITIONS["log.dirs"].importance is Importance.HIGH
    assert BROKER_DEFINITIONS["num.partitions"].importance is Importance.MEDIUM
    assert BROKER_DEFINITIONS["producer.id.expiration.ms"].importance is Importance.LOW
    assert TOPIC_DEFINITIONS["retention.ms"].importance is Importance.MEDIUM
