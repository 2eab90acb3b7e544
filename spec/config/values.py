"""Text <-> typed values for one config, as ConfigDef.parseType and convertToString do it.

`parse_value` turns the text a client or server.properties gave into a typed value (raising
`ConfigError` with Kafka's "Invalid value X for configuration Y: ..." message), `validate_value`
runs the definition's validator, and `format_value` gives back the text DescribeConfigs shows.
`parse_value(definition, format_value(definition, v)) == v` for every valid `v`.
"""

from __future__ import annotations

from spec.config.java import (
    java_double_to_string,
    java_trim,
    parse_java_double,
    parse_java_integer,
    split_java_list,
)
from spec.config.model import (
    ConfigDefinition,
    ConfigError,
    ConfigType,
    ConfigValue,
    Password,
    invalid_value,
)

_INTEGER_BITS = {ConfigType.SHORT: 16, ConfigType.INT: 32, ConfigType.LONG: 64}


def parse_value(definition: ConfigDefinition, text: str | None) -> ConfigValue:
    """Parse `text` as `definition`'s type; None (an explicit null) stays None.

    Does not run the validator; ConfigDef.parseValue runs it right after, key by key in
    definition order (see `parse_and_validate`).
    """
    if text is None:
        return None
    trimmed = java_trim(text)
    name, config_type = definition.name, definition.type
    if config_type is ConfigType.BOOLEAN:
        if trimmed.lower() == "true":
            return True
        if trimmed.lower() == "false":
            return False
        raise invalid_value(name, text, "Expected value to be either true or false")
    if config_type in _INTEGER_BITS:
        number = parse_java_integer(trimmed, _INTEGER_BITS[config_type])
        if number is None:
            raise invalid_value(name, text, f"Not a number of type {config_type.name}")
        return number
    if config_type is ConfigType.DOUBLE:
        real = parse_java_double(trimmed)
        if real is None:
            raise invalid_value(name, text, "Not a number of type DOUBLE")
        return real
    if config_type is ConfigType.LIST:
        return split_java_list(trimmed)
    if config_type is ConfigType.PASSWORD:
        return Password(trimmed)
    if config_type is ConfigType.CLASS:
        # Kafka loads the class here ("Class X could not be found."); we cannot, so any
        # non-blank name is accepted. A divergence only for names no JVM would find.
        if trimmed == "":
            raise invalid_value(name, text, f"Class {text} could not be found.")
        return trimmed
    assert config_type is ConfigType.STRING, config_type
    return trimmed


def validate_value(definition: ConfigDefinition, value: ConfigValue) -> None:
    """Run the definition's validator (ConfigDef: only when it has one)."""
    if definition.validator is not None:
        definition.validator.check(definition.name, value)


def parse_and_validate(definition: ConfigDefinition, text: str | None) -> ConfigValue:
    """`parse_value` then `validate_value`: what ConfigDef.parseValue does for a set key."""
    value = parse_value(definition, text)
    validate_value(definition, value)
    return value


def format_value(definition: ConfigDefinition, value: ConfigValue) -> str | None:
    """ConfigDef.convertToString: the text DescribeConfigs shows; None stays None.

    PASSWORD values format to their secret here; callers that answer clients must send null
    for sensitive configs instead (see `describe`).
    """
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return java_double_to_string(value)
    if isinstance(value, tuple):
        return ",".join(value)
    if isinstance(value, Password):
        return value.secret
    return str(value)


def default_text(definition: ConfigDefinition) -> str | None:
    """The default as Kafka's staticDefaultConfigs holds it (None when the default is null)."""
    return format_value(definition, definition.default)


def require_known(definitions: dict[str, ConfigDefinition], name: str,
                  message: str) -> ConfigDefinition:
    """Look `name` up, raising `ConfigError(message + name)` when it is not defined."""
    definition = definitions.get(name)
    if definition is None:
        raise ConfigError(message + name, config_name=name)
    return definition
