"""A generated module: one API's request and response classes (or one header class), with
their struct classes nested flat under each message class."""

from __future__ import annotations

import re

from spec.codegen.emit_struct import StructContext, constructor, emit_struct, indent
from spec.codegen.schema import MessageSpec, StructRegistry, StructSpec

_DATACLASS = "@dataclass(frozen=True, slots=True, kw_only=True)"
_WIRE_NAMES = ("DecodeError", "EncodeError", "ExternalBytes", "Reader", "Writer",
               "check_decode_version", "encode_checked", "require_non_null")


def reachable_versions(message: MessageSpec, registry: StructRegistry) -> dict[str, list[int]]:
    """For each struct, the message versions at which it can appear on the wire."""
    top = set(range(message.valid_versions.lowest, message.valid_versions.highest + 1))
    found: dict[str, set[int]] = {name: set() for name in registry.structs}
    work = [(message.fields, top)]
    while work:
        fields, versions = work.pop()
        for field in fields:
            if not (field.type.is_struct or field.type.is_struct_array):
                continue
            name = field.type.struct_name
            new = {v for v in versions if field.versions.contains(v)} - found[name]
            if new:
                found[name] |= new
                work.append((registry.structs[name].fields, new))
    # A struct no valid version reaches still gets a class (annotations name it).
    return {name: sorted(versions or top) for name, versions in found.items()}


def emit_message_class(message: MessageSpec, constructors: list[str]) -> list[str]:
    """The class; the module-level builders its readers call are appended to `constructors`."""
    registry = StructRegistry(message)
    reachable = reachable_versions(message, registry)
    is_flexible_capable = not message.flexible_versions.is_empty
    nested = []
    for name, struct in registry.structs.items():
        context = StructContext(message.name, f"{message.name}.{name}", tuple(reachable[name]),
                                message.flexible_versions, is_flexible_capable)
        doc = f'"""{message.name}.{name}: versions {struct.versions}."""'
        nested.append([_DATACLASS, f"class {name}:", *indent([doc, ""]),
                       *indent(emit_struct(struct, context, []))])
        constructors += ["", "", *constructor(struct, context)]
    valid = message.valid_versions
    context = StructContext(message.name, message.name,
                            tuple(range(valid.lowest, valid.highest + 1)),
                            message.flexible_versions, is_flexible_capable)
    body = [_class_doc(message), "", *_constants(message), *emit_struct(
        StructSpec(message.name, valid, message.fields), context, nested),
        "", *_codec_methods(message)]
    constructors += ["", "", *constructor(StructSpec(message.name, valid, message.fields),
                                          context)]
    return [_DATACLASS, f"class {message.name}:", *indent(body)]


def _class_doc(message: MessageSpec) -> str:
    key = "" if message.api_key is None else f", API key {message.api_key}"
    return (f'"""{message.name}{key}: versions {message.valid_versions}, '
            f'flexible {message.flexible_versions}."""')


def _constants(message: MessageSpec) -> list[str]:
    flexible = message.flexible_versions
    lines = [] if message.api_key is None else [f"API_KEY: ClassVar[int] = {message.api_key}"]
    return [*lines,
            f"MIN_VERSION: ClassVar[int] = {message.valid_versions.lowest}",
            f"MAX_VERSION: ClassVar[int] = {message.valid_versions.highest}",
            "FLEXIBLE_MIN_VERSION: ClassVar[int | None] = "
            f"{None if flexible.is_empty else flexible.lowest}", ""]


def _codec_methods(message: MessageSpec) -> list[str]:
    name = message.name
    bounds = f"{name!r}, {message.valid_versions.lowest}, {message.valid_versions.highest}"
    return [
        "def encode(self, version: int) -> bytes:",
        f"    return encode_checked(self.write, version, {bounds}).getvalue()",
        "",
        "def encode_chunks(self, version: int) -> list[bytes | ExternalBytes]:",
        f"    return encode_checked(self.write, version, {bounds}).chunks()",
        "",
        "@classmethod",
        f"def decode(cls, data: bytes | bytearray | memoryview, version: int) -> {name}:",
        f"    check_decode_version(version, {bounds})",
        "    reader = Reader(data)",
        "    result = cls.read(reader, version)",
        f"    reader.expect_end({name!r})",
        "    return result",
    ]


def emit_module(messages: list[MessageSpec], docstring: str) -> str:
    sources = ", ".join(message.source_file for message in messages)
    classes: list[str] = []
    constructors: list[str] = []
    for message in messages:
        classes += ["", "", *emit_message_class(message, constructors)]
    body = "\n".join(classes)
    lines = [f"# generated from {sources}; do not edit", f'"""{docstring}"""', "",
             "from __future__ import annotations", "", *_imports(body), ""]
    if "_ZERO_UUID" in body:
        lines += ["_ZERO_UUID = UUID(int=0)"]
    lines += [f"__all__ = [{', '.join(repr(m.name) for m in messages)}]"]
    empties = sorted(set(re.findall(r"\b_EMPTY_(\w+?)__(\w+)\b", body)))
    shared = [f"_EMPTY_{owner}__{struct}: {owner}.{struct} = {owner}.{struct}()"
              for owner, struct in empties]
    tail = ["", "", *shared] if shared else []
    tail += constructors
    return "\n".join(lines) + body + "\n" + "".join(line + "\n" for line in tail)


def _imports(body: str) -> list[str]:
    def used(name: str) -> bool:
        return re.search(rf"\b{name}\b", body) is not None

    dataclass_names = ["dataclass"] + (["field"] if "field(default_factory" in body else [])
    lines = [f"from dataclasses import {', '.join(dataclass_names)}",
             "from typing import Any, ClassVar"]
    if used("UUID") or "_ZERO_UUID" in body:
        lines.append("from uuid import UUID")
    wire = [name for name in _WIRE_NAMES if used(name)]
    single = f"from spec.wire import {', '.join(wire)}"
    if len(single) <= 100:
        return [*lines, "", single]
    return [*lines, "", "from spec.wire import (", *(f"    {name}," for name in wire), ")"]
