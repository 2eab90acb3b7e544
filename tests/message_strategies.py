"""Hypothesis strategies for every generated message at a given version, built from the schema
model (the JSON schemas beside the clone, as `make generate` reads them) and the generated
classes. A drawn message uses only what its version can carry: absent fields keep their
defaults, null only where the version allows it, unknown tagged fields only in flexible
versions, so that decode(encode(m)) == m must hold.
"""

from __future__ import annotations

import functools
import importlib
import string
import uuid
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from spec.codegen.names import api_module_name, snake_case
from spec.codegen.schema import FieldSpec, FieldType, MessageSpec, StructRegistry, load_schemas

SCHEMAS = Path(__file__).resolve().parents[2] / "shared" / "kafka-protocol"

_INT_RANGES = {
    "int8": (-(1 << 7), (1 << 7) - 1), "int16": (-(1 << 15), (1 << 15) - 1),
    "uint16": (0, (1 << 16) - 1), "int32": (-(1 << 31), (1 << 31) - 1),
    "uint32": (0, (1 << 32) - 1), "int64": (-(1 << 63), (1 << 63) - 1),
}
_TEXT = st.text(alphabet=string.ascii_letters + "é-_.☃", max_size=6)
_MAX_ITEMS = 2


@functools.cache
def all_messages() -> dict[str, MessageSpec]:
    """Request, response and header schemas by message name."""
    if not (SCHEMAS / "message").is_dir():
        raise FileNotFoundError(f"the Kafka schemas are expected at {SCHEMAS} (../shared)")
    return {m.name: m for m in load_schemas(SCHEMAS / "message")
            if m.kind in ("request", "response", "header")}


def message_class(message: MessageSpec) -> Any:
    """The generated class for a schema."""
    api = message.name.removesuffix("Request").removesuffix("Response")
    if message.kind == "header":
        api = message.name
    module = importlib.import_module(f"spec.generated.{api_module_name(api)}")
    return getattr(module, message.name)


def message_versions() -> list[tuple[str, int]]:
    return [(name, version) for name, message in sorted(all_messages().items())
            for version in range(message.valid_versions.lowest,
                                 message.valid_versions.highest + 1)]


@functools.cache
def messages(name: str, version: int) -> st.SearchStrategy[Any]:
    message = all_messages()[name]
    cls = message_class(message)
    builder = _Builder(message, cls, version)
    return builder.struct(cls, message.fields)


class _Builder:
    def __init__(self, message: MessageSpec, cls: Any, version: int) -> None:
        self.message = message
        self.owner = cls
        self.version = version
        self.registry = StructRegistry(message)
        self.is_flexible = message.flexible_versions.contains(version)
        self.is_flexible_capable = not message.flexible_versions.is_empty

    def struct(self, cls: Any, fields: tuple[FieldSpec, ...]) -> st.SearchStrategy[Any]:
        parts: dict[str, st.SearchStrategy[Any]] = {}
        for field in fields:
            if field.versions.contains(self.version):
                value = self.value(field.type)
                if field.nullable_versions.contains(self.version):
                    value = st.none() | value
                parts[snake_case(field.name)] = value
        if self.is_flexible_capable:
            known = {field.tag for field in fields if field.tag is not None}
            parts["unknown_tagged_fields"] = (
                self.unknown_tags(known) if self.is_flexible else st.just(()))
        return st.builds(cls, **parts)

    def unknown_tags(self, known: set[int]) -> st.SearchStrategy[Any]:
        tags = st.integers(0, 300).filter(lambda tag: tag not in known)
        return st.lists(st.tuples(tags, st.binary(max_size=4)), max_size=2,
                        unique_by=lambda item: item[0]).map(
                            lambda items: tuple(sorted(items)))

    def value(self, field_type: FieldType) -> st.SearchStrategy[Any]:
        if field_type.is_array:
            return st.lists(self.value(field_type.element), max_size=_MAX_ITEMS).map(tuple)
        if field_type.is_struct:
            struct = self.registry.structs[field_type.text]
            return self.struct(getattr(self.owner, field_type.text), struct.fields)
        return _scalar(field_type.text)


def _scalar(kind: str) -> st.SearchStrategy[Any]:
    if kind in _INT_RANGES:
        low, high = _INT_RANGES[kind]
        return st.integers(low, high)
    if kind == "bool":
        return st.booleans()
    if kind == "float64":
        return st.floats(allow_nan=False)
    if kind == "uuid":
        return st.binary(min_size=16, max_size=16).map(lambda raw: uuid.UUID(bytes=raw))
    if kind == "string":
        return _TEXT
    if kind in ("bytes", "records"):
        return st.binary(max_size=6)
    raise ValueError(kind)
