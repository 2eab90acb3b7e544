"""Lines of generated code that write or read one value of a schema type at a known encoding.

The caller has already decided, for a run of versions, whether the value is nullable and
whether the encoding is flexible (compact lengths), so every line here is branch-free except
the null tests Kafka's own generated code makes.
"""

from __future__ import annotations

from spec.codegen.schema import FieldType

_FIXED = {
    "bool": "boolean", "int8": "int8", "int16": "int16", "uint16": "uint16", "int32": "int32",
    "uint32": "uint32", "int64": "int64", "float64": "float64", "uuid": "uuid",
}
_SIZED = {"string": "string", "bytes": "bytes", "records": "records"}
_BULK = {"int32": "int32_items", "int64": "int64_items"}  # fixed-width elements in one call


def sized_method(kind: str, nullable: bool, flexible: bool) -> str:
    """Writer/Reader method for a length-prefixed value: string_, bytes_ and records."""
    base = _SIZED[kind]
    if nullable:
        base = "nullable_" + base
    elif kind == "bytes" and not flexible:
        base = "bytes_"  # `bytes` is a builtin; the non-null method has a trailing underscore
    return "compact_" + base if flexible else base


def write_value(expr: str, field_type: FieldType, *, nullable: bool, flexible: bool,
                optional: bool, label: str, owner: str, writer: str, local: str) -> list[str]:
    """Lines writing `expr`. `optional` says the Python type admits None while this version
    does not, so the value is checked (Kafka would fail with a NullPointerException)."""
    checked = expr
    if optional and not nullable:
        checked = f"require_non_null({expr}, {label!r}, version)"
    if field_type.is_array:
        return _write_array(expr, checked, field_type.element, nullable=nullable,
                            flexible=flexible, label=label, owner=owner, writer=writer,
                            local=local)
    if field_type.is_struct:
        if nullable:
            return [f"if {expr} is None:", f"    {writer}.int8(-1)", "else:",
                    f"    {writer}.int8(1)", f"    {expr}.write({writer}, version)"]
        return [f"{checked}.write({writer}, version)"]
    kind = field_type.text
    if kind in _SIZED:
        method = sized_method(kind, nullable, flexible)
        return [f"{writer}.{method}({expr if nullable else checked})"]
    return [f"{writer}.{_FIXED[kind]}({expr})"]


def _write_array(expr: str, checked: str, element: FieldType, *, nullable: bool,
                 flexible: bool, label: str, owner: str, writer: str,
                 local: str) -> list[str]:
    length = "compact_array_length" if flexible else "array_length"
    lines = [f"{local} = {expr if nullable else checked}", f"{writer}.{length}({local})"]
    body = _write_elements(local, element, flexible=flexible, label=label, owner=owner,
                           writer=writer)
    if nullable:
        return [*lines, f"if {local} is not None:", *("    " + line for line in body)]
    return lines + body


def _write_elements(local: str, element: FieldType, *, flexible: bool, label: str,
                    owner: str, writer: str) -> list[str]:
    if element.text in _BULK:
        return [f"{writer}.{_BULK[element.text]}({local})"]
    each = local.replace("items_", "each_", 1)  # one name per field: mypy types each loop
    if element.is_struct:
        return [f"for {each} in {local}:", f"    {each}.write({writer}, version)"]
    inner = write_value(each, element, nullable=False, flexible=flexible, optional=False,
                        label=label, owner=owner, writer=writer, local="unused")
    return [f"for {each} in {local}:", *("    " + line for line in inner)]


def read_value(target: str, field_type: FieldType, *, nullable: bool, flexible: bool,
               label: str, owner: str) -> list[str]:
    """Lines assigning the value read from `reader` to `target`."""
    if field_type.is_array:
        return _read_array(target, field_type.element, nullable=nullable, flexible=flexible,
                           label=label, owner=owner)
    if field_type.is_struct:
        read = f"{owner}.{field_type.text}.read(reader, version)"
        if nullable:
            return [f"{target} = None if reader.int8({label!r}) < 0 else {read}"]
        return [f"{target} = {read}"]
    kind = field_type.text
    if kind in _SIZED:
        if kind == "records":
            kind = "bytes"  # records arrive as plain bytes; the records layer parses them
        return [f"{target} = reader.{sized_method(kind, nullable, flexible)}({label!r})"]
    return [f"{target} = reader.{_FIXED[kind]}({label!r})"]


def _read_array(target: str, element: FieldType, *, nullable: bool, flexible: bool,
                label: str, owner: str) -> list[str]:
    count = f"count_{target}"
    method = ("compact_" if flexible else "") + ("nullable_" if nullable else "")
    lines = [f"{count} = reader.{method}array_length({label!r})"]
    if element.text in _BULK:
        items = f"reader.{_BULK[element.text]}({count}, {label!r})"
    elif element.is_struct:
        # The bound method is looked up once, not once per element.
        lines.append(f"read_{target} = {owner}.{element.text}.read")
        items = f"tuple([read_{target}(reader, version) for _ in range({count})])"
    else:
        (single,) = read_value("x", element, nullable=False, flexible=flexible, label=label,
                               owner=owner)
        items = f"tuple([{single.removeprefix('x = ')} for _ in range({count})])"
    if nullable:
        return [*lines, f"{target} = None if {count} < 0 else {items}"]
    return [*lines, f"{target} = {items}"]
