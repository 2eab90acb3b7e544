"""How schema names, types and defaults become Python: the naming rule, annotations, defaults.

Naming rule (deterministic, so handlers can rely on it): a field's Python name is its schema
name in snake case, with an underscore before an upper-case letter that follows a lower-case
letter or a digit, or that starts a capitalised word after an acronym; then lower-cased.
"ErrorCode" -> "error_code", "ISRNodes" -> "isr_nodes", "ThrottleTimeMs" -> "throttle_time_ms",
"KRaftVersion" -> "k_raft_version", "V0Host" -> "v0_host". A name that is a Python keyword gets
a trailing underscore. Struct classes keep Kafka's names.

Defaults follow Kafka's FieldSpec.fieldDefault: the schema's "default" when given ("null" only
for fields nullable in all their versions), else 0 / False / 0.0 / "" / b"" / () / the zero
UUID / an empty struct (one shared frozen instance per module); a `records` field defaults to
None (Kafka's null) when it is nullable and to b"" otherwise, so a default-built message can
always be encoded.
"""

from __future__ import annotations

import base64
import keyword
import uuid

from spec.codegen.schema import FieldSpec, FieldType

INT_TYPES = frozenset({"int8", "int16", "uint16", "int32", "uint32", "int64"})
_PYTHON_SCALARS = {
    "bool": "bool", "float64": "float", "uuid": "UUID", "string": "str", "bytes": "bytes",
    "records": "bytes | ExternalBytes",
    **{name: "int" for name in INT_TYPES},
}


def snake_case(name: str) -> str:
    out: list[str] = []
    for index, char in enumerate(name):
        if char.isupper() and index > 0:
            previous = name[index - 1]
            following = name[index + 1] if index + 1 < len(name) else ""
            if previous.islower() or previous.isdigit() or (
                    previous.isupper() and following.islower()):
                out.append("_")
        out.append(char.lower())
    result = "".join(out)
    return result + "_" if keyword.iskeyword(result) else result


def api_module_name(api_name: str) -> str:
    """"Produce" -> "produce", "ApiVersions" -> "api_versions"."""
    return snake_case(api_name)


def is_ever_nullable(field: FieldSpec) -> bool:
    return not field.nullable_versions.is_empty


def python_type(field_type: FieldType, owner: str) -> str:
    """The annotation for a value of `field_type`; struct classes are nested under `owner`."""
    if field_type.is_array:
        return f"tuple[{python_type(field_type.element, owner)}, ...]"
    if field_type.is_struct:
        return f"{owner}.{field_type.text}"
    return _PYTHON_SCALARS[field_type.text]


def field_annotation(field: FieldSpec, owner: str) -> str:
    annotation = python_type(field.type, owner)
    return f"{annotation} | None" if is_ever_nullable(field) else annotation


def default_literal(field: FieldSpec, owner: str) -> str:
    """A Python expression for the field's default value."""
    text, kind = field.default, field.type.text
    if text == "null":
        if field.nullable_versions.intersect(field.versions) != field.versions:
            raise ValueError(f"{field.name}: null default but not nullable in all versions")
        return "None"
    if field.type.is_array:
        _require_empty(field)
        return "()"
    if field.type.is_struct:
        _require_empty(field)
        return empty_struct_name(owner, kind)
    if kind in INT_TYPES:
        return str(int(text, 0)) if text else "0"
    if kind == "bool":
        return {"": "False", "true": "True", "false": "False"}[text.lower()]
    if kind == "float64":
        return repr(float(text)) if text else "0.0"
    if kind == "string":
        return repr(text)
    if kind == "bytes":
        _require_empty(field)
        return "b''"
    if kind == "records":
        return "None" if is_ever_nullable(field) else "b''"
    if kind == "uuid":
        return "_ZERO_UUID" if not text else repr_uuid(text)
    raise ValueError(f"{field.name}: unsupported type {kind}")


def repr_uuid(text: str) -> str:
    """Kafka writes non-zero UUID defaults in URL-safe base64."""
    raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    return f"UUID({str(uuid.UUID(bytes=raw))!r})"


def empty_struct_name(owner: str, struct: str) -> str:
    """A module-level shared empty instance: frozen, so one serves every default and every
    non-default check, instead of a construction per use on the hot path."""
    return f"_EMPTY_{owner}__{struct}"


def _require_empty(field: FieldSpec) -> None:
    if field.default:
        raise ValueError(f"{field.name}: only an empty or null default is valid for "
                         f"{field.type.text}")


def needs_factory(field: FieldSpec) -> bool:
    """A non-null struct default is built per instance (its class is not yet bound when the
    enclosing class body runs)."""
    return field.type.is_struct and field.default != "null"
