"""Idempotent and transactional producer state per partition (issue 4); see docs/idempotence.md."""

from reference.core.producers.allocator import ProducerIdAllocator, ProducerIdsRecord
from reference.core.producers.entry import BatchMetadata, ProducerStateEntry
from reference.core.producers.manager import (
    LoggedBatch,
    ProducerStateManager,
    ProducerStateSettings,
)
from reference.core.producers.outcomes import (
    Accepted,
    AppendOrigin,
    CompletedTxn,
    DuplicateBatch,
    Rejected,
    TxnVerification,
)

__all__ = [
    "Accepted",
    "AppendOrigin",
    "BatchMetadata",
    "CompletedTxn",
    "DuplicateBatch",
    "LoggedBatch",
    "ProducerIdAllocator",
    "ProducerIdsRecord",
    "ProducerStateEntry",
    "ProducerStateManager",
    "ProducerStateSettings",
    "Rejected",
    "TxnVerification",
]
