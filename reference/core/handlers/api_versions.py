"""ApiVersions (key 18), v0-4: which APIs and versions this broker serves.

Behaviour (Kafka's `KafkaApis.handleApiVersionsRequest` and `ApiVersionsRequest`):
- A version above what is served is answered in v0 with UNSUPPORTED_VERSION and, as the only
  entry, ApiVersions' own range, so an older or newer client can retry at a version both know
  (the dispatcher does this before the body is parsed).
- v3+ requests name the client software; a name or version that does not match
  `[a-zA-Z0-9](?:[a-zA-Z0-9\\-.]*[a-zA-Z0-9])?` is answered with INVALID_REQUEST and no keys.
- Otherwise every served API with its served range (`served_apis.SERVED_VERSIONS`).
Divergence: no supported or finalized features are advertised (KRaft feature levels such as
metadata.version belong to the controller, which kspec does not model yet).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reference.core.requests import Reply, RequestContext, Respond
from reference.core.served_apis import SERVED_VERSIONS
from spec.generated.api_versions import ApiVersionsRequest, ApiVersionsResponse
from spec.generated.errors import ErrorCode

if TYPE_CHECKING:
    from reference.core.broker import Broker

API_KEY = ApiVersionsRequest.API_KEY
CLIENT_SOFTWARE_PATTERN = re.compile(r"[a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?")
FIRST_VERSION_NAMING_CLIENT = 3


def handle(broker: Broker, context: RequestContext, request: ApiVersionsRequest) -> Reply:
    if context.api_version >= FIRST_VERSION_NAMING_CLIENT and not names_client_validly(request):
        return Respond(ApiVersionsResponse(error_code=ErrorCode.INVALID_REQUEST))
    return Respond(ApiVersionsResponse(error_code=ErrorCode.NONE, api_keys=served_api_keys()))


def names_client_validly(request: ApiVersionsRequest) -> bool:
    return all(CLIENT_SOFTWARE_PATTERN.fullmatch(text) is not None
               for text in (request.client_software_name, request.client_software_version))


def served_api_keys() -> tuple[ApiVersionsResponse.ApiVersion, ...]:
    return tuple(ApiVersionsResponse.ApiVersion(api_key=key, min_version=lowest,
                                                max_version=highest)
                 for key, (lowest, highest) in sorted(SERVED_VERSIONS.items()))


def unsupported_version_response() -> ApiVersionsResponse:
    """The v0 answer to an ApiVersions request at a version this broker does not serve."""
    lowest, highest = SERVED_VERSIONS[API_KEY]
    own_range = ApiVersionsResponse.ApiVersion(api_key=API_KEY, min_version=lowest,
                                               max_version=highest)
    return ApiVersionsResponse(error_code=ErrorCode.UNSUPPORTED_VERSION, api_keys=(own_range,))
