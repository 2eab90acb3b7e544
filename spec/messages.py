"""The registry over the generated messages: every API by key and name, header versions, and
whole frames (header plus body, without the 4-byte size prefix) in and out.

Header versions follow Kafka's generated ApiMessageType: a request header is v2 from the API's
first flexible version on (also for versions above the highest known, so a client's newer
ApiVersions request still parses) and v1 before it; ControlledShutdown v0 uses header v0 (no
client id). A response header is v1 from the first flexible version on, else v0; ApiVersions
responses always use v0, so a client that does not know the broker's versions can read them.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import cast

from spec.decode_error import DecodeError
from spec.generated.apis import API_TABLE
from spec.generated.request_header import RequestHeader
from spec.generated.response_header import ResponseHeader
from spec.wire import ExternalBytes, Message, Reader, encode_checked

__all__ = [
    "API_BY_KEY", "API_BY_NAME", "ApiSpec", "UnknownApiKey", "UnsupportedApiVersion",
    "decode_request", "decode_request_header", "decode_response", "encode_request",
    "encode_response", "encode_response_chunks", "request_header_version",
    "response_header_version",
]

_API_VERSIONS_KEY = 18
_CONTROLLED_SHUTDOWN_KEY = 7
_FALLBACK_REQUEST_HEADER_VERSION = 1  # for an unknown API: enough to read the correlation id


@dataclass(frozen=True, slots=True)
class ApiSpec:
    """An API's static facts. Its classes load on first use (see `request_type`)."""

    key: int
    name: str
    min_version: int
    max_version: int
    flexible_min_version: int | None
    module_name: str
    listeners: tuple[str, ...]

    def supports(self, version: int) -> bool:
        return self.min_version <= version <= self.max_version

    @property
    def request_type(self) -> type[Message]:
        return _message_class(self.module_name, f"{self.name}Request")

    @property
    def response_type(self) -> type[Message]:
        return _message_class(self.module_name, f"{self.name}Response")


@functools.cache
def _message_class(module_name: str, class_name: str) -> type[Message]:
    """Imported here, not at start-up: a process pays only for the APIs it touches."""
    found = getattr(importlib.import_module(f"spec.generated.{module_name}"), class_name)
    # Message is a protocol with data members, so issubclass cannot check it; the codec is
    # what callers rely on.
    assert isinstance(found, type) and callable(getattr(found, "read", None)), class_name
    return cast("type[Message]", found)


def _build() -> dict[int, ApiSpec]:
    apis: dict[int, ApiSpec] = {}
    for key, name, module_name, min_version, max_version, flexible, listeners in API_TABLE:
        assert key not in apis, name
        assert min_version <= max_version, name
        apis[key] = ApiSpec(key, name, min_version, max_version, flexible, module_name,
                            listeners)
    return apis


API_BY_KEY: Mapping[int, ApiSpec] = MappingProxyType(_build())
API_BY_NAME: Mapping[str, ApiSpec] = MappingProxyType(
    {api.name: api for api in API_BY_KEY.values()})


class UnknownApiKey(DecodeError):
    """A frame for an API key this protocol does not define."""

    def __init__(self, api_key: int) -> None:
        super().__init__(f"unknown API key {api_key}", offset=0,
                         field="RequestHeader.request_api_key")
        self.api_key = api_key


class UnsupportedApiVersion(DecodeError):
    """A request for an unknown API or a version outside its range. Carries what the broker
    needs to answer it (Kafka answers ApiVersions this way with a v0 response)."""

    def __init__(self, api_key: int, api_version: int, correlation_id: int) -> None:
        super().__init__(f"API key {api_key} version {api_version} is not supported", offset=2,
                         field="RequestHeader.request_api_version")
        self.api_key = api_key
        self.api_version = api_version
        self.correlation_id = correlation_id


def _api(api_key: int) -> ApiSpec:
    api = API_BY_KEY.get(api_key)
    if api is None:
        raise UnknownApiKey(api_key)
    return api


