"""The Kafka protocol as code: message schemas, record format, errors, configs, invariants."""
