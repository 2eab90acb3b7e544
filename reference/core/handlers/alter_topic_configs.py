"""The shared path of AlterConfigs and IncrementalAlterConfigs: one resource at a time.

Kafka's `ControllerApis` answers an unknown resource type with UNSUPPORTED_VERSION and a
resource named twice with INVALID_REQUEST "Duplicate resource."; `ConfigurationControlManager`
then builds the resource's new configs, validates them (`validate_topic_configs`) and, unless
`validate_only`, writes one config record per changed name.
Divergence: BROKER resources (dynamic broker configs) are refused with INVALID_REQUEST, since
kspec does not keep dynamic broker configs yet.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from reference.core.handlers.config_resources import ResourceType, existing_topic, resource_type
from reference.core.handlers.create_topics import Refused
from spec.config import ConfigError, validate_topic_configs
from spec.generated.errors import ErrorCode

if TYPE_CHECKING:
    from reference.core.broker import Broker


@dataclass(frozen=True, slots=True)
class Outcome:
    resource_type: int
    resource_name: str
    error_code: ErrorCode
    error_message: str | None


T = TypeVar("T")

NewConfigs = Callable[[Mapping[str, str]], dict[str, str]]
"""From a topic's current overrides to its new ones; raises Refused or ConfigError."""


def alter_resources(broker: Broker, resources: Sequence[tuple[int, str, NewConfigs]],
                    validate_only: bool, now_ms: int) -> list[Outcome]:
    counts = Counter((kind, name) for kind, name, _ in resources)
    outcomes: list[Outcome] = []
    answered_duplicates: set[tuple[int, str]] = set()
    for kind, name, new_configs in resources:
        if resource_type(kind) is ResourceType.UNKNOWN:
            outcomes.append(Outcome(kind, name, ErrorCode.UNSUPPORTED_VERSION,
                                    f"Unknown resource type {kind}."))
        elif counts[(kind, name)] > 1:
            if (kind, name) not in answered_duplicates:
                answered_duplicates.add((kind, name))
                outcomes.append(Outcome(kind, name, ErrorCode.INVALID_REQUEST,
                                        "Duplicate resource."))
        else:
            outcomes.append(alter_one(broker, kind, name, new_configs, validate_only, now_ms))
    return outcomes


def alter_one(broker: Broker, kind: int, name: str, new_configs: NewConfigs,
              validate_only: bool, now_ms: int) -> Outcome:
    try:
        if resource_type(kind) is not ResourceType.TOPIC:
            raise Refused(ErrorCode.INVALID_REQUEST,
                          f"kspec does not alter {resource_type(kind).name} configs")
        topic = existing_topic(broker, name)
        current = dict(topic.config_overrides)
        updated = new_configs(current)
        validate_topic_configs(updated, existing=current, broker=broker.config)
    except Refused as refused:
        return Outcome(kind, name, refused.code, refused.message)
    except ConfigError as error:
        return Outcome(kind, name, ErrorCode.INVALID_CONFIG, str(error))
    if not validate_only:
        changes: dict[str, str | None] = {key: value for key, value in updated.items()
                                          if current.get(key) != value}
        changes.update({key: None for key in current if key not in updated})
        if changes:
            broker.set_topic_configs(name, changes, now_ms)
    return Outcome(kind, name, ErrorCode.NONE, None)


def resource_responses(outcomes: Sequence[Outcome], response: Callable[..., T]) -> tuple[T, ...]:
    """The outcomes as AlterConfigsResourceResponse entries of either API (same fields)."""
    return tuple(response(error_code=outcome.error_code, error_message=outcome.error_message,
                          resource_type=outcome.resource_type,
                          resource_name=outcome.resource_name) for outcome in outcomes)
