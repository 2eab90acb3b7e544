"""DescribeConfigs entries and the synonym lists Kafka's ConfigHelper builds for them.

A synonym list is assembled layer by layer (dynamic per-broker, dynamic cluster default, static
server.properties, built-in default), each layer in the synonym order of
DynamicBrokerConfig.brokerConfigSynonyms, and then cut so it starts at the first entry named
like the config asked about. That cut has a visible quirk this module keeps on purpose: a
topic's retention.ms reports no synonyms at all when only log.retention.hours is set, because
the list is cut at log.retention.ms, which is absent.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from spec.config.model import ConfigSource, ConfigType

# brokerConfigSynonyms: names that stand for one another, most specific first.
_SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("log.roll.ms", "log.roll.hours"),
    ("log.roll.jitter.ms", "log.roll.jitter.hours"),
    ("log.retention.ms", "log.retention.minutes", "log.retention.hours"),
)


@dataclass(frozen=True, slots=True)
class ConfigSynonym:
    """One DescribeConfigsSynonym: a name, its value text (None when sensitive), its source."""

    name: str
    value: str | None
    source: ConfigSource


@dataclass(frozen=True, slots=True)
class ConfigEntry:
    """One DescribeConfigsResourceResult, ready to copy into the response."""

    name: str
    value: str | None
    source: ConfigSource
    is_read_only: bool
    is_sensitive: bool
    synonyms: tuple[ConfigSynonym, ...]
    config_type: ConfigType
    documentation: str | None


def broker_config_synonyms(name: str) -> tuple[str, ...]:
    """DynamicBrokerConfig.brokerConfigSynonyms (no listener overrides here)."""
    if name == "log.flush.interval.ms":
        return ("log.flush.interval.ms", "log.flush.scheduler.interval.ms")
    for group in _SYNONYM_GROUPS:
        if name in group:
            return group
    return (name,)


@dataclass(frozen=True, slots=True)
class ConfigLayers:
    """The four places a broker config value can come from, highest precedence first."""

    dynamic_broker: Mapping[str, str]
    dynamic_default: Mapping[str, str]
    static: Mapping[str, str]
    defaults: Mapping[str, str]

    def ordered(self) -> Sequence[tuple[Mapping[str, str], ConfigSource]]:
        return ((self.dynamic_broker, ConfigSource.DYNAMIC_BROKER_CONFIG),
                (self.dynamic_default, ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG),
                (self.static, ConfigSource.STATIC_BROKER_CONFIG),
                (self.defaults, ConfigSource.DEFAULT_CONFIG))

    def synonyms(self, name: str, *, is_sensitive: bool) -> tuple[ConfigSynonym, ...]:
        """ConfigHelper.configSynonyms(name, brokerConfigSynonyms(name), isSensitive)."""
        found: list[ConfigSynonym] = []
        for values, source in self.ordered():
            for synonym_name in broker_config_synonyms(name):
                if synonym_name in values:
                    shown = None if is_sensitive else values[synonym_name]
                    found.append(ConfigSynonym(synonym_name, shown, source))
        first = next((index for index, entry in enumerate(found) if entry.name == name),
                     len(found))
        return tuple(found[first:])
