"""Producer ids for InitProducerId, handed out in blocks of 1000 as Kafka's controller does.

Mirrors `ProducerIdControlManager.generateNextProducerId` (the controller: the next block starts
at the persisted `nextProducerId`, 0 on a new cluster; a block past int64 is UNKNOWN_SERVER_ERROR)
and the broker's `ProducerIdManager`, which gives the ids of its block one by one.
Divergence: Kafka's broker asks the controller for the next block by RPC when 90% of the current
one is used; on a single node the block is claimed at once when the current one runs out. The
caller persists `ProducerIdsRecord.next_producer_id` before using the id (the lead's metadata
records); after a restart the allocator starts at the persisted value, so the unused rest of
the old block is skipped, never reissued.
"""

from __future__ import annotations

from dataclasses import dataclass

PRODUCER_ID_BLOCK_SIZE = 1000  # ProducerIdsBlock.PRODUCER_ID_BLOCK_SIZE
INT64_MAX = 2**63 - 1


class ProducerIdsExhaustedError(Exception):
    """Every int64 producer id is spent (Kafka answers UNKNOWN_SERVER_ERROR)."""


@dataclass(frozen=True, slots=True)
class ProducerIdsRecord:
    """What to persist when a block is claimed (metadata record ProducerIdsRecord)."""

    broker_id: int
    broker_epoch: int
    next_producer_id: int


class ProducerIdAllocator:
    """Hands out producer ids in order; `next_block_first_id` is the state to persist."""

    def __init__(self, broker_id: int, broker_epoch: int, next_block_first_id: int = 0) -> None:
        assert next_block_first_id >= 0, next_block_first_id
        self.broker_id = broker_id
        self.broker_epoch = broker_epoch
        self.next_block_first_id = next_block_first_id
        self._next_id = next_block_first_id
        self._block_end = next_block_first_id  # exclusive; empty until the first claim

    def next_producer_id(self) -> tuple[int, ProducerIdsRecord | None]:
        """The next id, and the record to persist first if a new block had to be claimed."""
        record = None
        if self._next_id >= self._block_end:
            record = self._claim_block()
        producer_id = self._next_id
        self._next_id += 1
        assert 0 <= producer_id < self._block_end <= self.next_block_first_id
        return producer_id, record

    def _claim_block(self) -> ProducerIdsRecord:
        first_id = self.next_block_first_id
        if first_id > INT64_MAX - PRODUCER_ID_BLOCK_SIZE:
            raise ProducerIdsExhaustedError(
                "exhausted all producer ids: the next block would pass the int64 limit")
        self._next_id = first_id
        self._block_end = self.next_block_first_id = first_id + PRODUCER_ID_BLOCK_SIZE
        return ProducerIdsRecord(self.broker_id, self.broker_epoch, self.next_block_first_id)
