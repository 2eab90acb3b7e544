"""Kafka's JSON message schemas, parsed into a small typed model the emitters walk.

Mirrors the parts of Kafka's generator (`generator/src/main/java/org/apache/kafka/message/`:
Versions, FieldType, FieldSpec, StructSpec, MessageSpec, StructRegistry) that decide the wire
format, and checks the same schema rules, so a malformed schema fails here, loudly.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MAX_VERSION = 0x7FFF  # Kafka's Short.MAX_VALUE stands for "open-ended"

PRIMITIVE_TYPES = frozenset({
    "bool", "int8", "int16", "uint16", "int32", "uint32", "int64", "float64",
    "string", "bytes", "uuid", "records",
})
# Kafka's FieldType.canBeNullable is false for these (arrays and structs may be nullable).
NEVER_NULLABLE_TYPES = frozenset({
    "bool", "int8", "int16", "uint16", "int32", "uint32", "int64", "float64", "uuid",
})


@dataclass(frozen=True)
class Versions:
    """An inclusive version range; `lowest > highest` is the empty range ("none")."""

    lowest: int
    highest: int

    @staticmethod
    def parse(text: str | None, default: Versions | None = None) -> Versions:
        if text is None:
            if default is None:
                raise ValueError("missing version range")
            return default
        text = text.strip()
        if text == "none":
            return NONE
        if text.endswith("+"):
            return Versions(int(text[:-1]), MAX_VERSION)
        if "-" in text:
            low, high = text.split("-", 1)
            return Versions(int(low), int(high))
        return Versions(int(text), int(text))

    @property
    def is_empty(self) -> bool:
        return self.lowest > self.highest

    def contains(self, version: int) -> bool:
        return self.lowest <= version <= self.highest

    def intersect(self, other: Versions) -> Versions:
        result = Versions(max(self.lowest, other.lowest), min(self.highest, other.highest))
        return NONE if result.is_empty else result

    def __str__(self) -> str:
        if self.is_empty:
            return "none"
        if self.highest == MAX_VERSION:
            return f"{self.lowest}+"
        if self.lowest == self.highest:
            return str(self.lowest)
        return f"{self.lowest}-{self.highest}"


NONE = Versions(1, 0)


@dataclass(frozen=True)
class FieldType:
    """A field's type: a primitive, a struct (by name), or an array of either."""

    text: str

    @property
    def is_array(self) -> bool:
        return self.text.startswith("[]")

    @property
    def element(self) -> FieldType:
        assert self.is_array, self.text
        return FieldType(self.text[2:])

    @property
    def is_primitive(self) -> bool:
        return self.text in PRIMITIVE_TYPES

    @property
    def is_struct(self) -> bool:
        return not self.is_array and not self.is_primitive

    @property
    def is_struct_array(self) -> bool:
        return self.is_array and self.element.is_struct

    @property
    def struct_name(self) -> str:
        """The struct a struct or struct-array field holds."""
        name = self.element.text if self.is_array else self.text
        assert FieldType(name).is_struct, self.text
        return name


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: FieldType
    versions: Versions
    nullable_versions: Versions
    tagged_versions: Versions
    tag: int | None
    default: str  # as written in the schema; "" when absent
    ignorable: bool
    flexible_override: Versions | None  # a field-level "flexibleVersions" (string/bytes only)
    zero_copy: bool
    about: str
    struct: StructSpec | None  # inline struct definition, when the field carries "fields"

    @property
    def mandatory_versions(self) -> Versions:
        """Versions where the field is written in line, not in the tagged-field section.
        Tagged versions are open-ended, so what is left is one contiguous range."""
        if self.tagged_versions.is_empty:
            return self.versions
        return self.versions.intersect(Versions(0, self.tagged_versions.lowest - 1))


@dataclass(frozen=True)
class StructSpec:
    name: str
    versions: Versions
    fields: tuple[FieldSpec, ...]


@dataclass(frozen=True)
class MessageSpec:
    """One schema file: a request, response, header or data message."""

    name: str
    kind: str  # "request", "response", "header", "data", ...
    api_key: int | None
    valid_versions: Versions
    flexible_versions: Versions
    latest_version_unstable: bool
    listeners: tuple[str, ...]
    fields: tuple[FieldSpec, ...]
    common_structs: tuple[StructSpec, ...]
    source_file: str

    @property
    def struct(self) -> StructSpec:
        return StructSpec(self.name, self.valid_versions, self.fields)


def strip_comments(text: str) -> str:
    """Drop // and /* */ comments outside JSON strings (Jackson's ALLOW_COMMENTS)."""
    pieces: list[str] = []
    position, length = 0, len(text)
    token = re.compile(r'"(?:\\.|[^"\\])*"|//[^\n]*|/\*.*?\*/', re.S)
    while position < length:
        match = token.search(text, position)
        if match is None:
            pieces.append(text[position:])
            break
        pieces.append(text[position:match.start()])
        if match.group().startswith('"'):
            pieces.append(match.group())
        position = match.end()
    return "".join(pieces)


