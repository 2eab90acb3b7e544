"""IncrementalAlterConfigs (key 44), v0-1: SET, DELETE, APPEND or SUBTRACT single configs.

Behaviour (Kafka's `ControllerApis.incrementalAlterConfigs` and
`ConfigurationControlManager.incrementalAlterConfigResource`): each operation applies to the
topic's current overrides (APPEND/SUBTRACT only on LIST configs, else INVALID_CONFIG "Can't
APPEND to key X because its type is not LIST."); an unknown operation is INVALID_REQUEST; the
result is validated as CreateTopics validates configs; `validate_only` changes nothing. When a
name appears twice in one resource the last operation wins, as Kafka's map of them does.
Resource checks and divergences: see `alter_topic_configs`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from reference.core.handlers.alter_topic_configs import (
    NewConfigs,
    alter_resources,
    resource_responses,
)
from reference.core.handlers.create_topics import Refused
from reference.core.requests import Reply, RequestContext, Respond
from spec.config import AlterConfigOp, apply_incremental
from spec.generated.errors import ErrorCode
from spec.generated.incremental_alter_configs import (
    IncrementalAlterConfigsRequest,
    IncrementalAlterConfigsResponse,
)

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = IncrementalAlterConfigsRequest.API_KEY
KNOWN_OPERATIONS = frozenset(op.value for op in AlterConfigOp)


def handle(broker: Broker, context: RequestContext,
           request: IncrementalAlterConfigsRequest) -> Reply:
    resources = [(resource.resource_type, resource.resource_name, operations(resource))
                 for resource in request.resources]
    outcomes = alter_resources(broker, resources, request.validate_only, context.now_ms)
    return Respond(IncrementalAlterConfigsResponse(responses=resource_responses(
        outcomes, IncrementalAlterConfigsResponse.AlterConfigsResourceResponse)))


def operations(resource: IncrementalAlterConfigsRequest.AlterConfigsResource) -> NewConfigs:
    last_by_name = {config.name: config for config in resource.configs}

    def new_configs(current: Mapping[str, str]) -> dict[str, str]:
        for config in last_by_name.values():
            if config.config_operation not in KNOWN_OPERATIONS:
                raise Refused(ErrorCode.INVALID_REQUEST,
                              f"Unknown operations type {config.config_operation}")
        return apply_incremental(current, [(config.name, config.config_operation, config.value)
                                           for config in last_by_name.values()])
    return new_configs
