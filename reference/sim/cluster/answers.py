"""The answers brokers give clients in the cluster simulator (one partition per request)."""

from __future__ import annotations

from dataclasses import dataclass

from reference.core.replication import Record
from spec.errors import ErrorCode


@dataclass(frozen=True, slots=True)
class ProduceAnswer:
    error: ErrorCode
    offset: int = -1


@dataclass(frozen=True, slots=True)
class ConsumeAnswer:
    error: ErrorCode
    records: tuple[Record, ...] = ()
    high_watermark: int = -1