def request_header_version(api_key: int, api_version: int) -> int:
    """Raises UnknownApiKey for an API key no schema defines."""
    api = _api(api_key)
    if api_key == _CONTROLLED_SHUTDOWN_KEY and api_version == 0:
        return 0
    flexible = api.flexible_min_version
    return 2 if flexible is not None and api_version >= flexible else 1


def response_header_version(api_key: int, api_version: int) -> int:
    api = _api(api_key)
    if api_key == _API_VERSIONS_KEY:
        return 0
    flexible = api.flexible_min_version
    return 1 if flexible is not None and api_version >= flexible else 0


def decode_request_header(frame: bytes | bytearray | memoryview) -> tuple[RequestHeader, int]:
    """The header and the offset where the body starts. The header is returned whatever its
    API key and version, so the broker can answer even what it cannot serve."""
    reader = Reader(frame)
    api_key = reader.int16("RequestHeader.request_api_key")
    api_version = reader.int16("RequestHeader.request_api_version")
    try:
        header_version = request_header_version(api_key, api_version)
    except UnknownApiKey:
        header_version = _FALLBACK_REQUEST_HEADER_VERSION
    reader.position = 0
    header = RequestHeader.read(reader, header_version)
    return header, reader.position


def decode_request(frame: bytes | bytearray | memoryview) -> tuple[RequestHeader, Message]:
    header, body_offset = decode_request_header(frame)
    api = API_BY_KEY.get(header.request_api_key)
    if api is None or not api.supports(header.request_api_version):
        raise UnsupportedApiVersion(header.request_api_key, header.request_api_version,
                                    header.correlation_id)
    reader = Reader(frame, body_offset)
    message = api.request_type.read(reader, header.request_api_version)
    reader.expect_end(f"{api.name}Request")
    return header, message


def encode_request(header: RequestHeader, message: Message) -> bytes:
    api = _api(header.request_api_key)
    version = header.request_api_version
    _check_type(message, api.request_type, api.name)
    header_version = request_header_version(api.key, version)
    writer = encode_checked(header.write, header_version, "RequestHeader",
                            RequestHeader.MIN_VERSION, RequestHeader.MAX_VERSION)
    return writer.getvalue() + message.encode(version)


def encode_response_chunks(correlation_id: int, api_key: int, api_version: int,
                           message: Message) -> list[bytes | ExternalBytes]:
    """The response as chunks: in-memory bytes joined, external bytes (file regions) apart."""
    api = _api(api_key)
    _check_type(message, api.response_type, api.name)
    head = _response_head(correlation_id, api_key, api_version)
    chunks = message.encode_chunks(api_version)
    first = chunks[0]
    if isinstance(first, bytes):
        chunks[0] = head + first
    else:
        chunks.insert(0, head)
    return chunks


def encode_response(correlation_id: int, api_key: int, api_version: int,
                    message: Message) -> bytes:
    api = _api(api_key)
    _check_type(message, api.response_type, api.name)
    return _response_head(correlation_id, api_key, api_version) + message.encode(api_version)


def _response_head(correlation_id: int, api_key: int, api_version: int) -> bytes:
    header = ResponseHeader(correlation_id=correlation_id)
    return encode_checked(header.write, response_header_version(api_key, api_version),
                          "ResponseHeader", ResponseHeader.MIN_VERSION,
                          ResponseHeader.MAX_VERSION).getvalue()


def decode_response(frame: bytes | bytearray | memoryview, api_key: int,
                    api_version: int) -> tuple[int, Message]:
    """(correlation id, response) from a response frame of a known API and version."""
    api = _api(api_key)
    if not api.supports(api_version):
        raise DecodeError(f"{api.name} has no version {api_version}", offset=0,
                          field=f"{api.name}Response")
    reader = Reader(frame)
    header = ResponseHeader.read(reader, response_header_version(api_key, api_version))
    message = api.response_type.read(reader, api_version)
    reader.expect_end(f"{api.name}Response")
    return header.correlation_id, message


def _check_type(message: Message, expected: type[Message], api_name: str) -> None:
    if type(message) is not expected:
        raise TypeError(f"{api_name} expects {expected.__name__}, got {type(message).__name__}")