def _parse_field(raw: dict[str, Any], source: str) -> FieldSpec:
    name = raw["name"]
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", name):
        raise ValueError(f"{source}: invalid field name {name!r}")
    tagged_versions = Versions.parse(raw.get("taggedVersions"), NONE)
    versions = Versions.parse(raw.get("versions"), None if tagged_versions.is_empty
                              else tagged_versions)
    field_type = FieldType(raw["type"])
    nested = raw.get("fields")
    struct = None
    if nested is not None:
        if not (field_type.is_struct or field_type.is_struct_array):
            raise ValueError(f"{source}: non-struct field {name} cannot have fields")
        struct = StructSpec(field_type.struct_name, versions,
                            tuple(_parse_field(item, source) for item in nested))
    flexible = raw.get("flexibleVersions")
    field = FieldSpec(
        name=name, type=field_type, versions=versions,
        nullable_versions=Versions.parse(raw.get("nullableVersions"), NONE),
        tagged_versions=tagged_versions,
        tag=None if raw.get("tag") is None else int(raw["tag"]),
        # A JSON null default means no default, as in Kafka's FieldSpec.
        default="" if raw.get("default") is None else str(raw["default"]),
        ignorable=bool(raw.get("ignorable", False)),
        flexible_override=Versions.parse(flexible) if flexible else None,
        zero_copy=bool(raw.get("zeroCopy", False)), about=raw.get("about", ""), struct=struct)
    _check_field(field, source)
    return field


def _check_field(field: FieldSpec, source: str) -> None:
    where = f"{source}: field {field.name}"
    if not field.nullable_versions.is_empty and field.type.text in NEVER_NULLABLE_TYPES:
        raise ValueError(f"{where}: type {field.type.text} cannot be nullable")
    if field.tag is not None:
        if field.tag < 0 or field.tagged_versions.is_empty:
            raise ValueError(f"{where}: a tag needs a non-negative value and taggedVersions")
        if field.tagged_versions.highest != MAX_VERSION:
            raise ValueError(f"{where}: taggedVersions must be open-ended")
        if field.tagged_versions.intersect(field.versions) != field.tagged_versions:
            raise ValueError(f"{where}: taggedVersions must be a subset of versions")
        if field.type.text == "records":
            raise ValueError(f"{where}: records cannot be tagged")
    elif not field.tagged_versions.is_empty:
        raise ValueError(f"{where}: taggedVersions without a tag")
    if field.flexible_override is not None and field.type.text not in ("string", "bytes"):
        raise ValueError(f"{where}: only string and bytes may override flexibleVersions")
    if field.zero_copy and field.type.text != "bytes":
        raise ValueError(f"{where}: only bytes fields may be zeroCopy")


def parse_message(path: Path) -> MessageSpec:
    raw = json.loads(strip_comments(path.read_text(encoding="utf-8")))
    source = path.name
    fields = tuple(_parse_field(item, source) for item in raw.get("fields", []))
    common = tuple(
        StructSpec(item["name"], Versions.parse(item["versions"]),
                   tuple(_parse_field(field, source) for field in item["fields"]))
        for item in raw.get("commonStructs", []))
    message = MessageSpec(
        name=raw["name"], kind=raw["type"], api_key=raw.get("apiKey"),
        valid_versions=Versions.parse(raw["validVersions"]),
        flexible_versions=Versions.parse(raw.get("flexibleVersions", "none")),
        latest_version_unstable=bool(raw.get("latestVersionUnstable", False)),
        listeners=tuple(raw.get("listeners", ())), fields=fields, common_structs=common,
        source_file=source)
    if message.valid_versions.highest == MAX_VERSION:
        raise ValueError(f"{source}: validVersions must have a maximum")
    StructRegistry(message)  # checks struct names and references
    return message


class StructRegistry:
    """Every struct of one message by name: common structs and inline ones (Kafka's rules:
    an inline struct is defined once; a common struct is never re-specified inline)."""

    def __init__(self, message: MessageSpec) -> None:
        self.common_names = {struct.name for struct in message.common_structs}
        self.structs: dict[str, StructSpec] = {}
        for struct in message.common_structs:
            if struct.name in self.structs:
                raise ValueError(f"{message.source_file}: common struct {struct.name} twice")
            self.structs[struct.name] = struct
        self._register(message.fields, message.source_file)
        for struct in message.common_structs:
            self._register(struct.fields, message.source_file)

    def _register(self, fields: tuple[FieldSpec, ...], source: str) -> None:
        for field in fields:
            if not (field.type.is_struct or field.type.is_struct_array):
                continue
            name = field.type.struct_name
            if name in self.common_names:
                if field.struct is not None:
                    raise ValueError(f"{source}: common struct {name} re-specified inline")
                continue
            if field.struct is None:
                raise ValueError(f"{source}: no definition for struct {name}")
            if name in self.structs:
                raise ValueError(f"{source}: struct {name} specified twice")
            self.structs[name] = field.struct
            self._register(field.struct.fields, source)

    def find(self, field: FieldSpec) -> StructSpec:
        return self.structs[field.type.struct_name]


def load_schemas(directory: Path) -> list[MessageSpec]:
    """Every *.json message schema in `directory`, sorted by file name."""
    paths = sorted(directory.glob("*.json"))
    if not paths:
        raise FileNotFoundError(f"no *.json schemas in {directory}")
    return [parse_message(path) for path in paths]
