"""One struct (a message, a header, or a struct nested in them) as a frozen dataclass with
straight-line `write` and `read` methods, following Kafka's MessageDataGenerator.

Per field and per version a field is absent, inline, or tagged. Versions where a field is
handled alike are grouped into runs, and a run becomes one branch of an `if version <= N`
chain, so the generated code tests the version the way Kafka's Java does and never looks a
field up at run time.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from functools import partial

from spec.codegen.emit_values import read_value, write_value
from spec.codegen.names import (
    default_literal,
    field_annotation,
    is_ever_nullable,
    needs_factory,
    snake_case,
)
from spec.codegen.schema import FieldSpec, StructSpec, Versions

_RESERVED = frozenset({"write", "read", "encode", "decode", "encode_chunks",
                       "unknown_tagged_fields"})


@dataclass(frozen=True)
class StructContext:
    owner: str  # the top-level class the struct classes nest under
    label: str  # "ProduceRequest.TopicProduceData", for error messages
    versions: tuple[int, ...]  # the versions at which this struct can be written or read
    flexible: Versions  # the message's flexible versions
    is_flexible_capable: bool


def runs(versions: Sequence[int], key: Callable[[int], Hashable]) -> list[tuple[int, Hashable]]:
    """Maximal runs of consecutive versions with the same key, as (last version, key)."""
    result: list[tuple[int, Hashable]] = []
    for version in versions:
        value = key(version)
        if result and result[-1][1] == value:
            result[-1] = (version, value)
        else:
            result.append((version, value))
    return result


def chain(versions: Sequence[int], key: Callable[[int], Hashable],
          body: Callable[[Hashable], list[str]]) -> list[str]:
    """An if/elif/else over the runs of `versions`; empty when no run has any code."""
    groups: list[tuple[int, Hashable]] = []
    bodies: list[list[str]] = []
    for last, value in runs(versions, key):
        lines_of_run = body(value)
        if bodies and bodies[-1] == lines_of_run:
            groups[-1] = (last, groups[-1][1])  # same code: one branch for both runs
        else:
            groups.append((last, value))
            bodies.append(lines_of_run)
    if not any(bodies):
        return []
    if len(groups) == 1:
        return bodies[0]
    if len(groups) == 2:
        ternary = _as_ternary(f"version <= {groups[0][0]}", bodies[0], bodies[1])
        if ternary is not None:
            return [ternary]
    lines: list[str] = []
    for index, ((last, _), lines_of_run) in enumerate(zip(groups, bodies, strict=True)):
        if index == 0:
            lines.append(f"if version <= {last}:")
        elif index < len(groups) - 1:
            lines.append(f"elif version <= {last}:")
        else:
            lines.append("else:")
        lines.extend("    " + line for line in (lines_of_run or ["pass"]))
    return lines


def _as_ternary(condition: str, then: list[str], otherwise: list[str]) -> str | None:
    """`x = a if condition else b` when both branches only assign `x` (ruff's SIM108)."""
    if len(then) != 1 or len(otherwise) != 1:
        return None
    target, equals, first = then[0].partition(" = ")
    other_target, other_equals, second = otherwise[0].partition(" = ")
    if not equals or not other_equals or target != other_target or ":" in target:
        return None
    first, second = (f"({value})" if " if " in value else value for value in (first, second))
    return f"{target} = {first} if {condition} else {second}"


def non_default_test(name: str, default: str) -> str:
    """An expression true when `self.<name>` is not its default (Kafka's non-default check)."""
    if default == "None":
        return f"self.{name} is not None"
    if default in ("False", "True"):
        return f"self.{name}" if default == "False" else f"not self.{name}"
    return f"self.{name} != {default}"


def indent(lines: list[str], depth: int = 1) -> list[str]:
    prefix = "    " * depth
    return [prefix + line if line else line for line in lines]


def field_mode(field: FieldSpec, flexible: Versions, version: int) -> Hashable:
    if not field.versions.contains(version):
        return "absent"
    if field.tagged_versions.contains(version):
        return "tagged"
    return ("inline", field.nullable_versions.contains(version),
            (field.flexible_override or flexible).contains(version))


def emit_struct(struct: StructSpec, context: StructContext, nested: list[list[str]]) -> list[str]:
    """The class: docstring, nested classes (top level only), fields, write and read."""
    names = [snake_case(field.name) for field in struct.fields]
    clashes = (set(names) & _RESERVED) | {name for name in names if names.count(name) > 1}
    if clashes:
        raise ValueError(f"{context.label}: field names clash: {sorted(clashes)}")
    lines = [*_field_lines(struct, context)]
    for block in nested:
        lines += ["", *block]
    lines += ["", *_write_method(struct, context), "", *_read_method(struct, context)]
    return lines


def _field_lines(struct: StructSpec, context: StructContext) -> list[str]:
    lines: list[str] = []
    for field in struct.fields:
        name = snake_case(field.name)
        annotation = field_annotation(field, context.owner)
        default = default_literal(field, context.owner)
        if needs_factory(field):
            default = f"field(default_factory=lambda: {default})"
        lines.append(f"{name}: {annotation} = {default}  # {_describe(field)}")
    if context.is_flexible_capable:
        lines.append("unknown_tagged_fields: tuple[tuple[int, bytes], ...] = ()")
    return lines


def _describe(field: FieldSpec) -> str:
    notes = [f"versions {field.versions}"]
    if not field.nullable_versions.is_empty:
        notes.append(f"nullable {field.nullable_versions}")
    if field.tag is not None:
        notes.append(f"tag {field.tag} in {field.tagged_versions}")
    if field.ignorable:
        notes.append("ignorable")
    return "; ".join(notes)


def _write_method(struct: StructSpec, context: StructContext) -> list[str]:
    # Array locals are declared once, so mypy accepts both the checked and the nullable form.
    body = [f"items_{snake_case(field.name)}: {field_annotation(field, context.owner)}"
            for field in struct.fields if field.type.is_array and is_ever_nullable(field)]
    for field in struct.fields:
        body += chain(context.versions,
                      partial(field_mode, field, context.flexible),
                      partial(_write_field, field, context=context))
    if context.is_flexible_capable:
        body += chain(context.versions, context.flexible.contains,
                      partial(_write_tagged_section, struct, context))
    return ["def write(self, writer: Writer, version: int) -> None:",
            *indent(body or ["pass"])]


def _write_field(field: FieldSpec, mode: Hashable, *, context: StructContext) -> list[str]:
    name = snake_case(field.name)
    label = f"{context.label}.{name}"
    if mode == "tagged":
        return []
    if mode == "absent":
        if field.ignorable:
            return []
        default = default_literal(field, context.owner)
        test = non_default_test(name, default)
        return [f"if {test}:",
                f"    raise EncodeError(f'{label} is set, but version {{version}} lacks it')"]
    assert isinstance(mode, tuple)
    _, nullable, flexible = mode
    return write_value(f"self.{name}", field.type, nullable=nullable, flexible=flexible,
                       optional=is_ever_nullable(field), label=label, owner=context.owner,
                       writer="writer", local=f"items_{name}")


def _tagged_fields(struct: StructSpec, flexible_versions: list[int]) -> list[FieldSpec]:
    """Fields with a tag at some version this struct is used at, in tag order."""
    return sorted((field for field in struct.fields if field.tag is not None
                   and any(field.tagged_versions.contains(v) for v in flexible_versions)),
                  key=lambda field: field.tag or 0)


def _write_tagged_section(struct: StructSpec, context: StructContext,
                          flexible: Hashable) -> list[str]:
    if not flexible:
        return ["if self.unknown_tagged_fields:",
                f"    raise EncodeError(f'{context.label} has tagged fields, but version "
                "{version} is not flexible')"]
    flexible_versions = [v for v in context.versions if context.flexible.contains(v)]
    tagged = _tagged_fields(struct, flexible_versions)
    if not tagged:
        return ["writer.tagged_fields((), self.unknown_tagged_fields)"]
    lines = ["known: list[tuple[int, bytes]] = []"]
    for field in tagged:
        lines += chain(flexible_versions,
                       partial(_tag_mode, field),
                       partial(_write_known_tag, field, context=context))
    return [*lines, "writer.tagged_fields(known, self.unknown_tagged_fields)"]


def _tag_mode(field: FieldSpec, version: int) -> Hashable:
    return field.tagged_versions.contains(version), field.nullable_versions.contains(version)


def _read_tagged_value(field: FieldSpec, nullable: Hashable, *,
                       context: StructContext) -> list[str]:
    name = snake_case(field.name)
    if field.type.is_struct and nullable:
        label = f"{context.label}.{name}"
        read = f"{context.owner}.{field.type.text}.read(reader, version)"
        return [f"f_{name} = None if reader.unsigned_varint({label!r}) == 0 else {read}"]
    return read_value(f"f_{name}", field.type, nullable=bool(nullable), flexible=True,
                      label=f"{context.label}.{name}", owner=context.owner)


def _write_known_tag(field: FieldSpec, key: Hashable, *, context: StructContext) -> list[str]:
    assert isinstance(key, tuple)
    is_tagged, nullable = key
    if not is_tagged:
        return []
    name = snake_case(field.name)
    default = default_literal(field, context.owner)
    test = non_default_test(name, default)
    if field.type.is_struct and nullable:
        value = _tagged_struct_presence(f"self.{name}")
    else:
        value = write_value(f"self.{name}", field.type, nullable=nullable, flexible=True,
                            optional=is_ever_nullable(field), label=f"{context.label}.{name}",
                            owner=context.owner, writer="tagged", local=f"items_{name}")
    return [f"if {test}:", "    tagged = Writer()", *indent(value),
            f"    known.append(({field.tag}, tagged.getvalue()))"]


def _tagged_struct_presence(expr: str) -> list[str]:
    """A nullable struct in the tagged section is prefixed with an unsigned varint, 0 for null
    and 1 for present (Kafka's generator; inline nullable structs use an int8 marker)."""
    return [f"if {expr} is None:", "    tagged.unsigned_varint(0)", "else:",
            "    tagged.unsigned_varint(1)", f"    {expr}.write(tagged, version)"]


def _read_method(struct: StructSpec, context: StructContext) -> list[str]:
    body = [f"f_{snake_case(field.name)}: {field_annotation(field, context.owner)}"
            for field in struct.fields]
    for field in struct.fields:
        body += chain(context.versions,
                      partial(field_mode, field, context.flexible),
                      partial(_read_field, field, context=context))
    arguments = [f"f_{snake_case(field.name)}" for field in struct.fields]
    if context.is_flexible_capable:
        body.append("unknown: tuple[tuple[int, bytes], ...]")
        body += chain(context.versions, context.flexible.contains,
                      partial(_read_tagged_section, struct, context))
        arguments.append("unknown")
    return ["@classmethod",
            f"def read(cls, reader: Reader, version: int) -> {context.label}:",
            *indent(body),
            f"    return {constructor_name(context.label)}({', '.join(arguments)})"]


def constructor_name(qualified: str) -> str:
    return "_new_" + qualified.replace(".", "__")


def constructor(struct: StructSpec, context: StructContext) -> list[str]:
    """A module-level builder that sets the slots directly: a frozen dataclass's __init__
    goes through object.__setattr__ and keyword parsing, about twice the cost, and decoding
    builds one instance per struct on the wire. The slot setters are looked up once."""
    qualified = context.label
    names = [snake_case(field.name) for field in struct.fields]
    annotations = [field_annotation(field, context.owner) for field in struct.fields]
    if context.is_flexible_capable:
        names.append("unknown_tagged_fields")
        annotations.append("tuple[tuple[int, bytes], ...]")
    setters = "_SET_" + qualified.replace(".", "__")
    parameters = [f"{name}: {annotation}" for name, annotation in zip(names, annotations,
                                                                       strict=True)]
    quoted = "".join(f"{name!r}, " for name in names)
    lines = [f"{setters}: tuple[Any, ...] = tuple(",
             f"    vars({qualified})[name].__set__ for name in ({quoted}))",
             "", "",
             f"def {constructor_name(qualified)}({', '.join(parameters)}) -> {qualified}:",
             f"    instance_: {qualified} = object.__new__({qualified})"]
    if names:
        lines.append(f"    {''.join(f'set{i}_, ' for i in range(len(names)))}= {setters}")
        lines += [f"    set{i}_(instance_, {name})" for i, name in enumerate(names)]
    return [*lines, "    return instance_"]


def _read_field(field: FieldSpec, mode: Hashable, *, context: StructContext) -> list[str]:
    name = snake_case(field.name)
    if mode in ("absent", "tagged"):
        return [f"f_{name} = {default_literal(field, context.owner)}"]
    assert isinstance(mode, tuple)
    _, nullable, flexible = mode
    return read_value(f"f_{name}", field.type, nullable=nullable, flexible=flexible,
                      label=f"{context.label}.{name}", owner=context.owner)


def _read_tagged_section(struct: StructSpec, context: StructContext,
                         flexible: Hashable) -> list[str]:
    label = f"{context.label}.tagged_fields"
    if not flexible:
        return ["unknown = ()"]
    flexible_versions = [v for v in context.versions if context.flexible.contains(v)]
    tagged = _tagged_fields(struct, flexible_versions)
    if not tagged:
        return [f"unknown = reader.unknown_tagged_fields({label!r})"]
    lines = ["unknown_list: list[tuple[int, bytes]] = []",
             f"for _ in range(reader.tagged_field_count({label!r})):",
             f"    tag, end = reader.tagged_field_header({label!r})"]
    keyword = "if"
    for field in tagged:
        lines.append(f"    {keyword} tag == {field.tag}:")
        if field.tagged_versions.lowest > flexible_versions[0]:
            # Kafka's reader rejects a known tag at a version before its tagged versions.
            lines += [f"        if version < {field.tagged_versions.lowest}:",
                      f"            raise reader.fail('tag {field.tag} is not valid for "
                      f"version ' + str(version), {label!r})"]
        tagged_versions = [v for v in flexible_versions if field.tagged_versions.contains(v)]
        value = chain(tagged_versions, field.nullable_versions.contains,
                      partial(_read_tagged_value, field, context=context))
        lines += [*indent(value, 2),
                  f"        reader.expect_position(end, {label!r})"]
        keyword = "elif"
    lines += ["    else:",
              f"        unknown_list.append((tag, reader.raw(end - reader.position, {label!r})))",
              "unknown = tuple(unknown_list)"]
    return lines
