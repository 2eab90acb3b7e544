"""The protocol generator: Kafka's JSON message schemas and errors.tsv in, `spec/generated/` out.

Run `python -m spec.codegen --schemas ../shared/kafka-protocol --out spec/generated`
(`make generate`). The output is committed; nothing here runs when the broker does.
Modules: `schema` (the schema model and Kafka's schema rules), `names` (Python names, types,
defaults), `emit_values` / `emit_struct` / `emit_module` (code), `emit_errors` (ErrorCode, with
Kafka's default messages kept in `error_messages.tsv`).

Semantics follow Kafka's MessageDataGenerator: per-version presence, nullability, flexible
(compact) encodings and field-level flexibleVersions overrides, tagged fields written only when
not at their default, unknown tags kept and re-written in tag order, a non-default value in a
field the version lacks refused (EncodeError) unless the field is ignorable, nullable structs
as an int8 marker, array counts checked against the bytes left.
Where the Python differs from Kafka's Java, and why:
- mapKey arrays are plain tuples (Kafka builds a hashed collection keyed on those fields; the
  wire format is the same, and lookups are left to the handlers).
- a known tagged field whose value does not fill exactly its declared size is a DecodeError
  (Kafka's reader does not check the size of a known tag).
- a non-nullable `records` field defaults to b"" (Kafka: null, which it cannot then write).
"""
