"""Producer id allocation: blocks of 1000, persisted before use, never reissued."""

from __future__ import annotations

import pytest

from reference.core.producers import ProducerIdAllocator, ProducerIdsRecord
from reference.core.producers.allocator import (
    INT64_MAX,
    PRODUCER_ID_BLOCK_SIZE,
    ProducerIdsExhaustedError,
)


def test_ids_come_in_order_from_blocks_of_1000() -> None:
    allocator = ProducerIdAllocator(broker_id=1, broker_epoch=9)
    first_id, record = allocator.next_producer_id()
    assert (first_id, record) == (0, ProducerIdsRecord(1, 9, next_producer_id=1000))
    ids = [allocator.next_producer_id() for _ in range(PRODUCER_ID_BLOCK_SIZE)]
    assert [producer_id for producer_id, _ in ids] == list(range(1, 1001))
    records = [record for _, record in ids if record is not None]
    assert records == [ProducerIdsRecord(1, 9, next_producer_id=2000)]


def test_restart_skips_the_rest_of_the_claimed_block() -> None:
    allocator = ProducerIdAllocator(broker_id=1, broker_epoch=9)
    allocator.next_producer_id()
    restarted = ProducerIdAllocator(1, 10, next_block_first_id=allocator.next_block_first_id)
    assert restarted.next_producer_id()[0] == 1000


def test_exhausted_ids_are_an_error() -> None:
    allocator = ProducerIdAllocator(1, 1, next_block_first_id=INT64_MAX - PRODUCER_ID_BLOCK_SIZE)
    assert allocator.next_producer_id()[0] == INT64_MAX - PRODUCER_ID_BLOCK_SIZE
    exhausted = ProducerIdAllocator(1, 1, next_block_first_id=INT64_MAX - 999)
    with pytest.raises(ProducerIdsExhaustedError):
        exhausted.next_producer_id()
