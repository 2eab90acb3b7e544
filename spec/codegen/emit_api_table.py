"""The API table (spec/generated/apis.py): every API's static facts, and where its classes live.

The table names each API's module instead of importing it: importing all 88 message modules
costs seconds of CPU, and a broker that serves a few dozen APIs should not pay for the rest at
start-up. `spec.messages` imports a module the first time its classes are asked for.
"""

from __future__ import annotations

from spec.codegen.names import api_module_name
from spec.codegen.schema import MessageSpec

_HEADER = '''# generated from the *Request.json and *Response.json schemas; do not edit
"""Every API by key: (key, name, module, min version, max version, first flexible version,
listeners). The classes are `spec.generated.<module>.<name>Request` and `<name>Response`; the
versions are the request schema's, as the classes' MIN_VERSION, MAX_VERSION and
FLEXIBLE_MIN_VERSION."""

from __future__ import annotations

API_TABLE: tuple[tuple[int, str, str, int, int, int | None, tuple[str, ...]], ...] = (
'''


def emit_api_table(requests: list[MessageSpec]) -> str:
    """`requests` are the request schemas, sorted by API key."""
    return _HEADER + "".join(_row(request) for request in requests) + ")\n"


def _row(request: MessageSpec) -> str:
    api = request.name.removesuffix("Request")
    assert api != request.name, f"{request.name}: a request schema's name ends in Request"
    assert request.api_key is not None, f"{request.name}: a request schema has an apiKey"
    flexible = request.flexible_versions
    facts = (request.api_key, api, api_module_name(api), request.valid_versions.lowest,
             request.valid_versions.highest, None if flexible.is_empty else flexible.lowest,
             request.listeners)
    return f"    {facts!r},\n"
