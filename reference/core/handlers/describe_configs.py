"""DescribeConfigs (key 32), v0-4: the configs of topics and of this broker.

Behaviour (Kafka's `ConfigHelper.describeConfigs`):
- TOPIC: an illegal name answers INVALID_TOPIC_EXCEPTION, a missing topic
  UNKNOWN_TOPIC_OR_PARTITION; otherwise every topic config with its value, source (topic
  override, broker synonym, or default) and, when asked (v1+), its synonyms in precedence order.
- BROKER: "" answers the cluster-wide dynamic defaults (none here); this node's id every broker
  config; any other id INVALID_REQUEST.
- configuration_keys, when given, filter the entries; sensitive values are null; v3+ carries
  each config's type and, when asked, its documentation; v0 marks defaults with is_default.
- Other resource types answer INVALID_REQUEST "Unsupported resource type".
Divergence: BROKER_LOGGER, CLIENT_METRICS and GROUP resources are not served yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reference.core.handlers.config_resources import (
    ResourceType,
    check_this_broker,
    existing_topic,
    resource_type,
)
from reference.core.handlers.create_topics import Refused
from reference.core.requests import Reply, RequestContext, Respond
from reference.core.topics import invalid_topic_reason
from spec.config import ConfigEntry, ConfigSource
from spec.generated.describe_configs import DescribeConfigsRequest, DescribeConfigsResponse
from spec.generated.errors import ErrorCode

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = DescribeConfigsRequest.API_KEY

Resource = DescribeConfigsRequest.DescribeConfigsResource
Result = DescribeConfigsResponse.DescribeConfigsResult


def handle(broker: Broker, context: RequestContext, request: DescribeConfigsRequest) -> Reply:
    results = []
    for resource in request.resources:
        try:
            entries = described_entries(broker, request, resource)
            results.append(Result(  # the message keeps its default, "", as ConfigHelper leaves it
                error_code=ErrorCode.NONE,
                resource_type=resource.resource_type, resource_name=resource.resource_name,
                configs=tuple(entry_result(entry, context.api_version)
                             for entry in filtered(entries, resource))))
        except Refused as refused:
            results.append(Result(error_code=refused.code, error_message=refused.message,
                                  resource_type=resource.resource_type,
                                  resource_name=resource.resource_name))
    return Respond(DescribeConfigsResponse(results=tuple(results)))


def described_entries(broker: Broker, request: DescribeConfigsRequest,
                      resource: Resource) -> list[ConfigEntry]:
    kind = resource_type(resource.resource_type)
    options = {"include_synonyms": request.include_synonyms,
               "include_documentation": request.include_documentation}
    if kind is ResourceType.TOPIC:
        name = resource.resource_name
        if name and broker.topics.get(name) is None and invalid_topic_reason(name) is None:
            # ConfigHelper answers a missing topic with the code alone: the message field
            # keeps its default, the empty string.
            raise Refused(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, "")
        topic = existing_topic(broker, resource.resource_name)
        return broker.topic_config(topic.name).describe(**options)
    if kind is ResourceType.BROKER:
        if not resource.resource_name:
            return []
        check_this_broker(broker, resource.resource_name)
        return broker.config.describe(**options)
    raise Refused(ErrorCode.INVALID_REQUEST, f"Unsupported resource type: {kind.name}")


def filtered(entries: Sequence[ConfigEntry], resource: Resource) -> list[ConfigEntry]:
    keys = resource.configuration_keys
    if not keys or all(key is None for key in keys):
        return list(entries)
    return [entry for entry in entries if entry.name in keys]


def entry_result(entry: ConfigEntry,
                 version: int) -> DescribeConfigsResponse.DescribeConfigsResourceResult:
    # IsDefault exists only in v0 (v1+ carries ConfigSource instead); setting it later cannot
    # be encoded, so the flag is left at its default there.
    return DescribeConfigsResponse.DescribeConfigsResourceResult(
        name=entry.name, value=entry.value, read_only=entry.is_read_only,
        is_default=version == 0 and entry.source == ConfigSource.DEFAULT_CONFIG,
        config_source=entry.source, is_sensitive=entry.is_sensitive,
        synonyms=tuple(DescribeConfigsResponse.DescribeConfigsSynonym(
            name=synonym.name, value=synonym.value, source=synonym.source)
            for synonym in entry.synonyms),
        config_type=entry.config_type, documentation=entry.documentation)
