"""The protocol generator: Kafka's JSON message schemas and errors.tsv in, `spec/generated/` out.

Run `python -m spec.codegen --schemas ../shared/kafka-protocol --out spec/generated`
(`make generate`). The output is committed; nothing here runs when the broker does.
Modules: `schema` (the schema model and Kafka's schema rules), `names` (Python names, types,
defaults), `emit_values` / `emit_struct` / `emit_module` (code), `emit_errors` (ErrorCode).
"""
