"""The config registry: Kafka 4.x broker and topic configs, parsed, resolved and described.

`BrokerConfig.from_strings` parses a broker's configuration; `TopicConfig.resolve` layers a
topic's overrides over it; `validate_topic_configs` and `apply_incremental` are what
CreateTopics, AlterConfigs and IncrementalAlterConfigs need; `describe()` on either gives
DescribeConfigs entries. The tables live in `topic_registry` and `broker_registry`.
"""

from spec.config.broker import SINGLE_NODE_SERVER_PROPERTIES, BrokerConfig
from spec.config.broker_registry import BROKER_DEFINITIONS
from spec.config.describe import ConfigEntry, ConfigSynonym
from spec.config.model import (
    ConfigDefinition,
    ConfigError,
    ConfigSource,
    ConfigType,
    Importance,
    Scope,
    UpdateMode,
)
from spec.config.topic import TopicConfig
from spec.config.topic_registry import TOPIC_DEFINITIONS, TOPIC_SYNONYMS
from spec.config.validate import AlterConfigOp, apply_incremental, validate_topic_configs
from spec.config.values import format_value, parse_value

__all__ = [
    "BROKER_DEFINITIONS",
    "SINGLE_NODE_SERVER_PROPERTIES",
    "TOPIC_DEFINITIONS",
    "TOPIC_SYNONYMS",
    "AlterConfigOp",
    "BrokerConfig",
    "ConfigDefinition",
    "ConfigEntry",
    "ConfigError",
    "ConfigSource",
    "ConfigSynonym",
    "ConfigType",
    "Importance",
    "Scope",
    "TopicConfig",
    "UpdateMode",
    "apply_incremental",
    "format_value",
    "parse_value",
    "validate_topic_configs",
]
