"""Single-config validators: Kafka's ConfigDef validators, with Kafka's messages.

Each validator is a frozen dataclass with `check(name, value)` that raises `ConfigError` or
returns; `describe()` gives the "Valid Values" text Kafka's docs print. The messages are the
ones in ConfigDef.Range / ValidString / ValidList (the 4.x form, which refuses empty and
duplicate list entries), CompressionType's level validators and ThrottledReplicaListValidator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Union

from spec.config.java import java_hash_set_order, java_to_string, java_trim
from spec.config.model import ConfigError, ConfigValue, invalid_value

Bound = Union[int, float, None]  # noqa: UP007  (an int bound prints as "5", a float as "5.0")


@dataclass(frozen=True, slots=True)
class Range:
    """ConfigDef.Range: atLeast(minimum) when maximum is None, else between(minimum, maximum)."""

    minimum: Bound = None
    maximum: Bound = None

    def check(self, name: str, value: ConfigValue) -> None:
        if value is None:
            raise invalid_value(name, None, "Value must be non-null")
        assert isinstance(value, int | float) and not isinstance(value, bool), value
        if self.minimum is not None and value < self.minimum:
            raise invalid_value(name, value, f"Value must be at least {_bound(self.minimum)}")
        if self.maximum is not None and value > self.maximum:
            raise invalid_value(name, value, f"Value must be no more than {_bound(self.maximum)}")

    def describe(self) -> str:
        low = "..." if self.minimum is None else _bound(self.minimum)
        if self.maximum is None:
            return f"[{low},...]"
        return f"[{low},...,{_bound(self.maximum)}]"


def at_least(minimum: int | float) -> Range:
    return Range(minimum, None)


def between(minimum: int | float, maximum: int | float) -> Range:
    return Range(minimum, maximum)


def _bound(bound: int | float) -> str:
    return java_to_string(bound)


@dataclass(frozen=True, slots=True)
class ValidString:
    """ConfigDef.ValidString.in(...): exactly one of the listed strings (case-sensitive)."""

    allowed: tuple[str, ...]

    def check(self, name: str, value: ConfigValue) -> None:
        if value not in self.allowed:
            raise invalid_value(name, value, "String must be one of: " + ", ".join(self.allowed))

    def describe(self) -> str:
        return "[" + ", ".join(self.allowed) + "]"


@dataclass(frozen=True, slots=True)
class CaseInsensitiveValidString:
    """ConfigDef.CaseInsensitiveValidString.in(...); Kafka lists the choices upper-cased in
    HashSet order, which `java_hash_set_order` reproduces."""

    allowed: tuple[str, ...]

    def check(self, name: str, value: ConfigValue) -> None:
        choices = java_hash_set_order(choice.upper() for choice in self.allowed)
        if not isinstance(value, str) or value.upper() not in choices:
            raise invalid_value(name, value,
                                "String must be one of (case insensitive): " + ", ".join(choices))

    def describe(self) -> str:
        choices = java_hash_set_order(choice.upper() for choice in self.allowed)
        return "(case insensitive) [" + ", ".join(choices) + "]"


@dataclass(frozen=True, slots=True)
class ValidList:
    """ConfigDef.ValidList: `in(...)` when `allowed` is non-empty, else anyNonDuplicateValues.

    Null, an empty list, duplicates and empty entries are refused before any entry is checked
    against `allowed`; those four messages carry no "Invalid value" prefix in Kafka.
    """

    allowed: tuple[str, ...] = ()
    is_empty_allowed: bool = True
    is_null_allowed: bool = False

    def check(self, name: str, value: ConfigValue) -> None:
        if value is None:
            if self.is_null_allowed:
                return
            raise ConfigError(f"Configuration '{name}' values must not be null.", config_name=name)
        assert isinstance(value, tuple), value
        if not self.is_empty_allowed and not value:
            expected = self._allowed_text() if self.allowed else "any non-empty value"
            raise ConfigError(f"Configuration '{name}' must not be empty. "
                              f"Valid values include: {expected}", config_name=name)
        if len(set(value)) != len(value):
            raise ConfigError(f"Configuration '{name}' values must not be duplicated.",
                              config_name=name)
        for entry in value:
            if entry == "":
                raise ConfigError(f"Configuration '{name}' values must not be empty.",
                                  config_name=name)
            if self.allowed:
                ValidString(self.allowed).check(name, entry)

    def _allowed_text(self) -> str:
        return "[" + ", ".join(self.allowed) + "]"

    def describe(self) -> str:
        return self._allowed_text() if self.allowed else ""


def valid_list(*allowed: str, is_empty_allowed: bool = True) -> ValidList:
    return ValidList(tuple(allowed), is_empty_allowed, False)


def any_non_duplicate_values(*, is_empty_allowed: bool, is_null_allowed: bool) -> ValidList:
    return ValidList((), is_empty_allowed, is_null_allowed)


@dataclass(frozen=True, slots=True)
class GzipLevel:
    """CompressionType.GZIP.levelValidator: 1..9, or -1 for the zlib default."""

    minimum: int = 1
    maximum: int = 9
    library_default: int = -1

    def check(self, name: str, value: ConfigValue) -> None:
        if value is None:
            raise invalid_value(name, None, "Value must be non-null")
        assert isinstance(value, int) and not isinstance(value, bool), value
        if value > self.maximum or (value < self.minimum and value != self.library_default):
            raise invalid_value(name, value, f"Value must be between {self.minimum} and "
                                             f"{self.maximum} or equal to {self.library_default}")

    def describe(self) -> str:
        return f"[{self.minimum},...,{self.maximum}] or {self.library_default}"


_REPLICA = re.compile(r"([0-9]+:[0-9]+)?")


@dataclass(frozen=True, slots=True)
class ThrottledReplicaList:
    """ThrottledReplicaListValidator: "*" or entries "partitionId:brokerId"."""

    def check(self, name: str, value: ConfigValue) -> None:
        assert isinstance(value, tuple), value
        entries = [java_trim(entry) for entry in value]
        if not (all(_REPLICA.fullmatch(entry) for entry in entries) or "".join(entries) == "*"):
            raise invalid_value(name, value, f"{name} must be the literal '*' or a list of "
                                "replicas in the following format: [partitionId]:[brokerId],"
                                "[partitionId]:[brokerId],...")

    def describe(self) -> str:
        return "[partitionId]:[brokerId],[partitionId]:[brokerId],..."


Validator = Union[  # noqa: UP007
    Range, ValidString, CaseInsensitiveValidString, ValidList, GzipLevel, ThrottledReplicaList]
