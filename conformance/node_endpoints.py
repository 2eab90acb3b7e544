"""KIP-951's leader hints: a Produce (v10+) or Fetch (v16+) answer that says "not the leader"
names the current leader's address in its `node_endpoints` tagged field, and a client may
connect there at once. The recorder rewrites those addresses as it rewrites Metadata's, so the
client stays behind the proxy.

Unlike Metadata's brokers, these sit inside a tagged field whose size prefix would change with
the host's length, so the answer is decoded, patched and encoded again (`spec.messages`);
a version the generated code does not know is forwarded as it came.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from spec.decode_error import DecodeError
from spec.messages import API_BY_KEY, decode_response, encode_response

Address = tuple[str, int]
# The first version of each API whose answer carries node_endpoints (ProduceResponse.json,
# FetchResponse.json).
FIRST_VERSION_WITH_ENDPOINTS = {0: 10, 1: 16}


def _decoded(api_key: int, api_version: int, frame: bytes) -> tuple[int, Any] | None:
    first = FIRST_VERSION_WITH_ENDPOINTS.get(api_key)
    api = API_BY_KEY.get(api_key)
    if first is None or api_version < first or api is None or not api.supports(api_version):
        return None
    try:
        return decode_response(frame, api_key, api_version)
    except DecodeError:
        return None


def node_endpoint_addresses(api_key: int, api_version: int, frame: bytes) -> tuple[Address, ...]:
    """The addresses an answer's node_endpoints name (none for other APIs and versions)."""
    decoded = _decoded(api_key, api_version, frame)
    if decoded is None:
        return ()
    return tuple((endpoint.host, endpoint.port) for endpoint in decoded[1].node_endpoints)


def rewrite_node_endpoints(api_key: int, api_version: int, frame: bytes,
                           replacements: Mapping[Address, Address]) -> bytes:
    """`frame` with each node endpoint found in `replacements` moved to its new address."""
    decoded = _decoded(api_key, api_version, frame)
    if decoded is None or not decoded[1].node_endpoints:
        return frame
    correlation_id, message = decoded
    endpoints = []
    for endpoint in message.node_endpoints:
        host, port = replacements.get((endpoint.host, endpoint.port),
                                      (endpoint.host, endpoint.port))
        endpoints.append(dataclasses.replace(endpoint, host=host, port=port))
    patched = dataclasses.replace(message, node_endpoints=tuple(endpoints))
    return encode_response(correlation_id, api_key, api_version, patched)
