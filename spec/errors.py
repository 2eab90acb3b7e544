"""Kafka's error codes: `ErrorCode` (an IntEnum with `.retriable` and `.message`), generated from
errors.tsv into spec/generated/errors.py and re-exported here under a stable name."""

from __future__ import annotations

from spec.generated.errors import ErrorCode

__all__ = ["ErrorCode"]
