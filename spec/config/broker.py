"""BrokerConfig: a broker's parsed configuration, as KafkaConfig holds it, and its description.

Values come from four layers (dynamic per-broker, dynamic cluster default, static
server.properties, built-in default); the highest layer that sets a config wins. Unknown keys
are kept, as Kafka keeps them in `originals`, and listed by `unknown_names` for the caller to
log. Divergence: Kafka parses in KafkaConfig's definition order; ours groups configs by
subsystem, so with two bad values the one reported first can differ.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from spec.config.broker_registry import BROKER_DEFINITIONS
from spec.config.describe import ConfigEntry, ConfigLayers
from spec.config.model import ConfigSource, ConfigType, ConfigValue
from spec.config.topic_registry import TOPIC_DEFINITIONS, TOPIC_SYNONYMS
from spec.config.values import default_text, format_value, parse_and_validate

_DEFAULT_TEXTS: dict[str, str] = {
    name: text for name, definition in BROKER_DEFINITIONS.items()
    if (text := default_text(definition)) is not None
}


def with_id_synonyms(overrides: Mapping[str, str]) -> dict[str, str]:
    """`node.id` and `broker.id` name the same thing: one set alone is copied to the other, as
    `KafkaConfig.populateSynonyms` does (so DescribeConfigs shows both as static configs)."""
    static = dict(overrides)
    if "node.id" in static and "broker.id" not in static:
        static["broker.id"] = static["node.id"]
    elif "broker.id" in static and "node.id" not in static:
        static["node.id"] = static["broker.id"]
    return static


@dataclass(frozen=True, slots=True)
class BrokerConfig:
    """Parsed broker configs: `values` has one entry per defined config (None for null)."""

    layers: ConfigLayers
    values: Mapping[str, ConfigValue]

    @classmethod
    def from_strings(cls, overrides: Mapping[str, str], *,
                     dynamic_default: Mapping[str, str] | None = None,
                     dynamic_broker: Mapping[str, str] | None = None) -> BrokerConfig:
        """Parse server.properties-style strings; raises ConfigError with Kafka's message."""
        layers = ConfigLayers(dict(dynamic_broker or {}), dict(dynamic_default or {}),
                              with_id_synonyms(overrides), _DEFAULT_TEXTS)
        set_layers = [layer for layer, _ in layers.ordered()[:3]]  # every layer but defaults
        values: dict[str, ConfigValue] = {}
        for name, definition in BROKER_DEFINITIONS.items():
            layer = next((layer for layer in set_layers if name in layer), None)
            values[name] = (definition.default if layer is None
                            else parse_and_validate(definition, layer[name]))
        return cls(layers, values)

    def unknown_names(self) -> tuple[str, ...]:
        """Keys given that no broker config defines (Kafka logs them as unused)."""
        given = [*self.layers.static, *self.layers.dynamic_default, *self.layers.dynamic_broker]
        return tuple(dict.fromkeys(name for name in given if name not in BROKER_DEFINITIONS))

    # --- typed access ------------------------------------------------------------------------

    def int_value(self, name: str) -> int:
        value = self.values[name]
        assert isinstance(value, int) and not isinstance(value, bool), (name, value)
        return value

    def bool_value(self, name: str) -> bool:
        value = self.values[name]
        assert isinstance(value, bool), (name, value)
        return value

    def str_value(self, name: str) -> str | None:
        value = self.values[name]
        assert value is None or isinstance(value, str), (name, value)
        return value

    def list_value(self, name: str) -> tuple[str, ...] | None:
        value = self.values[name]
        assert value is None or isinstance(value, tuple), (name, value)
        return value

    def float_value(self, name: str) -> float:
        value = self.values[name]
        assert isinstance(value, float), (name, value)
        return value

    def topic_default(self, topic_config: str) -> ConfigValue:
        """The value a topic without an override gets (KafkaConfig.extractLogConfigMap)."""
        synonyms = TOPIC_SYNONYMS.get(topic_config, ())
        for synonym in synonyms:
            value = self.values[synonym.name]
            if value is None:
                continue
            if isinstance(value, int) and not isinstance(value, bool):
                value = synonym.converter.apply(value)
                # KafkaConfig.logRetentionTimeMillis turns any negative retention into -1.
                if topic_config == "retention.ms" and value < 0:
                    value = -1
            return value
        return TOPIC_DEFINITIONS[topic_config].default

    # --- what the broker reads ---------------------------------------------------------------

    @property
    def node_id(self) -> int:
        return self.int_value("node.id")

    @property
    def process_roles(self) -> tuple[str, ...]:
        return self.list_value("process.roles") or ()

    @property
    def listeners(self) -> tuple[str, ...]:
        return self.list_value("listeners") or ()

    @property
    def advertised_listeners(self) -> tuple[str, ...]:
        """advertised.listeners, or listeners when it is not set (KafkaConfig's fallback)."""
        return self.list_value("advertised.listeners") or self.listeners

    @property
    def log_dirs(self) -> tuple[str, ...]:
        """log.dirs when set, else log.dir (KafkaConfig.logDirs)."""
        return self.list_value("log.dirs") or self.list_value("log.dir") or ()

    @property
    def broker_rack(self) -> str | None:
        return self.str_value("broker.rack")

    @property
    def auto_create_topics_enable(self) -> bool:
        return self.bool_value("auto.create.topics.enable")

    @property
    def delete_topic_enable(self) -> bool:
        return self.bool_value("delete.topic.enable")

    @property
    def num_partitions(self) -> int:
        return self.int_value("num.partitions")

    @property
    def default_replication_factor(self) -> int:
        return self.int_value("default.replication.factor")

    @property
    def min_insync_replicas(self) -> int:
        return self.int_value("min.insync.replicas")

    @property
    def unclean_leader_election_enable(self) -> bool:
        return self.bool_value("unclean.leader.election.enable")

    @property
    def socket_request_max_bytes(self) -> int:
        return self.int_value("socket.request.max.bytes")

    @property
    def message_max_bytes(self) -> int:
        return self.int_value("message.max.bytes")

    @property
    def fetch_max_bytes(self) -> int:
        return self.int_value("fetch.max.bytes")

    @property
    def queued_max_requests(self) -> int:
        return self.int_value("queued.max.requests")

    @property
    def connections_max_idle_ms(self) -> int:
        return self.int_value("connections.max.idle.ms")

    @property
    def max_incremental_fetch_session_cache_slots(self) -> int:
        return self.int_value("max.incremental.fetch.session.cache.slots")

    @property
    def producer_id_expiration_ms(self) -> int:
        return self.int_value("producer.id.expiration.ms")

    @property
    def producer_id_expiration_check_interval_ms(self) -> int:
        return self.int_value("producer.id.expiration.check.interval.ms")

    @property
    def transactional_id_expiration_ms(self) -> int:
        return self.int_value("transactional.id.expiration.ms")

    @property
    def log_retention_check_interval_ms(self) -> int:
        return self.int_value("log.retention.check.interval.ms")

    @property
    def replica_lag_time_max_ms(self) -> int:
        return self.int_value("replica.lag.time.max.ms")

    @property
    def offsets_topic_num_partitions(self) -> int:
        return self.int_value("offsets.topic.num.partitions")

    @property
    def offsets_topic_replication_factor(self) -> int:
        return self.int_value("offsets.topic.replication.factor")

    @property
    def offsets_retention_ms(self) -> int:
        """offsets.retention.minutes in milliseconds (GroupCoordinatorConfig.offsetsRetentionMs)."""
        return self.int_value("offsets.retention.minutes") * 60_000

    @property
    def group_min_session_timeout_ms(self) -> int:
        return self.int_value("group.min.session.timeout.ms")

    @property
    def group_max_session_timeout_ms(self) -> int:
        return self.int_value("group.max.session.timeout.ms")

    @property
    def group_initial_rebalance_delay_ms(self) -> int:
        return self.int_value("group.initial.rebalance.delay.ms")

    @property
    def group_max_size(self) -> int:
        return self.int_value("group.max.size")

    def log_manager_settings_fields(self) -> dict[str, Any]:
        """Keyword arguments for reference/core/log/settings.LogManagerSettings."""
        return {
            "retention_check_interval_ms": self.log_retention_check_interval_ms,
            "flush_scheduler_interval_ms": self.int_value("log.flush.scheduler.interval.ms"),
            "flush_offset_checkpoint_interval_ms":
                self.int_value("log.flush.offset.checkpoint.interval.ms"),
            "flush_start_offset_checkpoint_interval_ms":
                self.int_value("log.flush.start.offset.checkpoint.interval.ms"),
            "cleaner_backoff_ms": self.int_value("log.cleaner.backoff.ms"),
            "is_cleaner_enabled": self.bool_value("log.cleaner.enable"),
        }

    # --- DescribeConfigs -----------------------------------------------------------------------

    def describe(self, *, include_synonyms: bool = True,
                 include_documentation: bool = False) -> list[ConfigEntry]:
        """Entries for DescribeConfigs on this broker's own id (ConfigHelper, perBroker=true)."""
        names = [name for name, definition in BROKER_DEFINITIONS.items()
                 if not definition.is_internal]
        names += [name for name in self.unknown_names() if name not in names]
        return [self._entry(name, include_synonyms, include_documentation) for name in names]

    def describe_cluster_default(self, *, include_synonyms: bool = True,
                                 include_documentation: bool = False) -> list[ConfigEntry]:
        """Entries for DescribeConfigs on the cluster-default broker resource (name "").

        Only configs set as dynamic cluster defaults are listed, and only that layer shows in
        the synonyms (ConfigHelper with perBrokerConfig=false).
        """
        entries = []
        for name, text in self.layers.dynamic_default.items():
            entry = self._entry(name, include_synonyms=True,
                                include_documentation=include_documentation)
            synonyms = tuple(synonym for synonym in entry.synonyms
                             if synonym.source is ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG)
            entries.append(dataclasses.replace(
                entry, value=None if entry.is_sensitive else text,
                source=synonyms[0].source if synonyms else ConfigSource.DEFAULT_CONFIG,
                synonyms=synonyms if include_synonyms else ()))
        return entries

    def _entry(self, name: str, include_synonyms: bool,
               include_documentation: bool) -> ConfigEntry:
        definition = BROKER_DEFINITIONS.get(name)
        is_sensitive = definition is not None and definition.is_sensitive
        value: str | None
        if definition is None:
            value = next((layer[name] for layer, _ in self.layers.ordered() if name in layer))
        else:
            value = format_value(definition, self.values[name])
        synonyms = self.layers.synonyms(name, is_sensitive=is_sensitive)
        return ConfigEntry(
            name=name,
            value=None if is_sensitive else value,
            source=synonyms[0].source if synonyms else ConfigSource.DEFAULT_CONFIG,
            is_read_only=definition is None or definition.is_read_only,
            is_sensitive=is_sensitive,
            synonyms=synonyms if include_synonyms else (),
            config_type=ConfigType.UNKNOWN if definition is None else definition.type,
            documentation=(definition.documentation if include_documentation and definition
                           else None))


# What Kafka's shipped config/server.properties sets for one development node: internal topics
# with one replica, since a single broker cannot hold three. `kspec broker` and the in-process
# test client start from these, as `kafka-server-start.sh config/server.properties` does.
SINGLE_NODE_SERVER_PROPERTIES: dict[str, str] = {
    "offsets.topic.replication.factor": "1",
    "transaction.state.log.replication.factor": "1",
    "transaction.state.log.min.isr": "1",
}
