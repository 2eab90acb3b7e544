"""Checking topic configs a client sends, and IncrementalAlterConfigs' operations.

`validate_topic_configs` follows the controller's path for CreateTopics, AlterConfigs and
IncrementalAlterConfigs on a TOPIC (ControllerConfigurationValidator, then LogConfig.validate):
null values, then unknown names, then every config parsed and validated in LogConfig's order
over the broker's defaults, then LogConfig's cross-config rules. Every failure is a ConfigError
(INVALID_CONFIG) with Kafka's message. `apply_incremental` is
ConfigurationControlManager.incrementalAlterConfigResource's SET/DELETE/APPEND/SUBTRACT.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from functools import cache

from spec.config.broker import BrokerConfig
from spec.config.broker_registry import BROKER_DEFINITIONS
from spec.config.java import java_split_comma
from spec.config.model import ConfigDefinition, ConfigError, ConfigType, ConfigValue, Scope
from spec.config.model import invalid_value as _invalid
from spec.config.topic_registry import TOPIC_DEFINITIONS
from spec.config.values import default_text, parse_and_validate


class AlterConfigOp(IntEnum):
    """IncrementalAlterConfigsRequest ConfigOperation codes."""

    SET = 0
    DELETE = 1
    APPEND = 2
    SUBTRACT = 3


@cache
def _default_broker() -> BrokerConfig:
    return BrokerConfig.from_strings({})


def validate_topic_configs(configs: Mapping[str, str | None], *,
                           existing: Mapping[str, str] | None = None,
                           broker: BrokerConfig | None = None) -> None:
    """Raise ConfigError unless Kafka's controller would accept `configs` for a topic.

    `existing` is the topic's current overrides (only read to spot remote storage being
    turned off); `broker` supplies the defaults the new values are checked against.
    """
    null_names = [name for name, value in configs.items() if value is None]
    if null_names:
        raise ConfigError("Null value not supported for topic configs: " + ",".join(null_names))
    for name in configs:
        if name not in TOPIC_DEFINITIONS:
            raise ConfigError(f"Unknown topic config name: {name}", config_name=name)
    broker = broker or _default_broker()
    parsed: dict[str, ConfigValue] = {}
    for name, definition in TOPIC_DEFINITIONS.items():
        text = configs.get(name)
        parsed[name] = (broker.topic_default(name) if text is None
                        else parse_and_validate(definition, text))
    _check_compaction_lag(parsed)
    system_enabled = broker.bool_value("remote.log.storage.system.enable")
    if parsed["remote.storage.enable"] is True:
        _check_remote_storage(parsed, system_enabled)
    else:
        was_enabled = (existing or {}).get("remote.storage.enable", "false").lower() == "true"
        if was_enabled and parsed["remote.log.delete.on.disable"] is not True:
            raise ConfigError(
                "It is invalid to disable remote storage without deleting remote data. "
                "If you want to keep the remote data and turn to read only, please set "
                "`remote.storage.enable=true,remote.log.copy.disable=true`. If you want to "
                "disable remote storage and delete all remote data, please set "
                "`remote.storage.enable=false,remote.log.delete.on.disable=true`.")


def _long(parsed: Mapping[str, ConfigValue], name: str) -> int:
    value = parsed[name]
    assert isinstance(value, int) and not isinstance(value, bool), (name, value)
    return value


def _check_compaction_lag(parsed: Mapping[str, ConfigValue]) -> None:
    """LogConfig.validateValues."""
    minimum, maximum = (_long(parsed, "min.compaction.lag.ms"),
                        _long(parsed, "max.compaction.lag.ms"))
    if minimum > maximum:
        raise ConfigError("conflict topic config setting min.compaction.lag.ms "
                          f"({minimum}) > max.compaction.lag.ms ({maximum})")


def _check_remote_storage(parsed: Mapping[str, ConfigValue], system_enabled: bool) -> None:
    """LogConfig.validateTopicLogConfigValues for a topic with remote.storage.enable=true."""
    if not system_enabled:
        raise ConfigError("Tiered Storage functionality is disabled in the broker. "
                          "Topic cannot be configured with remote log storage.")
    policy = parsed["cleanup.policy"]
    assert isinstance(policy, tuple), policy
    if policy and policy != ("delete",):
        raise ConfigError("Remote log storage only supports topics with cleanup.policy=delete "
                          "or cleanup.policy being an empty list.")
    for unit in ("bytes", "ms"):
        _check_local_retention(parsed, unit)
    if parsed["remote.log.copy.disable"] is True:
        for unit in ("bytes", "ms"):
            local = _long(parsed, f"local.retention.{unit}")
            total = _long(parsed, f"retention.{unit}")
            if local not in (-2, total):
                raise ConfigError(
                    f"When `remote.log.copy.disable` is set to true, the `local.retention.{unit}` "
                    f"and `retention.{unit}` must be set to the identical value because there "
                    "will be no more logs copied to the remote storage.")


def _check_local_retention(parsed: Mapping[str, ConfigValue], unit: str) -> None:
    """validateRemoteStorageRetentionSize (bytes) and ...RetentionTime (ms)."""
    local_name, total_name = f"local.retention.{unit}", f"retention.{unit}"
    local, total = _long(parsed, local_name), _long(parsed, total_name)
    is_limited = total > -1 if unit == "bytes" else total != -1
    if not is_limited or local == -2:
        return
    if local == -1:
        raise _invalid(local_name, local,
                       f"Value must not be -1 as {total_name} value is set as {total}.")
    if local > total:
        raise _invalid(local_name, local,
                       f"Value must not be more than {total_name} property value: {total}")


def apply_incremental(current: Mapping[str, str],
                      ops: Sequence[tuple[str, AlterConfigOp | int, str | None]], *,
                      scope: Scope = Scope.TOPIC) -> dict[str, str]:
    """The resource's configs after `ops`; raises ConfigError for APPEND/SUBTRACT on non-LISTs.

    Values are not validated here: the caller runs `validate_topic_configs` on the result.
    """
    definitions = TOPIC_DEFINITIONS if scope is Scope.TOPIC else BROKER_DEFINITIONS
    result = dict(current)
    for name, op_code, op_value in ops:
        op = AlterConfigOp(op_code)
        if op is AlterConfigOp.SET:
            _store(result, name, op_value)
        elif op is AlterConfigOp.DELETE:
            result.pop(name, None)
        else:
            definition = definitions.get(name)
            if definition is None or definition.type is not ConfigType.LIST:
                raise ConfigError(f"Can't {op.name} to key {name} because its type is not LIST.",
                                  config_name=name)
            parts = _list_parts(result.get(name), definition)
            for part in java_split_comma(op_value or ""):
                if op is AlterConfigOp.APPEND and part not in parts:
                    parts.append(part)
                elif op is AlterConfigOp.SUBTRACT and part in parts:
                    parts.remove(part)
            result[name] = ",".join(parts)
    return result


def _store(result: dict[str, str], name: str, value: str | None) -> None:
    # A SET to null removes the override, as a ConfigRecord with a null value does.
    if value is None:
        result.pop(name, None)
    else:
        result[name] = value


def _list_parts(value: str | None, definition: ConfigDefinition) -> list[str]:
    """ConfigurationControlManager.getParts: the current value (or default), non-empty parts."""
    text = value if value is not None else default_text(definition)
    return [] if text is None else [part for part in java_split_comma(text) if part]
