"""What DescribeConfigs, AlterConfigs and IncrementalAlterConfigs share: resource types, and the
checks a TOPIC resource passes before its configs are read or changed.

Kafka's `ConfigResource.Type` ids, and the controller's `ControllerConfigurationValidator`:
an empty topic name is INVALID_REQUEST "Default topic resources are not allowed.", an illegal
one INVALID_TOPIC_EXCEPTION, a missing one UNKNOWN_TOPIC_OR_PARTITION.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from reference.core.handlers.create_topics import Refused
from reference.core.topics import TopicMetadata, invalid_topic_reason
from spec.generated.errors import ErrorCode

if TYPE_CHECKING:
    from reference.core.broker import Broker


class ResourceType(IntEnum):
    UNKNOWN = 0
    TOPIC = 2
    BROKER = 4
    BROKER_LOGGER = 8
    CLIENT_METRICS = 16
    GROUP = 32


def resource_type(code: int) -> ResourceType:
    try:
        return ResourceType(code)
    except ValueError:
        return ResourceType.UNKNOWN


def existing_topic(broker: Broker, name: str) -> TopicMetadata:
    """The topic a TOPIC resource names, or Refused with Kafka's error for it."""
    if not name:
        raise Refused(ErrorCode.INVALID_REQUEST, "Default topic resources are not allowed.")
    reason = invalid_topic_reason(name)
    if reason is not None:
        raise Refused(ErrorCode.INVALID_TOPIC_EXCEPTION, f"Topic name is invalid: {reason}")
    topic = broker.topics.get(name)
    if topic is None:
        raise Refused(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
                      f"The topic '{name}' does not exist.")
    return topic


def check_this_broker(broker: Broker, name: str) -> None:
    """A BROKER resource names this node's id (or "" for the cluster-wide defaults)."""
    try:
        node_id = int(name)
    except ValueError as error:
        raise Refused(ErrorCode.INVALID_REQUEST,
                      f"Broker id must be an integer, but it is: {name}") from error
    if node_id != broker.node_id:
        raise Refused(ErrorCode.INVALID_REQUEST, f"Unexpected broker id, expected "
                      f"{broker.node_id} or empty string, but received {name}")
