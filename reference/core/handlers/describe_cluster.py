"""DescribeCluster (key 60), v0-1: the cluster id, the controller and the live brokers.

Behaviour (Kafka's `AuthHelper.computeDescribeClusterResponse` on a broker listener):
- v1 names the endpoint type the client expects: an unknown type answers
  UNSUPPORTED_ENDPOINT_TYPE, a controller type MISMATCHED_ENDPOINT_TYPE (INVALID_REQUEST for
  both at v0), each with Kafka's message.
- The controller id is a live broker (this node), as KRaft brokers tell clients.
- Authorized operations: with no authorizer, every cluster operation when asked for.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from reference.core.acl_operations import CLUSTER_OPERATIONS_ALL
from reference.core.requests import Reply, RequestContext, Respond
from spec.generated.describe_cluster import DescribeClusterRequest, DescribeClusterResponse
from spec.generated.errors import ErrorCode

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = DescribeClusterRequest.API_KEY
DEFAULT_AUTHORIZED_OPERATIONS = -(2**31)


class EndpointType(IntEnum):
    UNKNOWN = 0
    BROKER = 1
    CONTROLLER = 2


def handle(broker: Broker, context: RequestContext, request: DescribeClusterRequest) -> Reply:
    refusal = endpoint_refusal(context.api_version, request.endpoint_type)
    if refusal is not None:
        return Respond(refusal)
    operations = (CLUSTER_OPERATIONS_ALL if request.include_cluster_authorized_operations
                  else DEFAULT_AUTHORIZED_OPERATIONS)
    return Respond(DescribeClusterResponse(
        error_code=ErrorCode.NONE, cluster_id=broker.cluster_id, controller_id=broker.node_id,
        endpoint_type=EndpointType.BROKER,
        brokers=(DescribeClusterResponse.DescribeClusterBroker(
            broker_id=broker.node_id, host=broker.listener.host, port=broker.listener.port,
            rack=broker.config.broker_rack),),
        cluster_authorized_operations=operations))


def endpoint_refusal(version: int, endpoint_type: int) -> DescribeClusterResponse | None:
    known = endpoint_type in (EndpointType.BROKER, EndpointType.CONTROLLER)
    if known and endpoint_type == EndpointType.BROKER:
        return None
    if not known:
        code = ErrorCode.UNSUPPORTED_ENDPOINT_TYPE
        message = f"Unsupported endpoint type {endpoint_type}"
    else:
        code = ErrorCode.MISMATCHED_ENDPOINT_TYPE
        message = ("The request was sent to an endpoint of type BROKER, but we wanted an "
                   f"endpoint of type {EndpointType(endpoint_type).name}")
    return DescribeClusterResponse(
        error_code=ErrorCode.INVALID_REQUEST if version == 0 else code, error_message=message)
