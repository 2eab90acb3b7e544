"""AlterConfigs (key 33), v0-2: replace a resource's configs with the given set.

Behaviour (Kafka's `ConfigurationControlManager.legacyAlterConfigs`): the configs given become
the topic's whole set of overrides (any override not given is removed), validated as
CreateTopics validates them (INVALID_CONFIG with Kafka's message); `validate_only` changes
nothing. Resource checks and divergences: see `alter_topic_configs`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from reference.core.handlers.alter_topic_configs import (
    NewConfigs,
    alter_resources,
    resource_responses,
)
from reference.core.requests import Reply, RequestContext, Respond
from spec.config import ConfigError
from spec.generated.alter_configs import AlterConfigsRequest, AlterConfigsResponse

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = AlterConfigsRequest.API_KEY


def handle(broker: Broker, context: RequestContext, request: AlterConfigsRequest) -> Reply:
    resources = [(resource.resource_type, resource.resource_name, replacement(resource))
                 for resource in request.resources]
    outcomes = alter_resources(broker, resources, request.validate_only, context.now_ms)
    return Respond(AlterConfigsResponse(responses=resource_responses(
        outcomes, AlterConfigsResponse.AlterConfigsResourceResponse)))


def replacement(resource: AlterConfigsRequest.AlterConfigsResource) -> NewConfigs:
    def new_configs(current: Mapping[str, str]) -> dict[str, str]:
        nulls = [config.name for config in resource.configs if config.value is None]
        if nulls:
            raise ConfigError("Null value not supported for topic configs: " + ",".join(nulls))
        return {config.name: config.value for config in resource.configs
                if config.value is not None}
    return new_configs
