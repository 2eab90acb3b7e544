"""The vocabulary of the config registry: types, sources, definitions and the one error.

Wire codes come from Kafka's `DescribeConfigsResponse.ConfigType` and `.ConfigSource` enums
(clients/src/main/java/org/apache/kafka/common/requests/DescribeConfigsResponse.java); the
type names mirror `ConfigDef.Type`. Nothing here parses or resolves; see `values`,
`validators`, `topic` and `broker` for that.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, IntEnum
from typing import TYPE_CHECKING, Union

from spec.config.java import java_to_string

if TYPE_CHECKING:
    from spec.config.validators import Validator


class ConfigType(IntEnum):
    """ConfigDef.Type, numbered as DescribeConfigsResponse v3+ `ConfigType` carries it."""

    UNKNOWN = 0
    BOOLEAN = 1
    STRING = 2
    INT = 3
    SHORT = 4
    LONG = 5
    DOUBLE = 6
    LIST = 7
    CLASS = 8
    PASSWORD = 9


class ConfigSource(IntEnum):
    """Where a value came from, as DescribeConfigsResponse v1+ `ConfigSource` carries it."""

    UNKNOWN = 0
    TOPIC_CONFIG = 1
    DYNAMIC_BROKER_CONFIG = 2
    DYNAMIC_DEFAULT_BROKER_CONFIG = 3
    STATIC_BROKER_CONFIG = 4
    DEFAULT_CONFIG = 5
    DYNAMIC_BROKER_LOGGER_CONFIG = 6
    CLIENT_METRICS_CONFIG = 7
    GROUP_CONFIG = 8


class Importance(Enum):
    """ConfigDef.Importance: how likely an operator is to need to change the value."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class UpdateMode(Enum):
    """How a broker config may change at run time (DynamicBrokerConfig.dynamicConfigUpdateModes).

    `PER_BROKER` configs can only be altered for one broker id; `CLUSTER_WIDE` ones for one broker
    or as the cluster default (resource name ""); `READ_ONLY` ones only by a restart.
    """

    READ_ONLY = "read-only"
    PER_BROKER = "per-broker"
    CLUSTER_WIDE = "cluster-wide"


class Scope(Enum):
    """Which resource a definition belongs to: a broker (server.properties) or a topic."""

    BROKER = "broker"
    TOPIC = "topic"


@dataclass(frozen=True, slots=True)
class Password:
    """A PASSWORD value; its repr never shows the secret (Kafka prints "[hidden]")."""

    secret: str

    def __repr__(self) -> str:
        return "[hidden]"

    __str__ = __repr__


# A parsed value. LIST values are tuples so definitions and accessors stay immutable;
# CLASS values are the class name (the reference has no JVM to load them into).
ConfigValue = Union[bool, int, float, str, tuple[str, ...], Password, None]  # noqa: UP007


class ConfigError(ValueError):
    """A config name or value Kafka would refuse, with Kafka's own message.

    CreateTopics, AlterConfigs and IncrementalAlterConfigs answer these with INVALID_CONFIG (40):
    `ConfigurationControlManager` turns a `ConfigException` into INVALID_CONFIG, and Kafka's
    `InvalidConfigurationException` (unknown topic config names, cross-field checks) has that
    code too. `config_name` is None when the message is not about one config.
    """

    error_code = 40
    error_name = "INVALID_CONFIG"

    def __init__(self, message: str, *, config_name: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.config_name = config_name


def invalid_value(name: str, value: object, reason: str) -> ConfigError:
    """`new ConfigException(name, value, reason)`: "Invalid value V for configuration N: R"."""
    text = f"Invalid value {java_to_string(value)} for configuration {name}: {reason}"
    return ConfigError(text, config_name=name)


class Converter(Enum):
    """How a broker synonym's value becomes the topic config's unit (ConfigSynonym converters)."""

    IDENTITY = "identity"
    MINUTES_TO_MILLISECONDS = "minutes_to_milliseconds"
    HOURS_TO_MILLISECONDS = "hours_to_milliseconds"

    def apply(self, value: int) -> int:
        factor = {"identity": 1, "minutes_to_milliseconds": 60_000,
                  "hours_to_milliseconds": 3_600_000}[self.value]
        return value * factor


@dataclass(frozen=True, slots=True)
class BrokerSynonym:
    """One broker config standing in for a topic config, with the unit conversion it needs."""

    name: str
    converter: Converter = Converter.IDENTITY


@dataclass(frozen=True, slots=True)
class ConfigDefinition:
    """One row of the registry: everything Kafka's ConfigDef.define(...) says about a config.

    `default` is already parsed (None is Kafka's null default); `has_default` is False only
    for configs Kafka defines with NO_DEFAULT_VALUE. `update_mode` matters for broker configs;
    topic configs are always alterable. `documentation` is a one-line summary in our words.
    """

    name: str
    type: ConfigType
    default: ConfigValue
    importance: Importance
    documentation: str
    scope: Scope
    validator: Validator | None = None
    update_mode: UpdateMode = UpdateMode.READ_ONLY
    is_internal: bool = False
    is_deprecated: bool = False
    has_default: bool = True

    @property
    def is_sensitive(self) -> bool:
        """KafkaConfig.maybeSensitive: PASSWORD values are never shown."""
        return self.type is ConfigType.PASSWORD

    @property
    def is_read_only(self) -> bool:
        return self.scope is Scope.BROKER and self.update_mode is UpdateMode.READ_ONLY


def table(scope: Scope,
          rows: list[ConfigDefinition]) -> dict[str, ConfigDefinition]:
    """Index a definition table by name, refusing duplicates and rows of the wrong scope."""
    indexed: dict[str, ConfigDefinition] = {}
    for row in rows:
        assert row.scope is scope, f"{row.name} is a {row.scope} config in a {scope} table"
        assert row.name not in indexed, f"{row.name} is defined twice"
        indexed[row.name] = row
    return indexed
